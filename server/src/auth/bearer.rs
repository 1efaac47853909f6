//! Bearer tokens (OIDC access tokens, JWTs) with Karapace's
//! `sasl_oauthbearer_*` keys: the signature is checked against a JWKS
//! (a file, or an `http(s)://` URL, cached and fetched again, at most every
//! 10 s, when a token names a key id it does not hold), then `exp`, `nbf`
//! (with `sasl_oauthbearer_leeway_seconds`), the issuer and the audience.
//!
//! The caller is named by `sasl_oauthbearer_sub_claim_name` (`sub`); the
//! values of `sasl_oauthbearer_roles_claim_path` (a dotted path, e.g.
//! `realm_access.roles`, a string or a list of strings) are the names the
//! `registry_authfile` permissions are matched with, so roles or groups get
//! the same rules as Basic users.

use std::time::{Duration, Instant};

use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{DecodingKey, Validation};
use serde_json::Value;
use tokio::sync::Mutex;

use crate::http_client::JsonClient;

/// Bearer token settings, from the config.
#[derive(Debug, Clone)]
pub struct BearerSettings {
    /// JWKS location: `http(s)://…` or a file path (`file://` allowed).
    pub jwks: String,
    /// Required `iss`, if any.
    pub issuer: Option<String>,
    /// Required `aud`, if any.
    pub audience: Option<String>,
    /// The claim naming the caller (`sub`).
    pub subject_claim: String,
    /// Dotted path of the claim whose values permissions are matched with.
    pub roles_claim: Option<String>,
    /// Allowed clock skew, seconds.
    pub leeway_seconds: u64,
}

/// Why a JWKS or a token was not accepted.
#[derive(Debug, thiserror::Error)]
pub enum BearerError {
    /// The JWKS could not be read.
    #[error("JWKS {0}: {1}")]
    Jwks(String, String),
    /// The token is malformed, expired, or signed by no known key.
    #[error("invalid token: {0}")]
    Token(String),
}

/// Checks bearer tokens against a cached JWKS.
#[derive(Debug)]
pub struct Bearer {
    settings: BearerSettings,
    client: JsonClient,
    keys: Mutex<(JwkSet, Instant)>,
}

/// Key sets are fetched again at most this often.
const REFRESH_EVERY: Duration = Duration::from_secs(10);

impl Bearer {
    /// Loads the JWKS once; errors say why it is unusable.
    pub async fn load(settings: BearerSettings, client: JsonClient) -> Result<Self, BearerError> {
        let keys = fetch(&settings.jwks, &client).await?;
        Ok(Self { settings, client, keys: Mutex::new((keys, Instant::now())) })
    }

    /// The caller's name and the names its permissions are matched with
    /// (its roles claim values, and its name).
    pub async fn authenticate(&self, token: &str) -> Result<(String, Vec<String>), BearerError> {
        let header = jsonwebtoken::decode_header(token).map_err(|e| BearerError::Token(e.to_string()))?;
        let key = {
            let mut keys = self.keys.lock().await;
            let mut found = find(&keys.0, header.kid.as_deref());
            if found.is_none() && keys.1.elapsed() >= REFRESH_EVERY {
                // An unknown key id: the issuer may have rotated its keys.
                match fetch(&self.settings.jwks, &self.client).await {
                    Ok(fresh) => *keys = (fresh, Instant::now()),
                    Err(err) => tracing::warn!(error = %err, "JWKS refresh failed; the cached keys stay"),
                }
                found = find(&keys.0, header.kid.as_deref());
            }
            found.ok_or_else(|| BearerError::Token(format!("no key {:?} in the JWKS", header.kid)))?
        };
        let mut validation = Validation::new(header.alg);
        validation.leeway = self.settings.leeway_seconds;
        validation.validate_nbf = true;
        validation.set_required_spec_claims(&["exp"]);
        match &self.settings.issuer {
            Some(issuer) => validation.set_issuer(&[issuer]),
            None => validation.iss = None,
        }
        match &self.settings.audience {
            Some(audience) => validation.set_audience(&[audience]),
            None => validation.validate_aud = false,
        }
        let data = jsonwebtoken::decode::<Value>(token, &key, &validation).map_err(|e| BearerError::Token(e.to_string()))?;
        let claims = data.claims;
        let name = claims.get(&self.settings.subject_claim).and_then(Value::as_str).unwrap_or_default().to_owned();
        let mut principals: Vec<String> = Vec::new();
        if let Some(path) = &self.settings.roles_claim {
            let mut value = Some(&claims);
            for part in path.split('.') {
                value = value.and_then(|v| v.get(part));
            }
            match value {
                Some(Value::String(role)) => principals.push(role.clone()),
                Some(Value::Array(roles)) => principals.extend(roles.iter().filter_map(Value::as_str).map(str::to_owned)),
                _ => {}
            }
        }
        if !name.is_empty() {
            principals.push(name.clone());
        }
        Ok((name, principals))
    }
}

fn find(keys: &JwkSet, kid: Option<&str>) -> Option<DecodingKey> {
    let jwk = match kid {
        Some(kid) => keys.find(kid)?,
        // No key id: only a set of one key says which.
        None if keys.keys.len() == 1 => &keys.keys[0],
        None => return None,
    };
    DecodingKey::from_jwk(jwk).ok()
}

async fn fetch(location: &str, client: &JsonClient) -> Result<JwkSet, BearerError> {
    let fail = |e: String| BearerError::Jwks(location.to_owned(), e);
    let bytes = if location.starts_with("http://") || location.starts_with("https://") {
        let (scheme, rest) = location.split_once("://").unwrap_or(("https", location));
        let (host, path) = rest.split_once('/').map_or((rest, "/".to_owned()), |(h, p)| (h, format!("/{p}")));
        let (status, body) = client.send(&format!("{scheme}://{host}"), hyper::Method::GET, &path, None, None).await.map_err(fail)?;
        if !status.is_success() {
            return Err(fail(format!("HTTP {status}")));
        }
        body.to_vec()
    } else {
        std::fs::read(location.strip_prefix("file://").unwrap_or(location)).map_err(|e| fail(e.to_string()))?
    };
    serde_json::from_slice(&bytes).map_err(|e| fail(e.to_string()))
}
