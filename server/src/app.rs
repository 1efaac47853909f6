//! One port for everything: gRPC (h2c), grpc-web (HTTP/1.1), Connect and
//! the REST façade generated from the same services (rust-stack.md §4).
//!
//! Routing is by path: tonic mounts `/{package.Service}/{method}`, the REST
//! routes are Confluent's paths, so the two routers merge without clashing.
//! `GrpcWebLayer` and `ConnectLayer` wrap the gRPC routes only: on the
//! whole app grpc-web's would answer 400 to every plain HTTP/1.1 request,
//! and Connect's would take REST requests with a JSON body.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, Method};
use axum::response::Response;
use gateway::pb::gregor::docs::v1::api_docs_service_server::ApiDocsServiceServer;
use gateway::pb::gregor::kafka::v1::kafka_rest_root_service_server::KafkaRestRootServiceServer;
use gateway::pb::gregor::kafka::v1::kafka_rest_service_server::KafkaRestServiceServer;
use gateway::pb::gregor::kafka::v1::kafka_service_server::KafkaServiceServer;
use gateway::pb::gregor::kafka::v1::admin_service_server::AdminServiceServer;
use gateway::pb::gregor::kafka::v1::records_service_server::RecordsServiceServer;
use gateway::pb::gregor::registry::v1::schema_registry_service_server::SchemaRegistryServiceServer;
use gateway::transcode::BodyLimit;
use tower_http::cors::{Any, CorsLayer};

use crate::listener::{ClientAuth, Peer, TlsListener, TlsSettings as ServerTlsSettings};

use crate::api::{AdminApi, ApiDocs, KafkaNative, KafkaRestApi, ProxyRoot, RecordsApi, RegistryService};
use crate::config::Config;
use crate::http_client::{JsonClient, TlsSetupError, TlsTrust};
use crate::proxy::consumers::{ConsumerManager, ConsumerSettings};
use crate::proxy::decode::RecordDecoder;
use crate::proxy::error::ProxyError;
use crate::proxy::schema_source::{RemoteRegistry, SchemaSource};
use crate::proxy::users::{UserProxies, UserSettings};
use crate::proxy::{KafkaProxy, ProxySettings};
use crate::kafka_wire::security::SecurityError;
use crate::registry::election::{Election, ElectionSettings, Security};
use crate::registry::forward::Forwarder;
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
    /// The TLS context for `https://` calls (to the primary, to
    /// `registry_url`) could not be built, e.g. an unreadable `registry_ca`.
    #[error(transparent)]
    Tls(#[from] TlsSetupError),
    /// The auth file (`registry_authfile`) could not be loaded.
    #[error("auth file {path}: {source}")]
    Auth {
        /// Its path.
        path: String,
        /// Why.
        source: crate::auth::AuthFileError,
    },
    /// TLS could not be served with the configured files.
    #[error(transparent)]
    ServerTls(crate::listener::TlsError),
    /// The JWKS for bearer tokens could not be loaded.
    #[error(transparent)]
    Bearer(crate::auth::bearer::BearerError),
    /// A CORS setting that cannot be used.
    #[error("CORS: {0}")]
    Cors(String),
    /// The port could not be bound or served.
    #[error("listening on {addr}: {source}")]
    Listen {
        /// The address.
        addr: String,
        /// Why.
        source: std::io::Error,
    },
}

