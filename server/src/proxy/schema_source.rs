//! Where the REST proxy and the native API get schemas: the registry in
//! this process (no HTTP hop), or an external Confluent-compatible registry
//! at `registry_url` (Confluent's REST API, as Karapace's `karapace_rest`
//! uses `registry_host`/`registry_port`).
//!
//! Schemas are immutable per id, so a remote schema is fetched once and
//! cached. Decoding is synchronous: callers [`SchemaSource::prefetch`] the
//! ids of a batch first, then read them with [`SchemaSource::get`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use hyper::{Method, StatusCode};
use serde::Deserialize;
use serde_json::json;

use super::error::ProxyError;
use crate::http_client::{JsonClient, path_segment};
use crate::registry::schema::{Dependency, Reference, SchemaType};
use crate::registry::{Registry, SchemaInput};

/// Most remote schemas kept; past it the cache starts over.
const CACHE_LIMIT: usize = 10_000;

/// Deepest chain of references followed.
const MAX_REFERENCE_DEPTH: usize = 32;

/// A schema as the proxy needs it to encode or decode.
#[derive(Debug)]
pub struct SchemaRecord {
    /// AVRO, JSON or PROTOBUF.
    pub schema_type: SchemaType,
    /// The schema text.
    pub text: Arc<str>,
    /// Every schema it references, transitively, dependencies before
    /// dependents (what [`crate::registry::schema::parse`] takes).
    pub dependencies: Vec<Dependency>,
}

/// The registry the proxy uses.
#[derive(Debug, Clone)]
pub enum SchemaSource {
    /// The registry of this process.
    Local(Arc<Registry>),
    /// An external registry over HTTP.
    Remote(Arc<RemoteRegistry>),
    /// None: this process runs the proxy without a registry
    /// (`karapace_registry = false` and no `registry_url`); schema'd
    /// formats answer 40801.
    None,
}

impl SchemaSource {
    /// The schema with `id`. For a remote registry it must have been
    /// [`prefetch`](Self::prefetch)ed; `Err` says why there is none.
    pub fn get(&self, id: i32) -> Result<Arc<SchemaRecord>, String> {
        match self {
            Self::Local(registry) => {
                let (stored, _) = registry.schema_by_id(id, "").map_err(|e| format!("schema {id}: {e}"))?;
                let dependencies = registry.dependencies_of(&stored)?;
                Ok(Arc::new(SchemaRecord { schema_type: stored.schema_type, text: stored.text.clone(), dependencies }))
            }
            Self::Remote(remote) => remote.cached(id).ok_or_else(|| format!("schema {id} not found in the registry")),
            Self::None => Err(no_registry()),
        }
    }

    /// Makes the schemas of `ids` available to [`get`](Self::get): fetched
    /// from a remote registry when not cached. Ids the registry does not
    /// know are left out (decoding them fails later, per record); an
    /// unreachable registry is 40801.
    pub async fn prefetch(&self, ids: impl IntoIterator<Item = i32>) -> Result<(), ProxyError> {
        let Self::Remote(remote) = self else { return Ok(()) };
        for id in ids {
            if remote.cached(id).is_none() {
                remote.fetch(id).await?;
            }
        }
        Ok(())
    }

    /// The schema with `id`, fetched if needed (produce with `*_schema_id`).
    pub async fn by_id(&self, id: i32) -> Result<Arc<SchemaRecord>, ProxyError> {
        self.prefetch([id]).await?;
        self.get(id).map_err(|e| match self {
            Self::None => ProxyError::SchemaRetrieval(e),
            _ => ProxyError::InvalidSchema(e),
        })
    }

    /// Whether schema `id` is registered under `subject` (a live version
    /// of it holds that id). An unreachable registry is 40801.
    pub async fn is_registered_under(&self, id: i32, subject: &str) -> Result<bool, ProxyError> {
        match self {
            Self::Local(registry) => Ok(registry.subject_holds_id(subject, id)),
            Self::Remote(remote) => remote.is_registered_under(id, subject).await,
            Self::None => Err(ProxyError::SchemaRetrieval(no_registry())),
        }
    }

