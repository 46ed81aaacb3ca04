using Chronicle.Extraction.Agencies;
using Chronicle.Extraction.Text;
using Chronicle.Ingest;

namespace Chronicle.Bench;

/// <summary>A corpus of real news prose for the language layer: the sentences of the language case files (written from
/// news reports, grouped five to a paragraph as articles run) and the extracted bodies of the seed pages.</summary>
public static class LanguageCorpus
{
    public static IReadOnlyList<string> Paragraphs()
    {
        var root = FindRoot();
        var sentences = new List<string>();
        var cases = Path.Combine(root, "tests", "Chronicle.Tests", "Cases", "language");
        foreach (var file in new[] { "sentences.txt", "times.tsv", "quantities.tsv", "speech.tsv" })
        {
            foreach (var line in File.ReadLines(Path.Combine(cases, file)))
            {
                if (line.Length == 0 || line[0] == '#')
                    continue;
                var columns = line.Split('\t');
                var text = columns[0] is "quote" or "noquote" or "attr" or "noattr" || (columns[0].Length == 10 && columns.Length > 2) ? columns[1] : columns[0];
                sentences.Add(text.Replace("¦", "", StringComparison.Ordinal).Replace("\\n", " ", StringComparison.Ordinal));
            }
        }

        var paragraphs = sentences.Chunk(5).Select(chunk => string.Join(' ', chunk)).ToList();
        var seeds = Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
        if (Directory.Exists(seeds))
        {
            var extractor = new TextArticleExtractor(AgencyDetector.Default);
            foreach (var file in Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
            {
                var document = new SourceDocument(Path.GetFileName(file), File.ReadAllText(file), DocumentFormat.Text, new Provenance(file, null, null, null, ""));
                if (extractor.Extract(document) is { IsSuccess: true, Value: { } article })
                    paragraphs.AddRange(article.Paragraphs);
            }
        }

        return paragraphs;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Chronicle.slnx not found above " + AppContext.BaseDirectory);
    }
}
