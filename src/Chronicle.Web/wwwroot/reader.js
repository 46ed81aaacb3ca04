// The article reader: the body with what the pipeline found marked in it (actors, dates, quantities, quotes,
// attributions, event verbs), and each event's evidence and rule shown when its mark or its entry gets focus or a click.
import { el, api, show, actorLink } from "./dom.js";
import { evidence, eventFacts, eventTitle } from "./events.js";

const KINDS = [
  ["mention", "Actors and entities"], ["time", "Dates"], ["quantity", "Quantities"], ["quote", "Quotes"], ["attribution", "Attributions"], ["event", "Event verbs"],
];

// Every span as [start, end, kind, label, event index]; events contribute their verb.
function spansOf(a) {
  const s = a.spans;
  return [
    ...s.quotes.map(q => [q.start, q.end, "quote", `quote${q.speaker ? ` by ${q.speaker}` : ""}${q.via ? ` via ${q.via}` : ""}`]),
    ...s.attributions.map(x => [x.start, x.end, "attribution", `attributed to ${x.source}${x.source_code ? ` (${x.source_code})` : ""}`]),
    ...s.mentions.map(m => [m.start, m.end, "mention", `${m.actor}${m.code ? ` (${m.code})` : ""}, ${m.type}`]),
    ...s.times.map(t => [t.start, t.end, "time", `${t.value} (${t.grain})`]),
    ...s.quantities.map(q => [q.start, q.end, "quantity", `${q.approximate ? "about " : ""}${q.value}${q.max !== null ? `–${q.max}` : ""}${q.unit ? ` ${q.unit}` : ""}`]),
    ...s.events.map((e, i) => [e.evidence.spans.verb_start, e.evidence.spans.verb_end, "event", `${e.cameo.name} (${e.cameo.code})`, i]),
  ].filter(([start, end]) => Number.isInteger(start) && Number.isInteger(end) && end > start);
}

// Cuts [from, to) of the body at every span boundary; each piece carries the spans that cover it.
function pieces(body, spans, from, to) {
  const cuts = new Set([from, to]);
  for (const [start, end] of spans) {
    if (start > from && start < to) cuts.add(start);
    if (end > from && end < to) cuts.add(end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    out.push({ start, end, text: body.slice(start, end), covering: spans.filter(s => s[0] <= start && s[1] >= end) });
  }
  return out;
}

function renderPiece(piece, select) {
  if (!piece.covering.length) return document.createTextNode(piece.text);
  const kinds = [...new Set(piece.covering.map(s => s[2]))];
  const title = piece.covering.map(s => s[3]).join("; ");
  const event = piece.covering.find(s => s[2] === "event");
  if (event) {
    return el("mark", { class: kinds.map(k => `hl-${k}`).join(" "), title, tabindex: "0", role: "button", "data-event": event[4],
      onclick: () => select(event[4]), onfocus: () => select(event[4]),
      onkeydown: e => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(event[4]); } }, text: piece.text });
  }
  return el("mark", { class: kinds.map(k => `hl-${k}`).join(" "), title, text: piece.text });
}

function sideList(title, items, render) {
  if (!items.length) return null;
  return el("section", { class: "side-list" }, el("h2", { text: `${title} (${items.length})` }), el("ul", {}, items.map(render)));
}

export async function reader(id) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  const spans = spansOf(a);
  const events = a.spans.events;
  const detail = el("div", { class: "event-detail", id: "event-detail", "aria-live": "polite" },
    el("p", { class: "muted", text: events.length ? "Focus or click an event (in the text or the list) to see its evidence and rule." : "No event was coded in this article." }));
  const bodyBox = el("div", { class: "body" });
  const select = i => {
    const e = events[i];
    for (const node of bodyBox.querySelectorAll("mark.active")) node.classList.remove("active");
    for (const node of bodyBox.querySelectorAll(`mark[data-event="${i}"]`)) node.classList.add("active");
    detail.replaceChildren(el("h2", { text: eventTitle(e) }), evidence(e), eventFacts(e));
  };
  let offset = 0;
  for (const paragraph of a.paragraphs) {
    const end = offset + paragraph.length;
    bodyBox.append(el("p", {}, pieces(a.body, spans.filter(s => s[0] < end && s[1] > offset), offset, end).map(p => renderPiece(p, select))));
    offset = end + 2;
  }
  const meta = [a.published, a.outlet, a.byline, a.agencies.length ? `via ${a.agencies.join(", ")}` : null].filter(Boolean).join(" · ");
  const byActor = new Map();
  for (const m of a.spans.mentions) byActor.set(`${m.actor}|${m.code || ""}`, m);
  show(el("div", { class: "reader-layout" },
    el("article", { class: "reader" },
      el("h1", { text: a.title || "(untitled)" }),
      el("p", { class: "muted", text: meta }),
      a.standfirst ? el("p", { class: "standfirst", text: a.standfirst }) : null,
      el("ul", { class: "legend", "aria-label": "Highlight key" }, KINDS.map(([kind, label]) => el("li", {}, el("mark", { class: `hl-${kind}`, text: label })))),
      bodyBox,
      el("p", { class: "muted" }, "Source: ", a.url ? el("a", { href: a.url, rel: "noopener noreferrer", text: a.url }) : a.provenance.source)),
    el("aside", { class: "analysis", "aria-label": "What the pipeline found" },
      detail,
      sideList("Events", events, (e, i) => el("li", {}, el("button", { type: "button", class: "link", onclick: () => select(i), onfocus: () => select(i),
        text: eventTitle(e) }))),
      sideList("Actors and entities", [...byActor.values()], m => el("li", {}, actorLink(m.code, m.actor), el("span", { class: "muted", text: ` ${m.type}` }))),
      sideList("Dates", a.spans.times, t => el("li", {}, `${t.text} → `, el("time", { text: t.value }))),
      sideList("Quantities", a.spans.quantities, q => el("li", { text: q.text })),
      sideList("Quotes", a.spans.quotes, q => el("li", {}, el("q", { text: q.text }), q.speaker ? ` — ${q.speaker}` : "", q.via ? ` (via ${q.via})` : "")))));
}
