//! Schema contexts (Confluent `QualifiedSubject`): a subject `:.ctx:name`
//! lives in context `.ctx`, a plain `name` in the default context `.`.
//! Each context has its own schema ids; `:*:` as a prefix means every
//! context.

/// The default context.
pub const DEFAULT: &str = ".";

/// The prefix that selects every context in listings.
pub const WILDCARD: &str = ":*:";

/// The context of a subject (`.` for an unqualified one).
pub fn of(subject: &str) -> &str {
    split(subject).0
}

/// `(context, name)` of a subject: `:.ctx:name` → (`.ctx`, `name`),
/// `:.ctx:` → (`.ctx`, ``), `name` → (`.`, `name`). A subject that only
/// looks qualified (no second `:`, or a context not starting with `.`) is
/// an ordinary name.
pub fn split(subject: &str) -> (&str, &str) {
    if let Some((context, name)) = subject.strip_prefix(':').and_then(|rest| rest.split_once(':'))
        && context.starts_with('.')
    {
        return (context, name);
    }
    (DEFAULT, subject)
}

/// The subject as stored: a default-context subject is unqualified
/// (`:.:name` is `name`, as Confluent's `QualifiedSubject` reads it).
/// `:.:` alone, the default context itself, stays as it is.
pub fn normalize(subject: &str) -> String {
    match split(subject) {
        (DEFAULT, name) if !name.is_empty() => name.to_owned(),
        _ => subject.to_owned(),
    }
}

/// The config and mode key of a context: `:.ctx:` (none for the default
/// context, whose settings are the global ones).
pub fn settings_key(context: &str) -> Option<String> {
    (context != DEFAULT).then(|| format!(":{context}:"))
}

/// A reference's subject as seen from `context`: an unqualified subject
/// referenced from another context is in that context (Confluent).
pub fn resolve(context: &str, subject: &str) -> String {
    if context == DEFAULT || subject.starts_with(':') {
        subject.to_owned()
    } else {
        format!(":{context}:{subject}")
    }
}

/// The global context, for global config and mode only.
pub const GLOBAL: &str = ".__GLOBAL";

/// Whether a subject may be registered or configured (Confluent
/// `QualifiedSubject.isValidSubject`): no ISO control characters (U+0000–
/// U+001F, U+007F–U+009F), a name other than `__GLOBAL` (where Confluent
/// keeps global permissions) and `__EMPTY` (its stand-in for ""), and not
/// in the global context unless `config_or_mode`. Gregor also refuses `.`
/// and `..`, path segments that Jersey resolves before any resource sees
/// them.
pub fn is_valid_subject(subject: &str, config_or_mode: bool) -> bool {
    let (context, name) = split(subject);
    !subject.chars().any(char::is_control)
        && name != "__GLOBAL"
        && name != "__EMPTY"
        && !matches!(subject, "." | "..")
        && (config_or_mode || context != GLOBAL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_subjects_as_confluent_checks_them() {
        for ok in ["users-value", ":.ctx:users", "a b", "ü", ":.:x"] {
            assert!(is_valid_subject(ok, false), "{ok}");
        }
        for bad in ["a\u{0}b", "a\nb", "x\u{85}", "__GLOBAL", ":.ctx:__EMPTY", ":.__GLOBAL:s", "..", "."] {
            assert!(!is_valid_subject(bad, false), "{bad:?}");
        }
        assert!(is_valid_subject(":.__GLOBAL:", true));
    }

    #[test]
    fn qualified_subjects() {
        assert_eq!(split(":.orders:payments-value"), (".orders", "payments-value"));
        assert_eq!(split(":.orders:"), (".orders", ""));
        assert_eq!(split("payments-value"), (".", "payments-value"));
        assert_eq!(split(":nope"), (".", ":nope"));
        assert_eq!(split(":x:y"), (".", ":x:y"));
        assert_eq!(normalize(":.:s"), "s");
        assert_eq!(normalize(":.a:s"), ":.a:s");
        assert_eq!(normalize(":.:"), ":.:");
        assert_eq!(settings_key(".a").as_deref(), Some(":.a:"));
        assert_eq!(settings_key("."), None);
        assert_eq!(resolve(".a", "customer"), ":.a:customer");
        assert_eq!(resolve(".a", ":.b:customer"), ":.b:customer");
        assert_eq!(resolve(".", "customer"), "customer");
    }
}
