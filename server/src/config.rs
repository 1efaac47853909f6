//! Configuration: Karapace's key names where one exists, so a Karapace
//! deployment's settings carry over (confluent-api.md §4.1).
//!
//! Sources, later ones winning: defaults, a config file (`.json` as
//! Karapace's legacy `karapace.config.json`, anything else TOML),
//! `KARAPACE_<KEY>` environment variables, `GREGOR_<KEY>` ones, then
//! command-line flags. Empty environment values are ignored, as Karapace
//! does.

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::registry::compat::CompatibilityLevel;

pub mod example;

/// Gregor's settings.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Address to listen on (`host`, default 127.0.0.1).
    pub host: String,
    /// Port for gRPC, grpc-web and REST (`port`, default 8081).
    pub port: u16,
    /// Host name other nodes and clients reach this one at (default `host`).
    pub advertised_hostname: Option<String>,
    /// Port other nodes and clients reach this one at (default `port`).
    pub advertised_port: Option<u16>,
    /// `http` or `https`.
    pub advertised_protocol: String,
    /// Kafka bootstrap servers, e.g. `127.0.0.1:9092`. Required.
    pub bootstrap_uri: Option<String>,
    /// Kafka security protocol: PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL.
    pub security_protocol: String,
    /// SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512).
    pub sasl_mechanism: Option<String>,
    /// SASL user name.
    pub sasl_plain_username: Option<String>,
    /// SASL password.
    pub sasl_plain_password: Option<String>,
    /// CA bundle for TLS to Kafka.
    pub ssl_cafile: Option<String>,
    /// Client certificate for TLS to Kafka.
    pub ssl_certfile: Option<String>,
    /// Client key for TLS to Kafka.
    pub ssl_keyfile: Option<String>,
    /// Password of `ssl_keyfile`.
    pub ssl_password: Option<String>,
    /// Certificate revocation list for TLS to Kafka.
    pub ssl_crlfile: Option<String>,
    /// TLS cipher suites for Kafka (OpenSSL syntax).
    pub ssl_ciphers: Option<String>,
    /// Check the broker's host name against its certificate (true).
    pub ssl_check_hostname: bool,
    /// Close idle Kafka connections after this many ms (15000).
    pub connections_max_idle_ms: u64,
    /// Refresh Kafka metadata at least this often, ms (60000).
    pub metadata_max_age_ms: u64,
    /// What `GET /v1/metadata/deployment` reports (Confluent
    /// `schema.registry.metadata.deployment.attributes`), trimmed and
    /// lower-cased; empty by default, as in Confluent. Comma-separated in
    /// the environment.
    pub metadata_deployment_attributes: Vec<String>,
    /// Notices about Karapace keys that were accepted without effect, to
    /// log once logging is up.
    #[serde(skip)]
    pub notices: Vec<String>,
    /// Kafka `client.id` prefix.
    pub client_id: String,
    /// The schemas topic (`_schemas`).
    pub topic_name: String,
    /// Refuse writes to the schemas topic (`topic_name`) through Gregor's
    /// Kafka APIs: REST v2 and v3 produce, v3 topic deletion, config and
    /// partition changes, gRPC produce. They answer 403
    /// (40301); reads stay open. On by default, so that no REST client can
    /// delete or overwrite the registry's schemas. Karapace and Confluent's
    /// REST Proxy leave this to Kafka ACLs.
    pub schemas_topic_protected: bool,
    /// Replication factor when creating the schemas topic.
    pub replication_factor: i32,
    /// The registry's group id.
    pub group_id: String,
    /// Default compatibility level (BACKWARD).
    pub compatibility: String,
    /// Largest REST request body in bytes (default 64 MiB).
    pub http_request_max_size: Option<usize>,
    /// Longest wait for a schema write to be acknowledged and read back, ms.
    pub schema_write_timeout_ms: u64,
    /// REST proxy producer `acks`: `1` (default, as Karapace), `all`, `0`.
    pub producer_acks: String,
    /// REST proxy producer `linger.ms` (default 1; Karapace's is 100).
    /// A REST or gRPC produce waits for its records' acks, so the linger is
    /// paid on every request: `gregor bench data` against the local broker
    /// gave 213k REST / 388k gRPC records/s at 1 ms against 127k / 298k at
    /// 5 ms, and 1.6 ms against 6.4 ms for one record (0 ms: 129k / 150k,
    /// too many small batches).
    pub producer_linger_ms: u64,
    /// `linger.ms` of the producer behind produce *streams* (gRPC
    /// `ProduceStream`, Kafka REST v3 streaming produce; default 20). A
    /// stream keeps many batches in flight, so a longer linger costs it no
    /// throughput and lets librdkafka send batches as large as a native
    /// producer's: `gregor bench data` gave broker CPU per record 0.69 µs at
    /// 1 ms, 0.42 µs at 5 ms and 0.35 µs at 20 ms (native: 0.28–0.35 µs).
    pub producer_stream_linger_ms: u64,
    /// REST proxy producer `compression.type` (none by default).
    pub producer_compression_type: Option<String>,
    /// Largest record batch the REST proxy sends, in bytes (1 MiB).
    pub producer_max_request_size: usize,
    /// Subject naming for schemas the REST proxy registers: `topic_name`
    /// (default), `record_name` or `topic_record_name`.
    pub name_strategy: String,
    /// Longest wait for Kafka in one REST proxy request, in ms (10 s).
    pub kafka_request_timeout_ms: u64,
    /// Group `session.timeout.ms` of REST consumer instances and of the
    /// registry's primary election, ms (10 s).
    pub session_timeout_ms: u64,
    /// Whether this registry node may become primary (`master_eligibility`).
    pub master_eligibility: bool,
    /// `lowest` (default) or `highest`: which advertised URL wins the
    /// election (`master_election_strategy`).
    pub master_election_strategy: String,
    /// After winning an election, ms to wait before writing
    /// (`waiting_time_before_acting_as_master_ms`, 5000).
    pub waiting_time_before_acting_as_master_ms: u64,
    /// Default `records` timeout of a consumer instance, ms (11 s, as
    /// Karapace; a read returns earlier once it has records).
    pub consumer_request_timeout_ms: u64,
    /// Default and largest `max_bytes` of one `records` read (64 MiB).
    pub consumer_request_max_bytes: usize,
    /// Default `auto.commit.enable` of consumer instances (true).
    pub consumer_enable_auto_commit: bool,
    /// Default `fetch.min.bytes` of consumer instances: bytes after which
    /// `records` returns without waiting (1; -1 waits for the timeout).
    pub fetch_min_bytes: i64,
    /// Seconds without requests after which a consumer instance is closed
    /// (300, Confluent's `consumer.instance.timeout.ms`; 0 never, Karapace's
    /// default).
    pub consumer_idle_disconnect_timeout: u64,
    /// Most consumer instances open at once (200); more get 42901.
    pub consumer_max_instances: usize,
    /// Prefetch bound per consumer in KiB (librdkafka
    /// `queued.max.messages.kbytes` and fetch size, 256; librdkafka's
    /// default is 64 MiB).
    pub consumer_queue_max_kbytes: usize,
    /// Prefetch bound of a gRPC `Subscribe` / `Consume` stream in KiB
    /// (2048): streams are few and long, and a bound of 256 KiB left a
    /// stream waiting on each fetch (650k records/s of 100 B, against 930k
    /// at 1 MiB and 990k at 4 MiB in `gregor bench data`).
    pub consumer_stream_queue_max_kbytes: usize,
    /// Consumer instances that prefetch at once (4); the others keep their
    /// partitions paused until a read gives them a slot (see
    /// `proxy::fetch_slots`).
    pub consumer_fetching_instances: usize,
    /// What REST `records` reads being answered may gather past their
    /// instance's prefetch bound, all together, KiB (32768): a read keeps
    /// taking records while they come, up to its `max_bytes`, and ends its
    /// response where this budget does (see `proxy::read_budget`).
    pub consumer_read_budget_kbytes: usize,
    /// Prefix of consumer `base_uri`s (default the advertised URL).
    pub rest_base_uri: Option<String>,
    /// Run the Schema Registry (Karapace `karapace_registry`). When neither
    /// this nor `karapace_rest` is set both run; when one is set, an unset
    /// one is off, as in Karapace.
    pub karapace_registry: Option<bool>,
    /// Run the REST Proxy and the native Kafka API (Karapace `karapace_rest`).
    pub karapace_rest: Option<bool>,
    /// The registry the proxy uses, `http[s]://[user:password@]host:port`
    /// (default: the one in this process; none without one).
    pub registry_url: Option<String>,
    /// PEM file of the CAs that sign an `https://` registry's certificate
    /// (Karapace `registry_ca`); unset trusts the system's CAs.
    pub registry_ca: Option<String>,
    /// Karapace's way of naming it: `registry_scheme` (http),
    /// `registry_host`, `registry_port` (8081), `registry_user`,
    /// `registry_password`; used when `registry_url` is not set.
    pub registry_scheme: String,
    /// See `registry_scheme`.
    pub registry_host: Option<String>,
    /// See `registry_scheme`.
    pub registry_port: u16,
    /// See `registry_scheme`.
    pub registry_user: Option<String>,
    /// See `registry_scheme`.
    pub registry_password: Option<String>,
    /// Karapace's `registry_authfile`: a JSON file of users (hashed
    /// passwords) and permissions; when set, every request but `/_health`
    /// and `/master_available` needs HTTP Basic credentials (`auth`).
    pub registry_authfile: Option<String>,
    /// Accept `Authorization: Bearer` JWTs (Karapace
    /// `sasl_oauthbearer_authentication_enabled`).
    pub sasl_oauthbearer_authentication_enabled: bool,
    /// Where the JWKS is: `https://`/`http://` URL, or a file path
    /// (`sasl_oauthbearer_jwks_endpoint_url`).
    pub sasl_oauthbearer_jwks_endpoint_url: Option<String>,
    /// Required `iss` (`sasl_oauthbearer_expected_issuer`).
    pub sasl_oauthbearer_expected_issuer: Option<String>,
    /// Required `aud` (`sasl_oauthbearer_expected_audience`).
    pub sasl_oauthbearer_expected_audience: Option<String>,
    /// The claim naming the caller (`sasl_oauthbearer_sub_claim_name`, `sub`).
    pub sasl_oauthbearer_sub_claim_name: String,
    /// Dotted path of the claim whose values (e.g. roles) are matched
    /// against `registry_authfile` permission user names
    /// (`sasl_oauthbearer_roles_claim_path`).
    pub sasl_oauthbearer_roles_claim_path: Option<String>,
    /// Clock skew allowed on `exp`/`nbf`, seconds
    /// (`sasl_oauthbearer_leeway_seconds`).
    pub sasl_oauthbearer_leeway_seconds: u64,
    /// PEM certificate chain to serve TLS with (Karapace
    /// `server_tls_certfile`); plain TCP when unset.
    pub server_tls_certfile: Option<String>,
    /// PEM private key of that certificate (`server_tls_keyfile`).
    pub server_tls_keyfile: Option<String>,
    /// PEM CA certificates client certificates are checked against
    /// (`server_tls_cafile`).
    pub server_tls_cafile: Option<String>,
    /// `none`, `optional` or `required` (`server_tls_client_auth`).
    pub server_tls_client_auth: Option<String>,
    /// CORS origins allowed, comma-separated, `*` for any (Confluent
    /// `access.control.allow.origin`); none: CORS off.
    pub access_control_allow_origin: Option<String>,
    /// CORS methods, comma-separated (any when unset).
    pub access_control_allow_methods: Option<String>,
    /// CORS request headers, comma-separated (any when unset).
    pub access_control_allow_headers: Option<String>,
    /// `error`, `warn`, `info`, `debug` or `trace` (`RUST_LOG` overrides).
    pub log_level: String,
    /// `text` or `json`.
    pub log_format: String,
    /// How long a busy background loop (schemas reader, election, Kafka
    /// probe, producer deliveries, each consumer instance's read) may go
    /// without progress before `GET /livez` answers 500 naming it, ms
    /// (60000). The reader, election and probe progress only when Kafka
    /// answers them.
    pub liveness_ttl_ms: u64,
    /// Label produce and consume metrics by topic and consumer group (the
    /// first 100 of each; later ones as `_other`). Off: one series.
    pub metrics_kafka_labels: bool,
    /// A request header (e.g. `x-request-id`; gRPC metadata) that produce
    /// requests (REST v2, and the native API's `Produce` and
    /// `ProduceStream`) copy onto each record as a Kafka header of the same
    /// name, unless the record sets it itself. None: nothing is added.
    pub produce_request_id_header: Option<String>,
    /// Path of the APISIX pubsub WebSocket (APISIX's `pubsub.proto`:
    /// list offsets and fetch records of a partition in binary protobuf
    /// frames), `/kafka` by default; empty turns it off.
    pub apisix_pubsub_path: String,
    /// How often librdkafka reports statistics of the REST producers
    /// (queue depths, bytes, broker round trips) into the metrics, ms
    /// (10000); 0: never. Consumer instances keep none (their lag is
    /// measured after each read).
    pub kafka_statistics_interval_ms: u64,
    /// Reach Kafka from the REST Proxy and the native Kafka API with each
    /// caller's HTTP Basic credentials as SASL credentials (Karapace's
    /// `rest_authorization`): requests without them get 401, and Kafka's
    /// ACLs decide the rest. Uses `sasl_mechanism` (PLAIN when unset).
    pub rest_authorization: bool,
    /// Where `rest_authorization` clients connect, over SASL (Karapace's
    /// `sasl_bootstrap_uri`); `bootstrap_uri` when unset.
    pub sasl_bootstrap_uri: Option<String>,
    /// Paths answered without credentials when authentication is on
    /// (default `/_health` and `/master_available`, as Karapace; empty: none).
    /// `/livez`, `/readyz` and `/metrics` are always open. Comma-separated
    /// in the environment.
    pub auth_open_paths: Vec<String>,
    /// Path of the web console (default `/ui`; empty: off). Its pages call
    /// the public API only, behind the same authentication.
    pub console_path: String,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            host: "127.0.0.1".to_owned(),
            port: 8081,
            advertised_hostname: None,
            advertised_port: None,
            advertised_protocol: "http".to_owned(),
            bootstrap_uri: None,
            security_protocol: "PLAINTEXT".to_owned(),
            ssl_password: None,
            ssl_crlfile: None,
            ssl_ciphers: None,
            ssl_check_hostname: true,
            connections_max_idle_ms: 15_000,
            metadata_max_age_ms: 60_000,
            metadata_deployment_attributes: Vec::new(),
            notices: Vec::new(),
            sasl_mechanism: None,
            sasl_plain_username: None,
            sasl_plain_password: None,
            ssl_cafile: None,
            ssl_certfile: None,
            ssl_keyfile: None,
            client_id: "sr-1".to_owned(),
            topic_name: "_schemas".to_owned(),
            schemas_topic_protected: true,
            replication_factor: 1,
            group_id: "schema-registry".to_owned(),
            compatibility: "BACKWARD".to_owned(),
            http_request_max_size: None,
            schema_write_timeout_ms: 20_000,
            producer_acks: "1".to_owned(),
            producer_linger_ms: 1,
            producer_stream_linger_ms: 20,
            producer_compression_type: None,
            producer_max_request_size: 1_048_576,
            kafka_request_timeout_ms: 10_000,
            name_strategy: "topic_name".to_owned(),
            session_timeout_ms: 10_000,
            master_eligibility: true,
            master_election_strategy: "lowest".to_owned(),
            waiting_time_before_acting_as_master_ms: 5000,
            consumer_request_timeout_ms: 11_000,
            consumer_request_max_bytes: 67_108_864,
            consumer_enable_auto_commit: true,
            fetch_min_bytes: 1,
            consumer_idle_disconnect_timeout: 300,
            consumer_max_instances: 200,
            consumer_queue_max_kbytes: 256,
            consumer_stream_queue_max_kbytes: 2048,
            consumer_fetching_instances: 4,
            consumer_read_budget_kbytes: 32 * 1024,
            rest_base_uri: None,
            karapace_registry: None,
            karapace_rest: None,
            registry_url: None,
            registry_ca: None,
            registry_scheme: "http".to_owned(),
            registry_host: None,
            registry_port: 8081,
            registry_user: None,
            registry_password: None,
            registry_authfile: None,
            sasl_oauthbearer_authentication_enabled: false,
            sasl_oauthbearer_jwks_endpoint_url: None,
            sasl_oauthbearer_expected_issuer: None,
            sasl_oauthbearer_expected_audience: None,
            sasl_oauthbearer_sub_claim_name: "sub".to_owned(),
            sasl_oauthbearer_roles_claim_path: None,
            sasl_oauthbearer_leeway_seconds: 0,
            server_tls_certfile: None,
            server_tls_keyfile: None,
            server_tls_cafile: None,
            server_tls_client_auth: None,
            access_control_allow_origin: None,
            access_control_allow_methods: None,
            access_control_allow_headers: None,
            log_level: "info".to_owned(),
            log_format: "text".to_owned(),
            liveness_ttl_ms: crate::ops::liveness::DEFAULT_TTL_MS,
            metrics_kafka_labels: false,
            produce_request_id_header: None,
            apisix_pubsub_path: "/kafka".to_owned(),
            kafka_statistics_interval_ms: 10_000,
            rest_authorization: false,
            sasl_bootstrap_uri: None,
            auth_open_paths: crate::auth::layer::DEFAULT_OPEN_PATHS.iter().map(|p| (*p).to_owned()).collect(),
            console_path: "/ui".to_owned(),
        }
    }
}

