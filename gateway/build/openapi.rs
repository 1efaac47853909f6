//! The API documents of the REST façade, generated from the same bindings
//! as its routes (so a document cannot name a route that is not served, or
//! miss one):
//! - `openapi.json`: OpenAPI 3.1, one operation per `google.api.http`
//!   binding: path and query parameters, request body, responses in every
//!   media type the binding produces, the `{"error_code", "message"}` body
//!   of every error, descriptions from the proto comments;
//! - `asyncapi.json`: AsyncAPI 3.0 for the streaming bindings
//!   (server-streaming RPCs as NDJSON or Server-Sent Events, and the
//!   bidirectional streams bound as concatenated JSON bodies).
//!
//! Every operation carries `x-grpc-method` (`package.Service/Method`) and
//! is tagged with its service's full name; the server drops the
//! operations of services it does not run (`gateway::openapi`). A path and
//! method two services bind holds the first service's operation and the
//! others in `x-gregor-alternatives`.
//!
//! Schemas follow what the transcoder reads and prints: proto3 JSON field
//! names (`json_name`), 64-bit integers as JSON numbers, enums by name,
//! bytes as base64, `google.protobuf.Value` as any JSON, and `null` for
//! any field with presence (messages that set `gregor.api.v1.emit_nulls`
//! print it; the request reader takes it as unset).

use std::collections::BTreeMap;

use prost_reflect::{DescriptorPool, FieldDescriptor, Kind, MessageDescriptor, MethodDescriptor, ServiceDescriptor, Value};
use serde_json::{Map, Value as Json, json};

use super::{Binding, Error, bool_option, extension, http_bindings, text};

/// Id of the APISIX pubsub WebSocket channel in the AsyncAPI document
/// (its address is the server's `apisix_pubsub_path`, set at run time).
pub(crate) const APISIX_CHANNEL: &str = "ApisixPubSub";

/// Name of the error body schema in `components.schemas`.
const ERROR_SCHEMA: &str = "ErrorMessage";

