// Runs in the browser: the same registry calls over Connect (JSON and
// binary) and grpc-web with @connectrpc/connect-web, against the Gregor
// named by ?gregor=URL. Writes {ok, results} as JSON into #result.
import { createConnectTransport, createGrpcWebTransport } from "@connectrpc/connect-web";

import { confluentError, gregorClients } from "/dist/src/index.js";

const baseUrl = new URLSearchParams(location.search).get("gregor");
const transports = {
  "connect json": createConnectTransport({ baseUrl }),
  "connect binary": createConnectTransport({ baseUrl, useBinaryFormat: true }),
  "grpc-web": createGrpcWebTransport({ baseUrl }),
};
const results = {};
let ok = true;
for (const [name, transport] of Object.entries(transports)) {
  try {
    const gregor = gregorClients(transport);
    const subject = `browser-${name.replace(/\W/g, "-")}-${Date.now()}`;
    const { id } = await gregor.registry.registerSchema({ subject, schema: { schema: '"string"' } });
    const { schema } = await gregor.registry.getSchemaById({ id });
    let error;
    try {
      await gregor.registry.getSchemaById({ id: 987654321 });
    } catch (e) {
      error = confluentError(e);
    }
    results[name] = { id, schema, error: error && { errorCode: error.errorCode, reason: error.reason } };
  } catch (e) {
    ok = false;
    results[name] = { failed: String(e) };
  }
}
document.getElementById("result").textContent = JSON.stringify({ ok, results });
