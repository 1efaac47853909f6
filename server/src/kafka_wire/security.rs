//! TLS and SASL for Gregor's own Kafka connections, from the same settings
//! librdkafka gets (Karapace's `security_protocol`, `ssl_*`, `sasl_*`;
//! confluent-api.md §4.1), so a secured cluster is reached as librdkafka
//! reaches it.
//!
//! - TLS: OpenSSL, as librdkafka uses it: CA file (else the system's),
//!   client certificate and key (with its password), CRL file, cipher list,
//!   host name check (`ssl_check_hostname`).
//! - SASL: `PLAIN` (RFC 4616) and `SCRAM-SHA-256` / `SCRAM-SHA-512`
//!   (RFC 5802, RFC 7677), through SaslHandshake v1 and SaslAuthenticate.

use std::path::Path;

use openssl::hash::MessageDigest;
use openssl::pkey::PKey;
use openssl::sign::Signer;
use openssl::ssl::{SslConnector, SslFiletype, SslMethod};
use openssl::x509::store::X509Lookup;
use openssl::x509::verify::X509VerifyFlags;
use tokio::net::TcpStream;
use tokio_openssl::SslStream;

/// A SASL mechanism Gregor's own connections speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mechanism {
    /// `PLAIN`: the password in clear (over TLS, one hopes).
    Plain,
    /// `SCRAM-SHA-256`.
    ScramSha256,
    /// `SCRAM-SHA-512`.
    ScramSha512,
}

impl Mechanism {
    /// Parses Karapace's `sasl_mechanism`; `None` for one not spoken here
    /// (`GSSAPI`, `OAUTHBEARER`).
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim().to_ascii_uppercase().as_str() {
            "PLAIN" => Some(Self::Plain),
            "SCRAM-SHA-256" => Some(Self::ScramSha256),
            "SCRAM-SHA-512" => Some(Self::ScramSha512),
            _ => None,
        }
    }

    /// The name sent in SaslHandshake.
    pub fn name(self) -> &'static str {
        match self {
            Self::Plain => "PLAIN",
            Self::ScramSha256 => "SCRAM-SHA-256",
            Self::ScramSha512 => "SCRAM-SHA-512",
        }
    }

    fn digest(self) -> MessageDigest {
        match self {
            Self::ScramSha512 => MessageDigest::sha512(),
            _ => MessageDigest::sha256(),
        }
    }
}

/// SASL credentials.
#[derive(Clone)]
pub struct Sasl {
    /// The mechanism.
    pub mechanism: Mechanism,
    /// `sasl_plain_username`.
    pub username: String,
    /// `sasl_plain_password`.
    pub password: String,
}

impl std::fmt::Debug for Sasl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sasl").field("mechanism", &self.mechanism).field("username", &self.username).finish_non_exhaustive()
    }
}

/// TLS settings (Karapace's `ssl_*` keys).
#[derive(Debug, Clone, Default)]
pub struct TlsSettings {
    /// CA certificates (PEM); the system's when unset.
    pub cafile: Option<String>,
    /// Client certificate chain (PEM).
    pub certfile: Option<String>,
    /// Client private key (PEM).
    pub keyfile: Option<String>,
    /// Password of `keyfile`.
    pub password: Option<String>,
    /// Certificate revocation list (PEM), checked for the broker's certificate.
    pub crlfile: Option<String>,
    /// OpenSSL cipher list.
    pub ciphers: Option<String>,
    /// Check the broker's host name against its certificate.
    pub check_hostname: bool,
}

/// A TLS client ready to wrap connections.
#[derive(Clone)]
pub struct Tls {
    connector: SslConnector,
    check_hostname: bool,
}

impl std::fmt::Debug for Tls {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tls").field("check_hostname", &self.check_hostname).finish_non_exhaustive()
    }
}

