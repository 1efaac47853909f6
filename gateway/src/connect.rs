//! The Connect protocol (<https://connectrpc.com/docs/protocol>) on the
//! gRPC paths, beside gRPC and grpc-web: `POST /{package.Service}/{Method}`
//! with a JSON or binary protobuf body, so a browser, `curl` or any Connect
//! client (connect-es, connect-go, `buf curl --protocol connect`) calls
//! every RPC of Gregor's.
//!
//! A Connect request is translated, in-process, into the gRPC request the
//! tonic service already serves, and its answer back, as `tonic-web` does
//! for grpc-web: one implementation of every RPC, three wire protocols.
//! (The Rust Connect crates, `connectrpc` and `connectrpc-axum`, generate
//! their own handler traits and message types; none serves existing tonic
//! services.)
//!
//! - **Unary** (`Content-Type: application/json` or `application/proto`):
//!   the body is the request message; the answer is the response message
//!   with HTTP 200, or an error: the HTTP status of its code and the body
//!   `{"code", "message", "details": [{"type", "value", "debug"}]}`, whose
//!   details are the gRPC status details (the `google.rpc.ErrorInfo` with
//!   the Confluent error code). Trailers become `Trailer-` headers.
//! - **Streaming** (`application/connect+json`, `application/connect+proto`;
//!   server, client and bidirectional streams): messages in envelopes (a
//!   flags byte, a 4-byte big-endian length); the response always has HTTP
//!   200 and ends with an end-stream envelope (flag `0x02`) holding
//!   `{"error"?, "metadata"?}`.
//! - `Connect-Protocol-Version` may be left out (plain `curl`); when given
//!   it must be `1`. `Connect-Timeout-Ms` becomes the call's `grpc-timeout`.
//!   Compressed bodies are refused (`unimplemented`); answers are never
//!   compressed. GET requests are not served.
//! - JSON is proto3's canonical mapping (field `json_name`s, 64-bit
//!   integers as strings), as Connect clients generated from the same
//!   protos read and write it; nesting is bounded by [`crate::json::MAX_DEPTH`]
//!   and every message by the request body limit.

use std::collections::HashMap;
use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};

use axum::body::Body;
use axum::http::header::{CONTENT_TYPE, HeaderName};
use axum::http::{HeaderMap, HeaderValue, Method, Request, Response, StatusCode, Version};
use base64::Engine as _;
use bytes::{Buf, BufMut, Bytes, BytesMut};
use futures_util::{Stream, StreamExt};
use http_body_util::BodyExt;
use prost::Message as _;
use prost_reflect::{DynamicMessage, MessageDescriptor, MethodDescriptor, SerializeOptions};
use tonic::{Code, Status};

/// How a Connect request's messages are encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Codec {
    /// Proto3 JSON.
    Json,
    /// Binary protobuf.
    Proto,
}

/// The Connect protocol a request speaks: unary or streaming, and its codec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Protocol {
    streaming: bool,
    codec: Codec,
}

impl Protocol {
    /// The Connect protocol of a request, from its method and Content-Type;
    /// `None` for anything else (gRPC, grpc-web, REST).
    pub fn of(method: &Method, headers: &HeaderMap) -> Option<Self> {
        if method != Method::POST {
            return None;
        }
        let content_type = headers.get(CONTENT_TYPE)?.to_str().ok()?;
        let (streaming, codec) = match crate::media::essence(content_type).to_ascii_lowercase().as_str() {
            "application/json" => (false, Codec::Json),
            "application/proto" => (false, Codec::Proto),
            "application/connect+json" => (true, Codec::Json),
            "application/connect+proto" => (true, Codec::Proto),
            _ => return None,
        };
        Some(Self { streaming, codec })
    }

    fn content_type(self) -> &'static str {
        match (self.streaming, self.codec) {
            (false, Codec::Json) => "application/json",
            (false, Codec::Proto) => "application/proto",
            (true, Codec::Json) => "application/connect+json",
            (true, Codec::Proto) => "application/connect+proto",
        }
    }
}

