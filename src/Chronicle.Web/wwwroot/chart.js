// Events over time by quad class, as stacked bars drawn in SVG: months when the span is short, years otherwise.
import { el, svg, QUADS } from "./dom.js";

const MAX_MONTHS = 60;

function monthIndex(month) {
  const [y, m] = month.split("-").map(Number);
  return y * 12 + (m - 1);
}

function buckets(counts) {
  if (!counts.length) return [];
  const indexes = counts.map(c => monthIndex(c.month));
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const byYear = last - first >= MAX_MONTHS;
  const key = i => (byYear ? String(Math.floor(i / 12)) : `${Math.floor(i / 12)}-${String(i % 12 + 1).padStart(2, "0")}`);
  const start = byYear ? Math.floor(first / 12) * 12 : first;
  const step = byYear ? 12 : 1;
  const all = new Map();
  for (let i = start; i <= last; i += step) all.set(key(i), [0, 0, 0, 0, 0]);
  for (const c of counts) all.get(key(monthIndex(c.month)))[c.quad_class] += c.count;
  return [...all].map(([label, byQuad]) => ({ label, byQuad, total: byQuad.reduce((a, b) => a + b, 0) }));
}

export function eventChart(counts, caption) {
  const bars = buckets(counts);
  if (!bars.length) return el("p", { class: "muted", text: "No dated events to chart." });
  const width = 720, height = 220, left = 36, bottom = 24, top = 8;
  const max = Math.max(...bars.map(b => b.total));
  const slot = (width - left) / bars.length;
  const barWidth = Math.max(1, slot * 0.8);
  const scale = v => (v / max) * (height - top - bottom);
  const total = bars.reduce((a, b) => a + b.total, 0);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart", role: "img",
      "aria-label": `${caption}: ${total} events from ${bars[0].label} to ${bars[bars.length - 1].label}` },
    svg("line", { x1: left, y1: height - bottom, x2: width, y2: height - bottom, class: "axis" }),
    svg("text", { x: left - 4, y: top + 10, "text-anchor": "end", class: "tick", text: String(max) }),
    svg("text", { x: left - 4, y: height - bottom, "text-anchor": "end", class: "tick", text: "0" }));
  bars.forEach((bar, i) => {
    const x = left + i * slot + (slot - barWidth) / 2;
    let y = height - bottom;
    for (let quad = 1; quad <= 4; quad++) {
      const h = scale(bar.byQuad[quad]);
      if (!h) continue;
      y -= h;
      chart.append(svg("rect", { x: x.toFixed(1), y: y.toFixed(1), width: barWidth.toFixed(1), height: h.toFixed(1), class: `q${quad}` },
        svg("title", { text: `${bar.label}: ${bar.byQuad[quad]} ${QUADS[quad].toLowerCase()}` })));
    }
  });
  const labelEvery = Math.ceil(bars.length / 8);
  bars.forEach((bar, i) => {
    if (i % labelEvery) return;
    chart.append(svg("text", { x: (left + i * slot + slot / 2).toFixed(1), y: height - 6, "text-anchor": "middle", class: "tick", text: bar.label }));
  });
  const legend = el("ul", { class: "legend" },
    [1, 2, 3, 4].map(q => el("li", {}, el("span", { class: `swatch q${q}`, "aria-hidden": "true" }), QUADS[q])));
  return el("figure", { class: "chart-box" }, chart, el("figcaption", {}, caption), legend);
}
