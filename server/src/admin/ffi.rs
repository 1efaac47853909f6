//! librdkafka admin calls the `rdkafka` crate (0.39) does not wrap:
//! - IncrementalAlterConfigs, the only config change tansu and current
//!   Kafka take (legacy AlterConfigs replaces every dynamic config and is
//!   gone from tansu);
//! - DescribeConfigs with synonyms (the crate drops them);
//! - ListConsumerGroupOffsets for every partition of a group (OffsetFetch
//!   without a partition list);
//! - the controller id;
//! - the watermarks a client last saw for a partition, without a request
//!   (`rd_kafka_get_watermark_offsets`; the crate only wraps the one that
//!   asks the broker), for consumer lag.
//!
//! They go through the same `rd_kafka_t` as the crate's admin client, so
//! they use its connections, TLS and SASL settings; `kafka-protocol` would
//! need all of that again. Each call runs on a blocking thread: it waits
//! on its own result queue for at most the given timeout.
#![allow(unsafe_code)]

use std::ffi::{CStr, CString, c_char};
use std::ptr;
use std::time::Duration;

use rdkafka::client::Client;
use rdkafka::error::RDKafkaErrorCode;
use rdkafka_sys as sys;

/// A Kafka error code and its message, from a failed call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FfiError {
    /// The error code.
    pub code: RDKafkaErrorCode,
    /// librdkafka's (or the broker's) message.
    pub message: String,
}

impl FfiError {
    fn new(code: sys::rd_kafka_resp_err_t, message: *const c_char) -> Self {
        let message = if message.is_null() {
            String::new()
        } else {
            // SAFETY: librdkafka returns NUL-terminated strings that live
            // as long as the object they came from, which is still alive.
            unsafe { CStr::from_ptr(message) }
                .to_string_lossy()
                .into_owned()
        };
        Self {
            code: code.into(),
            message,
        }
    }

    fn local(message: &str) -> Self {
        Self {
            code: RDKafkaErrorCode::InvalidArgument,
            message: message.to_owned(),
        }
    }
}

/// One incremental config change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigChange {
    /// Set `name` to the value.
    Set(String, String),
    /// Back to the default.
    Delete(String),
}

/// Frees what it owns when dropped, whatever path the call takes.
struct Call {
    queue: *mut sys::rd_kafka_queue_t,
    options: *mut sys::rd_kafka_AdminOptions_t,
    event: *mut sys::rd_kafka_event_t,
}

impl Call {
    fn new(
        rk: *mut sys::rd_kafka_t,
        op: sys::rd_kafka_admin_op_t,
        timeout: Duration,
        validate_only: bool,
    ) -> Result<Self, FfiError> {
        let mut errstr = [0 as c_char; 512];
        // SAFETY: `rk` is a live handle owned by the caller's client; the
        // queue and options are freed in Drop.
        let call = unsafe {
            Self {
                queue: sys::rd_kafka_queue_new(rk),
                options: sys::rd_kafka_AdminOptions_new(rk, op),
                event: ptr::null_mut(),
            }
        };
        let timeout_ms = i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX);
        // SAFETY: options is live; errstr is a writable buffer of the size given.
        let err = unsafe {
            sys::rd_kafka_AdminOptions_set_request_timeout(
                call.options,
                timeout_ms,
                errstr.as_mut_ptr(),
                errstr.len(),
            )
        };
        if err != sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            return Err(FfiError::new(err, errstr.as_ptr()));
        }
        if validate_only {
            // SAFETY: as above.
            let err = unsafe {
                sys::rd_kafka_AdminOptions_set_validate_only(
                    call.options,
                    1,
                    errstr.as_mut_ptr(),
                    errstr.len(),
                )
            };
            if err != sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                return Err(FfiError::new(err, errstr.as_ptr()));
            }
        }
        Ok(call)
    }

    /// Waits for the result event (a little longer than the request
    /// timeout, which librdkafka enforces itself).
    fn wait(&mut self, timeout: Duration) -> Result<*mut sys::rd_kafka_event_t, FfiError> {
        let wait_ms = i32::try_from(timeout.as_millis() + 1000).unwrap_or(i32::MAX);
        // SAFETY: the queue is live; the event, if any, is ours to destroy.
        self.event = unsafe { sys::rd_kafka_queue_poll(self.queue, wait_ms) };
        if self.event.is_null() {
            return Err(FfiError {
                code: RDKafkaErrorCode::OperationTimedOut,
                message: "no answer from Kafka in time".to_owned(),
            });
        }
        // SAFETY: the event is live.
        let err = unsafe { sys::rd_kafka_event_error(self.event) };
        if err != sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            // SAFETY: as above; the string lives as long as the event.
            return Err(FfiError::new(err, unsafe {
                sys::rd_kafka_event_error_string(self.event)
            }));
        }
        Ok(self.event)
    }
}

