//! A small HTTP/1.1 client for calls between registry nodes and from the
//! proxy to an external registry: one pooled hyper client over `http://`
//! or `https://` (OpenSSL, the system's trusted CAs or one CA file, host
//! names checked), JSON bodies in Confluent's media type, a deadline per
//! call.

use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{Method, Request, StatusCode, header};
use hyper_openssl::client::legacy::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use openssl::ssl::{SslConnector, SslMethod};

/// Confluent's request and response media type.
const SCHEMA_REGISTRY_JSON: &str = "application/vnd.schemaregistry.v1+json";

/// A pooled client with a per-call timeout.
#[derive(Debug, Clone)]
pub struct JsonClient {
    client: Client<HttpsConnector<HttpConnector>, Full<Bytes>>,
    timeout: Duration,
}

/// How a [`JsonClient`] checks the certificates of `https://` servers.
#[derive(Debug, Clone, Default)]
pub struct TlsTrust {
    /// A PEM file of the CAs to trust instead of the system's (Karapace's
    /// `registry_ca`); `None` trusts the system's CAs.
    pub ca_file: Option<String>,
}

/// The TLS settings of a [`JsonClient`] could not be used.
#[derive(Debug, thiserror::Error)]
#[error("TLS for https:// calls: {0}")]
pub struct TlsSetupError(String);

impl JsonClient {
    /// A client whose calls give up after `timeout`, trusting the system's
    /// CAs for `https://`. Errors: see [`JsonClient::with_trust`].
    pub fn new(timeout: Duration) -> Result<Self, TlsSetupError> {
        Self::with_trust(timeout, &TlsTrust::default())
    }

    /// A client whose calls give up after `timeout` and that checks
    /// `https://` servers against `trust`. Errors: an unreadable or
    /// malformed CA file, or an OpenSSL that cannot make a TLS context.
    pub fn with_trust(timeout: Duration, trust: &TlsTrust) -> Result<Self, TlsSetupError> {
        let setup = |e: openssl::error::ErrorStack| TlsSetupError(e.to_string());
        // Verifies the peer and (through `configure` per connection) its
        // host name; loads the system's default CA paths.
        let mut ssl = SslConnector::builder(SslMethod::tls_client()).map_err(setup)?;
        if let Some(ca) = trust.ca_file.as_deref().filter(|f| !f.is_empty()) {
            ssl.set_ca_file(ca).map_err(|e| TlsSetupError(format!("CA file {ca}: {e}")))?;
        }
        let connector = HttpsConnector::with_connector(http_connector(), ssl).map_err(setup)?;
        Ok(Self { client: Self::pooled(connector), timeout })
    }

    fn pooled(connector: HttpsConnector<HttpConnector>) -> Client<HttpsConnector<HttpConnector>, Full<Bytes>> {
        Client::builder(TokioExecutor::new()).pool_idle_timeout(Duration::from_secs(30)).build(connector)
    }

    /// `method base+path` with an optional JSON `body` and `Authorization`
    /// value; the status and body of the answer. `Err` says why there is
    /// none (connection refused, TLS handshake, timeout, bad URL).
    pub async fn send(
        &self,
        base: &str,
        method: Method,
        path: &str,
        body: Option<String>,
        authorization: Option<&str>,
    ) -> Result<(StatusCode, Bytes), String> {
        let mut request = Request::builder()
            .method(method)
            .uri(format!("{}{path}", base.trim_end_matches('/')))
            .header(header::ACCEPT, format!("{SCHEMA_REGISTRY_JSON}, application/json"));
        if body.is_some() {
            request = request.header(header::CONTENT_TYPE, SCHEMA_REGISTRY_JSON);
        }
        if let Some(authorization) = authorization {
            request = request.header(header::AUTHORIZATION, authorization);
        }
        let request = request.body(Full::new(Bytes::from(body.unwrap_or_default()))).map_err(|e| e.to_string())?;
        let exchange = async {
            let response = self.client.request(request).await.map_err(|e| error_chain(&e))?;
            let status = response.status();
            let bytes = response.into_body().collect().await.map_err(|e| e.to_string())?.to_bytes();
            Ok::<_, String>((status, bytes))
        };
        match tokio::time::timeout(self.timeout, exchange).await {
            Ok(answer) => answer.map_err(|e| format!("{base}: {e}")),
            Err(_) => Err(format!("{base} did not answer within {:?}", self.timeout)),
        }
    }
}

/// TCP connector that also accepts `https://` URIs (TLS is layered on top).
fn http_connector() -> HttpConnector {
    let mut http = HttpConnector::new();
    http.enforce_http(false);
    http
}

/// An error with its sources (hyper's "client error (Connect)" hides the
/// reason, e.g. OpenSSL's `certificate verify failed`).
fn error_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// A subject, consumer group or instance name (any text) as one URL path
/// segment: all but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _
/// ~`) percent-encoded, so `%`, `/`, `?`, `#` and spaces survive the trip.
pub fn path_segment(segment: &str) -> String {
    const ENCODED: &percent_encoding::AsciiSet =
        &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');
    percent_encoding::utf8_percent_encode(segment, ENCODED).to_string()
}
