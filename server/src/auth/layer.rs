//! Authentication of every request, before routing: HTTP Basic
//! credentials from the `authorization` header (gRPC metadata is the same
//! header), checked against the auth file.
//!
//! Answers when they are missing or wrong: REST gets 401 with
//! `WWW-Authenticate: Basic realm="Karapace Schema Registry"` (Karapace
//! `api/user.py`) and `{"error_code":401,"message":"Unauthorized"}`; gRPC
//! and grpc-web get `UNAUTHENTICATED`. `/_health` and `/master_available`
//! stay open, as Karapace's are, so probes and peers need no credentials.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;

use super::Auth;

/// Paths served without credentials.
const OPEN_PATHS: &[&str] = &["/_health", "/master_available"];

/// The realm Karapace names in its challenge.
const REALM: &str = "Basic realm=\"Karapace Schema Registry\"";

/// axum middleware: puts the [`super::Caller`] in the request's extensions
/// or answers 401 / `UNAUTHENTICATED`.
pub async fn authenticate(State(auth): State<Auth>, mut request: Request, next: Next) -> Response {
    if OPEN_PATHS.contains(&request.uri().path()) {
        return next.run(request).await;
    }
    let caller = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(basic_credentials)
        .and_then(|(username, password)| auth.authenticate(&username, &password));
    match caller {
        Some(caller) => {
            request.extensions_mut().insert(caller);
            let authorization = request.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).map(str::to_owned);
            super::AUTHORIZATION.scope(authorization, next.run(request)).await
        }
        None => {
            let grpc = request
                .headers()
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.starts_with("application/grpc"));
            tracing::info!(path = request.uri().path(), grpc, "refused a request without valid credentials");
            if grpc {
                let status = gateway::status::confluent_status(tonic::Code::Unauthenticated, 401, "UNAUTHENTICATED", "Unauthorized");
                let mut response = status.into_http::<Body>();
                response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static(REALM));
                return response;
            }
            let mut response = (
                StatusCode::UNAUTHORIZED,
                [(header::CONTENT_TYPE, "application/json")],
                r#"{"error_code":401,"message":"Unauthorized"}"#,
            )
                .into_response();
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static(REALM));
            response
        }
    }
}

/// `Basic base64(user:password)` → (user, password).
fn basic_credentials(value: &str) -> Option<(String, String)> {
    let (scheme, encoded) = value.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD.decode(encoded.trim()).ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (username, password) = text.split_once(':')?;
    Some((username.to_owned(), password.to_owned()))
}
