/**
 * A Karafka-style consumer framework on Gregor's `Consume` stream (the same
 * design as the Python package's `gregor_consumers`).
 *
 * Declare routes (topic → consumer class, with per-route options) and run
 * the app: it joins the consumer group through one `KafkaService.Consume`
 * call (a bidirectional stream: use an HTTP/2 transport, `createGrpcTransport`
 * or `createConnectTransport({httpVersion: "2"})`), hands each route its
 * records in batches per partition, and acknowledges a record only after
 * its batch was handled and its responses produced: at least once, a
 * worker killed mid-batch leaves its records to the next one.
 *
 * - Batches: up to `batchSize` records of one partition, in offset order,
 *   or what arrived within `maxWaitMs` of the first.
 * - Decoding: `raw` (bytes), `json`, or `registry` (Gregor decodes the
 *   Confluent wire format through the Schema Registry); `model` makes the
 *   typed object from the JSON value. A value that does not decode throws
 *   `DecodeError` when the consumer reads `message.payload`.
 * - Retries: a batch that throws is retried with exponential backoff from
 *   the first message not marked with `markAsConsumed`; after `retries`
 *   failed attempts its messages are run one at a time, each with its own
 *   retries, and one that still fails goes to `deadLetterTopic` (headers
 *   `gregor-dlq-topic`, `-partition`, `-offset`, `-attempts`, `-error`).
 * - Responders: `respondTo(topic, value, {key, headers})` in `consume`;
 *   produced when the batch succeeded, before its ack.
 * - Shutdown: `stop()` (SIGTERM/SIGINT with `installSignalHandlers`)
 *   finishes the batch in hand, acks it and closes the stream.
 * - Liveness: `livenessPort` answers 204 while the loop made progress
 *   within `livenessTtlMs`, else 500; `livenessFile` is touched likewise.
 */
import { create } from "@bufbuild/protobuf";
import { createClient, type Client, type Transport } from "@connectrpc/connect";
import { createServer, type Server } from "node:http";
import { closeSync, openSync, utimesSync } from "node:fs";

import * as kafka from "./gen/gregor/kafka/v1/kafka_pb.js";

/** How a route's values are decoded. */
export type Decoding = "raw" | "json" | "registry";

/** A value that does not decode as its route says. */
export class DecodeError extends Error {}

/** One record, as a consumer gets it. */
export class Message<T = unknown> {
  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly offset: bigint,
    readonly timestamp: bigint | undefined,
    readonly key: Uint8Array | undefined,
    readonly value: Uint8Array | undefined,
    readonly headers: ReadonlyArray<[string, Uint8Array]>,
    private readonly decoded: { payload?: T; error?: unknown },
  ) {}

  /** The value decoded as the route says; throws `DecodeError` when it does not decode. */
  get payload(): T {
    if (this.decoded.error !== undefined) {
      throw new DecodeError(`${this.topic}[${this.partition}] offset ${this.offset}: ${String(this.decoded.error)}`);
    }
    return this.decoded.payload as T;
  }
}

/** Per-route options. */
export interface RouteOptions<T> {
  /** Most records handed to `consume` at once (100). */
  batchSize?: number;
  /** Longest wait for a batch to fill after its first record, ms (1000). */
  maxWaitMs?: number;
  /** `raw` (default), `json` or `registry`. */
  decode?: Decoding;
  /** Makes the typed payload from the decoded JSON value. */
  model?: (json: unknown) => T;
  /** Failed attempts before the first unprocessed message goes to the dead-letter topic (3). */
  retries?: number;
  /** Wait before the first retry, ms, doubled each time (200). */
  backoffMs?: number;
  /** Where a message that keeps failing goes; without one the batch is retried forever. */
  deadLetterTopic?: string;
}

/** A route: its topic, consumer class and options with defaults applied. */
export interface Route<T = unknown> extends Required<Omit<RouteOptions<T>, "model" | "deadLetterTopic">> {
  topic: string;
  consumer: ConsumerClass<T>;
  model?: (json: unknown) => T;
  deadLetterTopic?: string;
}

/** A consumer class: one instance per topic partition while it is assigned. */
export type ConsumerClass<T> = new (route: Route<T>, partition: number) => Consumer<T>;

/** Handles a route's records: subclass it and implement `consume`. */
export abstract class Consumer<T = unknown> {
  /** @internal */ batch: Message<T>[] = [];
  /** @internal */ marked = 0;
  /** @internal */ responses: kafka.ProduceRequest[] = [];
  /** @internal */ responsesMarked = 0;

  constructor(
    readonly route: Route<T>,
    readonly partition: number,
  ) {}

