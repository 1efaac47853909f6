// End to end against a real Gregor and broker (tests/python/test_clients.py
// starts both and sets GREGOR_URL and GREGOR_TOPIC, an existing topic):
// the same calls over every transport Gregor serves.
import assert from "node:assert/strict";
import { test } from "node:test";

import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, type Transport } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport, createGrpcWebTransport } from "@connectrpc/connect-node";

import { confluentError, gregorClients, kafka } from "../src/index.js";

const baseUrl = process.env.GREGOR_URL;
const topic = process.env.GREGOR_TOPIC;
if (!baseUrl || !topic) throw new Error("set GREGOR_URL and GREGOR_TOPIC");

const transports: Record<string, () => Transport> = {
  "connect json": () => createConnectTransport({ baseUrl, httpVersion: "1.1" }),
  "connect binary": () => createConnectTransport({ baseUrl, httpVersion: "1.1", useBinaryFormat: true }),
  "connect http2": () => createConnectTransport({ baseUrl, httpVersion: "2" }),
  "grpc-web": () => createGrpcWebTransport({ baseUrl, httpVersion: "1.1" }),
  grpc: () => createGrpcTransport({ baseUrl }),
};
const unique = (prefix: string) => `${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
const encoder = new TextEncoder();

for (const [name, transport] of Object.entries(transports)) {
  test(`registry over ${name}`, async () => {
    const gregor = gregorClients(transport());
    const subject = unique(`ts-${name.replace(/\W/g, "-")}`);
    const registered = await gregor.registry.registerSchema({ subject, schema: { schema: '"string"' } });
    assert.ok(registered.id > 0);
    assert.equal((await gregor.registry.getSchemaById({ id: registered.id })).schema, '"string"');
    assert.deepEqual((await gregor.registry.listVersions({ subject })).versions, [1]);
    await assert.rejects(gregor.registry.getSchemaById({ id: 987654321 }), (error) => {
      assert.equal(ConnectError.from(error).code, Code.NotFound);
      assert.deepEqual(
        { ...confluentError(error), message: undefined },
        { errorCode: 40403, reason: "SCHEMA_NOT_FOUND", message: undefined },
      );
      return true;
    });
  });

  test(`produce and subscribe over ${name}`, async () => {
    const gregor = gregorClients(transport());
    const value = encoder.encode(unique("value"));
    const produced = await gregor.kafka.produce({ topic, records: [create(kafka.RecordSchema, { value })] });
    const offset = produced.results[0].offset;
    const abort = new AbortController();
    const subscription = create(kafka.GroupSubscriptionSchema, { group: unique("ts-group"), topics: [topic], autoOffsetReset: kafka.OffsetReset.EARLIEST });
    let found = false;
    try {
      for await (const event of gregor.kafka.subscribe({ subscription }, { signal: abort.signal, timeoutMs: 60000 })) {
        if (event.event.case !== "batch") continue;
        if (event.event.value.records.some((r) => r.offset === offset && Buffer.from(r.value ?? new Uint8Array()).equals(Buffer.from(value)))) {
          found = true;
          abort.abort();
        }
      }
    } catch (error) {
      if (!found) throw error;
    }
    assert.ok(found, "the record produced came back through Subscribe");
  });
}

test("a produce stream over HTTP/2 (bidirectional): acks in order", async () => {
  for (const transport of [createGrpcTransport({ baseUrl }), createConnectTransport({ baseUrl, httpVersion: "2" })]) {
    const gregor = gregorClients(transport);
    async function* batches() {
      for (let sequence = 1n; sequence <= 3n; sequence++) {
        yield create(kafka.ProduceStreamRequestSchema, { sequence, topic, records: [create(kafka.RecordSchema, { value: encoder.encode(`batch ${sequence}`) })] });
      }
    }
    const acks = [];
    for await (const ack of gregor.kafka.produceStream(batches())) acks.push(ack.sequence);
    assert.deepEqual(acks, [1n, 2n, 3n]);
  }
});
