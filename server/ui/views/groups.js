// Consumer groups (Kafka REST v3): members, assignments and lag per
// partition, with a chart of the group's total lag that updates.
import { get, seg, cluster } from "../api.js";
import { h, table, errorBox } from "../dom.js";
import { lineChart } from "../chart.js";
import { onLeave } from "../app.js";

export async function groupsView() {
  const c = await cluster();
  const groups = (await get(`/v3/clusters/${seg(c)}/consumer-groups`)).data;
  return [h("h1", {}, "Consumer groups"),
    table([
      ["Group", (g) => h("a", { href: `#/groups/${seg(g.consumer_group_id)}` }, g.consumer_group_id)],
      ["State", (g) => g.state], ["Simple", (g) => (g.is_simple ? "yes" : "no")], ["Assignor", (g) => g.partition_assignor || ""],
    ], groups.sort((a, b) => a.consumer_group_id.localeCompare(b.consumer_group_id)), `${groups.length} groups`)];
}

const POLL_MS = 5000;

export async function groupView([group]) {
  const base = `/v3/clusters/${seg(await cluster())}/consumer-groups/${seg(group)}`;
  const info = await get(base);
  const consumers = (await get(`${base}/consumers`)).data;
  const assignments = await Promise.all(consumers.map((m) => get(`${base}/consumers/${seg(m.consumer_id)}/assignments`).then((a) => [m.consumer_id, a.data])));
  const lagTable = h("div", { id: "lags" });
  const chart = h("div", { id: "lag-chart" });
  const total = h("p", { id: "lag-total", "aria-live": "polite" });
  const samples = [];
  const refresh = async () => {
    try {
      const lags = (await get(`${base}/lags`)).data.sort((a, b) => a.topic_name.localeCompare(b.topic_name) || a.partition_id - b.partition_id);
      const sum = lags.reduce((s, l) => s + Number(l.lag), 0);
      samples.push({ time: Date.now(), value: sum });
      if (samples.length > 120) samples.shift();
      total.textContent = `Total lag: ${sum} records (updated ${new Date().toLocaleTimeString()})`;
      lagTable.replaceChildren(table([
        ["Topic", (l) => h("a", { href: `#/topics/${seg(l.topic_name)}` }, l.topic_name)],
        ["Partition", (l) => l.partition_id, true], ["Committed offset", (l) => l.current_offset, true],
        ["Log end offset", (l) => l.log_end_offset, true], ["Lag", (l) => l.lag, true], ["Consumer", (l) => l.consumer_id || ""],
      ], lags));
      chart.replaceChildren(lineChart(samples, { label: `Total lag of ${group} over time` }));
    } catch (error) { lagTable.replaceChildren(errorBox(error)); }
  };
  await refresh();
  const timer = setInterval(refresh, POLL_MS);
  onLeave(() => clearInterval(timer));
  return [
    h("h1", {}, group),
    h("p", {}, `State ${info.state}; coordinator ${info.coordinator?.related?.split("/").pop() ?? "?"}; assignor ${info.partition_assignor || "none"}`),
    h("h2", {}, "Members"),
    consumers.length ? table([
      ["Consumer", (m) => m.consumer_id], ["Client", (m) => m.client_id], ["Host", (m) => m.host],
      ["Assigned", (m) => (assignments.find(([id]) => id === m.consumer_id)?.[1] ?? []).map((a) => `${a.topic_name}/${a.partition_id}`).join(", ")],
    ], consumers) : h("p", { class: "muted" }, "No members (the group is empty)."),
    h("h2", {}, "Lag per partition"), total, chart, lagTable,
  ];
}
