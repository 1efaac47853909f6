//! One port for everything: gRPC (h2c), grpc-web (HTTP/1.1) and the REST
//! façade generated from the same services (rust-stack.md §4).
//!
//! Routing is by path: tonic mounts `/{package.Service}/{method}`, the REST
//! routes are Confluent's paths, so the two routers merge without clashing.
//! `GrpcWebLayer` wraps the gRPC routes only: on the whole app it would
//! answer 400 to every plain HTTP/1.1 request.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderName, header};
use axum::response::{IntoResponse, Response};
use gateway::pb::gregor::kafka::v1::kafka_rest_service_server::KafkaRestServiceServer;
use gateway::pb::gregor::kafka::v1::kafka_service_server::KafkaServiceServer;
use gateway::pb::gregor::registry::v1::schema_registry_service_server::SchemaRegistryServiceServer;
use gateway::transcode::BodyLimit;
use tower_http::cors::{Any, CorsLayer};

use crate::api::{KafkaNative, KafkaRestApi, RegistryService};
use crate::config::Config;
use crate::proxy::consumers::{ConsumerManager, ConsumerSettings};
use crate::proxy::decode::RecordDecoder;
use crate::proxy::error::ProxyError;
use crate::proxy::{KafkaProxy, ProxySettings};
use crate::registry::{Registry, RegistrySettings};
use crate::storage::kafka::{KafkaSettings, SchemaTopic, StoreError};

/// Why the server could not run.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// Bad settings.
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    /// Kafka could not be reached or set up.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The REST proxy's Kafka clients could not be created.
    #[error("REST proxy: {0}")]
    Proxy(#[from] ProxyError),
    /// Reflection descriptors did not load.
    #[error("gRPC reflection: {0}")]
    Reflection(#[from] tonic_reflection::server::Error),
    /// The port could not be bound or served.
    #[error("listening on {addr}: {source}")]
    Listen {
        /// The address.
        addr: String,
        /// Why.
        source: std::io::Error,
    },
}

/// Connects to Kafka, starts the registry and serves until SIGINT/SIGTERM.
pub async fn serve(config: Config) -> Result<(), ServeError> {
    let bootstrap = config.bootstrap_uri.clone().ok_or_else(|| {
        crate::config::ConfigError::Invalid(
            "bootstrap_uri is not set (config file, KARAPACE_BOOTSTRAP_URI or GREGOR_BOOTSTRAP_URI)".to_owned(),
        )
    })?;
    let topic = SchemaTopic::connect(KafkaSettings {
        bootstrap,
        topic: config.topic_name.clone(),
        replication_factor: config.replication_factor,
        client_id: config.client_id.clone(),
        write_timeout_ms: config.schema_write_timeout_ms,
        extra: config.kafka_security(),
    })
    .await?;
    let registry = Registry::start(
        topic,
        RegistrySettings {
            default_level: config.compatibility_level()?,
            group_id: config.group_id.clone(),
            primary_url: config.advertised_url(),
            write_timeout_ms: config.schema_write_timeout_ms,
        },
    )?;
    let proxy = Arc::new(KafkaProxy::new(&ProxySettings {
        bootstrap: config.bootstrap_uri.clone().unwrap_or_default(),
        client_id: config.client_id.clone(),
        acks: config.producer_acks.clone(),
        linger_ms: config.producer_linger_ms,
        compression: config.producer_compression_type.clone(),
        max_request_size: config.producer_max_request_size,
        request_timeout_ms: config.kafka_request_timeout_ms,
        extra: config.kafka_security(),
    })?);
    let consumers = ConsumerManager::new(ConsumerSettings {
        bootstrap: config.bootstrap_uri.clone().unwrap_or_default(),
        client_id: config.client_id.clone(),
        extra: config.kafka_security(),
        session_timeout_ms: config.session_timeout_ms,
        request_timeout_ms: config.consumer_request_timeout_ms,
        request_max_bytes: config.consumer_request_max_bytes,
        fetch_min_bytes: config.fetch_min_bytes,
        enable_auto_commit: config.consumer_enable_auto_commit,
        queue_max_kbytes: config.consumer_queue_max_kbytes,
        max_instances: config.consumer_max_instances,
        idle_timeout: (config.consumer_idle_disconnect_timeout > 0)
            .then(|| std::time::Duration::from_secs(config.consumer_idle_disconnect_timeout)),
        base_uri: config.rest_base_uri(),
        kafka_timeout_ms: config.kafka_request_timeout_ms,
    });
    let decoder = Arc::new(RecordDecoder::new(registry.clone()));
    let native = KafkaNative::new(proxy.clone(), consumers.settings().clone(), decoder.clone());
    let kafka = KafkaRestApi::new(proxy, registry.clone(), config.name_strategy()?, consumers.clone(), decoder);
    let app = router(registry.clone(), kafka, native, config.http_request_max_size).await?;
    let addr = format!("{}:{}", config.host, config.port);
    let listener = tokio::net::TcpListener::bind(&addr)
        .await
        .map_err(|source| ServeError::Listen { addr: addr.clone(), source })?;
    let local: SocketAddr = listener.local_addr().map_err(|source| ServeError::Listen { addr: addr.clone(), source })?;
    tracing::info!(%local, topic = config.topic_name, "serving gRPC, grpc-web and REST");
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|source| ServeError::Listen { addr, source })?;
    consumers.close_all().await;
    registry.shutdown();
    tracing::info!("stopped");
    Ok(())
}