impl Drop for Call {
    fn drop(&mut self) {
        // SAFETY: each pointer was made by librdkafka for this call and is
        // freed once.
        unsafe {
            if !self.event.is_null() {
                sys::rd_kafka_event_destroy(self.event);
            }
            sys::rd_kafka_AdminOptions_destroy(self.options);
            sys::rd_kafka_queue_destroy(self.queue);
        }
    }
}

/// What configs belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigResource {
    /// A topic, by name.
    Topic(String),
    /// A broker, by id.
    Broker(i32),
    /// The cluster-wide broker defaults (KIP-226): the BROKER resource with
    /// the empty name, as Confluent's `ClusterConfigManagerImpl` asks for.
    Cluster,
}

impl ConfigResource {
    fn native(&self) -> Result<(sys::rd_kafka_ResourceType_t, CString), FfiError> {
        let (kind, name) = match self {
            Self::Topic(name) => (sys::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_TOPIC, name.clone()),
            Self::Broker(id) => (sys::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_BROKER, id.to_string()),
            Self::Cluster => (sys::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_BROKER, String::new()),
        };
        Ok((kind, CString::new(name).map_err(|_| FfiError::local("resource name contains NUL"))?))
    }
}

/// One config entry as DescribeConfigs reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigEntry {
    /// Name.
    pub name: String,
    /// Value; `None` when unset or sensitive.
    pub value: Option<String>,
    /// Confluent's `ConfigSource` name.
    pub source: &'static str,
    /// Whether it cannot be changed.
    pub is_read_only: bool,
    /// Whether it is the default.
    pub is_default: bool,
    /// Whether its value is hidden.
    pub is_sensitive: bool,
    /// Synonyms, most specific first: (name, value, source).
    pub synonyms: Vec<(String, Option<String>, &'static str)>,
}

fn source_name(source: sys::rd_kafka_ConfigSource_t) -> &'static str {
    use sys::rd_kafka_ConfigSource_t as S;
    match source {
        S::RD_KAFKA_CONFIG_SOURCE_DYNAMIC_TOPIC_CONFIG => "DYNAMIC_TOPIC_CONFIG",
        S::RD_KAFKA_CONFIG_SOURCE_DYNAMIC_BROKER_CONFIG => "DYNAMIC_BROKER_CONFIG",
        S::RD_KAFKA_CONFIG_SOURCE_DYNAMIC_DEFAULT_BROKER_CONFIG => "DYNAMIC_DEFAULT_BROKER_CONFIG",
        S::RD_KAFKA_CONFIG_SOURCE_STATIC_BROKER_CONFIG => "STATIC_BROKER_CONFIG",
        S::RD_KAFKA_CONFIG_SOURCE_DEFAULT_CONFIG => "DEFAULT_CONFIG",
        _ => "UNKNOWN",
    }
}

/// A NUL-terminated string from librdkafka, copied; `None` for null.
///
/// # Safety
/// `text` is null or a live NUL-terminated string.
unsafe fn owned(text: *const c_char) -> Option<String> {
    // SAFETY: see above.
    (!text.is_null()).then(|| unsafe { CStr::from_ptr(text) }.to_string_lossy().into_owned())
}

