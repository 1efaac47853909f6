//! The edge: tonic services implementing the generated traits, and the
//! one conversion from domain errors to [`tonic::Status`] (which the
//! generated REST façade turns into Confluent error bodies).

mod admin;
pub mod apisix;
mod docs;
mod kafka;
mod native;
mod records;
mod registry;
mod status;

pub use admin::AdminApi;
pub use docs::ApiDocs;
pub use kafka::{KafkaRestApi, ProxyRoot};
pub use native::KafkaNative;
pub use records::RecordsApi;
pub use registry::RegistryService;
