//! Who may call what: HTTP Basic users and permissions from Karapace's
//! `registry_authfile`, checked on every surface (REST, gRPC, grpc-web,
//! the NDJSON/SSE streams), since all of them are HTTP requests to one
//! router.
//!
//! - [`layer::authenticate`] (an axum middleware) reads the
//!   `authorization` header and puts the [`Caller`] (an `Arc`) in the request's
//!   extensions, or answers 401 / `UNAUTHENTICATED`.
//! - [`Access`] is asked by each RPC, which knows its resource
//!   (`Subject:<name>`, `Config:`, `Topic:<name>`) and operation.
//!
//! The file is re-read when it changes (checked every 2 s); a file that no
//! longer parses leaves the previous users in force, as Karapace does.

pub mod authfile;
pub mod bearer;
pub mod layer;

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

pub use authfile::{AuthFile, AuthFileError, Operation};

tokio::task_local! {
    /// The `authorization` header of the request being served, so a write
    /// a replica forwards to the primary carries the caller's credentials
    /// (Karapace forwards them too). The header value as received: a
    /// reference-counted slice of the request, no copy.
    static AUTHORIZATION: Option<axum::http::HeaderValue>;
}

/// Runs `future` as serving a request with this `authorization` header
/// (a WebSocket's commands run after the upgrade, outside the request).
pub async fn with_authorization<F: std::future::Future>(authorization: Option<axum::http::HeaderValue>, future: F) -> F::Output {
    AUTHORIZATION.scope(authorization, future).await
}

/// The `authorization` header of the request this task serves, if any
/// (and if it is visible ASCII, as HTTP credentials are).
pub fn current_authorization() -> Option<String> {
    AUTHORIZATION.try_with(|value| value.as_ref().and_then(|v| v.to_str().ok()).map(str::to_owned)).ok().flatten()
}

/// The authenticated user of a request (an extension set by the layer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// The user's name (Basic) or the token's subject claim (Bearer).
    pub username: String,
    /// The names permissions are matched with: the user name, or a token's
    /// roles claim values and subject.
    pub principals: Vec<String>,
}

/// The loaded auth file, shared and reloaded in place.
#[derive(Debug, Clone)]
pub struct Auth {
    file: Arc<RwLock<AuthFile>>,
    path: PathBuf,
    /// Credentials already checked, by SHA-256 of the `authorization`
    /// header value (never the password itself): a PBKDF2 or scrypt hash
    /// per request would cost milliseconds of CPU, and a hit needs no
    /// decoding and no copy. Entries live [`VERIFIED_TTL`]; a reload of the
    /// file empties it. Read-locked on a hit, so concurrent requests do not
    /// queue on it.
    verified: Arc<RwLock<Verified>>,
}

/// Checked credentials: SHA-256 of the `authorization` header value → the
/// caller and when it was checked.
type Verified = std::collections::HashMap<[u8; 32], (Arc<Caller>, std::time::Instant)>;

/// SHA-256 of `bytes`, the key of the credential caches (here and in
/// `proxy::users`). ring's: OpenSSL 3's one-shot digest looks its
/// algorithm up (locks and all) on every call.
pub(crate) fn sha256(bytes: &[u8]) -> [u8; 32] {
    let mut digest = [0; 32];
    digest.copy_from_slice(ring::digest::digest(&ring::digest::SHA256, bytes).as_ref());
    digest
}

/// How long checked credentials are remembered: 5 minutes.
pub const VERIFIED_TTL: Duration = Duration::from_secs(300);
/// Checked credentials remembered at most.
const VERIFIED_MAX: usize = 10_000;

impl Auth {
    /// Loads the auth file at `path`; errors say why it is unusable.
    pub fn load(path: &Path) -> Result<Self, AuthFileError> {
        let file = AuthFile::load(path)?;
        Ok(Self { file: Arc::new(RwLock::new(file)), path: path.to_owned(), verified: Arc::default() })
    }