/// DescribeConfigs of one resource, entries sorted by name. Blocking.
pub fn describe_configs<C: rdkafka::ClientContext>(client: &Client<C>, resource: &ConfigResource, timeout: Duration) -> Result<Vec<ConfigEntry>, FfiError> {
    let (kind, name) = resource.native()?;
    let mut call = Call::new(client.native_ptr(), sys::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, timeout, false)?;
    // SAFETY: `name` is copied; the resource array of one is freed below.
    let mut native = unsafe { sys::rd_kafka_ConfigResource_new(kind, name.as_ptr()) };
    if native.is_null() {
        return Err(FfiError::local("librdkafka refused the config resource"));
    }
    // SAFETY: one live resource; the queue and options are live.
    unsafe { sys::rd_kafka_DescribeConfigs(client.native_ptr(), &mut native, 1, call.options, call.queue) };
    // SAFETY: librdkafka copied the request; ours is freed once.
    unsafe { sys::rd_kafka_ConfigResource_destroy_array(&mut native, 1) };
    let event = call.wait(timeout)?;
    let mut out = Vec::new();
    // SAFETY: the event is a DescribeConfigs result; resources, entries and
    // synonyms live as long as the event, each array has the count
    // librdkafka gives.
    unsafe {
        let result = sys::rd_kafka_event_DescribeConfigs_result(event);
        if result.is_null() {
            return Err(FfiError::local("unexpected answer to DescribeConfigs"));
        }
        let mut count = 0usize;
        let resources = sys::rd_kafka_DescribeConfigs_result_resources(result, &mut count);
        for i in 0..count {
            let described = *resources.add(i);
            let err = sys::rd_kafka_ConfigResource_error(described);
            if err != sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                return Err(FfiError::new(err, sys::rd_kafka_ConfigResource_error_string(described)));
            }
            let mut entries_count = 0usize;
            let entries = sys::rd_kafka_ConfigResource_configs(described, &mut entries_count);
            for j in 0..entries_count {
                let entry = *entries.add(j);
                let mut synonyms_count = 0usize;
                let synonyms = sys::rd_kafka_ConfigEntry_synonyms(entry, &mut synonyms_count);
                let synonyms = (0..synonyms_count)
                    .map(|k| {
                        let synonym = *synonyms.add(k);
                        (
                            owned(sys::rd_kafka_ConfigEntry_name(synonym)).unwrap_or_default(),
                            owned(sys::rd_kafka_ConfigEntry_value(synonym)),
                            source_name(sys::rd_kafka_ConfigEntry_source(synonym)),
                        )
                    })
                    .collect();
                out.push(ConfigEntry {
                    name: owned(sys::rd_kafka_ConfigEntry_name(entry)).unwrap_or_default(),
                    value: owned(sys::rd_kafka_ConfigEntry_value(entry)),
                    source: source_name(sys::rd_kafka_ConfigEntry_source(entry)),
                    is_read_only: sys::rd_kafka_ConfigEntry_is_read_only(entry) != 0,
                    is_default: sys::rd_kafka_ConfigEntry_is_default(entry) != 0,
                    is_sensitive: sys::rd_kafka_ConfigEntry_is_sensitive(entry) != 0,
                    synonyms,
                });
            }
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// IncrementalAlterConfigs of one resource's configs, all changes in one
/// request. Blocking.
pub fn alter_configs<C: rdkafka::ClientContext>(
    client: &Client<C>,
    resource: &ConfigResource,
    changes: &[ConfigChange],
    validate_only: bool,
    timeout: Duration,
) -> Result<(), FfiError> {
    let (kind, name) = resource.native()?;
    let mut call = Call::new(client.native_ptr(), sys::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_INCREMENTALALTERCONFIGS, timeout, validate_only)?;
    // SAFETY: `name` outlives the call; the resource is handed to
    // librdkafka below and freed by `destroy_array` after.
    let mut resource = unsafe { sys::rd_kafka_ConfigResource_new(kind, name.as_ptr()) };
    if resource.is_null() {
        return Err(FfiError::local("librdkafka refused the config resource"));
    }
    let result = (|| {
        for change in changes {
            let (key, op, value) = match change {
                ConfigChange::Set(key, value) => (
                    key,
                    sys::rd_kafka_AlterConfigOpType_t::RD_KAFKA_ALTER_CONFIG_OP_TYPE_SET,
                    Some(value),
                ),
                ConfigChange::Delete(key) => (
                    key,
                    sys::rd_kafka_AlterConfigOpType_t::RD_KAFKA_ALTER_CONFIG_OP_TYPE_DELETE,
                    None,
                ),
            };
            let key = CString::new(key.as_str())
                .map_err(|_| FfiError::local("config name contains NUL"))?;
            let value = value
                .map(|v| CString::new(v.as_str()))
                .transpose()
                .map_err(|_| FfiError::local("config value contains NUL"))?;
            // SAFETY: the strings are copied by librdkafka; the resource is live.
            let error = unsafe {
                sys::rd_kafka_ConfigResource_add_incremental_config(
                    resource,
                    key.as_ptr(),
                    op,
                    value.as_ref().map_or(ptr::null(), |v| v.as_ptr()),
                )
            };
            if !error.is_null() {
                // SAFETY: the error is ours to read and destroy.
                let failure = unsafe {
                    FfiError::new(
                        sys::rd_kafka_error_code(error),
                        sys::rd_kafka_error_string(error),
                    )
                };
                // SAFETY: destroyed once, after its string was copied.
                unsafe { sys::rd_kafka_error_destroy(error) };
                return Err(failure);
            }
        }
        // SAFETY: one live resource; the queue and options are live.
        unsafe {
            sys::rd_kafka_IncrementalAlterConfigs(
                client.native_ptr(),
                &mut resource,
                1,
                call.options,
                call.queue,
            )
        };
        let event = call.wait(timeout)?;
        // SAFETY: the event is an IncrementalAlterConfigs result; the
        // resources it lists live as long as the event.
        unsafe {
            let result = sys::rd_kafka_event_IncrementalAlterConfigs_result(event);
            if result.is_null() {
                return Err(FfiError::local(
                    "unexpected answer to IncrementalAlterConfigs",
                ));
            }
            let mut count = 0usize;
            let resources =
                sys::rd_kafka_IncrementalAlterConfigs_result_resources(result, &mut count);
            for i in 0..count {
                let resource = *resources.add(i);
                let err = sys::rd_kafka_ConfigResource_error(resource);
                if err != sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                    return Err(FfiError::new(
                        err,
                        sys::rd_kafka_ConfigResource_error_string(resource),
                    ));
                }
            }
        }
        Ok(())
    })();
    // SAFETY: the resource array of one was not freed by librdkafka.
    unsafe { sys::rd_kafka_ConfigResource_destroy_array(&mut resource, 1) };
    result
}

/// The committed offset of every partition of `group` (OffsetFetch for
/// all partitions): (topic, partition, offset), offsets below 0 (nothing
/// committed) left out. Blocking.
pub fn group_offsets<C: rdkafka::ClientContext>(
    client: &Client<C>,
    group: &str,
    timeout: Duration,
) -> Result<Vec<(String, i32, i64)>, FfiError> {
    let group_id = CString::new(group).map_err(|_| FfiError::local("group id contains NUL"))?;
    let mut call = Call::new(
        client.native_ptr(),
        sys::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS,
        timeout,
        false,
    )?;
    // SAFETY: `group_id` is copied; a null partition list asks for all.
    let mut request =
        unsafe { sys::rd_kafka_ListConsumerGroupOffsets_new(group_id.as_ptr(), ptr::null()) };
    if request.is_null() {
        return Err(FfiError::local("librdkafka refused the group id"));
    }
    // SAFETY: one live request; the queue and options are live.
    unsafe {
        sys::rd_kafka_ListConsumerGroupOffsets(
            client.native_ptr(),
            &mut request,
            1,
            call.options,
            call.queue,
        )
    };
    // SAFETY: the request array of one is ours to free.
    unsafe { sys::rd_kafka_ListConsumerGroupOffsets_destroy_array(&mut request, 1) };
    let event = call.wait(timeout)?;
    let mut out = Vec::new();
    // SAFETY: the event is a ListConsumerGroupOffsets result; the groups
    // and partition lists it holds live as long as the event, and the
    // list's `elems` has `cnt` entries.
    unsafe {
        let result = sys::rd_kafka_event_ListConsumerGroupOffsets_result(event);
        if result.is_null() {
            return Err(FfiError::local(
                "unexpected answer to ListConsumerGroupOffsets",
            ));
        }
        let mut count = 0usize;
        let groups = sys::rd_kafka_ListConsumerGroupOffsets_result_groups(result, &mut count);
        for i in 0..count {
            let group = *groups.add(i);
            let error = sys::rd_kafka_group_result_error(group);
            if !error.is_null() {
                return Err(FfiError::new(
                    sys::rd_kafka_error_code(error),
                    sys::rd_kafka_error_string(error),
                ));
            }
            let list = sys::rd_kafka_group_result_partitions(group);
            if list.is_null() {
                continue;
            }
            let list = &*list;
            for j in 0..usize::try_from(list.cnt).unwrap_or(0) {
                let element = &*list.elems.add(j);
                if element.offset < 0 || element.topic.is_null() {
                    continue;
                }
                let topic = CStr::from_ptr(element.topic).to_string_lossy().into_owned();
                out.push((topic, element.partition, element.offset));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The controller's broker id, when Kafka names one. Blocking.
pub fn controller_id<C: rdkafka::ClientContext>(
    client: &Client<C>,
    timeout: Duration,
) -> Option<i32> {
    let timeout_ms = i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX);
    // SAFETY: a live handle; the call only reads cached or fetched metadata.
    let id = unsafe { sys::rd_kafka_controllerid(client.native_ptr(), timeout_ms) };
    (id >= 0).then_some(id)
}

/// An ACL binding, with Confluent's names for its enums (`TOPIC`,
/// `LITERAL`, `READ`, `ALLOW`, …).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct AclBinding {
    /// `TOPIC`, `GROUP`, `CLUSTER`, `TRANSACTIONAL_ID`.
    pub resource_type: String,
    /// The resource's name (or prefix).
    pub resource_name: String,
    /// `LITERAL` or `PREFIXED`.
    pub pattern_type: String,
    /// E.g. `User:alice`.
    pub principal: String,
    /// A host, or `*`.
    pub host: String,
    /// `READ`, `WRITE`, `ALL`, ….
    pub operation: String,
    /// `ALLOW` or `DENY`.
    pub permission: String,
}

/// A filter over ACL bindings: the enums may also be `ANY` (and the
/// pattern `MATCH`); a `None` string matches any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AclFilter {
    /// Resource type or `ANY`.
    pub resource_type: String,
    /// Resource name; `None` for any.
    pub resource_name: Option<String>,
    /// Pattern type, `ANY` or `MATCH`.
    pub pattern_type: String,
    /// Principal; `None` for any.
    pub principal: Option<String>,
    /// Host; `None` for any.
    pub host: Option<String>,
    /// Operation or `ANY`.
    pub operation: String,
    /// Permission or `ANY`.
    pub permission: String,
}

fn bad(what: &str, value: &str) -> FfiError {
    FfiError::local(&format!("{what} {value} is not one librdkafka knows"))
}

fn acl_resource_type(name: &str) -> Result<sys::rd_kafka_ResourceType_t, FfiError> {
    use sys::rd_kafka_ResourceType_t as T;
    Ok(match name.to_ascii_uppercase().as_str() {
        "UNKNOWN" => T::RD_KAFKA_RESOURCE_UNKNOWN,
        "ANY" => T::RD_KAFKA_RESOURCE_ANY,
        "TOPIC" => T::RD_KAFKA_RESOURCE_TOPIC,
        "GROUP" => T::RD_KAFKA_RESOURCE_GROUP,
        // Kafka's CLUSTER resource has librdkafka's BROKER number (4).
        "CLUSTER" => T::RD_KAFKA_RESOURCE_BROKER,
        "TRANSACTIONAL_ID" => T::RD_KAFKA_RESOURCE_TRANSACTIONAL_ID,
        other => return Err(bad("resource_type", other)),
    })
}

fn acl_resource_type_name(value: sys::rd_kafka_ResourceType_t) -> &'static str {
    use sys::rd_kafka_ResourceType_t as T;
    match value {
        T::RD_KAFKA_RESOURCE_ANY => "ANY",
        T::RD_KAFKA_RESOURCE_TOPIC => "TOPIC",
        T::RD_KAFKA_RESOURCE_GROUP => "GROUP",
        T::RD_KAFKA_RESOURCE_BROKER => "CLUSTER",
        T::RD_KAFKA_RESOURCE_TRANSACTIONAL_ID => "TRANSACTIONAL_ID",
        _ => "UNKNOWN",
    }
}

fn acl_pattern(name: &str) -> Result<sys::rd_kafka_ResourcePatternType_t, FfiError> {
    use sys::rd_kafka_ResourcePatternType_t as P;
    Ok(match name.to_ascii_uppercase().as_str() {
        "UNKNOWN" => P::RD_KAFKA_RESOURCE_PATTERN_UNKNOWN,
        "ANY" => P::RD_KAFKA_RESOURCE_PATTERN_ANY,
        "MATCH" => P::RD_KAFKA_RESOURCE_PATTERN_MATCH,
        "LITERAL" => P::RD_KAFKA_RESOURCE_PATTERN_LITERAL,
        "PREFIXED" => P::RD_KAFKA_RESOURCE_PATTERN_PREFIXED,
        other => return Err(bad("pattern_type", other)),
    })
}

fn acl_pattern_name(value: sys::rd_kafka_ResourcePatternType_t) -> &'static str {
    use sys::rd_kafka_ResourcePatternType_t as P;
    match value {
        P::RD_KAFKA_RESOURCE_PATTERN_ANY => "ANY",
        P::RD_KAFKA_RESOURCE_PATTERN_MATCH => "MATCH",
        P::RD_KAFKA_RESOURCE_PATTERN_LITERAL => "LITERAL",
        P::RD_KAFKA_RESOURCE_PATTERN_PREFIXED => "PREFIXED",
        _ => "UNKNOWN",
    }
}