impl Tls {
    /// Loads the files `settings` name; the error names the one that failed.
    pub fn new(settings: &TlsSettings) -> Result<Self, String> {
        let err = |what: &str, e: openssl::error::ErrorStack| format!("{what}: {e}");
        let mut builder = SslConnector::builder(SslMethod::tls_client()).map_err(|e| err("TLS", e))?;
        if let Some(cafile) = &settings.cafile {
            builder.set_ca_file(cafile).map_err(|e| err(&format!("ssl_cafile {cafile}"), e))?;
        }
        if let Some(certfile) = &settings.certfile {
            builder.set_certificate_chain_file(certfile).map_err(|e| err(&format!("ssl_certfile {certfile}"), e))?;
        }
        if let Some(keyfile) = &settings.keyfile {
            match &settings.password {
                Some(password) => {
                    let pem = std::fs::read(keyfile).map_err(|e| format!("ssl_keyfile {keyfile}: {e}"))?;
                    let key = PKey::private_key_from_pem_passphrase(&pem, password.as_bytes())
                        .map_err(|e| err(&format!("ssl_keyfile {keyfile}"), e))?;
                    builder.set_private_key(&key).map_err(|e| err(&format!("ssl_keyfile {keyfile}"), e))?;
                }
                None => builder.set_private_key_file(keyfile, SslFiletype::PEM).map_err(|e| err(&format!("ssl_keyfile {keyfile}"), e))?,
            }
        }
        if let Some(ciphers) = &settings.ciphers {
            builder.set_cipher_list(ciphers).map_err(|e| err(&format!("ssl_ciphers {ciphers}"), e))?;
        }
        if let Some(crlfile) = &settings.crlfile {
            let store = builder.cert_store_mut();
            let lookup = store.add_lookup(X509Lookup::file()).map_err(|e| err("ssl_crlfile", e))?;
            lookup.load_crl_file(Path::new(crlfile), SslFiletype::PEM).map_err(|e| err(&format!("ssl_crlfile {crlfile}"), e))?;
            store.set_flags(X509VerifyFlags::CRL_CHECK).map_err(|e| err("ssl_crlfile", e))?;
        }
        Ok(Self { connector: builder.build(), check_hostname: settings.check_hostname })
    }

    /// Runs the TLS handshake on `tcp` to `host`.
    pub async fn wrap(&self, host: &str, tcp: TcpStream) -> Result<SslStream<TcpStream>, String> {
        let mut config = self.connector.configure().map_err(|e| format!("TLS to {host}: {e}"))?;
        config.set_verify_hostname(self.check_hostname);
        let ssl = config.into_ssl(host).map_err(|e| format!("TLS to {host}: {e}"))?;
        let mut stream = SslStream::new(ssl, tcp).map_err(|e| format!("TLS to {host}: {e}"))?;
        std::pin::Pin::new(&mut stream).connect().await.map_err(|e| format!("TLS handshake with {host}: {e}"))?;
        Ok(stream)
    }
}

/// What secures Gregor's own connections.
#[derive(Debug, Clone, Default)]
pub struct Security {
    /// TLS, for `SSL` and `SASL_SSL`.
    pub tls: Option<Tls>,
    /// SASL, for `SASL_PLAINTEXT` and `SASL_SSL`.
    pub sasl: Option<Sasl>,
}

/// Why [`Security::from_librdkafka`] cannot secure a connection.
#[derive(Debug, thiserror::Error)]
pub enum SecurityError {
    /// A value is wrong (an unknown protocol, a file that does not load).
    #[error("{0}")]
    Invalid(String),
    /// A SASL mechanism librdkafka has and these connections do not
    /// (GSSAPI, OAUTHBEARER).
    #[error("SASL mechanism {0} is not supported on Gregor's own Kafka connections (PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512 are)")]
    Mechanism(String),
}

impl Security {
    /// The same security librdkafka gets from `settings` (its keys:
    /// `security.protocol`, `sasl.mechanism`, `sasl.username`,
    /// `sasl.password`, `ssl.ca.location`, `ssl.certificate.location`,
    /// `ssl.key.location`, `ssl.key.password`, `ssl.crl.location`,
    /// `ssl.cipher.suites`, `ssl.endpoint.identification.algorithm`; later
    /// entries win, as in librdkafka). SASL without a mechanism is `PLAIN`,
    /// librdkafka's default.
    pub fn from_librdkafka(settings: &[(String, String)]) -> Result<Self, SecurityError> {
        let get = |key: &str| settings.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        let protocol = get("security.protocol").unwrap_or_else(|| "plaintext".to_owned()).to_ascii_uppercase();
        let tls = match protocol.as_str() {
            "SSL" | "SASL_SSL" => Some(
                Tls::new(&TlsSettings {
                    cafile: get("ssl.ca.location"),
                    certfile: get("ssl.certificate.location"),
                    keyfile: get("ssl.key.location"),
                    password: get("ssl.key.password"),
                    crlfile: get("ssl.crl.location"),
                    ciphers: get("ssl.cipher.suites"),
                    check_hostname: get("ssl.endpoint.identification.algorithm").is_none_or(|v| v.eq_ignore_ascii_case("https")),
                })
                .map_err(SecurityError::Invalid)?,
            ),
            "PLAINTEXT" | "SASL_PLAINTEXT" => None,
            other => {
                return Err(SecurityError::Invalid(format!(
                    "security_protocol must be PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL, not {other}"
                )));
            }
        };
        let sasl = if protocol.starts_with("SASL_") {
            let name = get("sasl.mechanism").or_else(|| get("sasl.mechanisms")).unwrap_or_else(|| "PLAIN".to_owned());
            let mechanism = Mechanism::parse(&name).ok_or(SecurityError::Mechanism(name))?;
            Some(Sasl { mechanism, username: get("sasl.username").unwrap_or_default(), password: get("sasl.password").unwrap_or_default() })
        } else {
            None
        };
        Ok(Self { tls, sasl })
    }
}

