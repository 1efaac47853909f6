//! Kafka administration over librdkafka: the cluster, brokers, topics and
//! their configs, partitions, consumer groups, committed offsets and lag.
//! What Kafka REST v3 (`api::admin`) and the `gregor topic|group` commands
//! are made of.
//!
//! Everything here is the `rdkafka` crate's admin client and metadata,
//! except calls it lacks, made on the same client through librdkafka
//! itself ([`ffi`]): IncrementalAlterConfigs, DescribeConfigs with
//! synonyms (and of the cluster-wide broker defaults, which needed a patch
//! of librdkafka: `third_party/rdkafka-sys/PATCHED.md`), ACLs,
//! ListConsumerGroupOffsets of a whole group, and the controller id; and
//! one librdkafka does not have at all, ListPartitionReassignments, sent on
//! Gregor's own connection ([`crate::kafka_wire`]) with the same security
//! settings.

pub mod cli;
pub mod error;
pub mod ffi;

use std::sync::Arc;
use std::time::Duration;

use kafka_protocol::messages::ListPartitionReassignmentsRequest;
use rdkafka::admin::{
    AdminClient, AdminOptions, NewPartitions, NewTopic, TopicReplication,
};
use rdkafka::client::DefaultClientContext;
use rdkafka::metadata::Metadata;

use crate::kafka_wire::{Connection, Security, WireError};

pub use error::AdminError;
pub use ffi::{AclBinding, AclFilter, ConfigChange, ConfigResource};

/// A broker as Metadata lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokerInfo {
    /// Broker id.
    pub id: i32,
    /// Advertised host.
    pub host: String,
    /// Advertised port.
    pub port: i32,
}

/// A partition: leader (-1 when none), replicas and in-sync replicas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionMeta {
    /// Partition id.
    pub id: i32,
    /// Leader broker id; -1 when none.
    pub leader: i32,
    /// Replica broker ids.
    pub replicas: Vec<i32>,
    /// In-sync replica broker ids.
    pub isr: Vec<i32>,
}

/// A topic as Metadata lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicMeta {
    /// Topic name.
    pub name: String,
    /// Whether it is one of Kafka's internal topics.
    pub internal: bool,
    /// Partitions, by id.
    pub partitions: Vec<PartitionMeta>,
}

impl TopicMeta {
    /// Replicas of the first partition (0 for a topic without partitions).
    pub fn replication_factor(&self) -> i32 {
        self.partitions
            .first()
            .map_or(0, |p| i32::try_from(p.replicas.len()).unwrap_or(i32::MAX))
    }
}

/// The cluster: its id, controller and brokers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterMeta {
    /// Metadata's cluster id.
    pub id: String,
    /// The controller's broker id, when named.
    pub controller: Option<i32>,
    /// Brokers, by id.
    pub brokers: Vec<BrokerInfo>,
}

/// One config of a resource (DescribeConfigs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigInfo {
    /// Config name.
    pub name: String,
    /// Value; `None` when sensitive or unset.
    pub value: Option<String>,
    /// Confluent's `ConfigSource` name (`DYNAMIC_TOPIC_CONFIG`, …).
    pub source: &'static str,
    /// Whether it is the default.
    pub is_default: bool,
    /// Whether it cannot be changed.
    pub is_read_only: bool,
    /// Whether its value is hidden.
    pub is_sensitive: bool,
    /// Synonyms, most specific first: (name, value, source).
    pub synonyms: Vec<(String, Option<String>, &'static str)>,
}

/// A member of a consumer group (DescribeGroups).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberInfo {
    /// Member id.
    pub id: String,
    /// Its `client.id`.
    pub client_id: String,
    /// Its host.
    pub host: String,
    /// Partitions assigned to it: (topic, partition).
    pub assignment: Vec<(String, i32)>,
}

/// A consumer group (ListGroups / DescribeGroups).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupInfo {
    /// Group id.
    pub id: String,
    /// Kafka's state name (`Stable`, `Empty`, `Dead`, …).
    pub state: String,
    /// `consumer` for consumer groups; empty for a simple group.
    pub protocol_type: String,
    /// The assignor (`range`, …).
    pub protocol: String,
    /// Members, by id.
    pub members: Vec<MemberInfo>,
}

/// A group's lag on one partition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LagInfo {
    /// Topic.
    pub topic: String,
    /// Partition.
    pub partition: i32,
    /// The group's committed offset.
    pub committed: i64,
    /// The partition's end offset.
    pub end: i64,
    /// The member assigned the partition, if any.
    pub member: Option<MemberInfo>,
}

