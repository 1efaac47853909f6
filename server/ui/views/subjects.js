// Subjects: list with search, one subject's versions, schema, diff,
// references, compatibility level, mode and a compatibility test; contexts.
import { get, post, seg, ApiError } from "../api.js";
import { h, errorBox, kv, field, table } from "../dom.js";
import { code, pretty } from "../highlight.js";
import { diffTable } from "../diff.js";

export async function subjectsView(_, query) {
  const subjects = (await get("/subjects")).sort();
  const search = h("input", { type: "search", value: query.get("q") ?? "", placeholder: "part of a subject name", autocomplete: "off" });
  const list = h("ul", { class: "plain", id: "subject-list" });
  const count = h("p", { class: "muted", "aria-live": "polite" });
  const fill = () => {
    const q = search.value.trim().toLowerCase();
    const shown = subjects.filter((s) => s.toLowerCase().includes(q));
    list.replaceChildren(...shown.map((s) => h("li", {}, h("a", { href: `#/subjects/${seg(s)}` }, s))));
    count.textContent = `${shown.length} of ${subjects.length} subjects`;
  };
  search.addEventListener("input", fill);
  fill();
  return [h("h1", {}, "Subjects"), h("search", {}, field("Search subjects", search)), count, list];
}

async function optional(promise) {
  try { return await promise; } catch (error) { if (error instanceof ApiError) return { error }; throw error; }
}

export async function subjectView([subject], query) {
  const s = seg(subject);
  const [versions, config, mode] = await Promise.all([
    get(`/subjects/${s}/versions`),
    optional(get(`/config/${s}?defaultToGlobal=true`)),
    optional(get(`/mode/${s}?defaultToGlobal=true`)),
  ]);
  const latest = versions[versions.length - 1];
  const chosen = Number(query.get("version") ?? latest);
  const version = await get(`/subjects/${s}/versions/${chosen}`);
  const referencedBy = await get(`/subjects/${s}/versions/${chosen}/referencedby`);
  const schemaType = version.schemaType ?? "AVRO";

  const versionSelect = h("select", { id: "version" }, versions.map((v) => h("option", { value: v, selected: v === chosen }, `version ${v}`)));
  versionSelect.addEventListener("change", () => { location.hash = `#/subjects/${s}?version=${versionSelect.value}`; });

  const graph = h("div", { class: "graph", id: "references" },
    h("div", {}, h("h3", { class: "muted" }, "Uses"),
      (version.references ?? []).length
        ? h("ul", { class: "plain" }, version.references.map((r) => h("li", { class: "node" },
          h("a", { href: `#/subjects/${seg(r.subject)}?version=${r.version}` }, `${r.subject} v${r.version}`), h("span", { class: "muted" }, ` as ${r.name}`))))
        : h("p", { class: "muted" }, "none")),
    h("span", { class: "arrow", "aria-hidden": "true" }, "→"),
    h("div", { class: "node" }, h("strong", {}, `${subject} v${chosen}`), h("br"), h("span", { class: "muted" }, `schema id ${version.id}`)),
    h("span", { class: "arrow", "aria-hidden": "true" }, "→"),
    h("div", {}, h("h3", { class: "muted" }, "Referenced by (schema ids)"),
      referencedBy.length ? h("ul", { class: "plain" }, referencedBy.map((id) => h("li", { class: "node" }, h("a", { href: `#/schemas/${id}` }, `schema ${id}`))))
        : h("p", { class: "muted" }, "none")));

  return [
    h("h1", {}, subject),
    h("div", { class: "row" },
      h("div", { class: "card" }, kv([
        ["Versions", versions.join(", ")],
        ["Schema type", schemaType],
        ["Compatibility level", config.error ? config.error.message : h("span", { id: "compatibility" }, config.compatibilityLevel)],
        ["Mode", mode.error ? mode.error.message : h("span", { id: "mode" }, mode.mode)],
      ])),
      h("div", {}, field("Show", versionSelect))),
    h("h2", {}, `Schema (version ${chosen}, id `, h("a", { href: `#/schemas/${version.id}` }, version.id), ")"),
    code(version.schema, schemaType),
    h("h2", {}, "References"),
    graph,
    diffSection(s, versions, chosen),
    compatibilitySection(s, schemaType),
  ];
}

function diffSection(s, versions, chosen) {
  const section = h("section", { "aria-labelledby": "diff-title" }, h("h2", { id: "diff-title" }, "Compare versions"));
  if (versions.length < 2) { section.append(h("p", { class: "muted" }, "One version only.")); return section; }
  const left = h("select", { id: "diff-left" }, versions.map((v) => h("option", { value: v, selected: v === (chosen === versions[0] ? versions[0] : versions[versions.indexOf(chosen) - 1] ?? versions[0]) }, `version ${v}`)));
  const right = h("select", { id: "diff-right" }, versions.map((v) => h("option", { value: v, selected: v === (chosen === versions[0] ? versions[1] : chosen) }, `version ${v}`)));
  const out = h("div", { id: "diff" });
  const show = async () => {
    try {
      const [a, b] = await Promise.all([get(`/subjects/${s}/versions/${left.value}`), get(`/subjects/${s}/versions/${right.value}`)]);
      out.replaceChildren(diffTable(pretty(a.schema, a.schemaType), pretty(b.schema, b.schemaType), `version ${left.value}`, `version ${right.value}`));
    } catch (error) { out.replaceChildren(errorBox(error)); }
  };
  left.addEventListener("change", show);
  right.addEventListener("change", show);
  show();
  section.append(h("div", {}, field("Left", left), field("Right", right)), out);
  return section;
}

function compatibilitySection(s, schemaType) {
  const text = h("textarea", { rows: 8, id: "compat-schema", spellcheck: "false" });
  const type = h("select", { id: "compat-type" }, ["AVRO", "JSON", "PROTOBUF"].map((t) => h("option", { value: t, selected: t === schemaType }, t)));
  const out = h("div", { id: "compat-result", "aria-live": "polite" });
  const run = async (event) => {
    event.preventDefault();
    try {
      const body = { schema: text.value };
      if (type.value !== "AVRO") body.schemaType = type.value;
      const result = await post(`/compatibility/subjects/${s}/versions/latest?verbose=true`, body,
        { contentType: "application/vnd.schemaregistry.v1+json" });
      out.replaceChildren(h("p", { class: result.is_compatible ? "ok" : "error" }, result.is_compatible ? "Compatible with the latest version." : "Not compatible with the latest version."),
        (result.messages ?? []).length ? h("ul", {}, result.messages.map((m) => h("li", {}, m))) : null);
    } catch (error) { out.replaceChildren(errorBox(error)); }
  };
  return h("section", { "aria-labelledby": "compat-title" },
    h("h2", { id: "compat-title" }, "Test compatibility"),
    h("form", { onsubmit: run }, field("Schema to test", text), field("Schema type", type), " ", h("button", { type: "submit" }, "Test against latest")),
    out);
}

export async function contextsView() {
  const contexts = await get("/contexts");
  return [h("h1", {}, "Contexts"),
    table([["Context", (c) => c], ["Subjects", (c) => h("a", { href: `#/subjects?q=${encodeURIComponent(c === "." ? "" : `:${c}:`)}` }, "show")]], contexts)];
}
