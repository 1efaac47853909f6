//! Primary ("master") election among registry nodes, through Kafka's group
//! membership protocol exactly as Confluent and Karapace do it
//! (confluent-api.md §4.2): every node joins the group `group_id` with
//! protocol type `sr` and protocol `v0`, its metadata names its URL and
//! `master_eligibility`, and the group leader assigns one primary to all:
//! the eligible member whose `scheme://host:port` sorts first
//! (`master_election_strategy` `lowest`, or last with `highest`).
//!
//! The outcome is published as a [`Leadership`] on a watch channel; the
//! registry accepts writes only as primary and forwards them otherwise.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use bytes::Bytes;
use kafka_protocol::messages::join_group_request::JoinGroupRequestProtocol;
use kafka_protocol::messages::sync_group_request::SyncGroupRequestAssignment;
use kafka_protocol::messages::{
    FindCoordinatorRequest, GroupId, HeartbeatRequest, JoinGroupRequest, JoinGroupResponse, LeaveGroupRequest,
    SyncGroupRequest,
};
use kafka_protocol::protocol::StrBytes;
use serde::{Deserialize, Serialize};

pub use crate::kafka_wire::Security;
use tokio::sync::{Notify, watch};

use crate::kafka_wire::{Connection, WireError};

/// Kafka error codes the loop reacts to (Kafka `Errors.java`).
mod code {
    pub(super) const NONE: i16 = 0;
    pub(super) const COORDINATOR_LOAD_IN_PROGRESS: i16 = 14;
    pub(super) const COORDINATOR_NOT_AVAILABLE: i16 = 15;
    pub(super) const NOT_COORDINATOR: i16 = 16;
    pub(super) const ILLEGAL_GENERATION: i16 = 22;
    pub(super) const UNKNOWN_MEMBER_ID: i16 = 25;
    pub(super) const REBALANCE_IN_PROGRESS: i16 = 27;
    pub(super) const MEMBER_ID_REQUIRED: i16 = 79;
}

/// Election settings (Karapace's keys).
#[derive(Debug, Clone)]
pub struct ElectionSettings {
    /// Kafka bootstrap servers, `host:port[,host:port…]`.
    pub bootstrap: String,
    /// The group (`group_id`, default `schema-registry`).
    pub group_id: String,
    /// This node's advertised URL, `scheme://host:port`.
    pub url: String,
    /// Whether this node may become primary (`master_eligibility`).
    pub eligible: bool,
    /// `highest` picks the last URL in sort order instead of the first
    /// (`master_election_strategy`).
    pub highest: bool,
    /// Group session timeout in ms (`session_timeout_ms`, default 10000).
    pub session_timeout_ms: u64,
    /// Kafka client id.
    pub client_id: String,
    /// TLS and SASL for the connections (`security_protocol`).
    pub security: Security,
}

/// What this node knows about the primary.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Leadership {
    /// The primary's URL, when one is elected.
    pub primary_url: Option<String>,
    /// This node is the primary.
    pub is_primary: bool,
    /// The group generation the assignment came from; -1 before any.
    pub generation: i32,
    /// Joined to the group and heart-beating.
    pub running: bool,
}

/// Member metadata (Confluent `SchemaRegistryIdentity`, version 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// Metadata version.
    #[serde(default = "one")]
    pub version: i32,
    /// Advertised host.
    pub host: String,
    /// Advertised port.
    pub port: u16,
    /// May become primary.
    #[serde(default = "yes")]
    pub master_eligibility: bool,
    /// `http` or `https`.
    #[serde(default = "http")]
    pub scheme: String,
}

fn one() -> i32 {
    1
}
fn yes() -> bool {
    true
}
fn http() -> String {
    "http".to_owned()
}

impl Identity {
    /// From a URL `scheme://host:port`.
    fn from_url(url: &str, eligible: bool) -> Self {
        let (scheme, rest) = url.split_once("://").unwrap_or(("http", url));
        let rest = rest.trim_end_matches('/');
        let (host, port) = rest.rsplit_once(':').unwrap_or((rest, "80"));
        Self {
            version: 1,
            host: host.to_owned(),
            port: port.parse().unwrap_or(80),
            master_eligibility: eligible,
            scheme: scheme.to_owned(),
        }
    }

    /// `scheme://host:port`.
    pub fn url(&self) -> String {
        format!("{}://{}:{}", self.scheme, self.host, self.port)
    }
}