impl LagInfo {
    /// `end - committed`, at least 0.
    pub fn lag(&self) -> i64 {
        (self.end - self.committed).max(0)
    }
}

/// A topic to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicSpec {
    /// Name.
    pub name: String,
    /// Partitions; the broker's default when `None`.
    pub partitions: Option<i32>,
    /// Replication factor; the broker's default when `None`.
    pub replication_factor: Option<i32>,
    /// Configs.
    pub configs: Vec<(String, String)>,
}

/// The admin client and what it asks Kafka.
pub struct KafkaAdmin {
    admin: Arc<AdminClient<DefaultClientContext>>,
    timeout: Duration,
    /// The cluster as last fetched: every v3 request checks its cluster
    /// id against it, and a metadata request of every topic per request
    /// would be the bulk of the work (see [`CLUSTER_MAX_AGE`]).
    cluster: std::sync::Mutex<Option<(std::time::Instant, ClusterMeta)>>,
    /// `client.id` of Gregor's own connections.
    client_id: String,
    /// Their TLS and SASL, from the same settings; why not, when the
    /// settings name something they do not speak.
    wire: Result<Security, String>,
}

/// An ongoing replica reassignment of one partition (KIP-455).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reassignment {
    /// The topic.
    pub topic: String,
    /// The partition.
    pub partition: i32,
    /// Broker ids being added.
    pub adding: Vec<i32>,
    /// Broker ids being removed.
    pub removing: Vec<i32>,
}

/// How long the cluster's id, controller and brokers are taken as fetched.
const CLUSTER_MAX_AGE: Duration = Duration::from_secs(5);

impl std::fmt::Debug for KafkaAdmin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KafkaAdmin")
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

/// Runs a blocking librdkafka call off the async workers.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, AdminError> + Send + 'static,
) -> Result<T, AdminError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| AdminError::Kafka(e.to_string()))?
}

impl KafkaAdmin {
    /// An admin client for `bootstrap` with the extra librdkafka `settings`
    /// (security) and `timeout` per Kafka request. It connects lazily.
    pub fn new(
        bootstrap: &str,
        client_id: &str,
        settings: &[(String, String)],
        timeout: Duration,
    ) -> Result<Self, AdminError> {
        let mut config = crate::kafka_client::client_config(bootstrap);
        config
            .set("client.id", format!("{client_id}-admin"))
            // A Metadata request for one topic must not create it.
            .set("allow.auto.create.topics", "false");
        for (key, value) in settings {
            config.set(key, value);
        }
        let wire = Security::from_librdkafka(settings).map_err(|e| e.to_string());
        Ok(Self {
            admin: Arc::new(config.create()?),
            timeout,
            cluster: std::sync::Mutex::new(None),
            client_id: format!("{client_id}-admin"),
            wire,
        })
    }

    /// The admin client for `bootstrap` with `config`'s Kafka security
    /// settings, client id and request timeout (`kafka_request_timeout_ms`).
    pub fn for_config(config: &crate::config::Config, bootstrap: &str) -> Result<Self, AdminError> {
        let timeout = Duration::from_millis(config.kafka_request_timeout_ms);
        Self::new(bootstrap, &config.client_id, &config.kafka_security(), timeout)
    }

    fn options(&self) -> AdminOptions {
        AdminOptions::new()
            .request_timeout(Some(self.timeout))
            .operation_timeout(Some(self.timeout))
    }

    /// Metadata of one topic, or of all when `topic` is `None`.
    async fn metadata(&self, topic: Option<&str>) -> Result<Metadata, AdminError> {
        let (topic, timeout) = (topic.map(str::to_owned), self.timeout);
        let admin = self.admin_handle();
        blocking(move || Ok(admin.inner().fetch_metadata(topic.as_deref(), timeout)?)).await
    }

    /// The admin client, for a blocking task (which may outlive the
    /// request that started it).
    fn admin_handle(&self) -> Arc<AdminClient<DefaultClientContext>> {
        self.admin.clone()
    }

    /// The cluster: id, controller, brokers (at most [`CLUSTER_MAX_AGE`]
    /// old).
    pub async fn cluster(&self) -> Result<ClusterMeta, AdminError> {
        let cached = self.cluster.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some((at, cluster)) = cached
            && at.elapsed() < CLUSTER_MAX_AGE
        {
            return Ok(cluster);
        }
        let cluster = self.fetch_cluster().await?;
        *self.cluster.lock().unwrap_or_else(|e| e.into_inner()) = Some((std::time::Instant::now(), cluster.clone()));
        Ok(cluster)
    }

