// Topics: list, one topic's partitions with their offsets, configs, a live
// tail (the Server-Sent Events subscribe endpoint, values decoded through
// the registry) and a produce form (REST Proxy v2).
import { get, post, seg, url } from "../api.js";
import { h, errorBox, field, table } from "../dom.js";
import { onLeave } from "../app.js";

export async function topicsView(_, query) {
  const topics = (await get("/topics", { accept: "application/vnd.kafka.v2+json" })).sort();
  const showInternal = query.get("internal") === "1";
  const shown = topics.filter((t) => showInternal || !t.startsWith("_"));
  const search = h("input", { type: "search", placeholder: "part of a topic name", autocomplete: "off" });
  const list = h("ul", { class: "plain", id: "topic-list" });
  const fill = () => list.replaceChildren(...shown.filter((t) => t.toLowerCase().includes(search.value.trim().toLowerCase()))
    .map((t) => h("li", {}, h("a", { href: `#/topics/${seg(t)}` }, t))));
  search.addEventListener("input", fill);
  fill();
  return [h("h1", {}, "Topics"), h("search", {}, field("Search topics", search)),
    h("p", {}, h("a", { href: showInternal ? "#/topics" : "#/topics?internal=1" }, showInternal ? "Hide internal topics" : "Show internal topics (_…)")), list];
}

export async function topicView([topic]) {
  const t = seg(topic);
  const info = await get(`/topics/${t}`, { accept: "application/vnd.kafka.v2+json" });
  const offsets = await Promise.all(info.partitions.map((p) =>
    get(`/topics/${t}/partitions/${p.partition}/offsets`, { accept: "application/vnd.kafka.v2+json" }).then((o) => ({ ...p, ...o }))));
  return [
    h("h1", {}, topic),
    h("h2", {}, "Partitions"),
    table([
      ["Partition", (p) => p.partition, true],
      ["Leader", (p) => p.leader, true],
      ["Replicas", (p) => p.replicas.map((r) => `${r.broker}${r.in_sync ? "" : " (out of sync)"}`).join(", ")],
      ["Earliest offset", (p) => p.beginning_offset, true],
      ["Latest offset", (p) => p.end_offset, true],
      ["Records", (p) => p.end_offset - p.beginning_offset, true],
    ], offsets),
    h("h2", {}, "Configs"),
    Object.keys(info.configs ?? {}).length
      ? table([["Name", ([k]) => k], ["Value", ([, v]) => v]], Object.entries(info.configs).sort())
      : h("p", { class: "muted" }, "Broker defaults only."),
    tailSection(topic),
    produceSection(topic),
  ];
}

// Text of a record key or value: the registry-decoded JSON, else UTF-8, else base64.
function show(json, b64) {
  if (json !== undefined && json !== null) return json;
  if (b64 === undefined || b64 === null) return "null";
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  try { return new TextDecoder("utf-8", { fatal: true }).decode(bytes); } catch { return `base64:${b64}`; }
}

