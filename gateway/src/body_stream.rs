//! Bidirectional-streaming RPCs over plain HTTP, as Kafka REST v3's
//! streaming produce (`ProduceAction`, `StreamingResponse`): the request
//! body is a sequence of JSON objects (whitespace between them, as
//! Jackson's `MappingIterator` reads them), each the RPC's request message
//! with the path variables set; the response, HTTP 200 `application/json`,
//! is one JSON object per message the RPC answers, each followed by
//! `\r\n` (Confluent's `ChunkedOutputFactory` separator), written as they
//! come.
//!
//! Memory is bounded both ways: a JSON object longer than the body limit
//! ends the request stream; the RPC reads messages as it can take them
//! (a channel of [`IN_FLIGHT`]); answers wait in a buffer of at most
//! [`ANSWER_BUFFER`] bytes for a client that sends its whole body before
//! it reads (most HTTP/1.1 clients), and only past that stop the RPC.
//!
//! A body that is not a sequence of JSON objects ends the request stream
//! there; once the RPC has answered what came before, the response ends
//! with `{"error_code": 400, "message": ...}`, as Confluent answers a
//! parse error in the middle of a stream.

use std::collections::VecDeque;
use std::future::Future;
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::extract::{FromRequestParts, RawPathParams, Request};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use futures_util::{Stream, StreamExt};
use prost::Message;
use prost_reflect::{DeserializeOptions, DynamicMessage, MessageDescriptor};
use serde_json::{Map, Value as Json};
use tonic::Status;

use crate::status::confluent_error_code;
use crate::transcode::{
    RouteSpec, after_body, body_limit, error_json, negotiate, rest_error, scalar_json, status_response, stream_message_json,
};

/// Request messages read ahead of the RPC.
pub const IN_FLIGHT: usize = 64;

/// Bytes of answers held for a client that is still sending: 64 MiB.
pub const ANSWER_BUFFER: usize = 64 << 20;

/// Most bytes of answers written as one chunk of the response: 64 KiB.
const CHUNK: usize = 64 << 10;

/// Why the request stream ended early: (error code, message).
type Ended = Arc<Mutex<Option<(u32, String)>>>;

/// Serves one bidirectional-streaming RPC over HTTP (see the module docs).
pub async fn json_stream<Req, Resp, S, F, Fut>(route: &'static RouteSpec, req: Request, call: F) -> Response
where
    Req: Message + Default + Send + 'static,
    Resp: Message + 'static,
    S: Stream<Item = Result<Resp, Status>> + Send + 'static,
    F: FnOnce(tonic::Request<tonic::Streaming<Req>>) -> Fut,
    Fut: Future<Output = Result<tonic::Response<S>, Status>>,
{
    let media = match negotiate(route, &req) {
        Ok(media) => media,
        Err(response) => return after_body(req, response).await,
    };
    let limit = body_limit(req.extensions());
    let headers = req.headers().clone();
    let extensions = req.extensions().clone();
    let (mut parts, body) = req.into_parts();
    let (input, _) = route.descriptors();
    let Ok(params) = RawPathParams::from_request_parts(&mut parts, &()).await else {
        return rest_error(media, 404, 404, "HTTP 404 Not Found");
    };
    let mut path_fields = Map::new();
    for (name, value) in &params {
        let Some(field) = input.get_field_by_name(name) else { continue };
        let Some(json) = scalar_json(&field, value) else { return rest_error(media, 404, 404, "HTTP 404 Not Found") };
        path_fields.insert(field.json_name().to_owned(), json);
    }

    // Request messages, gRPC-framed, into the RPC's `Streaming`.
    let ended: Ended = Arc::new(Mutex::new(None));
    let (frames, frames_rx) = tokio::sync::mpsc::channel::<Bytes>(IN_FLIGHT);
    tokio::spawn(read_messages(body.into_data_stream(), input.clone(), path_fields, limit, frames, ended.clone()));
    // Fused: tonic may poll the request body again after it ended, and an
    // unfinished `unfold` panics when polled past its end (found by
    // schemathesis on `POST .../records`: the task panicked, the client's
    // connection was reset).
    let frames = futures_util::stream::unfold(frames_rx, |mut rx| async move { rx.recv().await.map(|f| (Ok::<_, std::convert::Infallible>(f), rx)) }).fuse();
    let decoder = tonic::codec::Codec::decoder(&mut tonic_prost::ProstCodec::<Resp, Req>::default());
    let streaming = tonic::Streaming::new_request(decoder, Body::from_stream(frames), None, Some(limit.saturating_add(5)));
    let mut request = tonic::Request::new(streaming);
    *request.metadata_mut() = tonic::metadata::MetadataMap::from_headers(headers);
    *request.extensions_mut() = extensions;
    let answers = match call(request).await {
        Ok(reply) => reply.into_inner(),
        Err(status) => return status_response(media, &status),
    };

    // Answers as JSON lines, through a byte-bounded buffer.
    let buffer = Arc::new(AnswerBuffer::default());
    tokio::spawn(buffer.clone().fill(Box::pin(answers), route, ended));
    let lines = futures_util::stream::unfold(buffer, |buffer| async move { buffer.next().await.map(|line| (Ok::<_, std::convert::Infallible>(line), buffer)) }).fuse();
    let mut response = Body::from_stream(lines).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(media));
    response
}

