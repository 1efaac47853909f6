//! Subjects and their versions: listings, one version, the latest with given
//! metadata, what references a version, and the writes that add and delete
//! versions (register, soft and permanent deletes), as Confluent's
//! `SubjectsResource` and `SubjectVersionsResource` answer them.

use super::*;

impl Registry {
    // ---- subjects and versions ----

    /// `GET /subjects`.
    /// `prefix` `:*:` (or empty) lists every context; `:.ctx:` one context.
    pub fn list_subjects(&self, prefix: &str, deleted: bool, deleted_only: bool, page: Page) -> Vec<String> {
        let prefix = if prefix == context::WILDCARD { "" } else { prefix };
        let state = self.read();
        let names = state.subjects.iter().filter(|(name, subject)| {
            let live = subject.has_live();
            name.starts_with(prefix) && if deleted_only { !live } else { live || deleted }
        });
        page.apply(names.map(|(name, _)| name.clone()))
    }

    /// `GET /subjects/{subject}/versions`, ascending.
    /// With `as_negative`, soft-deleted versions are given as negative
    /// numbers (Confluent `deletedAsNegative`).
    pub fn list_versions(&self, subject: &str, deleted: bool, deleted_only: bool, as_negative: bool, page: Page) -> Result<Vec<i32>> {
        let state = self.read();
        let subject = &aliased(&state, subject);
        let entry = visible_subject(&state, subject, deleted || deleted_only)?;
        let versions = entry.versions.iter().filter(|(_, v)| if deleted_only { v.deleted } else { deleted || !v.deleted });
        Ok(page.apply(versions.map(|(n, v)| if as_negative && v.deleted { -*n } else { *n })))
    }

    /// `GET /subjects/{subject}/versions/{version}`.
    pub fn get_version(&self, subject: &str, version: &str, deleted: bool) -> Result<VersionView> {
        let version = VersionId::parse(version)?;
        let state = self.read();
        let subject = &aliased(&state, subject);
        let entry = visible_subject(&state, subject, deleted)?;
        let (number, found) = match version {
            VersionId::Latest => entry.visible(deleted).next_back(),
            VersionId::Number(n) => entry.versions.get(&n).filter(|v| deleted || !v.deleted).map(|v| (n, *v)),
        }
        .ok_or_else(|| RegistryError::VersionNotFound(version.to_string()))?;
        Ok(VersionView { subject: subject.to_owned(), version: number, schema: schema_of(&state, subject, found.id)? })
    }

    /// `GET /subjects/{subject}/metadata`: the latest version (soft-deleted
    /// ones too with `deleted`) whose `metadata.properties` hold every
    /// (key, value) of `wanted` (Confluent `getLatestWithMetadata`). 40401
    /// for an unknown subject, 40403 when no version matches.
    pub fn latest_with_metadata(&self, subject: &str, wanted: &[(String, String)], deleted: bool) -> Result<VersionView> {
        let state = self.read();
        let subject = &aliased(&state, subject);
        let entry = visible_subject(&state, subject, deleted)?;
        for (number, version) in entry.visible(deleted).rev() {
            let schema = schema_of(&state, subject, version.id)?;
            let properties = schema.extras.metadata.as_ref().and_then(|m| m.get("properties"));
            let holds = |(key, value): &(String, String)| {
                properties.and_then(|p| p.get(key)).and_then(serde_json::Value::as_str) == Some(value.as_str())
            };
            if wanted.iter().all(holds) {
                return Ok(VersionView { subject: subject.to_owned(), version: number, schema });
            }
        }
        Err(RegistryError::SchemaNotFound)
    }

    /// `GET /subjects/{subject}/versions/{version}/referencedby`.
    pub fn referenced_by(&self, subject: &str, version: &str, deleted: bool, page: Page) -> Result<Vec<i32>> {
        let view = self.get_version(subject, version, false)?;
        Ok(page.apply(self.read().referenced_by(&view.subject, view.version, deleted).into_iter()))
    }

    /// Every schema `references` reach, dependencies first.
    pub fn dependencies_of(&self, schema: &StoredSchema) -> Result<Vec<Dependency>, String> {
        self.read().dependencies(&schema.context, &schema.references)
    }

