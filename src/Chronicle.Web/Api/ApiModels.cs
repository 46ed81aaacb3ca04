using Chronicle.Storage;

namespace Chronicle.Web.Api;

/// <summary>An article in a list.</summary>
public sealed record ArticleItem(long Id, string? Title, string? Published, string? Outlet, IReadOnlyList<string> Agencies, string? Url, string Source)
{
    public static ArticleItem From(ArticleSummary a) =>
        new(a.Id, a.Title, a.Published?.ToIsoString(), a.Outlet, a.Agencies, a.Url, a.Source);
}

/// <summary>A page of a list and the cursor of the next page (empty when this is the last one).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string NextCursor);

/// <summary>One article with its body, provenance and, when it was analysed, the spans the pipeline found in the body.</summary>
/// <param name="Body">The paragraphs joined by a blank line; every span offset points into it.</param>
public sealed record ArticleDetail(
    long Id,
    string? Title,
    string? Published,
    string? Outlet,
    IReadOnlyList<string> Agencies,
    string? Byline,
    string? Section,
    string? Standfirst,
    IReadOnlyList<string> Paragraphs,
    string? Language,
    string? Url,
    ProvenanceItem Provenance,
    string Body,
    ArticleSpansItem Spans)
{
    public static ArticleDetail From(StoredArticle stored, ArticleSpans spans, IReadOnlyList<StoredEvent> events)
    {
        var a = stored.Article;
        var p = stored.Provenance;
        return new ArticleDetail(stored.Id, a.Title, a.Published?.ToIsoString(), a.Outlet, a.Agencies, a.Byline, a.Section,
            a.Standfirst, a.Paragraphs, a.Language, a.Url ?? p.Url,
            new ProvenanceItem(p.Source, p.RecordOffset, p.Url, p.Fetched, p.Sha256, stored.DocumentId, stored.Stored), a.Body,
            new ArticleSpansItem(spans.Times, spans.Quantities, spans.Quotes, spans.Attributions, spans.Mentions, events.Select(EventItem.From).ToList()));
    }
}

public sealed record ProvenanceItem(string Source, long? RecordOffset, string? Url, DateTimeOffset? Fetched, string Sha256, string? DocumentId, DateTimeOffset Stored);

/// <summary>A search result: the article and a passage with the matched words between ** marks.</summary>
public sealed record SearchItem(ArticleItem Article, string Snippet, double Score);

public sealed record CountItem(string Name, int Count);

public sealed record StatsItem(int Articles, int Undated, string? FirstPublished, string? LastPublished, IReadOnlyList<CountItem> ByOutlet, IReadOnlyList<CountItem> ByAgency)
{
    public static StatsItem From(StoreStats s) =>
        new(s.Articles, s.Undated, s.FirstPublished?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            s.LastPublished?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            s.ByOutlet.Select(c => new CountItem(c.Name, c.Count)).ToList(), s.ByAgency.Select(c => new CountItem(c.Name, c.Count)).ToList());
}

/// <summary>A coded event: who did what to whom, when and where, according to whom, with the article and evidence it rests on.</summary>
/// <param name="Date">The event's own time as coded (a day, week, month, year or range), else null; <see cref="Published"/> is its article's date.</param>
/// <param name="MergedEvent">The merged event this report belongs to (the id of its first report; <c>/api/events/{id}/merged</c>), null before merging.</param>
/// <param name="Mentions">Reports of the merged event across the archive.</param>
/// <param name="Sources">Independent sources behind the merged event; 1 is a single-source claim.</param>
public sealed record EventItem(
    long Id,
    string Key,
    string? Date,
    string? Source,
    string? SourceName,
    string? Target,
    string? TargetName,
    Chronicle.Events.CameoCode Cameo,
    string? Location,
    string? ReportedBy,
    string? ReportedByName,
    string Status,
    double Confidence,
    long ArticleId,
    string? ArticleTitle,
    string? Outlet,
    string? Published,
    string? Url,
    EvidenceItem Evidence,
    long? MergedEvent,
    int? Mentions,
    int? Sources)
{
    public static EventItem From(StoredEvent e) => new(
        e.Id, e.Key, e.Date, e.Source, e.SourceName, e.Target, e.TargetName, e.Cameo, e.Location, e.ReportedBy, e.ReportedByName,
        e.Status, e.Confidence, e.ArticleId, e.ArticleTitle, e.Outlet, e.Published, e.Url, new EvidenceItem(e.Sentence, e.Rule, e.Spans),
        e.MergedId, e.Mentions, e.Sources);
}