/// Splits `body` into JSON objects and sends each as a framed message of
/// type `input`, with `path_fields` set; records why it stopped early in
/// `ended`.
async fn read_messages<B>(
    mut body: B,
    input: MessageDescriptor,
    path_fields: Map<String, Json>,
    limit: usize,
    frames: tokio::sync::mpsc::Sender<Bytes>,
    ended: Ended,
) where
    B: Stream<Item = Result<Bytes, axum::Error>> + Unpin,
{
    let mut splitter = ObjectSplitter::default();
    let fail = |code: u32, message: String| {
        *ended.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some((code, message));
    };
    loop {
        let chunk = match body.next().await {
            Some(Ok(chunk)) => chunk,
            // The client went away: nothing to answer.
            Some(Err(_)) => return,
            None => {
                if let Err(message) = splitter.finish() {
                    fail(400, message);
                }
                return;
            }
        };
        splitter.push(&chunk);
        loop {
            let object = match splitter.next_object(limit) {
                Ok(Some(object)) => object,
                Ok(None) => break,
                Err(message) => return fail(400, message),
            };
            let frame = match message_frame(&input, &object, &path_fields) {
                Ok(frame) => frame,
                Err(message) => return fail(400, message),
            };
            if frames.send(frame).await.is_err() {
                return; // the RPC stopped reading
            }
        }
    }
}

/// The frames `body` gives as request messages of type `input`, read in
/// chunks of `chunk` bytes with records of at most `limit` bytes, up to the
/// first error (which ends the list): the server's reading, without the
/// network, for the `v3_records` fuzz target and tests.
#[doc(hidden)]
pub fn frames_of(input: &MessageDescriptor, body: &[u8], chunk: usize, limit: usize, path_fields: &Map<String, Json>) -> Vec<Result<Bytes, String>> {
    let mut splitter = ObjectSplitter::default();
    let mut out = Vec::new();
    for piece in body.chunks(chunk.max(1)) {
        splitter.push(piece);
        loop {
            match splitter.next_object(limit) {
                Ok(Some(object)) => {
                    let frame = message_frame(input, &object, path_fields);
                    let failed = frame.is_err();
                    out.push(frame);
                    if failed {
                        return out;
                    }
                }
                Ok(None) => break,
                Err(message) => {
                    out.push(Err(message));
                    return out;
                }
            }
        }
    }
    if let Err(message) = splitter.finish() {
        out.push(Err(message));
    }
    out
}

/// One JSON object as a gRPC frame (flag, big-endian length, message).
/// A v3 produce record is read by its typed reader when it can be
/// ([`crate::fast_v3`]).
fn message_frame(input: &MessageDescriptor, object: &[u8], path_fields: &Map<String, Json>) -> Result<Bytes, String> {
    if input.full_name() == crate::fast_v3::REQUEST
        && let Some(record) = crate::fast_v3::request(object, path_fields)
    {
        return grpc_frame(&record);
    }
    let mut json: Json = crate::json::from_slice(object).map_err(|e| format!("Error processing JSON: {e}"))?;
    let Json::Object(fields) = &mut json else { return Err("Error processing JSON: a record must be a JSON object".to_owned()) };
    for (name, value) in path_fields {
        fields.insert(name.clone(), value.clone());
    }
    let options = DeserializeOptions::new().deny_unknown_fields(false);
    let message = DynamicMessage::deserialize_with_options(input.clone(), json, &options).map_err(|e| format!("Error processing JSON: {e}"))?;
    grpc_frame(&message)
}