/// The two documents, as JSON text: (OpenAPI, AsyncAPI).
pub(crate) fn documents(pool: &DescriptorPool, version: &str) -> Result<(String, String), Error> {
    let mut schemas = Schemas::default();
    let mut paths: BTreeMap<String, Map<String, Json>> = BTreeMap::new();
    let mut tags = Vec::new();
    let mut channels = Map::new();
    let mut operations = Map::new();
    for service in pool.services().filter(|s| s.package_name().starts_with("gregor.")) {
        for method in service.methods() {
            let bindings = http_bindings(pool, &method)?;
            for (alt, binding) in bindings.iter().enumerate() {
                let id = if alt == 0 { format!("{}_{}", service.name(), method.name()) } else { format!("{}_{}_{alt}", service.name(), method.name()) };
                let operation = operation(pool, &service, &method, binding, &id, &mut schemas)?;
                let path = openapi_path(&binding.path);
                let verbs = paths.entry(path.clone()).or_default();
                match verbs.get_mut(binding.method) {
                    // Another service binds it too (`/` is the registry's,
                    // or the REST proxy's when it runs alone): the server
                    // keeps the one it serves (`gateway::openapi`).
                    Some(Json::Object(first)) => {
                        let tag = json!([service.full_name()]);
                        let known = first.get("x-gregor-alternatives").and_then(Json::as_array).is_some_and(|a| a.iter().any(|o| o["tags"] == tag));
                        if first["tags"] == tag || known {
                            return Err(format!("{}: {} {path} is bound twice", method.full_name(), binding.method).into());
                        }
                        if let Json::Array(list) = first.entry("x-gregor-alternatives").or_insert_with(|| json!([])) {
                            list.push(Json::Object(operation));
                        }
                    }
                    _ => {
                        verbs.insert(binding.method.to_owned(), Json::Object(operation));
                    }
                }
                if method.is_server_streaming() {
                    let (channel, ops) = stream_channel(pool, &service, &method, binding, &id, &mut schemas)?;
                    channels.insert(id.clone(), channel);
                    operations.extend(ops);
                }
            }
        }
        // Every service is a tag with its gRPC methods (those without an
        // HTTP binding too: streams, ListOffsets, Fetch).
        let methods: Vec<Json> = service
            .methods()
            .map(|m| {
                json!({
                    "name": m.name(),
                    "path": format!("/{}/{}", service.full_name(), m.name()),
                    "input": m.input().full_name(),
                    "output": m.output().full_name(),
                    "client_streaming": m.is_client_streaming(),
                    "server_streaming": m.is_server_streaming(),
                    "description": method_comments(&m),
                })
            })
            .collect();
        tags.push(json!({
            "name": service.full_name(),
            "description": comments(service.parent_file_descriptor_proto(), service.path()),
            "x-grpc-methods": methods,
        }));
    }
    let (channel, ops) = apisix_channel(pool, &mut schemas)?;
    channels.insert(APISIX_CHANNEL.to_owned(), channel);
    operations.extend(ops);
    schemas.0.insert(
        ERROR_SCHEMA.to_owned(),
        json!({
            "type": "object",
            "description": "Every error: Confluent's `ErrorMessage` (`error_code` is the HTTP status or a \
                            five-digit Confluent code whose first three digits are the HTTP status, e.g. 40401 \
                            subject not found; Confluent `Errors.java`, Kafka REST `Errors.java`).",
            "properties": { "error_code": { "type": "integer" }, "message": { "type": ["string", "null"] } },
            "required": ["error_code"],
        }),
    );
    let components = Json::Object(schemas.0.clone().into_iter().collect());
    let openapi = json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Gregor",
            "version": version,
            "summary": "Schema Registry (Confluent and Karapace compatible), Kafka REST Proxy (v2 and v3) and Gregor's own Kafka API",
            "description": "Generated from the `google.api.http` bindings of Gregor's protos (gateway/build.rs). \
                            Every operation is also a gRPC method (`x-grpc-method`), served on the same port over \
                            gRPC, grpc-web and Connect. Errors are `{\"error_code\", \"message\"}` in the \
                            operation's media type.",
            "license": { "name": "Apache-2.0", "identifier": "Apache-2.0" },
        },
        "tags": tags,
        "paths": paths,
        "components": { "schemas": components },
    });
    let asyncapi = json!({
        "asyncapi": "3.0.0",
        "info": {
            "title": "Gregor streams",
            "version": version,
            "description": "The streaming HTTP bindings of Gregor's API, generated from its protos \
                            (gateway/build.rs): each server-streaming RPC answers newline-delimited JSON \
                            (`application/x-ndjson`, one message per line) or Server-Sent Events \
                            (`text/event-stream`, one `data:` event per message) as `Accept` asks. \
                            An error after the first message ends the stream with `{\"error_code\", \"message\"}` \
                            (NDJSON: a last line; SSE: an `event: error`).",
            "license": { "name": "Apache-2.0", "url": "https://www.apache.org/licenses/LICENSE-2.0" },
        },
        "channels": channels,
        "operations": operations,
        "components": {
            "schemas": components,
        },
    });
    Ok((serde_json::to_string_pretty(&openapi)?, serde_json::to_string_pretty(&asyncapi)?))
}

/// `{name=**}` → `{name}`: neither OpenAPI nor AsyncAPI has multi-segment variables (the
/// value may hold `/`, percent-encoded by clients).
fn openapi_path(template: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..=start]);
        let end = rest[start..].find('}').map_or(rest.len(), |e| e + start);
        let var = &rest[start + 1..end];
        out.push_str(var.split_once('=').map_or(var, |(name, _)| name));
        out.push('}');
        rest = rest.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

fn path_vars(template: &str) -> Vec<String> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(var, _)| var.split_once('=').map_or(var, |(n, _)| n).to_owned()))
        .collect()
}

/// The leading comment of the element at `path` in `file`, as Markdown.
fn comments(file: &prost_types::FileDescriptorProto, path: &[i32]) -> String {
    file.source_code_info
        .as_ref()
        .and_then(|info| info.location.iter().find(|l| l.path == path))
        .and_then(|l| l.leading_comments.as_deref())
        .map(|text| text.lines().map(|l| l.strip_prefix(' ').unwrap_or(l)).collect::<Vec<_>>().join("\n").trim().to_owned())
        .unwrap_or_default()
}