  /** Handles one partition's messages, in offset order; throwing fails the batch. */
  abstract consume(messages: Message<T>[]): void | Promise<void>;

  /** Marks `message` and those before it handled (a later failure retries only what follows). */
  markAsConsumed(message: Message<T>): void {
    const index = this.batch.findIndex((m) => m.offset === message.offset);
    if (index < 0) throw new Error(`offset ${message.offset} is not in the batch being consumed`);
    this.marked = Math.max(this.marked, index + 1);
    this.responsesMarked = this.responses.length;
  }

  /** Queues a record for `topic`, produced when the batch succeeds. */
  respondTo(topic: string, value: Uint8Array | undefined, options: { key?: Uint8Array; headers?: Array<[string, Uint8Array]> } = {}): void {
    const headers = (options.headers ?? []).map(([key, headerValue]) => create(kafka.HeaderSchema, { key, value: headerValue }));
    this.responses.push(create(kafka.ProduceRequestSchema, { topic, records: [create(kafka.RecordSchema, { value, key: options.key, headers })] }));
  }

  /** Called when the partition is taken from this worker. */
  onRevoked(): void {}
}

/** App settings. */
export interface AppOptions {
  /** A transport to Gregor (HTTP/2 for the bidirectional Consume stream). */
  transport: Transport;
  /** Consumer group id. */
  group: string;
  /** Where a partition without a committed offset starts (`earliest`). */
  autoOffsetReset?: "earliest" | "latest";
  /** Sent as the `authorization` header on every call. */
  authorization?: string;
  /** Port of the liveness endpoint (none). */
  livenessPort?: number;
  /** File touched when the loop makes progress (none). */
  livenessFile?: string;
  /** How long without progress the app is still live, ms (60000). */
  livenessTtlMs?: number;
}