/// Whether `path` names an RPC, `/{package.Service}/{Method}` (REST paths
/// never have a dot in their first segment).
pub fn is_rpc_path(path: &str) -> bool {
    let mut segments = path.trim_start_matches('/').split('/');
    matches!((segments.next(), segments.next(), segments.next()), (Some(service), Some(method), None) if service.contains('.') && !method.is_empty())
}

/// `tower` layer serving Connect on the routes it wraps (the gRPC ones);
/// other requests pass through untouched.
#[derive(Debug, Clone, Copy, Default)]
pub struct ConnectLayer;

impl<S> tower::Layer<S> for ConnectLayer {
    type Service = ConnectService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        ConnectService { inner }
    }
}

/// The service [`ConnectLayer`] makes.
#[derive(Debug, Clone)]
pub struct ConnectService<S> {
    inner: S,
}

impl<S> tower::Service<Request<Body>> for ConnectService<S>
where
    S: tower::Service<Request<Body>, Response = Response<Body>, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response<Body>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, Infallible>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        let Some(protocol) = Protocol::of(request.method(), request.headers()) else {
            return Box::pin(self.inner.call(request));
        };
        // The ready service goes to this call; a clone waits for the next.
        let clone = self.inner.clone();
        let inner = std::mem::replace(&mut self.inner, clone);
        Box::pin(async move { Ok(serve(inner, protocol, request).await) })
    }
}

/// The answer to a Connect request for an RPC that does not exist: 404
/// with code `unimplemented`, or `None` when `request` is not Connect.
pub fn unknown_rpc(method: &Method, headers: &HeaderMap, path: &str) -> Option<Response<Body>> {
    let protocol = Protocol::of(method, headers).filter(|_| is_rpc_path(path))?;
    Some(refusal(protocol, &Status::unimplemented(format!("unknown method {path}")), Some(StatusCode::NOT_FOUND)))
}

/// `status` as a Connect client expects it when the request speaks Connect
/// (an error refused before routing, such as authentication), else `None`.
pub fn error_for(method: &Method, headers: &HeaderMap, path: &str, status: &Status) -> Option<Response<Body>> {
    let protocol = Protocol::of(method, headers).filter(|_| is_rpc_path(path))?;
    Some(refusal(protocol, status, None))
}

async fn serve<S>(inner: S, protocol: Protocol, request: Request<Body>) -> Response<Body>
where
    S: tower::Service<Request<Body>, Response = Response<Body>, Error = Infallible> + Send + 'static,
    S::Future: Send + 'static,
{
    let path = request.uri().path().to_owned();
    let Some(method) = rpc_method(&path) else {
        return refusal(protocol, &Status::unimplemented(format!("unknown method {path}")), Some(StatusCode::NOT_FOUND));
    };
    if (method.is_client_streaming() || method.is_server_streaming()) != protocol.streaming {
        let wanted = if protocol.streaming { "a unary" } else { "a streaming" };
        let status = Status::invalid_argument(format!("{path} is not {wanted} method: use {}", if protocol.streaming { "application/json or application/proto" } else { "application/connect+json or application/connect+proto" }));
        return refusal(protocol, &status, Some(StatusCode::UNSUPPORTED_MEDIA_TYPE));
    }
    if let Err(status) = check_headers(protocol, request.headers()) {
        return refusal(protocol, &status, None);
    }
    if protocol.streaming { streaming(inner, protocol, method, request).await } else { unary(inner, protocol, method, request).await }
}

/// The method `/{package.Service}/{Method}` names in Gregor's protos.
fn rpc_method(path: &str) -> Option<MethodDescriptor> {
    let (service, method) = path.trim_start_matches('/').split_once('/')?;
    crate::descriptor_pool().get_service_by_name(service)?.methods().find(|m| m.name() == method)
}