fn method_comments(method: &MethodDescriptor) -> String {
    comments(method.parent_file().file_descriptor_proto(), method.path())
}

fn field_comments(field: &FieldDescriptor) -> String {
    comments(field.parent_file().file_descriptor_proto(), field.path())
}

/// Media types of a binding: (consumed, produced), as the router's
/// `MediaSpec` has them.
fn media_types(pool: &DescriptorPool, service: &ServiceDescriptor, method: &MethodDescriptor) -> Result<(Vec<String>, Vec<String>), Error> {
    let own = extension(pool, "gregor.api.v1.method_media_types")?;
    let spec = if method.options().has_extension(&own) {
        Some(method.options().get_extension(&own).into_owned())
    } else if method.is_server_streaming() && !method.is_client_streaming() {
        None
    } else {
        let ext = extension(pool, "gregor.api.v1.media_types")?;
        service.options().has_extension(&ext).then(|| service.options().get_extension(&ext).into_owned())
    };
    let Some(Value::Message(spec)) = spec else {
        if method.is_server_streaming() && !method.is_client_streaming() {
            return Ok((vec!["application/json".to_owned()], vec!["application/x-ndjson".to_owned(), "text/event-stream".to_owned()]));
        }
        return Ok((vec!["application/json".to_owned()], vec!["application/json".to_owned()]));
    };
    let consumes: Vec<String> = spec
        .get_field_by_name("consumes")
        .and_then(|v| v.as_list().map(|l| l.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect()))
        .unwrap_or_default();
    let produces: Vec<String> = spec
        .get_field_by_name("produces")
        .and_then(|v| {
            v.as_list().map(|l| {
                l.iter()
                    .filter_map(|p| match p {
                        Value::Message(p) => Some(text(p, "media_type")),
                        _ => None,
                    })
                    .collect()
            })
        })
        .unwrap_or_default();
    let consumes = if consumes.is_empty() { vec!["application/json".to_owned()] } else { consumes };
    let produces = if produces.is_empty() { vec!["application/json".to_owned()] } else { produces };
    Ok((consumes, produces))
}

/// The request fields set from headers (Content-Type or Accept bindings):
/// not parameters.
fn header_bound_fields(pool: &DescriptorPool, method: &MethodDescriptor) -> Result<Vec<String>, Error> {
    let mut fields = Vec::new();
    for (name, on_service) in [
        ("gregor.api.v1.content_type_binding", false),
        ("gregor.api.v1.accept_binding", false),
        ("gregor.api.v1.service_content_type_binding", true),
    ] {
        let ext = extension(pool, name)?;
        let options = if on_service { method.parent_service().options() } else { method.options() };
        if options.has_extension(&ext)
            && let Value::Message(binding) = options.get_extension(&ext).as_ref()
        {
            fields.push(text(binding, "field"));
        }
    }
    Ok(fields)
}

/// Success statuses besides 200 (or 204) a method names
/// (`gregor.api.v1.success_statuses`).
fn success_statuses(pool: &DescriptorPool, method: &MethodDescriptor) -> Result<Vec<u32>, Error> {
    let ext = extension(pool, "gregor.api.v1.success_statuses")?;
    if !method.options().has_extension(&ext) {
        return Ok(Vec::new());
    }
    Ok(method
        .options()
        .get_extension(&ext)
        .as_list()
        .map(|l| l.iter().filter_map(Value::as_u32).collect())
        .unwrap_or_default())
}