/// Connects to Kafka, starts what the configuration asks for (the
/// registry, the REST proxy and native Kafka API, or both) and serves until
/// SIGINT/SIGTERM.
///
/// The registry joins the primary election unless Kafka is reached over
/// TLS or SASL, which the election's own Kafka client does not speak; such
/// a node writes alone (run one registry-writing node per topic then).
pub async fn serve(config: Config) -> Result<(), ServeError> {
    let bootstrap = config.bootstrap_uri.clone().ok_or_else(|| {
        crate::config::ConfigError::Invalid(
            "bootstrap_uri is not set (config file, KARAPACE_BOOTSTRAP_URI or GREGOR_BOOTSTRAP_URI)".to_owned(),
        )
    })?;
    let (run_registry, run_rest) = config.roles()?;
    // The port first: a port in use is reported before Kafka is asked.
    let addr = format!("{}:{}", config.host, config.port);
    let listener = tokio::net::TcpListener::bind(&addr)
        .await
        .map_err(|source| ServeError::Listen { addr: addr.clone(), source })?;
    crate::ops::liveness::set_ttl(std::time::Duration::from_millis(config.liveness_ttl_ms));
    crate::ops::metrics::set_kafka_labels(config.metrics_kafka_labels);
    crate::ops::metrics::init();
    crate::ops::probes::spawn_kafka_probe(kafka_probe_client(&config, &bootstrap)?);
    let registry = if run_registry {
        let topic = SchemaTopic::connect(KafkaSettings {
            bootstrap: bootstrap.clone(),
            topic: config.topic_name.clone(),
            replication_factor: config.replication_factor,
            client_id: config.client_id.clone(),
            write_timeout_ms: config.schema_write_timeout_ms,
            extra: config.kafka_security(),
        })
        .await?;
        Some(Registry::start(
            topic,
            RegistrySettings {
                default_level: config.compatibility_level()?,
                group_id: config.group_id.clone(),
                primary_url: config.advertised_url(),
                write_timeout_ms: config.schema_write_timeout_ms,
                acting_delay_ms: config.waiting_time_before_acting_as_master_ms,
            },
            election(&config, &bootstrap)?,
            // A primary serving TLS is checked against `registry_ca` (or
            // the system's CAs), as a remote registry is.
            Forwarder::new(JsonClient::with_trust(
                std::time::Duration::from_millis(config.schema_write_timeout_ms),
                &TlsTrust { ca_file: config.registry_ca.clone() },
            )?),
        )?)
    } else {
        None
    };
    let (kafka, consumers) = if run_rest {
        let (kafka, native, admin, records, consumers) = proxy_services(&config, &bootstrap, registry.as_ref())?;
        (Some((kafka, native, admin, records)), Some(consumers))
    } else {
        (None, None)
    };
    let auth = match &config.registry_authfile {
        Some(path) => {
            let auth = crate::auth::Auth::load(std::path::Path::new(path)).map_err(|source| ServeError::Auth { path: path.clone(), source })?;
            auth.spawn_reload();
            tracing::info!(path, "HTTP Basic authentication and permissions from the auth file");
            Some(auth)
        }
        None => None,
    };
    let mut access = crate::auth::Access::new(auth.clone());
    if config.schemas_topic_protected {
        access = access.with_protected_topic(&config.topic_name);
    }
    let registry_service =
        registry.as_ref().map(|r| RegistryService::new(r.clone(), &config.metadata_deployment_attributes).with_access(access.clone()));
    let kafka = kafka.map(|(rest, native, admin, records)| {
        (rest.with_access(access.clone()), native.with_access(access.clone()), admin.with_access(access.clone()), records.with_access(access.clone()))
    });
    let probes = crate::ops::probes::Probes { registry: registry.clone() };
    let apisix_path = Some(config.apisix_pubsub_path.clone()).filter(|p| !p.is_empty());
    let mut app = router(registry_service, kafka, apisix_path, config.http_request_max_size, probes.clone()).await?;
    // The web console: inside the authentication below, like the API it calls.
    match config.console_path.as_str() {
        "" => {}
        path if path.starts_with('/') && path != "/" => app = app.merge(crate::console::router(path)),
        other => {
            return Err(ServeError::Config(crate::config::ConfigError::Invalid(format!(
                "console_path {other:?}: give a path such as /ui, or an empty value to turn the console off"
            ))));
        }
    }
    let bearer = if config.sasl_oauthbearer_authentication_enabled {
        let jwks = config.sasl_oauthbearer_jwks_endpoint_url.clone().ok_or_else(|| {
            ServeError::Config(crate::config::ConfigError::Invalid(
                "sasl_oauthbearer_authentication_enabled needs sasl_oauthbearer_jwks_endpoint_url".to_owned(),
            ))
        })?;
        let settings = crate::auth::bearer::BearerSettings {
            jwks,
            issuer: config.sasl_oauthbearer_expected_issuer.clone(),
            audience: config.sasl_oauthbearer_expected_audience.clone(),
            subject_claim: config.sasl_oauthbearer_sub_claim_name.clone(),
            roles_claim: config.sasl_oauthbearer_roles_claim_path.clone(),
            leeway_seconds: config.sasl_oauthbearer_leeway_seconds,
        };
        let client = JsonClient::with_trust(std::time::Duration::from_secs(10), &TlsTrust { ca_file: config.registry_ca.clone() })?;
        let bearer = crate::auth::bearer::Bearer::load(settings, client).await.map_err(ServeError::Bearer)?;
        tracing::info!("bearer tokens checked against the JWKS");
        Some(Arc::new(bearer))
    } else {
        None
    };
    if auth.is_some() || bearer.is_some() {
        // Outermost but for CORS and the path trim: every surface is
        // authenticated.
        let authenticator = Arc::new(crate::auth::layer::Authenticator {
            open_paths: config.auth_open_paths.clone().into(),
            basic: auth,
            bearer,
            failures: Arc::new(crate::auth::layer::FailedLogins::default()),
        });
        app = app.layer(axum::middleware::from_fn_with_state(authenticator, crate::auth::layer::authenticate));
    }
    // `rest_authorization`: the Kafka surfaces need the caller's Basic
    // credentials (they are Kafka's to check).
    if config.rest_authorization {
        app = app.layer(axum::middleware::from_fn(crate::auth::layer::require_kafka_credentials));
    }
    // Outside authentication: a browser's preflight carries no credentials.
    if let Some(cors) = cors(&config)? {
        app = app.layer(cors);
    }
    // Outermost of the route layers: every answer is counted, refusals too
    // (a route layer still sees the matched route template).
    app = app.layer(axum::middleware::from_fn(crate::ops::metrics::track));
    // The probes and the scrape: never authenticated (a kubelet and a
    // Prometheus server carry no credentials), not counted.
    let app = app.merge(probes.clone().router());
    crate::ops::probes::notify_systemd_when_ready(probes);
    let local: SocketAddr = listener.local_addr().map_err(|source| ServeError::Listen { addr: addr.clone(), source })?;
    tracing::info!(%local, registry = run_registry, rest = run_rest, topic = config.topic_name, "serving gRPC, grpc-web and REST");
    // `/subjects/` is `/subjects`, as Jersey and Karapace route it; before
    // routing, so every route and the fallback see the trimmed path.
    let app = tower::Layer::layer(&tower_http::normalize_path::NormalizePathLayer::trim_trailing_slash(), app);
    // With the peer's address, for the failed-login limit.
    let service = axum::ServiceExt::<axum::extract::Request>::into_make_service_with_connect_info::<Peer>(app);
    match tls_settings(&config)? {
        Some(settings) => {
            tracing::info!(client_auth = ?settings.client_auth, "serving TLS");
            let listener = TlsListener::new(listener, settings).map_err(ServeError::ServerTls)?;
            axum::serve(listener, service).with_graceful_shutdown(shutdown_signal()).await
        }
        None => axum::serve(listener, service).with_graceful_shutdown(shutdown_signal()).await,
    }
    .map_err(|source| ServeError::Listen { addr, source })?;
    if let Some(consumers) = consumers {
        consumers.close_all().await;
    }
    if let Some(registry) = registry {
        registry.leave_election().await;
        registry.shutdown();
    }
    tracing::info!("stopped");
    Ok(())
}

