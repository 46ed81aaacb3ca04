using Chronicle.Cli.Output;
using Chronicle.Ingest;

namespace Chronicle.Cli.Commands;

/// <summary>Loads, extracts and analyses inputs in order (language layer, actors, events), for the commands that read analysed articles (analyse, quotes).
/// A failing input is reported on standard error and skipped.</summary>
internal static class AnalysedInputs
{
    public static IEnumerable<(ExtractOutcome Outcome, ArticleAnalysis Analysis)> Read(
        ChronicleEngine engine, DocumentLoader loader, IEnumerable<string> inputs, TextWriter errors, Action onFailure)
    {
        foreach (var (source, loaded) in loader.LoadWithSources(inputs))
        {
            if (!loaded.IsSuccess)
            {
                errors.WriteLine($"chronicle: {source}: {loaded.Error!.ReplaceLineEndings(" ")}");
                onFailure();
                continue;
            }

            var article = engine.Extract(loaded.Value!);
            if (!article.IsSuccess)
            {
                errors.WriteLine($"chronicle: {source}: {article.Error!.ReplaceLineEndings(" ")}");
                onFailure();
                continue;
            }

            var document = loaded.Value!;
            yield return (new ExtractOutcome(source, document, article), engine.Analyse(article.Value!, document.Id ?? source));
        }
    }
}