fn operation(
    pool: &DescriptorPool,
    service: &ServiceDescriptor,
    method: &MethodDescriptor,
    binding: &Binding,
    id: &str,
    schemas: &mut Schemas,
) -> Result<Map<String, Json>, Error> {
    let input = method.input();
    let (consumes, produces) = media_types(pool, service, method)?;
    let vars = path_vars(&binding.path);
    let header_bound = header_bound_fields(pool, method)?;
    let mut parameters = Vec::new();
    for var in &vars {
        let field = input.get_field_by_name(var).ok_or_else(|| format!("{}: path variable {var}", method.full_name()))?;
        let mut schema = schemas.field(&field, false);
        if binding.path.contains(&format!("{{{var}=**}}")) {
            schema["description"] = json!("May hold `/` (percent-encoded).");
        }
        parameters.push(json!({
            "name": var, "in": "path", "required": true,
            "description": field_comments(&field), "schema": schema,
        }));
    }
    if binding.body != "*" {
        for field in input.fields() {
            let name = field.name().to_owned();
            if vars.contains(&name) || binding.body == name || header_bound.contains(&name) {
                continue;
            }
            query_parameters(&field, String::new(), &mut parameters, schemas, 0);
        }
    }

    let mut op = Map::new();
    op.insert("operationId".into(), json!(id));
    op.insert("tags".into(), json!([service.full_name()]));
    let docs = method_comments(method);
    let summary = docs.split("\n\n").next().unwrap_or("").replace('\n', " ");
    if !summary.is_empty() {
        op.insert("summary".into(), json!(summary));
    }
    op.insert("description".into(), json!(format!("{docs}\n\ngRPC: `{}/{}`.", service.full_name(), method.name()).trim_start().to_owned()));
    op.insert("x-grpc-method".into(), json!(format!("{}/{}", service.full_name(), method.name())));
    if !parameters.is_empty() {
        op.insert("parameters".into(), Json::Array(parameters));
    }

    // Request body.
    let body_schema = match binding.body.as_str() {
        "" => None,
        "*" => {
            let mut properties = Map::new();
            for field in input.fields() {
                if vars.contains(&field.name().to_owned()) || header_bound.contains(&field.name().to_owned()) {
                    continue;
                }
                properties.insert(field.json_name().to_owned(), schemas.described_field(&field));
            }
            Some(json!({ "type": "object", "properties": properties }))
        }
        name => {
            let field = input.get_field_by_name(name).ok_or_else(|| format!("{}: body field {name}", method.full_name()))?;
            Some(schemas.field(&field, false))
        }
    };
    if let Some(schema) = body_schema {
        let schema = if method.is_client_streaming() {
            json!({ "description": "JSON messages one after another, each of `x-item-schema`, each answered as it is taken.",
                    "x-item-schema": schema })
        } else {
            schema
        };
        let content: Map<String, Json> = consumes.iter().map(|ct| (ct.clone(), json!({ "schema": schema }))).collect();
        op.insert("requestBody".into(), json!({ "required": false, "content": content }));
    }

    // Responses.
    let no_content = bool_option(&method.options(), pool, "gregor.api.v1.no_content");
    let output = method.output();
    let printed = if binding.response_body.is_empty() {
        schemas.message(&output)
    } else {
        let field = output
            .get_field_by_name(&binding.response_body)
            .ok_or_else(|| format!("{}: response_body {}", method.full_name(), binding.response_body))?;
        schemas.field(&field, false)
    };
    let streaming = method.is_server_streaming();
    let ok_content: Map<String, Json> = produces
        .iter()
        .map(|ct| {
            let schema = if streaming {
                json!({
                    "description": "A stream of JSON messages, each of `x-item-schema`: one per line (NDJSON), \
                                    per `data:` event (SSE) or one after another (JSON); see /asyncapi.json.",
                    "x-item-schema": printed,
                })
            } else {
                printed.clone()
            };
            (ct.clone(), json!({ "schema": schema }))
        })
        .collect();
    let mut responses = Map::new();
    let success = if no_content { "204" } else { "200" };
    if no_content {
        responses.insert(success.into(), json!({ "description": "Done; no body." }));
    } else {
        responses.insert(success.into(), json!({ "description": "Success.", "content": ok_content }));
    }
    for status in success_statuses(pool, method)? {
        let response = if no_content {
            json!({ "description": "Done; no body." })
        } else {
            json!({ "description": "Answered with this status, with the same body.", "content": ok_content })
        };
        responses.insert(status.to_string(), response);
    }
    let error_content: Map<String, Json> =
        produces.iter().map(|ct| (ct.clone(), json!({ "schema": { "$ref": format!("#/components/schemas/{ERROR_SCHEMA}") } }))).collect();
    responses.insert(
        "default".into(),
        json!({
            "description": "An error: HTTP status `error_code / 100` for five-digit codes, else `error_code`.",
            "content": error_content,
        }),
    );
    op.insert("responses".into(), Json::Object(responses));
    Ok(op)
}