/// `Connect-Protocol-Version` (when given) is 1, and nothing is compressed.
fn check_headers(protocol: Protocol, headers: &HeaderMap) -> Result<(), Status> {
    if let Some(version) = headers.get("connect-protocol-version")
        && version.as_bytes() != b"1"
    {
        return Err(Status::invalid_argument("Connect-Protocol-Version must be 1"));
    }
    let encoding = if protocol.streaming { "connect-content-encoding" } else { "content-encoding" };
    if let Some(value) = headers.get(encoding)
        && !value.as_bytes().eq_ignore_ascii_case(b"identity")
    {
        return Err(Status::unimplemented(format!("{encoding} {} is not supported: send the body uncompressed", String::from_utf8_lossy(value.as_bytes()))));
    }
    Ok(())
}

/// Headers a Connect request carries that are not call metadata.
const CONNECT_HEADERS: [&str; 9] = [
    "content-type",
    "content-length",
    "content-encoding",
    "accept-encoding",
    "connect-protocol-version",
    "connect-timeout-ms",
    "connect-content-encoding",
    "connect-accept-encoding",
    "transfer-encoding",
];

/// The request's parts as the gRPC request of the same call: its headers
/// (call metadata) and extensions (peer, caller) kept, `Connect-Timeout-Ms`
/// as `grpc-timeout`.
fn grpc_request(mut parts: axum::http::request::Parts, body: Body) -> Request<Body> {
    let timeout = parts.headers.get("connect-timeout-ms").and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    for name in CONNECT_HEADERS {
        parts.headers.remove(name);
    }
    parts.headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/grpc"));
    parts.headers.insert("te", HeaderValue::from_static("trailers"));
    if let Some(ms) = timeout {
        // gRPC allows at most 8 digits per unit.
        let value = if ms <= 99_999_999 { format!("{ms}m") } else { format!("{}S", (ms / 1000).min(99_999_999)) };
        if let Ok(value) = HeaderValue::from_str(&value) {
            parts.headers.insert("grpc-timeout", value);
        }
    }
    parts.version = Version::HTTP_2;
    Request::from_parts(parts, body)
}

/// One gRPC message frame: uncompressed flag, length, message (an
/// [`envelope`] with no flags).
fn grpc_frame(message: &[u8]) -> Result<Bytes, Status> {
    let mut frame = BytesMut::new();
    envelope(&mut frame, 0, message)?;
    Ok(frame.freeze())
}

/// Takes the next complete frame (flags, message) off `buffer`: gRPC frames
/// and Connect envelopes share the layout. Errors when one is larger than
/// `limit` bytes.
fn next_frame(buffer: &mut BytesMut, limit: usize) -> Result<Option<(u8, Bytes)>, Status> {
    if buffer.len() < 5 {
        return Ok(None);
    }
    let length = u32::from_be_bytes([buffer[1], buffer[2], buffer[3], buffer[4]]) as usize;
    if length > limit {
        return Err(Status::resource_exhausted(format!("message of {length} bytes is larger than the limit of {limit} bytes")));
    }
    if buffer.len() < 5 + length {
        return Ok(None);
    }
    let flags = buffer[0];
    buffer.advance(5);
    Ok(Some((flags, buffer.split_to(length).freeze())))
}

/// A request message in the protocol's codec → binary protobuf.
fn to_proto(codec: Codec, input: &MessageDescriptor, message: Bytes) -> Result<Bytes, Status> {
    match codec {
        Codec::Proto => Ok(message),
        Codec::Json => {
            let text: &[u8] = if message.iter().all(u8::is_ascii_whitespace) { b"{}" } else { &message };
            let invalid = |e: &dyn std::fmt::Display| Status::invalid_argument(format!("the request is not a {} in JSON: {e}", input.full_name()));
            let mut deserializer = crate::json::deserializer(text).map_err(|e| invalid(&e))?;
            let decoded = DynamicMessage::deserialize(input.clone(), &mut deserializer).map_err(|e| invalid(&e))?;
            deserializer.end().map_err(|e| invalid(&e))?;
            Ok(decoded.encode_to_vec().into())
        }
    }
}

