//! `gregor.kafka.v1.AdminService` (Kafka REST v3) over [`KafkaAdmin`]:
//! the resources Confluent's `resources/v3` answer, with `kind`,
//! `metadata.self` URLs and CRNs built as `UrlFactoryImpl` and
//! `CrnFactoryImpl` build them.

use std::sync::Arc;

use gateway::pb::gregor::kafka::v1 as pb;
use gateway::pb::gregor::kafka::v1::admin_service_server::AdminService;
use tonic::metadata::MetadataMap;
use tonic::{Request, Response, Status};

use crate::admin::{
    AclBinding, AclFilter, AdminError, ClusterMeta, ConfigChange, ConfigInfo, ConfigResource, GroupInfo, KafkaAdmin, LagInfo, MemberInfo,
    Reassignment, TopicMeta, TopicSpec,
};
use crate::auth::{Access, Operation};
use crate::http_client::path_segment;
use crate::proxy::users::UserProxies;

/// The admin service; the v3 REST façade calls the same methods.
#[derive(Debug, Clone)]
pub struct AdminApi {
    admin: Arc<KafkaAdmin>,
    /// `http` or `https`: the listener's scheme.
    scheme: &'static str,
    /// Base URL when a request names no host (gRPC): the advertised URL,
    /// without a trailing `/`.
    fallback_base: String,
    /// `rest_authorization`: each caller's own admin client.
    users: Option<Arc<UserProxies>>,
    /// The auth file's permissions: `Topic:<name>` Read to see a topic,
    /// its configs, partitions and a group's lag on it; Write to create,
    /// delete or change it.
    access: Access,
}

impl AdminApi {
    /// Serves `admin`; URLs use `scheme` and the request's Host, else
    /// `fallback_base` (e.g. `http://gregor:8081`).
    pub fn new(admin: Arc<KafkaAdmin>, scheme: &'static str, fallback_base: &str) -> Self {
        Self {
            admin,
            scheme,
            fallback_base: fallback_base.trim_end_matches('/').to_owned(),
            users: None,
            access: Access::default(),
        }
    }

    /// `rest_authorization`: Kafka is reached with each caller's
    /// credentials, through `users`.
    #[must_use]
    pub fn with_users(mut self, users: Option<Arc<UserProxies>>) -> Self {
        self.users = users;
        self
    }

    /// The cluster, through this request's admin client. With
    /// `rest_authorization`, a failure is checked against the caller's
    /// producer, which sees Kafka refuse credentials (the admin client only
    /// sees the connection close): 40301 then, as the v2 routes answer.
    async fn cluster(&self) -> Result<ClusterMeta, Status> {
        match self.admin()?.cluster().await {
            Ok(cluster) => Ok(cluster),
            Err(err) => match &self.users {
                Some(users) => {
                    let clients = users.get(&super::kafka::current_caller()?)?;
                    match clients.proxy.brokers().await {
                        Err(refused @ crate::proxy::error::ProxyError::KafkaAuthentication) => Err(refused.into()),
                        _ => Err(status(err)),
                    }
                }
                None => Err(status(err)),
            },
        }
    }

    /// The admin client for this request: the shared one, or with
    /// `rest_authorization` the caller's.
    fn admin(&self) -> Result<Arc<KafkaAdmin>, Status> {
        super::kafka::admin_for(&self.admin, self.users.as_deref())
    }

    /// Checks every topic operation against `access`.
    #[must_use]
    pub fn with_access(mut self, access: Access) -> Self {
        self.access = access;
        self
    }

    /// 40301 unless the caller may do `operation` on `topic`.
    fn topic_access(
        &self,
        extensions: &tonic::Extensions,
        operation: Operation,
        topic: &str,
    ) -> Result<(), Status> {
        super::kafka::check_topics(&self.access, extensions, operation, [topic])
    }

    /// 40301 unless the caller may do `operation` on `Cluster:<id>`
    /// (broker and cluster-wide configs; Karapace has no such resource, so
    /// an auth file names it as it names the others).
    fn cluster_access(&self, extensions: &tonic::Extensions, operation: Operation, cluster_id: &str) -> Result<(), Status> {
        if self.access.allows(extensions, operation, &format!("Cluster:{cluster_id}")) {
            Ok(())
        } else {
            Err(gateway::status::confluent_status(tonic::Code::PermissionDenied, 40301, "FORBIDDEN", "Forbidden"))
        }
    }

    /// Whether the caller may read `topic` (lists leave out the others).
    fn readable(&self, extensions: &tonic::Extensions, topic: &str) -> bool {
        self.topic_access(extensions, Operation::Read, topic)
            .is_ok()
    }

    /// The request's URL builder, after checking that `cluster_id` is this
    /// cluster (404 `Cluster <id> cannot be found.` otherwise).
    async fn context(
        &self,
        metadata: &MetadataMap,
        cluster_id: &str,
    ) -> Result<(Urls, ClusterMeta), Status> {
        let cluster = self.cluster().await?;
        if cluster.id != cluster_id {
            return Err(status(AdminError::NotFound(format!(
                "Cluster {cluster_id} cannot be found."
            ))));
        }
        Ok((self.urls(metadata, &cluster.id), cluster))
    }

    fn urls(&self, metadata: &MetadataMap, cluster_id: &str) -> Urls {
        let host = metadata
            .get("host")
            .and_then(|h| h.to_str().ok())
            .filter(|h| !h.is_empty() && !h.contains(['/', ' ']));
        let base = host.map_or_else(
            || self.fallback_base.clone(),
            |host| format!("{}://{host}", self.scheme),
        );
        Urls {
            cluster: format!("{base}/v3/clusters/{}", path_segment(cluster_id)),
            crn: format!("crn:///kafka={cluster_id}"),
        }
    }
}

/// URLs and CRNs of one cluster's resources.
#[derive(Debug, Clone)]
struct Urls {
    /// `{base}/v3/clusters/{id}`.
    cluster: String,
    /// `crn:///kafka={id}`.
    crn: String,
}

impl Urls {
    fn url(&self, segments: &[&str]) -> String {
        let mut url = self.cluster.clone();
        for segment in segments.iter().filter(|s| !s.is_empty()) {
            url.push('/');
            // `-` and literal names such as `configs` stay as they are.
            url.push_str(&path_segment(segment));
        }
        url
    }

    fn related(&self, segments: &[&str]) -> Option<pb::Relationship> {
        Some(pb::Relationship {
            related: self.url(segments),
        })
    }

    fn resource(&self, segments: &[&str], crn: &[(&str, &str)]) -> Option<pb::ResourceMetadata> {
        let mut name = self.crn.clone();
        for (kind, value) in crn {
            name.push('/');
            name.push_str(kind);
            if !value.is_empty() {
                name.push('=');
                name.push_str(value);
            }
        }
        Some(pb::ResourceMetadata {
            self_: self.url(segments),
            resource_name: Some(name),
        })
    }

    fn collection(&self, segments: &[&str]) -> Option<pb::ResourceCollectionMetadata> {
        Some(pb::ResourceCollectionMetadata {
            self_: self.url(segments),
            next: None,
        })
    }

    fn cluster(&self, cluster: &ClusterMeta) -> pb::ClusterData {
        pb::ClusterData {
            kind: "KafkaCluster".to_owned(),
            metadata: self.resource(&[], &[]),
            cluster_id: cluster.id.clone(),
            controller: cluster
                .controller
                .and_then(|id| self.related(&["brokers", &id.to_string()])),
            acls: self.related(&["acls"]),
            brokers: self.related(&["brokers"]),
            broker_configs: self.related(&["broker-configs"]),
            consumer_groups: self.related(&["consumer-groups"]),
            topics: self.related(&["topics"]),
            partition_reassignments: self.related(&[
                "topics",
                "-",
                "partitions",
                "-",
                "reassignment",
            ]),
        }
    }

    fn broker(&self, cluster_id: &str, broker: &crate::admin::BrokerInfo) -> pb::BrokerData {
        let id = broker.id.to_string();
        pb::BrokerData {
            kind: "KafkaBroker".to_owned(),
            metadata: self.resource(&["brokers", &id], &[("broker", &id)]),
            cluster_id: cluster_id.to_owned(),
            broker_id: broker.id,
            host: Some(broker.host.clone()),
            port: Some(broker.port),
            rack: None,
            configs: self.related(&["brokers", &id, "configs"]),
            partition_replicas: self.related(&["brokers", &id, "partition-replicas"]),
        }
    }