/// Query parameters for `field` (prefixed by its parents' JSON names):
/// scalars, enums and repeated scalars; singular messages by their leaves
/// (`parent.child`), as the transcoder reads them.
fn query_parameters(field: &FieldDescriptor, prefix: String, out: &mut Vec<Json>, schemas: &mut Schemas, depth: usize) {
    let name = format!("{prefix}{}", field.json_name());
    match field.kind() {
        Kind::Message(inner) if !field.is_list() && !field.is_map() && depth < 3 && !inner.full_name().starts_with("google.") => {
            for child in inner.fields() {
                query_parameters(&child, format!("{name}."), out, schemas, depth + 1);
            }
        }
        Kind::Message(_) => {}
        _ if field.is_map() => {}
        _ => {
            let mut parameter = json!({ "name": name, "in": "query", "required": false, "schema": schemas.field(field, false) });
            let docs = field_comments(field);
            if !docs.is_empty() {
                parameter["description"] = json!(docs);
            }
            if field.is_list() {
                parameter["style"] = json!("form");
                parameter["explode"] = json!(true);
            }
            out.push(parameter);
        }
    }
}

/// `components.schemas`, filled as messages are referenced.
#[derive(Default)]
struct Schemas(BTreeMap<String, Json>);

impl Schemas {
    /// A reference to `message`'s schema, adding it (and what it reaches).
    fn message(&mut self, message: &MessageDescriptor) -> Json {
        if let Some(schema) = well_known(message.full_name()) {
            return schema;
        }
        let name = message.full_name().to_owned();
        if !self.0.contains_key(&name) {
            self.0.insert(name.clone(), Json::Null); // placeholder: cycles end here
            let mut properties = Map::new();
            for field in message.fields() {
                properties.insert(field.json_name().to_owned(), self.described_field(&field));
            }
            let mut schema = json!({ "type": "object", "properties": properties });
            let docs = comments(message.parent_file_descriptor_proto(), message.path());
            if !docs.is_empty() {
                schema["description"] = json!(docs);
            }
            self.0.insert(name.clone(), schema);
        }
        json!({ "$ref": format!("#/components/schemas/{name}") })
    }

    /// A field's schema with its comment.
    fn described_field(&mut self, field: &FieldDescriptor) -> Json {
        let mut schema = self.field(field, true);
        let docs = field_comments(field);
        if !docs.is_empty() {
            schema = match schema {
                Json::Object(mut object) if !object.contains_key("$ref") => {
                    object.insert("description".into(), json!(docs));
                    Json::Object(object)
                }
                other => json!({ "allOf": [other], "description": docs }),
            };
        }
        schema
    }

    /// A field's schema; with `nullable`, a field with presence may also be
    /// `null`.
    fn field(&mut self, field: &FieldDescriptor, nullable: bool) -> Json {
        if field.is_map() {
            let Kind::Message(entry) = field.kind() else { return json!({}) };
            let value = entry.map_entry_value_field();
            return json!({ "type": "object", "additionalProperties": self.kind(&value) });
        }
        let single = self.kind(field);
        if field.is_list() {
            return json!({ "type": "array", "items": single });
        }
        if nullable && field.supports_presence() {
            return or_null(single);
        }
        single
    }

    fn kind(&mut self, field: &FieldDescriptor) -> Json {
        match field.kind() {
            Kind::Double | Kind::Float => json!({ "type": "number" }),
            Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => json!({ "type": "integer", "format": "int32" }),
            Kind::Uint32 | Kind::Fixed32 => json!({ "type": "integer", "format": "int32", "minimum": 0 }),
            Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => json!({ "type": "integer", "format": "int64" }),
            Kind::Uint64 | Kind::Fixed64 => json!({ "type": "integer", "format": "int64", "minimum": 0 }),
            Kind::Bool => json!({ "type": "boolean" }),
            Kind::String => json!({ "type": "string" }),
            Kind::Bytes => json!({ "type": "string", "contentEncoding": "base64" }),
            Kind::Enum(e) => json!({ "type": "string", "enum": e.values().map(|v| v.name().to_owned()).collect::<Vec<_>>() }),
            Kind::Message(m) => self.message(&m),
        }
    }
}