/// A response message (binary protobuf) → the protocol's codec.
fn from_proto(codec: Codec, output: &MessageDescriptor, message: Bytes) -> Result<Bytes, Status> {
    match codec {
        Codec::Proto => Ok(message),
        Codec::Json => {
            let decoded = DynamicMessage::decode(output.clone(), message).map_err(|e| Status::internal(format!("undecodable {}: {e}", output.full_name())))?;
            let mut out = Vec::new();
            let mut serializer = serde_json::Serializer::new(&mut out);
            decoded
                .serialize_with_options(&mut serializer, &SerializeOptions::new())
                .map_err(|e| Status::internal(format!("{} as JSON: {e}", output.full_name())))?;
            Ok(out.into())
        }
    }
}

async fn unary<S>(inner: S, protocol: Protocol, method: MethodDescriptor, request: Request<Body>) -> Response<Body>
where
    S: tower::Service<Request<Body>, Response = Response<Body>, Error = Infallible> + Send + 'static,
    S::Future: Send + 'static,
{
    let (parts, body) = request.into_parts();
    let limit = crate::transcode::body_limit(&parts.extensions);
    let Ok(bytes) = axum::body::to_bytes(body, limit).await else {
        return refusal(protocol, &Status::resource_exhausted(format!("request body larger than {limit} bytes (or unreadable)")), None);
    };
    let frame = match to_proto(protocol.codec, &method.input(), bytes).and_then(|message| grpc_frame(&message)) {
        Ok(frame) => frame,
        Err(status) => return refusal(protocol, &status, None),
    };
    let response = call(inner, grpc_request(parts, Body::from(frame))).await;
    let (head, body) = response.into_parts();
    let mut metadata = metadata(&head.headers);
    let (data, trailers) = match body.collect().await {
        Ok(collected) => {
            let trailers = collected.trailers().cloned().unwrap_or_default();
            (collected.to_bytes(), trailers)
        }
        Err(e) => return refusal(protocol, &Status::internal(format!("reading the answer: {e}")), None),
    };
    for (name, value) in self::metadata(&trailers).iter() {
        if let Ok(name) = HeaderName::from_bytes(format!("trailer-{name}").as_bytes()) {
            metadata.append(name, value.clone());
        }
    }
    let outcome = match call_status(&head.headers, &trailers) {
        Some(status) if status.code() != Code::Ok => Err(status),
        Some(_) => {
            let mut buffer = BytesMut::from(&data[..]);
            match next_frame(&mut buffer, usize::MAX) {
                Ok(Some((0, message))) if buffer.is_empty() => from_proto(protocol.codec, &method.output(), message),
                Ok(_) => Err(Status::internal("the answer is not one uncompressed message")),
                Err(status) => Err(status),
            }
        }
        None => Err(Status::internal("the call ended without a status")),
    };
    let mut response = match outcome {
        Ok(message) => {
            let mut response = Response::new(Body::from(message));
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(protocol.content_type()));
            response
        }
        Err(status) => refusal(protocol, &status, None),
    };
    for (name, value) in metadata.iter() {
        response.headers_mut().append(name, value.clone());
    }
    response
}

async fn streaming<S>(inner: S, protocol: Protocol, method: MethodDescriptor, request: Request<Body>) -> Response<Body>
where
    S: tower::Service<Request<Body>, Response = Response<Body>, Error = Infallible> + Send + 'static,
    S::Future: Send + 'static,
{
    let (parts, body) = request.into_parts();
    let limit = crate::transcode::body_limit(&parts.extensions);
    let requests = request_frames(protocol.codec, method.input(), body, limit);
    let response = call(inner, grpc_request(parts, Body::from_stream(requests))).await;
    let (head, body) = response.into_parts();
    let mut response = Response::new(Body::empty());
    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(protocol.content_type()));
    for (name, value) in metadata(&head.headers).iter() {
        response.headers_mut().append(name, value.clone());
    }
    // Trailers-only: the call failed (or ended) before any message.
    if let Some(status) = call_status(&head.headers, &HeaderMap::new()) {
        *response.body_mut() = Body::from(end_stream(&status, &HeaderMap::new()));
        return response;
    }
    *response.body_mut() = Body::from_stream(response_envelopes(protocol.codec, method.output(), body));
    response
}

