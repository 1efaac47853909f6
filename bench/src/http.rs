//! The bench's HTTP/1.1 client: keep-alive connections, plain or TLS
//! (rustls, as Gregor's listener: the client's TLS work shares the cores
//! with the server's, so the lighter client leaves the server's cost in
//! view), with or without credentials, and a self-signed certificate for
//! the servers it starts itself.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper_util::rt::TokioIo;

use crate::BenchResult;

/// One keep-alive HTTP/1.1 connection, plain or TLS, optionally sending
/// an `Authorization` header with every request.
pub(crate) struct Connection {
    pub(crate) sender: hyper::client::conn::http1::SendRequest<Full<Bytes>>,
    pub(crate) host: String,
    pub(crate) authorization: Option<String>,
}

/// Where a bench connection goes: plain or TLS (trusting `ca`), with or
/// without credentials.
#[derive(Clone)]
pub(crate) struct Endpoint {
    pub(crate) host: String,
    pub(crate) port: u16,
    pub(crate) tls: Option<tokio_rustls::TlsConnector>,
    pub(crate) authorization: Option<String>,
}

impl Connection {
    pub(crate) async fn open(host: &str, port: u16) -> BenchResult<Self> {
        Self::connect(&Endpoint { host: host.to_owned(), port, tls: None, authorization: None }).await
    }

    pub(crate) async fn connect(endpoint: &Endpoint) -> BenchResult<Self> {
        let stream = tokio::net::TcpStream::connect((endpoint.host.as_str(), endpoint.port)).await.map_err(|e| format!("connect: {e}"))?;
        stream.set_nodelay(true).map_err(|e| e.to_string())?;
        let sender = match &endpoint.tls {
            None => {
                let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await.map_err(|e| e.to_string())?;
                tokio::spawn(connection);
                sender
            }
            Some(connector) => {
                let name = rustls::pki_types::ServerName::try_from(endpoint.host.clone()).map_err(|e| e.to_string())?;
                let tls = connector.connect(name, stream).await.map_err(|e| format!("TLS handshake: {e}"))?;
                let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(tls)).await.map_err(|e| e.to_string())?;
                tokio::spawn(connection);
                sender
            }
        };
        Ok(Self { sender, host: format!("{}:{}", endpoint.host, endpoint.port), authorization: endpoint.authorization.clone() })
    }

    pub(crate) async fn get_as(&mut self, path: &str, accept: &str) -> BenchResult<(u16, String)> {
        let request = Request::builder()
            .method("GET")
            .uri(path)
            .header("host", &self.host)
            .header("accept", accept)
            .body(Full::new(Bytes::new()))
            .map_err(|e| e.to_string())?;
        self.sender.ready().await.map_err(|e| e.to_string())?;
        let response = self.sender.send_request(request).await.map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        let bytes = response.into_body().collect().await.map_err(|e| e.to_string())?.to_bytes();
        Ok((status, String::from_utf8_lossy(&bytes).into_owned()))
    }

    pub(crate) async fn send(&mut self, method: &str, path: &str, body: Option<String>) -> BenchResult<(u16, String)> {
        self.send_as(method, path, body, "application/vnd.schemaregistry.v1+json").await
    }

    pub(crate) async fn send_as(&mut self, method: &str, path: &str, body: Option<String>, content_type: &str) -> BenchResult<(u16, String)> {
        let mut builder = Request::builder().method(method).uri(path).header("host", &self.host);
        if let Some(authorization) = &self.authorization {
            builder = builder.header("authorization", authorization);
        }
        if body.is_some() {
            builder = builder.header("content-type", content_type);
        }
        let request = builder.body(Full::new(Bytes::from(body.unwrap_or_default()))).map_err(|e| e.to_string())?;
        self.sender.ready().await.map_err(|e| e.to_string())?;
        let response = self.sender.send_request(request).await.map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        let bytes = response.into_body().collect().await.map_err(|e| e.to_string())?.to_bytes();
        Ok((status, String::from_utf8_lossy(&bytes).into_owned()))
    }
}

/// A self-signed certificate for 127.0.0.1 in `dir`; the connector trusts it.
pub(crate) fn self_signed(dir: &std::path::Path) -> BenchResult<(std::path::PathBuf, std::path::PathBuf, tokio_rustls::TlsConnector)> {
    use openssl::{asn1::Asn1Time, bn::BigNum, hash::MessageDigest, pkey::PKey, rsa::Rsa, x509};
    let fail = |e: openssl::error::ErrorStack| e.to_string();
    let key = PKey::from_rsa(Rsa::generate(2048).map_err(fail)?).map_err(fail)?;
    let mut name = x509::X509NameBuilder::new().map_err(fail)?;
    name.append_entry_by_text("CN", "127.0.0.1").map_err(fail)?;
    let name = name.build();
    let mut builder = x509::X509Builder::new().map_err(fail)?;
    builder.set_version(2).map_err(fail)?;
    let serial = BigNum::from_u32(1).map_err(fail)?.to_asn1_integer().map_err(fail)?;
    builder.set_serial_number(&serial).map_err(fail)?;
    builder.set_subject_name(&name).map_err(fail)?;
    builder.set_issuer_name(&name).map_err(fail)?;
    builder.set_pubkey(&key).map_err(fail)?;
    let (not_before, not_after) = (Asn1Time::days_from_now(0).map_err(fail)?, Asn1Time::days_from_now(1).map_err(fail)?);
    builder.set_not_before(&not_before).map_err(fail)?;
    builder.set_not_after(&not_after).map_err(fail)?;
    let san = x509::extension::SubjectAlternativeName::new().ip("127.0.0.1").build(&builder.x509v3_context(None, None)).map_err(fail)?;
    builder.append_extension(san).map_err(fail)?;
    builder.sign(&key, MessageDigest::sha256()).map_err(fail)?;
    let cert = builder.build();
    let (cert_path, key_path) = (dir.join("cert.pem"), dir.join("key.pem"));
    std::fs::write(&cert_path, cert.to_pem().map_err(fail)?).map_err(|e| e.to_string())?;
    std::fs::write(&key_path, key.private_key_to_pem_pkcs8().map_err(fail)?).map_err(|e| e.to_string())?;
    let mut roots = rustls::RootCertStore::empty();
    roots.add(rustls::pki_types::CertificateDer::from(cert.to_der().map_err(fail)?)).map_err(|e| e.to_string())?;
    let mut config = rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots)
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok((cert_path, key_path, tokio_rustls::TlsConnector::from(std::sync::Arc::new(config))))
}