/// The group leader's assignment, the same for every member (Confluent
/// `SchemaRegistryProtocol.Assignment`; Karapace writes the same fields).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    /// Assignment version.
    #[serde(default = "one")]
    pub version: i32,
    /// 0, or 1 for duplicate URLs.
    #[serde(default)]
    pub error: i32,
    /// The primary's member id; `None` when no member is eligible.
    pub master: Option<String>,
    /// The primary's identity.
    pub master_identity: Option<Identity>,
}

/// Picks the primary among `(member id, identity)`: the eligible member
/// whose URL sorts first (`highest`: last). Error 1 when two members
/// advertise one URL (Confluent DUPLICATE_URLS).
pub fn assign(members: &[(String, Identity)], highest: bool) -> Assignment {
    let mut eligible: Vec<&(String, Identity)> = members.iter().filter(|(_, i)| i.master_eligibility).collect();
    eligible.sort_by(|a, b| a.1.url().cmp(&b.1.url()).then_with(|| a.0.cmp(&b.0)));
    if highest {
        eligible.reverse();
    }
    let mut urls: Vec<String> = members.iter().map(|(_, i)| i.url()).collect();
    urls.sort();
    let duplicates = urls.windows(2).any(|w| w[0] == w[1]);
    match eligible.first() {
        Some((member, identity)) => Assignment {
            version: 1,
            error: i32::from(duplicates),
            master: Some(member.clone()),
            master_identity: Some(identity.clone()),
        },
        None => Assignment { version: 1, error: i32::from(duplicates), master: None, master_identity: None },
    }
}

/// A running election: a background task in the group.
#[derive(Debug)]
pub struct Election {
    settings: ElectionSettings,
    state: watch::Sender<Leadership>,
    stop: AtomicBool,
    /// Wakes the heart-beat wait when stopping.
    wake: Notify,
    /// Set when the task has ended (after its LeaveGroup).
    finished: watch::Sender<bool>,
}

impl Election {
    /// Starts joining the group in the background.
    pub fn start(settings: ElectionSettings) -> Arc<Self> {
        let election = Arc::new(Self {
            settings,
            state: watch::Sender::new(Leadership { generation: -1, ..Leadership::default() }),
            stop: AtomicBool::new(false),
            wake: Notify::new(),
            finished: watch::Sender::new(false),
        });
        let task = election.clone();
        tokio::spawn(async move { task.run().await });
        election
    }

    /// Whether this node may become primary.
    pub fn eligible(&self) -> bool {
        self.settings.eligible
    }

    /// The current leadership.
    pub fn leadership(&self) -> Leadership {
        self.state.borrow().clone()
    }

    /// Changes to the leadership.
    pub fn subscribe(&self) -> watch::Receiver<Leadership> {
        self.state.subscribe()
    }

    /// Leaves the group (LeaveGroup, so the others elect a new primary at
    /// once rather than after the session timeout) and stops the task;
    /// gives up waiting after 3 s.
    pub async fn leave(&self) {
        self.stop.store(true, Ordering::Relaxed);
        self.wake.notify_waiters();
        let mut finished = self.finished.subscribe();
        let _ = tokio::time::timeout(Duration::from_secs(3), finished.wait_for(|f| *f)).await;
    }

    fn publish(&self, leadership: Leadership) {
        self.state.send_if_modified(|current| {
            if *current == leadership {
                false
            } else {
                tracing::info!(
                    primary = leadership.primary_url.as_deref().unwrap_or("none"),
                    is_primary = leadership.is_primary,
                    generation = leadership.generation,
                    running = leadership.running,
                    "registry leadership"
                );
                *current = leadership;
                true
            }
        });
    }

    fn session_timeout(&self) -> Duration {
        Duration::from_millis(self.settings.session_timeout_ms.max(1000))
    }

