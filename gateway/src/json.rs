//! JSON from clients and from Kafka records, read with a bound on nesting.
//!
//! serde_json stops at 128 levels, which refuses documents Confluent takes
//! (Jackson's `StreamReadConstraints` allow 1000), and code that recurses
//! over a parsed tree with no bound can overflow the thread's stack, which
//! aborts the whole process. So every document from outside is first
//! measured by [`check_depth`], a loop that never recurses, and only read
//! when it nests at most [`MAX_DEPTH`] levels; the code that walks the
//! tree afterwards runs on threads with [`STACK_BYTES`] of stack.

use serde::de::DeserializeOwned;

/// Deepest nesting of arrays and objects accepted in any JSON document or
/// decoded value: 1000 levels, Jackson's `StreamReadConstraints
/// .DEFAULT_MAX_DEPTH`, which Confluent's REST layer and serializers use.
pub const MAX_DEPTH: usize = 1000;

/// Stack size, in bytes, of every thread that parses, converts or prints
/// user data: 64 MiB. A 1000-level document walked by serde_json, prost,
/// the Avro codec and the drop of the tree needs a few MiB in a debug
/// build; the rest is margin. Only the pages a request touches are
/// resident.
pub const STACK_BYTES: usize = 64 * 1024 * 1024;

/// Why a JSON text was not read.
#[derive(Debug, thiserror::Error)]
pub enum JsonError {
    /// Arrays and objects nest deeper than the limit.
    #[error("JSON nested deeper than {limit} levels")]
    TooDeep {
        /// The limit that was passed ([`MAX_DEPTH`]).
        limit: usize,
    },
    /// Not JSON, or JSON that does not fit the target type.
    #[error(transparent)]
    Serde(#[from] serde_json::Error),
}

impl JsonError {
    /// Whether the text is malformed or too deep (HTTP 400) rather than
    /// well-formed JSON of the wrong shape (422).
    pub fn is_syntax(&self) -> bool {
        match self {
            Self::TooDeep { .. } => true,
            Self::Serde(err) => !matches!(err.classify(), serde_json::error::Category::Data),
        }
    }
}

/// Checks that `bytes` nest arrays and objects at most `limit` levels
/// deep, without parsing them: brackets inside strings are skipped, and
/// anything else malformed is left for the parser to report.
pub fn check_depth(bytes: &[u8], limit: usize) -> Result<(), JsonError> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &b in bytes {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Err(JsonError::TooDeep { limit });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Reads a `T` from JSON text nested at most [`MAX_DEPTH`] levels (more
/// than serde_json's own 128). Trailing non-whitespace is an error.
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, JsonError> {
    check_depth(bytes, MAX_DEPTH)?;
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    deserializer.disable_recursion_limit();
    let value = T::deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}

/// [`from_slice`] for text.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    from_slice(text.as_bytes())
}

/// A serde_json deserializer over `bytes` after [`check_depth`], with
/// serde_json's own recursion limit lifted, for callers that deserialize
/// through it (prost-reflect's dynamic messages).
pub fn deserializer(bytes: &[u8]) -> Result<serde_json::Deserializer<serde_json::de::SliceRead<'_>>, JsonError> {
    check_depth(bytes, MAX_DEPTH)?;
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    deserializer.disable_recursion_limit();
    Ok(deserializer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        format!("{}1{}", "[".repeat(depth), "]".repeat(depth))
    }

    #[test]
    fn reads_up_to_the_limit_and_refuses_past_it() {
        let ok = nested(MAX_DEPTH);
        let deep = std::thread::Builder::new()
            .stack_size(STACK_BYTES)
            .spawn(move || from_str::<serde_json::Value>(&ok).map(|_| ()))
            .unwrap()
            .join()
            .unwrap();
        assert!(deep.is_ok(), "{deep:?}");
        let err = from_str::<serde_json::Value>(&nested(MAX_DEPTH + 1)).unwrap_err();
        assert!(matches!(err, JsonError::TooDeep { limit: MAX_DEPTH }));
        assert!(err.is_syntax());
        // Brackets in strings, escaped quotes included, do not count.
        let text = format!(r#"{{"a":"{}\"{}"}}"#, "[".repeat(2000), "{".repeat(2000));
        assert!(check_depth(text.as_bytes(), 2).is_ok());
        assert!(check_depth(b"[[[]]]", 2).is_err());
        assert!(from_str::<serde_json::Value>("[1] x").is_err());
    }
}
