//! Where the registry keeps its state: the Kafka `_schemas` topic.
//!
//! - [`record`]: the key/value format shared with Confluent and Karapace.
//! - [`kafka`]: the topic itself (create, append, replay) over rdkafka.

pub mod kafka;
pub mod record;
