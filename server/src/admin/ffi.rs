//! librdkafka admin calls the `rdkafka` crate (0.39) does not wrap:
//! - IncrementalAlterConfigs, the only config change tansu and current
//!   Kafka take (legacy AlterConfigs replaces every dynamic config and is
//!   gone from tansu);
//! - DescribeConfigs with synonyms (the crate drops them);
//! - ListConsumerGroupOffsets for every partition of a group (OffsetFetch
//!   without a partition list);
//! - the controller id.
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
}

impl ConfigResource {
    fn native(&self) -> Result<(sys::rd_kafka_ResourceType_t, CString), FfiError> {
        let (kind, name) = match self {
            Self::Topic(name) => (sys::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_TOPIC, name.clone()),
            Self::Broker(id) => (sys::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_BROKER, id.to_string()),
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
