// The dashboard, the article list and search.
import { el, api, show, articleLink, filterForm, input, nextLink, pick } from "./dom.js";
import { eventChart } from "./chart.js";

function figure(value, label, testid) {
  return el("div", { class: "card" }, el("div", { class: "figure", "data-testid": testid, text: String(value) }), el("div", { class: "muted", text: label }));
}

export async function dashboard() {
  const [stats, counts] = await Promise.all([api("/api/stats"), api("/api/events/counts")]);
  const span = stats.first_published ? `${stats.first_published} – ${stats.last_published}` : "no dated articles";
  const events = counts.reduce((sum, c) => sum + c.count, 0);
  const list = (title, rows) => el("div", { class: "card" }, el("h2", { text: title }),
    rows.length ? el("ul", {}, rows.slice(0, 10).map(r => el("li", {}, `${r.name || "(unknown)"}: ${r.count}`))) : el("p", { class: "muted", text: "none" }));
  show(
    el("h1", { text: "Dashboard" }),
    el("div", { class: "cards" },
      figure(stats.articles, "articles", "article-count"),
      figure(events, "dated events", "event-count"),
      el("div", { class: "card" }, el("div", { class: "figure small-figure", text: span }), el("div", { class: "muted", text: "publication dates" }))),
    el("section", { class: "card spaced" }, el("h2", { text: "Events over time by quad class" }), eventChart(counts, "Events over time")),
    el("p", {}, el("a", { href: "#/timeline?a=RUS&b=PRK", text: "Russia ↔ North Korea timeline" })),
    el("div", { class: "cards spaced" }, list("Outlets", stats.by_outlet), list("Wire agencies", stats.by_agency)));
}

export async function articles(params) {
  const form = filterForm("article-filters", "#/articles", [
    input("Outlet", "outlet", params), input("Agency", "agency", params),
    input("From", "from", params, { type: "date" }), input("To", "to", params, { type: "date" })]);
  const query = pick(params, ["outlet", "agency", "from", "to", "cursor"]);
  const page = await api(`/api/articles?${query}`);
  const rows = page.items.map(a => el("tr", {},
    el("td", {}, articleLink(a)), el("td", { text: a.published || "" }), el("td", { text: a.outlet || "" }), el("td", { text: a.agencies.join(", ") })));
  const table = el("table", { id: "article-table" },
    el("thead", {}, el("tr", {}, ["Title", "Published", "Outlet", "Agencies"].map(h => el("th", { scope: "col", text: h })))),
    el("tbody", {}, rows));
  show(el("h1", { text: "Articles" }), form, rows.length ? table : el("p", { class: "muted", text: "No article matches." }), nextLink("#/articles", query, page.next_cursor));
}

// Search snippets mark matched words with **…**: split on the marks and wrap matches in <mark>, as text.
function highlighted(snippet) {
  return snippet.split("**").map((part, i) => (i % 2 === 1 ? el("mark", { text: part }) : document.createTextNode(part)));
}

export async function search(params) {
  const q = params.get("q") || "";
  const form = filterForm("search-form", "#/search", [input("Words", "q", params, { type: "search" })], "Search");
  form.setAttribute("role", "search");
  if (!q) return show(el("h1", { text: "Search" }), form);
  const hits = await api(`/api/search?q=${encodeURIComponent(q)}`);
  show(el("h1", { text: "Search" }), form,
    hits.length ? el("ol", { id: "search-results" }, hits.map(h => el("li", {}, articleLink(h.article), el("p", {}, highlighted(h.snippet)))))
      : el("p", { class: "muted", text: "Nothing found." }));
}