    async fn fetch_cluster(&self) -> Result<ClusterMeta, AdminError> {
        let metadata = self.metadata(None).await?;
        let admin = self.admin_handle();
        let timeout = self.timeout;
        let (id, controller) = blocking(move || {
            let client = admin.inner();
            Ok((
                client.fetch_cluster_id(timeout),
                ffi::controller_id(client, timeout),
            ))
        })
        .await?;
        let mut brokers: Vec<BrokerInfo> = metadata
            .brokers()
            .iter()
            .map(|b| BrokerInfo {
                id: b.id(),
                host: b.host().to_owned(),
                port: b.port(),
            })
            .collect();
        brokers.sort_by_key(|b| b.id);
        Ok(ClusterMeta {
            id: id.ok_or_else(|| {
                AdminError::Retriable("Kafka did not report a cluster id".to_owned())
            })?,
            controller,
            brokers,
        })
    }

    /// Every topic, by name.
    pub async fn topics(&self) -> Result<Vec<TopicMeta>, AdminError> {
        let metadata = self.metadata(None).await?;
        let mut topics: Vec<TopicMeta> = metadata
            .topics()
            .iter()
            .filter(|t| t.error().is_none())
            .map(topic_meta)
            .collect();
        topics.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(topics)
    }

    /// One topic. 40403 when Kafka does not know it.
    pub async fn topic(&self, name: &str) -> Result<TopicMeta, AdminError> {
        let metadata = self.metadata(Some(name)).await?;
        let topic = metadata
            .topics()
            .iter()
            .find(|t| t.name() == name)
            .ok_or(AdminError::UnknownTopicOrPartition)?;
        if let Some(err) = topic.error() {
            return Err(AdminError::from_kafka(
                rdkafka::types::RDKafkaErrorCode::from(err),
                "",
            ));
        }
        Ok(topic_meta(topic))
    }

    /// Creates a topic; with `validate_only`, checks what can be checked
    /// without creating it (a legal name, positive counts, no topic of
    /// that name) instead: a broker may ignore CreateTopics' own
    /// `validate_only` (tansu 0.6 creates the topic), and a dry run must
    /// never create one.
    pub async fn create_topic(
        &self,
        spec: &TopicSpec,
        validate_only: bool,
    ) -> Result<(), AdminError> {
        if validate_only {
            if !crate::proxy::legal_topic_name(&spec.name) {
                return Err(AdminError::BadRequest(format!(
                    "Topic name \"{}\" is illegal",
                    spec.name
                )));
            }
            if spec.partitions.is_some_and(|p| p < 1) {
                return Err(AdminError::BadRequest(
                    "Number of partitions must be larger than 0.".to_owned(),
                ));
            }
            if spec.replication_factor.is_some_and(|r| r < 1) {
                return Err(AdminError::BadRequest(
                    "Replication factor must be larger than 0.".to_owned(),
                ));
            }
            return match self.topic(&spec.name).await {
                Ok(_) => Err(AdminError::BadRequest(format!(
                    "Topic '{}' already exists.",
                    spec.name
                ))),
                Err(AdminError::UnknownTopicOrPartition) => Ok(()),
                Err(other) => Err(other),
            };
        }
        let replication = TopicReplication::Fixed(spec.replication_factor.unwrap_or(-1));
        let mut topic = NewTopic::new(&spec.name, spec.partitions.unwrap_or(-1), replication);
        for (key, value) in &spec.configs {
            topic = topic.set(key, value);
        }
        let results = self
            .admin
            .create_topics([&topic], &self.options().validate_only(validate_only))
            .await?;
        match first_result(results) {
            // The broker's message, as Java's TopicExistsException carries it.
            Err(AdminError::BadRequest(m)) if m.contains("TopicAlreadyExists") => Err(
                AdminError::BadRequest(format!("Topic '{}' already exists.", spec.name)),
            ),
            other => other,
        }
    }

    /// Deletes a topic. 40403 when Kafka does not know it.
    pub async fn delete_topic(&self, name: &str) -> Result<(), AdminError> {
        let results = self.admin.delete_topics(&[name], &self.options()).await?;
        first_result(results)
    }