/// Keys whose environment values are numbers.
const NUMERIC_KEYS: &[&str] = &[
    "sasl_oauthbearer_leeway_seconds", "port", "advertised_port", "replication_factor", "http_request_max_size", "schema_write_timeout_ms",
    "producer_linger_ms", "producer_stream_linger_ms", "producer_max_request_size", "kafka_request_timeout_ms", "session_timeout_ms",
    "consumer_request_timeout_ms", "consumer_request_max_bytes", "fetch_min_bytes", "consumer_idle_disconnect_timeout",
    "consumer_max_instances", "consumer_queue_max_kbytes", "consumer_stream_queue_max_kbytes", "consumer_fetching_instances", "consumer_read_budget_kbytes", "registry_port", "waiting_time_before_acting_as_master_ms",
    "connections_max_idle_ms", "metadata_max_age_ms", "liveness_ttl_ms", "kafka_statistics_interval_ms",
];
/// Keys whose environment values are comma-separated lists.
const LIST_KEYS: &[&str] = &["metadata_deployment_attributes", "auth_open_paths"];
/// Keys whose environment values are booleans.
const BOOL_KEYS: &[&str] =
    &["consumer_enable_auto_commit", "karapace_registry", "karapace_rest", "master_eligibility", "ssl_check_hostname", "sasl_oauthbearer_authentication_enabled", "metrics_kafka_labels", "rest_authorization", "schemas_topic_protected"];
