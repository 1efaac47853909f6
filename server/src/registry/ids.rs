//! Schemas by id (`/schemas/ids/...`, `GET /schemas`, `/schemas/types`) and
//! the contexts that scope ids (`/contexts`).

use super::*;

/// `GET /schemas` filters beyond prefix, deleted and latest-only.
#[derive(Debug, Default)]
pub struct SchemaFilter {
    /// Only schemas with a rule of this type; all when empty.
    pub rule_type: String,
    /// Association filters (Confluent `resourceType`, `associationType`,
    /// `lifecycle`).
    pub resource_type: String,
    /// See `resource_type`.
    pub association_types: Vec<String>,
    /// See `resource_type`.
    pub lifecycles: Vec<String>,
}

impl Registry {
    // ---- schemas by id ----

    /// `GET /schemas/ids/{id}`: the schema and the highest id.
    /// `subject` (a subject or `:.ctx:`) picks the context; the default
    /// context without one. Also answers the context's highest id.
    pub fn schema_by_id(&self, id: i32, subject: &str) -> Result<(Arc<StoredSchema>, i32)> {
        let state = self.read();
        Ok((schema_of(&state, subject, id)?, state.max_id(context::of(subject))))
    }

    /// Whether a live version of `subject` holds schema `id` (one subject's
    /// versions, not every subject's as [`Self::versions_for_id`] scans).
    pub fn subject_holds_id(&self, subject: &str, id: i32) -> bool {
        self.read().subjects.get(subject).is_some_and(|entry| entry.live().any(|(_, v)| v.id == id))
    }

    /// `GET /schemas/ids/{id}/versions`: (subject, version) pairs holding it.
    pub fn versions_for_id(&self, id: i32, subject: &str, deleted: bool, page: Page) -> Result<Vec<(String, i32)>> {
        let state = self.read();
        schema_of(&state, subject, id)?;
        let context = context::of(subject);
        let pairs = state.subjects.iter().filter(|(name, _)| context::of(name) == context).flat_map(|(name, subject)| {
            subject.visible(deleted).filter(move |(_, v)| v.id == id).map(move |(n, _)| (name.clone(), n))
        });
        Ok(page.apply(pairs))
    }

    /// `GET /schemas`: live versions (all with `deleted`), by subject then
    /// version, filtered by `filter`. 404 for a `lifecycle` other than
    /// `NONE`, `STRONG`, `WEAK` (Confluent `LifecyclePolicyFilter`).
    pub fn list_schemas(&self, prefix: &str, deleted: bool, latest_only: bool, filter: &SchemaFilter, page: Page) -> Result<Vec<VersionView>> {
        if let Some(bad) = filter.lifecycles.iter().find(|l| !["NONE", "STRONG", "WEAK"].contains(&l.as_str())) {
            return Err(RegistryError::UnknownQueryValue { param: "lifecycle", value: bad.clone() });
        }
        // Confluent keeps a subject with no associations only when
        // `lifecycle=NONE` asks for them; Gregor has no associations.
        let by_association = !filter.resource_type.is_empty() || !filter.association_types.is_empty() || !filter.lifecycles.is_empty();
        if by_association && !filter.lifecycles.iter().any(|l| l == "NONE") {
            return Ok(Vec::new());
        }
        let rule_type = filter.rule_type.as_str();
        let has_rule_type = |schema: &StoredSchema| {
            rule_type.is_empty()
                || schema.extras.rule_set.as_ref().is_some_and(|rules| {
                    ["domainRules", "migrationRules", "encodingRules"].iter().any(|kind| {
                        rules.get(kind).and_then(serde_json::Value::as_array).is_some_and(|list| {
                            list.iter().any(|rule| rule.get("type").and_then(serde_json::Value::as_str) == Some(rule_type))
                        })
                    })
                })
        };
        let state = self.read();
        let views = state.subjects.iter().filter(|(name, _)| name.starts_with(prefix)).flat_map(|(name, subject)| {
            let versions: Vec<_> = if latest_only {
                subject.visible(deleted).next_back().into_iter().collect()
            } else {
                subject.visible(deleted).collect()
            };
            let state = &state;
            versions.into_iter().filter_map(move |(n, v)| {
                state.schema(context::of(name), v.id).map(|s| VersionView { subject: name.clone(), version: n, schema: s.clone() })
            })
        });
        Ok(page.apply(views.filter(|view| has_rule_type(&view.schema))))
    }

    /// `GET /schemas/guids/{guid}`: the schema with that GUID, looked up in
    /// the default context first, then in the others by name (Confluent
    /// `getIdUsingContexts`). 40403 "Schema {guid} not found" otherwise,
    /// and for text that is not a GUID.
    pub fn schema_by_guid(&self, guid: &str) -> Result<Arc<StoredSchema>> {
        let not_found = || RegistryError::SchemaGuidNotFound(guid.to_owned());
        let key = guid::parse(guid).ok_or_else(not_found)?;
        let state = self.read();
        state
            .context_names()
            .iter()
            .find_map(|context| {
                let ids = state.ids.get(context)?;
                ids.guids.get(&key).and_then(|id| ids.schemas.get(id)).cloned()
            })
            .ok_or_else(not_found)
    }

    /// `GET /schemas/guids/{guid}/ids`: (context, id) of every context
    /// holding a schema with that GUID, sorted (Confluent `ContextId`
    /// order); empty for none, as Confluent answers.
    pub fn ids_by_guid(&self, guid: &str) -> Vec<(String, i32)> {
        let Some(key) = guid::parse(guid) else { return Vec::new() };
        let state = self.read();
        let mut ids: Vec<(String, i32)> = state
            .context_names()
            .into_iter()
            .filter_map(|context| {
                let id = *state.ids.get(&context)?.guids.get(&key)?;
                Some((context, id))
            })
            .collect();
        ids.sort();
        ids
    }

    /// `GET /schemas/types`.
    pub fn schema_types(&self) -> Vec<&'static str> {
        vec![SchemaType::Json.name(), SchemaType::Protobuf.name(), SchemaType::Avro.name()]
    }

    // ---- contexts ----

    /// `GET /contexts`: the contexts in use, `.` first, sorted, those
    /// starting with `prefix`.
    pub fn contexts(&self, prefix: &str, page: Page) -> Vec<String> {
        let names = self.read().context_names();
        page.apply(names.into_iter().filter(|c| c.starts_with(prefix)))
    }

    /// `DELETE /contexts/{context}`: forgets an empty context. 42211 while
    /// it has subjects (soft-deleted ones too), 40401 for one not known.
    pub async fn delete_context(&self, context: &str) -> Result<()> {
        let path = format!("/contexts/{}", path_segment(context));
        if self.forwarded(Method::DELETE, &path, None).await?.is_some() {
            return Ok(());
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        {
            let state = self.read();
            if state.subjects.keys().any(|s| context::of(s) == context) {
                return Err(RegistryError::ContextNotEmpty(context.to_owned()));
            }
            if !state.contexts.contains(context) {
                return Err(RegistryError::SubjectNotFound(context.to_owned()));
            }
        }
        self.append(vec![(RecordKey::Context { tenant: "default".to_owned(), context: context.to_owned() }, None)]).await?;
        tracing::info!(context, "deleted context");
        Ok(())
    }
}