    /// Raises a topic's partition count to `count` (CreatePartitions).
    pub async fn set_partition_count(&self, name: &str, count: i32) -> Result<(), AdminError> {
        let count = usize::try_from(count)
            .map_err(|_| AdminError::BadRequest(format!("Invalid partitions count {count}")))?;
        let results = self
            .admin
            .create_partitions([&NewPartitions::new(name, count)], &self.options())
            .await?;
        first_result(results)
    }

    /// A topic's configs (DescribeConfigs), by name.
    pub async fn topic_configs(&self, name: &str) -> Result<Vec<ConfigInfo>, AdminError> {
        self.configs(ConfigResource::Topic(name.to_owned())).await
    }

    /// The configs of a topic, a broker or the cluster-wide broker
    /// defaults (DescribeConfigs, with synonyms), by name.
    pub async fn configs(&self, resource: ConfigResource) -> Result<Vec<ConfigInfo>, AdminError> {
        let admin = self.admin_handle();
        let timeout = self.timeout;
        let entries = blocking(move || {
            let describe = || ffi::describe_configs(admin.inner(), &resource, timeout);
            Ok(crate::kafka_client::read_once_more_blocking(describe, |e| Some(e.code))?)
        })
        .await?;
        Ok(entries
            .into_iter()
            .map(|entry| ConfigInfo {
                value: entry.value.filter(|_| !entry.is_sensitive),
                name: entry.name,
                source: entry.source,
                is_default: entry.is_default,
                is_read_only: entry.is_read_only,
                is_sensitive: entry.is_sensitive,
                synonyms: entry.synonyms,
            })
            .collect())
    }

    /// Changes a topic's configs in one IncrementalAlterConfigs. With
    /// `validate_only` nothing is sent once the topic is known to exist:
    /// a broker may apply a `validate_only` request anyway (tansu 0.6
    /// does), so value checks are left to the real change.
    pub async fn alter_topic_configs(&self, name: &str, changes: Vec<ConfigChange>, validate_only: bool) -> Result<(), AdminError> {
        if validate_only {
            return self.topic(name).await.map(drop);
        }
        self.alter_configs(ConfigResource::Topic(name.to_owned()), changes).await
    }

    /// Changes configs of `resource` in one IncrementalAlterConfigs.
    pub async fn alter_configs(&self, resource: ConfigResource, changes: Vec<ConfigChange>) -> Result<(), AdminError> {
        let admin = self.admin_handle();
        let timeout = self.timeout;
        blocking(move || Ok(ffi::alter_configs(admin.inner(), &resource, &changes, false, timeout)?)).await
    }

    /// The ongoing replica reassignments, by topic and partition
    /// (ListPartitionReassignments v0 to the controller, else to the first
    /// broker, on a connection of its own: librdkafka has no such call).
    /// Kafka's error code is mapped as for librdkafka's calls; a broker
    /// without the API answers UNSUPPORTED_VERSION (40002) or closes the
    /// connection (50003).
    pub async fn reassignments(&self) -> Result<Vec<Reassignment>, AdminError> {
        let security = self.wire.as_ref().map_err(|e| AdminError::BadRequest(e.clone()))?;
        let cluster = self.cluster().await?;
        let broker = cluster
            .controller
            .and_then(|id| cluster.brokers.iter().find(|b| b.id == id))
            .or_else(|| cluster.brokers.first())
            .ok_or_else(|| AdminError::Retriable("Kafka lists no broker".to_owned()))?;
        let address = format!("{}:{}", broker.host, broker.port);
        let retriable = |e: WireError| AdminError::Retriable(e.0);
        let mut connection = Connection::connect(&address, &self.client_id, security, self.timeout).await.map_err(retriable)?;
        let request = ListPartitionReassignmentsRequest::default()
            .with_timeout_ms(i32::try_from(self.timeout.as_millis()).unwrap_or(i32::MAX))
            .with_topics(None);
        let response = connection.call(&request, 0, self.timeout).await.map_err(retriable)?;
        if response.error_code != 0 {
            let message = response.error_message.as_ref().map_or("", |m| m.as_str());
            return Err(AdminError::from_kafka_code(response.error_code, message));
        }
        let mut out: Vec<Reassignment> = response
            .topics
            .iter()
            .flat_map(|topic| {
                topic.partitions.iter().map(|p| Reassignment {
                    topic: topic.name.as_str().to_owned(),
                    partition: p.partition_index,
                    adding: p.adding_replicas.iter().map(|b| b.0).collect(),
                    removing: p.removing_replicas.iter().map(|b| b.0).collect(),
                })
            })
            .collect();
        out.sort_by(|a, b| (&a.topic, a.partition).cmp(&(&b.topic, b.partition)));
        Ok(out)
    }

