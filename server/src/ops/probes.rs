//! `GET /livez`, `GET /readyz` and `GET /metrics`, the gRPC health
//! service kept in step with them, and systemd's readiness notice.
//!
//! - `/livez`: 204 while every busy background loop made progress within
//!   `liveness_ttl_ms`; else 500, naming each stalled loop and its age.
//! - `/readyz`: 204 once the registry (when served) has replayed its topic
//!   and Kafka answered within 10 s; else 503 saying which is missing.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::liveness;
use crate::registry::Registry;

/// What readiness looks at.
#[derive(Debug, Clone, Default)]
pub struct Probes {
    /// The registry, when this node serves one.
    pub registry: Option<Arc<Registry>>,
}

impl Probes {
    /// Why the node is not ready, or `None` when it is.
    pub fn not_ready(&self) -> Option<String> {
        let mut missing = Vec::new();
        if let Some(registry) = &self.registry
            && !registry.health().ready
        {
            missing.push("the registry is still reading its schemas topic".to_owned());
        }
        if !liveness::kafka_reachable() {
            missing.push(match liveness::since_kafka_answered() {
                None => "Kafka has not answered yet".to_owned(),
                Some(age) => format!("Kafka last answered {} s ago", age.as_secs()),
            });
        }
        (!missing.is_empty()).then(|| missing.join("; "))
    }

    /// The routes: `/livez`, `/readyz`, `/metrics`.
    pub fn router(self) -> Router {
        let ready = self.clone();
        let scrape = self;
        Router::new()
            .route("/livez", get(livez))
            .route("/readyz", get(move || readyz(ready.clone())))
            .route("/metrics", get(move || metrics(scrape.clone())))
    }
}

async fn livez() -> Response {
    let stalled = liveness::stalled();
    if stalled.is_empty() {
        return StatusCode::NO_CONTENT.into_response();
    }
    let lines: Vec<String> =
        stalled.iter().map(|(name, age)| format!("{name}: no progress for {} ms\n", age.as_millis())).collect();
    (StatusCode::INTERNAL_SERVER_ERROR, lines.concat()).into_response()
}

async fn readyz(probes: Probes) -> Response {
    match probes.not_ready() {
        None => StatusCode::NO_CONTENT.into_response(),
        Some(why) => (StatusCode::SERVICE_UNAVAILABLE, format!("{why}\n")).into_response(),
    }
}

async fn metrics(probes: Probes) -> Response {
    if let Some(registry) = &probes.registry {
        super::metrics::set_registry(registry.figures());
    }
    super::metrics::render()
}

/// Asks Kafka for its metadata every 2 s (2 s timeout) on a thread of its
/// own, so readiness knows whether Kafka answers whatever else runs. The
/// `kafka-probe` loop makes progress on each answer.
pub fn spawn_kafka_probe(client: rdkafka::consumer::BaseConsumer) {
    let spawned = std::thread::Builder::new().name("kafka-probe".to_owned()).spawn(move || {
        let beat = liveness::register("kafka-probe");
        loop {
            if rdkafka::consumer::Consumer::fetch_metadata(&client, None, Duration::from_secs(2)).is_ok() {
                liveness::kafka_answered();
                beat.beat();
            }
            std::thread::sleep(Duration::from_secs(2));
        }
    });
    if let Err(error) = spawned {
        tracing::error!(%error, "cannot start the Kafka probe: /readyz stays 503");
    }
}

/// Keeps `grpc.health.v1` in step with the probes every second: the
/// whole server (`""`) and each Kafka service SERVING while ready, the
/// registry service while its `/_health` says healthy.
pub fn follow_health(probes: Probes, reporter: tonic_health::server::HealthReporter, services: Vec<&'static str>) {
    tokio::spawn(async move {
        let mut last: Option<(bool, bool)> = None;
        loop {
            let ready = probes.not_ready().is_none();
            let registry_ok = probes.registry.as_ref().is_none_or(|r| r.is_healthy());
            if last != Some((ready, registry_ok)) {
                last = Some((ready, registry_ok));
                let status = |ok: bool| if ok { tonic_health::ServingStatus::Serving } else { tonic_health::ServingStatus::NotServing };
                reporter.set_service_status("", status(ready)).await;
                for service in &services {
                    let ok = if service.contains("registry") { ready && registry_ok } else { ready };
                    reporter.set_service_status(*service, status(ok)).await;
                }
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    });
}

/// Tells systemd (`Type=notify`) the service is ready once `/readyz`
/// would say so; nothing without `NOTIFY_SOCKET`.
pub fn notify_systemd_when_ready(probes: Probes) {
    if std::env::var_os("NOTIFY_SOCKET").is_none() {
        return;
    }
    tokio::spawn(async move {
        while probes.not_ready().is_some() {
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        if let Err(error) = sd_notify::notify(false, &[sd_notify::NotifyState::Ready]) {
            tracing::warn!(%error, "cannot tell systemd the service is ready");
        }
    });
}