    /// Registers `text` under `subject` (or finds it there): its id and
    /// record. Registry refusals (incompatible, invalid) are 42205.
    pub async fn register(&self, subject: &str, schema_type: SchemaType, text: &str) -> Result<(i32, Arc<SchemaRecord>), ProxyError> {
        match self {
            Self::Local(registry) => {
                let input = SchemaInput { schema_type: schema_type.name().to_owned(), schema: text.to_owned(), ..SchemaInput::default() };
                registry.wait_ready().await.map_err(|e| ProxyError::InvalidSchema(e.to_string()))?;
                let view = registry.register(subject, &input, false).await.map_err(|e| ProxyError::InvalidSchema(e.to_string()))?;
                let id = view.schema.id;
                Ok((id, self.get(id).map_err(ProxyError::InvalidSchema)?))
            }
            Self::Remote(remote) => remote.register(subject, schema_type, text).await,
            Self::None => Err(ProxyError::SchemaRetrieval(no_registry())),
        }
    }
}

fn no_registry() -> String {
    "no schema registry: this process runs without one (karapace_registry = false) and registry_url is not set".to_owned()
}

/// A Confluent-compatible registry reached over HTTP.
#[derive(Debug)]
pub struct RemoteRegistry {
    base: String,
    authorization: Option<String>,
    client: JsonClient,
    by_id: Mutex<HashMap<i32, Arc<SchemaRecord>>>,
    registered: Mutex<HashMap<(String, SchemaType, String), i32>>,
}

/// Confluent's schema entity, as `GET /schemas/ids/{id}` and
/// `GET /subjects/{s}/versions/{v}` answer it.
#[derive(Debug, Deserialize)]
struct SchemaEntity {
    schema: String,
    #[serde(default, rename = "schemaType")]
    schema_type: String,
    #[serde(default)]
    references: Vec<Reference>,
}

