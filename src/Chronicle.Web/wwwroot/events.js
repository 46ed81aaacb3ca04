// The event table with its filters and export links, and one event with its evidence.
import { el, api, show, articleLink, actorLink, quadBadge, filterForm, input, select, nextLink, pick, QUADS } from "./dom.js";

export const EVENT_FILTERS = ["actor", "cameo", "plover", "quad_class", "status", "min_sources", "single_source", "from", "to", "sort", "cursor"];
const STATUSES = ["happened", "planned", "hypothetical", "negated", "denied", "question"];

// How many independent sources a merged event rests on; a claim with one is marked, however many outlets repeat it.
export function sourcesBadge(e) {
  if (e.sources === null || e.sources === undefined) return el("span", { class: "muted", text: "—" });
  const reports = `${e.mentions} report${e.mentions === 1 ? "" : "s"}`;
  return e.sources === 1
    ? el("span", { class: "sources single", title: `Single source (${reports})`, text: `single source · ${reports}` })
    : el("span", { class: "sources", title: `${e.sources} independent sources (${reports})`, text: `${e.sources} sources · ${reports}` });
}

export function eventRow(e) {
  return el("tr", {},
    el("td", { text: e.date || e.published || "" }),
    el("td", {}, actorLink(e.source, e.source_name)),
    el("td", {}, el("a", { href: `#/event/${e.id}`, text: `${e.cameo.name} (${e.cameo.code})` }), " ", quadBadge(e.cameo.quad_class)),
    el("td", {}, actorLink(e.target, e.target_name)),
    el("td", { text: e.status }),
    el("td", {}, sourcesBadge(e)),
    el("td", {}, e.reported_by_name ? `${e.reported_by_name}, ` : "", articleLink({ id: e.article_id, title: e.outlet || e.article_title })));
}

export function eventTable(id, events) {
  return el("table", { id },
    el("thead", {}, el("tr", {}, ["Date", "Source", "Event", "Target", "Status", "Sources", "Reported by"].map(h => el("th", { scope: "col", text: h })))),
    el("tbody", {}, events.map(eventRow)));
}

export async function events(params) {
  const actors = params.getAll("actor");
  const form = filterForm("event-filters", "#/events", [
    input("Actor", "actor", new URLSearchParams([["actor", actors[0] || ""]]), { placeholder: "RUS", size: 8 }),
    input("With actor", "actor", new URLSearchParams([["actor", actors[1] || ""]]), { placeholder: "PRK", size: 8 }),
    input("CAMEO", "cameo", params, { placeholder: "04", size: 5, inputmode: "numeric" }),
    select("Quad class", "quad_class", params, [["", "any"], ...[1, 2, 3, 4].map(q => [String(q), QUADS[q]])]),
    select("Status", "status", params, [["", "any"], ...STATUSES.map(s => [s, s])]),
    input("Min sources", "min_sources", params, { type: "number", min: 1, size: 4, inputmode: "numeric" }),
    select("Claims", "single_source", params, [["", "all"], ["true", "single source only"]]),
    input("From", "from", params, { type: "date" }),
    input("To", "to", params, { type: "date" }),
    select("Order", "sort", params, [["date_desc", "newest first"], ["date_asc", "oldest first"]]),
  ]);
  const query = pick(params, EVENT_FILTERS);
  const page = await api(`/api/events?${query}`);
  const filters = pick(params, EVENT_FILTERS.filter(k => k !== "cursor"));
  const exports = el("p", { class: "exports" }, "Export these filters: ",
    ["jsonl", "csv", "tsv"].map(format => el("a", { href: `/api/events/export?format=${format}&${filters}`, download: "", text: format === "tsv" ? "GDELT TSV" : format.toUpperCase() }))
      .flatMap((link, i) => (i ? [" · ", link] : [link])));
  show(el("h1", { text: "Events" }), form, exports,
    page.items.length ? eventTable("event-table", page.items) : el("p", { class: "muted", id: "event-empty", text: "No event matches these filters." }),
    nextLink("#/events", query, page.next_cursor));
}

