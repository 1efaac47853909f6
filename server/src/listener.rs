//! The listening socket: plain TCP, or TLS with Karapace's `server_tls_*`
//! keys, serving gRPC (h2, chosen by ALPN), grpc-web and REST (HTTP/1.1 or
//! h2) on the same port either way.
//!
//! TLS is OpenSSL's, which Gregor already links for Kafka (librdkafka) and
//! for its `https://` client, rather than a second TLS stack. Client
//! certificates (`server_tls_client_auth`: `none`, `optional`,
//! `required`) are checked against `server_tls_cafile`. The certificate,
//! key and CA files are read again on SIGHUP and when one of them changes
//! (checked every 2 s); connections already open keep the certificate they
//! were made with, new ones get the new one, and a set of files that does
//! not load leaves the previous one in force.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use axum::extract::connect_info::Connected;
use axum::serve::{IncomingStream, Listener};
use openssl::ssl::{AlpnError, Ssl, SslAcceptor, SslFiletype, SslMethod, SslVerifyMode};
use openssl::x509::X509Name;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio_openssl::SslStream;

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
    /// OpenSSL refused a file or setting.
    #[error("TLS: {0}")]
    OpenSsl(#[from] openssl::error::ErrorStack),
    /// Client authentication without a CA to check against.
    #[error("server_tls_client_auth needs server_tls_cafile")]
    NoCa,
}

impl TlsSettings {
    /// An acceptor for these files: Mozilla's intermediate profile, ALPN
    /// `h2` then `http/1.1`.
    fn acceptor(&self) -> Result<SslAcceptor, TlsError> {
        let mut builder = SslAcceptor::mozilla_intermediate_v5(SslMethod::tls_server())?;
        builder.set_certificate_chain_file(&self.certfile)?;
        builder.set_private_key_file(&self.keyfile, SslFiletype::PEM)?;
        builder.check_private_key()?;
        // Read whole records (and any that follow) with one recv rather than
        // a 5-byte header and then its body: a third fewer syscalls per
        // request on a kept-alive connection.
        builder.set_read_ahead(true);
        builder.set_alpn_select_callback(|_, offered| {
            openssl::ssl::select_next_proto(b"\x02h2\x08http/1.1", offered).ok_or(AlpnError::NOACK)
        });
        if self.client_auth != ClientAuth::None {
            let ca = self.cafile.as_ref().ok_or(TlsError::NoCa)?;
            builder.set_ca_file(ca)?;
            builder.set_client_ca_list(X509Name::load_client_ca_file(ca)?);
            let mode = match self.client_auth {
                ClientAuth::Required => SslVerifyMode::PEER | SslVerifyMode::FAIL_IF_NO_PEER_CERT,
                _ => SslVerifyMode::PEER,
            };
            builder.set_verify(mode);
        }
        Ok(builder.build())
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
    connections: mpsc::Receiver<(SslStream<TcpStream>, SocketAddr)>,
    local: SocketAddr,
}

impl TlsListener {
    /// Serves TLS on `tcp` with `settings`; errors when the files do not
    /// load. Starts the reload watcher.
    pub fn new(tcp: TcpListener, settings: TlsSettings) -> Result<Self, TlsError> {
        let acceptor = Arc::new(RwLock::new(Arc::new(settings.acceptor()?)));
        let local = tcp.local_addr().unwrap_or_else(|_| SocketAddr::from(([0, 0, 0, 0], 0)));
        let (tx, rx) = mpsc::channel(64);
        tokio::spawn(accept_loop(tcp, acceptor.clone(), tx));
        tokio::spawn(reload_loop(settings, acceptor));
        Ok(Self { connections: rx, local })
    }
}

impl Listener for TlsListener {
    type Io = SslStream<TcpStream>;
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

async fn accept_loop(tcp: TcpListener, acceptor: Arc<RwLock<Arc<SslAcceptor>>>, connections: mpsc::Sender<(SslStream<TcpStream>, SocketAddr)>) {
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
            let Ok(ssl) = Ssl::new(current.context()) else { return };
            let Ok(mut tls) = SslStream::new(ssl, stream) else { return };
            match tokio::time::timeout(Duration::from_secs(10), Pin::new(&mut tls).accept()).await {
                Ok(Ok(())) => {
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
async fn reload_loop(settings: TlsSettings, acceptor: Arc<RwLock<Arc<SslAcceptor>>>) {
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
                *acceptor.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(new);
                tracing::info!(signalled, "reloaded the TLS certificate");
            }
            Err(err) => tracing::warn!(error = %err, "TLS files not reloaded; the previous ones stay"),
        }
    }
}
