//! A small HTTP/1.1 client for calls between registry nodes and from the
//! proxy to an external registry: one pooled hyper client, JSON bodies in
//! Confluent's media type, a deadline per call. `http://` only.

use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{Method, Request, StatusCode, header};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

/// Confluent's request and response media type.
const SCHEMA_REGISTRY_JSON: &str = "application/vnd.schemaregistry.v1+json";

/// A pooled client with a per-call timeout.
#[derive(Debug, Clone)]
pub struct JsonClient {
    client: Client<HttpConnector, Full<Bytes>>,
    timeout: Duration,
}

impl JsonClient {
    /// A client whose calls give up after `timeout`.
    pub fn new(timeout: Duration) -> Self {
        let client = Client::builder(TokioExecutor::new()).pool_idle_timeout(Duration::from_secs(30)).build_http();
        Self { client, timeout }
    }

    /// `method base+path` with an optional JSON `body` and `Authorization`
    /// value; the status and body of the answer. `Err` says why there is
    /// none (connection refused, timeout, bad URL).
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
            let response = self.client.request(request).await.map_err(|e| e.to_string())?;
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

/// A subject (or any text) as one percent-encoded path segment.
pub fn path_segment(segment: &str) -> String {
    percent_encoding::utf8_percent_encode(segment, percent_encoding::NON_ALPHANUMERIC).to_string()
}
