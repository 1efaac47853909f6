// Schemas by id: the text and the subject versions that use it.
import { get } from "../api.js";
import { h, field, table } from "../dom.js";
import { code } from "../highlight.js";

export async function schemasView([id]) {
  const input = h("input", { type: "number", min: 1, value: id ?? "", id: "schema-id" });
  const form = h("form", { onsubmit: (e) => { e.preventDefault(); location.hash = `#/schemas/${input.value}`; } },
    field("Schema id", input), " ", h("button", { type: "submit" }, "Show"));
  if (!id) return [h("h1", {}, "Schemas"), form];
  const [schema, versions] = await Promise.all([get(`/schemas/ids/${id}`), get(`/schemas/ids/${id}/versions`)]);
  return [
    h("h1", {}, `Schema ${id}`), form,
    h("p", {}, `Type ${schema.schemaType ?? "AVRO"}`),
    code(schema.schema, schema.schemaType ?? "AVRO"),
    h("h2", {}, "Used by"),
    table([["Subject", (v) => h("a", { href: `#/subjects/${encodeURIComponent(v.subject)}?version=${v.version}` }, v.subject)], ["Version", (v) => v.version, true]], versions),
  ];
}
