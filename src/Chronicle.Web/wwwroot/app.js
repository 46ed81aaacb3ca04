// Chronicle's web page: a small hash-routed page over the JSON API. Every text that comes from an article is set
// with textContent (never innerHTML), so markup inside articles stays inert.
"use strict";

const main = document.getElementById("main");

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error((body && (body.detail || body.title)) || `HTTP ${response.status}`);
  return body;
}

function show(...nodes) {
  main.replaceChildren(...nodes);
  main.focus({ preventScroll: true });
}

function failure(error) {
  show(el("p", { class: "error", role: "alert", text: `Could not load: ${error.message}` }));
}

function articleLink(item) {
  return el("a", { href: `#/article/${encodeURIComponent(item.id)}`, text: item.title || "(untitled)" });
}

// Search snippets mark matched words with **…**: split on the marks and wrap matches in <mark>, as text.
function highlighted(snippet) {
  return snippet.split("**").map((part, i) => (i % 2 === 1 ? el("mark", { text: part }) : document.createTextNode(part)));
}

async function dashboard() {
  const stats = await api("/api/stats");
  const span = stats.first_published ? `${stats.first_published} – ${stats.last_published}` : "no dated articles";
  const list = (title, rows) => el("div", { class: "card" }, el("h2", { text: title }),
    rows.length ? el("ul", {}, rows.map(r => el("li", {}, `${r.name || "(unknown)"}: ${r.count}`))) : el("p", { class: "muted", text: "none" }));
  show(
    el("h1", { text: "Dashboard" }),
    el("div", { class: "cards" },
      el("div", { class: "card" }, el("div", { class: "figure", "data-testid": "article-count", text: String(stats.articles) }), el("div", { class: "muted", text: "articles" })),
      el("div", { class: "card" }, el("div", { class: "figure", text: span }), el("div", { class: "muted", text: "publication dates" }))),
    el("div", { class: "cards spaced" }, list("Outlets", stats.by_outlet), list("Wire agencies", stats.by_agency)));
}

async function articles(params) {
  const form = el("form", { class: "filters", id: "article-filters" },
    el("label", {}, "Outlet", el("input", { name: "outlet", value: params.get("outlet") || "" })),
    el("label", {}, "Agency", el("input", { name: "agency", value: params.get("agency") || "" })),
    el("label", {}, "From", el("input", { name: "from", type: "date", value: params.get("from") || "" })),
    el("label", {}, "To", el("input", { name: "to", type: "date", value: params.get("to") || "" })),
    el("button", { type: "submit", text: "Filter" }));
  form.addEventListener("submit", event => {
    event.preventDefault();
    const query = new URLSearchParams([...new FormData(form)].filter(([, v]) => v));
    location.hash = `#/articles?${query}`;
  });
  const query = new URLSearchParams([...params].filter(([k]) => ["outlet", "agency", "from", "to", "cursor"].includes(k)));
  const page = await api(`/api/articles?${query}`);
  const rows = page.items.map(a => el("tr", {},
    el("td", {}, articleLink(a)), el("td", { text: a.published || "" }), el("td", { text: a.outlet || "" }), el("td", { text: a.agencies.join(", ") })));
  const table = el("table", { id: "article-table" },
    el("thead", {}, el("tr", {}, ["Title", "Published", "Outlet", "Agencies"].map(h => el("th", { scope: "col", text: h })))),
    el("tbody", {}, rows));
  const next = page.next_cursor
    ? el("p", {}, el("a", { href: `#/articles?${new URLSearchParams([...query].filter(([k]) => k !== "cursor").concat([["cursor", page.next_cursor]]))}`, text: "Next page" }))
    : null;
  show(el("h1", { text: "Articles" }), form, rows.length ? table : el("p", { class: "muted", text: "No article matches." }), next);
}

async function reader(id) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  const meta = [a.published, a.outlet, a.byline, a.agencies.length ? `via ${a.agencies.join(", ")}` : null].filter(Boolean).join(" · ");
  show(el("article", { class: "reader" },
    el("h1", { text: a.title || "(untitled)" }),
    el("p", { class: "muted", text: meta }),
    a.standfirst ? el("p", { class: "standfirst", text: a.standfirst }) : null,
    a.paragraphs.map(p => el("p", { text: p })),
    el("p", { class: "muted" }, "Source: ", a.url ? el("a", { href: a.url, rel: "noopener noreferrer", text: a.url }) : a.provenance.source)));
}

async function search(params) {
  const q = params.get("q") || "";
  const form = el("form", { class: "filters", role: "search" },
    el("label", {}, "Words", el("input", { name: "q", type: "search", value: q })), el("button", { type: "submit", text: "Search" }));
  form.addEventListener("submit", event => {
    event.preventDefault();
    location.hash = `#/search?q=${encodeURIComponent(new FormData(form).get("q"))}`;
  });
  if (!q) return show(el("h1", { text: "Search" }), form);
  const hits = await api(`/api/search?q=${encodeURIComponent(q)}`);
  show(el("h1", { text: "Search" }), form,
    hits.length ? el("ol", { id: "search-results" }, hits.map(h => el("li", {}, articleLink(h.article), el("p", {}, highlighted(h.snippet)))))
      : el("p", { class: "muted", text: "Nothing found." }));
}

async function route() {
  const [path, queryString] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(queryString || "");
  try {
    if (path.startsWith("/article/")) await reader(decodeURIComponent(path.slice("/article/".length)));
    else if (path === "/articles") await articles(params);
    else if (path === "/search") await search(params);
    else await dashboard();
  } catch (error) {
    failure(error);
  }
}

document.getElementById("quick-search").addEventListener("submit", event => {
  event.preventDefault();
  location.hash = `#/search?q=${encodeURIComponent(document.getElementById("quick-q").value)}`;
});
window.addEventListener("hashchange", route);
route();
