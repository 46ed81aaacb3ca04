using System.Globalization;

namespace Chronicle.Extraction;

/// <summary>A publication date as precise as its source: a day, optionally a time, optionally a UTC offset.</summary>
public readonly record struct PublicationDate(DateOnly Date, TimeOnly? Time = null, TimeSpan? Offset = null)
{
    /// <summary>ISO 8601: <c>2025-02-28</c>, <c>2025-02-28T10:51:00</c> or <c>2025-02-28T10:51:00+05:30</c>.</summary>
    public string ToIsoString()
    {
        var date = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is not { } time)
            return date;
        var text = date + "T" + time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is not { } offset)
            return text;
        if (offset == TimeSpan.Zero)
            return text + "Z";
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{text}{sign}{abs.Hours:00}:{abs.Minutes:00}");
    }

    public override string ToString() => ToIsoString();
}
