//! Karapace's `registry_authfile`: users with hashed passwords and
//! permissions, in Karapace's JSON format, unchanged
//! (`src/karapace/core/auth.py`):
//!
//! ```json
//! {"users": [{"username": "admin", "algorithm": "sha512", "salt": "…", "password_hash": "…"}],
//!  "permissions": [{"username": "admin", "operation": "Write", "resource": ".*"}]}
//! ```
//!
//! Hashes: PBKDF2-HMAC (`sha1`, `sha256`, `sha512`; 5000 iterations) or
//! `scrypt` (n 16384, r 8, p 1), of the UTF-8 password with the UTF-8
//! salt, base64 (`hash_password`). A permission's `resource` is a Python
//! regular expression matched at the start of the resource name
//! (`re.match`): `Subject:<name>`, `Config:`, `Topic:<name>`.

use std::collections::HashMap;

use base64::Engine as _;
use openssl::hash::MessageDigest;
use regex::Regex;
use serde::Deserialize;

/// What a permission allows. `Write` implies `Read` (Karapace
/// `ACLAuthorizer._check_operation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Operation {
    /// Read a resource.
    Read,
    /// Change a resource (and read it).
    Write,
}

/// A password hash algorithm of the auth file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Algorithm {
    /// PBKDF2-HMAC-SHA1.
    Sha1,
    /// PBKDF2-HMAC-SHA256.
    Sha256,
    /// PBKDF2-HMAC-SHA512 (`karapace_mkpasswd`'s default).
    Sha512,
    /// scrypt, n 16384, r 8, p 1.
    Scrypt,
}

/// One user of the auth file.
#[derive(Clone, Deserialize)]
pub struct User {
    /// Login name.
    pub username: String,
    /// How `password_hash` was made.
    pub algorithm: Algorithm,
    /// Salt, as text.
    pub salt: String,
    /// Base64 of the hash.
    pub password_hash: String,
}

impl std::fmt::Debug for User {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("User").field("username", &self.username).field("algorithm", &self.algorithm).finish_non_exhaustive()
    }
}

#[derive(Deserialize)]
struct PermissionEntry {
    username: String,
    operation: Operation,
    resource: String,
}

#[derive(Deserialize)]
struct FileData {
    users: Vec<User>,
    permissions: Vec<PermissionEntry>,
}

/// A permission: `username` may do `operation` on resources `resource`
/// matches from their start.
#[derive(Debug, Clone)]
pub struct Permission {
    /// Whose.
    pub username: String,
    /// What it allows.
    pub operation: Operation,
    /// The pattern, anchored at the start as Python's `re.match`.
    pub resource: Regex,
}

/// The users and permissions of one auth file.
#[derive(Debug, Clone, Default)]
pub struct AuthFile {
    users: HashMap<String, User>,
    permissions: Vec<Permission>,
}