const OPERATIONS: [(&str, sys::rd_kafka_AclOperation_t); 13] = {
    use sys::rd_kafka_AclOperation_t as O;
    [
        ("UNKNOWN", O::RD_KAFKA_ACL_OPERATION_UNKNOWN),
        ("ANY", O::RD_KAFKA_ACL_OPERATION_ANY),
        ("ALL", O::RD_KAFKA_ACL_OPERATION_ALL),
        ("READ", O::RD_KAFKA_ACL_OPERATION_READ),
        ("WRITE", O::RD_KAFKA_ACL_OPERATION_WRITE),
        ("CREATE", O::RD_KAFKA_ACL_OPERATION_CREATE),
        ("DELETE", O::RD_KAFKA_ACL_OPERATION_DELETE),
        ("ALTER", O::RD_KAFKA_ACL_OPERATION_ALTER),
        ("DESCRIBE", O::RD_KAFKA_ACL_OPERATION_DESCRIBE),
        ("CLUSTER_ACTION", O::RD_KAFKA_ACL_OPERATION_CLUSTER_ACTION),
        ("DESCRIBE_CONFIGS", O::RD_KAFKA_ACL_OPERATION_DESCRIBE_CONFIGS),
        ("ALTER_CONFIGS", O::RD_KAFKA_ACL_OPERATION_ALTER_CONFIGS),
        ("IDEMPOTENT_WRITE", O::RD_KAFKA_ACL_OPERATION_IDEMPOTENT_WRITE),
    ]
};