/// The REST proxy and the native Kafka API, with their Kafka clients and
/// the registry they use: `registry_url` when set, else the in-process
/// `registry`, else none (schema'd formats answer 40801).
fn proxy_services(
    config: &Config,
    bootstrap: &str,
    registry: Option<&Arc<Registry>>,
) -> Result<(KafkaRestApi, KafkaNative, AdminApi, RecordsApi, Arc<ConsumerManager>), ServeError> {
    let schemas = match config.external_registry_url() {
        Some(url) => {
            let timeout = std::time::Duration::from_millis(config.kafka_request_timeout_ms);
            let trust = TlsTrust { ca_file: config.registry_ca.clone() };
            let remote = RemoteRegistry::new(&url, JsonClient::with_trust(timeout, &trust)?).map_err(crate::config::ConfigError::Invalid)?;
            SchemaSource::Remote(Arc::new(remote))
        }
        None => registry.cloned().map_or(SchemaSource::None, SchemaSource::Local),
    };
    let proxy_settings = ProxySettings {
        bootstrap: bootstrap.to_owned(),
        client_id: config.client_id.clone(),
        acks: config.producer_acks.clone(),
        linger_ms: config.producer_linger_ms,
        stream_linger_ms: config.producer_stream_linger_ms,
        compression: config.producer_compression_type.clone(),
        max_request_size: config.producer_max_request_size,
        request_timeout_ms: config.kafka_request_timeout_ms,
        extra: config.kafka_security(),
        statistics_interval_ms: config.kafka_statistics_interval_ms,
    };
    let proxy = Arc::new(KafkaProxy::new(&proxy_settings)?);
    let consumers = ConsumerManager::new(ConsumerSettings {
        bootstrap: bootstrap.to_owned(),
        client_id: config.client_id.clone(),
        extra: config.kafka_security(),
        session_timeout_ms: config.session_timeout_ms,
        request_timeout_ms: config.consumer_request_timeout_ms,
        request_max_bytes: config.consumer_request_max_bytes,
        fetch_min_bytes: config.fetch_min_bytes,
        enable_auto_commit: config.consumer_enable_auto_commit,
        queue_max_kbytes: config.consumer_queue_max_kbytes,
        stream_queue_max_kbytes: config.consumer_stream_queue_max_kbytes,
        fetching_instances: config.consumer_fetching_instances,
        read_budget_kbytes: config.consumer_read_budget_kbytes,
        max_instances: config.consumer_max_instances,
        idle_timeout: (config.consumer_idle_disconnect_timeout > 0)
            .then(|| std::time::Duration::from_secs(config.consumer_idle_disconnect_timeout)),
        base_uri: config.rest_base_uri(),
        kafka_timeout_ms: config.kafka_request_timeout_ms,
    });
    // `rest_authorization`: the caller's clients, with SASL to
    // `sasl_bootstrap_uri` (else `bootstrap_uri`).
    let users = config.rest_authorization.then(|| {
        let (bootstrap, extra) = config.user_kafka_security(bootstrap);
        let mut consumers_for_users = consumers.settings().clone();
        consumers_for_users.bootstrap.clone_from(&bootstrap);
        consumers_for_users.extra.clone_from(&extra);
        let settings = UserSettings { proxy: ProxySettings { bootstrap, extra, ..proxy_settings }, consumers: consumers_for_users };
        tracing::info!(mechanism = config.sasl_mechanism.as_deref().unwrap_or("PLAIN"), "rest_authorization: Kafka is reached with each caller's credentials");
        Arc::new(UserProxies::new(settings))
    });
    let decoder = Arc::new(RecordDecoder::new(schemas.clone()));
    let native = KafkaNative::new(proxy.clone(), consumers.settings().clone(), decoder.clone())
        .with_users(users.clone())
        .with_request_id_header(config.produce_request_id_header.clone());
    // Kafka REST v3: URLs use the listener's scheme (the advertised URL
    // over gRPC); with rest_authorization both run as the caller.
    let admin = kafka_admin(config, bootstrap)?;
    let scheme = if config.server_tls_certfile.is_some() { "https" } else { "http" };
    let admin_api = AdminApi::new(admin.clone(), scheme, &config.advertised_url()).with_users(users.clone());
    let records = RecordsApi::new(admin, proxy.clone(), schemas.clone(), config.name_strategy()?, users.clone())
        .with_request_id_header(config.produce_request_id_header.clone());
    let kafka = KafkaRestApi::new(proxy, schemas, config.name_strategy()?, consumers.clone(), decoder)
        .with_request_id_header(config.produce_request_id_header.clone())
        .with_users(users);
    Ok((kafka, native, admin_api, records, consumers))
}

