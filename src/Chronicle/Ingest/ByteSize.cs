using System.Globalization;

namespace Chronicle.Ingest;

/// <summary>Formats byte counts for error messages ("50.0 MB").</summary>
internal static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    public static string OverLimit(long bytes, long limit) => $"document is {Format(bytes)}, over the {Format(limit)} limit";
}
