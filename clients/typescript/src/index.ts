/**
 * Gregor's gRPC API for TypeScript: the generated protobuf-es messages and
 * service descriptors (`src/gen`, from `buf.gen.yaml`), connect-es clients
 * of every service over one transport, and the Confluent error code of a
 * failed call.
 *
 * Any connect-es transport works: `createConnectTransport` (Connect,
 * HTTP/1.1 or HTTP/2), `createGrpcWebTransport` or, in Node,
 * `createGrpcTransport` (HTTP/2), from `@connectrpc/connect-node` or, in
 * browsers, `@connectrpc/connect-web`. Gregor serves all three on one port.
 * This module runs in browsers too; the consumer framework (Node only) is
 * `@gregor/client/consumers`.
 */
import { ConnectError, createClient, type Client, type Transport } from "@connectrpc/connect";
import { BinaryReader } from "@bufbuild/protobuf/wire";

import * as admin from "./gen/gregor/kafka/v1/admin_pb.js";
import * as kafka from "./gen/gregor/kafka/v1/kafka_pb.js";
import * as records from "./gen/gregor/kafka/v1/records_pb.js";
import * as registry from "./gen/gregor/registry/v1/registry_pb.js";
import * as restProxy from "./gen/gregor/kafka/v1/rest_proxy_pb.js";

export { admin, kafka, records, registry, restProxy };

/** A client of each of Gregor's services. */
export interface GregorClients {
  /** Schema Registry (Confluent's API as RPCs). */
  registry: Client<typeof registry.SchemaRegistryService>;
  /** The native Kafka API: produce, produce streams, Subscribe, Consume, Fetch, ListOffsets. */
  kafka: Client<typeof kafka.KafkaService>;
  /** Kafka REST v3's admin operations (topics, configs, groups, lag, ACLs). */
  admin: Client<typeof admin.AdminService>;
  /** Kafka REST v3's records (produce, streaming produce). */
  records: Client<typeof records.RecordsService>;
  /** Kafka REST Proxy v2 (topics, consumer instances). */
  restProxy: Client<typeof restProxy.KafkaRestService>;
}

/** Clients of every Gregor service over `transport`. */
export function gregorClients(transport: Transport): GregorClients {
  return {
    registry: createClient(registry.SchemaRegistryService, transport),
    kafka: createClient(kafka.KafkaService, transport),
    admin: createClient(admin.AdminService, transport),
    records: createClient(records.RecordsService, transport),
    restProxy: createClient(restProxy.KafkaRestService, transport),
  };
}

/** What Gregor says went wrong: the Confluent error code (e.g. 40401) and reason (e.g. `SUBJECT_NOT_FOUND`). */
export interface ConfluentError {
  /** Confluent's `error_code` (`Errors.java`), the REST API's number for the same error. */
  errorCode: number;
  /** UPPER_SNAKE_CASE name of the error. */
  reason: string;
  /** The error message. */
  message: string;
}

/**
 * The Confluent error of a failed call: the `google.rpc.ErrorInfo` detail
 * Gregor puts on every error (metadata key `error_code`), or `undefined`
 * for an error without one (a transport failure).
 */
export function confluentError(error: unknown): ConfluentError | undefined {
  const connectError = ConnectError.from(error);
  for (const detail of connectError.details) {
    if (!("type" in detail) || detail.type !== "google.rpc.ErrorInfo" || !(detail.value instanceof Uint8Array)) continue;
    const info = decodeErrorInfo(detail.value);
    const errorCode = Number(info.metadata.get("error_code"));
    if (Number.isInteger(errorCode)) return { errorCode, reason: info.reason, message: connectError.rawMessage };
  }
  return undefined;
}

/** `google.rpc.ErrorInfo` {reason = 1, domain = 2, map<string, string> metadata = 3}. */
function decodeErrorInfo(bytes: Uint8Array): { reason: string; domain: string; metadata: Map<string, string> } {
  const reader = new BinaryReader(bytes);
  const out = { reason: "", domain: "", metadata: new Map<string, string>() };
  while (reader.pos < reader.len) {
    const [field, wireType] = reader.tag();
    if (field === 1) out.reason = reader.string();
    else if (field === 2) out.domain = reader.string();
    else if (field === 3) {
      const entry = new BinaryReader(reader.bytes());
      let key = "";
      let value = "";
      while (entry.pos < entry.len) {
        const [entryField, entryType] = entry.tag();
        if (entryField === 1) key = entry.string();
        else if (entryField === 2) value = entry.string();
        else entry.skip(entryType);
      }
      out.metadata.set(key, value);
    } else reader.skip(wireType);
  }
  return out;
}