const PERMISSIONS: [(&str, sys::rd_kafka_AclPermissionType_t); 4] = {
    use sys::rd_kafka_AclPermissionType_t as P;
    [
        ("UNKNOWN", P::RD_KAFKA_ACL_PERMISSION_TYPE_UNKNOWN),
        ("ANY", P::RD_KAFKA_ACL_PERMISSION_TYPE_ANY),
        ("DENY", P::RD_KAFKA_ACL_PERMISSION_TYPE_DENY),
        ("ALLOW", P::RD_KAFKA_ACL_PERMISSION_TYPE_ALLOW),
    ]
};

fn acl_operation(name: &str) -> Result<sys::rd_kafka_AclOperation_t, FfiError> {
    OPERATIONS.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| *v).ok_or_else(|| bad("operation", name))
}

fn acl_permission(name: &str) -> Result<sys::rd_kafka_AclPermissionType_t, FfiError> {
    PERMISSIONS.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| *v).ok_or_else(|| bad("permission", name))
}

/// A C string for an optional filter string: null for `None`.
struct MaybeCString(Option<CString>);

impl MaybeCString {
    fn new(value: Option<&str>) -> Result<Self, FfiError> {
        value.map(CString::new).transpose().map(Self).map_err(|_| FfiError::local("ACL field contains NUL"))
    }

