//! Gregor's own Kafka protocol connections, for the calls librdkafka does
//! not expose: the election's group membership with protocol type `sr`
//! (FindCoordinator, JoinGroup, SyncGroup, Heartbeat, LeaveGroup) and
//! ListPartitionReassignments (KIP-455) for REST v3. Messages are encoded
//! by `kafka-protocol`; [`Connection`] frames them over TCP or TLS and
//! authenticates with SASL, as [`Security`] says.

mod connection;
pub mod security;

pub use self::connection::{Connection, WireError};
pub use self::security::Security;