async fn call<S>(inner: S, request: Request<Body>) -> Response<Body>
where
    S: tower::Service<Request<Body>, Response = Response<Body>, Error = Infallible>,
{
    match tower::ServiceExt::oneshot(inner, request).await {
        Ok(response) => response,
        Err(never) => match never {},
    }
}

/// Connect envelopes of the request body → gRPC frames, converted one by
/// one as they arrive. A malformed one ends the body with the error, which
/// tonic hands to the service as the stream's status.
fn request_frames(codec: Codec, input: MessageDescriptor, body: Body, limit: usize) -> impl Stream<Item = Result<Bytes, Status>> + Send {
    let state = (body.into_data_stream(), BytesMut::new(), false);
    futures_util::stream::unfold(state, move |(mut data, mut buffer, done)| {
        let input = input.clone();
        async move {
            if done {
                return None;
            }
            loop {
                let mut out = BytesMut::new();
                loop {
                    match next_frame(&mut buffer, limit) {
                        Ok(Some((flags, message))) => match envelope_to_frame(codec, &input, flags, message) {
                            Ok(frame) => out.extend_from_slice(&frame),
                            Err(status) => return Some((Err(status), (data, buffer, true))),
                        },
                        Ok(None) => break,
                        Err(status) => return Some((Err(status), (data, buffer, true))),
                    }
                }
                if !out.is_empty() {
                    return Some((Ok(out.freeze()), (data, buffer, false)));
                }
                match data.next().await {
                    Some(Ok(chunk)) => buffer.extend_from_slice(&chunk),
                    Some(Err(e)) => return Some((Err(Status::cancelled(format!("reading the request: {e}"))), (data, buffer, true))),
                    None if buffer.is_empty() => return None,
                    None => return Some((Err(Status::invalid_argument("the request ends inside an envelope")), (data, buffer, true))),
                }
            }
        }
    })
    // Fused: tonic and hyper may poll a body again after it ended; an
    // `unfold` panics when polled past its end.
    .fuse()
}

/// One request envelope (its flags and message) → a gRPC frame: compressed
/// ones are refused.
fn envelope_to_frame(codec: Codec, input: &MessageDescriptor, flags: u8, message: Bytes) -> Result<Bytes, Status> {
    if flags & 0x01 != 0 {
        return Err(Status::unimplemented("compressed messages are not supported"));
    }
    grpc_frame(&to_proto(codec, input, message)?)
}

