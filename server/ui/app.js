// The console's router: `#/section/args…` in the URL fragment picks a view.
// Each view is an async function (args, main) that fills `main` from API calls.
import { h, errorBox } from "./dom.js";
import { subjectsView, subjectView, contextsView } from "./views/subjects.js";
import { schemasView } from "./views/schemas.js";
import { topicsView, topicView } from "./views/topics.js";
import { groupsView, groupView } from "./views/groups.js";
import { nodeView } from "./views/node.js";

const routes = [
  [/^\/subjects$/, subjectsView, "subjects"],
  [/^\/subjects\/(.+)$/, subjectView, "subjects"],
  [/^\/schemas(?:\/(\d+))?$/, schemasView, "schemas"],
  [/^\/contexts$/, contextsView, "contexts"],
  [/^\/topics$/, topicsView, "topics"],
  [/^\/topics\/(.+)$/, topicView, "topics"],
  [/^\/groups$/, groupsView, "groups"],
  [/^\/groups\/(.+)$/, groupView, "groups"],
  [/^\/node$/, nodeView, "node"],
];

// What the current view asked to be stopped on leaving (live tail, polling).
let cleanups = [];
export function onLeave(stop) { cleanups.push(stop); }

async function render() {
  for (const stop of cleanups.splice(0)) stop();
  const [path, query = ""] = (location.hash.slice(1) || "/subjects").split("?");
  const main = document.getElementById("main");
  const route = routes.find(([pattern]) => pattern.test(path));
  for (const link of document.querySelectorAll("nav a")) {
    if (route && link.dataset.section === route[2]) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (!route) {
    main.replaceChildren(h("h1", {}, "Not found"), h("p", {}, "No such page. Pick a section above."));
    return;
  }
  const [pattern, view] = route;
  const args = pattern.exec(path).slice(1).map((a) => (a === undefined ? a : decodeURIComponent(a)));
  main.replaceChildren(h("p", { class: "muted" }, "Loading…"));
  const token = Symbol("render");
  main.dataset.render = "";
  currentRender = token;
  try {
    const nodes = await view(args, new URLSearchParams(query));
    if (currentRender === token) main.replaceChildren(...[nodes].flat());
  } catch (error) {
    if (currentRender === token) main.replaceChildren(h("h1", {}, "Error"), errorBox(error));
  }
  if (currentRender === token) document.title = `${main.querySelector("h1")?.textContent ?? "Gregor"} · Gregor console`;
}
let currentRender = null;

window.addEventListener("hashchange", () => { render(); document.getElementById("main").focus({ preventScroll: true }); });
render();
