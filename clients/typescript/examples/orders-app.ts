// An example app on the consumer framework: orders in (JSON), a total per
// order out to another topic (a responder), poison orders to a dead-letter
// topic. The same app as clients/python/examples/orders_app.py:
//
//   GREGOR_URL=http://127.0.0.1:8081 node dist/examples/orders-app.js
//
// Settings (environment): ORDERS_TOPIC (orders), TOTALS_TOPIC
// (order-totals), DLQ_TOPIC (orders-dlq), GROUP (orders-app), BATCH_SIZE
// (50), RETRIES (3), BACKOFF_MS (200), LIVENESS_PORT (none); for
// demonstrations and tests PROCESSED_LOG (a file each handled order's
// topic, partition and offset is appended to) and SLOW_MS (a pause per order).
import { appendFileSync } from "node:fs";

import { createGrpcTransport } from "@connectrpc/connect-node";

import { App, Consumer, type Message } from "../src/consumers.js";

interface Order {
  id: string;
  amount: number;
  quantity: number;
}

function order(json: unknown): Order {
  const o = json as Partial<Order>;
  if (typeof o?.id !== "string" || typeof o.amount !== "number") throw new TypeError("not an order");
  return { id: o.id, amount: o.amount, quantity: o.quantity ?? 1 };
}

const env = process.env;
const encoder = new TextEncoder();

class Orders extends Consumer<Order> {
  async consume(messages: Message<Order>[]): Promise<void> {
    const lines: string[] = [];
    for (const message of messages) {
      const { id, amount, quantity } = message.payload; // a poison order throws here
      this.respondTo(env.TOTALS_TOPIC ?? "order-totals", encoder.encode(String(amount * quantity)), { key: encoder.encode(id) });
      lines.push(`${message.topic} ${message.partition} ${message.offset}\n`);
      await new Promise((resolve) => setTimeout(resolve, Number(env.SLOW_MS ?? 0)));
    }
    if (env.PROCESSED_LOG) appendFileSync(env.PROCESSED_LOG, lines.join(""));
  }
}

const app = new App({
  transport: createGrpcTransport({ baseUrl: env.GREGOR_URL ?? "http://127.0.0.1:8081" }),
  group: env.GROUP ?? "orders-app",
  livenessPort: env.LIVENESS_PORT ? Number(env.LIVENESS_PORT) : undefined,
});
app.route(env.ORDERS_TOPIC ?? "orders", Orders, {
  decode: "json",
  model: order,
  batchSize: Number(env.BATCH_SIZE ?? 50),
  maxWaitMs: 200,
  retries: Number(env.RETRIES ?? 3),
  backoffMs: Number(env.BACKOFF_MS ?? 200),
  deadLetterTopic: env.DLQ_TOPIC ?? "orders-dlq",
});
await app.run({ installSignalHandlers: true });