    fn topic(&self, cluster_id: &str, topic: &TopicMeta) -> pb::TopicData {
        let name = topic.name.as_str();
        pb::TopicData {
            kind: "KafkaTopic".to_owned(),
            metadata: self.resource(&["topics", name], &[("topic", name)]),
            cluster_id: cluster_id.to_owned(),
            topic_name: name.to_owned(),
            is_internal: topic.internal,
            replication_factor: topic.replication_factor(),
            partitions_count: i32::try_from(topic.partitions.len()).unwrap_or(i32::MAX),
            partitions: self.related(&["topics", name, "partitions"]),
            configs: self.related(&["topics", name, "configs"]),
            partition_reassignments: self.related(&[
                "topics",
                name,
                "partitions",
                "-",
                "reassignment",
            ]),
            authorized_operations: Vec::new(),
        }
    }

    fn topic_config(
        &self,
        cluster_id: &str,
        topic: &str,
        config: &ConfigInfo,
    ) -> pb::TopicConfigData {
        let name = config.name.as_str();
        pb::TopicConfigData {
            kind: "KafkaTopicConfig".to_owned(),
            metadata: self.resource(
                &["topics", topic, "configs", name],
                &[("topic", topic), ("config", name)],
            ),
            cluster_id: cluster_id.to_owned(),
            topic_name: topic.to_owned(),
            name: name.to_owned(),
            value: config.value.clone(),
            is_default: config.is_default,
            is_read_only: config.is_read_only,
            is_sensitive: config.is_sensitive,
            source: config.source.to_owned(),
            synonyms: config
                .synonyms
                .iter()
                .map(|(name, value, source)| pb::ConfigSynonymData { name: name.clone(), value: value.clone(), source: (*source).to_owned() })
                .collect(),
        }
    }

    fn partition(
        &self,
        cluster_id: &str,
        topic: &str,
        partition: &crate::admin::PartitionMeta,
    ) -> pb::PartitionData {
        let id = partition.id.to_string();
        pb::PartitionData {
            kind: "KafkaPartition".to_owned(),
            metadata: self.resource(
                &["topics", topic, "partitions", &id],
                &[("topic", topic), ("partition", &id)],
            ),
            cluster_id: cluster_id.to_owned(),
            topic_name: topic.to_owned(),
            partition_id: partition.id,
            leader: (partition.leader >= 0)
                .then(|| {
                    self.related(&[
                        "topics",
                        topic,
                        "partitions",
                        &id,
                        "replicas",
                        &partition.leader.to_string(),
                    ])
                })
                .flatten(),
            replicas: self.related(&["topics", topic, "partitions", &id, "replicas"]),
            reassignment: self.related(&["topics", topic, "partitions", &id, "reassignment"]),
        }
    }

    fn group(&self, cluster: &ClusterMeta, group: &GroupInfo) -> pb::ConsumerGroupData {
        let id = group.id.as_str();
        pb::ConsumerGroupData {
            kind: "KafkaConsumerGroup".to_owned(),
            metadata: self.resource(&["consumer-groups", id], &[("consumer-group", id)]),
            cluster_id: cluster.id.clone(),
            consumer_group_id: id.to_owned(),
            is_simple: group.protocol_type.is_empty(),
            partition_assignor: group.protocol.clone(),
            state: group_state(&group.state).to_owned(),
            r#type: if group.protocol_type == "consumer" {
                "CLASSIC"
            } else {
                "UNKNOWN"
            }
            .to_owned(),
            is_mixed_consumer_group: false,
            // The coordinator is not reported by librdkafka's group list;
            // with one broker (or none known) it is the controller's link.
            coordinator: cluster
                .controller
                .or_else(|| cluster.brokers.first().map(|b| b.id))
                .and_then(|b| self.related(&["brokers", &b.to_string()])),
            consumers: self.related(&["consumer-groups", id, "consumers"]),
            lag_summary: self.related(&["consumer-groups", id, "lag-summary"]),
        }
    }

    fn consumer(&self, cluster_id: &str, group: &str, member: &MemberInfo) -> pb::ConsumerData {
        let id = member.id.as_str();
        pb::ConsumerData {
            kind: "KafkaConsumer".to_owned(),
            metadata: self.resource(
                &["consumer-groups", group, "consumers", id],
                &[("consumer-group", group), ("consumer", id)],
            ),
            cluster_id: cluster_id.to_owned(),
            consumer_group_id: group.to_owned(),
            consumer_id: id.to_owned(),
            instance_id: None,
            client_id: member.client_id.clone(),
            assignments: self.related(&["consumer-groups", group, "consumers", id, "assignments"]),
        }
    }

    fn broker_config(&self, cluster_id: &str, broker: i32, config: &ConfigInfo) -> pb::BrokerConfigData {
        let (b, name) = (broker.to_string(), config.name.as_str());
        pb::BrokerConfigData {
            kind: "KafkaBrokerConfig".to_owned(),
            metadata: self.resource(&["brokers", &b, "configs", name], &[("broker", &b), ("config", name)]),
            cluster_id: cluster_id.to_owned(),
            broker_id: broker,
            name: name.to_owned(),
            value: config.value.clone(),
            is_default: config.is_default,
            is_read_only: config.is_read_only,
            is_sensitive: config.is_sensitive,
            source: config.source.to_owned(),
            synonyms: synonyms(config),
        }
    }

    /// A cluster-wide broker config (`ClusterConfigsResource`): its CRN
    /// kind is `broker-config`.
    fn cluster_config(&self, cluster_id: &str, config: &ConfigInfo) -> pb::ClusterConfigData {
        let name = config.name.as_str();
        pb::ClusterConfigData {
            kind: "KafkaClusterConfig".to_owned(),
            metadata: self.resource(&["broker-configs", name], &[("broker-config", name)]),
            cluster_id: cluster_id.to_owned(),
            config_type: "BROKER".to_owned(),
            name: name.to_owned(),
            value: config.value.clone(),
            is_default: config.is_default,
            is_read_only: config.is_read_only,
            is_sensitive: config.is_sensitive,
            source: config.source.to_owned(),
            synonyms: synonyms(config),
        }
    }

    /// A reassignment. `last` is the final path segment and CRN kind:
    /// Confluent's get names it `reassignment`, its lists `reassignments`
    /// (`GetReassignmentAction`, `ListAllReassignmentsAction`).
    fn reassignment(&self, cluster_id: &str, reassignment: &Reassignment, last: &str) -> pb::ReassignmentData {
        let (topic, p) = (reassignment.topic.as_str(), reassignment.partition.to_string());
        pb::ReassignmentData {
            kind: "KafkaReassignment".to_owned(),
            metadata: self.resource(&["topics", topic, "partitions", &p, last], &[("topic", topic), ("partition", &p), (last, "")]),
            cluster_id: cluster_id.to_owned(),
            topic_name: topic.to_owned(),
            partition_id: reassignment.partition,
            adding_replicas: reassignment.adding.clone(),
            removing_replicas: reassignment.removing.clone(),
            replicas: self.related(&["topics", topic, "partitions", &p, "replicas"]),
        }
    }

    /// The search URL of one ACL (Confluent's `metadata.self` for ACLs).
    fn acl_url(&self, acl: &AclBinding) -> String {
        let query = [
            ("resource_type", acl.resource_type.as_str()),
            ("resource_name", &acl.resource_name),
            ("pattern_type", &acl.pattern_type),
            ("principal", &acl.principal),
            ("host", &acl.host),
            ("operation", &acl.operation),
            ("permission", &acl.permission),
        ];
        const VALUE: &percent_encoding::AsciiSet =
            &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~').remove(b'*');
        let pairs: Vec<String> = query.iter().map(|(k, v)| format!("{k}={}", percent_encoding::utf8_percent_encode(v, VALUE))).collect();
        format!("{}?{}", self.url(&["acls"]), pairs.join("&"))
    }

    fn acl(&self, cluster_id: &str, acl: &AclBinding) -> pb::AclData {
        pb::AclData {
            kind: "KafkaAcl".to_owned(),
            metadata: Some(pb::ResourceMetadata { self_: self.acl_url(acl), resource_name: None }),
            cluster_id: cluster_id.to_owned(),
            resource_type: acl.resource_type.clone(),
            resource_name: acl.resource_name.clone(),
            pattern_type: acl.pattern_type.clone(),
            principal: acl.principal.clone(),
            host: acl.host.clone(),
            operation: acl.operation.clone(),
            permission: acl.permission.clone(),
        }
    }

    fn replica(&self, cluster_id: &str, topic: &str, partition: &crate::admin::PartitionMeta, broker: i32) -> pb::ReplicaData {
        let (id, b) = (partition.id.to_string(), broker.to_string());
        pb::ReplicaData {
            kind: "KafkaReplica".to_owned(),
            metadata: self.resource(&["topics", topic, "partitions", &id, "replicas", &b], &[("topic", topic), ("partition", &id), ("replica", &b)]),
            cluster_id: cluster_id.to_owned(),
            topic_name: topic.to_owned(),
            partition_id: partition.id,
            broker_id: broker,
            is_leader: partition.leader == broker,
            is_in_sync: partition.isr.contains(&broker),
            broker: self.related(&["brokers", &b]),
        }
    }

    fn assignment(&self, cluster_id: &str, group: &str, member: &str, topic: &str, partition: i32) -> pb::ConsumerAssignmentData {
        let id = partition.to_string();
        pb::ConsumerAssignmentData {
            kind: "KafkaConsumerAssignment".to_owned(),
            metadata: self.resource(
                &["consumer-groups", group, "consumers", member, "assignments", topic, "partitions", &id],
                &[("consumer-group", group), ("consumer", member), ("assignment", topic), ("partition", &id)],
            ),
            cluster_id: cluster_id.to_owned(),
            consumer_group_id: group.to_owned(),
            consumer_id: member.to_owned(),
            topic_name: topic.to_owned(),
            partition_id: partition,
            partition: self.related(&["topics", topic, "partitions", &id]),
            lag: self.related(&["consumer-groups", group, "lags", topic, "partitions", &id]),
        }
    }

    fn lag(&self, cluster_id: &str, group: &str, lag: &LagInfo) -> pb::ConsumerLagData {
        let partition = lag.partition.to_string();
        pb::ConsumerLagData {
            kind: "KafkaConsumerLag".to_owned(),
            metadata: self.resource(
                &[
                    "consumer-groups",
                    group,
                    "lags",
                    &lag.topic,
                    "partitions",
                    &partition,
                ],
                &[
                    ("consumer-group", group),
                    ("lag", &lag.topic),
                    ("partition", &partition),
                ],
            ),
            cluster_id: cluster_id.to_owned(),
            consumer_group_id: group.to_owned(),
            topic_name: lag.topic.clone(),
            partition_id: lag.partition,
            current_offset: lag.committed,
            log_end_offset: lag.end,
            lag: lag.lag(),
            consumer_id: lag
                .member
                .as_ref()
                .map(|m| m.id.clone())
                .unwrap_or_default(),
            instance_id: None,
            client_id: lag
                .member
                .as_ref()
                .map(|m| m.client_id.clone())
                .unwrap_or_default(),
        }
    }
}

