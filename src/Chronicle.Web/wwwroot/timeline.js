// Events between two actors over time: a chart by quad class and the events, oldest first, grouped by day.
import { el, api, show, filterForm, input, nextLink, pick, actorLink, quadBadge, articleLink } from "./dom.js";
import { eventChart } from "./chart.js";

export async function timeline(params) {
  if (!params.get("a")) params.set("a", "RUS");
  if (!params.get("b")) params.set("b", "PRK");
  const form = filterForm("timeline-form", "#/timeline", [
    input("Actor", "a", params, { size: 8, required: true }), input("and actor", "b", params, { size: 8, required: true }),
    input("From", "from", params, { type: "date" }), input("To", "to", params, { type: "date" })], "Show");
  const query = pick(params, ["a", "b", "from", "to", "cursor"]);
  const t = await api(`/api/timeline?${query}`);
  const title = `${t.a.name || t.a.code} ↔ ${t.b.name || t.b.code}`;
  const days = new Map();
  for (const e of t.events.items) {
    const day = e.date || e.published || "undated";
    if (!days.has(day)) days.set(day, []);
    days.get(day).push(e);
  }
  const list = el("ol", { class: "timeline", id: "timeline-events" }, [...days].map(([day, items]) =>
    el("li", {}, el("h2", { class: "day", text: day }), el("ul", {}, items.map(e => el("li", {},
      actorLink(e.source, e.source_name), " ", el("a", { href: `#/event/${e.id}`, text: e.cameo.name.toLowerCase() }), " ",
      actorLink(e.target, e.target_name), " ", quadBadge(e.cameo.quad_class),
      el("div", { class: "muted small" }, e.status !== "happened" ? `${e.status} · ` : "",
        e.reported_by_name ? `according to ${e.reported_by_name} · ` : "", articleLink({ id: e.article_id, title: e.outlet || e.article_title }))))))));
  show(el("h1", { id: "timeline-title", text: title }), form, eventChart(t.months, `Events between ${title}`),
    t.events.items.length ? list : el("p", { class: "muted", text: "No event between these actors." }),
    nextLink("#/timeline", query, t.events.next_cursor));
}
