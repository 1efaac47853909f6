// A small line chart (SVG) of numbers over time.
import { svg } from "./dom.js";

export function lineChart(points, { width = 480, height = 140, label = "" } = {}) {
  const pad = 28;
  const max = Math.max(1, ...points.map((p) => p.value));
  const t0 = points.length ? points[0].time : 0, t1 = points.length ? points[points.length - 1].time : 1;
  const x = (t) => pad + ((t - t0) / Math.max(1, t1 - t0)) * (width - 2 * pad);
  const y = (v) => height - pad + 6 - (v / max) * (height - 2 * pad);
  const line = points.map((p) => `${x(p.time).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  return svg("svg", { class: "chart", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": label },
    svg("title", {}, label),
    svg("text", { x: 4, y: 14 }, `${max}`),
    svg("text", { x: 4, y: height - pad + 10 }, "0"),
    svg("text", { x: width - pad - 60, y: height - 6 }, `${points.length} samples`),
    svg("polyline", { points: line || `${pad},${height - pad}` }));
}