fn synonyms(config: &ConfigInfo) -> Vec<pb::ConfigSynonymData> {
    config
        .synonyms
        .iter()
        .map(|(name, value, source)| pb::ConfigSynonymData { name: name.clone(), value: value.clone(), source: (*source).to_owned() })
        .collect()
}

/// Confluent's `ConsumerGroupState` name for Kafka's state text.
fn group_state(state: &str) -> &'static str {
    match state.to_ascii_lowercase().replace(['_', ' '], "").as_str() {
        "stable" => "STABLE",
        "empty" => "EMPTY",
        "dead" => "DEAD",
        "preparingrebalance" => "PREPARING_REBALANCE",
        "completingrebalance" | "awaitingsync" => "COMPLETING_REBALANCE",
        "assigning" => "ASSIGNING",
        "reconciling" => "RECONCILING",
        _ => "UNKNOWN",
    }
}

fn status(err: AdminError) -> Status {
    let code = match &err {
        AdminError::NotFound(_) | AdminError::UnknownTopicOrPartition => tonic::Code::NotFound,
        AdminError::BadRequest(_) | AdminError::Invalid(_) => tonic::Code::InvalidArgument,
        AdminError::Forbidden(_) => tonic::Code::PermissionDenied,
        AdminError::Retriable(_) | AdminError::Kafka(_) => tonic::Code::Unavailable,
    };
    gateway::status::confluent_status(code, err.error_code(), err.reason(), err.to_string())
}

/// `value`, or `default` when it is empty (an unset query parameter).
fn or_default<'a>(value: &'a str, default: &'a str) -> &'a str {
    if value.is_empty() { default } else { value }
}

/// An optional filter string: an empty one matches any.
fn any_if_empty(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_owned())
}

/// The changes of a `configs:alter` body: `SET` (default) needs a value,
/// `DELETE` resets; 400 for another operation.
fn config_changes(data: &[pb::AlterConfigEntry]) -> Result<Vec<ConfigChange>, Status> {
    data.iter()
        .map(|entry| match entry.operation.to_ascii_uppercase().as_str() {
            "" | "SET" => entry
                .value
                .clone()
                .map(|value| ConfigChange::Set(entry.name.clone(), value))
                .ok_or_else(|| status(AdminError::Invalid(format!("value is required to SET {}", entry.name)))),
            "DELETE" => Ok(ConfigChange::Delete(entry.name.clone())),
            other => Err(status(AdminError::Invalid(format!("Unknown config operation {other}: use SET or DELETE")))),
        })
        .collect()
}

/// JAX-RS's bare `NotFoundException` (404 `HTTP 404 Not Found`): for a
/// query parameter that names no value of its enum (JAX-RS cannot convert
/// it), and for what Confluent looks up with `orElseThrow(NotFoundException::new)`.
fn jaxrs_not_found() -> Status {
    gateway::status::confluent_status(tonic::Code::NotFound, 404, "NOT_FOUND", "HTTP 404 Not Found")
}

/// An ACL to create names each of its enums with a concrete value (not
/// `ANY`, `UNKNOWN` or `MATCH`): 400 otherwise, as Confluent's
/// `validateAclCreateParameters`.
fn check_acl(acl: &AclBinding) -> Result<(), Status> {
    if !crate::admin::ffi::known_acl_names(&acl.resource_type, &acl.pattern_type, &acl.operation, &acl.permission) {
        return Err(status(AdminError::Invalid("Unknown resource_type, pattern_type, operation or permission".to_owned())));
    }
    for (name, value) in [("resource_type", &acl.resource_type), ("pattern_type", &acl.pattern_type), ("operation", &acl.operation), ("permission", &acl.permission)] {
        if value.is_empty() || matches!(value.as_str(), "ANY" | "UNKNOWN" | "MATCH") {
            return Err(status(AdminError::Invalid(format!("{name} must be set to a concrete value, not {value:?}"))));
        }
    }
    if acl.principal.is_empty() || acl.host.is_empty() {
        return Err(status(AdminError::Invalid("principal and host must be set".to_owned())));
    }
    Ok(())
}

/// Checks a topic name before asking Kafka (as Kafka's `Topic.validate`).
fn check_topic_name(name: &str) -> Result<(), Status> {
    if crate::proxy::legal_topic_name(name) {
        Ok(())
    } else {
        Err(status(AdminError::BadRequest(format!(
            "Topic name \"{name}\" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-', or is empty, '.', '..' or longer than 249"
        ))))
    }
}

impl AdminApi {
    /// The context of a broker or cluster config request: this cluster,
    /// the caller may do `operation` on it, and `broker` (when named)
    /// exists (404 `Broker <id> cannot be found.`).
    async fn broker_context<T>(&self, request: &Request<T>, cluster_id: &str, broker: Option<i32>, operation: Operation) -> Result<(Urls, ClusterMeta), Status> {
        let (urls, cluster) = self.context(request.metadata(), cluster_id).await?;
        self.cluster_access(request.extensions(), operation, &cluster.id)?;
        if let Some(id) = broker
            && !cluster.brokers.iter().any(|b| b.id == id)
        {
            return Err(status(AdminError::NotFound(format!("Broker {id} cannot be found."))));
        }
        Ok((urls, cluster))
    }

    /// The reassignments of `topic` (the caller may read it), or of every
    /// topic the caller may read, with the request's URLs and cluster.
    async fn reassignments<T>(
        &self,
        request: &Request<T>,
        cluster_id: &str,
        topic: Option<&str>,
    ) -> Result<(Urls, ClusterMeta, Vec<Reassignment>), Status> {
        let (urls, cluster) = self.context(request.metadata(), cluster_id).await?;
        if let Some(topic) = topic {
            self.topic_access(request.extensions(), Operation::Read, topic)?;
        }
        let mut reassignments = self.admin()?.reassignments().await.map_err(status)?;
        reassignments.retain(|a| topic.map_or_else(|| self.readable(request.extensions(), &a.topic), |t| a.topic == t));
        Ok((urls, cluster, reassignments))
    }