fn or_null(schema: Json) -> Json {
    match schema {
        Json::Object(mut object) if object.get("type").is_some_and(Json::is_string) => {
            let kind = object.remove("type").unwrap_or(Json::Null);
            object.insert("type".into(), json!([kind, "null"]));
            if let Some(Json::Array(values)) = object.get_mut("enum") {
                values.push(Json::Null);
            }
            Json::Object(object)
        }
        other if other.as_object().is_some_and(Map::is_empty) => other,
        other => json!({ "anyOf": [other, { "type": "null" }] }),
    }
}

/// Schemas of the well-known types in their proto3 JSON forms.
fn well_known(name: &str) -> Option<Json> {
    Some(match name {
        "google.protobuf.Value" => json!({}),
        "google.protobuf.Struct" => json!({ "type": "object" }),
        "google.protobuf.ListValue" => json!({ "type": "array" }),
        "google.protobuf.Empty" => json!({ "type": "object" }),
        "google.protobuf.Timestamp" => json!({ "type": "string", "format": "date-time" }),
        "google.protobuf.Duration" => json!({ "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?s$" }),
        "google.protobuf.FieldMask" => json!({ "type": "string" }),
        "google.protobuf.Any" => json!({ "type": "object" }),
        "google.protobuf.StringValue" => json!({ "type": ["string", "null"] }),
        "google.protobuf.BytesValue" => json!({ "type": ["string", "null"], "contentEncoding": "base64" }),
        "google.protobuf.BoolValue" => json!({ "type": ["boolean", "null"] }),
        "google.protobuf.DoubleValue" | "google.protobuf.FloatValue" => json!({ "type": ["number", "null"] }),
        "google.protobuf.Int32Value"
        | "google.protobuf.UInt32Value"
        | "google.protobuf.Int64Value"
        | "google.protobuf.UInt64Value" => json!({ "type": ["integer", "null"] }),
        // Raw content in the negotiated (or the service's) media type.
        "google.api.HttpBody" => json!({ "description": "The raw body (e.g. a schema's text)." }),
        _ => return None,
    })
}

