//! Finding a schema under a subject (`POST /subjects/{subject}`) and checking
//! a schema's compatibility with a subject's versions (`POST
//! /compatibility/...`), without writing anything.

use super::*;

impl Registry {
    /// `POST /subjects/{subject}`: the version of `subject` holding `input`.
    pub fn lookup(&self, subject: &str, input: &SchemaInput, normalize: bool, deleted: bool) -> Result<VersionView> {
        let state = self.read();
        let subject = &aliased(&state, subject);
        let entry = visible_subject(&state, subject, deleted)?;
        let normalize = normalize || config_normalize(&state, subject);
        let candidate = prepare(&state, subject, input, normalize)?;
        entry
            .visible(deleted)
            .find(|(_, v)| state.schema(context::of(subject), v.id).is_some_and(|s| s.fingerprint == candidate.fingerprint))
            .map(|(number, v)| -> Result<VersionView> {
                Ok(VersionView { subject: subject.to_owned(), version: number, schema: schema_of(&state, subject, v.id)? })
            })
            .unwrap_or(Err(RegistryError::SchemaNotFound))
    }

    // ---- compatibility ----

    /// `POST /compatibility/subjects/{subject}/versions[/{version}]`:
    /// whether `input` is compatible, and the messages when `verbose`.
    /// With `version`, only that version is checked (Confluent); without,
    /// the versions the subject's level names.
    pub fn check_compatibility(
        &self,
        subject: &str,
        version: Option<&str>,
        input: &SchemaInput,
        normalize: bool,
        verbose: bool,
    ) -> Result<(bool, Vec<String>)> {
        let version = version.map(VersionId::parse).transpose()?;
        let state = self.read();
        let config = effective_config(&state, subject);
        let input = &with_contract(&state, subject, state.subjects.get(subject), input, &config);
        let candidate = match prepare(&state, subject, input, normalize) {
            Ok(candidate) => candidate,
            Err(err @ (RegistryError::InvalidSchema(_) | RegistryError::EmptySchema)) if verbose => return Ok((false, vec![err.to_string()])),
            Err(err) => return Err(err),
        };
        let entry = state.subjects.get(subject).filter(|s| s.has_live());
        let pinned = match (version, entry) {
            (None, _) | (Some(VersionId::Latest), None) => None,
            // Confluent looks the version up first: 40402 even when the subject has none.
            (Some(VersionId::Number(n)), None) => return Err(RegistryError::VersionNotFound(n.to_string())),
            (Some(VersionId::Latest), Some(entry)) => entry.live().next_back().map(|(n, _)| n),
            (Some(VersionId::Number(n)), Some(entry)) => Some(
                entry
                    .live()
                    .find(|(v, _)| *v == n)
                    .map(|(v, _)| v)
                    .ok_or_else(|| RegistryError::VersionNotFound(n.to_string()))?,
            ),
        };
        let level = level_for(&state, subject, self.settings.default_level);
        let messages = check_against(&state, subject, level, &candidate, entry, pinned, config.compatibility_group.as_deref())?;
        let compatible = messages.is_empty();
        Ok((compatible, if verbose { messages } else { Vec::new() }))
    }
}
