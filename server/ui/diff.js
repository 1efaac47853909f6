// Side-by-side line diff (longest common subsequence).
import { h } from "./dom.js";

export function diffLines(a, b) {
  const n = a.length, m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) {
    lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const rows = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { rows.push(["same", i, j]); i++; j++; }
    else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) { rows.push(["added", null, j]); j++; }
    else { rows.push(["removed", i, null]); i++; }
  }
  return rows;
}

// A table: left `a`, right `b`; removed lines red on the left, added green on the right.
export function diffTable(aText, bText, aLabel, bLabel) {
  const a = aText.split("\n"), b = bText.split("\n");
  const rows = diffLines(a, b);
  const added = rows.filter((r) => r[0] === "added").length, removed = rows.filter((r) => r[0] === "removed").length;
  return h("div", {},
    h("p", { class: "muted" }, `${added} line(s) added, ${removed} removed`),
    h("table", { class: "diff", "aria-label": `Differences between ${aLabel} and ${bLabel}` },
      h("thead", {}, h("tr", {}, h("th", { class: "ln" }, ""), h("th", { scope: "col" }, aLabel), h("th", { class: "ln" }, ""), h("th", { scope: "col" }, bLabel))),
      h("tbody", {}, rows.map(([kind, i, j]) => h("tr", { class: kind },
        h("td", { class: "ln" }, i === null ? "" : i + 1),
        h("td", { class: kind === "removed" ? "removed" : null }, i === null ? "" : a[i]),
        h("td", { class: "ln" }, j === null ? "" : j + 1),
        h("td", { class: kind === "added" ? "added" : null }, j === null ? "" : b[j]))))));
}