    /// The ACLs `filter` matches, sorted.
    pub async fn acls(&self, filter: AclFilter) -> Result<Vec<AclBinding>, AdminError> {
        let admin = self.admin_handle();
        let timeout = self.timeout;
        blocking(move || Ok(ffi::describe_acls(admin.inner(), &filter, timeout)?)).await
    }

    /// Creates `acls` in one request.
    pub async fn create_acls(&self, acls: Vec<AclBinding>) -> Result<(), AdminError> {
        let admin = self.admin_handle();
        let timeout = self.timeout;
        blocking(move || Ok(ffi::create_acls(admin.inner(), &acls, timeout)?)).await
    }

    /// Deletes the ACLs `filter` matches; those deleted, sorted.
    pub async fn delete_acls(&self, filter: AclFilter) -> Result<Vec<AclBinding>, AdminError> {
        let admin = self.admin_handle();
        let timeout = self.timeout;
        blocking(move || Ok(ffi::delete_acls(admin.inner(), &filter, timeout)?)).await
    }

    /// Every consumer group (ListGroups + DescribeGroups), by id.
    pub async fn groups(&self) -> Result<Vec<GroupInfo>, AdminError> {
        self.group_list(None).await
    }

    /// One group; `None` when Kafka knows nothing of it (no members and no
    /// committed offsets).
    pub async fn group(&self, id: &str) -> Result<Option<GroupInfo>, AdminError> {
        let found = self
            .group_list(Some(id))
            .await?
            .into_iter()
            .find(|g| g.id == id);
        match found {
            Some(group)
                if !group.members.is_empty() || !group.state.eq_ignore_ascii_case("dead") =>
            {
                Ok(Some(group))
            }
            found => {
                let committed = self.committed(id).await?;
                Ok((!committed.is_empty()).then(|| {
                    found.unwrap_or(GroupInfo {
                        id: id.to_owned(),
                        state: "Empty".to_owned(),
                        protocol_type: String::new(),
                        protocol: String::new(),
                        members: Vec::new(),
                    })
                }))
            }
        }
    }

    async fn group_list(&self, id: Option<&str>) -> Result<Vec<GroupInfo>, AdminError> {
        let admin = self.admin_handle();
        let (id, timeout) = (id.map(str::to_owned), self.timeout);
        let mut groups: Vec<GroupInfo> = blocking(move || {
            let list = admin.inner().fetch_group_list(id.as_deref(), timeout)?;
            Ok(list
                .groups()
                .iter()
                .map(|g| {
                    let mut members: Vec<MemberInfo> = g
                        .members()
                        .iter()
                        .map(|m| MemberInfo {
                            id: m.id().to_owned(),
                            client_id: m.client_id().to_owned(),
                            host: m.client_host().to_owned(),
                            assignment: m.assignment().map(parse_assignment).unwrap_or_default(),
                        })
                        .collect();
                    members.sort_by(|a, b| a.id.cmp(&b.id));
                    GroupInfo {
                        id: g.name().to_owned(),
                        state: g.state().to_owned(),
                        protocol_type: g.protocol_type().to_owned(),
                        protocol: g.protocol().to_owned(),
                        members,
                    }
                })
                .collect())
        })
        .await?;
        groups.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(groups)
    }

    /// The group's committed offsets: (topic, partition, offset), sorted.
    pub async fn committed(&self, group: &str) -> Result<Vec<(String, i32, i64)>, AdminError> {
        let admin = self.admin_handle();
        let (group, timeout) = (group.to_owned(), self.timeout);
        blocking(move || Ok(ffi::group_offsets(admin.inner(), &group, timeout)?)).await
    }

    /// (earliest, latest) offsets of `partitions` of `topic`, in order.
    pub async fn offsets(
        &self,
        topic: &str,
        partitions: Vec<i32>,
    ) -> Result<Vec<(i64, i64)>, AdminError> {
        let admin = self.admin_handle();
        let (topic, timeout) = (topic.to_owned(), self.timeout);
        blocking(move || {
            partitions
                .into_iter()
                .map(|p| Ok(admin.inner().fetch_watermarks(&topic, p, timeout)?))
                .collect()
        })
        .await
    }

