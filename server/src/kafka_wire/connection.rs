//! One Kafka protocol connection: frames `kafka-protocol` messages (4-byte
//! big-endian size, header, body) over TCP, or TLS, and authenticates with
//! SASL when the cluster asks for it (see [`super::security`]).

use std::time::Duration;

use bytes::{Buf, BufMut, Bytes, BytesMut};
use kafka_protocol::messages::{RequestHeader, ResponseHeader, SaslAuthenticateRequest, SaslHandshakeRequest};
use kafka_protocol::protocol::{Decodable, Encodable, HeaderVersion, Request, StrBytes};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

use super::security::{Mechanism, Sasl, Scram, Security, plain_message};

/// Bytes both ways: TCP, or TLS over TCP.
trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

/// Largest response accepted, in bytes.
const MAX_RESPONSE: usize = 16 * 1024 * 1024;

/// A failed call: connection, framing, encoding or timeout.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct WireError(pub String);

/// One TCP connection to one broker, used for one request at a time.
pub struct Connection {
    stream: Box<dyn Stream>,
    correlation: i32,
    client_id: String,
    /// `host:port` it is connected to.
    pub address: String,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection").field("address", &self.address).field("correlation", &self.correlation).finish_non_exhaustive()
    }
}

impl Connection {
    /// Connects to `address` (`host:port`), with TLS and SASL as
    /// `security` says, within `timeout`.
    pub async fn connect(address: &str, client_id: &str, security: &Security, timeout: Duration) -> Result<Self, WireError> {
        tokio::time::timeout(timeout, Self::open(address, client_id, security, timeout))
            .await
            .map_err(|_| WireError(format!("connecting to {address} timed out")))?
    }

    async fn open(address: &str, client_id: &str, security: &Security, timeout: Duration) -> Result<Self, WireError> {
        let tcp = TcpStream::connect(address).await.map_err(|e| WireError(format!("connecting to {address}: {e}")))?;
        let _ = tcp.set_nodelay(true);
        let stream: Box<dyn Stream> = match &security.tls {
            Some(tls) => {
                let host = address.rsplit_once(':').map_or(address, |(host, _)| host).trim_start_matches('[').trim_end_matches(']');
                Box::new(tls.wrap(host, tcp).await.map_err(WireError)?)
            }
            None => Box::new(tcp),
        };
        let mut connection = Self { stream, correlation: 0, client_id: client_id.to_owned(), address: address.to_owned() };
        if let Some(sasl) = &security.sasl {
            connection.authenticate(sasl, timeout).await?;
        }
        Ok(connection)
    }

    /// SaslHandshake v1, then SaslAuthenticate v2 rounds for the mechanism
    /// (KIP-152).
    async fn authenticate(&mut self, sasl: &Sasl, timeout: Duration) -> Result<(), WireError> {
        let mechanism = sasl.mechanism;
        let handshake = SaslHandshakeRequest::default().with_mechanism(StrBytes::from_static_str(mechanism.name()));
        let answer = self.call(&handshake, 1, timeout).await?;
        if answer.error_code != 0 {
            let offered: Vec<&str> = answer.mechanisms.iter().map(|m| m.as_str()).collect();
            return Err(WireError(format!(
                "{} does not accept SASL {} (error {}; it offers {offered:?})",
                self.address,
                mechanism.name(),
                answer.error_code
            )));
        }
        match mechanism {
            Mechanism::Plain => {
                self.sasl_round(plain_message(&sasl.username, &sasl.password), timeout).await?;
            }
            Mechanism::ScramSha256 | Mechanism::ScramSha512 => {
                let mut scram = Scram::new(mechanism, &sasl.username, &sasl.password).map_err(WireError)?;
                let server_first = self.sasl_round(scram.client_first(), timeout).await?;
                let client_final = scram.client_final(&server_first).map_err(WireError)?;
                let server_final = self.sasl_round(client_final, timeout).await?;
                scram.verify(&server_final).map_err(WireError)?;
            }
        }
        Ok(())
    }

    /// One SaslAuthenticate round: sends `bytes`, answers the server's.
    async fn sasl_round(&mut self, bytes: Vec<u8>, timeout: Duration) -> Result<Bytes, WireError> {
        let request = SaslAuthenticateRequest::default().with_auth_bytes(Bytes::from(bytes));
        let answer = self.call(&request, 2, timeout).await?;
        if answer.error_code != 0 {
            let message = answer.error_message.as_ref().map_or("", |m| m.as_str()).to_owned();
            return Err(WireError(format!("SASL authentication with {} failed (error {}): {message}", self.address, answer.error_code)));
        }
        Ok(answer.auth_bytes)
    }

    /// Sends `request` at API `version` and reads its response, all within
    /// `timeout`.
    pub async fn call<R: Request>(&mut self, request: &R, version: i16, timeout: Duration) -> Result<R::Response, WireError> {
        tokio::time::timeout(timeout, self.exchange(request, version))
            .await
            .map_err(|_| WireError(format!("request {} to {} timed out", R::KEY, self.address)))?
    }

    async fn exchange<R: Request>(&mut self, request: &R, version: i16) -> Result<R::Response, WireError> {
        let wire = |e: anyhow::Error| WireError(e.to_string());
        self.correlation = self.correlation.wrapping_add(1);
        let header = RequestHeader::default()
            .with_request_api_key(R::KEY)
            .with_request_api_version(version)
            .with_correlation_id(self.correlation)
            .with_client_id(Some(StrBytes::from_string(self.client_id.clone())));
        let mut body = BytesMut::new();
        header.encode(&mut body, R::header_version(version)).map_err(wire)?;
        request.encode(&mut body, version).map_err(wire)?;
        let mut frame = BytesMut::with_capacity(4 + body.len());
        frame.put_i32(i32::try_from(body.len()).map_err(|_| WireError("request too large".to_owned()))?);
        frame.extend_from_slice(&body);
        self.stream.write_all(&frame).await.map_err(|e| WireError(format!("writing to {}: {e}", self.address)))?;

        let size = self.stream.read_i32().await.map_err(|e| WireError(format!("reading from {}: {e}", self.address)))?;
        let size = usize::try_from(size).ok().filter(|s| *s <= MAX_RESPONSE).ok_or_else(|| WireError(format!("bad response size {size}")))?;
        let mut buf = vec![0; size];
        self.stream.read_exact(&mut buf).await.map_err(|e| WireError(format!("reading from {}: {e}", self.address)))?;
        let mut buf = Bytes::from(buf);
        let header = ResponseHeader::decode(&mut buf, R::Response::header_version(version)).map_err(wire)?;
        if header.correlation_id != self.correlation {
            return Err(WireError(format!("correlation id {} instead of {}", header.correlation_id, self.correlation)));
        }
        let response = R::Response::decode(&mut buf, version).map_err(wire)?;
        if buf.has_remaining() {
            tracing::trace!(left = buf.remaining(), "response bytes left undecoded");
        }
        Ok(response)
    }
}