/// `message` as an uncompressed gRPC frame (flag, big-endian length, bytes).
fn grpc_frame(message: &impl Message) -> Result<Bytes, String> {
    let len = message.encoded_len();
    let mut frame = Vec::with_capacity(len + 5);
    frame.push(0);
    frame.extend_from_slice(&u32::try_from(len).map_err(|_| "record too large".to_owned())?.to_be_bytes());
    message.encode(&mut frame).map_err(|e| e.to_string())?;
    Ok(Bytes::from(frame))
}

/// Finds where each top-level JSON object of a byte stream ends, without
/// parsing it: braces outside strings, with escapes.
#[derive(Debug, Default)]
struct ObjectSplitter {
    buffer: Vec<u8>,
    /// Bytes of `buffer` already handed out (dropped at the next push, so
    /// a chunk of many records is not shifted once per record).
    consumed: usize,
    /// Bytes of `buffer` already scanned.
    scanned: usize,
    /// Where the current object starts, once its `{` is seen.
    start: Option<usize>,
    depth: usize,
    in_string: bool,
    escaped: bool,
}

impl ObjectSplitter {
    fn push(&mut self, bytes: &[u8]) {
        if self.consumed > 0 {
            self.buffer.drain(..self.consumed);
            self.scanned -= self.consumed;
            self.start = self.start.map(|start| start - self.consumed);
            self.consumed = 0;
        }
        self.buffer.extend_from_slice(bytes);
    }

    /// The next whole object, `None` when more bytes are needed; an error
    /// for anything but whitespace between objects, or an object longer
    /// than `limit` bytes.
    fn next_object(&mut self, limit: usize) -> Result<Option<Vec<u8>>, String> {
        while self.scanned < self.buffer.len() {
            let byte = self.buffer[self.scanned];
            let at = self.scanned;
            self.scanned += 1;
            match self.start {
                None => match byte {
                    b'{' => {
                        self.start = Some(at);
                        self.depth = 1;
                    }
                    b' ' | b'\t' | b'\r' | b'\n' => {}
                    other => return Err(format!("Error processing JSON: expected a JSON object, found '{}'", char::from(other).escape_default())),
                },
                Some(start) => {
                    if self.in_string {
                        match (self.escaped, byte) {
                            (true, _) => self.escaped = false,
                            (false, b'\\') => self.escaped = true,
                            (false, b'"') => self.in_string = false,
                            // Inside a string only a quote or a backslash
                            // matters: jump to the next one (a record's
                            // base64 value is most of its bytes).
                            (false, _) => match memchr::memchr2(b'"', b'\\', &self.buffer[self.scanned..]) {
                                Some(skip) => self.scanned += skip,
                                None => self.scanned = self.buffer.len(),
                            },
                        }
                    } else {
                        match byte {
                            b'"' => self.in_string = true,
                            b'{' | b'[' => self.depth += 1,
                            b'}' | b']' => self.depth -= 1,
                            _ => {}
                        }
                        if self.depth == 0 {
                            let object = self.buffer[start..self.scanned].to_vec();
                            self.consumed = self.scanned;
                            self.start = None;
                            return Ok(Some(object));
                        }
                    }
                    if self.scanned - start > limit {
                        return Err(format!("Error processing message: a record is larger than {limit} bytes"));
                    }
                }
            }
        }
        // Nothing pending but whitespace: forget it.
        if self.start.is_none() {
            self.buffer.clear();
            self.scanned = 0;
            self.consumed = 0;
        }
        Ok(None)
    }

    /// At the end of the body: an error when an object was left open.
    fn finish(&self) -> Result<(), String> {
        match self.start {
            Some(_) => Err("Error processing JSON: the body ends inside a record".to_owned()),
            None => Ok(()),
        }
    }
}

/// Answers waiting to be written, at most [`ANSWER_BUFFER`] bytes.
#[derive(Debug, Default)]
struct AnswerBuffer {
    state: Mutex<AnswerState>,
    /// Woken when a line is added or the end is reached.
    added: tokio::sync::Notify,
    /// Woken when a line is taken.
    taken: tokio::sync::Notify,
}

#[derive(Debug, Default)]
struct AnswerState {
    lines: VecDeque<Bytes>,
    bytes: usize,
    done: bool,
}

