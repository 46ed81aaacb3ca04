namespace Chronicle.Cli.Output;

/// <summary>Writes extract's outcomes in one output format.</summary>
internal interface IArticleWriter
{
    /// <summary>Writes one outcome; <paramref name="several"/> says whether the run has more than one document (then each is labelled with its path).</summary>
    void Write(ExtractOutcome outcome, bool several);
}
