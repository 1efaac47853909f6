//! The listening socket: plain TCP, or TLS with Karapace's `server_tls_*`
//! keys, serving gRPC (h2, chosen by ALPN), grpc-web and REST (HTTP/1.1 or
//! h2) on the same port either way.
//!
//! TLS is rustls (with ring's primitives), not the OpenSSL that Gregor
//! links for Kafka (librdkafka) and for its `https://` client: the
//! listener parses what any client sends, and rustls does that in
//! memory-safe code, for less CPU. `perf` samples per lookup on kept-alive
//! connections (`wrk -c50`, 2-core test machine) put OpenSSL 3.0's
//! libssl and libcrypto at 8–11 µs of server CPU per lookup (most of it
//! in per-record provider and BIO calls, not in AES) and rustls with ring
//! at 2–3 µs.
//! Client certificates (`server_tls_client_auth`: `none`, `optional`,
//! `required`) are checked against `server_tls_cafile` (webpki). The
//! certificate, key and CA files are read again on SIGHUP and when one of
//! them changes (checked every 2 s); connections already open keep the
//! certificate they were made with, new ones get the new one, and a set of
//! files that does not load leaves the previous one in force.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use axum::extract::connect_info::Connected;
use axum::serve::{IncomingStream, Listener};
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::server::TlsStream;

/// The peer of a connection, plain or TLS (the auth layer's failed-login
/// limit counts per address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Peer(pub SocketAddr);

impl Connected<IncomingStream<'_, TcpListener>> for Peer {
    fn connect_info(stream: IncomingStream<'_, TcpListener>) -> Self {
        Self(*stream.remote_addr())
    }
}

impl Connected<IncomingStream<'_, TlsListener>> for Peer {
    fn connect_info(stream: IncomingStream<'_, TlsListener>) -> Self {
        Self(*stream.remote_addr())
    }
}

/// Whether and how clients present certificates (Karapace
/// `server_tls_client_auth`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAuth {
    /// Not asked for.
    None,
    /// Asked for and checked when given.
    Optional,
    /// Required: a handshake without a trusted one fails.
    Required,
}

impl ClientAuth {
    /// Parses `none`, `optional`, `required` (any case); `None` otherwise.
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_lowercase().as_str() {
            "" | "none" => Some(Self::None),
            "optional" => Some(Self::Optional),
            "required" => Some(Self::Required),
            _ => None,
        }
    }
}

/// The files TLS is served with.
#[derive(Debug, Clone)]
pub struct TlsSettings {
    /// PEM certificate chain (`server_tls_certfile`).
    pub certfile: PathBuf,
    /// PEM private key (`server_tls_keyfile`).
    pub keyfile: PathBuf,
    /// PEM CA certificates that client certificates must chain to
    /// (`server_tls_cafile`; required for client authentication).
    pub cafile: Option<PathBuf>,
    /// Client certificates.
    pub client_auth: ClientAuth,
}

/// Why TLS could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    /// A PEM file could not be read or holds no usable item.
    #[error("TLS: {path}: {source}")]
    Pem {
        /// The file.
        path: PathBuf,
        /// What was wrong with it.
        source: rustls::pki_types::pem::Error,
    },
    /// rustls refused the certificate, key or a CA certificate.
    #[error("TLS: {0}")]
    Rustls(#[from] rustls::Error),
    /// No client certificate verifier could be made from the CA file.
    #[error("TLS: server_tls_cafile: {0}")]
    Verifier(#[from] rustls::server::VerifierBuilderError),
    /// Client authentication without a CA to check against.
    #[error("server_tls_client_auth needs server_tls_cafile")]
    NoCa,
}

impl TlsSettings {
    /// An acceptor for these files: TLS 1.2 and 1.3 with rustls' default
    /// cipher suites, ALPN `h2` then `http/1.1`.
    fn acceptor(&self) -> Result<TlsAcceptor, TlsError> {
        fn pem(path: &std::path::Path) -> impl Fn(rustls::pki_types::pem::Error) -> TlsError + '_ {
            move |source| TlsError::Pem { path: path.to_owned(), source }
        }
        let chain = CertificateDer::pem_file_iter(&self.certfile)
            .and_then(Iterator::collect::<Result<Vec<_>, _>>)
            .map_err(pem(&self.certfile))?;
        let key = PrivateKeyDer::from_pem_file(&self.keyfile).map_err(pem(&self.keyfile))?;
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = rustls::ServerConfig::builder_with_provider(provider.clone()).with_safe_default_protocol_versions()?;
        let builder = if self.client_auth == ClientAuth::None {
            builder.with_no_client_auth()
        } else {
            let ca = self.cafile.as_ref().ok_or(TlsError::NoCa)?;
            let mut roots = rustls::RootCertStore::empty();
            for cert in CertificateDer::pem_file_iter(ca).map_err(pem(ca))? {
                roots.add(cert.map_err(pem(ca))?)?;
            }
            let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider);
            let verifier = if self.client_auth == ClientAuth::Optional { verifier.allow_unauthenticated() } else { verifier };
            builder.with_client_cert_verifier(verifier.build()?)
        };
        let mut config = builder.with_single_cert(chain, key)?;
        config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        Ok(TlsAcceptor::from(Arc::new(config)))
    }

    fn files(&self) -> Vec<PathBuf> {
        let mut files = vec![self.certfile.clone(), self.keyfile.clone()];
        files.extend(self.cafile.clone());
        files
    }
}