/// <summary>One happening as merged across the archive: its first report, every mention (first report first), the
/// origins the mentions come from and the independent sources behind them.</summary>
/// <param name="SingleSource">Whether the claim rests on one independent source, however many outlets repeat it.</param>
public sealed record MergedEventItem(long Id, EventItem FirstReport, IReadOnlyList<EventItem> Mentions, IReadOnlyList<OriginItem> Origins, IReadOnlyList<string> Sources, bool SingleSource)
{
    public static MergedEventItem From(MergedEventReport m) =>
        new(m.Id, EventItem.From(m.FirstReport), m.Mentions.Select(EventItem.From).ToList(),
            m.Origins.Select(o => new OriginItem(o.Group, o.Name, o.Articles)).ToList(), m.Sources, m.Sources.Count <= 1);
}

/// <summary>The copies of one text behind a merged event, named after its credited agency or first publisher.</summary>
/// <param name="Group">The store id of the group's first article.</param>
public sealed record OriginItem(long Group, string? Name, IReadOnlyList<long> Articles);

/// <summary>A story: articles about one developing story, clustered at ingest, with its generated title and span of days.</summary>
/// <param name="Id">The store id of its first article.</param>
public sealed record StoryItem(long Id, string Title, string? First, string? Last, int Articles, int Events)
{
    public static StoryItem From(StoredStory s) =>
        new(s.Id, s.Title, s.First?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            s.Last?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), s.Articles, s.Events);
}

/// <summary>One story in full: its articles, oldest first, and the timeline of the merged events they report (each as its first report).</summary>
public sealed record StoryDetail(StoryItem Story, IReadOnlyList<ArticleItem> Articles, IReadOnlyList<EventItem> Timeline)
{
    public static StoryDetail From(StoryReport r) =>
        new(StoryItem.From(r.Story), r.Articles.Select(ArticleItem.From).ToList(), r.Timeline.Select(EventItem.From).ToList());
}

/// <summary>Why an event was coded: its sentence, the rule that matched, and the offsets of sentence, actors and verb in the article's body.</summary>
public sealed record EvidenceItem(string Sentence, string Rule, EventSpans Spans);

/// <summary>Events of one quad class in one month.</summary>
public sealed record MonthCountItem(string Month, int QuadClass, int Count);

/// <summary>Events over time between two actors (or of one), oldest first, with their monthly counts by quad class.</summary>
public sealed record TimelineItem(ActorNameItem A, ActorNameItem B, IReadOnlyList<MonthCountItem> Months, Page<EventItem> Events);

/// <summary>An actor code and the name the dictionaries give it (null when they do not know it).</summary>
public sealed record ActorNameItem(string Code, string? Name);

/// <summary>One actor: what the dictionaries know (roles over time), the names the archive uses for it, its counterparts and articles.</summary>
public sealed record ActorDetail(
    string Query,
    IReadOnlyList<ActorSummary> Actors,
    IReadOnlyList<RoleItem> Roles,
    IReadOnlyList<ActorAlias> Aliases,
    IReadOnlyList<RelationItem> Relations,
    IReadOnlyList<ActorArticle> Articles);

/// <summary>A code an actor held over a period (a leader's term); open ends are null.</summary>
public sealed record RoleItem(string Actor, string Type, string Code, string? From, string? To);

/// <summary>A counterpart in coded events and how the events between them split by quad class (index 0 is quad class 1).</summary>
public sealed record RelationItem(string Code, string? Name, int Events, IReadOnlyList<int> ByQuadClass);

/// <summary>The analysis of an article's body: each span's offsets point into <see cref="ArticleDetail.Body"/>.</summary>
public sealed record ArticleSpansItem(
    IReadOnlyList<Chronicle.Language.TimeExpression> Times,
    IReadOnlyList<Chronicle.Language.Quantity> Quantities,
    IReadOnlyList<Chronicle.Language.Quote> Quotes,
    IReadOnlyList<Chronicle.Language.Attribution> Attributions,
    IReadOnlyList<Chronicle.Actors.ActorMention> Mentions,
    IReadOnlyList<EventItem> Events);

/// <summary>What an ingest request stored: each document's article id (new or stored before) and the documents that failed.</summary>
public sealed record IngestResultItem(IReadOnlyList<IngestedItem> Articles, IReadOnlyList<string> Failed);

public sealed record IngestedItem(long Id, bool Duplicate);
