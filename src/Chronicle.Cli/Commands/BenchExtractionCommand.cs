using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Chronicle.Benchmarks;
using Chronicle.Extraction;
using Chronicle.Extraction.Agencies;
using Chronicle.Extraction.Dates;
using Chronicle.Extraction.Html;
using Chronicle.Ingest;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle bench extraction &lt;folder&gt; [--labels FILE]</c>: main-text F1 and title accuracy over a labelled set, and pages per second.</summary>
public static class BenchExtractionCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Folder that contains the dataset's tests/ directory (the labels' file paths are relative to tests/eval or tests/cache in it)." };
        var labels = new Option<FileInfo?>("--labels") { Description = "Labels file (evaldata.json); default ../shared/datasets/extraction-dev/evaldata.json beside the repository." };
        var verbose = new Option<bool>("--verbose") { Description = "Print each page's misses (with snippets not found, without snippets found, a wrong title) on standard error." };
        var rounds = new Option<int>("--rounds") { Description = "Timed passes over the pages; the fastest is reported (the first also warms the JIT up).", DefaultValueFactory = _ => 3 };
        var noDates = new Option<bool>("--no-dates") { Description = "Leave out the publication-date search, to see its share of the time (it does not change the scores)." };
        var command = new Command("extraction", "Score HTML main-text extraction: snippet precision, recall, F1, accuracy, title accuracy, and pages/s.") { folder, labels, verbose, rounds, noDates };
        command.SetAction(parse => Run(parse.GetValue(folder)!, parse.GetValue(labels), parse.GetValue(verbose), Math.Max(1, parse.GetValue(rounds)), parse.GetValue(noDates)));
        return command;
    }

    private static int Run(DirectoryInfo folder, FileInfo? labelsFile, bool verbose, int rounds, bool noDates)
    {
        var labelsPath = labelsFile?.FullName ?? DefaultLabels();
        if (labelsPath is null)
        {
            Console.Error.WriteLine("chronicle bench extraction: no --labels given and ../shared/datasets/extraction-dev/evaldata.json not found.");
            return ExitCodes.Usage;
        }

        var loaded = ExtractionLabels.Load(labelsPath);
        if (!loaded.IsSuccess)
        {
            Console.Error.WriteLine($"chronicle bench extraction: {loaded.Error}");
            return ExitCodes.Usage;
        }

        var pages = new List<(LabelledPage Label, string Html)>();
        var missing = 0;
        // Pages are decoded as ingest decodes them (BOM, meta charset, else detection).
        using var loader = new DocumentLoader();
        foreach (var label in loaded.Value!)
        {
            var document = FindPage(folder.FullName, label.File) is { } path ? loader.Load([path]).FirstOrDefault() : default;
            if (document.IsSuccess && document.Value is { } decoded)
                pages.Add((label, decoded.Content));
            else
                missing++;
        }

        IHtmlDateFinder dates = noDates ? new NoDateSearch() : new HtmlDateFinder(TimeProvider.System);
        var extractor = new HtmlArticleExtractor(dates, AgencyDetector.Default);
        var documents = pages.Select(p => new SourceDocument(null, p.Html, DocumentFormat.Html, new Provenance(p.Label.File, null, p.Label.Url, null, ""))).ToList();
        var total = ExtractionScore.Zero;
        var failures = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            var result = extractor.Extract(documents[i]);
            if (!result.IsSuccess)
                failures++;
            var score = ExtractionScorer.Score(pages[i].Label, result.Value?.Body, result.Value?.Title);
            total += score;
            if (verbose)
                Report(pages[i].Label, result, score);
        }

        var (parseSeconds, extractSeconds) = TimeRounds(documents, extractor, rounds);
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"pages          {total.Pages} scored, {missing} missing or unreadable files, {failures} without article"));
        Console.WriteLine(string.Create(invariant, $"snippets       TP {total.TruePositives}  FN {total.FalseNegatives}  FP {total.FalsePositives}  TN {total.TrueNegatives}"));
        Console.WriteLine(string.Create(invariant, $"precision      {total.Precision:F3}"));
        Console.WriteLine(string.Create(invariant, $"recall         {total.Recall:F3}"));
        Console.WriteLine(string.Create(invariant, $"F1             {total.F1:F3}"));
        Console.WriteLine(string.Create(invariant, $"accuracy       {total.Accuracy:F3}"));
        Console.WriteLine(string.Create(invariant, $"title accuracy {total.TitleAccuracy:F3} ({total.TitlesCorrect}/{total.TitlesLabelled})"));
        Console.WriteLine(string.Create(invariant, $"speed          {pages.Count / extractSeconds:F1} pages/s parse + extract{(noDates ? " (without the date search)" : "")}; AngleSharp parse alone {pages.Count / parseSeconds:F1} pages/s (ratio {parseSeconds / extractSeconds:F2}); fastest of {rounds} rounds, decoded pages in memory"));
        Console.WriteLine(string.Create(invariant, $"machine        {Environment.ProcessorCount} cores available to the process, {Environment.OSVersion}, .NET {Environment.Version}"));
        return ExitCodes.Success;
    }

    /// <summary>The fastest of several passes of parsing alone and of parsing plus extraction, in seconds (the machine is shared and noisy).</summary>
    private static (double Parse, double Extract) TimeRounds(List<SourceDocument> documents, HtmlArticleExtractor extractor, int rounds)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser(new AngleSharp.Html.Parser.HtmlParserOptions { IsScripting = false });
        double parse = double.MaxValue, extract = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var document in documents)
                parser.ParseDocument(document.Content).Dispose();
            parse = Math.Min(parse, clock.Elapsed.TotalSeconds);

            clock.Restart();
            foreach (var document in documents)
                extractor.Extract(document);
            extract = Math.Min(extract, clock.Elapsed.TotalSeconds);
        }

        return (parse, extract);
    }

    private static void Report(LabelledPage label, Result<Article> result, ExtractionScore score)
    {
        if (score.TitlesCorrect < score.TitlesLabelled)
            Console.Error.WriteLine($"## {label.File} title: expected \"{label.Title}\" got \"{result.Value?.Title}\"");
        if (score.FalseNegatives == 0 && score.FalsePositives == 0)
            return;
        var body = TextCleaner.Collapse(result.Value?.Body ?? "");
        Console.Error.WriteLine($"## {label.File} FN {score.FalseNegatives} FP {score.FalsePositives} {result.Error}");
        foreach (var s in label.With.Where(s => !body.Contains(TextCleaner.Collapse(s), StringComparison.Ordinal)))
            Console.Error.WriteLine($"   missed: {s}");
        foreach (var s in label.Without.Where(s => body.Contains(TextCleaner.Collapse(s), StringComparison.Ordinal)))
            Console.Error.WriteLine($"   kept:   {s}");
    }

    private static string? FindPage(string folder, string file)
    {
        foreach (var sub in (ReadOnlySpan<string>)["tests/eval", "tests/cache", "tests", ""])
        {
            var path = Path.Combine(folder, sub, file);
            if (File.Exists(path))
                return path;
        }

        return null;
    }

    private static string? DefaultLabels()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "datasets", "extraction-dev", "evaldata.json"));
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }

    /// <summary>Stands in for the date finder when --no-dates asks to time extraction without it.</summary>
    private sealed class NoDateSearch : IHtmlDateFinder
    {
        public PublicationDate? FindPublished(AngleSharp.Dom.IDocument page, string? url) => null;
    }
}