    /// Re-reads the file whenever its modification time changes (checked
    /// every 2 s), until the process ends.
    pub fn spawn_reload(&self) {
        let this = self.clone();
        tokio::spawn(async move {
            let modified = |path: &Path| std::fs::metadata(path).and_then(|m| m.modified()).ok();
            let mut seen: Option<SystemTime> = modified(&this.path);
            loop {
                tokio::time::sleep(Duration::from_secs(2)).await;
                let now = modified(&this.path);
                if now.is_none() || now == seen {
                    continue;
                }
                seen = now;
                match AuthFile::load(&this.path) {
                    Ok(file) => {
                        *this.file.write().unwrap_or_else(|e| e.into_inner()) = file;
                        this.verified.write().unwrap_or_else(|e| e.into_inner()).clear();
                        tracing::info!(path = %this.path.display(), "reloaded the auth file");
                    }
                    Err(err) => tracing::warn!(path = %this.path.display(), error = %err, "auth file not reloaded; the previous one stays"),
                }
            }
        });
    }

    /// The caller whose HTTP Basic credentials are the `authorization`
    /// header value `header`, if they are a user's.
    pub fn authenticate(&self, header: &str) -> Option<Arc<Caller>> {
        let key = sha256(header.as_bytes());
        if let Some((caller, at)) = self.verified.read().unwrap_or_else(|e| e.into_inner()).get(&key)
            && at.elapsed() < VERIFIED_TTL
        {
            return Some(caller.clone());
        }
        let (username, password) = layer::basic_credentials(header)?;
        let caller = {
            let file = self.file.read().unwrap_or_else(|e| e.into_inner());
            let user = file.authenticate(&username, &password)?;
            Arc::new(Caller { username: user.username.clone(), principals: vec![user.username.clone()] })
        };
        let mut verified = self.verified.write().unwrap_or_else(|e| e.into_inner());
        if verified.len() >= VERIFIED_MAX {
            verified.retain(|_, (_, at)| at.elapsed() < VERIFIED_TTL);
            if verified.len() >= VERIFIED_MAX {
                verified.clear();
            }
        }
        verified.insert(key, (caller.clone(), std::time::Instant::now()));
        Some(caller)
    }

    fn allows(&self, caller: &Caller, operation: Operation, resource: &str) -> bool {
        let file = self.file.read().unwrap_or_else(|e| e.into_inner());
        caller.principals.iter().any(|name| file.allows(name, operation, resource))
    }

    fn allows_any<'a>(&self, caller: &Caller, operation: Operation, resources: impl IntoIterator<Item = &'a str> + Clone) -> bool {
        let file = self.file.read().unwrap_or_else(|e| e.into_inner());
        caller.principals.iter().any(|name| file.allows_any(name, operation, resources.clone()))
    }
}

/// The permission check an RPC makes; allows everything when no auth
/// file is configured, except writes to the protected topic.
#[derive(Debug, Clone, Default)]
pub struct Access {
    auth: Option<Auth>,
    /// The registry's schemas topic when `schemas_topic_protected` is on:
    /// no caller may write it.
    protected_topic: Option<Arc<str>>,
}

impl Access {
    /// Checks against `auth` (none: everything is allowed).
    pub fn new(auth: Option<Auth>) -> Self {
        Self { auth, protected_topic: None }
    }

    /// Refuses every write to `topic` (the schemas topic), whoever asks.
    #[must_use]
    pub fn with_protected_topic(mut self, topic: &str) -> Self {
        self.protected_topic = Some(topic.into());
        self
    }

    /// Whether `topic` is the protected schemas topic.
    pub fn is_protected(&self, topic: &str) -> bool {
        self.protected_topic.as_deref() == Some(topic)
    }

    /// Whether the request's caller may do `operation` on `resource`.
    /// A request without a [`Caller`] (the layer did not run) is refused.
    pub fn allows(&self, extensions: &tonic::Extensions, operation: Operation, resource: &str) -> bool {
        let Some(auth) = &self.auth else { return true };
        extensions.get::<Arc<Caller>>().is_some_and(|caller| auth.allows(caller, operation, resource))
    }

    /// Whether the caller may do `operation` on at least one of `resources`.
    pub fn allows_any<'a>(&self, extensions: &tonic::Extensions, operation: Operation, resources: impl IntoIterator<Item = &'a str> + Clone) -> bool {
        let Some(auth) = &self.auth else { return true };
        extensions.get::<Arc<Caller>>().is_some_and(|caller| auth.allows_any(caller, operation, resources))
    }

    /// Whether any check is made at all.
    pub fn enabled(&self) -> bool {
        self.auth.is_some()
    }
}