/// The SASL `PLAIN` message: `\0username\0password` (RFC 4616).
pub fn plain_message(username: &str, password: &str) -> Vec<u8> {
    format!("\0{username}\0{password}").into_bytes()
}

/// One SCRAM exchange from the client's side (RFC 5802, no channel binding).
pub struct Scram {
    mechanism: Mechanism,
    password: String,
    client_first_bare: String,
    nonce: String,
    server_signature: Option<Vec<u8>>,
}

impl Scram {
    /// Starts an exchange with a fresh random nonce.
    pub fn new(mechanism: Mechanism, username: &str, password: &str) -> Result<Self, String> {
        let mut random = [0u8; 24];
        openssl::rand::rand_bytes(&mut random).map_err(|e| e.to_string())?;
        Ok(Self::with_nonce(mechanism, username, password, &hex::encode(random)))
    }

    /// Starts an exchange with `nonce` (tests use RFC 7677's).
    pub fn with_nonce(mechanism: Mechanism, username: &str, password: &str, nonce: &str) -> Self {
        let name = username.replace('=', "=3D").replace(',', "=2C");
        Self {
            mechanism,
            password: password.to_owned(),
            client_first_bare: format!("n={name},r={nonce}"),
            nonce: nonce.to_owned(),
            server_signature: None,
        }
    }

    /// The client-first message.
    pub fn client_first(&self) -> Vec<u8> {
        format!("n,,{}", self.client_first_bare).into_bytes()
    }

    /// The client-final message answering `server_first`
    /// (`r=…,s=…,i=…`); an error if the server's nonce does not extend ours.
    pub fn client_final(&mut self, server_first: &[u8]) -> Result<Vec<u8>, String> {
        let server_first = std::str::from_utf8(server_first).map_err(|_| "SCRAM: server-first is not UTF-8".to_owned())?;
        let field = |key: &str| {
            server_first.split(',').find_map(|part| part.strip_prefix(key)).ok_or_else(|| format!("SCRAM: no {key} in server-first"))
        };
        let nonce = field("r=")?;
        if !nonce.starts_with(&self.nonce) {
            return Err("SCRAM: the server's nonce does not extend the client's".to_owned());
        }
        let salt = openssl::base64::decode_block(field("s=")?).map_err(|e| format!("SCRAM: salt: {e}"))?;
        let iterations: usize = field("i=")?.parse().map_err(|_| "SCRAM: bad iteration count".to_owned())?;
        let digest = self.mechanism.digest();
        let mut salted = vec![0u8; digest.size()];
        openssl::pkcs5::pbkdf2_hmac(self.password.as_bytes(), &salt, iterations, digest, &mut salted).map_err(|e| e.to_string())?;
        let client_key = hmac(digest, &salted, b"Client Key")?;
        let stored_key = openssl::hash::hash(digest, &client_key).map_err(|e| e.to_string())?;
        let without_proof = format!("c=biws,r={nonce}");
        let auth_message = format!("{},{server_first},{without_proof}", self.client_first_bare);
        let client_signature = hmac(digest, &stored_key, auth_message.as_bytes())?;
        let proof: Vec<u8> = client_key.iter().zip(&client_signature).map(|(k, s)| k ^ s).collect();
        let server_key = hmac(digest, &salted, b"Server Key")?;
        self.server_signature = Some(hmac(digest, &server_key, auth_message.as_bytes())?);
        Ok(format!("{without_proof},p={}", openssl::base64::encode_block(&proof)).into_bytes())
    }