    async fn run(self: Arc<Self>) {
        let mut member_id = String::new();
        // `/livez`: progress with each successful sync and heartbeat.
        let beat = crate::ops::liveness::register("election");
        while !self.stop.load(Ordering::Relaxed) {
            if let Err(err) = self.session(&mut member_id, &beat).await {
                tracing::warn!(error = %err.0, "registry election: rejoining");
                let mut current = self.leadership();
                current.running = false;
                self.publish(current);
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        }
        self.publish(Leadership { generation: -1, ..Leadership::default() });
        self.finished.send_replace(true);
    }

    /// Finds the coordinator and stays in the group until an error.
    async fn session(&self, member_id: &mut String, beat: &crate::ops::liveness::Beat) -> Result<(), WireError> {
        let timeout = self.session_timeout();
        let mut connection = self.coordinator(timeout).await?;
        let group = GroupId(StrBytes::from_string(self.settings.group_id.clone()));
        let metadata = serde_json::to_vec(&Identity::from_url(&self.settings.url, self.settings.eligible))
            .map_err(|e| WireError(e.to_string()))?;
        loop {
            if self.stop.load(Ordering::Relaxed) {
                let leave = LeaveGroupRequest::default()
                    .with_group_id(group.clone())
                    .with_member_id(StrBytes::from_string(member_id.clone()));
                let left = connection.call(&leave, 1, Duration::from_secs(2)).await;
                tracing::info!(ok = left.is_ok(), "left the registry election group");
                return Ok(());
            }
            let join = JoinGroupRequest::default()
                .with_group_id(group.clone())
                .with_session_timeout_ms(i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX))
                .with_rebalance_timeout_ms(i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX))
                .with_member_id(StrBytes::from_string(member_id.clone()))
                .with_protocol_type(StrBytes::from_static_str("sr"))
                .with_protocols(vec![
                    JoinGroupRequestProtocol::default()
                        .with_name(StrBytes::from_static_str("v0"))
                        .with_metadata(Bytes::from(metadata.clone())),
                ]);
            let joined = connection.call(&join, 5, timeout * 2 + Duration::from_secs(5)).await?;
            match joined.error_code {
                code::NONE => {}
                code::MEMBER_ID_REQUIRED => {
                    *member_id = joined.member_id.to_string();
                    continue;
                }
                code::UNKNOWN_MEMBER_ID => {
                    member_id.clear();
                    continue;
                }
                code::REBALANCE_IN_PROGRESS => continue,
                code::COORDINATOR_LOAD_IN_PROGRESS | code::COORDINATOR_NOT_AVAILABLE | code::NOT_COORDINATOR => {
                    return Err(WireError(format!("JoinGroup: coordinator error {}", joined.error_code)));
                }
                other => return Err(WireError(format!("JoinGroup failed with error {other}"))),
            }
            *member_id = joined.member_id.to_string();
            let generation = joined.generation_id;
            let assignments = if joined.leader.as_str() == member_id.as_str() { self.assignments(&joined)? } else { Vec::new() };
            let sync = SyncGroupRequest::default()
                .with_group_id(group.clone())
                .with_generation_id(generation)
                .with_member_id(StrBytes::from_string(member_id.clone()))
                .with_assignments(assignments);
            let synced = connection.call(&sync, 3, timeout + Duration::from_secs(5)).await?;
            match synced.error_code {
                code::NONE => {}
                code::REBALANCE_IN_PROGRESS | code::ILLEGAL_GENERATION => continue,
                code::UNKNOWN_MEMBER_ID => {
                    member_id.clear();
                    continue;
                }
                other => return Err(WireError(format!("SyncGroup failed with error {other}"))),
            }
            let assignment: Assignment = serde_json::from_slice(&synced.assignment)
                .map_err(|e| WireError(format!("unreadable assignment: {e}")))?;
            if assignment.error != 0 {
                tracing::error!("registry election: two members advertise the same URL; no primary");
            }
            let primary_url = assignment.master_identity.as_ref().filter(|_| assignment.error == 0).map(Identity::url);
            beat.beat();
            self.publish(Leadership {
                is_primary: primary_url.is_some() && assignment.master.as_deref() == Some(member_id.as_str()),
                primary_url,
                generation,
                running: true,
            });
            // Heartbeats until the group rebalances.
            let interval = (timeout / 3).min(Duration::from_secs(3));
            loop {
                tokio::select! {
                    () = tokio::time::sleep(interval) => {}
                    () = self.wake.notified() => {}
                }
                if self.stop.load(Ordering::Relaxed) {
                    break;
                }
                let heartbeat = HeartbeatRequest::default()
                    .with_group_id(group.clone())
                    .with_generation_id(generation)
                    .with_member_id(StrBytes::from_string(member_id.clone()));
                let answer = connection.call(&heartbeat, 1, timeout).await?;
                match answer.error_code {
                    code::NONE => {
                        beat.beat();
                        continue;
                    }
                    code::REBALANCE_IN_PROGRESS | code::ILLEGAL_GENERATION => {}
                    code::UNKNOWN_MEMBER_ID => member_id.clear(),
                    other => return Err(WireError(format!("Heartbeat failed with error {other}"))),
                }
                // While the group rebalances nobody is primary: the old
                // primary stops writing before a new one can start.
                self.publish(Leadership { primary_url: None, is_primary: false, generation, running: true });
                break;
            }
        }
    }

    /// A connection to the group coordinator, found through any bootstrap
    /// server.
    async fn coordinator(&self, timeout: Duration) -> Result<Connection, WireError> {
        let mut last = WireError("no bootstrap servers".to_owned());
        for address in self.settings.bootstrap.split(',').map(str::trim).filter(|a| !a.is_empty()) {
            let address = address.rsplit_once("://").map_or(address, |(_, a)| a);
            let mut connection = match Connection::connect(address, &self.settings.client_id, &self.settings.security, timeout).await {
                Ok(c) => c,
                Err(e) => {
                    last = e;
                    continue;
                }
            };
            let find = FindCoordinatorRequest::default()
                .with_key(StrBytes::from_string(self.settings.group_id.clone()))
                .with_key_type(0);
            let found = match connection.call(&find, 2, timeout).await {
                Ok(f) => f,
                Err(e) => {
                    last = e;
                    continue;
                }
            };
            if found.error_code != code::NONE {
                last = WireError(format!("FindCoordinator failed with error {}", found.error_code));
                continue;
            }
            let target = format!("{}:{}", found.host.as_str(), found.port);
            if target == connection.address {
                return Ok(connection);
            }
            return Connection::connect(&target, &self.settings.client_id, &self.settings.security, timeout).await;
        }
        Err(last)
    }

    /// The leader's assignments: the same [`Assignment`] for every member.
    fn assignments(&self, joined: &JoinGroupResponse) -> Result<Vec<SyncGroupRequestAssignment>, WireError> {
        let members: Vec<(String, Identity)> = joined
            .members
            .iter()
            .filter_map(|m| match serde_json::from_slice::<Identity>(&m.metadata) {
                Ok(identity) => Some((m.member_id.to_string(), identity)),
                Err(err) => {
                    tracing::warn!(member = m.member_id.as_str(), error = %err, "ignoring a member with unreadable metadata");
                    None
                }
            })
            .collect();
        let assignment = assign(&members, self.settings.highest);
        let bytes = Bytes::from(serde_json::to_vec(&assignment).map_err(|e| WireError(e.to_string()))?);
        Ok(joined
            .members
            .iter()
            .map(|m| SyncGroupRequestAssignment::default().with_member_id(m.member_id.clone()).with_assignment(bytes.clone()))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(id: &str, url: &str, eligible: bool) -> (String, Identity) {
        (id.to_owned(), Identity::from_url(url, eligible))
    }

    #[test]
    fn lowest_eligible_url_wins_and_highest_reverses() {
        let members = [
            member("m1", "http://b:8081", true),
            member("m2", "http://a:8081", false),
            member("m3", "http://c:8081", true),
        ];
        let lowest = assign(&members, false);
        assert_eq!(lowest.master.as_deref(), Some("m1"));
        assert_eq!(lowest.master_identity.unwrap().url(), "http://b:8081");
        assert_eq!(assign(&members, true).master.as_deref(), Some("m3"));
        let nobody = assign(&[member("m2", "http://a:8081", false)], false);
        assert_eq!((nobody.master, nobody.error), (None, 0));
        let twins = assign(&[member("x", "http://a:1", true), member("y", "http://a:1", true)], false);
        assert_eq!(twins.error, 1);
    }

    #[test]
    fn metadata_and_assignment_use_confluent_json() {
        let identity = Identity::from_url("https://reg.example:8443", true);
        let json = serde_json::to_string(&identity).unwrap();
        assert_eq!(json, r#"{"version":1,"host":"reg.example","port":8443,"master_eligibility":true,"scheme":"https"}"#);
        // Karapace's metadata (version 2, extra fields) reads too.
        let karapace: Identity = serde_json::from_str(
            r#"{"version":2,"karapace_version":"5.0","host":"k","port":8081,"scheme":"http","master_eligibility":false}"#,
        )
        .unwrap();
        assert_eq!((karapace.url().as_str(), karapace.master_eligibility), ("http://k:8081", false));
        let assignment: Assignment =
            serde_json::from_str(r#"{"master":"m1","master_identity":{"host":"k","port":1,"scheme":"http"},"error":0}"#).unwrap();
        assert_eq!(assignment.master.as_deref(), Some("m1"));
    }
}