/// Every key, for picking them out of the environment.
const KEYS: &[&str] = &[
    "host", "port", "advertised_hostname", "advertised_port", "advertised_protocol", "bootstrap_uri",
    "security_protocol", "sasl_mechanism", "sasl_plain_username", "sasl_plain_password", "ssl_cafile",
    "ssl_certfile", "ssl_keyfile", "client_id", "topic_name", "schemas_topic_protected", "replication_factor", "group_id", "compatibility",
    "http_request_max_size", "schema_write_timeout_ms", "producer_acks", "producer_linger_ms", "producer_stream_linger_ms",
    "producer_compression_type", "producer_max_request_size", "kafka_request_timeout_ms", "name_strategy", "session_timeout_ms", "consumer_request_timeout_ms",
    "consumer_request_max_bytes", "consumer_enable_auto_commit", "fetch_min_bytes", "consumer_idle_disconnect_timeout",
    "consumer_max_instances", "consumer_queue_max_kbytes", "consumer_stream_queue_max_kbytes", "consumer_fetching_instances", "consumer_read_budget_kbytes", "rest_base_uri", "karapace_registry", "karapace_rest",
    "registry_authfile", "sasl_oauthbearer_authentication_enabled", "sasl_oauthbearer_jwks_endpoint_url", "sasl_oauthbearer_expected_issuer", "sasl_oauthbearer_expected_audience", "sasl_oauthbearer_sub_claim_name", "sasl_oauthbearer_roles_claim_path", "sasl_oauthbearer_leeway_seconds", "server_tls_certfile", "server_tls_keyfile", "server_tls_cafile", "server_tls_client_auth", "access_control_allow_origin", "access_control_allow_methods", "access_control_allow_headers", "registry_url", "registry_ca", "registry_scheme", "registry_host", "registry_port", "registry_user", "registry_password",
    "log_level", "log_format", "master_eligibility", "master_election_strategy", "waiting_time_before_acting_as_master_ms",
    "ssl_password", "ssl_crlfile", "ssl_ciphers", "ssl_check_hostname", "connections_max_idle_ms", "metadata_max_age_ms",
    "metadata_deployment_attributes", "liveness_ttl_ms", "metrics_kafka_labels", "produce_request_id_header", "apisix_pubsub_path", "kafka_statistics_interval_ms",
    "rest_authorization", "sasl_bootstrap_uri", "auth_open_paths", "console_path",
];

