//! `gregor.registry.v1.SchemaRegistryService` over [`Registry`].

use std::sync::Arc;

use crate::auth::{Access, Operation};

use gateway::pb::google::api::HttpBody;
use gateway::pb::gregor::registry::v1 as pb;
use gateway::pb::gregor::registry::v1::schema_registry_service_server::SchemaRegistryService;
use tonic::{Request, Response, Status};

use crate::registry::error::RegistryError;
use crate::registry::schema::Reference;
use crate::registry::state::StoredSchema;
use crate::registry::context;
use crate::registry::mode::Mode;
use crate::registry::rules::SchemaExtras;
use crate::registry::{ConfigView, Page, Registry, SchemaInput, VersionView};
use crate::storage::record::ConfigValue;

/// The registry's gRPC service; the REST façade calls the same methods.
#[derive(Debug, Clone)]
pub struct RegistryService {
    registry: Arc<Registry>,
    deployment_attributes: Vec<String>,
    access: Access,
}

impl RegistryService {
    /// Serves `registry`; `deployment_attributes` is what
    /// `GET /v1/metadata/deployment` reports (trimmed and lower-cased here,
    /// as Confluent's `Props.getSchemaRegistryDeployment` does).
    pub fn new(registry: Arc<Registry>, deployment_attributes: &[String]) -> Self {
        let deployment_attributes = deployment_attributes.iter().map(|a| a.trim().to_lowercase()).collect();
        Self { registry, deployment_attributes, access: Access::default() }
    }

    /// Checks every call against `access` (the auth file's permissions).
    #[must_use]
    pub fn with_access(mut self, access: Access) -> Self {
        self.access = access;
        self
    }

    /// `operation` on `Subject:<subject>` (`subject` as the request names
    /// it). Refused as a missing subject (40401), as Karapace does, so a
    /// denial tells nothing about it. Nothing is computed without an auth
    /// file.
    fn subject_access<T>(&self, request: &Request<T>, operation: Operation, subject: &str) -> Result<(), Status> {
        if !self.access.enabled() {
            return Ok(());
        }
        let subject = context::normalize(subject);
        if self.access.allows(request.extensions(), operation, &format!("Subject:{subject}")) {
            Ok(())
        } else {
            Err(RegistryError::SubjectNotFound(subject).into())
        }
    }

    /// `operation` on `Config:` (global config, mode, contexts): 403.
    fn config_access<T>(&self, request: &Request<T>, operation: Operation) -> Result<(), Status> {
        if self.access.allows(request.extensions(), operation, "Config:") {
            Ok(())
        } else {
            Err(RegistryError::Forbidden.into())
        }
    }

    /// Whether the caller may read `subject` (for filtering lists).
    fn may_read(&self, extensions: &tonic::Extensions, subject: &str) -> bool {
        self.access.allows(extensions, Operation::Read, &format!("Subject:{subject}"))
    }

    /// A schema by id is readable when the caller may read `Subject:*`
    /// or a subject holding it (Karapace `schemas_get`); 40403 otherwise.
    /// `context_subject` names the context as the request does.
    fn schema_access(&self, extensions: &tonic::Extensions, id: i32, context_subject: &str) -> Result<(), Status> {
        if !self.access.enabled() || self.may_read(extensions, "*") {
            return Ok(());
        }
        let holders = self.registry.versions_for_id(id, &context::normalize(context_subject), true, Page::default()).unwrap_or_default();
        if holders.iter().any(|(subject, _)| self.may_read(extensions, subject)) {
            Ok(())
        } else {
            Err(RegistryError::SchemaIdNotFound(id).into())
        }
    }

    /// The registry served.
    pub fn registry(&self) -> &Arc<Registry> {
        &self.registry
    }
}

type Reply<T> = Result<Response<T>, Status>;

fn ok<T>(value: T) -> Reply<T> {
    Ok(Response::new(value))
}