/// The whole application router: the registry and the REST proxy.
pub async fn router(
    registry: Arc<Registry>,
    kafka: KafkaRestApi,
    native: KafkaNative,
    body_limit: Option<usize>,
) -> Result<Router, ServeError> {
    // grpc.health.v1 says NOT_SERVING until the `_schemas` replay is done.
    let (health, health_service) = tonic_health::server::health_reporter();
    health.set_not_serving::<SchemaRegistryServiceServer<RegistryService>>().await;
    health.set_serving::<KafkaRestServiceServer<KafkaRestApi>>().await;
    health.set_serving::<KafkaServiceServer<KafkaNative>>().await;
    let replaying = registry.clone();
    tokio::spawn(async move {
        while replaying.wait_ready().await.is_err() {}
        health.set_serving::<SchemaRegistryServiceServer<RegistryService>>().await;
    });
    let service = Arc::new(RegistryService::new(registry));
    let kafka = Arc::new(kafka);
    let native = Arc::new(native);
    let reflection = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(gateway::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET);
    let reflection_v1 = reflection.build_v1()?;
    let reflection_v1alpha = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(gateway::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .build_v1alpha()?;

    let grpc = tonic::service::Routes::new(SchemaRegistryServiceServer::from_arc(service.clone()))
        .add_service(KafkaRestServiceServer::from_arc(kafka.clone()))
        .add_service(KafkaServiceServer::from_arc(native.clone()))
        .add_service(health_service)
        .add_service(reflection_v1)
        .add_service(reflection_v1alpha)
        .into_axum_router()
        // grpc-web for the gRPC paths only (see the module docs).
        .layer(tonic_web::GrpcWebLayer::new());
    let rest = gateway::rest::schema_registry_service_router(service)
        .merge(gateway::rest::kafka_rest_service_router(kafka))
        .merge(gateway::rest::kafka_service_router(native));

    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods(Any)
        .allow_headers(Any)
        .expose_headers([
            HeaderName::from_static("grpc-status"),
            HeaderName::from_static("grpc-message"),
            HeaderName::from_static("grpc-status-details-bin"),
        ]);
    Ok(grpc
        .merge(rest)
        // Replaces tonic's own fallback: unknown paths answer in the caller's protocol.
        .fallback(fallback)
        .method_not_allowed_fallback(gateway::transcode::method_not_allowed)
        .layer(axum::Extension(BodyLimit(body_limit.unwrap_or(gateway::transcode::DEFAULT_BODY_LIMIT))))
        .layer(cors))
}

async fn fallback(request: Request) -> Response {
    let grpc = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/grpc"));
    if grpc {
        tonic::Status::unimplemented(format!("unknown method {}", request.uri().path())).into_http::<axum::body::Body>()
    } else {
        gateway::transcode::not_found().into_response()
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! { () = ctrl_c => {}, () = term => {} }
    tracing::info!("shutting down");
}
