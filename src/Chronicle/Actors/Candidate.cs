namespace Chronicle.Actors;

/// <summary>A mention while the text is being read: coreference fills in the actor and code of referring phrases afterwards.</summary>
internal sealed class Candidate(int start, int end, int sentence)
{
    public int Start { get; } = start;
    public int End { get; } = end;
    public int Sentence { get; } = sentence;
    public string Actor { get; set; } = "";
    public string? Code { get; set; }
    public ActorType Type { get; set; }
    public string Rule { get; set; } = "";
    public ActorEntry? Entry { get; set; }
    public bool Female { get; set; }

    /// <summary>Set for a pronoun or a fixed referring phrase (<c>he</c>, <c>the two leaders</c>).</summary>
    public CorefEntry? Coref { get; set; }

    /// <summary>Set for a description (<c>the North Korean leader</c> → PRKGOV; <c>the president</c> → GOV) to find its person.</summary>
    public string? Description { get; set; }

    /// <summary>False once a rule (context, coreference) found nothing to link it to.</summary>
    public bool Keep { get; set; } = true;

    public ActorMention ToMention(string text) => new(Start, End, text[Start..End], Actor, Code, Type, Rule);
}
