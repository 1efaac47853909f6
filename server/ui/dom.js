// A small DOM builder: text is always set as text, never parsed as HTML.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "class") el.className = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  append(el, children);
  return el;
}

// A table: `columns` are [header, cell(row), numeric?].
export function table(columns, rows, caption) {
  return h("table", {},
    caption ? h("caption", { class: "muted" }, caption) : null,
    h("thead", {}, h("tr", {}, columns.map(([name, , num]) => h("th", { scope: "col", class: num ? "num" : null }, name)))),
    h("tbody", {}, rows.map((row) => h("tr", {}, columns.map(([, cell, num]) => h("td", { class: num ? "num" : null }, cell(row)))))));
}

export const errorBox = (error) => h("p", { class: "error", role: "alert" }, error.message ?? String(error));

// Definition list from [term, value] pairs.
export const kv = (pairs) => h("dl", { class: "kv" }, pairs.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));

let uid = 0;
// A labelled control: returns [label, control].
export function field(labelText, control) {
  const id = control.id || `f${++uid}`;
  control.id = id;
  return h("label", { for: id }, labelText, " ", control);
}
