//! A minimal Kafka protocol connection for the group-membership calls the
//! election needs (FindCoordinator, JoinGroup, SyncGroup, Heartbeat,
//! LeaveGroup), which librdkafka does not expose for a custom protocol type.
//! Messages are encoded by `kafka-protocol`; this module only frames them
//! (4-byte big-endian size, header, body) over a plain TCP connection.

use std::time::Duration;

use bytes::{Buf, BufMut, Bytes, BytesMut};
use kafka_protocol::messages::{RequestHeader, ResponseHeader};
use kafka_protocol::protocol::{Decodable, Encodable, HeaderVersion, Request, StrBytes};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Largest response accepted, in bytes.
const MAX_RESPONSE: usize = 16 * 1024 * 1024;

/// A failed call: connection, framing, encoding or timeout.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(super) struct WireError(pub(super) String);

/// One TCP connection to one broker, used for one request at a time.
pub(super) struct Connection {
    stream: TcpStream,
    correlation: i32,
    client_id: String,
    /// `host:port` it is connected to.
    pub(super) address: String,
}

impl Connection {
    /// Connects to `address` (`host:port`) within `timeout`.
    pub(super) async fn connect(address: &str, client_id: &str, timeout: Duration) -> Result<Self, WireError> {
        let stream = tokio::time::timeout(timeout, TcpStream::connect(address))
            .await
            .map_err(|_| WireError(format!("connecting to {address} timed out")))?
            .map_err(|e| WireError(format!("connecting to {address}: {e}")))?;
        let _ = stream.set_nodelay(true);
        Ok(Self { stream, correlation: 0, client_id: client_id.to_owned(), address: address.to_owned() })
    }

    /// Sends `request` at API `version` and reads its response, all within
    /// `timeout`.
    pub(super) async fn call<R: Request>(&mut self, request: &R, version: i16, timeout: Duration) -> Result<R::Response, WireError> {
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
