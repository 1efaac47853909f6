//! Compatibility configs and modes, global, per context and per subject
//! (Confluent `ConfigResource` and `ModeResource`).

use super::*;

impl Registry {
    // ---- mode ----

    /// `GET /mode` (`subject` `None`) and `GET /mode/{subject}`: the mode
    /// set there; with `default_to_global`, the mode in force. 40409 for a
    /// subject without a mode of its own otherwise.
    pub fn mode(&self, subject: Option<&str>, default_to_global: bool) -> Result<Mode> {
        let state = self.read();
        match subject {
            None => Ok(state.global_mode.unwrap_or(Mode::ReadWrite)),
            Some(subject) => match state.subject_modes.get(subject) {
                Some(mode) => Ok(*mode),
                None if default_to_global => Ok(state.global_mode.unwrap_or(Mode::ReadWrite)),
                None => Err(RegistryError::SubjectModeNotFound(subject.to_owned())),
            },
        }
    }

    /// `PUT /mode[/{subject}]`. 42204 for an unknown mode or a subject-level
    /// FORWARD; 42205 for IMPORT where schemas exist, unless `force`
    /// (Confluent `ModeResource`).
    pub async fn set_mode(&self, subject: Option<&str>, name: &str, force: bool) -> Result<Mode> {
        if let Some(subject) = subject.filter(|s| !context::is_valid_subject(s, true)) {
            return Err(RegistryError::InvalidSubject(subject.to_owned()));
        }
        let mode = Mode::parse(name).ok_or(RegistryError::InvalidMode)?;
        if mode == Mode::Forward && subject.is_some() {
            return Err(RegistryError::InvalidMode);
        }
        let path = format!("/mode{}{}", subject_path(subject), flag("force", force));
        if let Some(answer) = self.forwarded(Method::PUT, &path, Some(&json!({ "mode": mode.name() }))).await? {
            return mode_of(&answer);
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        {
            let state = self.read();
            if mode == Mode::Import && !force {
                let occupied = match subject {
                    Some(subject) => state.subjects.get(subject).is_some_and(Subject::has_live),
                    None => state.subjects.values().any(Subject::has_live),
                };
                if occupied {
                    return Err(RegistryError::OperationNotPermitted(
                        "Cannot import since found existing subjects".to_owned(),
                    ));
                }
            }
        }
        let value = to_json(&ModeValue { mode: mode.name().to_owned() });
        self.append(vec![(RecordKey::Mode { subject: subject.map(str::to_owned) }, Some(value))]).await?;
        tracing::info!(subject, mode = mode.name(), "mode set");
        Ok(mode)
    }

    /// `DELETE /mode[/{subject}]`: answers the mode that was set. The global
    /// mode returns to READWRITE (and with `recursive` every subject-level
    /// mode goes too); 40401 for a subject without a mode of its own.
    pub async fn delete_mode(&self, subject: Option<&str>, recursive: bool) -> Result<Mode> {
        let path = format!("/mode{}{}", subject_path(subject), flag("recursive", recursive));
        if let Some(answer) = self.forwarded(Method::DELETE, &path, None).await? {
            return mode_of(&answer);
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        let (old, records) = {
            let state = self.read();
            match subject {
                Some(subject) => {
                    let old = *state.subject_modes.get(subject).ok_or_else(|| RegistryError::SubjectNotFound(subject.to_owned()))?;
                    (old, vec![(RecordKey::Mode { subject: Some(subject.to_owned()) }, None)])
                }
                None => {
                    let mut records = Vec::new();
                    if state.global_mode.is_some() {
                        records.push((RecordKey::Mode { subject: None }, None));
                    }
                    if recursive {
                        let mut subjects: Vec<&String> = state.subject_modes.keys().collect();
                        subjects.sort();
                        records.extend(subjects.into_iter().map(|s| (RecordKey::Mode { subject: Some(s.clone()) }, None)));
                    }
                    (state.global_mode.unwrap_or(Mode::ReadWrite), records)
                }
            }
        };
        if !records.is_empty() {
            self.append(records).await?;
        }
        tracing::info!(subject, recursive, "mode deleted");
        Ok(old)
    }

    // ---- config ----

    /// `GET /config`.
    pub fn global_config(&self) -> ConfigView {
        let state = self.read();
        ConfigView {
            level: level_for(&state, "", self.settings.default_level),
            value: state.global_config.clone().unwrap_or_default(),
        }
    }

    /// `GET /config/{subject}`: 40408 when the subject has none of its own,
    /// unless `default_to_global`.
    pub fn subject_config(&self, subject: &str, default_to_global: bool) -> Result<ConfigView> {
        let state = self.read();
        match state.subject_configs.get(subject) {
            Some(config) => Ok(ConfigView {
                level: level_for(&state, subject, self.settings.default_level),
                value: config.clone(),
            }),
            None if default_to_global => {
                drop(state);
                Ok(self.global_config())
            }
            None => Err(RegistryError::SubjectConfigNotFound(subject.to_owned())),
        }
    }

    /// `PUT /config` (`subject: None`) and `PUT /config/{subject}`: the
    /// fields `update` sets replace the stored ones, the others stay
    /// (Confluent `ConfigValue.update`). An unknown level is 42203; an
    /// update that sets nothing changes nothing; a default or override rule set
    /// Confluent would refuse is 42210, malformed metadata 422.
    pub async fn set_config(&self, subject: Option<&str>, update: &ConfigValue) -> Result<ConfigView> {
        if let Some(subject) = subject.filter(|s| !context::is_valid_subject(s, true)) {
            return Err(RegistryError::InvalidSubject(subject.to_owned()));
        }
        let mut update = update.clone();
        update.compatibility_level = match update.compatibility_level.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(name) => Some(CompatibilityLevel::parse(name).ok_or(RegistryError::InvalidCompatibilityLevel)?.name().to_owned()),
        };
        if update == ConfigValue::default() {
            // Nothing to change (Confluent 7.4+ answers such a request with
            // the request itself, where older versions said 42203).
            return match subject {
                None => Ok(self.global_config()),
                Some(subject) => self.subject_config(subject, true),
            };
        }
        for (metadata, rule_set) in [
            (&update.default_metadata, &update.default_rule_set),
            (&update.override_metadata, &update.override_rule_set),
        ] {
            let extras = SchemaExtras { metadata: metadata.clone(), rule_set: rule_set.clone() };
            extras.validate().map_err(|e| match e {
                RegistryError::InvalidSchema(why) => RegistryError::InvalidConfig(why),
                other => other,
            })?;
        }
        {
            let mut body = serde_json::to_value(&update).map_err(|e| RegistryError::Store(e.to_string()))?;
            if let Some(level) = body.as_object_mut().and_then(|b| b.remove("compatibilityLevel")) {
                body["compatibility"] = level;
            }
            let path = format!("/config{}", subject_path(subject));
            if let Some(answer) = self.forwarded(Method::PUT, &path, Some(&body)).await? {
                return self.config_of(&answer, "compatibility");
            }
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        let value = {
            let state = self.read();
            let current = match subject {
                Some(s) => state.subject_configs.get(s),
                None => state.global_config.as_ref(),
            };
            current.cloned().unwrap_or_default().updated(&update)
        };
        self.append(vec![(RecordKey::Config { subject: subject.map(str::to_owned) }, Some(to_json(&value)))]).await?;
        tracing::info!(subject, level = value.compatibility_level.as_deref(), "set config");
        let state = self.read();
        Ok(ConfigView { level: level_for(&state, subject.unwrap_or(""), self.settings.default_level), value })
    }

    /// `DELETE /config`: the global config goes back to the configured
    /// default level; answers the config that was in force.
    pub async fn delete_global_config(&self) -> Result<ConfigView> {
        if let Some(answer) = self.forwarded(Method::DELETE, "/config", None).await? {
            return self.config_of(&answer, "compatibilityLevel");
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        let old = self.global_config();
        if self.read().global_config.is_some() {
            self.append(vec![(RecordKey::Config { subject: None }, None)]).await?;
        }
        Ok(old)
    }

    /// `DELETE /config/{subject}`: answers the subject's old config; 40401
    /// when it had none.
    pub async fn delete_subject_config(&self, subject: &str) -> Result<ConfigView> {
        let path = format!("/config{}", subject_path(Some(subject)));
        if let Some(answer) = self.forwarded(Method::DELETE, &path, None).await? {
            return self.config_of(&answer, "compatibilityLevel");
        }
        let _writer = self.write_lock.lock().await;
        self.ensure_ready()?;
        let old = self.subject_config(subject, false).map_err(|_| RegistryError::SubjectNotFound(subject.to_owned()))?;
        self.append(vec![(RecordKey::Config { subject: Some(subject.to_owned()) }, None)]).await?;
        Ok(old)
    }
}
