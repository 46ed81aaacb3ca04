// Actors: the most mentioned, and one actor's roles over time, names, counterparts and articles.
import { el, api, show, actorLink, articleLink, QUADS } from "./dom.js";

export async function actors() {
  const rows = await api("/api/actors?limit=100");
  show(el("h1", { text: "Actors" }),
    el("table", { id: "actor-table" },
      el("thead", {}, el("tr", {}, ["Actor", "Code", "Mentions", "Articles"].map(h => el("th", { scope: "col", text: h })))),
      el("tbody", {}, rows.map(a => el("tr", {},
        el("td", {}, el("a", { href: `#/actor/${encodeURIComponent(a.code || a.actor)}`, text: a.actor })),
        el("td", { text: a.code || "" }), el("td", { text: String(a.mentions) }), el("td", { text: String(a.articles) }))))));
}

function relationBar(byQuad, total) {
  return el("span", { class: "relation-bar", role: "img", "aria-label": [1, 2, 3, 4].map(q => `${byQuad[q - 1]} ${QUADS[q].toLowerCase()}`).join(", ") },
    [1, 2, 3, 4].map(q => {
      const part = el("span", { class: `q${q}` });
      part.style.width = `${(100 * byQuad[q - 1]) / total}%`;
      return part;
    }));
}

function section(title, content) {
  return el("section", { class: "card spaced" }, el("h2", { text: title }), content);
}

export async function actor(code) {
  const a = await api(`/api/actors/${encodeURIComponent(code)}`);
  const names = [...new Set(a.actors.map(x => x.actor))];
  const codes = [...new Set(a.actors.map(x => x.code).filter(Boolean))];
  show(
    el("h1", { id: "actor-title", text: names.length ? `${a.query}: ${names.slice(0, 3).join(", ")}${names.length > 3 ? "…" : ""}` : a.query }),
    el("p", { class: "muted" }, codes.length ? `Codes: ${codes.join(", ")} · ` : "", el("a", { href: `#/events?actor=${encodeURIComponent(codes[0] || a.query)}`, text: "Events" })),
    section("Roles over time", a.roles.length
      ? el("table", { id: "role-table" }, el("thead", {}, el("tr", {}, ["Actor", "Code", "From", "To"].map(h => el("th", { scope: "col", text: h })))),
        el("tbody", {}, a.roles.map(r => el("tr", {}, el("td", { text: r.actor }), el("td", { text: r.code }), el("td", { text: r.from || "…" }), el("td", { text: r.to || "now" })))))
      : el("p", { class: "muted", text: "The dictionaries know no dated roles for it." })),
    section("Named in the texts as", a.aliases.length
      ? el("ul", { class: "inline-list", id: "alias-list" }, a.aliases.map(x => el("li", { text: `${x.text} (${x.mentions})` })))
      : el("p", { class: "muted", text: "No mention in this archive." })),
    section("Relations", a.relations.length
      ? el("table", { id: "relation-table" }, el("thead", {}, el("tr", {}, ["Counterpart", "Events", "By quad class"].map(h => el("th", { scope: "col", text: h })))),
        el("tbody", {}, a.relations.map(r => el("tr", {}, el("td", {}, actorLink(r.code, r.name)), el("td", { text: String(r.events) }), el("td", {}, relationBar(r.by_quad_class, r.events))))))
      : el("p", { class: "muted", text: "No coded event with a counterpart." })),
    section("Articles that mention it most", el("ul", {}, a.articles.map(x => el("li", {}, articleLink({ id: x.article_id, title: x.title }), ` — ${x.published || "undated"}, ${x.outlet || ""} (${x.mentions}×)`)))));
}