/// A TLS listener: TCP connections are accepted and their handshakes run
/// (each in its own task, at most 10 s) before axum sees them.
#[derive(Debug)]
pub struct TlsListener {
    connections: mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
    local: SocketAddr,
}

impl TlsListener {
    /// Serves TLS on `tcp` with `settings`; errors when the files do not
    /// load. Starts the reload watcher.
    pub fn new(tcp: TcpListener, settings: TlsSettings) -> Result<Self, TlsError> {
        let acceptor = Arc::new(RwLock::new(settings.acceptor()?));
        let local = tcp.local_addr().unwrap_or_else(|_| SocketAddr::from(([0, 0, 0, 0], 0)));
        let (tx, rx) = mpsc::channel(64);
        tokio::spawn(accept_loop(tcp, acceptor.clone(), tx));
        tokio::spawn(reload_loop(settings, acceptor));
        Ok(Self { connections: rx, local })
    }
}

impl Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.connections.recv().await {
            Some(connection) => connection,
            // The accept loop ended (the socket failed): wait for shutdown.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        Ok(self.local)
    }
}

async fn accept_loop(tcp: TcpListener, acceptor: Arc<RwLock<TlsAcceptor>>, connections: mpsc::Sender<(TlsStream<TcpStream>, SocketAddr)>) {
    loop {
        let (stream, peer) = match tcp.accept().await {
            Ok(accepted) => accepted,
            Err(err) => {
                // Out of file descriptors and the like: back off a little.
                tracing::warn!(error = %err, "accepting a connection failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let current = acceptor.read().unwrap_or_else(|e| e.into_inner()).clone();
        let connections = connections.clone();
        tokio::spawn(async move {
            match tokio::time::timeout(Duration::from_secs(10), current.accept(stream)).await {
                Ok(Ok(tls)) => {
                    let _ = connections.send((tls, peer)).await;
                }
                Ok(Err(err)) => tracing::debug!(%peer, error = %err, "TLS handshake failed"),
                Err(_) => tracing::debug!(%peer, "TLS handshake timed out"),
            }
        });
    }
}

/// Rebuilds the acceptor on SIGHUP or when a file's modification time
/// changes.
async fn reload_loop(settings: TlsSettings, acceptor: Arc<RwLock<TlsAcceptor>>) {
    let stamps = |files: &[PathBuf]| -> Vec<Option<SystemTime>> {
        files.iter().map(|f| std::fs::metadata(f).and_then(|m| m.modified()).ok()).collect()
    };
    let files = settings.files();
    let mut seen = stamps(&files);
    let mut hangup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).ok();
    loop {
        let signalled = tokio::select! {
            () = tokio::time::sleep(Duration::from_secs(2)) => false,
            Some(()) = async { match hangup.as_mut() { Some(h) => h.recv().await, None => std::future::pending().await } } => true,
        };
        let now = stamps(&files);
        if !signalled && now == seen {
            continue;
        }
        seen = now;
        match settings.acceptor() {
            Ok(new) => {
                *acceptor.write().unwrap_or_else(|e| e.into_inner()) = new;
                tracing::info!(signalled, "reloaded the TLS certificate");
            }
            Err(err) => tracing::warn!(error = %err, "TLS files not reloaded; the previous ones stay"),
        }
    }
}