/// gRPC frames and trailers of the answer → Connect envelopes, ending with
/// the end-stream envelope.
fn response_envelopes(codec: Codec, output: MessageDescriptor, body: Body) -> impl Stream<Item = Result<Bytes, Infallible>> + Send {
    let state = (Some(body), BytesMut::new());
    futures_util::stream::unfold(state, move |(body, mut buffer)| {
        let output = output.clone();
        async move {
            let mut body = body?;
            loop {
                let mut out = BytesMut::new();
                loop {
                    match next_frame(&mut buffer, usize::MAX) {
                        Ok(Some((0, message))) => match from_proto(codec, &output, message).and_then(|m| envelope(&mut out, 0, &m)) {
                            Ok(()) => {}
                            Err(status) => {
                                out.extend_from_slice(&end_stream(&status, &HeaderMap::new()));
                                return Some((Ok(out.freeze()), (None, buffer)));
                            }
                        },
                        Ok(Some(_)) => {
                            out.extend_from_slice(&end_stream(&Status::internal("a compressed message in the answer"), &HeaderMap::new()));
                            return Some((Ok(out.freeze()), (None, buffer)));
                        }
                        Ok(None) => break,
                        Err(status) => {
                            out.extend_from_slice(&end_stream(&status, &HeaderMap::new()));
                            return Some((Ok(out.freeze()), (None, buffer)));
                        }
                    }
                }
                if !out.is_empty() {
                    return Some((Ok(out.freeze()), (Some(body), buffer)));
                }
                match body.frame().await {
                    Some(Ok(frame)) => match frame.into_data() {
                        Ok(data) => buffer.extend_from_slice(&data),
                        Err(frame) => {
                            let trailers = frame.into_trailers().unwrap_or_default();
                            let status = call_status(&HeaderMap::new(), &trailers).unwrap_or_else(|| Status::internal("the call ended without a status"));
                            return Some((Ok(end_stream(&status, &trailers)), (None, buffer)));
                        }
                    },
                    Some(Err(e)) => return Some((Ok(end_stream(&Status::internal(format!("the answer broke off: {e}")), &HeaderMap::new())), (None, buffer))),
                    None => return Some((Ok(end_stream(&Status::internal("the call ended without a status"), &HeaderMap::new())), (None, buffer))),
                }
            }
        }
    })
    // Fused: tonic and hyper may poll a body again after it ended; an
    // `unfold` panics when polled past its end.
    .fuse()
}

/// Appends a frame to `out`: `flags`, the big-endian length, `message`.
/// gRPC frames and Connect envelopes share this layout.
fn envelope(out: &mut BytesMut, flags: u8, message: &[u8]) -> Result<(), Status> {
    let length = u32::try_from(message.len()).map_err(|_| Status::resource_exhausted("message larger than 4 GiB"))?;
    out.reserve(5 + message.len());
    out.put_u8(flags);
    out.put_u32(length);
    out.put_slice(message);
    Ok(())
}

/// The end-stream envelope: `{"error"?, "metadata"?}` (flag `0x02`).
fn end_stream(status: &Status, trailers: &HeaderMap) -> Bytes {
    let mut end = serde_json::Map::new();
    if status.code() != Code::Ok {
        end.insert("error".to_owned(), error_json(status));
    }
    let mut metadata = serde_json::Map::new();
    for name in self::metadata(trailers).keys() {
        let values = trailers.get_all(name).iter().map(|v| serde_json::Value::String(String::from_utf8_lossy(v.as_bytes()).into_owned())).collect();
        metadata.insert(name.as_str().to_owned(), serde_json::Value::Array(values));
    }
    if !metadata.is_empty() {
        end.insert("metadata".to_owned(), serde_json::Value::Object(metadata));
    }
    let json = serde_json::to_vec(&serde_json::Value::Object(end)).unwrap_or_else(|_| b"{}".to_vec());
    let mut out = BytesMut::new();
    // A few hundred bytes of JSON: always within the length field.
    let _ = envelope(&mut out, 0x02, &json);
    out.freeze()
}

/// The call's status: from the headers (trailers-only) or the trailers.
fn call_status(headers: &HeaderMap, trailers: &HeaderMap) -> Option<Status> {
    Status::from_header_map(headers).or_else(|| Status::from_header_map(trailers))
}

/// Call metadata among `headers`: all but the protocol's own.
fn metadata(headers: &HeaderMap) -> HeaderMap {
    let mut out = HeaderMap::new();
    for (name, value) in headers {
        let n = name.as_str();
        if n.starts_with("grpc-") || matches!(n, "content-type" | "content-length" | "te" | "trailer" | "transfer-encoding") {
            continue;
        }
        out.append(name.clone(), value.clone());
    }
    out
}