function tailSection(topic) {
  const rows = h("tbody", { id: "tail-rows" });
  const status = h("p", { class: "muted", id: "tail-status", "aria-live": "polite" }, "Not tailing.");
  const button = h("button", { type: "button", id: "tail-toggle" }, "Start tail");
  let source = null;
  const stop = () => { source?.close(); source = null; button.textContent = "Start tail"; status.textContent = "Stopped."; };
  onLeave(() => source?.close());
  button.addEventListener("click", () => {
    if (source) return stop();
    // getRandomValues, not randomUUID: the console may be served over plain
    // HTTP from another host, which is not a secure context.
    const group = `gregor-console-${[...crypto.getRandomValues(new Uint8Array(4))].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
    const query = new URLSearchParams({
      "subscription.group": group, "subscription.topics": topic, "subscription.autoOffsetReset": "OFFSET_RESET_LATEST",
      "subscription.autoCommit": "false", "subscription.decoding": "DECODING_SCHEMA_REGISTRY",
    });
    source = new EventSource(url(`/gregor/v1/subscribe?${query}`));
    button.textContent = "Stop tail";
    status.textContent = `Joining as group ${group}…`;
    source.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.rebalance) {
        // proto3 JSON leaves out zeros: partition 0 comes without `partition`.
        const assigned = (message.rebalance.assigned ?? []).map((p) => p.partition ?? 0).join(", ");
        status.textContent = `Tailing partitions ${assigned || "(none yet)"} from their latest offsets.`;
        status.dataset.assigned = "true";
      }
      for (const r of message.batch?.records ?? []) {
        rows.prepend(h("tr", {},
          h("td", { class: "num" }, r.partition ?? 0), h("td", { class: "num" }, r.offset ?? 0),
          h("td", {}, r.timestamp ? new Date(Number(r.timestamp)).toISOString() : ""),
          h("td", {}, show(r.keyJson, r.key)), h("td", {}, show(r.valueJson, r.value)),
          h("td", { class: "num" }, r.valueSchemaId ?? "")));
        while (rows.children.length > 500) rows.lastChild.remove();
      }
    };
    source.addEventListener("error", (event) => {
      if (event.data) status.textContent = `Stream ended: ${JSON.parse(event.data).message}`;
      else if (source?.readyState === EventSource.CLOSED) status.textContent = "Stream closed.";
      source?.close(); source = null; button.textContent = "Start tail";
    });
  });
  return h("section", { "aria-labelledby": "tail-title" },
    h("h2", { id: "tail-title" }, "Live tail"), button, status,
    h("div", { class: "tail" }, h("table", {},
      h("thead", {}, h("tr", {}, ["Partition", "Offset", "Timestamp", "Key", "Value", "Value schema id"].map((c) => h("th", { scope: "col" }, c)))),
      rows)));
}

const FORMATS = { json: "JSON", binary: "binary (text as bytes)", avro: "Avro", protobuf: "Protobuf", jsonschema: "JSON Schema" };

function produceSection(topic) {
  const format = h("select", { id: "produce-format" }, Object.entries(FORMATS).map(([v, l]) => h("option", { value: v }, l)));
  const key = h("input", { type: "text", id: "produce-key", placeholder: "none" });
  const value = h("textarea", { rows: 4, id: "produce-value", spellcheck: "false" }, '{"hello": "world"}');
  const schema = h("textarea", { rows: 4, id: "produce-schema", spellcheck: "false", placeholder: "value schema (Avro, Protobuf, JSON Schema), or leave empty and give an id" });
  const schemaId = h("input", { type: "number", id: "produce-schema-id", min: 1 });
  const out = h("div", { id: "produce-result", "aria-live": "polite" });
  const submit = async (event) => {
    event.preventDefault();
    try {
      const f = format.value;
      const parse = (text) => (f === "binary" ? btoa(String.fromCharCode(...new TextEncoder().encode(text))) : JSON.parse(text));
      const record = { value: parse(value.value) };
      if (key.value !== "") record.key = f === "binary" ? parse(key.value) : (() => { try { return JSON.parse(key.value); } catch { return key.value; } })();
      const body = { records: [record] };
      if (["avro", "protobuf", "jsonschema"].includes(f)) {
        if (schemaId.value) body.value_schema_id = Number(schemaId.value); else body.value_schema = schema.value;
        if (record.key !== undefined && f !== "protobuf") body.key_schema = JSON.stringify({ avro: "string", jsonschema: { type: "string" } }[f] ?? "string");
      }
      const result = await post(`/topics/${seg(topic)}`, body, { contentType: `application/vnd.kafka.${f}.v2+json`, accept: "application/vnd.kafka.v2+json" });
      const o = result.offsets[0];
      out.replaceChildren(o.error ? h("p", { class: "error" }, `${o.error_code}: ${o.error}`) : h("p", { class: "ok" }, `Written to partition ${o.partition} at offset ${o.offset}.`));
    } catch (error) { out.replaceChildren(errorBox(error)); }
  };
  return h("section", { "aria-labelledby": "produce-title" },
    h("h2", { id: "produce-title" }, "Produce a record"),
    h("form", { onsubmit: submit },
      h("div", {}, field("Embedded format", format), field("Key", key), field("Value schema id", schemaId)),
      field("Value (JSON; text for binary)", value), field("Value schema", schema),
      h("button", { type: "submit" }, "Produce")),
    out);
}
