// Stories: the list (articles clustered at ingest about one developing story) and one story with its articles and the
// timeline of its merged events, each with its reports, origins and sources.
import { el, api, show, articleLink, actorLink, quadBadge, filterForm, input, nextLink, pick } from "./dom.js";
import { sourcesBadge, evidence } from "./events.js";

function span(s) {
  if (!s.first) return "undated";
  return s.first === s.last ? s.first : `${s.first} – ${s.last}`;
}

export async function stories(params) {
  const form = filterForm("story-filters", "#/stories", [
    input("From", "from", params, { type: "date" }), input("To", "to", params, { type: "date" }),
    input("Min articles", "min_articles", params, { type: "number", min: 1, size: 4, inputmode: "numeric" })]);
  const query = pick(params, ["from", "to", "min_articles", "cursor"]);
  const page = await api(`/api/stories?${query}`);
  const rows = page.items.map(s => el("tr", {},
    el("td", {}, el("a", { href: `#/story/${encodeURIComponent(s.id)}`, text: s.title || "(untitled)" })),
    el("td", { text: span(s) }), el("td", { text: String(s.articles) }), el("td", { text: String(s.events) })));
  const table = el("table", { id: "story-table" },
    el("thead", {}, el("tr", {}, ["Story", "Span", "Articles", "Events"].map(h => el("th", { scope: "col", text: h })))),
    el("tbody", {}, rows));
  show(el("h1", { text: "Stories" }), form, rows.length ? table : el("p", { class: "muted", text: "No story matches." }),
    nextLink("#/stories", query, page.next_cursor));
}

// One merged event of a story's timeline: what happened, its first report's evidence, its sources, origins and reports.
function storyEvent(e, merged) {
  const origins = merged ? merged.origins.map(o => o.name || "(unnamed)") : [];
  return el("li", { class: "story-event" + (e.sources === 1 ? " single-source" : "") },
    el("h3", {}, el("span", { class: "muted", text: `${e.date || e.published || "undated"} · ` }),
      actorLink(e.source, e.source_name), " ", el("a", { href: `#/event/${e.id}`, text: e.cameo.name.toLowerCase() }), " ",
      actorLink(e.target, e.target_name), " ", quadBadge(e.cameo.quad_class)),
    evidence(e),
    el("p", { class: "small" }, sourcesBadge(e),
      merged ? ` Sources: ${merged.sources.join(", ") || "—"}. Origins: ${origins.join(", ") || "—"}.` : "",
      " ", el("a", { href: `#/event/${e.id}`, text: `All ${e.mentions} report${e.mentions === 1 ? "" : "s"}` })));
}

export async function story(id) {
  const report = await api(`/api/stories/${encodeURIComponent(id)}`);
  const s = report.story;
  // Each timeline entry names its sources and origins; a story's timeline is short, so they load together.
  const merged = await Promise.all(report.timeline.map(e => api(`/api/events/${encodeURIComponent(e.id)}/merged`)));
  const articles = el("ol", { id: "story-articles" }, report.articles.map(a => el("li", {},
    articleLink(a), el("span", { class: "muted small", text: ` — ${a.outlet || "unknown outlet"}, ${a.published ? a.published.slice(0, 10) : "undated"}` }))));
  const timeline = el("ol", { id: "story-timeline", class: "story-events" }, report.timeline.map((e, i) => storyEvent(e, merged[i])));
  show(el("h1", { id: "story-title", text: s.title || "(untitled story)" }),
    el("p", { class: "muted" }, `${span(s)} · ${s.articles} article${s.articles === 1 ? "" : "s"} · ${s.events} merged event${s.events === 1 ? "" : "s"}`),
    el("h2", { text: "Articles" }), articles,
    el("h2", { text: "Timeline" }), report.timeline.length ? timeline : el("p", { class: "muted", text: "No coded event in this story." }));
}