    async fn topic_after_change(
        &self,
        urls: &Urls,
        cluster_id: &str,
        name: &str,
    ) -> Result<pb::TopicData, Status> {
        // Metadata catches up with a change within a moment.
        let mut last = None;
        for _ in 0..20 {
            match self.admin()?.topic(name).await {
                Ok(topic) if !topic.partitions.is_empty() => {
                    return Ok(urls.topic(cluster_id, &topic));
                }
                Ok(_) => {}
                Err(err) => last = Some(err),
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        Err(status(last.unwrap_or(AdminError::UnknownTopicOrPartition)))
    }

    /// A group (404 when unknown) and its lags on the topics the caller
    /// may read.
    async fn group_lags(&self, extensions: &tonic::Extensions, id: &str) -> Result<(GroupInfo, Vec<LagInfo>), Status> {
        let group = self.group_or_404(id).await?;
        let mut lags = self.admin()?.lags(&group.id, &group.members).await.map_err(status)?;
        lags.retain(|l| self.readable(extensions, &l.topic));
        Ok((group, lags))
    }

    async fn group_or_404(&self, id: &str) -> Result<GroupInfo, Status> {
        self.admin()?.group(id).await.map_err(status)?.ok_or_else(|| {
            status(AdminError::NotFound(format!(
                "Consumer group {id} could not be found."
            )))
        })
    }
}

#[tonic::async_trait]
impl AdminService for AdminApi {
    async fn list_kafka_clusters(
        &self,
        request: Request<pb::ListKafkaClustersRequest>,
    ) -> Result<Response<pb::ListKafkaClustersResponse>, Status> {
        let cluster = self.cluster().await?;
        let urls = self.urls(request.metadata(), &cluster.id);
        let base = urls
            .cluster
            .rsplit_once('/')
            .map_or(urls.cluster.clone(), |(b, _)| b.to_owned());
        Ok(Response::new(pb::ListKafkaClustersResponse {
            kind: "KafkaClusterList".to_owned(),
            metadata: Some(pb::ResourceCollectionMetadata {
                self_: base,
                next: None,
            }),
            data: vec![urls.cluster(&cluster)],
        }))
    }

    async fn get_kafka_cluster(
        &self,
        request: Request<pb::GetKafkaClusterRequest>,
    ) -> Result<Response<pb::GetKafkaClusterResponse>, Status> {
        let (urls, cluster) = self
            .context(request.metadata(), &request.get_ref().cluster_id)
            .await?;
        Ok(Response::new(pb::GetKafkaClusterResponse {
            cluster: Some(urls.cluster(&cluster)),
        }))
    }

    async fn list_kafka_brokers(
        &self,
        request: Request<pb::ListKafkaBrokersRequest>,
    ) -> Result<Response<pb::ListKafkaBrokersResponse>, Status> {
        let (urls, cluster) = self
            .context(request.metadata(), &request.get_ref().cluster_id)
            .await?;
        Ok(Response::new(pb::ListKafkaBrokersResponse {
            kind: "KafkaBrokerList".to_owned(),
            metadata: urls.collection(&["brokers"]),
            data: cluster
                .brokers
                .iter()
                .map(|b| urls.broker(&cluster.id, b))
                .collect(),
        }))
    }

    async fn get_kafka_broker(
        &self,
        request: Request<pb::GetKafkaBrokerRequest>,
    ) -> Result<Response<pb::GetKafkaBrokerResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        let broker = cluster
            .brokers
            .iter()
            .find(|b| b.id == r.broker_id)
            .ok_or_else(|| {
                status(AdminError::NotFound(format!(
                    "Broker {} cannot be found.",
                    r.broker_id
                )))
            })?;
        Ok(Response::new(pb::GetKafkaBrokerResponse {
            broker: Some(urls.broker(&cluster.id, broker)),
        }))
    }

    async fn list_kafka_topics(
        &self,
        request: Request<pb::ListKafkaTopicsRequest>,
    ) -> Result<Response<pb::ListKafkaTopicsResponse>, Status> {
        let (urls, cluster) = self
            .context(request.metadata(), &request.get_ref().cluster_id)
            .await?;
        let topics = self.admin()?.topics().await.map_err(status)?;
        Ok(Response::new(pb::ListKafkaTopicsResponse {
            kind: "KafkaTopicList".to_owned(),
            metadata: urls.collection(&["topics"]),
            data: topics
                .iter()
                .filter(|t| self.readable(request.extensions(), &t.name))
                .map(|t| urls.topic(&cluster.id, t))
                .collect(),
        }))
    }

    async fn create_kafka_topic(
        &self,
        request: Request<pb::CreateKafkaTopicRequest>,
    ) -> Result<Response<pb::CreateKafkaTopicResponse>, Status> {
        let (urls, cluster) = self
            .context(request.metadata(), &request.get_ref().cluster_id)
            .await?;
        // Creating the schemas topic loses nothing (an existing one is
        // 40002; a deleted one is read again once back), so its protection
        // does not apply.
        super::kafka::check_permission(&self.access, request.extensions(), Operation::Write, &request.get_ref().topic_name)?;
        let r = request.into_inner();
        check_topic_name(&r.topic_name)?;
        let mut configs = Vec::new();
        for entry in r.configs {
            if let Some(value) = entry.value {
                configs.push((entry.name, value));
            }
        }
        let spec = TopicSpec {
            name: r.topic_name.clone(),
            partitions: r.partitions_count,
            replication_factor: r.replication_factor,
            configs,
        };
        self.admin()?
            .create_topic(&spec, r.validate_only)
            .await
            .map_err(status)?;
        let topic = if r.validate_only {
            // As it would be: what the request asked for.
            let partitions = (0..spec.partitions.unwrap_or(1).max(0))
                .map(|id| crate::admin::PartitionMeta {
                    id,
                    leader: -1,
                    replicas: vec![
                        -1;
                        usize::try_from(spec.replication_factor.unwrap_or(1))
                            .unwrap_or(1)
                    ],
                    isr: vec![],
                })
                .collect();
            urls.topic(
                &cluster.id,
                &TopicMeta {
                    name: spec.name.clone(),
                    internal: false,
                    partitions,
                },
            )
        } else {
            self.topic_after_change(&urls, &cluster.id, &spec.name)
                .await?
        };
        let self_url = topic
            .metadata
            .as_ref()
            .map(|m| m.self_.clone())
            .unwrap_or_default();
        let mut response = Response::new(pb::CreateKafkaTopicResponse { topic: Some(topic) });
        if !r.validate_only {
            // Confluent: 201 Created with the topic's URL as Location.
            response.metadata_mut().insert(
                gateway::transcode::HTTP_STATUS_METADATA,
                tonic::metadata::MetadataValue::from_static("201"),
            );
            if let Ok(location) = tonic::metadata::MetadataValue::try_from(self_url.as_str()) {
                response
                    .metadata_mut()
                    .insert(gateway::transcode::LOCATION_METADATA, location);
            }
        }
        Ok(response)
    }

    async fn get_kafka_topic(
        &self,
        request: Request<pb::GetKafkaTopicRequest>,
    ) -> Result<Response<pb::GetKafkaTopicResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        self.topic_access(request.extensions(), Operation::Read, &r.topic_name)?;
        let topic = self.admin()?.topic(&r.topic_name).await.map_err(status)?;
        Ok(Response::new(pb::GetKafkaTopicResponse {
            topic: Some(urls.topic(&cluster.id, &topic)),
        }))
    }

