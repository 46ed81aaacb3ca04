using Chronicle.Extraction;
using Chronicle.Ingest;
using Chronicle.Merge;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Merge;

/// <summary>The two weeks of September 2023 in samples/ (Kim Jong Un's trip to Russia from several outlets and sources, the
/// G20 in New Delhi and the Karabakh ceasefire) run through the real pipeline into the merge stage.</summary>
public sealed class KimRussiaTripTests
{
    private static readonly Lazy<Month> September = new(Month.Read);

    [Fact]
    public void PutinKimSummit_ReportedByIndependentOutlets_IsOneEventWithSeveralSources()
    {
        var month = September.Value;

        var summit = month.Events.Single(e => e.Reports.Any(r =>
            r.Cameo.StartsWith("04", StringComparison.Ordinal) && r.When == "2023-09-13" && r.Location == "Vostochny Cosmodrome"
            && month.Title(r.Article).Contains("Vostochny", StringComparison.Ordinal)));

        var articles = summit.Reports.Select(r => r.Article).Distinct().ToList();
        var shown = string.Join("\n", summit.Reports.Select(r => $"{r.Id} {r.Source} {r.Cameo} {r.Target} {r.When} {r.Location} {r.ReportedBy}"));
        Assert.True(summit.Reports.All(r => r.When is "2023-09-12" or "2023-09-13" or "2023-09-14"), shown);
        Assert.True(articles.Count >= 3, string.Join(", ", articles.Select(month.Title)));
        Assert.True(summit.Origins >= 3, $"{summit.Origins} origins");
        Assert.True(summit.Sources.Count >= 2, string.Join(", ", summit.Sources));
        Assert.All(summit.Reports, r => Assert.Equal("happened", r.Status));
        Assert.All(summit.Reports, r => Assert.InRange(DateOnly.Parse(r.When![..10], System.Globalization.CultureInfo.InvariantCulture),
            new DateOnly(2023, 9, 12), new DateOnly(2023, 9, 14)));
    }

    [Fact]
    public void TrainWireStory_InTwoOutlets_IsOneOriginAndNeverAConfirmation()
    {
        var month = September.Value;
        var copies = month.Keys.Where(k => month.Title(k).Contains("train", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.Equal(2, copies.Count);
        Assert.Equal(month.Index.GroupOf(copies[0]), month.Index.GroupOf(copies[1]));
        Assert.Equal("Reuters", month.OriginName(copies[0]));
        Assert.All(month.Events.Where(e => e.Reports.All(r => copies.Contains(r.Article))), e => Assert.Equal(1, e.Origins));
    }

    [Fact]
    public void Stories_SplitTheTripFromTheG20AndKarabakh()
    {
        var month = September.Value;
        var stories = month.Keys.GroupBy(month.Stories.StoryOf).Select(g => g.Select(month.Title).Order(StringComparer.Ordinal).ToList()).ToList();
        var shown = string.Join("\n", stories.Select(s => string.Join(" | ", s)));

        var trip = Assert.Single(stories, s => s.Any(t => t.Contains("Vostochny spaceport", StringComparison.Ordinal)));
        var duringTrip = month.Keys.Where(k => month.Date(k).Day >= 12).Select(month.Title).Where(t => t.Contains("Kim", StringComparison.Ordinal));
        Assert.True(duringTrip.All(trip.Contains), shown);
        Assert.True(trip.Count >= 10, shown);
        Assert.DoesNotContain(trip, t => t.Contains("G20", StringComparison.Ordinal) || t.Contains("Karabakh", StringComparison.Ordinal));
        var g20 = Assert.Single(stories, s => s.Any(t => t.Contains("G20", StringComparison.Ordinal)));
        Assert.DoesNotContain(g20, t => t.Contains("Karabakh", StringComparison.Ordinal));
    }

    /// <summary>Every sample article published in September 2023, with its analysis merged.</summary>
    private sealed class Month
    {
        private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);

        public NearDuplicateIndex Index { get; } = new();
        public StoryClusterer Stories { get; } = new();
        public IReadOnlyList<MergedEvent> Events { get; private set; } = [];
        public IEnumerable<string> Keys => _articles.Keys;

        public string Title(string key) => _articles[key].Title ?? "";

        public DateOnly Date(string key) => _articles[key].Published!.Value.Date;

        public string? OriginName(string key) => OriginResolver.Resolve(Index.Groups().Single(g => g.Contains(key))
            .Select(k => new OriginMember(k, _articles[k].Outlet, _articles[k].Agencies, _articles[k].Published)).ToList());

        public static Month Read()
        {
            var month = new Month();
            var engine = new ChronicleBuilder().Build();
            using var loader = new DocumentLoader();
            var analysed = new List<(string Key, Article Article, ArticleAnalysis Analysis)>();
            foreach (var (loaded, n) in loader.LoadWithSources([RepoPaths.Samples]).Select((d, n) => (d, n)))
            {
                var article = engine.Extract(loaded.Document.Value!).Value;
                if (article?.Published is not { Date: { Year: 2023, Month: 9 } })
                    continue;
                var key = $"{Path.GetFileName(loaded.Source)}#{n}";
                month._articles[key] = article;
                month.Index.Add(key, article.Body);
                analysed.Add((key, article, engine.Analyse(article, key)));
            }

            var merger = new EventMerger();
            foreach (var (key, article, analysis) in analysed)
            {
                foreach (var report in MergeInputs.Reports(analysis, key, month.Index.GroupOf(key), MergeInputs.Moment(article.Published!.Value)))
                    merger.Add(report);
                month.Stories.Add(MergeInputs.Story(key, article.Published!.Value.Date, article, analysis));
            }

            month.Events = merger.Events();
            return month;
        }
    }
}
