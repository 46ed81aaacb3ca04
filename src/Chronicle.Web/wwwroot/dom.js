// Small DOM and API helpers shared by the views. Text from the archive is only ever set as textContent or as an
// attribute value, never parsed as markup, so whatever an article contains stays inert.

export const main = document.getElementById("main");

const SVG = "http://www.w3.org/2000/svg";

function build(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function el(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG, tag), attrs, children);
}

// Each navigation aborts the requests of the one before, so a slow page never replaces a newer one.
let navigation = new AbortController();

export function navigate() {
  navigation.abort();
  navigation = new AbortController();
}

export async function api(path) {
  const signal = navigation.signal;
  const response = await fetch(path, { headers: { Accept: "application/json" }, signal });
  const body = await response.json().catch(() => null);
  signal.throwIfAborted();
  if (!response.ok) throw new Error((body && (body.detail || body.title)) || `HTTP ${response.status}`);
  return body;
}

export function show(...nodes) {
  main.replaceChildren(...nodes.flat().filter(node => node !== null && node !== undefined && node !== false));
  main.focus({ preventScroll: true });
}

export function articleLink(item) {
  return el("a", { href: `#/article/${encodeURIComponent(item.id)}`, text: item.title || "(untitled)" });
}

export function actorLink(code, name) {
  if (!code) return el("span", { text: name || "—" });
  return el("a", { href: `#/actor/${encodeURIComponent(code)}`, title: name || null, text: name ? `${name} (${code})` : code });
}

export const QUADS = ["", "Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"];

export function quadBadge(quad) {
  return el("span", { class: `quad q${quad}`, text: QUADS[quad] || String(quad) });
}

// A form of named inputs that, on submit, moves to `route` with its non-empty values as the query.
export function filterForm(id, route, fields, submitText = "Filter") {
  const form = el("form", { class: "filters", id }, fields, el("button", { type: "submit", text: submitText }));
  form.addEventListener("submit", event => {
    event.preventDefault();
    const query = new URLSearchParams([...new FormData(form)].filter(([, v]) => String(v).trim()));
    location.hash = `${route}?${query}`;
  });
  return form;
}

export function input(label, name, params, attrs = {}) {
  return el("label", {}, label, el("input", { name, value: params.get(name) || "", ...attrs }));
}

export function select(label, name, params, options) {
  const current = params.get(name) || "";
  return el("label", {}, label,
    el("select", { name }, options.map(([value, text]) => el("option", { value, selected: value === current, text }))));
}

// "Next page" link keeping the filters, when the API gave a cursor.
export function nextLink(route, query, cursor) {
  if (!cursor) return null;
  const next = new URLSearchParams([...query].filter(([k]) => k !== "cursor"));
  next.set("cursor", cursor);
  return el("p", {}, el("a", { href: `${route}?${next}`, text: "Next page" }));
}

// Only the parameters a view passes on to the API.
export function pick(params, names) {
  return new URLSearchParams([...params].filter(([k, v]) => names.includes(k) && v));
}