    async fn update_partition_count_kafka_topic(
        &self,
        request: Request<pb::UpdatePartitionCountKafkaTopicRequest>,
    ) -> Result<Response<pb::UpdatePartitionCountKafkaTopicResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        self.topic_access(request.extensions(), Operation::Write, &r.topic_name)?;
        let before = self.admin()?.topic(&r.topic_name).await.map_err(status)?;
        self.admin()?
            .set_partition_count(&r.topic_name, r.partitions_count)
            .await
            .map_err(status)?;
        let mut topic = urls.topic(&cluster.id, &before);
        for _ in 0..20 {
            let now = self.admin()?.topic(&r.topic_name).await.map_err(status)?;
            topic = urls.topic(&cluster.id, &now);
            if topic.partitions_count >= r.partitions_count {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        Ok(Response::new(pb::UpdatePartitionCountKafkaTopicResponse {
            topic: Some(topic),
        }))
    }

    async fn delete_kafka_topic(
        &self,
        request: Request<pb::DeleteKafkaTopicRequest>,
    ) -> Result<Response<pb::DeleteKafkaTopicResponse>, Status> {
        let r = request.get_ref();
        self.context(request.metadata(), &r.cluster_id).await?;
        self.topic_access(request.extensions(), Operation::Write, &r.topic_name)?;
        // Kafka's answer for an unknown topic is 40403; ask first, as some
        // brokers answer DeleteTopics for unknown names with success.
        self.admin()?.topic(&r.topic_name).await.map_err(status)?;
        self.admin()?
            .delete_topic(&r.topic_name)
            .await
            .map_err(status)?;
        Ok(Response::new(pb::DeleteKafkaTopicResponse {}))
    }

    async fn list_kafka_all_topic_configs(
        &self,
        request: Request<pb::ListKafkaAllTopicConfigsRequest>,
    ) -> Result<Response<pb::ListKafkaAllTopicConfigsResponse>, Status> {
        let (urls, cluster) = self
            .context(request.metadata(), &request.get_ref().cluster_id)
            .await?;
        let mut data = Vec::new();
        for topic in self
            .admin()?
            .topics()
            .await
            .map_err(status)?
            .into_iter()
            .filter(|t| self.readable(request.extensions(), &t.name))
        {
            let configs = self
                .admin()?
                .topic_configs(&topic.name)
                .await
                .map_err(status)?;
            data.extend(
                configs
                    .iter()
                    .map(|c| urls.topic_config(&cluster.id, &topic.name, c)),
            );
        }
        Ok(Response::new(pb::ListKafkaAllTopicConfigsResponse {
            kind: "KafkaTopicConfigList".to_owned(),
            metadata: urls.collection(&["topics", "-", "configs"]),
            data,
        }))
    }

    async fn list_kafka_topic_configs(
        &self,
        request: Request<pb::ListKafkaTopicConfigsRequest>,
    ) -> Result<Response<pb::ListKafkaTopicConfigsResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        self.topic_access(request.extensions(), Operation::Read, &r.topic_name)?;
        self.admin()?.topic(&r.topic_name).await.map_err(status)?;
        let configs = self
            .admin()?
            .topic_configs(&r.topic_name)
            .await
            .map_err(status)?;
        Ok(Response::new(pb::ListKafkaTopicConfigsResponse {
            kind: "KafkaTopicConfigList".to_owned(),
            metadata: urls.collection(&["topics", &r.topic_name, "configs"]),
            data: configs
                .iter()
                .map(|c| urls.topic_config(&cluster.id, &r.topic_name, c))
                .collect(),
        }))
    }

