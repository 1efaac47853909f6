//! Operations: Prometheus metrics (`GET /metrics`), liveness and readiness
//! probes (`GET /livez`, `GET /readyz`), the state behind them, and the
//! systemd readiness notice.
//!
//! These three endpoints are plain HTTP, not RPCs: Prometheus and the
//! kubelet speak text and status codes, and gRPC clients have
//! `grpc.health.v1`, which [`probes::follow_health`] keeps in step.

pub mod kafka_stats;
pub mod liveness;
pub mod metrics;
pub mod probes;