// The evidence sentence with the event's source, verb and target marked; offsets are into the article's body.
export function evidence(e) {
  const s = e.evidence.spans;
  const marks = [[s.source_start, s.source_end, "ev-source", "source"], [s.verb_start, s.verb_end, "ev-verb", "verb"], [s.target_start, s.target_end, "ev-target", "target"]]
    .filter(([start, end]) => start !== null && end !== null && start >= s.sentence_start && end <= s.sentence_end)
    .sort((a, b) => a[0] - b[0]);
  const text = e.evidence.sentence;
  const parts = [];
  let at = s.sentence_start;
  for (const [start, end, cls, role] of marks) {
    if (start < at) continue;
    parts.push(text.slice(at - s.sentence_start, start - s.sentence_start));
    parts.push(el("mark", { class: cls, title: role, text: text.slice(start - s.sentence_start, end - s.sentence_start) }));
    at = end;
  }
  parts.push(text.slice(at - s.sentence_start));
  return el("blockquote", { class: "evidence" }, parts);
}

export function eventTitle(e) {
  return `${e.source_name || e.source || "someone"} — ${e.cameo.name} — ${e.target_name || e.target || "no target"}`;
}

export function eventFacts(e) {
  const row = (term, ...value) => [el("dt", { text: term }), el("dd", {}, ...value)];
  return el("dl", { class: "facts" },
    row("Who", actorLink(e.source, e.source_name)),
    row("Did", `${e.cameo.name} — CAMEO ${e.cameo.code}, PLOVER ${e.cameo.plover}${e.cameo.plover_mode ? ` (${e.cameo.plover_mode})` : ""}, Goldstein ${e.cameo.goldstein}`, " ", quadBadge(e.cameo.quad_class)),
    row("To whom", actorLink(e.target, e.target_name)),
    row("When", e.date || `${e.published || "undated"} (article date)`),
    e.location ? row("Where", e.location) : null,
    row("According to", e.reported_by_name || e.reported_by || e.outlet || "—"),
    row("Status", e.status),
    row("Rule", el("code", { text: e.evidence.rule }), ` (confidence ${e.confidence})`),
    row("Article", articleLink({ id: e.article_id, title: e.article_title }), e.outlet ? ` — ${e.outlet}` : ""));
}

// Every report of a merged event: article, outlet, date, evidence and rule, then the origins and independent sources.
export function reports(merged, headingLevel = "h2") {
  const origins = merged.origins.map(o => el("li", {}, o.name || "(unnamed origin)", ` — ${o.articles.length} article${o.articles.length === 1 ? "" : "s"}`));
  return el("section", { class: "reports", "data-merged": String(merged.id) },
    el(headingLevel, { text: `Reports (${merged.mentions.length})` }),
    el("p", {}, sourcesBadge({ sources: merged.sources.length, mentions: merged.mentions.length }),
      merged.sources.length ? ` Sources: ${merged.sources.join(", ")}.` : ""),
    el("ol", { class: "report-list" }, merged.mentions.map(m => el("li", {},
      el("div", {}, articleLink({ id: m.article_id, title: m.article_title }), ` — ${m.outlet || "unknown outlet"}, ${m.published || "undated"}`,
        m.id === merged.id ? el("span", { class: "first", text: " first report" }) : null),
      evidence(m),
      el("div", { class: "muted small" }, "Rule ", el("code", { text: m.evidence.rule }), m.reported_by_name ? ` · according to ${m.reported_by_name}` : "",
        m.id === merged.id ? null : [" · ", el("a", { href: `#/event/${m.id}`, text: "this report" })])))),
    el("p", { class: "small" }, `Origins (${origins.length}):`), el("ul", { class: "origin-list small" }, origins));
}

export async function oneEvent(id) {
  const [e, merged] = await Promise.all([api(`/api/events/${encodeURIComponent(id)}`), api(`/api/events/${encodeURIComponent(id)}/merged`)]);
  show(el("h1", { text: eventTitle(e) }), evidence(e), eventFacts(e), reports(merged));
}
