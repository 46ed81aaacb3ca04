namespace Chronicle.Cli.Bench;

/// <summary>One labelled page of the dates dataset: its URL, the page file (null when the archive lacks it) and the day it was
/// published (null when the labellers found none: then the right answer is no date).</summary>
internal sealed record DateLabel(string Url, string? Path, DateOnly? Published);