/// Karapace keys (confluent-api.md §4.1) Gregor accepts without acting on
/// them, with what happens instead. Nested ones (`tags`, `telemetry`) come
/// as `KARAPACE_TAGS__APP` and the like.
const NOT_USED: &[(&str, &str)] = &[
    ("access_logs_debug", "access logging follows log_level"),
    ("access_log_class", "access logging follows log_level"),
    ("log_handler", "logs go to stderr"),
    ("sasl_oauth_token", "SASL/OAUTHBEARER to Kafka is not supported"),
    ("sasl_oauth_token_provider_class", "SASL/OAUTHBEARER to Kafka is not supported"),
    ("admin_metadata_max_age", "metadata_max_age_ms applies"),
    ("kafka_retriable_errors_silenced", "retriable Kafka errors are logged at debug level"),
    ("kafka_schema_reader_strict_mode", "unreadable _schemas records are always skipped with a warning"),
    ("force_key_correction", "keys are written in the order the topic already uses"),
    ("protobuf_runtime_directory", "Protobuf schemas are compiled in memory"),
    ("use_protobuf_formatter", "Protobuf schemas are printed by Gregor's own formatter"),
    ("producer_count", "one Kafka producer serves all requests"),
    ("name_strategy_validation", "the subject name strategy is always applied"),
    ("schema_registry_client_cache_maxsize", "the proxy caches up to 10,000 schemas"),
    ("statsd_host", "no StatsD metrics"),
    ("statsd_port", "no StatsD metrics"),
    ("sentry", "no Sentry reporting"),
    ("tags", "no metric tags"),
    ("telemetry", "no OpenTelemetry export"),
    ("sasl_oauthbearer_allow_insecure_jwks", "OAuth is not enabled"),
    ("sasl_oauthbearer_client_id", "OAuth is not enabled"),
    ("sasl_oauthbearer_method_roles", "OAuth is not enabled"),
    ("sasl_oauthbearer_skip_auth_paths", "OAuth is not enabled"),
    ("sasl_oauthbearer_require_access_token_typ", "OAuth is not enabled"),
    ("sasl_oauthbearer_enforce_azp", "OAuth is not enabled"),
];