    fn ptr(&self) -> *const c_char {
        self.0.as_ref().map_or(ptr::null(), |c| c.as_ptr())
    }
}

/// Builds a binding (`filter` false) or a filter (`filter` true) from
/// `acl`'s fields.
fn native_binding(acl: &AclFilter, filter: bool) -> Result<*mut sys::rd_kafka_AclBinding_t, FfiError> {
    let (resource_type, pattern, operation, permission) = (&acl.resource_type, &acl.pattern_type, &acl.operation, &acl.permission);
    let (name, principal, host) = (acl.resource_name.as_deref(), acl.principal.as_deref(), acl.host.as_deref());
    let (kind, pattern, operation, permission) = (acl_resource_type(resource_type)?, acl_pattern(pattern)?, acl_operation(operation)?, acl_permission(permission)?);
    let (name, principal, host) = (MaybeCString::new(name)?, MaybeCString::new(principal)?, MaybeCString::new(host)?);
    let mut errstr = [0 as c_char; 512];
    // SAFETY: the strings are copied by librdkafka; errstr is writable.
    let binding = unsafe {
        if filter {
            sys::rd_kafka_AclBindingFilter_new(kind, name.ptr(), pattern, principal.ptr(), host.ptr(), operation, permission, errstr.as_mut_ptr(), errstr.len())
        } else {
            sys::rd_kafka_AclBinding_new(kind, name.ptr(), pattern, principal.ptr(), host.ptr(), operation, permission, errstr.as_mut_ptr(), errstr.len())
        }
    };
    if binding.is_null() {
        // SAFETY: librdkafka wrote a NUL-terminated message.
        return Err(FfiError::local(&unsafe { CStr::from_ptr(errstr.as_ptr()) }.to_string_lossy()));
    }
    Ok(binding)
}

