//! Gregor's server: the Confluent-compatible Schema Registry on a Kafka
//! `_schemas` topic, served by the generated gateway on one port.
//!
//! Layers, outermost first:
//! - [`app`]: one listener for gRPC, grpc-web and the generated REST routes.
//! - [`api`]: tonic services, and the single domain-error → `Status` mapping.
//! - [`registry`]: subjects, versions, ids, configs, compatibility.
//! - [`proxy`]: the Kafka REST proxy's data plane (metadata, produce).
//! - [`storage`]: the `_schemas` record format and the topic over rdkafka.
//! - [`backup`]: `gregor backup get|restore|inspect` for the topic.
//! - [`config`]: settings under Karapace's names (`gregor bench` is the
//!   `gregor-bench` crate);
//!   [`http_client`]: calls to other registry nodes; [`malloc_tuning`]:
//!   glibc malloc settings for `gregor serve`; [`kafka_client`]: what every
//!   librdkafka client starts from.

pub mod admin;
pub mod api;
pub mod app;
pub mod auth;
pub mod backup;
pub mod config;
pub mod console;
pub mod http_client;
pub mod kafka_client;
pub mod kafka_wire;
pub mod listener;
pub mod malloc_tuning;
pub mod ops;
pub mod proxy;
pub mod registry;
pub mod storage;
