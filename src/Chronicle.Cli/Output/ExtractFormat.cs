namespace Chronicle.Cli.Output;

/// <summary>How <c>chronicle extract</c> writes articles.</summary>
public enum ExtractFormat
{
    /// <summary>One JSON object for one document; one object a line when there are several.</summary>
    Json,

    /// <summary>One JSON object a line, each with its <c>path</c> (and <c>id</c>, <c>url</c> when known).</summary>
    Jsonl,

    Text,

    Markdown,
}