/// Reads a binding librdkafka returned.
///
/// # Safety
/// `acl` is a live binding.
unsafe fn read_binding(acl: *const sys::rd_kafka_AclBinding_t) -> AclBinding {
    // SAFETY: see above; the strings live as long as the binding.
    unsafe {
        let operation = sys::rd_kafka_AclBinding_operation(acl);
        let permission = sys::rd_kafka_AclBinding_permission_type(acl);
        AclBinding {
            resource_type: acl_resource_type_name(sys::rd_kafka_AclBinding_restype(acl)).to_owned(),
            resource_name: owned(sys::rd_kafka_AclBinding_name(acl)).unwrap_or_default(),
            pattern_type: acl_pattern_name(sys::rd_kafka_AclBinding_resource_pattern_type(acl)).to_owned(),
            principal: owned(sys::rd_kafka_AclBinding_principal(acl)).unwrap_or_default(),
            host: owned(sys::rd_kafka_AclBinding_host(acl)).unwrap_or_default(),
            operation: OPERATIONS.iter().find(|(_, v)| *v == operation).map_or("UNKNOWN", |(n, _)| n).to_owned(),
            permission: PERMISSIONS.iter().find(|(_, v)| *v == permission).map_or("UNKNOWN", |(n, _)| n).to_owned(),
        }
    }
}

/// CreateAcls of `acls`, in one request. Blocking.
pub fn create_acls<C: rdkafka::ClientContext>(client: &Client<C>, acls: &[AclBinding], timeout: Duration) -> Result<(), FfiError> {
    let mut natives = Vec::with_capacity(acls.len());
    let built = acls.iter().try_for_each(|a| {
        let as_fields = AclFilter {
            resource_type: a.resource_type.clone(),
            resource_name: Some(a.resource_name.clone()),
            pattern_type: a.pattern_type.clone(),
            principal: Some(a.principal.clone()),
            host: Some(a.host.clone()),
            operation: a.operation.clone(),
            permission: a.permission.clone(),
        };
        let native = native_binding(&as_fields, false)?;
        natives.push(native);
        Ok::<_, FfiError>(())
    });
    let result = built.and_then(|()| {
        let mut call = Call::new(client.native_ptr(), sys::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_CREATEACLS, timeout, false)?;
        // SAFETY: the bindings are live; the queue and options are live.
        unsafe { sys::rd_kafka_CreateAcls(client.native_ptr(), natives.as_mut_ptr(), natives.len(), call.options, call.queue) };
        let event = call.wait(timeout)?;
        // SAFETY: a CreateAcls result; its results live as long as the event.
        unsafe {
            let result = sys::rd_kafka_event_CreateAcls_result(event);
            if result.is_null() {
                return Err(FfiError::local("unexpected answer to CreateAcls"));
            }
            let mut count = 0usize;
            let results = sys::rd_kafka_CreateAcls_result_acls(result, &mut count);
            for i in 0..count {
                let error = sys::rd_kafka_acl_result_error(*results.add(i));
                if !error.is_null() {
                    return Err(FfiError::new(sys::rd_kafka_error_code(error), sys::rd_kafka_error_string(error)));
                }
            }
        }
        Ok(())
    });
    // SAFETY: each binding made above is freed once.
    unsafe { sys::rd_kafka_AclBinding_destroy_array(natives.as_mut_ptr(), natives.len()) };
    result
}

fn native_filter(filter: &AclFilter) -> Result<*mut sys::rd_kafka_AclBinding_t, FfiError> {
    native_binding(filter, true)
}

/// DescribeAcls: the bindings `filter` matches. Blocking.
pub fn describe_acls<C: rdkafka::ClientContext>(client: &Client<C>, filter: &AclFilter, timeout: Duration) -> Result<Vec<AclBinding>, FfiError> {
    let native = native_filter(filter)?;
    let result = (|| {
        let mut call = Call::new(client.native_ptr(), sys::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DESCRIBEACLS, timeout, false)?;
        // SAFETY: the filter is live; the queue and options are live.
        unsafe { sys::rd_kafka_DescribeAcls(client.native_ptr(), native, call.options, call.queue) };
        let event = call.wait(timeout)?;
        let mut out = Vec::new();
        // SAFETY: a DescribeAcls result; its bindings live as long as the event.
        unsafe {
            let result = sys::rd_kafka_event_DescribeAcls_result(event);
            if result.is_null() {
                return Err(FfiError::local("unexpected answer to DescribeAcls"));
            }
            let mut count = 0usize;
            let acls = sys::rd_kafka_DescribeAcls_result_acls(result, &mut count);
            for i in 0..count {
                out.push(read_binding(*acls.add(i)));
            }
        }
        out.sort();
        Ok(out)
    })();
    // SAFETY: the filter made above is freed once.
    unsafe { sys::rd_kafka_AclBinding_destroy(native) };
    result
}

