// Calls to Gregor's public REST API on this origin. Errors are thrown as
// ApiError with Confluent's `error_code` and `message`.

export class ApiError extends Error {
  constructor(status, errorCode, message) {
    super(`${message} (HTTP ${status}${errorCode ? `, error_code ${errorCode}` : ""})`);
    this.status = status;
    this.errorCode = errorCode;
  }
}

// `path` relative to the server root (the console lives under it).
export function url(path) {
  return new URL(path.replace(/^\//, ""), new URL("..", document.baseURI)).toString();
}

async function call(method, path, { body, contentType = "application/json", accept = "application/json" } = {}) {
  const headers = { accept };
  if (body !== undefined) headers["content-type"] = contentType;
  const response = await fetch(url(path), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!response.ok) throw new ApiError(response.status, json?.error_code, json?.message ?? (text || response.statusText));
  return json ?? text;
}

export const get = (path, options) => call("GET", path, options);
export const post = (path, body, options) => call("POST", path, { ...options, body });

// Path segment, percent-encoded (subjects may hold `/` and `:`).
export const seg = (value) => encodeURIComponent(String(value));

// Text of a plain GET (e.g. `/metrics`).
export async function text(path) {
  const response = await fetch(url(path), { headers: { accept: "text/plain" } });
  if (!response.ok) throw new ApiError(response.status, null, response.statusText);
  return response.text();
}

let clusterId = null;
// The Kafka cluster id (Kafka REST v3 paths need it).
export async function cluster() {
  if (!clusterId) clusterId = (await get("/v3/clusters")).data[0].cluster_id;
  return clusterId;
}