    async fn get_kafka_topic_config(
        &self,
        request: Request<pb::GetKafkaTopicConfigRequest>,
    ) -> Result<Response<pb::GetKafkaTopicConfigResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        self.topic_access(request.extensions(), Operation::Read, &r.topic_name)?;
        self.admin()?.topic(&r.topic_name).await.map_err(status)?;
        let configs = self
            .admin()?
            .topic_configs(&r.topic_name)
            .await
            .map_err(status)?;
        let config = configs.iter().find(|c| c.name == r.name).ok_or_else(|| {
            status(AdminError::NotFound(format!(
                "Config {} cannot be found for topic {}.",
                r.name, r.topic_name
            )))
        })?;
        Ok(Response::new(pb::GetKafkaTopicConfigResponse {
            config: Some(urls.topic_config(&cluster.id, &r.topic_name, config)),
        }))
    }

    async fn update_kafka_topic_config(
        &self,
        request: Request<pb::UpdateKafkaTopicConfigRequest>,
    ) -> Result<Response<pb::UpdateKafkaTopicConfigResponse>, Status> {
        let r = request.get_ref();
        self.context(request.metadata(), &r.cluster_id).await?;
        self.topic_access(request.extensions(), Operation::Write, &r.topic_name)?;
        self.admin()?.topic(&r.topic_name).await.map_err(status)?;
        let value = r
            .value
            .clone()
            .ok_or_else(|| status(AdminError::Invalid("value is required".to_owned())))?;
        self.admin()?
            .alter_topic_configs(
                &r.topic_name,
                vec![ConfigChange::Set(r.name.clone(), value)],
                false,
            )
            .await
            .map_err(status)?;
        Ok(Response::new(pb::UpdateKafkaTopicConfigResponse {}))
    }

    async fn delete_kafka_topic_config(
        &self,
        request: Request<pb::DeleteKafkaTopicConfigRequest>,
    ) -> Result<Response<pb::DeleteKafkaTopicConfigResponse>, Status> {
        let r = request.get_ref();
        self.context(request.metadata(), &r.cluster_id).await?;
        self.topic_access(request.extensions(), Operation::Write, &r.topic_name)?;
        self.admin()?.topic(&r.topic_name).await.map_err(status)?;
        self.admin()?
            .alter_topic_configs(
                &r.topic_name,
                vec![ConfigChange::Delete(r.name.clone())],
                false,
            )
            .await
            .map_err(status)?;
        Ok(Response::new(pb::DeleteKafkaTopicConfigResponse {}))
    }

    async fn update_kafka_topic_config_batch(
        &self,
        request: Request<pb::UpdateKafkaTopicConfigBatchRequest>,
    ) -> Result<Response<pb::UpdateKafkaTopicConfigBatchResponse>, Status> {
        let r = request.get_ref();
        self.context(request.metadata(), &r.cluster_id).await?;
        self.topic_access(request.extensions(), Operation::Write, &r.topic_name)?;
        self.admin()?.topic(&r.topic_name).await.map_err(status)?;
        let changes = config_changes(&r.data)?;
        self.admin()?
            .alter_topic_configs(&r.topic_name, changes, r.validate_only)
            .await
            .map_err(status)?;
        Ok(Response::new(pb::UpdateKafkaTopicConfigBatchResponse {}))
    }

    async fn list_kafka_partitions(
        &self,
        request: Request<pb::ListKafkaPartitionsRequest>,
    ) -> Result<Response<pb::ListKafkaPartitionsResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        self.topic_access(request.extensions(), Operation::Read, &r.topic_name)?;
        let topic = self.admin()?.topic(&r.topic_name).await.map_err(status)?;
        Ok(Response::new(pb::ListKafkaPartitionsResponse {
            kind: "KafkaPartitionList".to_owned(),
            metadata: urls.collection(&["topics", &r.topic_name, "partitions"]),
            data: topic
                .partitions
                .iter()
                .map(|p| urls.partition(&cluster.id, &topic.name, p))
                .collect(),
        }))
    }

    async fn get_kafka_partition(
        &self,
        request: Request<pb::GetKafkaPartitionRequest>,
    ) -> Result<Response<pb::GetKafkaPartitionResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        self.topic_access(request.extensions(), Operation::Read, &r.topic_name)?;
        let topic = self.admin()?.topic(&r.topic_name).await.map_err(status)?;
        let partition = topic
            .partitions
            .iter()
            .find(|p| p.id == r.partition_id)
            .ok_or_else(|| status(AdminError::UnknownTopicOrPartition))?;
        Ok(Response::new(pb::GetKafkaPartitionResponse {
            partition: Some(urls.partition(&cluster.id, &topic.name, partition)),
        }))
    }

    async fn list_kafka_consumer_groups(
        &self,
        request: Request<pb::ListKafkaConsumerGroupsRequest>,
    ) -> Result<Response<pb::ListKafkaConsumerGroupsResponse>, Status> {
        let (urls, cluster) = self
            .context(request.metadata(), &request.get_ref().cluster_id)
            .await?;
        let groups = self.admin()?.groups().await.map_err(status)?;
        Ok(Response::new(pb::ListKafkaConsumerGroupsResponse {
            kind: "KafkaConsumerGroupList".to_owned(),
            metadata: urls.collection(&["consumer-groups"]),
            data: groups.iter().map(|g| urls.group(&cluster, g)).collect(),
        }))
    }

    async fn get_kafka_consumer_group(
        &self,
        request: Request<pb::GetKafkaConsumerGroupRequest>,
    ) -> Result<Response<pb::GetKafkaConsumerGroupResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        let group = self.group_or_404(&r.consumer_group_id).await?;
        Ok(Response::new(pb::GetKafkaConsumerGroupResponse {
            consumer_group: Some(urls.group(&cluster, &group)),
        }))
    }

    async fn list_kafka_consumers(
        &self,
        request: Request<pb::ListKafkaConsumersRequest>,
    ) -> Result<Response<pb::ListKafkaConsumersResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        let group = self.group_or_404(&r.consumer_group_id).await?;
        Ok(Response::new(pb::ListKafkaConsumersResponse {
            kind: "KafkaConsumerList".to_owned(),
            metadata: urls.collection(&["consumer-groups", &group.id, "consumers"]),
            data: group
                .members
                .iter()
                .map(|m| urls.consumer(&cluster.id, &group.id, m))
                .collect(),
        }))
    }

    async fn get_kafka_consumer(
        &self,
        request: Request<pb::GetKafkaConsumerRequest>,
    ) -> Result<Response<pb::GetKafkaConsumerResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        let group = self.group_or_404(&r.consumer_group_id).await?;
        let member = group
            .members
            .iter()
            .find(|m| m.id == r.consumer_id)
            .ok_or_else(|| {
                status(AdminError::NotFound(format!(
                    "Consumer {} could not be found.",
                    r.consumer_id
                )))
            })?;
        Ok(Response::new(pb::GetKafkaConsumerResponse {
            consumer: Some(urls.consumer(&cluster.id, &group.id, member)),
        }))
    }

    async fn list_kafka_consumer_lags(
        &self,
        request: Request<pb::ListKafkaConsumerLagsRequest>,
    ) -> Result<Response<pb::ListKafkaConsumerLagsResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        let (group, lags) = self.group_lags(request.extensions(), &r.consumer_group_id).await?;
        Ok(Response::new(pb::ListKafkaConsumerLagsResponse {
            kind: "KafkaConsumerLagList".to_owned(),
            metadata: urls.collection(&["consumer-groups", &group.id, "lags"]),
            data: lags
                .iter()
                .map(|l| urls.lag(&cluster.id, &group.id, l))
                .collect(),
        }))
    }

    async fn get_kafka_consumer_lag(
        &self,
        request: Request<pb::GetKafkaConsumerLagRequest>,
    ) -> Result<Response<pb::GetKafkaConsumerLagResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        let (group, lags) = self.group_lags(request.extensions(), &r.consumer_group_id).await?;
        let lag = lags
            .iter()
            .find(|l| l.topic == r.topic_name && l.partition == r.partition_id)
            .ok_or_else(|| {
                status(AdminError::NotFound(format!(
                    "Consumer lag for group {} on topic {} partition {} could not be found.",
                    group.id, r.topic_name, r.partition_id
                )))
            })?;
        Ok(Response::new(pb::GetKafkaConsumerLagResponse {
            lag: Some(urls.lag(&cluster.id, &group.id, lag)),
        }))
    }

    async fn get_kafka_consumer_group_lag_summary(
        &self,
        request: Request<pb::GetKafkaConsumerGroupLagSummaryRequest>,
    ) -> Result<Response<pb::GetKafkaConsumerGroupLagSummaryResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        let (group, lags) = self.group_lags(request.extensions(), &r.consumer_group_id).await?;
        let total: i64 = lags.iter().map(LagInfo::lag).sum();
        // The most lag; the first such partition by topic and partition.
        let max = lags.iter().fold(None::<&LagInfo>, |best, l| match best {
            Some(b) if b.lag() >= l.lag() => Some(b),
            _ => Some(l),
        });
        let id = group.id.as_str();
        let member = max.and_then(|m| m.member.as_ref());
        let summary = pb::ConsumerGroupLagSummaryData {
            kind: "KafkaConsumerGroupLagSummary".to_owned(),
            metadata: urls.resource(
                &["consumer-groups", id, "lag-summary"],
                &[("consumer-group", id), ("lag-summary", "")],
            ),
            cluster_id: cluster.id.clone(),
            consumer_group_id: id.to_owned(),
            max_lag_consumer_id: member.map(|m| m.id.clone()).unwrap_or_default(),
            max_lag_instance_id: None,
            max_lag_client_id: member.map(|m| m.client_id.clone()).unwrap_or_default(),
            max_lag_topic_name: max.map(|m| m.topic.clone()).unwrap_or_default(),
            max_lag_partition_id: max.map_or(0, |m| m.partition),
            max_lag: max.map_or(0, LagInfo::lag),
            total_lag: total,
            // Always a link, as Confluent's (its URL factory drops the
            // empty member id when no member is assigned).
            max_lag_consumer: urls.related(&[
                "consumer-groups",
                id,
                "consumers",
                member.map_or("", |m| m.id.as_str()),
            ]),
            max_lag_partition: max.and_then(|m| {
                urls.related(&["topics", &m.topic, "partitions", &m.partition.to_string()])
            }),
        };
        Ok(Response::new(pb::GetKafkaConsumerGroupLagSummaryResponse {
            summary: Some(summary),
        }))
    }

    async fn list_kafka_partition_offsets(
        &self,
        request: Request<pb::ListKafkaPartitionOffsetsRequest>,
    ) -> Result<Response<pb::ListKafkaPartitionOffsetsResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        self.topic_access(request.extensions(), Operation::Read, &r.topic_name)?;
        let offset_type = if r.offset_type.is_empty() { "earliest_and_latest" } else { r.offset_type.as_str() };
        if offset_type != "earliest_and_latest" {
            return Err(status(AdminError::Invalid(format!("offset_type:{offset_type} is invalid"))));
        }
        let topic = self.admin()?.topic(&r.topic_name).await.map_err(status)?;
        if !topic.partitions.iter().any(|p| p.id == r.partition_id) {
            return Err(gateway::status::confluent_status(tonic::Code::NotFound, 40402, "PARTITION_NOT_FOUND", "Partition not found."));
        }
        let (earliest, latest) = self.admin()?.offsets(&r.topic_name, vec![r.partition_id]).await.map_err(status)?.first().copied().unwrap_or((0, 0));
        let id = r.partition_id.to_string();
        Ok(Response::new(pb::ListKafkaPartitionOffsetsResponse {
            offsets: Some(pb::PartitionWithOffsetsData {
                kind: "KafkaPartitionWithOffsets".to_owned(),
                metadata: urls.resource(
                    &["topics", &r.topic_name, "partitions", &id, "offset"],
                    &[("topic", &r.topic_name), ("partition", &id), ("offset_type", offset_type)],
                ),
                cluster_id: cluster.id.clone(),
                topic_name: r.topic_name.clone(),
                partition_id: r.partition_id,
                earliest_offset: earliest,
                latest_offset: latest,
            }),
        }))
    }

    async fn list_kafka_replicas(&self, request: Request<pb::ListKafkaReplicasRequest>) -> Result<Response<pb::ListKafkaReplicasResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        self.topic_access(request.extensions(), Operation::Read, &r.topic_name)?;
        let topic = self.admin()?.topic(&r.topic_name).await.map_err(status)?;
        let partition = topic.partitions.iter().find(|p| p.id == r.partition_id).ok_or_else(|| status(AdminError::UnknownTopicOrPartition))?;
        let id = r.partition_id.to_string();
        Ok(Response::new(pb::ListKafkaReplicasResponse {
            kind: "KafkaReplicaList".to_owned(),
            metadata: urls.collection(&["topics", &r.topic_name, "partitions", &id, "replicas"]),
            data: partition.replicas.iter().map(|b| urls.replica(&cluster.id, &topic.name, partition, *b)).collect(),
        }))
    }

    async fn get_kafka_replica(&self, request: Request<pb::GetKafkaReplicaRequest>) -> Result<Response<pb::GetKafkaReplicaResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        self.topic_access(request.extensions(), Operation::Read, &r.topic_name)?;
        let topic = self.admin()?.topic(&r.topic_name).await.map_err(status)?;
        let partition = topic.partitions.iter().find(|p| p.id == r.partition_id).ok_or_else(|| status(AdminError::UnknownTopicOrPartition))?;
        if !partition.replicas.contains(&r.broker_id) {
            return Err(status(AdminError::NotFound(format!("Replica {} cannot be found.", r.broker_id))));
        }
        Ok(Response::new(pb::GetKafkaReplicaResponse { replica: Some(urls.replica(&cluster.id, &topic.name, partition, r.broker_id)) }))
    }

    async fn search_kafka_replicas_by_broker(
        &self,
        request: Request<pb::SearchKafkaReplicasByBrokerRequest>,
    ) -> Result<Response<pb::SearchKafkaReplicasByBrokerResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        if !cluster.brokers.iter().any(|b| b.id == r.broker_id) {
            return Err(status(AdminError::NotFound(format!("Broker {} cannot be found.", r.broker_id))));
        }
        let mut data = Vec::new();
        for topic in self.admin()?.topics().await.map_err(status)?.iter().filter(|t| self.readable(request.extensions(), &t.name)) {
            for partition in topic.partitions.iter().filter(|p| p.replicas.contains(&r.broker_id)) {
                data.push(urls.replica(&cluster.id, &topic.name, partition, r.broker_id));
            }
        }
        Ok(Response::new(pb::SearchKafkaReplicasByBrokerResponse {
            kind: "KafkaReplicaList".to_owned(),
            metadata: urls.collection(&["brokers", &r.broker_id.to_string(), "partition-replicas"]),
            data,
        }))
    }

    async fn list_kafka_consumer_assignment(
        &self,
        request: Request<pb::ListKafkaConsumerAssignmentRequest>,
    ) -> Result<Response<pb::ListKafkaConsumerAssignmentResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        let group = self.group_or_404(&r.consumer_group_id).await?;
        let member = group
            .members
            .iter()
            .find(|m| m.id == r.consumer_id)
            .ok_or_else(|| status(AdminError::NotFound(format!("Consumer {} could not be found.", r.consumer_id))))?;
        let mut assigned = member.assignment.clone();
        assigned.sort();
        Ok(Response::new(pb::ListKafkaConsumerAssignmentResponse {
            kind: "KafkaConsumerAssignmentList".to_owned(),
            metadata: urls.collection(&["consumer-groups", &group.id, "consumers", &member.id, "assignments"]),
            data: assigned
                .iter()
                .filter(|(t, _)| self.readable(request.extensions(), t))
                .map(|(t, p)| urls.assignment(&cluster.id, &group.id, &member.id, t, *p))
                .collect(),
        }))
    }

    async fn get_kafka_consumer_assignment(
        &self,
        request: Request<pb::GetKafkaConsumerAssignmentRequest>,
    ) -> Result<Response<pb::GetKafkaConsumerAssignmentResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.context(request.metadata(), &r.cluster_id).await?;
        self.topic_access(request.extensions(), Operation::Read, &r.topic_name)?;
        let group = self.group_or_404(&r.consumer_group_id).await?;
        let assigned = group
            .members
            .iter()
            .find(|m| m.id == r.consumer_id)
            .is_some_and(|m| m.assignment.iter().any(|(t, p)| *t == r.topic_name && *p == r.partition_id));
        if !assigned {
            return Err(status(AdminError::NotFound(format!(
                "Consumer assignment {}-{} of consumer {} could not be found.",
                r.topic_name, r.partition_id, r.consumer_id
            ))));
        }
        Ok(Response::new(pb::GetKafkaConsumerAssignmentResponse {
            assignment: Some(urls.assignment(&cluster.id, &group.id, &r.consumer_id, &r.topic_name, r.partition_id)),
        }))
    }

    async fn list_kafka_broker_configs(&self, request: Request<pb::ListKafkaBrokerConfigsRequest>) -> Result<Response<pb::ListKafkaBrokerConfigsResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.broker_context(&request, &r.cluster_id, Some(r.broker_id), Operation::Read).await?;
        let configs = self.admin()?.configs(ConfigResource::Broker(r.broker_id)).await.map_err(status)?;
        Ok(Response::new(pb::ListKafkaBrokerConfigsResponse {
            kind: "KafkaBrokerConfigList".to_owned(),
            metadata: urls.collection(&["brokers", &r.broker_id.to_string(), "configs"]),
            data: configs.iter().map(|c| urls.broker_config(&cluster.id, r.broker_id, c)).collect(),
        }))
    }

    async fn list_kafka_all_broker_configs(&self, request: Request<pb::ListKafkaAllBrokerConfigsRequest>) -> Result<Response<pb::ListKafkaAllBrokerConfigsResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.broker_context(&request, &r.cluster_id, None, Operation::Read).await?;
        let mut data = Vec::new();
        for broker in &cluster.brokers {
            let configs = self.admin()?.configs(ConfigResource::Broker(broker.id)).await.map_err(status)?;
            data.extend(configs.iter().map(|c| urls.broker_config(&cluster.id, broker.id, c)));
        }
        Ok(Response::new(pb::ListKafkaAllBrokerConfigsResponse {
            kind: "KafkaBrokerConfigList".to_owned(),
            metadata: urls.collection(&["brokers", "-", "configs"]),
            data,
        }))
    }

    async fn get_kafka_broker_config(&self, request: Request<pb::GetKafkaBrokerConfigRequest>) -> Result<Response<pb::GetKafkaBrokerConfigResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.broker_context(&request, &r.cluster_id, Some(r.broker_id), Operation::Read).await?;
        let configs = self.admin()?.configs(ConfigResource::Broker(r.broker_id)).await.map_err(status)?;
        let config = configs
            .iter()
            .find(|c| c.name == r.name)
            .ok_or_else(|| status(AdminError::NotFound(format!("Config {} cannot be found for broker {}.", r.name, r.broker_id))))?;
        Ok(Response::new(pb::GetKafkaBrokerConfigResponse { config: Some(urls.broker_config(&cluster.id, r.broker_id, config)) }))
    }

    async fn update_kafka_broker_config(&self, request: Request<pb::UpdateKafkaBrokerConfigRequest>) -> Result<Response<pb::UpdateKafkaBrokerConfigResponse>, Status> {
        let r = request.get_ref();
        self.broker_context(&request, &r.cluster_id, Some(r.broker_id), Operation::Write).await?;
        let value = r.value.clone().ok_or_else(|| status(AdminError::Invalid("value is required".to_owned())))?;
        self.admin()?.alter_configs(ConfigResource::Broker(r.broker_id), vec![ConfigChange::Set(r.name.clone(), value)]).await.map_err(status)?;
        Ok(Response::new(pb::UpdateKafkaBrokerConfigResponse {}))
    }

    async fn delete_kafka_broker_config(&self, request: Request<pb::DeleteKafkaBrokerConfigRequest>) -> Result<Response<pb::DeleteKafkaBrokerConfigResponse>, Status> {
        let r = request.get_ref();
        self.broker_context(&request, &r.cluster_id, Some(r.broker_id), Operation::Write).await?;
        self.admin()?.alter_configs(ConfigResource::Broker(r.broker_id), vec![ConfigChange::Delete(r.name.clone())]).await.map_err(status)?;
        Ok(Response::new(pb::DeleteKafkaBrokerConfigResponse {}))
    }

    async fn update_kafka_broker_config_batch(
        &self,
        request: Request<pb::UpdateKafkaBrokerConfigBatchRequest>,
    ) -> Result<Response<pb::UpdateKafkaBrokerConfigBatchResponse>, Status> {
        let r = request.get_ref();
        self.broker_context(&request, &r.cluster_id, Some(r.broker_id), Operation::Write).await?;
        let changes = config_changes(&r.data)?;
        if !r.validate_only {
            self.admin()?.alter_configs(ConfigResource::Broker(r.broker_id), changes).await.map_err(status)?;
        }
        Ok(Response::new(pb::UpdateKafkaBrokerConfigBatchResponse {}))
    }

    async fn list_kafka_cluster_configs(
        &self,
        request: Request<pb::ListKafkaClusterConfigsRequest>,
    ) -> Result<Response<pb::ListKafkaClusterConfigsResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.broker_context(&request, &r.cluster_id, None, Operation::Read).await?;
        let configs = self.admin()?.configs(ConfigResource::Cluster).await.map_err(status)?;
        Ok(Response::new(pb::ListKafkaClusterConfigsResponse {
            kind: "KafkaClusterConfigList".to_owned(),
            metadata: urls.collection(&["broker-configs"]),
            data: configs.iter().map(|c| urls.cluster_config(&cluster.id, c)).collect(),
        }))
    }

    async fn get_kafka_cluster_config(
        &self,
        request: Request<pb::GetKafkaClusterConfigRequest>,
    ) -> Result<Response<pb::GetKafkaClusterConfigResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.broker_context(&request, &r.cluster_id, None, Operation::Read).await?;
        let configs = self.admin()?.configs(ConfigResource::Cluster).await.map_err(status)?;
        // `ClusterConfigsResource.getClusterConfig`: a bare NotFoundException.
        let config = configs.iter().find(|c| c.name == r.name).ok_or_else(jaxrs_not_found)?;
        Ok(Response::new(pb::GetKafkaClusterConfigResponse { config: Some(urls.cluster_config(&cluster.id, config)) }))
    }

    async fn update_kafka_cluster_config(
        &self,
        request: Request<pb::UpdateKafkaClusterConfigRequest>,
    ) -> Result<Response<pb::UpdateKafkaClusterConfigResponse>, Status> {
        let r = request.get_ref();
        self.broker_context(&request, &r.cluster_id, None, Operation::Write).await?;
        let value = r.value.clone().ok_or_else(|| status(AdminError::Invalid("value is required".to_owned())))?;
        self.admin()?.alter_configs(ConfigResource::Cluster, vec![ConfigChange::Set(r.name.clone(), value)]).await.map_err(status)?;
        Ok(Response::new(pb::UpdateKafkaClusterConfigResponse {}))
    }

    async fn delete_kafka_cluster_config(
        &self,
        request: Request<pb::DeleteKafkaClusterConfigRequest>,
    ) -> Result<Response<pb::DeleteKafkaClusterConfigResponse>, Status> {
        let r = request.get_ref();
        let (_, cluster) = self.broker_context(&request, &r.cluster_id, None, Operation::Write).await?;
        let admin = self.admin()?;
        // `AbstractConfigManager.safeResetConfig`: 404 unless it is set; the
        // message names the resource as Java prints `ConfigResource(BROKER, "")`.
        if !admin.configs(ConfigResource::Cluster).await.map_err(status)?.iter().any(|c| c.name == r.name) {
            return Err(status(AdminError::NotFound(format!("Config {} cannot be found for BROKER  in cluster {}.", r.name, cluster.id))));
        }
        admin.alter_configs(ConfigResource::Cluster, vec![ConfigChange::Delete(r.name.clone())]).await.map_err(status)?;
        Ok(Response::new(pb::DeleteKafkaClusterConfigResponse {}))
    }

    async fn update_kafka_cluster_configs(
        &self,
        request: Request<pb::UpdateKafkaClusterConfigsRequest>,
    ) -> Result<Response<pb::UpdateKafkaClusterConfigsResponse>, Status> {
        let r = request.get_ref();
        self.broker_context(&request, &r.cluster_id, None, Operation::Write).await?;
        let changes = config_changes(&r.data)?;
        if !r.validate_only {
            self.admin()?.alter_configs(ConfigResource::Cluster, changes).await.map_err(status)?;
        }
        Ok(Response::new(pb::UpdateKafkaClusterConfigsResponse {}))
    }

    async fn list_all_kafka_reassignments(
        &self,
        request: Request<pb::ListAllKafkaReassignmentsRequest>,
    ) -> Result<Response<pb::ListAllKafkaReassignmentsResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster, reassignments) = self.reassignments(&request, &r.cluster_id, None).await?;
        Ok(Response::new(pb::ListAllKafkaReassignmentsResponse {
            kind: "KafkaReassignmentList".to_owned(),
            metadata: urls.collection(&["topics", "-", "partitions", "-", "reassignments"]),
            data: reassignments.iter().map(|a| urls.reassignment(&cluster.id, a, "reassignments")).collect(),
        }))
    }

    async fn search_kafka_reassignments_by_topic(
        &self,
        request: Request<pb::SearchKafkaReassignmentsByTopicRequest>,
    ) -> Result<Response<pb::SearchKafkaReassignmentsByTopicResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster, reassignments) = self.reassignments(&request, &r.cluster_id, Some(&r.topic_name)).await?;
        Ok(Response::new(pb::SearchKafkaReassignmentsByTopicResponse {
            kind: "KafkaReassignmentList".to_owned(),
            metadata: urls.collection(&["topics", &r.topic_name, "partitions", "-", "reassignments"]),
            data: reassignments.iter().map(|a| urls.reassignment(&cluster.id, a, "reassignments")).collect(),
        }))
    }

    async fn get_kafka_reassignment(
        &self,
        request: Request<pb::GetKafkaReassignmentRequest>,
    ) -> Result<Response<pb::GetKafkaReassignmentResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster, reassignments) = self.reassignments(&request, &r.cluster_id, Some(&r.topic_name)).await?;
        // `GetReassignmentAction`: a bare NotFoundException when the
        // partition is not being reassigned.
        let reassignment = reassignments.iter().find(|a| a.partition == r.partition_id).ok_or_else(jaxrs_not_found)?;
        Ok(Response::new(pb::GetKafkaReassignmentResponse {
            reassignment: Some(urls.reassignment(&cluster.id, reassignment, "reassignment")),
        }))
    }

    async fn search_kafka_acls(&self, request: Request<pb::SearchKafkaAclsRequest>) -> Result<Response<pb::SearchKafkaAclsResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.broker_context(&request, &r.cluster_id, None, Operation::Read).await?;
        let filter = AclFilter {
            resource_type: or_default(&r.resource_type, "ANY").to_owned(),
            resource_name: any_if_empty(&r.resource_name),
            pattern_type: or_default(&r.pattern_type, "ANY").to_owned(),
            principal: any_if_empty(&r.principal),
            host: any_if_empty(&r.host),
            operation: or_default(&r.operation, "ANY").to_owned(),
            permission: or_default(&r.permission, "ANY").to_owned(),
        };
        if !crate::admin::ffi::known_acl_names(&filter.resource_type, &filter.pattern_type, &filter.operation, &filter.permission) {
            return Err(jaxrs_not_found());
        }
        let shown = AclBinding {
            resource_type: filter.resource_type.to_ascii_uppercase(),
            resource_name: r.resource_name.clone(),
            pattern_type: filter.pattern_type.to_ascii_uppercase(),
            principal: r.principal.clone(),
            host: r.host.clone(),
            operation: filter.operation.to_ascii_uppercase(),
            permission: filter.permission.to_ascii_uppercase(),
        };
        let acls = self.admin()?.acls(filter).await.map_err(status)?;
        Ok(Response::new(pb::SearchKafkaAclsResponse {
            kind: "KafkaAclList".to_owned(),
            metadata: Some(pb::ResourceCollectionMetadata { self_: urls.acl_url(&shown), next: None }),
            data: acls.iter().map(|a| urls.acl(&cluster.id, a)).collect(),
        }))
    }

    async fn create_kafka_acls(&self, request: Request<pb::CreateKafkaAclsRequest>) -> Result<Response<pb::CreateKafkaAclsResponse>, Status> {
        let r = request.get_ref();
        let (urls, _) = self.broker_context(&request, &r.cluster_id, None, Operation::Write).await?;
        let acl = AclBinding {
            resource_type: r.resource_type.to_ascii_uppercase(),
            resource_name: r.resource_name.clone(),
            pattern_type: r.pattern_type.to_ascii_uppercase(),
            principal: r.principal.clone(),
            host: r.host.clone(),
            operation: r.operation.to_ascii_uppercase(),
            permission: r.permission.to_ascii_uppercase(),
        };
        check_acl(&acl)?;
        self.admin()?.create_acls(vec![acl.clone()]).await.map_err(status)?;
        let mut response = Response::new(pb::CreateKafkaAclsResponse {});
        response.metadata_mut().insert(gateway::transcode::HTTP_STATUS_METADATA, tonic::metadata::MetadataValue::from_static("201"));
        if let Ok(location) = tonic::metadata::MetadataValue::try_from(urls.acl_url(&acl).as_str()) {
            response.metadata_mut().insert(gateway::transcode::LOCATION_METADATA, location);
        }
        Ok(response)
    }

    async fn batch_create_kafka_acls(&self, request: Request<pb::BatchCreateKafkaAclsRequest>) -> Result<Response<pb::BatchCreateKafkaAclsResponse>, Status> {
        let r = request.get_ref();
        self.broker_context(&request, &r.cluster_id, None, Operation::Write).await?;
        let acls: Vec<AclBinding> = r
            .data
            .iter()
            .map(|e| AclBinding {
                resource_type: e.resource_type.to_ascii_uppercase(),
                resource_name: e.resource_name.clone(),
                pattern_type: e.pattern_type.to_ascii_uppercase(),
                principal: e.principal.clone(),
                host: e.host.clone(),
                operation: e.operation.to_ascii_uppercase(),
                permission: e.permission.to_ascii_uppercase(),
            })
            .collect();
        for acl in &acls {
            check_acl(acl)?;
        }
        if !acls.is_empty() {
            self.admin()?.create_acls(acls).await.map_err(status)?;
        }
        Ok(Response::new(pb::BatchCreateKafkaAclsResponse {}))
    }

    async fn delete_kafka_acls(&self, request: Request<pb::DeleteKafkaAclsRequest>) -> Result<Response<pb::DeleteKafkaAclsResponse>, Status> {
        let r = request.get_ref();
        let (urls, cluster) = self.broker_context(&request, &r.cluster_id, None, Operation::Write).await?;
        // As Confluent's AclsResource.deleteAcls: every enum must be named.
        for (name, value) in [("resource_type", &r.resource_type), ("pattern_type", &r.pattern_type), ("operation", &r.operation), ("permission", &r.permission)] {
            if value.is_empty() || value.eq_ignore_ascii_case("UNKNOWN") {
                return Err(status(AdminError::Invalid(format!("{name} cannot be unspecified or UNKNOWN"))));
            }
        }
        if !crate::admin::ffi::known_acl_names(&r.resource_type, &r.pattern_type, &r.operation, &r.permission) {
            return Err(jaxrs_not_found());
        }
        let filter = AclFilter {
            resource_type: r.resource_type.clone(),
            resource_name: any_if_empty(&r.resource_name),
            pattern_type: r.pattern_type.clone(),
            principal: any_if_empty(&r.principal),
            host: any_if_empty(&r.host),
            operation: r.operation.clone(),
            permission: r.permission.clone(),
        };
        let deleted = self.admin()?.delete_acls(filter).await.map_err(status)?;
        Ok(Response::new(pb::DeleteKafkaAclsResponse { data: deleted.iter().map(|a| urls.acl(&cluster.id, a)).collect() }))
    }
}
