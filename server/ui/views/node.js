// This node: primary or replica, health, cluster ids and a metrics summary.
import { get, text, ApiError } from "../api.js";
import { h, kv, table } from "../dom.js";

const SHOWN = [
  ["process_resident_memory_bytes", "Resident memory", (v) => `${(v / 1048576).toFixed(1)} MiB`],
  ["process_cpu_seconds_total", "CPU time", (v) => `${v.toFixed(1)} s`],
  ["process_threads", "Threads", (v) => v],
  ["karapace_http_requests_total", "HTTP requests", (v) => v],
  ["karapace_http_requests_in_progress", "Requests in progress", (v) => v],
  ["karapace_schema_reader_subjects", "Subjects", (v) => v],
  ["karapace_schema_reader_schemas", "Schemas", (v) => v],
  ["gregor_consumer_instances", "REST consumer instances", (v) => v],
];

// Sums of each metric's samples in a Prometheus text exposition.
export function sums(exposition) {
  const out = {};
  for (const line of exposition.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (match) out[match[1]] = (out[match[1]] ?? 0) + Number(match[3]);
  }
  return out;
}

async function maybe(promise) {
  try { return await promise; } catch (error) { if (error instanceof ApiError) return null; throw error; }
}

export async function nodeView() {
  const [metadata, metrics] = await Promise.all([maybe(get("/v1/metadata/id")), text("/metrics")]);
  // The registry's health documents; a REST-proxy-only node has none.
  const health = metadata ? await maybe(get("/_health")) : null;
  const primary = metadata ? await maybe(get("/master_available")) : null;
  const s = health?.status ?? {};
  const values = sums(metrics);
  return [
    h("h1", {}, "Node"),
    h("div", { class: "row" },
      h("div", { class: "card", id: "node-role" }, h("h2", {}, "Role"), kv([
        ["Registry", health ? (s.schema_registry_is_primary ? "primary" : "replica") : "not served here"],
        ["Primary URL", s.schema_registry_primary_url ?? "—"],
        ["Writes accepted", primary ? (primary.master_available ? "yes" : "no") : "—"],
        ["Kafka cluster", metadata?.scope?.clusters?.["kafka-cluster"] ?? "—"],
      ])),
      h("div", { class: "card", id: "node-health" }, h("h2", {}, "Health"), kv([
        ["Healthy", health ? (health.healthy ? "yes" : "no") : "—"],
        ["Version", health?.karapace_version ?? "—"],
        ["Schemas read up to offset", s.schema_registry_reader_current_offset ?? "—"],
        ["Startup", s.schema_registry_startup_time_sec !== undefined ? `${s.schema_registry_startup_time_sec.toFixed(2)} s` : "—"],
      ]))),
    h("h2", {}, "Metrics"),
    table([["Metric", ([, label]) => label], ["Value", ([name, , fmt]) => (values[name] === undefined ? "—" : fmt(values[name])), true],
      ["Name", ([name]) => h("code", {}, name)]], SHOWN, "From /metrics (sums over labels)"),
  ];
}
