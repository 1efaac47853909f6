//! The `{version}` path parameter (Confluent `VersionId.java`).

use std::fmt;

use super::error::RegistryError;

/// A version as a client names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VersionId {
    /// `latest` or `-1`.
    Latest,
    /// 1..=2^31-1.
    Number(i32),
}

impl VersionId {
    /// Parses `latest`, `-1` or a positive number; 42202 otherwise.
    pub(crate) fn parse(text: &str) -> Result<Self, RegistryError> {
        if text.eq_ignore_ascii_case("latest") || text == "-1" {
            return Ok(Self::Latest);
        }
        match text.parse::<i32>() {
            Ok(n) if n >= 1 => Ok(Self::Number(n)),
            _ => Err(RegistryError::InvalidVersion(text.to_owned())),
        }
    }
}

impl fmt::Display for VersionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Latest => f.write_str("latest"),
            Self::Number(n) => write!(f, "{n}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_confluent_version_ids() {
        assert_eq!(VersionId::parse("latest").unwrap(), VersionId::Latest);
        assert_eq!(VersionId::parse("-1").unwrap(), VersionId::Latest);
        assert_eq!(VersionId::parse("3").unwrap(), VersionId::Number(3));
        for bad in ["0", "-2", "x", "2147483648", ""] {
            assert!(VersionId::parse(bad).is_err(), "{bad}");
        }
    }
}