/// Why an auth file was not loaded.
#[derive(Debug, thiserror::Error)]
pub enum AuthFileError {
    /// Not readable.
    #[error("cannot read the auth file: {0}")]
    Io(#[from] std::io::Error),
    /// Not the expected JSON.
    #[error("the auth file is not valid: {0}")]
    Json(#[from] serde_json::Error),
    /// A `resource` that is not a regular expression Gregor can run.
    #[error("permission resource {0:?} is not a valid regular expression: {1}")]
    Regex(String, regex::Error),
}

impl AuthFile {
    /// Parses the auth file's JSON text.
    pub fn parse(text: &str) -> Result<Self, AuthFileError> {
        let data: FileData = serde_json::from_str(text)?;
        let users = data.users.into_iter().map(|u| (u.username.clone(), u)).collect();
        let permissions = data
            .permissions
            .into_iter()
            .map(|p| {
                let resource = Regex::new(&format!("^(?:{})", p.resource)).map_err(|e| AuthFileError::Regex(p.resource.clone(), e))?;
                Ok(Permission { username: p.username, operation: p.operation, resource })
            })
            .collect::<Result<Vec<_>, AuthFileError>>()?;
        Ok(Self { users, permissions })
    }

    /// Reads and parses the file at `path`.
    pub fn load(path: &std::path::Path) -> Result<Self, AuthFileError> {
        Self::parse(&std::fs::read_to_string(path)?)
    }

    /// The user `username` when `password` is theirs.
    pub fn authenticate(&self, username: &str, password: &str) -> Option<&User> {
        let user = self.users.get(username)?;
        let hash = hash_password(user.algorithm, &user.salt, password)?;
        // Constant time, as Karapace's `hmac.compare_digest`.
        let (ours, theirs) = (hash.as_bytes(), user.password_hash.as_bytes());
        (ours.len() == theirs.len() && openssl::memcmp::eq(ours, theirs)).then_some(user)
    }

    /// Whether `username` may do `operation` on `resource`.
    pub fn allows(&self, username: &str, operation: Operation, resource: &str) -> bool {
        self.allows_any(username, operation, std::iter::once(resource))
    }

    /// Whether `username` may do `operation` on at least one of `resources`
    /// (Karapace `check_authorization_any`).
    pub fn allows_any<'a>(&self, username: &str, operation: Operation, resources: impl IntoIterator<Item = &'a str> + Clone) -> bool {
        self.permissions.iter().any(|p| {
            p.username == username
                && (operation == Operation::Read || p.operation == Operation::Write)
                && resources.clone().into_iter().any(|r| p.resource.is_match(r))
        })
    }
}

/// Karapace's `hash_password`: base64 of PBKDF2-HMAC (5000 iterations,
/// the digest's length) or scrypt (64 bytes). `None` only if OpenSSL fails.
pub fn hash_password(algorithm: Algorithm, salt: &str, password: &str) -> Option<String> {
    let (password, salt) = (password.as_bytes(), salt.as_bytes());
    let bytes = match algorithm {
        Algorithm::Sha1 | Algorithm::Sha256 | Algorithm::Sha512 => {
            let digest = match algorithm {
                Algorithm::Sha1 => MessageDigest::sha1(),
                Algorithm::Sha256 => MessageDigest::sha256(),
                _ => MessageDigest::sha512(),
            };
            let mut out = vec![0u8; digest.size()];
            openssl::pkcs5::pbkdf2_hmac(password, salt, 5000, digest, &mut out).ok()?;
            out
        }
        Algorithm::Scrypt => {
            let mut out = vec![0u8; 64];
            // 128 * n * r * p bytes of memory: 16 MiB; allow that and more.
            openssl::pkcs5::scrypt(password, salt, 16384, 8, 1, 64 * 1024 * 1024, &mut out).ok()?;
            out
        }
    };
    Some(base64::engine::general_purpose::STANDARD.encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_pythons_hashlib() {
        // Karapace's own hash_password is Python's hashlib: compared with it
        // where python3 is installed (it is wherever the tests run).
        for (algorithm, name) in [(Algorithm::Sha1, "sha1"), (Algorithm::Sha256, "sha256"), (Algorithm::Sha512, "sha512"), (Algorithm::Scrypt, "scrypt")] {
            let out = std::process::Command::new("python3")
                .args([
                    "-c",
                    "import hashlib,base64,sys; a=sys.argv[1]; print(base64.b64encode(hashlib.scrypt(b'secret', salt=b'salt', n=16384, r=8, p=1) if a=='scrypt' else hashlib.pbkdf2_hmac(a, b'secret', b'salt', 5000)).decode())",
                    name,
                ])
                .output();
            let Ok(out) = out else {
                eprintln!("notice: no python3; hash check against hashlib skipped");
                continue;
            };
            let python = String::from_utf8_lossy(&out.stdout).trim().to_owned();
            assert_eq!(hash_password(algorithm, "salt", "secret").unwrap(), python, "{name}");
        }
    }

    #[test]
    fn permissions_follow_karapace() {
        let salt = "s";
        let hash = hash_password(Algorithm::Sha256, salt, "pw").unwrap();
        let text = serde_json::json!({
            "users": [{"username": "reader", "algorithm": "sha256", "salt": salt, "password_hash": hash}],
            "permissions": [
                {"username": "reader", "operation": "Read", "resource": "Subject:orders-.*"},
                {"username": "reader", "operation": "Write", "resource": "Subject:mine"}
            ]
        })
        .to_string();
        let file = AuthFile::parse(&text).unwrap();
        assert!(file.authenticate("reader", "pw").is_some());
        assert!(file.authenticate("reader", "nope").is_none());
        assert!(file.authenticate("nobody", "pw").is_none());
        assert!(file.allows("reader", Operation::Read, "Subject:orders-value"));
        assert!(!file.allows("reader", Operation::Write, "Subject:orders-value"));
        // Write implies Read; matching is from the start (re.match), not whole.
        assert!(file.allows("reader", Operation::Read, "Subject:mine"));
        assert!(file.allows("reader", Operation::Write, "Subject:mine-too"));
        assert!(!file.allows("reader", Operation::Read, "Config:"));
        assert!(file.allows_any("reader", Operation::Read, ["Subject:x", "Subject:orders-1"]));
        assert!(AuthFile::parse(r#"{"users":[],"permissions":[{"username":"a","operation":"Read","resource":"("}]}"#).is_err());
    }
}