    /// The group's lag on every partition it committed an offset for,
    /// sorted by topic and partition; `members` names who is assigned each.
    pub async fn lags(
        &self,
        group: &str,
        members: &[MemberInfo],
    ) -> Result<Vec<LagInfo>, AdminError> {
        let committed = self.committed(group).await?;
        let admin = self.admin_handle();
        let timeout = self.timeout;
        let wanted: Vec<(String, i32)> =
            committed.iter().map(|(t, p, _)| (t.clone(), *p)).collect();
        let ends = blocking(move || {
            wanted
                .into_iter()
                .map(|(topic, partition)| {
                    Ok(admin
                        .inner()
                        .fetch_watermarks(&topic, partition, timeout)?
                        .1)
                })
                .collect::<Result<Vec<i64>, AdminError>>()
        })
        .await?;
        Ok(committed
            .into_iter()
            .zip(ends)
            .map(|((topic, partition, committed), end)| {
                let member = members
                    .iter()
                    .find(|m| {
                        m.assignment
                            .iter()
                            .any(|(t, p)| *t == topic && *p == partition)
                    })
                    .cloned();
                LagInfo {
                    topic,
                    partition,
                    committed,
                    end,
                    member,
                }
            })
            .collect())
    }
}

fn first_result(results: Vec<rdkafka::admin::TopicResult>) -> Result<(), AdminError> {
    match results.into_iter().next() {
        Some(Ok(_)) => Ok(()),
        Some(Err((_, code))) => Err(AdminError::from_kafka(code, "")),
        None => Err(AdminError::Kafka("no answer from Kafka".to_owned())),
    }
}

fn topic_meta(topic: &rdkafka::metadata::MetadataTopic) -> TopicMeta {
    let mut partitions: Vec<PartitionMeta> = topic
        .partitions()
        .iter()
        .map(|p| PartitionMeta {
            id: p.id(),
            leader: p.leader(),
            replicas: p.replicas().to_vec(),
            isr: p.isr().to_vec(),
        })
        .collect();
    partitions.sort_by_key(|p| p.id);
    TopicMeta {
        name: topic.name().to_owned(),
        internal: matches!(topic.name(), "__consumer_offsets" | "__transaction_state"),
        partitions,
    }
}

/// The partitions of a consumer protocol assignment (Kafka
/// `ConsumerProtocolAssignment`: version i16, then topics as
/// `[name: i16-length string, partitions: [i32]]`, then user data). A
/// malformed one gives what parsed before the fault.
pub fn parse_assignment(bytes: &[u8]) -> Vec<(String, i32)> {
    let mut out = Vec::new();
    let mut at = 2usize; // version
    let take = |at: &mut usize, n: usize| -> Option<&[u8]> {
        let slice = bytes.get(*at..at.checked_add(n)?)?;
        *at += n;
        Some(slice)
    };
    let Some(count) = take(&mut at, 4).map(|b| i32::from_be_bytes([b[0], b[1], b[2], b[3]])) else {
        return out;
    };
    for _ in 0..count.max(0) {
        let Some(len) = take(&mut at, 2).map(|b| i16::from_be_bytes([b[0], b[1]])) else {
            return out;
        };
        let Some(name) = take(&mut at, usize::try_from(len).unwrap_or(0)) else {
            return out;
        };
        let name = String::from_utf8_lossy(name).into_owned();
        let Some(partitions) =
            take(&mut at, 4).map(|b| i32::from_be_bytes([b[0], b[1], b[2], b[3]]))
        else {
            return out;
        };
        for _ in 0..partitions.max(0) {
            let Some(p) = take(&mut at, 4).map(|b| i32::from_be_bytes([b[0], b[1], b[2], b[3]]))
            else {
                return out;
            };
            out.push((name.clone(), p));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_consumer_assignment() {
        let mut bytes = vec![
            0, 1, 0, 0, 0, 1, 0, 2, b'o', b'r', 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0,
        ];
        assert_eq!(
            parse_assignment(&bytes),
            vec![("or".to_owned(), 0), ("or".to_owned(), 3)]
        );
        // Truncated: what parsed before the end.
        bytes.truncate(18);
        assert_eq!(parse_assignment(&bytes), vec![("or".to_owned(), 0)]);
        // A huge count does not allocate or loop past the bytes.
        assert!(parse_assignment(&[0, 0, 0x7f, 0xff, 0xff, 0xff]).is_empty());
    }
}
