using System.CommandLine;
using Chronicle.Ingest;
using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using Chronicle.Cli.Bench;
using Chronicle.Extraction.Dates;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle bench dates &lt;folder&gt;</c>: scores the publication-date finder on a labelled dataset
/// (../shared/datasets/dates-dev unpacked) and reports accuracy, precision and speed per label set and overall.</summary>
public static class BenchDatesCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The unpacked dataset: label files (*.json) at its top or in tests/, pages in folders beside them." };
        var errors = new Option<bool>("--errors") { Description = "List every page whose date is wrong or missing, on standard error." };
        var command = new Command("dates", "Score publication-date finding on a labelled dataset: accuracy (day equals label), precision (correct / pages given a date), pages/s.")
        {
            folder,
            errors,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(folder)!, parseResult.GetValue(errors)));
        return command;
    }

    private static int Run(DirectoryInfo folder, bool listErrors)
    {
        var labelFiles = DateLabels.FindLabelFiles(folder.FullName).ToList();
        if (labelFiles.Count == 0)
        {
            Console.Error.WriteLine($"chronicle: no label files (*.json) in {folder.FullName} or its tests/ folder.");
            return ExitCodes.Usage;
        }

        // The clock is the real one: the pages are older than now, and plausibility only rejects dates after it.
        var finder = new HtmlDateFinder(TimeProvider.System);
        var parser = new HtmlParser();
        var total = new DateScore("overall");
        using var loader = new DocumentLoader();
        var wall = Stopwatch.StartNew();
        var failed = 0;
        Console.WriteLine($"{"set",-22} {"pages",6} {"missing",8} {"accuracy",9} {"precision",10} {"dated",6} {"parse ms",9} {"find ms",8}");
        foreach (var labelFile in labelFiles)
        {
            var score = new DateScore(Path.GetFileNameWithoutExtension(labelFile));
            foreach (var label in DateLabels.Read(labelFile))
            {
                if (label.Path is null)
                {
                    score.AddMissing();
                    continue;
                }

                // Pages are decoded as ingest decodes them (BOM, declared charset, else detection).
                var decoded = loader.Load([label.Path]).FirstOrDefault();
                if (!decoded.IsSuccess)
                {
                    Console.Error.WriteLine($"chronicle: {decoded.Error}");
                    failed++;
                    continue;
                }

                var html = decoded.Value!.Content;

                var start = Stopwatch.GetTimestamp();
                using var page = parser.ParseDocument(html);
                var parsed = Stopwatch.GetTimestamp();
                var found = finder.FindPublished(page, label.Url);
                var done = Stopwatch.GetTimestamp();
                var correct = score.Add(label.Published, found?.Date, Stopwatch.GetElapsedTime(start, parsed), Stopwatch.GetElapsedTime(parsed, done));
                if (listErrors && !correct)
                    Console.Error.WriteLine($"{(found is null ? "MISS" : "WRONG")}\t{label.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}\t{found?.ToIsoString() ?? "-"}\t{label.Url}\t{Path.GetFileName(label.Path)}");
            }

            Print(score);
            total.AddAll(score);
        }

        Print(total);
        var seconds = wall.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{total.Pages} pages in {seconds:0.0} s: {total.Pages / seconds:0} pages/s end to end (decode, parse, find); date finding {total.Find.TotalMilliseconds / Math.Max(1, total.Pages):0.000} ms/page, {total.Find / (total.Parse + total.Find):P1} of parse + find."));
        if (total.Missing > 0)
            Console.WriteLine($"{total.Missing} labelled pages have no file in the dataset and are not scored.");
        return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private static void Print(DateScore score)
    {
        var pages = Math.Max(1, score.Pages);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{score.Name,-22} {score.Pages,6} {score.Missing,8} {score.Accuracy,9:0.000} {score.Precision,10:0.000} {score.Dated,6} {score.Parse.TotalMilliseconds / pages,9:0.00} {score.Find.TotalMilliseconds / pages,8:0.000}"));
    }
}