    /// A schema's text in a Confluent `format`: `resolved` writes Avro
    /// references out inline; `serialized` is a Protobuf schema as base64
    /// of its `FileDescriptorProto` and `ignore_extensions` leaves its custom
    /// options out; anything else (`default`, unknown formats, which
    /// Confluent ignores) is the stored text.
    pub fn formatted(&self, schema: &StoredSchema, format: &str) -> String {
        let format = format.to_ascii_lowercase();
        let wanted = match (schema.schema_type, format.as_str()) {
            (SchemaType::Avro, "resolved") => !schema.references.is_empty(),
            (SchemaType::Protobuf, "serialized" | "ignore_extensions") => true,
            _ => false,
        };
        if !wanted {
            return schema.text.to_string();
        }
        let state = self.read();
        let parsed = state
            .dependencies(&schema.context, &schema.references)
            .ok()
            .and_then(|deps| schema::parse(schema.schema_type, &schema.text, &deps).ok());
        match (parsed, format.as_str()) {
            (Some(ParsedSchema::Avro(avro)), _) => avro.resolved(),
            (Some(ParsedSchema::Protobuf(proto)), "serialized") => proto.serialized(),
            (Some(ParsedSchema::Protobuf(proto)), _) => proto.without_extensions(),
            _ => schema.text.to_string(),
        }
    }