/** A FIFO that an async loop can wait on with a timeout. */
class AsyncQueue<T> {
  private items: T[] = [];
  private waiters: Array<(item: T | undefined) => void> = [];
  push(item: T): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter(item);
    else this.items.push(item);
  }
  take(timeoutMs: number): Promise<T | undefined> {
    if (this.items.length) return Promise.resolve(this.items.shift());
    return new Promise((resolve) => {
      const waiter = (item: T | undefined) => {
        clearTimeout(timer);
        resolve(item);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(undefined);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }
}

const END = Symbol("end");
type Event = kafka.ConsumeResponse | typeof END | { error: unknown };

interface PartitionState {
  route: Route;
  consumer: Consumer;
  buffered: Message[];
  firstAt: number;
}

/** Routes topics to consumers and runs them on one `Consume` stream. */
export class App {
  private readonly routes = new Map<string, Route>();
  private readonly kafka: Client<typeof kafka.KafkaService>;
  private readonly requests = new AsyncQueue<kafka.ConsumeRequest | null>();
  private stopping = false;
  private alive = Date.now();
  private liveness?: Server;

  constructor(private readonly options: AppOptions) {
    this.kafka = createClient(kafka.KafkaService, options.transport);
  }

  /** Sends `topic`'s records to instances of `consumer`. */
  route<T>(topic: string, consumer: ConsumerClass<T>, options: RouteOptions<T> = {}): Route<T> {
    const route: Route<T> = {
      topic,
      consumer,
      batchSize: options.batchSize ?? 100,
      maxWaitMs: options.maxWaitMs ?? 1000,
      decode: options.decode ?? "raw",
      model: options.model,
      retries: options.retries ?? 3,
      backoffMs: options.backoffMs ?? 200,
      deadLetterTopic: options.deadLetterTopic,
    };
    if (route.batchSize < 1 || route.maxWaitMs < 0 || route.retries < 0) throw new RangeError("batchSize >= 1, maxWaitMs >= 0, retries >= 0");
    this.routes.set(topic, route as Route);
    return route;
  }

  /** Stops after the batch in hand. */
  stop(): void {
    this.stopping = true;
  }

  /** Whether the loop made progress within `livenessTtlMs`. */
  healthy(): boolean {
    return Date.now() - this.alive < (this.options.livenessTtlMs ?? 60000);
  }

  /** Consumes until `stop()`; rejects with the stream's error if Gregor ends it. */
  async run({ installSignalHandlers = false } = {}): Promise<void> {
    if (this.routes.size === 0) throw new Error("no routes");
    if (installSignalHandlers) for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => this.stop());
    this.startLiveness();
    const routes = [...this.routes.values()];
    const largest = Math.max(...routes.map((r) => r.batchSize));
    this.requests.push(
      create(kafka.ConsumeRequestSchema, {
        command: {
          case: "start",
          value: create(kafka.GroupSubscriptionSchema, {
            group: this.options.group,
            topics: [...this.routes.keys()].sort(),
            autoOffsetReset: this.options.autoOffsetReset === "latest" ? kafka.OffsetReset.LATEST : kafka.OffsetReset.EARLIEST,
            autoCommit: false,
            decoding: routes.some((r) => r.decode === "registry") ? kafka.Decoding.SCHEMA_REGISTRY : kafka.Decoding.UNSPECIFIED,
            maxBatchRecords: largest,
          }),
        },
      }),
    );
    this.credit(2 * largest);
    const events = new AsyncQueue<Event>();
    const reading = this.read(events);
    const partitions = new Map<string, PartitionState>();
    let failure: unknown;
    try {
      while (!this.stopping) {
        const now = Date.now();
        const due = [...partitions.values()].filter((p) => p.buffered.length).map((p) => p.firstAt + p.route.maxWaitMs);
        const event = await events.take(Math.max(0, Math.min(now + 500, ...due) - now));
        this.touch();
        if (event === END) break;
        if (event !== undefined && "error" in event) {
          failure = event.error;
          break;
        }
        if (event !== undefined) this.apply(event, partitions);
        await this.flushDue(partitions);
      }
    } finally {
      this.requests.push(null);
      await reading;
      this.liveness?.close();
    }
    if (failure !== undefined && !this.stopping) throw failure;
  }

  private async *requestStream(): AsyncGenerator<kafka.ConsumeRequest> {
    for (;;) {
      const request = await this.requests.take(3_600_000);
      if (request === null) return;
      if (request !== undefined) yield request;
    }
  }

  private async read(events: AsyncQueue<Event>): Promise<void> {
    try {
      for await (const response of this.kafka.consume(this.requestStream(), { headers: this.headers() })) events.push(response);
      events.push(END);
    } catch (error) {
      events.push({ error });
    }
  }

  private headers(): Record<string, string> {
    return this.options.authorization ? { authorization: this.options.authorization } : {};
  }

  private apply(event: kafka.ConsumeResponse, partitions: Map<string, PartitionState>): void {
    if (event.event.case === "batch") {
      const now = Date.now();
      for (const record of event.event.value.records) {
        const route = this.routes.get(record.topic);
        if (!route) continue;
        const key = `${record.topic}\u0000${record.partition}`;
        let state = partitions.get(key);
        if (!state) {
          state = { route, consumer: new route.consumer(route, record.partition), buffered: [], firstAt: now };
          partitions.set(key, state);
        }
        if (!state.buffered.length) state.firstAt = now;
        state.buffered.push(message(route, record));
      }
    } else if (event.event.case === "rebalance") {
      for (const ref of event.event.value.revoked) {
        const key = `${ref.topic}\u0000${ref.partition}`;
        const state = partitions.get(key);
        partitions.delete(key);
        // Not acknowledged: the partition's next owner reads them.
        state?.consumer.onRevoked();
      }
    }
  }

  private async flushDue(partitions: Map<string, PartitionState>): Promise<void> {
    const now = Date.now();
    for (const state of partitions.values()) {
      while (state.buffered.length && (state.buffered.length >= state.route.batchSize || now - state.firstAt >= state.route.maxWaitMs)) {
        if (this.stopping) return;
        const batch = state.buffered.splice(0, state.route.batchSize);
        state.firstAt = now;
        await this.handle(state, batch);
      }
    }
  }

  private async handle(state: PartitionState, batch: Message[]): Promise<void> {
    const handled = await this.process(state, batch);
    if (handled) this.credit(handled);
  }

  /**
   * Runs the consumer on `batch` until every message is handled or sent to
   * the dead-letter topic (or the app stops), acknowledging as it goes;
   * returns how many were. A batch of several that keeps failing is run
   * one message at a time, so only the one that fails goes to the
   * dead-letter topic.
   */
  private async process(state: PartitionState, batch: Message[]): Promise<number> {
    const { route, consumer } = state;
    let remaining = batch;
    let attempt = 0;
    let handled = 0;
    while (remaining.length) {
      consumer.batch = remaining;
      consumer.marked = 0;
      consumer.responses = [];
      consumer.responsesMarked = 0;
      let done: number;
      let responses: kafka.ProduceRequest[];
      let error: unknown;
      try {
        await consumer.consume(remaining);
        done = remaining.length;
        responses = consumer.responses;
      } catch (failure) {
        done = consumer.marked;
        responses = consumer.responses.slice(0, consumer.responsesMarked);
        error = failure ?? new Error("consume failed");
      }
      this.touch();
      if (done) {
        try {
          await this.produce(responses);
          this.ack(remaining[done - 1]);
          handled += done;
          remaining = remaining.slice(done);
          if (error !== undefined) attempt = 0; // progress: the message failing now is another one
        } catch (failure) {
          error = failure;
        }
      }
      if (error === undefined) continue;
      attempt++;
      console.warn(`${route.topic}[${consumer.partition}] offset ${remaining[0]?.offset}: attempt ${attempt} failed: ${String(error)}`);
      if (!remaining.length) break;
      if (route.deadLetterTopic !== undefined && attempt > route.retries) {
        if (remaining.length > 1) {
          for (const single of remaining) {
            const done = await this.process(state, [single]);
            if (!done) break; // stopping
            handled += done;
          }
          return handled;
        }
        await this.deadLetter(route, remaining[0], error, attempt);
        this.ack(remaining[0]);
        return handled + 1;
      }
      if (this.stopping) break; // not acknowledged: read again after the restart
      await new Promise((resolve) => setTimeout(resolve, route.backoffMs * 2 ** (attempt - 1)));
    }
    return handled;
  }

  private credit(records: number): void {
    this.requests.push(create(kafka.ConsumeRequestSchema, { command: { case: "credit", value: create(kafka.CreditSchema, { records }) } }));
  }

  private ack(m: Message): void {
    const offsets = [create(kafka.PartitionPositionSchema, { topic: m.topic, partition: m.partition, offset: m.offset })];
    this.requests.push(create(kafka.ConsumeRequestSchema, { command: { case: "ack", value: create(kafka.AckSchema, { offsets }) } }));
  }

  private async produce(requests: kafka.ProduceRequest[]): Promise<void> {
    const byTopic = new Map<string, kafka.Record[]>();
    for (const request of requests) byTopic.set(request.topic, [...(byTopic.get(request.topic) ?? []), ...request.records]);
    for (const [topic, records] of byTopic) {
      const reply = await this.kafka.produce({ topic, records }, { headers: this.headers(), timeoutMs: 60000 });
      const failed = reply.results.find((r) => r.error !== undefined);
      if (failed) throw new Error(`producing to ${topic} failed: ${failed.error?.message}`);
    }
  }

  private async deadLetter(route: Route, m: Message, error: unknown, attempts: number): Promise<void> {
    const text = (s: string) => new TextEncoder().encode(s);
    const headers = [
      ...m.headers.map(([key, value]) => create(kafka.HeaderSchema, { key, value })),
      create(kafka.HeaderSchema, { key: "gregor-dlq-topic", value: text(m.topic) }),
      create(kafka.HeaderSchema, { key: "gregor-dlq-partition", value: text(String(m.partition)) }),
      create(kafka.HeaderSchema, { key: "gregor-dlq-offset", value: text(String(m.offset)) }),
      create(kafka.HeaderSchema, { key: "gregor-dlq-attempts", value: text(String(attempts)) }),
      create(kafka.HeaderSchema, { key: "gregor-dlq-error", value: text(String(error).slice(0, 1000)) }),
    ];
    const record = create(kafka.RecordSchema, { key: m.key, value: m.value, headers });
    for (;;) {
      try {
        await this.produce([create(kafka.ProduceRequestSchema, { topic: route.deadLetterTopic, records: [record] })]);
        return;
      } catch (failure) {
        if (this.stopping) throw failure;
        await new Promise((resolve) => setTimeout(resolve, route.backoffMs));
      }
    }
  }

  private touch(): void {
    this.alive = Date.now();
    if (this.options.livenessFile) {
      const now = new Date();
      try {
        utimesSync(this.options.livenessFile, now, now);
      } catch {
        closeSync(openSync(this.options.livenessFile, "a"));
      }
    }
  }

  private startLiveness(): void {
    if (this.options.livenessPort === undefined) return;
    this.liveness = createServer((_, response) => {
      response.writeHead(this.healthy() ? 204 : 500).end();
    }).listen(this.options.livenessPort, "127.0.0.1");
  }
}

function message<T>(route: Route<T>, record: kafka.ConsumedRecord): Message<T> {
  const decoded: { payload?: T; error?: unknown } = {};
  try {
    let payload: unknown = record.value;
    if (route.decode === "registry" && record.valueJson !== undefined) payload = JSON.parse(record.valueJson);
    else if (route.decode !== "raw") payload = record.value === undefined ? undefined : JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(record.value));
    decoded.payload = (route.model ? route.model(payload) : payload) as T;
  } catch (error) {
    decoded.error = error;
  }
  return new Message<T>(
    record.topic,
    record.partition,
    record.offset,
    record.timestamp,
    record.key,
    record.value,
    record.headers.map((h) => [h.key, h.value] as [string, Uint8Array]),
    decoded,
  );
}