/// The Kafka admin client of Kafka REST v3 and the admin RPCs, with
/// Gregor's Kafka settings.
fn kafka_admin(config: &Config, bootstrap: &str) -> Result<Arc<crate::admin::KafkaAdmin>, ServeError> {
    let admin = crate::admin::KafkaAdmin::for_config(config, bootstrap).map_err(|e| ServeError::Proxy(ProxyError::Kafka(e.to_string())))?;
    Ok(Arc::new(admin))
}

/// The client the Kafka probe asks for metadata with: no group, Gregor's
/// Kafka security settings.
fn kafka_probe_client(config: &Config, bootstrap: &str) -> Result<rdkafka::consumer::BaseConsumer, ServeError> {
    let mut client = crate::kafka_client::client_config(bootstrap);
    client.set("client.id", format!("{}-probe", config.client_id));
    for (key, value) in config.kafka_security() {
        client.set(key, value);
    }
    client.create().map_err(|e| ServeError::Proxy(ProxyError::Kafka(e.to_string())))
}

/// The TLS files to serve with, when `server_tls_certfile` is set.
fn tls_settings(config: &Config) -> Result<Option<ServerTlsSettings>, ServeError> {
    let Some(certfile) = &config.server_tls_certfile else { return Ok(None) };
    let keyfile = config.server_tls_keyfile.as_ref().ok_or_else(|| ServeError::Config(crate::config::ConfigError::Invalid(
        "server_tls_certfile needs server_tls_keyfile".to_owned(),
    )))?;
    let mode = config.server_tls_client_auth.as_deref().unwrap_or("none");
    let client_auth = ClientAuth::parse(mode).ok_or_else(|| {
        ServeError::Config(crate::config::ConfigError::Invalid(format!("server_tls_client_auth {mode:?}: use none, optional or required")))
    })?;
    Ok(Some(ServerTlsSettings {
        certfile: certfile.into(),
        keyfile: keyfile.into(),
        cafile: config.server_tls_cafile.as_ref().map(Into::into),
        client_auth,
    }))
}