    /// `POST /subjects/{subject}/versions`: registers `input`, or returns
    /// the live version already holding it. 40901 when incompatible.
    pub async fn register(&self, subject: &str, input: &SchemaInput, normalize: bool) -> Result<VersionView> {
        if !context::is_valid_subject(subject, false) {
            return Err(RegistryError::InvalidSubject(subject.to_owned()));
        }
        {
            let mut body = json!({ "schema": input.schema, "references": input.references });
            if !input.schema_type.is_empty() {
                body["schemaType"] = json!(input.schema_type);
            }
            if let Some(id) = input.id {
                body["id"] = json!(id);
            }
            if let Some(version) = input.version {
                body["version"] = json!(version);
            }
            if let Some(metadata) = &input.extras.metadata {
                body["metadata"] = metadata.clone();
            }
            if let Some(rule_set) = &input.extras.rule_set {
                body["ruleSet"] = rule_set.clone();
            }
            let path = format!("/subjects/{}/versions{}", path_segment(subject), flag("normalize", normalize));
            if let Some(answer) = self.forwarded(Method::POST, &path, Some(&body)).await? {
                let id = answer.get("id").and_then(serde_json::Value::as_i64).and_then(|i| i32::try_from(i).ok());
                let id = id.ok_or_else(|| RegistryError::Forwarding(format!("unexpected answer from the primary: {answer}")))?;
                return self.version_holding(subject, id);
            }
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        let value = {
            let state = self.read();
            let mode = mode_for(&state, subject);
            check_register_mode(subject, mode, input.id)?;
            let normalize = normalize || config_normalize(&state, subject);
            let entry = state.subjects.get(subject);
            let config = effective_config(&state, subject);
            let input = &with_contract(&state, subject, entry, input, &config);
            let candidate = prepare(&state, subject, input, normalize)?;
            if let Some(id) = input.id {
                imported(&state, subject, id, input.version, candidate)?
            } else {
                if let Some(entry) = entry
                    && let Some((number, v)) = entry
                        .live()
                        .rev()
                        .find(|(_, v)| state.schema(context::of(subject), v.id).is_some_and(|s| s.fingerprint == candidate.fingerprint))
                {
                    return Ok(VersionView { subject: subject.to_owned(), version: number, schema: schema_of(&state, subject, v.id)? });
                }
                let level = level_for(&state, subject, self.settings.default_level);
                let group = config.compatibility_group.as_deref();
                let messages = check_against(&state, subject, level, &candidate, entry, None, group)?;
                if !messages.is_empty() {
                    return Err(RegistryError::IncompatibleSchema { subject: subject.to_owned(), messages });
                }
                // The same schema anywhere in the context keeps its id
                // (Confluent, Karapace); each context numbers its own.
                let context = context::of(subject);
                let id = state.id_of(context, &candidate.fingerprint).unwrap_or(state.max_id(context) + 1);
                candidate.into_record(&state, subject, next_version(entry), id)
            }
        };
        let key = RecordKey::Schema { subject: subject.to_owned(), version: value.version };
        let (id, version) = (value.id, value.version);
        let mut records = Vec::with_capacity(2);
        let context = context::of(subject);
        if context != context::DEFAULT && !self.read().contexts.contains(context) {
            // Confluent declares a context when it is first used.
            let declared = json!({ "tenant": "default", "context": context });
            records.push((RecordKey::Context { tenant: "default".to_owned(), context: context.to_owned() }, Some(declared.to_string().into_bytes())));
        }
        records.push((key, Some(to_json(&value))));
        self.append(records).await?;
        tracing::info!(subject, version, id, "registered schema");
        let state = self.read();
        Ok(VersionView { subject: subject.to_owned(), version, schema: schema_of(&state, subject, id)? })
    }

    /// `DELETE /subjects/{subject}`: soft-deletes every live version, or with
    /// `permanent` erases a soft-deleted subject. Returns the versions.
    pub async fn delete_subject(&self, subject: &str, permanent: bool) -> Result<Vec<i32>> {
        let path = format!("/subjects/{}{}", path_segment(subject), flag("permanent", permanent));
        if let Some(answer) = self.forwarded(Method::DELETE, &path, None).await? {
            return serde_json::from_value(answer).map_err(|e| RegistryError::Forwarding(format!("unexpected answer from the primary: {e}")));
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        let (versions, records) = {
            let state = self.read();
            check_writable(&state, subject)?;
            let entry = state.subjects.get(subject).ok_or_else(|| RegistryError::SubjectNotFound(subject.to_owned()))?;
            let live: Vec<i32> = entry.live().map(|(n, _)| n).collect();
            if permanent {
                if !live.is_empty() {
                    return Err(RegistryError::SubjectNotSoftDeleted(subject.to_owned()));
                }
                let all: Vec<i32> = entry.versions.keys().copied().collect();
                ensure_unreferenced(&state, subject, &all)?;
                let records = all
                    .iter()
                    .map(|v| (RecordKey::Schema { subject: subject.to_owned(), version: *v }, None))
                    .collect();
                (all, records)
            } else {
                let Some(&latest) = live.last() else {
                    return Err(RegistryError::SubjectSoftDeleted(subject.to_owned()));
                };
                ensure_unreferenced(&state, subject, &live)?;
                let mut records = vec![(
                    RecordKey::DeleteSubject { subject: subject.to_owned() },
                    Some(to_json(&DeleteSubjectValue { subject: subject.to_owned(), version: latest })),
                )];
                // Confluent drops the subject's own config with the subject.
                if state.subject_configs.contains_key(subject) {
                    records.push((RecordKey::Config { subject: Some(subject.to_owned()) }, None));
                }
                (live, records)
            }
        };
        self.append(records).await?;
        tracing::info!(subject, permanent, ?versions, "deleted subject");
        Ok(versions)
    }

    /// `DELETE /subjects/{subject}/versions/{version}`.
    pub async fn delete_version(&self, subject: &str, version: &str, permanent: bool) -> Result<i32> {
        let path = format!("/subjects/{}/versions/{}{}", path_segment(subject), path_segment(version), flag("permanent", permanent));
        if let Some(answer) = self.forwarded(Method::DELETE, &path, None).await? {
            return serde_json::from_value(answer).map_err(|e| RegistryError::Forwarding(format!("unexpected answer from the primary: {e}")));
        }
        let version_id = VersionId::parse(version)?;
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        let (number, record) = {
            let state = self.read();
            check_writable(&state, subject)?;
            let entry = state.subjects.get(subject).ok_or_else(|| RegistryError::SubjectNotFound(subject.to_owned()))?;
            let (number, found) = match version_id {
                VersionId::Latest if permanent => entry.versions.iter().next_back().map(|(n, v)| (*n, *v)),
                VersionId::Latest => entry.live().next_back(),
                VersionId::Number(n) => entry.versions.get(&n).map(|v| (n, *v)),
            }
            .ok_or_else(|| RegistryError::VersionNotFound(version_id.to_string()))?;
            let key = RecordKey::Schema { subject: subject.to_owned(), version: number };
            if permanent {
                if !found.deleted {
                    return Err(RegistryError::VersionNotSoftDeleted(subject.to_owned(), number));
                }
                ensure_unreferenced(&state, subject, &[number])?;
                (number, (key, None))
            } else {
                if found.deleted {
                    return Err(RegistryError::VersionSoftDeleted(subject.to_owned(), number));
                }
                ensure_unreferenced(&state, subject, &[number])?;
                let schema = schema_of(&state, subject, found.id)?;
                let value = SchemaValue {
                    subject: subject.to_owned(),
                    version: number,
                    id: found.id,
                    schema: schema.text.to_string(),
                    deleted: true,
                    schema_type: (schema.schema_type != SchemaType::Avro).then(|| schema.schema_type.name().to_owned()),
                    references: schema.references.clone(),
                    metadata: schema.extras.metadata.clone(),
                    rule_set: schema.extras.rule_set.clone(),
                    md5: schema.md5.clone(),
                };
                (number, (key, Some(to_json(&value))))
            }
        };
        self.append(vec![record]).await?;
        tracing::info!(subject, version = number, permanent, "deleted version");
        Ok(number)
    }
}
