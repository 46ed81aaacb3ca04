// Chronicle's web page: a hash-routed page over the JSON API, in plain modules (no build step).
import { el, show, navigate } from "./dom.js";
import { dashboard, articles, search } from "./pages.js";
import { events, oneEvent } from "./events.js";
import { timeline } from "./timeline.js";
import { reader } from "./reader.js";
import { actors, actor } from "./actors.js";
import { stories, story } from "./stories.js";

// Path prefixes with a parameter, then exact paths.
const WITH_ID = [["/article/", reader], ["/event/", oneEvent], ["/actor/", actor], ["/story/", story]];
const PAGES = { "/articles": articles, "/search": search, "/events": events, "/timeline": timeline, "/actors": actors, "/stories": stories };

async function route() {
  const [path, queryString] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(queryString || "");
  navigate();
  for (const link of document.querySelectorAll(".top nav a")) {
    const target = link.getAttribute("href").slice(1);
    const current = target === (path || "/") || (target !== "/" && path.startsWith(target.replace(/ies$/, "y").replace(/s$/, "") + "/"));
    if (current) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  try {
    const withId = WITH_ID.find(([prefix]) => path.startsWith(prefix));
    if (withId) await withId[1](decodeURIComponent(path.slice(withId[0].length)));
    else await (PAGES[path] || dashboard)(params);
  } catch (error) {
    if (error.name === "AbortError") return;
    show(el("h1", { text: "Something went wrong" }), el("p", { class: "error", role: "alert", text: `Could not load: ${error.message}` }));
  }
}

document.getElementById("quick-search").addEventListener("submit", event => {
  event.preventDefault();
  location.hash = `#/search?q=${encodeURIComponent(document.getElementById("quick-q").value)}`;
});
window.addEventListener("hashchange", route);
route();