/// DeleteAcls: deletes what `filter` matches; the bindings deleted. Blocking.
pub fn delete_acls<C: rdkafka::ClientContext>(client: &Client<C>, filter: &AclFilter, timeout: Duration) -> Result<Vec<AclBinding>, FfiError> {
    let mut native = native_filter(filter)?;
    let result = (|| {
        let mut call = Call::new(client.native_ptr(), sys::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DELETEACLS, timeout, false)?;
        // SAFETY: one live filter; the queue and options are live.
        unsafe { sys::rd_kafka_DeleteAcls(client.native_ptr(), &mut native, 1, call.options, call.queue) };
        let event = call.wait(timeout)?;
        let mut out = Vec::new();
        // SAFETY: a DeleteAcls result; responses and bindings live as long
        // as the event.
        unsafe {
            let result = sys::rd_kafka_event_DeleteAcls_result(event);
            if result.is_null() {
                return Err(FfiError::local("unexpected answer to DeleteAcls"));
            }
            let mut count = 0usize;
            let responses = sys::rd_kafka_DeleteAcls_result_responses(result, &mut count);
            for i in 0..count {
                let response = *responses.add(i);
                let error = sys::rd_kafka_DeleteAcls_result_response_error(response);
                if !error.is_null() {
                    return Err(FfiError::new(sys::rd_kafka_error_code(error), sys::rd_kafka_error_string(error)));
                }
                let mut matched = 0usize;
                let acls = sys::rd_kafka_DeleteAcls_result_response_matching_acls(response, &mut matched);
                for j in 0..matched {
                    out.push(read_binding(*acls.add(j)));
                }
            }
        }
        out.sort();
        Ok(out)
    })();
    // SAFETY: the filter made above is freed once.
    unsafe { sys::rd_kafka_AclBinding_destroy(native) };
    result
}

/// The (low, high) watermarks `client` last saw for a partition in a
/// fetch response, without asking the broker; `None` when it has seen none
/// (librdkafka reports -1 then) or the names are not valid C strings.
pub fn cached_watermarks<C: rdkafka::ClientContext>(client: &Client<C>, topic: &str, partition: i32) -> Option<(i64, i64)> {
    let topic = CString::new(topic).ok()?;
    let (mut low, mut high) = (-1i64, -1i64);
    // SAFETY: the handle is live for the borrow of `client`; `topic` outlives
    // the call; the two out-pointers are valid i64s.
    let err = unsafe { sys::rd_kafka_get_watermark_offsets(client.native_ptr(), topic.as_ptr(), partition, &mut low, &mut high) };
    (err == sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR && high >= 0).then_some((low, high))
}

/// Whether librdkafka knows these ACL enum names (any case).
pub fn known_acl_names(resource_type: &str, pattern_type: &str, operation: &str, permission: &str) -> bool {
    acl_resource_type(resource_type).is_ok() && acl_pattern(pattern_type).is_ok() && acl_operation(operation).is_ok() && acl_permission(permission).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The patched librdkafka takes the cluster-wide BROKER resource (the
    /// empty name) and still refuses an unnamed topic.
    #[test]
    fn the_cluster_resource_is_the_broker_type_with_the_empty_name() {
        for (resource, accepted) in [(ConfigResource::Cluster, true), (ConfigResource::Broker(1), true), (ConfigResource::Topic(String::new()), false)] {
            let (kind, name) = resource.native().unwrap();
            // SAFETY: `name` outlives the call; a resource made is destroyed once.
            let native = unsafe { sys::rd_kafka_ConfigResource_new(kind, name.as_ptr()) };
            assert_eq!(!native.is_null(), accepted, "{resource:?}");
            if !native.is_null() {
                // SAFETY: made above, not shared.
                unsafe {
                    assert_eq!(CStr::from_ptr(sys::rd_kafka_ConfigResource_name(native)).to_bytes(), name.as_bytes());
                    sys::rd_kafka_ConfigResource_destroy(native);
                }
            }
        }
    }
}
