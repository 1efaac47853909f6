//! Registry modes (Confluent `storage/Mode.java`): what writes a subject,
//! or the whole registry, accepts.

/// A mode, global or per subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Normal operation (the default).
    ReadWrite,
    /// No writes: registering and deleting give 42205.
    ReadOnly,
    /// As READONLY (deprecated by Confluent; kept for topics that hold it).
    ReadOnlyOverride,
    /// Migration: registrations carry their own `id` (and `version`) and are
    /// not checked for compatibility; registrations without an id give 42205.
    Import,
    /// Global only: Confluent forwards to another registry. Gregor stores
    /// and reports it, and then accepts writes with ids as in IMPORT.
    Forward,
}

impl Mode {
    /// Parses an upper-case mode name; `None` when unknown (42204).
    pub fn parse(name: &str) -> Option<Self> {
        Some(match name.trim().to_ascii_uppercase().as_str() {
            "READWRITE" => Self::ReadWrite,
            "READONLY" => Self::ReadOnly,
            "READONLY_OVERRIDE" => Self::ReadOnlyOverride,
            "IMPORT" => Self::Import,
            "FORWARD" => Self::Forward,
            _ => return None,
        })
    }

    /// The upper-case name.
    pub fn name(self) -> &'static str {
        match self {
            Self::ReadWrite => "READWRITE",
            Self::ReadOnly => "READONLY",
            Self::ReadOnlyOverride => "READONLY_OVERRIDE",
            Self::Import => "IMPORT",
            Self::Forward => "FORWARD",
        }
    }

    /// Whether no writes are accepted.
    pub fn is_read_only(self) -> bool {
        matches!(self, Self::ReadOnly | Self::ReadOnlyOverride)
    }

    /// Whether registrations carry their own ids.
    pub fn takes_ids(self) -> bool {
        matches!(self, Self::Import | Self::Forward)
    }
}
