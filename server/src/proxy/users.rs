//! Kafka clients per caller, for `rest_authorization` (Karapace's key):
//! the REST Proxy and the native Kafka API reach Kafka with the caller's
//! own HTTP Basic credentials as SASL credentials (mechanism
//! `sasl_mechanism`, PLAIN when unset), so Kafka's ACLs decide what each
//! caller may do (Karapace `kafka_rest_apis.get_user_proxy`).
//!
//! A caller's producer, admin and fetch clients are made on first use and
//! kept while used: at most [`MAX_USERS`] callers, each dropped after
//! [`IDLE`] without a request, the least recently used first when full.
//! Clients are keyed by a SHA-256 of user and password, so a changed
//! password gets new clients and no password is kept as a key.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::fetch::Fetcher;
use super::{KafkaProxy, ProxySettings};
use crate::proxy::consumers::ConsumerSettings;
use crate::proxy::error::ProxyError;

/// Most callers with clients at once: 64.
pub const MAX_USERS: usize = 64;
/// A caller's clients are dropped after this long without a request: 10 min.
pub const IDLE: Duration = Duration::from_secs(600);

/// A caller's Kafka credentials, from the request's `authorization`
/// header (HTTP Basic) or gRPC metadata of the same name.
#[derive(Clone, PartialEq, Eq)]
pub struct KafkaCredentials {
    /// SASL user name.
    pub username: String,
    password: String,
}

impl std::fmt::Debug for KafkaCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KafkaCredentials").field("username", &self.username).finish_non_exhaustive()
    }
}

impl KafkaCredentials {
    /// The credentials of an `Authorization: Basic …` value; `None` for
    /// anything else.
    pub fn from_authorization(value: &str) -> Option<Self> {
        let (username, password) = crate::auth::layer::basic_credentials(value.trim())?;
        Some(Self { username, password })
    }

    /// librdkafka's SASL settings for them.
    pub fn sasl(&self) -> [(String, String); 2] {
        [("sasl.username".to_owned(), self.username.clone()), ("sasl.password".to_owned(), self.password.clone())]
    }

    fn key(&self) -> [u8; 32] {
        crate::auth::sha256(format!("{}\0{}", self.username, self.password).as_bytes())
    }
}

/// One caller's clients.
#[derive(Debug)]
pub struct UserClients {
    /// Producer, admin and metadata clients.
    pub proxy: Arc<KafkaProxy>,
    /// Sessions for the native `Fetch`.
    pub fetcher: Arc<Fetcher>,
    /// Kafka REST v3's admin client.
    pub admin: Arc<crate::admin::KafkaAdmin>,
}

/// Settings that per-caller clients are made from: the shared ones, with
/// SASL to `sasl_bootstrap_uri` (or `bootstrap_uri`) and the caller's
/// credentials added.
#[derive(Debug, Clone)]
pub struct UserSettings {
    /// The producer's settings (their `extra` holds the SASL protocol and
    /// mechanism, no credentials).
    pub proxy: ProxySettings,
    /// The consumers' settings, the same way.
    pub consumers: ConsumerSettings,
}

impl UserSettings {
    /// `settings` for `credentials`.
    pub fn proxy_for(&self, credentials: &KafkaCredentials) -> ProxySettings {
        let mut settings = self.proxy.clone();
        settings.extra.extend(credentials.sasl());
        settings
    }

    /// Consumer settings for `credentials`.
    pub fn consumers_for(&self, credentials: &KafkaCredentials) -> ConsumerSettings {
        let mut settings = self.consumers.clone();
        settings.extra.extend(credentials.sasl());
        settings
    }
}

/// The bounded cache of per-caller clients.
#[derive(Debug)]
pub struct UserProxies {
    settings: UserSettings,
    cache: Mutex<HashMap<[u8; 32], (Arc<UserClients>, Instant)>>,
}

impl UserProxies {
    /// A cache making clients from `settings`.
    pub fn new(settings: UserSettings) -> Self {
        Self { settings, cache: Mutex::new(HashMap::new()) }
    }

    /// The settings clients are made from.
    pub fn settings(&self) -> &UserSettings {
        &self.settings
    }

    /// The caller's clients, made on first use. Errors: the clients could
    /// not be created (a bad setting).
    pub fn get(&self, credentials: &KafkaCredentials) -> Result<Arc<UserClients>, ProxyError> {
        let key = credentials.key();
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((clients, used)) = cache.get_mut(&key) {
            *used = Instant::now();
            return Ok(clients.clone());
        }
        let mut dropped: Vec<Arc<UserClients>> = Vec::new();
        let idle: Vec<[u8; 32]> = cache.iter().filter(|(_, (_, used))| used.elapsed() > IDLE).map(|(k, _)| *k).collect();
        dropped.extend(idle.iter().filter_map(|k| cache.remove(k)).map(|(c, _)| c));
        if cache.len() >= MAX_USERS
            && let Some(oldest) = cache.iter().min_by_key(|(_, (_, used))| *used).map(|(k, _)| *k)
        {
            dropped.extend(cache.remove(&oldest).map(|(c, _)| c));
        }
        let proxy = Arc::new(KafkaProxy::new(&self.settings.proxy_for(credentials))?);
        let fetcher = Arc::new(Fetcher::new(&self.settings.consumers_for(credentials)));
        let settings = self.settings.proxy_for(credentials);
        let timeout = std::time::Duration::from_millis(settings.request_timeout_ms);
        let admin = crate::admin::KafkaAdmin::new(&settings.bootstrap, &settings.client_id, &settings.extra, timeout)
            .map_err(|e| ProxyError::Kafka(e.to_string()))?;
        let clients = Arc::new(UserClients { proxy, fetcher, admin: Arc::new(admin) });
        cache.insert(key, (clients.clone(), Instant::now()));
        drop(cache);
        if !dropped.is_empty() {
            // librdkafka clients block while closing: not on a runtime worker.
            std::thread::spawn(move || drop(dropped));
        }
        tracing::debug!(user = credentials.username, "Kafka clients for a REST Proxy caller");
        Ok(clients)
    }
}

tokio::task_local! {
    /// The caller of the request being served, set by the
    /// `rest_authorization` layer.
    static CALLER: KafkaCredentials;
}

/// Runs `future` with `credentials` as the caller.
pub async fn with_caller<F: std::future::Future>(credentials: KafkaCredentials, future: F) -> F::Output {
    CALLER.scope(credentials, future).await
}

/// The caller of the request being served, inside [`with_caller`].
pub fn caller() -> Option<KafkaCredentials> {
    CALLER.try_with(Clone::clone).ok()
}