/// The AsyncAPI channel of one streaming binding with its operations:
/// `receive` (the answers) and, for a bidirectional stream, `send` (the
/// JSON messages of the request body).
fn stream_channel(
    pool: &DescriptorPool,
    service: &ServiceDescriptor,
    method: &MethodDescriptor,
    binding: &Binding,
    id: &str,
    schemas: &mut Schemas,
) -> Result<(Json, Vec<(String, Json)>), Error> {
    let (consumes, produces) = media_types(pool, service, method)?;
    let input = method.input();
    // AsyncAPI parameters are the `{name}`s of the address, described by text.
    let address = openapi_path(&binding.path);
    let parameters: Map<String, Json> = path_vars(&binding.path)
        .into_iter()
        .map(|var| {
            let docs = input.get_field_by_name(&var).map(|f| field_comments(&f)).unwrap_or_default();
            (var, json!({ "description": docs }))
        })
        .collect();
    let payload = schemas.message(&method.output());
    let mut messages = Map::new();
    for ct in &produces {
        let key = if ct.contains("event-stream") { "sse" } else if ct.contains("ndjson") { "ndjson" } else { "json" };
        messages.insert(
            key.to_owned(),
            json!({
                "name": format!("{}.{key}", method.output().name()),
                "contentType": ct,
                "payload": payload,
                "summary": if key == "sse" { "One `data:` event per message (`event: error` for the closing error)." }
                           else { "One JSON message per line (the closing error is the last line)." },
            }),
        );
    }
    messages.insert(
        "error".to_owned(),
        json!({ "name": "error", "contentType": "application/json", "payload": { "$ref": format!("#/components/schemas/{ERROR_SCHEMA}") },
                "summary": "The error that ends a stream after its first message." }),
    );
    let message_refs: Vec<Json> = messages.keys().map(|k| json!({ "$ref": format!("#/channels/{id}/messages/{k}") })).collect();
    if method.is_client_streaming() {
        messages.insert(
            "request".to_owned(),
            json!({
                "name": format!("{}.request", input.name()),
                "contentType": consumes.first().cloned().unwrap_or_else(|| "application/json".to_owned()),
                "payload": schemas.message(&input),
                "summary": "One JSON message of the request body (they follow one another, whitespace between).",
            }),
        );
    }
    let docs = method_comments(method);
    let mut channel = json!({
        "address": address,
        "title": format!("{} {}", binding.method.to_uppercase(), binding.path),
        "description": docs,
        "messages": messages,
        "x-grpc-method": format!("{}/{}", service.full_name(), method.name()),
    });
    if !parameters.is_empty() {
        channel["parameters"] = Json::Object(parameters);
    }
    let summary = docs.split("\n\n").next().unwrap_or("").replace('\n', " ");
    let description = format!("`{} {}`; gRPC `{}/{}`.", binding.method.to_uppercase(), binding.path, service.full_name(), method.name());
    let http = json!({ "http": { "method": binding.method.to_uppercase(), "bindingVersion": "0.3.0" } });
    let mut operations = vec![(
        id.to_owned(),
        json!({
            "action": "receive",
            "channel": { "$ref": format!("#/channels/{id}") },
            "summary": summary,
            "description": description,
            "messages": message_refs,
            "bindings": http,
        }),
    )];
    if method.is_client_streaming() {
        operations.push((
            format!("{id}_send"),
            json!({
                "action": "send",
                "channel": { "$ref": format!("#/channels/{id}") },
                "summary": summary,
                "description": description,
                "messages": [{ "$ref": format!("#/channels/{id}/messages/request") }],
                "bindings": http,
            }),
        ));
    }
    Ok((channel, operations))
}

/// The APISIX pubsub WebSocket (served by `server/src/api/apisix.rs` next to
/// the Kafka API, at `apisix_pubsub_path`): binary frames, one protobuf
/// `PubSubReq` or `PubSubResp` each (`gregor/apisix/v1/pubsub.proto`).
fn apisix_channel(pool: &DescriptorPool, schemas: &mut Schemas) -> Result<(Json, Vec<(String, Json)>), Error> {
    let message = |name: &str| pool.get_message_by_name(name).ok_or_else(|| format!("{name} missing"));
    let request = message("gregor.apisix.v1.PubSubReq")?;
    let response = message("gregor.apisix.v1.PubSubResp")?;
    let id = APISIX_CHANNEL;
    let channel = json!({
        "address": "/kafka",
        "title": "APISIX pubsub (WebSocket)",
        "description": "APISIX's pubsub protocol for Kafka on a WebSocket: each binary frame is one protobuf message \
                        (the payload schemas show its fields in proto3 JSON). `CmdKafkaListOffset` (timestamp -2 \
                        earliest, -1 latest, or a time) and `CmdKafkaFetch`, answered with the command's `sequence`. \
                        The address is the server's `apisix_pubsub_path`.",
        "messages": {
            "request": { "name": "PubSubReq", "contentType": "application/x-protobuf", "payload": schemas.message(&request) },
            "response": { "name": "PubSubResp", "contentType": "application/x-protobuf", "payload": schemas.message(&response) },
        },
        "bindings": { "ws": { "method": "GET", "bindingVersion": "0.1.0" } },
        "x-gregor-served-with": "gregor.kafka.v1.KafkaService",
    });
    let operations = vec![
        (
            format!("{id}_send"),
            json!({ "action": "send", "channel": { "$ref": format!("#/channels/{id}") },
                    "summary": "A command: list offsets, fetch records, ping.",
                    "messages": [{ "$ref": format!("#/channels/{id}/messages/request") }] }),
        ),
        (
            format!("{id}_receive"),
            json!({ "action": "receive", "channel": { "$ref": format!("#/channels/{id}") },
                    "summary": "The answer to a command, with its sequence.",
                    "messages": [{ "$ref": format!("#/channels/{id}/messages/response") }] }),
        ),
    ];
    Ok((channel, operations))
}