/// The whole application router: the registry and/or the REST proxy with
/// the native Kafka API, gRPC and REST.
/// `grpc.health.v1` follows `probes` (see [`crate::ops::probes::follow_health`]).
pub async fn router(
    registry: Option<RegistryService>,
    kafka: Option<(KafkaRestApi, KafkaNative, AdminApi, RecordsApi)>,
    apisix_path: Option<String>,
    body_limit: Option<usize>,
    probes: crate::ops::probes::Probes,
) -> Result<Router, ServeError> {
    let (health, health_service) = tonic_health::server::health_reporter();
    let mut followed: Vec<&'static str> = Vec::new();
    let mut served: Vec<&'static str> = Vec::new();
    // The APISIX pubsub WebSocket's path, when it is served.
    let mut websocket: Option<String> = None;
    let reflection_v1 = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(gateway::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .build_v1()?;
    let reflection_v1alpha = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(gateway::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .build_v1alpha()?;
    let mut grpc = tonic::service::Routes::new(health_service).add_service(reflection_v1).add_service(reflection_v1alpha);
    let mut rest = Router::new();
    let serves_registry = registry.is_some();

    if let Some(service) = registry {
        // grpc.health.v1 says NOT_SERVING until the `_schemas` replay is
        // done, and again while `/_health` says unhealthy.
        health.set_not_serving::<SchemaRegistryServiceServer<RegistryService>>().await;
        followed.push(<SchemaRegistryServiceServer<RegistryService> as tonic::server::NamedService>::NAME);
        let service = Arc::new(service);
        grpc = grpc.add_service(SchemaRegistryServiceServer::from_arc(service.clone()));
        rest = rest.merge(gateway::rest::schema_registry_service_router(service));
    }
    if let Some((kafka, native, admin, records)) = kafka {
        health.set_not_serving::<KafkaRestServiceServer<KafkaRestApi>>().await;
        health.set_not_serving::<KafkaServiceServer<KafkaNative>>().await;
        followed.push(<KafkaRestServiceServer<KafkaRestApi> as tonic::server::NamedService>::NAME);
        followed.push(<KafkaServiceServer<KafkaNative> as tonic::server::NamedService>::NAME);
        let kafka = Arc::new(kafka);
        let native = Arc::new(native);
        let admin = Arc::new(admin);
        let records = Arc::new(records);
        grpc = grpc
            .add_service(KafkaRestServiceServer::from_arc(kafka.clone()))
            .add_service(KafkaServiceServer::from_arc(native.clone()))
            .add_service(AdminServiceServer::from_arc(admin.clone()))
            .add_service(RecordsServiceServer::from_arc(records.clone()));
        served.extend([
            <AdminServiceServer<AdminApi> as tonic::server::NamedService>::NAME,
            <RecordsServiceServer<RecordsApi> as tonic::server::NamedService>::NAME,
        ]);
        rest = rest
            .merge(gateway::rest::kafka_rest_service_router(kafka))
            .merge(gateway::rest::kafka_service_router(native.clone()))
            .merge(gateway::rest::admin_service_router(admin))
            .merge(gateway::rest::records_service_router(records));
        if let Some(path) = apisix_path.filter(|p| p.starts_with('/')) {
            rest = rest.merge(crate::api::apisix::router(&path, native.clone()));
            websocket = Some(path);
        }
        if !serves_registry {
            let root = Arc::new(ProxyRoot);
            grpc = grpc.add_service(KafkaRestRootServiceServer::from_arc(root.clone()));
            served.push(<KafkaRestRootServiceServer<ProxyRoot> as tonic::server::NamedService>::NAME);
            rest = rest.merge(gateway::rest::kafka_rest_root_service_router(root));
        }
    }
    // The API documents name what this server serves.
    served.extend(followed.iter().copied());
    served.push(<ApiDocsServiceServer<ApiDocs> as tonic::server::NamedService>::NAME);
    let docs = Arc::new(ApiDocs::new(&served, websocket.as_deref()));
    grpc = grpc.add_service(ApiDocsServiceServer::from_arc(docs.clone()));
    rest = rest.merge(gateway::rest::api_docs_service_router(docs));
    crate::ops::probes::follow_health(probes, health, followed);
    // grpc-web and Connect for the gRPC paths only (see the module docs).
    let grpc = grpc.into_axum_router().layer(tonic_web::GrpcWebLayer::new()).layer(gateway::connect::ConnectLayer);

    Ok(grpc
        .merge(rest)
        // Replaces tonic's own fallback: unknown paths answer in the caller's protocol.
        .fallback(fallback)
        .method_not_allowed_fallback(gateway::transcode::method_not_allowed)
        .layer(axum::Extension(BodyLimit(body_limit.unwrap_or(gateway::transcode::DEFAULT_BODY_LIMIT)))))
}

/// CORS as Confluent's `access.control.allow.origin`, `…methods`,
/// `…headers` (Gregor keys `access_control_allow_origin`, …): off while no
/// origin is configured; `*` allows any. The grpc-web status headers are
/// exposed to scripts. Errors name a value that is not a header value.
pub fn cors(config: &crate::config::Config) -> Result<Option<CorsLayer>, ServeError> {
    let list = |value: &Option<String>| -> Vec<String> {
        value.as_deref().unwrap_or("").split(',').map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned).collect()
    };
    let origins = list(&config.access_control_allow_origin);
    if origins.is_empty() {
        return Ok(None);
    }
    let bad = |what: &str, value: &str| ServeError::Cors(format!("{what} {value:?} is not a valid header value"));
    let mut layer = CorsLayer::new().expose_headers([
        HeaderName::from_static("grpc-status"),
        HeaderName::from_static("grpc-message"),
        HeaderName::from_static("grpc-status-details-bin"),
    ]);
    layer = if origins.iter().any(|o| o == "*") {
        layer.allow_origin(Any)
    } else {
        let values = origins.iter().map(|o| o.parse::<HeaderValue>().map_err(|_| bad("origin", o))).collect::<Result<Vec<_>, _>>()?;
        layer.allow_origin(values)
    };
    // Methods and headers: any when unset or `*`, else the list parsed.
    fn parsed<T: std::str::FromStr>(items: &[String], what: &str) -> Result<Option<Vec<T>>, ServeError> {
        if items.is_empty() || items.iter().any(|i| i == "*") {
            return Ok(None);
        }
        items
            .iter()
            .map(|i| i.parse::<T>().map_err(|_| ServeError::Cors(format!("{what} {i:?} is not a valid header value"))))
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }
    layer = match parsed::<Method>(&list(&config.access_control_allow_methods), "method")? {
        Some(methods) => layer.allow_methods(methods),
        None => layer.allow_methods(Any),
    };
    layer = match parsed::<HeaderName>(&list(&config.access_control_allow_headers), "header")? {
        Some(headers) => layer.allow_headers(headers),
        None => layer.allow_headers(Any),
    };
    Ok(Some(layer))
}

async fn fallback(request: Request) -> Response {
    if let Some(answer) = gateway::connect::unknown_rpc(request.method(), request.headers(), request.uri().path()) {
        return gateway::transcode::after_body(request, answer).await;
    }
    if gateway::media::is_grpc(request.headers()) {
        tonic::Status::unimplemented(format!("unknown method {}", request.uri().path())).into_http::<axum::body::Body>()
    } else {
        gateway::transcode::after_body(request, gateway::transcode::not_found()).await
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

/// The primary election for this node, from Karapace's settings.
fn election(config: &Config, bootstrap: &str) -> Result<Option<Arc<Election>>, ServeError> {
    let Some(security) = election_security(config)? else { return Ok(None) };
    let highest = match config.master_election_strategy.to_ascii_lowercase().as_str() {
        "lowest" => false,
        "highest" => true,
        other => {
            return Err(crate::config::ConfigError::Invalid(format!(
                "master_election_strategy must be lowest or highest, not {other}"
            ))
            .into());
        }
    };
    Ok(Some(Election::start(ElectionSettings {
        bootstrap: bootstrap.to_owned(),
        group_id: config.group_id.clone(),
        url: config.advertised_url(),
        eligible: config.master_eligibility,
        highest,
        session_timeout_ms: config.session_timeout_ms,
        client_id: format!("{}-election", config.client_id),
        security,
    })))
}

/// TLS and SASL for the election from the Kafka settings; `None` (with a
/// warning: the node then writes alone) for a SASL mechanism the election
/// does not speak.
fn election_security(config: &Config) -> Result<Option<Security>, ServeError> {
    match Security::from_librdkafka(&config.kafka_security()) {
        Ok(security) => Ok(Some(security)),
        Err(SecurityError::Mechanism(name)) => {
            tracing::warn!(
                sasl_mechanism = name,
                "no primary election with this SASL mechanism (PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512 only): \
                 this node writes alone; run one registry-writing node per topic"
            );
            Ok(None)
        }
        Err(SecurityError::Invalid(message)) => Err(crate::config::ConfigError::Invalid(message).into()),
    }
}