/// A Connect error answer: unary, the HTTP status of the code and the
/// error JSON; streaming, HTTP 200 and an end-stream envelope. A request
/// that names no RPC, or the wrong kind, gets `http_status` (404, 415)
/// either way, as connect-go's handler answers them.
fn refusal(protocol: Protocol, status: &Status, http_status: Option<StatusCode>) -> Response<Body> {
    if protocol.streaming {
        let mut response = Response::new(Body::from(end_stream(status, &HeaderMap::new())));
        response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(protocol.content_type()));
        if let Some(http_status) = http_status {
            *response.status_mut() = http_status;
        }
        return response;
    }
    let json = serde_json::to_vec(&error_json(status)).unwrap_or_default();
    let mut response = Response::new(Body::from(json));
    let code = u16::try_from(crate::status::http_status_for_grpc(status.code())).unwrap_or(500);
    *response.status_mut() = http_status.unwrap_or_else(|| StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR));
    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// `google.rpc.Status`, as `grpc-status-details-bin` carries it.
#[derive(Clone, PartialEq, prost::Message)]
struct RpcStatus {
    #[prost(int32, tag = "1")]
    code: i32,
    #[prost(string, tag = "2")]
    message: String,
    #[prost(message, repeated, tag = "3")]
    details: Vec<prost_types::Any>,
}

/// `google.rpc.ErrorInfo`, shown as `debug` beside its bytes.
#[derive(Clone, PartialEq, prost::Message)]
struct ErrorInfo {
    #[prost(string, tag = "1")]
    reason: String,
    #[prost(string, tag = "2")]
    domain: String,
    #[prost(map = "string, string", tag = "3")]
    metadata: HashMap<String, String>,
}

/// `{"code", "message", "details"}` of a status (Connect's error JSON):
/// each detail's `type` is its full message name, `value` its bytes in
/// unpadded standard base64, and an `ErrorInfo` also has `debug`.
fn error_json(status: &Status) -> serde_json::Value {
    let mut error = serde_json::Map::new();
    error.insert("code".to_owned(), code_name(status.code()).into());
    if !status.message().is_empty() {
        error.insert("message".to_owned(), status.message().into());
    }
    let details = RpcStatus::decode(status.details()).map(|s| s.details).unwrap_or_default();
    if !details.is_empty() {
        let details: Vec<serde_json::Value> = details
            .iter()
            .map(|any| {
                let name = any.type_url.rsplit('/').next().unwrap_or(&any.type_url);
                let mut detail = serde_json::json!({
                    "type": name,
                    "value": base64::engine::general_purpose::STANDARD_NO_PAD.encode(&any.value),
                });
                if name == "google.rpc.ErrorInfo"
                    && let Ok(info) = ErrorInfo::decode(any.value.as_slice())
                {
                    let metadata: serde_json::Map<String, serde_json::Value> = info.metadata.into_iter().map(|(k, v)| (k, v.into())).collect();
                    detail["debug"] = serde_json::json!({"reason": info.reason, "domain": info.domain, "metadata": metadata});
                }
                detail
            })
            .collect();
        error.insert("details".to_owned(), details.into());
    }
    serde_json::Value::Object(error)
}

/// Connect's name of a code (`invalid_argument`, …).
fn code_name(code: Code) -> &'static str {
    match code {
        Code::Ok => "ok",
        Code::Cancelled => "canceled",
        Code::Unknown => "unknown",
        Code::InvalidArgument => "invalid_argument",
        Code::DeadlineExceeded => "deadline_exceeded",
        Code::NotFound => "not_found",
        Code::AlreadyExists => "already_exists",
        Code::PermissionDenied => "permission_denied",
        Code::ResourceExhausted => "resource_exhausted",
        Code::FailedPrecondition => "failed_precondition",
        Code::Aborted => "aborted",
        Code::OutOfRange => "out_of_range",
        Code::Unimplemented => "unimplemented",
        Code::Internal => "internal",
        Code::Unavailable => "unavailable",
        Code::DataLoss => "data_loss",
        Code::Unauthenticated => "unauthenticated",
    }
}