/// Karapace keys that ask for protection Gregor does not give yet: set to
/// anything but off, they stop the start rather than leave a registry
/// open that was meant to be closed.
const REFUSED: &[(&str, &str)] = &[
    ("sasl_oauthbearer_authorization_enabled", "Karapace's method_roles authorization is not supported: bearer tokens map a claim to registry_authfile permissions"),
];

/// Whether a value asks for something (not null, false, empty or `none`).
fn is_on(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::String(s) => !(s.is_empty() || s.eq_ignore_ascii_case("none") || s.eq_ignore_ascii_case("false")),
        _ => true,
    }
}

/// A configuration that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("reading {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The file or the environment holds a bad value.
    #[error("invalid configuration: {0}")]
    Invalid(String),
}

impl Config {
    /// Loads defaults, then `file`, then the environment.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        let mut values = Map::new();
        // Where each key came from, for errors: the file or the variable.
        let mut sources: std::collections::HashMap<String, String> = std::collections::HashMap::new();
        if let Some(path) = file {
            let text = std::fs::read_to_string(path)
                .map_err(|source| ConfigError::Read { path: path.display().to_string(), source })?;
            let parsed: Value = if path.extension().is_some_and(|e| e == "json") {
                serde_json::from_str(&text).map_err(|e| ConfigError::Invalid(format!("{}: {e}", path.display())))?
            } else {
                let table: toml::Table = toml::from_str(&text).map_err(|e| ConfigError::Invalid(format!("{}: {e}", path.display())))?;
                serde_json::to_value(table).map_err(|e| ConfigError::Invalid(e.to_string()))?
            };
            if let Value::Object(map) = parsed {
                sources.extend(map.keys().map(|k| (k.clone(), path.display().to_string())));
                values.extend(map);
            }
        }
        for prefix in ["KARAPACE_", "GREGOR_"] {
            for key in KEYS {
                let Ok(raw) = std::env::var(format!("{prefix}{}", key.to_ascii_uppercase())) else { continue };
                if raw.is_empty() {
                    continue;
                }
                let env_name = format!("{prefix}{}", key.to_ascii_uppercase());
                let value = if NUMERIC_KEYS.contains(key) {
                    Value::from(raw.trim().parse::<i64>().map_err(|_| ConfigError::Invalid(format!("{env_name} must be a number")))?)
                } else if BOOL_KEYS.contains(key) {
                    match raw.trim().to_ascii_lowercase().as_str() {
                        "true" | "1" | "yes" => Value::Bool(true),
                        "false" | "0" | "no" => Value::Bool(false),
                        _ => return Err(ConfigError::Invalid(format!("{env_name} must be true or false"))),
                    }
                } else if LIST_KEYS.contains(key) {
                    raw.split(',').map(str::trim).filter(|item| !item.is_empty()).map(Value::from).collect()
                } else {
                    Value::String(raw)
                };
                values.insert((*key).to_owned(), value);
                sources.insert((*key).to_owned(), env_name);
            }
        }
        // Karapace keys without effect here, from the file or the
        // environment (`KARAPACE_TAGS__APP` names `tags`).
        for (key, value) in std::env::vars() {
            let Some(name) = key.strip_prefix("KARAPACE_").or_else(|| key.strip_prefix("GREGOR_")) else { continue };
            let top = name.split("__").next().unwrap_or_default().to_ascii_lowercase();
            let known = NOT_USED.iter().chain(REFUSED).any(|(k, _)| *k == top);
            if known && !value.is_empty() && !values.contains_key(&top) {
                values.insert(top, Value::String(value));
            }
        }
        let mut notices = Vec::new();
        for (key, why) in REFUSED {
            if values.get(*key).is_some_and(is_on) {
                return Err(ConfigError::Invalid(format!("{key} is set, but {why}")));
            }
            values.remove(*key);
        }
        for (key, why) in NOT_USED {
            if values.remove(*key).is_some() {
                notices.push(format!("Karapace setting {key} has no effect in Gregor: {why}"));
            }
        }
        // A bad value names its key and where it was set.
        let mut config: Self = serde_path_to_error::deserialize(Value::Object(values)).map_err(|e| {
            let key = e.path().to_string();
            match sources.get(key.split(['.', '[']).next().unwrap_or_default()) {
                Some(source) => ConfigError::Invalid(format!("{key} (set in {source}): {}", e.inner())),
                None if key == "." => ConfigError::Invalid(e.inner().to_string()),
                None => ConfigError::Invalid(format!("{key}: {}", e.inner())),
            }
        })?;
        config.notices = notices;
        config.compatibility_level()?;
        config.name_strategy()?;
        config.roles()?;
        Ok(config)
    }

    /// The default compatibility level.
    pub fn compatibility_level(&self) -> Result<CompatibilityLevel, ConfigError> {
        CompatibilityLevel::parse(&self.compatibility)
            .ok_or_else(|| ConfigError::Invalid(format!("compatibility: unknown level '{}'", self.compatibility)))
    }

    /// The REST proxy's subject name strategy.
    pub fn name_strategy(&self) -> Result<crate::proxy::schemas::NameStrategy, ConfigError> {
        crate::proxy::schemas::NameStrategy::parse(&self.name_strategy)
            .ok_or_else(|| ConfigError::Invalid(format!("name_strategy: unknown strategy '{}'", self.name_strategy)))
    }

    /// What this process runs: (the registry, the REST proxy and native
    /// Kafka API). Both when neither key is set; otherwise unset means off,
    /// and at least one must be on.
    pub fn roles(&self) -> Result<(bool, bool), ConfigError> {
        let roles = match (self.karapace_registry, self.karapace_rest) {
            (None, None) => (true, true),
            (registry, rest) => (registry.unwrap_or(false), rest.unwrap_or(false)),
        };
        if roles == (false, false) {
            return Err(ConfigError::Invalid("karapace_registry and karapace_rest are both off: nothing to run".to_owned()));
        }
        Ok(roles)
    }

    /// The external registry the proxy uses: `registry_url`, else one
    /// built from Karapace's `registry_host` (with user and password as
    /// URL userinfo); `None` for the in-process one.
    pub fn external_registry_url(&self) -> Option<String> {
        if let Some(url) = self.registry_url.as_ref().filter(|u| !u.is_empty()) {
            return Some(url.clone());
        }
        let host = self.registry_host.as_ref().filter(|h| !h.is_empty())?;
        let encode = |s: &str| percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string();
        let userinfo = match (&self.registry_user, &self.registry_password) {
            (Some(user), Some(password)) => format!("{}:{}@", encode(user), encode(password)),
            (Some(user), None) => format!("{}@", encode(user)),
            _ => String::new(),
        };
        Some(format!("{}://{userinfo}{host}:{}", self.registry_scheme, self.registry_port))
    }

    /// `advertised_protocol://advertised_hostname:advertised_port`.
    pub fn advertised_url(&self) -> String {
        format!(
            "{}://{}:{}",
            self.advertised_protocol,
            self.advertised_hostname.as_deref().unwrap_or(&self.host),
            self.advertised_port.unwrap_or(self.port)
        )
    }

    /// Prefix of consumer instances' `base_uri`, ending in `/`.
    pub fn rest_base_uri(&self) -> String {
        let base = self.rest_base_uri.clone().unwrap_or_else(|| self.advertised_url());
        if base.ends_with('/') { base } else { format!("{base}/") }
    }

    /// librdkafka security properties derived from the Karapace keys.
    /// Where and how `rest_authorization` clients reach Kafka: the
    /// bootstrap (`sasl_bootstrap_uri`, else `bootstrap`) and
    /// [`Self::kafka_security`] with SASL over the same transport
    /// (`SASL_SSL` when TLS is configured, else `SASL_PLAINTEXT`), the
    /// configured mechanism (PLAIN when unset) and no shared credentials;
    /// the caller's are added per client (Karapace `get_user_proxy`).
    pub fn user_kafka_security(&self, bootstrap: &str) -> (String, Vec<(String, String)>) {
        let tls = self.security_protocol.to_ascii_uppercase().contains("SSL");
        let mut extra: Vec<(String, String)> = self
            .kafka_security()
            .into_iter()
            .filter(|(k, _)| !matches!(k.as_str(), "security.protocol" | "sasl.mechanism" | "sasl.username" | "sasl.password"))
            .collect();
        extra.push(("security.protocol".to_owned(), if tls { "sasl_ssl" } else { "sasl_plaintext" }.to_owned()));
        extra.push(("sasl.mechanism".to_owned(), self.sasl_mechanism.clone().unwrap_or_else(|| "PLAIN".to_owned())));
        (self.sasl_bootstrap_uri.clone().unwrap_or_else(|| bootstrap.to_owned()), extra)
    }

    pub fn kafka_security(&self) -> Vec<(String, String)> {
        let mut out = vec![("security.protocol".to_owned(), self.security_protocol.to_lowercase())];
        let mut add = |key: &str, value: &Option<String>| {
            if let Some(v) = value {
                out.push((key.to_owned(), v.clone()));
            }
        };
        add("sasl.mechanism", &self.sasl_mechanism);
        add("sasl.username", &self.sasl_plain_username);
        add("sasl.password", &self.sasl_plain_password);
        add("ssl.ca.location", &self.ssl_cafile);
        add("ssl.certificate.location", &self.ssl_certfile);
        add("ssl.key.location", &self.ssl_keyfile);
        add("ssl.key.password", &self.ssl_password);
        add("ssl.crl.location", &self.ssl_crlfile);
        add("ssl.cipher.suites", &self.ssl_ciphers);
        if self.security_protocol.to_ascii_uppercase().contains("SSL") {
            let check = if self.ssl_check_hostname { "https" } else { "none" };
            out.push(("ssl.endpoint.identification.algorithm".to_owned(), check.to_owned()));
        }
        out.push(("connections.max.idle.ms".to_owned(), self.connections_max_idle_ms.to_string()));
        out.push(("metadata.max.age.ms".to_owned(), self.metadata_max_age_ms.to_string()));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_karapace_json_and_toml() {
        let dir = std::env::temp_dir().join(format!("gregor-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let json = dir.join("karapace.config.json");
        std::fs::write(&json, r#"{"bootstrap_uri":"k:9092","topic_name":"_s","port":9000,"compatibility":"full"}"#).unwrap();
        let config = Config::load(Some(&json)).unwrap();
        assert_eq!(config.bootstrap_uri.as_deref(), Some("k:9092"));
        assert_eq!((config.topic_name.as_str(), config.port), ("_s", 9000));
        assert_eq!(config.compatibility_level().unwrap(), CompatibilityLevel::Full);
        let toml = dir.join("gregor.toml");
        std::fs::write(&toml, "compatibility = \"nope\"\n").unwrap();
        assert!(Config::load(Some(&toml)).is_err());
        std::fs::write(&toml, "unknown_key = 1\n").unwrap();
        assert!(Config::load(Some(&toml)).is_err());
        std::fs::write(&toml, "karapace_registry = false\n").unwrap();
        assert!(Config::load(Some(&toml)).is_err(), "nothing to run");
    }

    #[test]
    fn every_karapace_key_loads_and_protection_is_never_dropped() {
        let dir = std::env::temp_dir().join(format!("gregor-config-k-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let json = dir.join("karapace.config.json");
        // Keys from Karapace's sample configuration, some honoured, some not used.
        std::fs::write(
            &json,
            r#"{"advertised_hostname":"sr1","bootstrap_uri":"k:9092","client_id":"sr-1","compatibility":"FULL",
                "group_id":"schema-registry","host":"0.0.0.0","log_level":"INFO","port":8081,"master_eligibility":true,
                "replication_factor":1,"security_protocol":"PLAINTEXT","ssl_cafile":null,"topic_name":"_schemas",
                "access_logs_debug":false,"statsd_host":"127.0.0.1","statsd_port":8125,"server_tls_certfile":null,
                "registry_authfile":null,"tags":{"app":"Karapace"},"connections_max_idle_ms":5000,
                "metadata_max_age_ms":1000,"kafka_schema_reader_strict_mode":false}"#,
        )
        .unwrap();
        let config = Config::load(Some(&json)).unwrap();
        assert_eq!(config.advertised_url(), "http://sr1:8081");
        assert!(config.notices.iter().any(|n| n.contains("statsd_host")), "{:?}", config.notices);
        let security = config.kafka_security();
        assert!(security.contains(&("connections.max.idle.ms".to_owned(), "5000".to_owned())));
        assert!(security.contains(&("metadata.max.age.ms".to_owned(), "1000".to_owned())));
        for refused in [r#"{"sasl_oauthbearer_authorization_enabled":true}"#] {
            std::fs::write(&json, refused).unwrap();
            let err = Config::load(Some(&json)).unwrap_err().to_string();
            assert!(err.contains("not supported"), "{err}");
        }
    }

    #[test]
    fn roles_and_registry_urls() {
        let mut config = Config::default();
        assert_eq!(config.roles().unwrap(), (true, true));
        config.karapace_rest = Some(true);
        assert_eq!(config.roles().unwrap(), (false, true), "Karapace: an unset role is off once one is set");
        assert_eq!(config.external_registry_url(), None);
        config.registry_host = Some("sr".to_owned());
        config.registry_user = Some("u".to_owned());
        config.registry_password = Some("p@ss".to_owned());
        assert_eq!(config.external_registry_url().as_deref(), Some("http://u:p%40ss@sr:8081"));
        config.registry_url = Some("http://other:1".to_owned());
        assert_eq!(config.external_registry_url().as_deref(), Some("http://other:1"));
    }
}
