// Syntax colouring for schema text: JSON (Avro, JSON Schema) and .proto.
import { h } from "./dom.js";

const JSON_TOKEN = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b/g;
const PROTO_TOKEN = /(\/\/.*$|\/\*[\s\S]*?\*\/)|("(?:[^"\\]|\\.)*")|\b(syntax|package|import|option|message|enum|service|rpc|returns|oneof|map|repeated|optional|reserved|extend|stream|public|weak)\b|\b(\d+)\b/gm;

function spans(text, pattern, classify) {
  const out = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) out.push(text.slice(last, match.index));
    out.push(...classify(match));
    last = match.index + match[0].length;
  }
  out.push(text.slice(last));
  return out;
}

// A <pre> with the schema text coloured; JSON is pretty-printed first.
export function code(text, schemaType = "AVRO") {
  let body = text;
  let nodes;
  if (schemaType === "PROTOBUF") {
    nodes = spans(body, PROTO_TOKEN, (m) => [h("span", { class: m[1] ? "tok-com" : m[2] ? "tok-str" : m[3] ? "tok-kw" : "tok-num" }, m[0])]);
  } else {
    try { body = JSON.stringify(JSON.parse(text), null, 2); } catch { /* shown as stored */ }
    nodes = spans(body, JSON_TOKEN, (m) => m[1]
      ? [h("span", { class: m[2] ? "tok-key" : "tok-str" }, m[1]), m[2] ?? ""]
      : [h("span", { class: m[3] ? "tok-num" : "tok-lit" }, m[0])]);
  }
  return h("pre", { class: "code", tabindex: "0" }, h("code", {}, nodes));
}

// The text as the diff compares it (pretty JSON, one line per field).
export function pretty(text, schemaType = "AVRO") {
  if (schemaType === "PROTOBUF") return text;
  try { return JSON.stringify(JSON.parse(text), null, 2); } catch { return text; }
}