fn mode(mode: Mode) -> Option<pb::Mode> {
    Some(pb::Mode { mode: mode.name().to_owned() })
}

fn input(spec: Option<pb::SchemaSpec>) -> SchemaInput {
    let spec = spec.unwrap_or_default();
    SchemaInput {
        schema_type: spec.schema_type,
        schema: spec.schema,
        id: spec.id,
        version: spec.version,
        extras: SchemaExtras { metadata: spec.metadata.map(struct_to_json), rule_set: spec.rule_set.map(struct_to_json) },
        references: spec
            .references
            .into_iter()
            .map(|r| Reference { name: r.name, subject: context::normalize(&r.subject), version: r.version })
            .collect(),
    }
}

fn references(schema: &StoredSchema) -> Vec<pb::SchemaReference> {
    schema
        .references
        .iter()
        .map(|r| pb::SchemaReference { name: r.name.clone(), subject: r.subject.clone(), version: r.version })
        .collect()
}

/// With `referenceFormat=qualified`, reference subjects named with their
/// context (an unqualified one is in the referring schema's context).
fn qualify(references: &mut [pb::SchemaReference], schema: &StoredSchema, reference_format: &str) {
    if reference_format.eq_ignore_ascii_case("qualified") {
        for reference in references {
            reference.subject = context::resolve(&schema.context, &reference.subject);
        }
    }
}

fn registered(view: &VersionView) -> pb::RegisteredSchema {
    pb::RegisteredSchema {
        subject: view.subject.clone(),
        version: view.version,
        id: view.schema.id,
        guid: view.schema.guid.clone(),
        schema_type: view.schema.schema_type.api_name().to_owned(),
        references: references(&view.schema),
        schema: view.schema.text.to_string(),
        metadata: view.schema.extras.metadata.as_ref().and_then(json_to_struct),
        rule_set: view.schema.extras.rule_set.as_ref().and_then(json_to_struct),
    }
}

/// A `google.protobuf.Struct` as JSON.
fn struct_to_json(value: prost_types::Struct) -> serde_json::Value {
    serde_json::Value::Object(value.fields.into_iter().map(|(k, v)| (k, value_to_json(v))).collect())
}

