namespace Chronicle.Cli;

/// <summary>The process exit codes every command keeps to.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The run finished but some inputs failed (each was reported on standard error).</summary>
    public const int SomeInputsFailed = 1;

    public const int Usage = 2;
}