/// What [`ConnectService`] makes of a whole request body for `method`,
/// without the HTTP around it: the gRPC frames it sends on, or the error it
/// answers. `streaming` bodies are envelopes, others one message; `json`
/// picks the codec; `limit` bounds each message (bytes). For the fuzzer
/// (`fuzz/fuzz_targets/connect.rs`).
#[doc(hidden)]
pub fn translate_body(method: &MethodDescriptor, streaming: bool, json: bool, body: &[u8], limit: usize) -> Result<Vec<Bytes>, Status> {
    let codec = if json { Codec::Json } else { Codec::Proto };
    if !streaming {
        return Ok(vec![grpc_frame(&to_proto(codec, &method.input(), Bytes::copy_from_slice(body))?)?]);
    }
    let mut buffer = BytesMut::from(body);
    let mut frames = Vec::new();
    while let Some((flags, message)) = next_frame(&mut buffer, limit)? {
        frames.push(envelope_to_frame(codec, &method.input(), flags, message)?);
    }
    if !buffer.is_empty() {
        return Err(Status::invalid_argument("the request ends inside an envelope"));
    }
    Ok(frames)
}

/// What [`ConnectService`] makes of one answer message (binary protobuf)
/// of `method`: the message in the request's codec. For the fuzzer.
#[doc(hidden)]
pub fn translate_answer(method: &MethodDescriptor, json: bool, message: &[u8]) -> Result<Bytes, Status> {
    from_proto(if json { Codec::Json } else { Codec::Proto }, &method.output(), Bytes::copy_from_slice(message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_connect_from_the_other_protocols() {
        let headers = |ct: &str| HeaderMap::from_iter([(CONTENT_TYPE, HeaderValue::from_str(ct).unwrap())]);
        assert_eq!(Protocol::of(&Method::POST, &headers("application/json; charset=utf-8")), Some(Protocol { streaming: false, codec: Codec::Json }));
        assert_eq!(Protocol::of(&Method::POST, &headers("application/connect+proto")), Some(Protocol { streaming: true, codec: Codec::Proto }));
        assert_eq!(Protocol::of(&Method::POST, &headers("application/grpc")), None);
        assert_eq!(Protocol::of(&Method::POST, &headers("application/grpc-web+proto")), None);
        assert_eq!(Protocol::of(&Method::GET, &headers("application/json")), None);
        assert!(is_rpc_path("/gregor.registry.v1.SchemaRegistryService/ListSubjects"));
        assert!(!is_rpc_path("/topics/my.topic"));
        assert!(!is_rpc_path("/subjects/a.b/versions"));
    }

    #[test]
    fn frames_are_taken_whole_and_bounded() {
        let mut buffer = BytesMut::new();
        envelope(&mut buffer, 0, b"abc").unwrap();
        buffer.extend_from_slice(&[0x02, 0, 0]);
        assert_eq!(next_frame(&mut buffer, 10).unwrap(), Some((0, Bytes::from_static(b"abc"))));
        assert_eq!(next_frame(&mut buffer, 10).unwrap(), None);
        let mut big = BytesMut::new();
        envelope(&mut big, 0, &[0; 11]).unwrap();
        assert_eq!(next_frame(&mut big, 10).unwrap_err().code(), Code::ResourceExhausted);
    }

    #[test]
    fn errors_carry_the_error_info() {
        let status = crate::status::confluent_status(Code::NotFound, 40401, "SUBJECT_NOT_FOUND", "Subject 'x' not found.");
        let json = error_json(&status);
        assert_eq!(json["code"], "not_found");
        assert_eq!(json["message"], "Subject 'x' not found.");
        assert_eq!(json["details"][0]["type"], "google.rpc.ErrorInfo");
        assert_eq!(json["details"][0]["debug"]["metadata"]["error_code"], "40401");
        let bytes = base64::engine::general_purpose::STANDARD_NO_PAD.decode(json["details"][0]["value"].as_str().unwrap()).unwrap();
        assert_eq!(ErrorInfo::decode(bytes.as_slice()).unwrap().reason, "SUBJECT_NOT_FOUND");
    }
}
