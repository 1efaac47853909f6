//! Writes on a replica go to the primary over its REST API (Confluent's
//! and Karapace's way), and the primary's answer, success or Confluent
//! error, comes back unchanged (confluent-api.md §4.2). A primary that
//! cannot be reached is 50003.

use hyper::Method;
use serde_json::Value;

use super::error::{RegistryError, Result};
use crate::http_client::JsonClient;

/// Forwards registry writes to the primary.
#[derive(Debug, Clone)]
pub struct Forwarder {
    client: JsonClient,
}

impl Forwarder {
    /// A forwarder that calls the primary through `client` (its timeout
    /// bounds each call; `https://` primaries are checked against the
    /// system's CAs).
    pub fn new(client: JsonClient) -> Self {
        Self { client }
    }

    /// `method primary+path` with `body`; the primary's JSON answer, or
    /// its Confluent error as [`RegistryError::Primary`]. 50003 when it
    /// does not answer.
    pub async fn call(&self, primary: &str, method: Method, path: &str, body: Option<&Value>) -> Result<Value> {
        let (status, bytes) = self
            .client
            // The caller's credentials go along when the auth file is on.
            .send(primary, method, path, body.map(Value::to_string), crate::auth::current_authorization().as_deref())
            .await
            .map_err(|e| RegistryError::Forwarding(format!("Error while forwarding the request to the primary: {e}")))?;
        if status.is_success() {
            return Ok(if bytes.is_empty() { Value::Null } else { serde_json::from_slice(&bytes).unwrap_or(Value::Null) });
        }
        let error: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        let code = error.get("error_code").and_then(Value::as_u64).and_then(|c| u32::try_from(c).ok());
        let message = error.get("message").and_then(Value::as_str).map(str::to_owned);
        match (code, message) {
            (Some(code), Some(message)) => Err(RegistryError::Primary { code, message }),
            _ => Err(RegistryError::Forwarding(format!(
                "Error while forwarding the request to the primary: HTTP {status}: {}",
                String::from_utf8_lossy(&bytes)
            ))),
        }
    }
}
