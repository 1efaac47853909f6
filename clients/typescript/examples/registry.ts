// Registers a schema, reads it back by id, produces a record and tails the
// topic: `GREGOR_URL=http://127.0.0.1:8081 TOPIC=payments npm run example`.
import { create } from "@bufbuild/protobuf";
import { createConnectTransport } from "@connectrpc/connect-node";

import { confluentError, gregorClients, kafka } from "../src/index.js";

const baseUrl = process.env.GREGOR_URL ?? "http://127.0.0.1:8081";
const topic = process.env.TOPIC ?? "payments";
const gregor = gregorClients(createConnectTransport({ baseUrl, httpVersion: "1.1" }));

const registered = await gregor.registry.registerSchema({
  subject: `${topic}-value`,
  schema: { schema: JSON.stringify({ type: "record", name: "Payment", fields: [{ name: "amount", type: "int" }] }) },
});
console.log(`registered ${topic}-value as schema id ${registered.id}`);
const byId = await gregor.registry.getSchemaById({ id: registered.id });
console.log(`schema ${registered.id}: ${byId.schema}`);

try {
  await gregor.registry.getSchemaById({ id: 987654321 });
} catch (error) {
  console.log("no such schema:", confluentError(error)); // { errorCode: 40403, reason: 'SCHEMA_NOT_FOUND', ... }
}

await gregor.kafka.produce({ topic, records: [create(kafka.RecordSchema, { value: new TextEncoder().encode('{"amount":3}') })] });
const subscription = create(kafka.GroupSubscriptionSchema, { group: "ts-example", topics: [topic], autoOffsetReset: kafka.OffsetReset.EARLIEST });
// Leaving the loop ends the call; the member leaves the group.
for await (const event of gregor.kafka.subscribe({ subscription })) {
  if (event.event.case !== "batch") continue;
  for (const record of event.event.value.records) {
    console.log(`${record.topic}/${record.partition}@${record.offset}: ${new TextDecoder().decode(record.value)}`);
  }
  break;
}

