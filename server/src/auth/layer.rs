//! Authentication of every request, before routing: HTTP Basic
//! credentials from the `authorization` header (gRPC metadata is the same
//! header), checked against the auth file.
//!
//! Answers when they are missing or wrong: REST gets 401 with
//! `WWW-Authenticate: Basic realm="Karapace Schema Registry"` (Karapace
//! `api/user.py`) and `{"error_code":401,"message":"Unauthorized"}`; gRPC
//! and grpc-web get `UNAUTHENTICATED`. `/_health` and `/master_available`
//! stay open, as Karapace's are, so probes and peers need no credentials
//! (`auth_open_paths` changes the list).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine as _;

use super::Auth;
use super::bearer::Bearer;

/// Paths served without credentials unless configured otherwise
/// (`auth_open_paths`), as Karapace leaves them open.
pub const DEFAULT_OPEN_PATHS: &[&str] = &["/_health", "/master_available"];

/// The realm Karapace names in its challenge.
const REALM: &str = "Basic realm=\"Karapace Schema Registry\"";

/// Failed logins allowed from one address within [`FAILURE_WINDOW`].
pub const MAX_FAILURES: u32 = 10;
/// The window failed logins are counted in: 60 s.
pub const FAILURE_WINDOW: Duration = Duration::from_secs(60);
/// Addresses remembered at most (the oldest windows go first).
const MAX_ADDRESSES: usize = 10_000;

/// Failed logins per source address, in fixed windows.
#[derive(Debug, Default)]
pub struct FailedLogins {
    by_address: Mutex<HashMap<IpAddr, (Instant, u32)>>,
    /// Addresses in the map: while none has failed, a request takes no
    /// lock to learn that it is not blocked.
    addresses: AtomicUsize,
}

impl FailedLogins {
    /// Seconds until `address` may try again, when it is over the limit.
    fn blocked(&self, address: IpAddr) -> Option<u64> {
        if self.addresses.load(Ordering::Acquire) == 0 {
            return None;
        }
        let map = self.by_address.lock().unwrap_or_else(|e| e.into_inner());
        let (start, count) = map.get(&address)?;
        let left = FAILURE_WINDOW.checked_sub(start.elapsed())?;
        (*count >= MAX_FAILURES).then(|| left.as_secs().max(1))
    }

    fn failed(&self, address: IpAddr) {
        let mut map = self.by_address.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MAX_ADDRESSES {
            map.retain(|_, (start, _)| start.elapsed() < FAILURE_WINDOW);
        }
        let entry = map.entry(address).or_insert((Instant::now(), 0));
        if entry.0.elapsed() >= FAILURE_WINDOW {
            *entry = (Instant::now(), 0);
        }
        entry.1 += 1;
        self.addresses.store(map.len(), Ordering::Release);
    }
}

/// What the layer checks credentials with.
#[derive(Debug, Clone)]
pub struct Authenticator {
    /// HTTP Basic users (`registry_authfile`).
    pub basic: Option<Auth>,
    /// Bearer tokens (`sasl_oauthbearer_*`).
    pub bearer: Option<Arc<Bearer>>,
    /// Failed logins per address.
    pub failures: Arc<FailedLogins>,
    /// Paths answered without credentials (`auth_open_paths`).
    pub open_paths: Arc<[String]>,
}

