using System.CommandLine;
using System.Globalization;

namespace Chronicle.Cli;

/// <summary>Options that take a duration: a number with a unit (<c>90s</c>, <c>15m</c>, <c>2h</c>, <c>1d</c>) or <c>hh:mm:ss</c>.</summary>
public static class DurationOption
{
    public static Option<TimeSpan> Create(string name, string description, TimeSpan defaultValue, TimeSpan minimum) => new(name)
    {
        Description = $"{description} Default: {Format(defaultValue)}.",
        HelpName = "DURATION",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (Parse(text) is not { } duration)
                result.AddError($"{name} takes a duration such as 30s, 15m, 2h or 1d, not '{text}'.");
            else if (duration < minimum)
                result.AddError($"{name} must be at least {Format(minimum)}, not '{text}'.");
            else
                return duration;
            return defaultValue;
        },
    };

    public static TimeSpan? Parse(string text)
    {
        text = text.Trim();
        if (text.Length >= 2 && double.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return char.ToLowerInvariant(text[^1]) switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => null,
            };
        }

        return text.Contains(':') && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero ? span : null;
    }

    public static string Format(TimeSpan duration) =>
        duration.TotalSeconds < 60 || duration.Seconds != 0 ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.#}s")
        : duration.TotalMinutes < 60 || duration.Minutes != 0 ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMinutes:0}m")
        : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalHours:0.#}h");
}
