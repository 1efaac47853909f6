//! Gregor's gRPC API for Rust: prost messages and tonic clients of every
//! service, generated from `proto/` at build time (`build.rs`, protox, no
//! protoc), and a small layer over them:
//!
//! - [`Gregor`]: one channel to a Gregor node (`http://` h2c or
//!   `https://`), HTTP Basic or bearer credentials sent on every call, and
//!   a client per service ([`Gregor::registry`], [`Gregor::kafka`],
//!   [`Gregor::admin`], [`Gregor::records`], [`Gregor::rest_proxy`]);
//! - [`confluent_error`]: the Confluent `error_code` (e.g. 40401) and
//!   reason of a failed call, from the `google.rpc.ErrorInfo` detail Gregor
//!   puts on every error.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use gregor_client::{Gregor, registry::v1 as registry};
//!
//! let gregor = Gregor::connect("http://127.0.0.1:8081").await?;
//! let reply = gregor
//!     .registry()
//!     .register_schema(registry::RegisterSchemaRequest {
//!         subject: "users-value".into(),
//!         schema: Some(registry::SchemaSpec { schema: "\"string\"".into(), ..Default::default() }),
//!         ..Default::default()
//!     })
//!     .await?
//!     .into_inner();
//! println!("schema id {}", reply.id);
//! # Ok(())
//! # }
//! ```

use base64::Engine as _;
use tonic::metadata::{Ascii, MetadataValue};
use tonic::service::Interceptor;
use tonic::service::interceptor::InterceptedService;
use tonic::transport::{Channel, Endpoint};
use tonic_types::StatusExt as _;

/// `google.api` (HTTP annotations, `HttpBody`), as Gregor's protos use it.
#[allow(missing_docs, clippy::all)]
pub mod google {
    /// `google.api`.
    pub mod api {
        tonic::include_proto!("google.api");
    }
}

/// Gregor's packages, by their proto names (`gregor.registry.v1`, …);
/// re-exported at the top as [`registry`], [`kafka`], [`api`], [`apisix`].
pub mod gregor {
    /// Gregor's HTTP options (`gregor.api.v1`).
    #[allow(missing_docs, clippy::all)]
    pub mod api {
        /// `gregor.api.v1`.
        pub mod v1 {
            tonic::include_proto!("gregor.api.v1");
        }
    }

    /// APISIX's pubsub messages (`gregor.apisix.v1`).
    #[allow(missing_docs, clippy::all)]
    pub mod apisix {
        /// `gregor.apisix.v1`.
        pub mod v1 {
            tonic::include_proto!("gregor.apisix.v1");
        }
    }

    /// The Kafka APIs (`gregor.kafka.v1`): the native API, REST Proxy v2 and
    /// Kafka REST v3 (admin, records).
    #[allow(missing_docs, clippy::all)]
    pub mod kafka {
        /// `gregor.kafka.v1`.
        pub mod v1 {
            tonic::include_proto!("gregor.kafka.v1");
        }
    }

    /// The Schema Registry (`gregor.registry.v1`).
    #[allow(missing_docs, clippy::all)]
    pub mod registry {
        /// `gregor.registry.v1`.
        pub mod v1 {
            tonic::include_proto!("gregor.registry.v1");
        }
    }
}

pub use gregor::{api, apisix, kafka, registry};

use kafka::v1::admin_service_client::AdminServiceClient;
use kafka::v1::kafka_rest_service_client::KafkaRestServiceClient;
use kafka::v1::kafka_service_client::KafkaServiceClient;
use kafka::v1::records_service_client::RecordsServiceClient;
use registry::v1::schema_registry_service_client::SchemaRegistryServiceClient;

/// Sends the `authorization` metadata, when there is one, on every call.
#[derive(Debug, Clone, Default)]
pub struct Credentials(Option<MetadataValue<Ascii>>);

impl Interceptor for Credentials {
    fn call(&mut self, mut request: tonic::Request<()>) -> Result<tonic::Request<()>, tonic::Status> {
        if let Some(value) = &self.0 {
            request.metadata_mut().insert("authorization", value.clone());
        }
        Ok(request)
    }
}

/// The channel every service client of [`Gregor`] shares.
pub type AuthChannel = InterceptedService<Channel, Credentials>;

/// One Gregor node: a channel (HTTP/2; connections are made lazily and
/// kept) and the credentials to send.
#[derive(Debug, Clone)]
pub struct Gregor {
    channel: Channel,
    credentials: Credentials,
}

/// Why [`Gregor`] could not be made.
#[derive(Debug)]
pub enum ConnectError {
    /// The URL is not one tonic can connect to.
    Url(String),
    /// Connecting failed.
    Transport(tonic::transport::Error),
}

