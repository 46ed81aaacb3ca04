namespace Chronicle.Actors;

/// <summary>A value stored under a phrase of a <see cref="PhraseTrie{T}"/>: it may refuse the text's words (a capitalised name, lower-case text).</summary>
internal interface IPhraseValue
{
    bool Accepts(Word[] words, int start);
}