fn value_to_json(value: prost_types::Value) -> serde_json::Value {
    use prost_types::value::Kind;
    match value.kind {
        None | Some(Kind::NullValue(_)) => serde_json::Value::Null,
        Some(Kind::NumberValue(n)) => serde_json::Number::from_f64(n).map_or(serde_json::Value::Null, |n| {
            // Whole numbers stay integers, as they were sent.
            match n.as_f64() {
                Some(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => serde_json::Value::from(f as i64),
                _ => serde_json::Value::Number(n),
            }
        }),
        Some(Kind::StringValue(s)) => serde_json::Value::String(s),
        Some(Kind::BoolValue(b)) => serde_json::Value::Bool(b),
        Some(Kind::StructValue(s)) => struct_to_json(s),
        Some(Kind::ListValue(l)) => serde_json::Value::Array(l.values.into_iter().map(value_to_json).collect()),
    }
}

/// JSON as a `google.protobuf.Struct`; `None` for a non-object.
fn json_to_struct(value: &serde_json::Value) -> Option<prost_types::Struct> {
    let serde_json::Value::Object(map) = value else { return None };
    Some(prost_types::Struct { fields: map.iter().map(|(k, v)| (k.clone(), json_to_value(v))).collect() })
}

fn json_to_value(value: &serde_json::Value) -> prost_types::Value {
    use prost_types::value::Kind;
    let kind = match value {
        serde_json::Value::Null => Kind::NullValue(0),
        serde_json::Value::Bool(b) => Kind::BoolValue(*b),
        serde_json::Value::Number(n) => Kind::NumberValue(n.as_f64().unwrap_or_default()),
        serde_json::Value::String(s) => Kind::StringValue(s.clone()),
        serde_json::Value::Array(a) => Kind::ListValue(prost_types::ListValue { values: a.iter().map(json_to_value).collect() }),
        serde_json::Value::Object(_) => Kind::StructValue(json_to_struct(value).unwrap_or_default()),
    };
    prost_types::Value { kind: Some(kind) }
}

/// A config as answered: the level in force and every stored field.
fn config(view: ConfigView) -> Option<pb::Config> {
    let value = view.value;
    Some(pb::Config {
        compatibility_level: view.level.name().to_owned(),
        normalize: value.normalize,
        alias: value.alias,
        validate_fields: value.validate_fields,
        validate_rules: value.other.get("validateRules").and_then(serde_json::Value::as_bool),
        compatibility_group: value.compatibility_group,
        default_metadata: value.default_metadata.as_ref().and_then(json_to_struct),
        override_metadata: value.override_metadata.as_ref().and_then(json_to_struct),
        default_rule_set: value.default_rule_set.as_ref().and_then(json_to_struct),
        override_rule_set: value.override_rule_set.as_ref().and_then(json_to_struct),
    })
}

/// A PUT body as the fields of a stored config (`validateRules`, which
/// Gregor only keeps, goes with the fields it does not act on).
fn config_value(update: &pb::ConfigUpdate) -> ConfigValue {
    let mut other = serde_json::Map::new();
    if let Some(validate_rules) = update.validate_rules {
        other.insert("validateRules".to_owned(), validate_rules.into());
    }
    ConfigValue {
        compatibility_level: Some(update.compatibility.clone()).filter(|c| !c.trim().is_empty()),
        normalize: update.normalize,
        alias: update.alias.clone(),
        validate_fields: update.validate_fields,
        compatibility_group: update.compatibility_group.clone(),
        default_metadata: update.default_metadata.clone().map(struct_to_json),
        override_metadata: update.override_metadata.clone().map(struct_to_json),
        default_rule_set: update.default_rule_set.clone().map(struct_to_json),
        override_rule_set: update.override_rule_set.clone().map(struct_to_json),
        other,
    }
}

/// The PUT answer: the request echoed (Confluent returns the
/// `ConfigUpdateRequest`), the level upper-cased as stored.
fn config_update(view: &ConfigView, update: pb::ConfigUpdate) -> Option<pb::ConfigUpdate> {
    let compatibility = if update.compatibility.trim().is_empty() { String::new() } else { view.level.name().to_owned() };
    Some(pb::ConfigUpdate { compatibility, ..update })
}

fn verdict((compatible, messages): (bool, Vec<String>)) -> Option<pb::CompatibilityResult> {
    Some(pb::CompatibilityResult { is_compatible: Some(compatible), messages })
}

fn text_body(text: &str) -> Option<HttpBody> {
    Some(HttpBody { content_type: String::new(), data: text.as_bytes().to_vec(), extensions: Vec::new() })
}

/// The `subject` query value that names a context (`:.ctx:`; empty for
/// the default one), as `schema_by_id` takes it.
fn context_subject(context: &str) -> String {
    if context == context::DEFAULT { String::new() } else { format!(":{context}:") }
}

fn page(offset: i32, limit: i32) -> Page {
    Page { offset, limit }
}

#[tonic::async_trait]
impl SchemaRegistryService for RegistryService {
    async fn get_root(&self, _: Request<pb::GetRootRequest>) -> Reply<pb::GetRootResponse> {
        ok(pb::GetRootResponse {})
    }

    async fn post_root(&self, _: Request<pb::PostRootRequest>) -> Reply<pb::PostRootResponse> {
        ok(pb::PostRootResponse {})
    }

    async fn get_cluster_id(&self, _: Request<pb::GetClusterIdRequest>) -> Reply<pb::GetClusterIdResponse> {
        let (kafka, group) = self.registry.cluster_ids();
        let clusters = [("kafka-cluster".to_owned(), kafka), ("schema-registry-cluster".to_owned(), group)].into();
        ok(pb::GetClusterIdResponse { id: String::new(), scope: Some(pb::ClusterScope { path: Vec::new(), clusters }) })
    }

    async fn get_server_version(&self, _: Request<pb::GetServerVersionRequest>) -> Reply<pb::GetServerVersionResponse> {
        ok(pb::GetServerVersionResponse {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            commit_id: option_env!("GREGOR_COMMIT").unwrap_or("").to_owned(),
        })
    }

    async fn get_deployment(&self, _: Request<pb::GetDeploymentRequest>) -> Reply<pb::GetDeploymentResponse> {
        ok(pb::GetDeploymentResponse { attributes: self.deployment_attributes.clone() })
    }

    async fn get_health(&self, _: Request<pb::GetHealthRequest>) -> Reply<pb::GetHealthResponse> {
        let health = self.registry.health();
        let healthy = self.registry.is_healthy();
        let mut reply = Response::new(pb::GetHealthResponse {
            karapace_version: concat!("gregor ", env!("CARGO_PKG_VERSION")).to_owned(),
            healthy,
            status: Some(pb::HealthStatus {
                schema_registry_ready: health.ready,
                schema_registry_startup_time_sec: health.startup_time_sec,
                schema_registry_reader_current_offset: health.current_offset,
                schema_registry_reader_highest_offset: health.highest_offset,
                schema_registry_is_primary: health.is_primary,
                schema_registry_is_primary_eligible: health.is_primary_eligible,
                schema_registry_primary_url: health.primary_url,
                schema_registry_coordinator_running: health.coordinator_running,
                schema_registry_coordinator_generation_id: health.coordinator_generation_id,
            }),
        });
        if !healthy {
            // The same document, as HTTP 503, so load balancers take the node out.
            reply.metadata_mut().insert(gateway::transcode::HTTP_STATUS_METADATA, tonic::metadata::MetadataValue::from_static("503"));
        }
        Ok(reply)
    }

    async fn get_master_available(&self, _: Request<pb::GetMasterAvailableRequest>) -> Reply<pb::GetMasterAvailableResponse> {
        ok(pb::GetMasterAvailableResponse { master_available: self.registry.is_writable() })
    }

    async fn list_subjects(&self, request: Request<pb::ListSubjectsRequest>) -> Reply<pb::ListSubjectsResponse> {
        self.registry.wait_ready().await?;
        let extensions = request.extensions().clone();
        let r = request.into_inner();
        let subjects = if self.access.enabled() {
            // Only the subjects the caller may read, then the page.
            let all = self.registry.list_subjects(&r.subject_prefix, r.deleted, r.deleted_only, Page::default());
            page(r.offset, r.limit).apply(all.into_iter().filter(|s| self.may_read(&extensions, s)))
        } else {
            self.registry.list_subjects(&r.subject_prefix, r.deleted, r.deleted_only, page(r.offset, r.limit))
        };
        ok(pb::ListSubjectsResponse { subjects })
    }

    async fn lookup_schema(&self, request: Request<pb::LookupSchemaRequest>) -> Reply<pb::LookupSchemaResponse> {
        self.subject_access(&request, Operation::Read, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        let view = self.registry.lookup(&context::normalize(&r.subject), &input(r.schema), r.normalize, r.deleted)?;
        ok(pb::LookupSchemaResponse { registered: Some(registered(&view)) })
    }

    async fn delete_subject(&self, request: Request<pb::DeleteSubjectRequest>) -> Reply<pb::DeleteSubjectResponse> {
        self.subject_access(&request, Operation::Write, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        let versions = self.registry.delete_subject(&context::normalize(&r.subject), r.permanent).await?;
        ok(pb::DeleteSubjectResponse { versions })
    }

    async fn list_versions(&self, request: Request<pb::ListVersionsRequest>) -> Reply<pb::ListVersionsResponse> {
        self.subject_access(&request, Operation::Read, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        let versions =
            self.registry.list_versions(&context::normalize(&r.subject), r.deleted, r.deleted_only, r.deleted_as_negative, page(r.offset, r.limit))?;
        ok(pb::ListVersionsResponse { versions })
    }

    async fn register_schema(&self, request: Request<pb::RegisterSchemaRequest>) -> Reply<pb::RegisterSchemaResponse> {
        self.subject_access(&request, Operation::Write, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        let view = self.registry.register(&context::normalize(&r.subject), &input(r.schema), r.normalize).await?;
        ok(pb::RegisterSchemaResponse {
            id: view.schema.id,
            version: view.version,
            guid: view.schema.guid.clone(),
            schema_type: view.schema.schema_type.api_name().to_owned(),
            schema: view.schema.text.to_string(),
            references: references(&view.schema),
            metadata: view.schema.extras.metadata.as_ref().and_then(json_to_struct),
            rule_set: view.schema.extras.rule_set.as_ref().and_then(json_to_struct),
        })
    }

    async fn get_version(&self, request: Request<pb::GetVersionRequest>) -> Reply<pb::GetVersionResponse> {
        self.subject_access(&request, Operation::Read, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        let view = self.registry.get_version(&context::normalize(&r.subject), &r.version, r.deleted)?;
        let mut schema = registered(&view);
        schema.schema = self.registry.formatted(&view.schema, &r.format);
        qualify(&mut schema.references, &view.schema, &r.reference_format);
        ok(pb::GetVersionResponse { registered: Some(schema) })
    }

    async fn get_latest_with_metadata(&self, request: Request<pb::GetLatestWithMetadataRequest>) -> Reply<pb::GetLatestWithMetadataResponse> {
        self.subject_access(&request, Operation::Read, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        let wanted: Vec<(String, String)> = r.key.into_iter().zip(r.value).collect();
        let view = self.registry.latest_with_metadata(&context::normalize(&r.subject), &wanted, r.deleted)?;
        let mut schema = registered(&view);
        schema.schema = self.registry.formatted(&view.schema, &r.format);
        ok(pb::GetLatestWithMetadataResponse { registered: Some(schema) })
    }

    async fn delete_version(&self, request: Request<pb::DeleteVersionRequest>) -> Reply<pb::DeleteVersionResponse> {
        self.subject_access(&request, Operation::Write, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        let version = self.registry.delete_version(&context::normalize(&r.subject), &r.version, r.permanent).await?;
        ok(pb::DeleteVersionResponse { version })
    }

    async fn get_version_schema(&self, request: Request<pb::GetVersionSchemaRequest>) -> Reply<pb::GetVersionSchemaResponse> {
        self.subject_access(&request, Operation::Read, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        let view = self.registry.get_version(&context::normalize(&r.subject), &r.version, r.deleted)?;
        ok(pb::GetVersionSchemaResponse { body: text_body(&self.registry.formatted(&view.schema, &r.format)) })
    }

    async fn list_referenced_by(&self, request: Request<pb::ListReferencedByRequest>) -> Reply<pb::ListReferencedByResponse> {
        self.subject_access(&request, Operation::Read, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        ok(pb::ListReferencedByResponse { ids: self.registry.referenced_by(&context::normalize(&r.subject), &r.version, r.deleted, page(r.offset, r.limit))? })
    }

    async fn list_schemas(&self, request: Request<pb::ListSchemasRequest>) -> Reply<pb::ListSchemasResponse> {
        self.registry.wait_ready().await?;
        let extensions = request.extensions().clone();
        let r = request.into_inner();
        let filter = crate::registry::SchemaFilter {
            rule_type: r.rule_type,
            resource_type: r.resource_type,
            association_types: r.association_type,
            lifecycles: r.lifecycle,
        };
        let views = if self.access.enabled() {
            let all = self.registry.list_schemas(&r.subject_prefix, r.deleted, r.latest_only, &filter, Page::default())?;
            page(r.offset, r.limit).apply(all.into_iter().filter(|v| self.may_read(&extensions, &v.subject)))
        } else {
            self.registry.list_schemas(&r.subject_prefix, r.deleted, r.latest_only, &filter, page(r.offset, r.limit))?
        };
        ok(pb::ListSchemasResponse { schemas: views.iter().map(registered).collect() })
    }

    async fn get_schema_by_id(&self, request: Request<pb::GetSchemaByIdRequest>) -> Reply<pb::GetSchemaByIdResponse> {
        self.registry.wait_ready().await?;
        self.schema_access(request.extensions(), request.get_ref().id, &request.get_ref().subject)?;
        let r = request.into_inner();
        let (schema, max_id) = self.registry.schema_by_id(r.id, &context::normalize(&r.subject))?;
        let mut refs = references(&schema);
        qualify(&mut refs, &schema, &r.reference_format);
        ok(pb::GetSchemaByIdResponse {
            guid: schema.guid.clone(),
            schema_type: schema.schema_type.api_name().to_owned(),
            schema: self.registry.formatted(&schema, &r.format),
            references: refs,
            max_id: r.fetch_max_id.then_some(max_id),
            metadata: schema.extras.metadata.as_ref().and_then(json_to_struct),
            rule_set: schema.extras.rule_set.as_ref().and_then(json_to_struct),
        })
    }

    async fn get_schema_by_guid(&self, request: Request<pb::GetSchemaByGuidRequest>) -> Reply<pb::GetSchemaByGuidResponse> {
        self.registry.wait_ready().await?;
        let extensions = request.extensions().clone();
        let r = request.into_inner();
        let schema = self.registry.schema_by_guid(&r.guid)?;
        self.schema_access(&extensions, schema.id, &context_subject(&schema.context))
            .map_err(|_| Status::from(RegistryError::SchemaGuidNotFound(r.guid.clone())))?;
        ok(pb::GetSchemaByGuidResponse {
            guid: schema.guid.clone(),
            schema_type: schema.schema_type.api_name().to_owned(),
            schema: self.registry.formatted(&schema, &r.format),
            references: references(&schema),
            metadata: schema.extras.metadata.as_ref().and_then(json_to_struct),
            rule_set: schema.extras.rule_set.as_ref().and_then(json_to_struct),
        })
    }

    async fn list_ids_by_guid(&self, request: Request<pb::ListIdsByGuidRequest>) -> Reply<pb::ListIdsByGuidResponse> {
        self.registry.wait_ready().await?;
        let extensions = request.extensions().clone();
        let r = request.into_inner();
        let ids = self
            .registry
            .ids_by_guid(&r.guid)
            .into_iter()
            .filter(|(context, id)| self.schema_access(&extensions, *id, &context_subject(context)).is_ok())
            .map(|(context, id)| pb::ContextId { context, id })
            .collect();
        ok(pb::ListIdsByGuidResponse { ids })
    }

    async fn get_schema_text_by_id(&self, request: Request<pb::GetSchemaTextByIdRequest>) -> Reply<pb::GetSchemaTextByIdResponse> {
        self.registry.wait_ready().await?;
        self.schema_access(request.extensions(), request.get_ref().id, &request.get_ref().subject)?;
        let r = request.into_inner();
        let (schema, _) = self.registry.schema_by_id(r.id, &context::normalize(&r.subject))?;
        ok(pb::GetSchemaTextByIdResponse { body: text_body(&self.registry.formatted(&schema, &r.format)) })
    }

    async fn list_schema_subjects(&self, request: Request<pb::ListSchemaSubjectsRequest>) -> Reply<pb::ListSchemaSubjectsResponse> {
        self.registry.wait_ready().await?;
        let extensions = request.extensions().clone();
        let r = request.into_inner();
        self.schema_access(&extensions, r.id, &r.subject)?;
        let mut subjects: Vec<String> =
            self.registry.versions_for_id(r.id, &context::normalize(&r.subject), r.deleted, Page::default())?.into_iter().map(|(s, _)| s).collect();
        subjects.dedup();
        let subjects = page(r.offset, r.limit).apply(subjects.into_iter().filter(|s| self.may_read(&extensions, s)));
        ok(pb::ListSchemaSubjectsResponse { subjects })
    }

    async fn list_schema_versions(&self, request: Request<pb::ListSchemaVersionsRequest>) -> Reply<pb::ListSchemaVersionsResponse> {
        self.registry.wait_ready().await?;
        let extensions = request.extensions().clone();
        let r = request.into_inner();
        self.schema_access(&extensions, r.id, &r.subject)?;
        let versions = self
            .registry
            .versions_for_id(r.id, &context::normalize(&r.subject), r.deleted, Page::default())?
            .into_iter()
            .filter(|(subject, _)| self.may_read(&extensions, subject))
            .map(|(subject, version)| pb::SubjectVersion { subject, version });
        let versions = page(r.offset, r.limit).apply(versions);
        ok(pb::ListSchemaVersionsResponse { versions })
    }

    async fn list_schema_types(&self, _: Request<pb::ListSchemaTypesRequest>) -> Reply<pb::ListSchemaTypesResponse> {
        ok(pb::ListSchemaTypesResponse { types: self.registry.schema_types().into_iter().map(str::to_owned).collect() })
    }

    async fn get_global_config(&self, request: Request<pb::GetGlobalConfigRequest>) -> Reply<pb::GetGlobalConfigResponse> {
        self.config_access(&request, Operation::Read)?;
        self.registry.wait_ready().await?;
        ok(pb::GetGlobalConfigResponse { config: config(self.registry.global_config()) })
    }

    async fn update_global_config(&self, request: Request<pb::UpdateGlobalConfigRequest>) -> Reply<pb::UpdateGlobalConfigResponse> {
        self.config_access(&request, Operation::Write)?;
        self.registry.wait_ready().await?;
        let update = request.into_inner().config.unwrap_or_default();
        let stored = self.registry.set_config(None, &config_value(&update)).await?;
        ok(pb::UpdateGlobalConfigResponse { config: config_update(&stored, update) })
    }

    async fn delete_global_config(&self, request: Request<pb::DeleteGlobalConfigRequest>) -> Reply<pb::DeleteGlobalConfigResponse> {
        self.config_access(&request, Operation::Write)?;
        self.registry.wait_ready().await?;
        ok(pb::DeleteGlobalConfigResponse { config: config(self.registry.delete_global_config().await?) })
    }

    async fn get_subject_config(&self, request: Request<pb::GetSubjectConfigRequest>) -> Reply<pb::GetSubjectConfigResponse> {
        self.subject_access(&request, Operation::Read, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        ok(pb::GetSubjectConfigResponse { config: config(self.registry.subject_config(&context::normalize(&r.subject), r.default_to_global)?) })
    }

    async fn update_subject_config(&self, request: Request<pb::UpdateSubjectConfigRequest>) -> Reply<pb::UpdateSubjectConfigResponse> {
        self.subject_access(&request, Operation::Write, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        let update = r.config.unwrap_or_default();
        let stored = self.registry.set_config(Some(&context::normalize(&r.subject)), &config_value(&update)).await?;
        ok(pb::UpdateSubjectConfigResponse { config: config_update(&stored, update) })
    }

    async fn delete_subject_config(&self, request: Request<pb::DeleteSubjectConfigRequest>) -> Reply<pb::DeleteSubjectConfigResponse> {
        self.subject_access(&request, Operation::Write, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        ok(pb::DeleteSubjectConfigResponse { config: config(self.registry.delete_subject_config(&context::normalize(&request.into_inner().subject)).await?) })
    }

    async fn list_contexts(&self, request: Request<pb::ListContextsRequest>) -> Reply<pb::ListContextsResponse> {
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        ok(pb::ListContextsResponse { contexts: self.registry.contexts(&r.context_prefix, page(r.offset, r.limit)) })
    }

    async fn delete_context(&self, request: Request<pb::DeleteContextRequest>) -> Reply<pb::DeleteContextResponse> {
        self.config_access(&request, Operation::Write)?;
        self.registry.wait_ready().await?;
        self.registry.delete_context(&request.into_inner().context).await?;
        ok(pb::DeleteContextResponse {})
    }

    async fn get_global_mode(&self, request: Request<pb::GetGlobalModeRequest>) -> Reply<pb::GetGlobalModeResponse> {
        self.config_access(&request, Operation::Read)?;
        self.registry.wait_ready().await?;
        ok(pb::GetGlobalModeResponse { mode: mode(self.registry.mode(None, true)?) })
    }

    async fn update_global_mode(&self, request: Request<pb::UpdateGlobalModeRequest>) -> Reply<pb::UpdateGlobalModeResponse> {
        self.config_access(&request, Operation::Write)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        let stored = self.registry.set_mode(None, &r.mode.unwrap_or_default().mode, r.force).await?;
        ok(pb::UpdateGlobalModeResponse { mode: mode(stored) })
    }

    async fn delete_global_mode(&self, request: Request<pb::DeleteGlobalModeRequest>) -> Reply<pb::DeleteGlobalModeResponse> {
        self.config_access(&request, Operation::Write)?;
        self.registry.wait_ready().await?;
        let old = self.registry.delete_mode(None, request.into_inner().recursive).await?;
        ok(pb::DeleteGlobalModeResponse { mode: mode(old) })
    }

    async fn get_subject_mode(&self, request: Request<pb::GetSubjectModeRequest>) -> Reply<pb::GetSubjectModeResponse> {
        self.subject_access(&request, Operation::Read, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        ok(pb::GetSubjectModeResponse { mode: mode(self.registry.mode(Some(&context::normalize(&r.subject)), r.default_to_global)?) })
    }

    async fn update_subject_mode(&self, request: Request<pb::UpdateSubjectModeRequest>) -> Reply<pb::UpdateSubjectModeResponse> {
        self.subject_access(&request, Operation::Write, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        let stored = self.registry.set_mode(Some(&context::normalize(&r.subject)), &r.mode.unwrap_or_default().mode, r.force).await?;
        ok(pb::UpdateSubjectModeResponse { mode: mode(stored) })
    }

    async fn delete_subject_mode(&self, request: Request<pb::DeleteSubjectModeRequest>) -> Reply<pb::DeleteSubjectModeResponse> {
        self.subject_access(&request, Operation::Write, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        ok(pb::DeleteSubjectModeResponse { mode: mode(self.registry.delete_mode(Some(&context::normalize(&r.subject)), r.recursive).await?) })
    }

    async fn check_compatibility(&self, request: Request<pb::CheckCompatibilityRequest>) -> Reply<pb::CheckCompatibilityResponse> {
        self.subject_access(&request, Operation::Read, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        let result = self.registry.check_compatibility(&context::normalize(&r.subject), Some(&r.version), &input(r.schema), r.normalize, r.verbose)?;
        ok(pb::CheckCompatibilityResponse { result: verdict(result) })
    }

    async fn check_compatibility_all(&self, request: Request<pb::CheckCompatibilityAllRequest>) -> Reply<pb::CheckCompatibilityAllResponse> {
        self.subject_access(&request, Operation::Read, &request.get_ref().subject)?;
        self.registry.wait_ready().await?;
        let r = request.into_inner();
        let result = self.registry.check_compatibility(&context::normalize(&r.subject), None, &input(r.schema), r.normalize, r.verbose)?;
        ok(pb::CheckCompatibilityAllResponse { result: verdict(result) })
    }

    async fn get_associations(&self, request: Request<pb::GetAssociationsRequest>) -> Reply<pb::GetAssociationsResponse> {
        Err(RegistryError::AssociationNotFound(request.into_inner().path).into())
    }
}