    /// Checks the server-final message (`v=…`): the server knew the password.
    pub fn verify(&self, server_final: &[u8]) -> Result<(), String> {
        let text = std::str::from_utf8(server_final).map_err(|_| "SCRAM: server-final is not UTF-8".to_owned())?;
        if let Some(error) = text.strip_prefix("e=") {
            return Err(format!("SCRAM: the server refused: {error}"));
        }
        let signature = text
            .split(',')
            .find_map(|p| p.strip_prefix("v="))
            .and_then(|v| openssl::base64::decode_block(v).ok())
            .ok_or_else(|| "SCRAM: no server signature".to_owned())?;
        match &self.server_signature {
            Some(expected) if *expected == signature => Ok(()),
            _ => Err("SCRAM: the server's signature does not match".to_owned()),
        }
    }
}

impl std::fmt::Debug for Scram {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scram").field("mechanism", &self.mechanism).field("client_first_bare", &self.client_first_bare).finish_non_exhaustive()
    }
}

fn hmac(digest: MessageDigest, key: &[u8], data: &[u8]) -> Result<Vec<u8>, String> {
    let key = PKey::hmac(key).map_err(|e| e.to_string())?;
    let mut signer = Signer::new(digest, &key).map_err(|e| e.to_string())?;
    signer.update(data).map_err(|e| e.to_string())?;
    signer.sign_to_vec().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn reads_librdkafka_settings() {
        let plain = Security::from_librdkafka(&settings(&[("security.protocol", "plaintext")])).unwrap();
        assert!(plain.tls.is_none() && plain.sasl.is_none());
        let scram = Security::from_librdkafka(&settings(&[
            ("security.protocol", "sasl_plaintext"),
            ("sasl.mechanism", "SCRAM-SHA-512"),
            ("sasl.username", "alice"),
            ("sasl.username", "bob"),
            ("sasl.password", "pw"),
        ]))
        .unwrap();
        let sasl = scram.sasl.unwrap();
        assert_eq!((sasl.mechanism, sasl.username.as_str(), sasl.password.as_str()), (Mechanism::ScramSha512, "bob", "pw"));
        let default = Security::from_librdkafka(&settings(&[("security.protocol", "SASL_PLAINTEXT")])).unwrap();
        assert_eq!(default.sasl.unwrap().mechanism, Mechanism::Plain);
        assert!(matches!(
            Security::from_librdkafka(&settings(&[("security.protocol", "sasl_ssl"), ("sasl.mechanism", "GSSAPI")])),
            Err(SecurityError::Mechanism(m)) if m == "GSSAPI"
        ));
        assert!(matches!(Security::from_librdkafka(&settings(&[("security.protocol", "smoke")])), Err(SecurityError::Invalid(_))));
        let tls = Security::from_librdkafka(&settings(&[("security.protocol", "ssl"), ("ssl.endpoint.identification.algorithm", "none")])).unwrap();
        assert!(!tls.tls.unwrap().check_hostname);
    }

    /// RFC 7677 §3: user "user", password "pencil".
    #[test]
    fn scram_sha_256_matches_rfc_7677() {
        let mut scram = Scram::with_nonce(Mechanism::ScramSha256, "user", "pencil", "rOprNGfwEbeRWgbNEkqO");
        assert_eq!(scram.client_first(), b"n,,n=user,r=rOprNGfwEbeRWgbNEkqO");
        let server_first = b"r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
        let client_final = scram.client_final(server_first).unwrap();
        assert_eq!(
            String::from_utf8(client_final).unwrap(),
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="
        );
        scram.verify(b"v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=").unwrap();
        assert!(scram.verify(b"v=AAAA").is_err());
        assert!(scram.verify(b"e=invalid-proof").is_err());
    }

    #[test]
    fn scram_refuses_a_nonce_it_did_not_start() {
        let mut scram = Scram::with_nonce(Mechanism::ScramSha512, "u,=", "p", "abc");
        assert_eq!(scram.client_first(), b"n,,n=u=2C=3D,r=abc");
        assert!(scram.client_final(b"r=xyz,s=QQ==,i=4096").is_err());
    }

    #[test]
    fn plain_and_mechanism_names() {
        assert_eq!(plain_message("alice", "pw"), b"\0alice\0pw");
        assert_eq!(Mechanism::parse("scram-sha-512"), Some(Mechanism::ScramSha512));
        assert_eq!(Mechanism::parse("OAUTHBEARER"), None);
    }
}