impl std::fmt::Display for ConnectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Url(url) => write!(f, "not a URL Gregor can be reached at: {url}"),
            Self::Transport(e) => write!(f, "connecting to Gregor: {e}"),
        }
    }
}

impl std::error::Error for ConnectError {}

impl Gregor {
    /// Connects to `url` (`http://host:port`, gRPC over h2c; `https://`
    /// needs tonic's TLS features in the caller's build).
    ///
    /// # Errors
    /// [`ConnectError::Url`] for a URL tonic does not take,
    /// [`ConnectError::Transport`] when the first connection fails.
    pub async fn connect(url: impl Into<String>) -> Result<Self, ConnectError> {
        let url = url.into();
        let endpoint = Endpoint::from_shared(url.clone()).map_err(|_| ConnectError::Url(url))?;
        let channel = endpoint.connect().await.map_err(ConnectError::Transport)?;
        Ok(Self::from_channel(channel))
    }

    /// Uses a channel made elsewhere (TLS, timeouts, load balancing).
    pub fn from_channel(channel: Channel) -> Self {
        Self { channel, credentials: Credentials::default() }
    }

    /// Sends HTTP Basic credentials (a Karapace auth file's user) on every call.
    pub fn with_basic_auth(mut self, username: &str, password: &str) -> Self {
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"));
        self.credentials = Credentials(format!("Basic {token}").parse().ok());
        self
    }

    /// Sends a bearer token (OIDC/JWT) on every call.
    pub fn with_bearer_token(mut self, token: &str) -> Self {
        self.credentials = Credentials(format!("Bearer {token}").parse().ok());
        self
    }

    fn channel(&self) -> AuthChannel {
        InterceptedService::new(self.channel.clone(), self.credentials.clone())
    }

    /// The Schema Registry.
    pub fn registry(&self) -> SchemaRegistryServiceClient<AuthChannel> {
        SchemaRegistryServiceClient::new(self.channel())
    }

    /// The native Kafka API: Produce, ProduceStream, Subscribe, Consume,
    /// Fetch, ListOffsets.
    pub fn kafka(&self) -> KafkaServiceClient<AuthChannel> {
        KafkaServiceClient::new(self.channel())
    }

    /// Kafka REST v3's admin operations.
    pub fn admin(&self) -> AdminServiceClient<AuthChannel> {
        AdminServiceClient::new(self.channel())
    }

    /// Kafka REST v3's records.
    pub fn records(&self) -> RecordsServiceClient<AuthChannel> {
        RecordsServiceClient::new(self.channel())
    }

    /// Kafka REST Proxy v2.
    pub fn rest_proxy(&self) -> KafkaRestServiceClient<AuthChannel> {
        KafkaRestServiceClient::new(self.channel())
    }
}

/// What Gregor says went wrong with a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfluentError {
    /// Confluent's `error_code` (`Errors.java`), e.g. 40401: the number the
    /// REST API answers for the same error.
    pub error_code: u32,
    /// UPPER_SNAKE_CASE name of the error, e.g. `SUBJECT_NOT_FOUND`.
    pub reason: String,
}

/// The Confluent error of a failed call (its `google.rpc.ErrorInfo`
/// detail, metadata key `error_code`); `None` for a status without one
/// (a transport failure).
pub fn confluent_error(status: &tonic::Status) -> Option<ConfluentError> {
    let info = status.get_details_error_info()?;
    let error_code = info.metadata.get("error_code")?.parse().ok()?;
    Some(ConfluentError { error_code, reason: info.reason })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(gregor: &Gregor) -> Option<String> {
        let request = gregor.credentials.clone().call(tonic::Request::new(())).unwrap();
        request.metadata().get("authorization").map(|v| v.to_str().unwrap().to_owned())
    }

    #[tokio::test]
    async fn credentials_go_in_the_authorization_metadata() {
        let channel = Endpoint::from_static("http://127.0.0.1:1").connect_lazy();
        let open = Gregor::from_channel(channel);
        assert_eq!(sent(&open), None);
        assert_eq!(sent(&open.clone().with_basic_auth("reader", "pw")).as_deref(), Some("Basic cmVhZGVyOnB3"));
        assert_eq!(sent(&open.with_bearer_token("t0k")).as_deref(), Some("Bearer t0k"));
    }

    #[test]
    fn reads_the_confluent_error() {
        let status = tonic::Status::with_error_details(
            tonic::Code::NotFound,
            "Subject 'x' not found.",
            tonic_types::ErrorDetails::with_error_info("SUBJECT_NOT_FOUND", "gregor.dev", [("error_code".to_owned(), "40401".to_owned())]),
        );
        assert_eq!(confluent_error(&status), Some(ConfluentError { error_code: 40401, reason: "SUBJECT_NOT_FOUND".to_owned() }));
        assert_eq!(confluent_error(&tonic::Status::unavailable("down")), None);
    }
}