impl AnswerBuffer {
    fn lock(&self) -> std::sync::MutexGuard<'_, AnswerState> {
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Drains the RPC's answers into the buffer (waiting while it is full),
    /// then the error that ended the request stream, if any.
    async fn fill<S, Resp>(self: Arc<Self>, mut answers: std::pin::Pin<Box<S>>, route: &'static RouteSpec, ended: Ended)
    where
        S: Stream<Item = Result<Resp, Status>> + Send,
        Resp: Message + 'static,
    {
        loop {
            let line = match answers.next().await {
                Some(Ok(message)) => match crate::fast_v3::answer(&message) {
                    Some(Ok(json)) => Ok(json),
                    _ => stream_message_json(route, &message.encode_to_vec()),
                }
                .unwrap_or_else(|err| {
                    tracing::error!(rpc = route.rpc, error = %err, "failed to encode a streamed message");
                    error_json(50001, "Error while encoding the response")
                }),
                Some(Err(status)) => {
                    self.push(error_json(confluent_error_code(&status), status.message())).await;
                    break;
                }
                None => {
                    let early = ended.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take();
                    if let Some((code, message)) = early {
                        self.push(error_json(code, &message)).await;
                    }
                    break;
                }
            };
            if !self.push(line).await {
                return; // the client is gone
            }
        }
        self.lock().done = true;
        self.added.notify_one();
    }

    /// Adds one answer line; false once nobody reads (the response, which
    /// holds the other reference, was dropped).
    async fn push(self: &Arc<Self>, mut line: Vec<u8>) -> bool {
        line.extend_from_slice(b"\r\n");
        loop {
            let taken = self.taken.notified();
            {
                let mut state = self.lock();
                if state.bytes < ANSWER_BUFFER {
                    state.bytes += line.len();
                    state.lines.push_back(Bytes::from(line));
                    drop(state);
                    self.added.notify_one();
                    return true;
                }
            }
            // Full: wait until the writer takes a line, or goes away.
            if Arc::strong_count(self) == 1 {
                return false;
            }
            let _ = tokio::time::timeout(std::time::Duration::from_secs(1), taken).await;
        }
    }

    /// The answer lines waiting (up to [`CHUNK`] bytes, at least one line)
    /// as one chunk of the response, `None` at the end.
    async fn next(&self) -> Option<Bytes> {
        loop {
            let added = self.added.notified();
            {
                let mut state = self.lock();
                if let Some(first) = state.lines.pop_front() {
                    let mut taken = first.len();
                    let chunk = if state.lines.front().is_some_and(|next| taken + next.len() <= CHUNK) {
                        let mut chunk = first.to_vec();
                        while let Some(next) = state.lines.front().filter(|next| taken + next.len() <= CHUNK) {
                            taken += next.len();
                            chunk.extend_from_slice(next);
                            state.lines.pop_front();
                        }
                        Bytes::from(chunk)
                    } else {
                        first
                    };
                    state.bytes -= taken;
                    drop(state);
                    self.taken.notify_one();
                    return Some(chunk);
                }
                if state.done {
                    return None;
                }
            }
            added.await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(chunks: &[&str], limit: usize) -> Result<Vec<String>, String> {
        let mut splitter = ObjectSplitter::default();
        let mut out = Vec::new();
        for chunk in chunks {
            splitter.push(chunk.as_bytes());
            while let Some(object) = splitter.next_object(limit)? {
                out.push(String::from_utf8(object).unwrap());
            }
        }
        splitter.finish()?;
        Ok(out)
    }

    #[test]
    fn splits_concatenated_objects_across_chunks() {
        let got = split(&["{\"a\":1}\r\n{\"b\":\"}{\\\"\"", ",\"c\":[{}]}", "  {}"], 1000).unwrap();
        assert_eq!(got, vec!["{\"a\":1}", "{\"b\":\"}{\\\"\",\"c\":[{}]}", "{}"]);
    }

    #[test]
    fn strings_with_quotes_backslashes_and_braces_split_alike_at_every_chunk_size() {
        let body = r#"{"v":"ab\"}{\\","k":"\\"} {"x":"{[","y":{"z":"\"\\\""}}"#;
        let want = vec![r#"{"v":"ab\"}{\\","k":"\\"}"#.to_owned(), r#"{"x":"{[","y":{"z":"\"\\\""}}"#.to_owned()];
        for size in 1..=body.len() {
            let chunks: Vec<&str> = body.as_bytes().chunks(size).map(|c| std::str::from_utf8(c).unwrap()).collect();
            assert_eq!(split(&chunks, 1000).unwrap(), want, "chunks of {size}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_sequence_of_objects() {
        assert!(split(&["{\"a\":1} [1]"], 1000).is_err());
        assert!(split(&["{\"a\":1"], 1000).unwrap_err().contains("ends inside"));
        assert!(split(&["{\"a\":\"", &"x".repeat(100), "\"}"], 50).unwrap_err().contains("larger than 50"));
        assert_eq!(split(&["  \n "], 10).unwrap(), Vec::<String>::new());
    }
}