impl RemoteRegistry {
    /// A client of the registry at `url` (`http[s]://host:port[/prefix]`,
    /// optionally `http[s]://user:password@host:port` for Basic auth),
    /// called through `client` (its timeout and TLS trust). Errors: another
    /// scheme, or no host.
    pub fn new(url: &str, client: JsonClient) -> Result<Self, String> {
        let url = url.trim_end_matches('/');
        let (scheme, rest) = url
            .split_once("://")
            .filter(|(scheme, _)| matches!(*scheme, "http" | "https"))
            .ok_or_else(|| format!("registry_url {url}: only http:// and https:// registries are supported"))?;
        let (authorization, host) = match rest.split_once('@') {
            Some((userinfo, host)) => {
                use base64::Engine as _;
                let decoded = percent_encoding::percent_decode_str(userinfo).decode_utf8_lossy().into_owned();
                (Some(format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(decoded))), host)
            }
            None => (None, rest),
        };
        if host.is_empty() {
            return Err(format!("registry_url {url}: no host"));
        }
        Ok(Self {
            base: format!("{scheme}://{host}"),
            authorization,
            client,
            by_id: Mutex::new(HashMap::new()),
            registered: Mutex::new(HashMap::new()),
        })
    }

    fn cached(&self, id: i32) -> Option<Arc<SchemaRecord>> {
        self.by_id.lock().unwrap_or_else(|e| e.into_inner()).get(&id).cloned()
    }

    fn remember(&self, id: i32, record: Arc<SchemaRecord>) {
        let mut cache = self.by_id.lock().unwrap_or_else(|e| e.into_inner());
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(id, record);
    }

    /// Fetches schema `id` with its references into the cache. An id the
    /// registry does not have is not an error here.
    async fn fetch(&self, id: i32) -> Result<(), ProxyError> {
        let Some(entity) = self.get_json::<SchemaEntity>(&format!("/schemas/ids/{id}")).await? else {
            return Ok(());
        };
        let schema_type = SchemaType::from_api(&entity.schema_type).map_err(|e| ProxyError::InvalidSchema(e.to_string()))?;
        let mut dependencies = Vec::new();
        let mut seen = Vec::new();
        self.collect(&entity.references, &mut seen, &mut dependencies, 0).await?;
        self.remember(id, Arc::new(SchemaRecord { schema_type, text: entity.schema.into(), dependencies }));
        Ok(())
    }

    /// `references`, transitively, dependencies first (as the
    /// local registry orders them).
    async fn collect(
        &self,
        references: &[Reference],
        seen: &mut Vec<(String, i32)>,
        out: &mut Vec<Dependency>,
        depth: usize,
    ) -> Result<(), ProxyError> {
        if depth > MAX_REFERENCE_DEPTH {
            return Err(ProxyError::InvalidSchema(format!("references nest deeper than {MAX_REFERENCE_DEPTH} levels")));
        }
        for reference in references {
            let key = (reference.subject.clone(), reference.version);
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let subject = path_segment(&reference.subject);
            let entity = self
                .get_json::<SchemaEntity>(&format!("/subjects/{subject}/versions/{}", reference.version))
                .await?
                .ok_or_else(|| {
                    ProxyError::InvalidSchema(format!(
                        "reference '{}' to subject '{}' version {} not found",
                        reference.name, reference.subject, reference.version
                    ))
                })?;
            Box::pin(self.collect(&entity.references, seen, out, depth + 1)).await?;
            out.push(Dependency {
                name: reference.name.clone(),
                subject: reference.subject.clone(),
                version: reference.version,
                text: entity.schema.into(),
            });
        }
        Ok(())
    }

    async fn register(&self, subject: &str, schema_type: SchemaType, text: &str) -> Result<(i32, Arc<SchemaRecord>), ProxyError> {
        let key = (subject.to_owned(), schema_type, text.to_owned());
        let known = self.registered.lock().unwrap_or_else(|e| e.into_inner()).get(&key).copied();
        let id = match known {
            Some(id) => id,
            None => {
                let mut body = json!({ "schema": text });
                if schema_type != SchemaType::Avro {
                    body["schemaType"] = json!(schema_type.name());
                }
                #[derive(Deserialize)]
                struct Registered {
                    id: i32,
                }
                let path = format!("/subjects/{}/versions", path_segment(subject));
                let (status, bytes) = self.send(Method::POST, &path, Some(body.to_string())).await?;
                if !status.is_success() {
                    return Err(ProxyError::InvalidSchema(format!("the registry refused the schema: {}", String::from_utf8_lossy(&bytes))));
                }
                let id = serde_json::from_slice::<Registered>(&bytes)
                    .map_err(|e| ProxyError::SchemaRetrieval(format!("unexpected registry answer: {e}")))?
                    .id;
                let mut registered = self.registered.lock().unwrap_or_else(|e| e.into_inner());
                if registered.len() >= CACHE_LIMIT {
                    registered.clear();
                }
                registered.insert(key, id);
                id
            }
        };
        if self.cached(id).is_none() {
            let record = SchemaRecord { schema_type, text: text.into(), dependencies: Vec::new() };
            self.remember(id, Arc::new(record));
        }
        Ok((id, self.cached(id).ok_or_else(|| ProxyError::SchemaRetrieval(format!("schema {id} vanished")))?))
    }

    async fn is_registered_under(&self, id: i32, subject: &str) -> Result<bool, ProxyError> {
        #[derive(Deserialize)]
        struct SubjectVersion {
            subject: String,
        }
        let pairs = self.get_json::<Vec<SubjectVersion>>(&format!("/schemas/ids/{id}/versions")).await?;
        Ok(pairs.is_some_and(|pairs| pairs.iter().any(|p| p.subject == subject)))
    }

    /// `GET path` as JSON; `None` on 404.
    async fn get_json<T: for<'de> Deserialize<'de>>(&self, path: &str) -> Result<Option<T>, ProxyError> {
        let (status, bytes) = self.send(Method::GET, path, None).await?;
        if status == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        if !status.is_success() {
            return Err(ProxyError::SchemaRetrieval(format!("GET {path}: HTTP {status}: {}", String::from_utf8_lossy(&bytes))));
        }
        serde_json::from_slice(&bytes).map(Some).map_err(|e| ProxyError::SchemaRetrieval(format!("GET {path}: {e}")))
    }

    async fn send(&self, method: Method, path: &str, body: Option<String>) -> Result<(StatusCode, Bytes), ProxyError> {
        self.client
            .send(&self.base, method, path, body, self.authorization.as_deref())
            .await
            .map_err(|e| ProxyError::SchemaRetrieval(format!("registry {e}")))
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_urls() {
        use std::time::Duration;
        let client = || JsonClient::new(Duration::from_secs(1)).unwrap();
        let remote = RemoteRegistry::new("http://u:p%40ss@registry:8081/", client()).unwrap();
        assert_eq!(remote.base, "http://registry:8081");
        assert_eq!(remote.authorization.as_deref(), Some("Basic dTpwQHNz")); // u:p@ss
        let remote = RemoteRegistry::new("https://registry/prefix", client()).unwrap();
        assert_eq!((remote.base.as_str(), remote.authorization), ("https://registry/prefix", None));
        assert!(RemoteRegistry::new("ftp://registry", client()).is_err());
        assert!(RemoteRegistry::new("registry:8081", client()).is_err());
        assert!(RemoteRegistry::new("http://", client()).is_err());
    }
}