/// axum middleware: puts the [`super::Caller`] in the request's extensions
/// or answers 401 / `UNAUTHENTICATED`. An address with [`MAX_FAILURES`]
/// failed logins in [`FAILURE_WINDOW`] gets 429 (`RESOURCE_EXHAUSTED`)
/// until the window ends; failures are logged with the user name, never
/// the password.
pub async fn authenticate(State(authenticator): State<Arc<Authenticator>>, mut request: Request, next: Next) -> Response {
    let failures = &authenticator.failures;
    if authenticator.open_paths.iter().any(|p| p == request.uri().path()) {
        return next.run(request).await;
    }
    let address = request.extensions().get::<ConnectInfo<crate::listener::Peer>>().map(|c| c.0.0.ip());
    let grpc = gateway::media::is_grpc(request.headers());
    if let Some(retry_after) = address.and_then(|a| failures.blocked(a)) {
        let header = (header::RETRY_AFTER, HeaderValue::from(retry_after));
        return refuse(request, grpc, tonic::Code::ResourceExhausted, 429, "TOO_MANY_FAILED_LOGINS", "Too many failed logins", header).await;
    }
    let authorization = request.headers().get(header::AUTHORIZATION).cloned();
    let (username, caller) = match authorization.as_ref().and_then(|value| value.to_str().ok()).map(str::trim) {
        Some(value) if value.len() > 7 && value[..7].eq_ignore_ascii_case("bearer ") => match &authenticator.bearer {
            Some(bearer) => match bearer.authenticate(value[7..].trim()).await {
                Ok((name, principals)) => (Some(name.clone()), Some(Arc::new(super::Caller { username: name, principals }))),
                Err(err) => {
                    tracing::info!(error = %err, "refused a bearer token");
                    (Some("<bearer>".to_owned()), None)
                }
            },
            None => (Some("<bearer>".to_owned()), None),
        },
        Some(value) => match authenticator.basic.as_ref().and_then(|auth| auth.authenticate(value)) {
            Some(caller) => (None, Some(caller)),
            // Refused: the user name, for the log and the failure count.
            None => (basic_credentials(value).map(|(user, _)| user), None),
        },
        None => (None, None),
    };
    match caller {
        Some(caller) => {
            request.extensions_mut().insert(caller);
            super::AUTHORIZATION.scope(authorization, next.run(request)).await
        }
        None => {
            // A request with credentials that do not match counts against
            // its address; one without any is only asked for them.
            if let (Some(address), Some(_)) = (address, &username) {
                failures.failed(address);
            }
            tracing::info!(path = request.uri().path(), grpc, user = username.as_deref(), address = ?address, "refused a request without valid credentials");
            // Basic users are asked for a password; with only bearer tokens
            // configured, for a token.
            let challenge = HeaderValue::from_static(if authenticator.basic.is_some() { REALM } else { "Bearer" });
            let header = (header::WWW_AUTHENTICATE, challenge);
            refuse(request, grpc, tonic::Code::Unauthenticated, 401, "UNAUTHENTICATED", "Unauthorized", header).await
        }
    }
}

/// A refusal made before routing, in the caller's protocol: a gRPC status
/// with the Confluent code in its details, a Connect error with the same
/// details, or the Confluent JSON body
/// (`error_code` is also the HTTP status), sent once the request body is
/// read (`gateway::transcode::after_body`) so a keep-alive client is not
/// reset. `header` goes on either.
async fn refuse(
    request: Request,
    grpc: bool,
    code: tonic::Code,
    error_code: u16,
    reason: &str,
    message: &str,
    header: (header::HeaderName, HeaderValue),
) -> Response {
    let status = gateway::status::confluent_status(code, u32::from(error_code), reason, message);
    let connect = gateway::connect::error_for(request.method(), request.headers(), request.uri().path(), &status);
    let mut response = if grpc {
        status.into_http::<Body>()
    } else if let Some(answer) = connect {
        gateway::transcode::after_body(request, answer).await
    } else {
        let refusal = gateway::transcode::rest_error("application/json", error_code, u32::from(error_code), message);
        gateway::transcode::after_body(request, refusal).await
    };
    response.headers_mut().insert(header.0, header.1);
    response
}

/// `Basic base64(user:password)` → (user, password).
pub(crate) fn basic_credentials(value: &str) -> Option<(String, String)> {
    let (scheme, encoded) = value.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD.decode(encoded.trim()).ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (username, password) = text.split_once(':')?;
    Some((username.to_owned(), password.to_owned()))
}

/// The realm the REST Proxy names when it asks for credentials (Karapace
/// `kafka_rest_apis/authentication.py`).
const PROXY_REALM: &str = "Basic realm=\"Karapace REST Proxy\"";

/// Whether `path` is one of the Kafka surfaces: the REST Proxy's routes
/// (v2 and v3) or the native Kafka gRPC API.
fn is_kafka_path(path: &str) -> bool {
    ["/topics", "/consumers", "/brokers", "/v3"].iter().any(|p| path == *p || path.starts_with(&format!("{p}/")))
        || path.starts_with("/gregor.kafka.v1.")
}

/// axum middleware for `rest_authorization`: a request to a Kafka surface
/// runs with its HTTP Basic credentials as the caller
/// ([`crate::proxy::users::with_caller`]); without them it gets 401 with
/// `WWW-Authenticate: Basic realm="Karapace REST Proxy"` (gRPC:
/// `UNAUTHENTICATED`). Kafka checks the credentials: a wrong password
/// fails the Kafka request (50002 on REST).
pub async fn require_kafka_credentials(request: Request, next: Next) -> Response {
    if !is_kafka_path(request.uri().path()) {
        return next.run(request).await;
    }
    let credentials = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(crate::proxy::users::KafkaCredentials::from_authorization);
    match credentials {
        Some(credentials) => crate::proxy::users::with_caller(credentials, next.run(request)).await,
        None => {
            let grpc = gateway::media::is_grpc(request.headers());
            let header = (header::WWW_AUTHENTICATE, HeaderValue::from_static(PROXY_REALM));
            refuse(request, grpc, tonic::Code::Unauthenticated, 401, "UNAUTHENTICATED", "Unauthorized", header).await
        }
    }
}
