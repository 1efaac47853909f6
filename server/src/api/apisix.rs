//! Apache APISIX's pubsub protocol on a WebSocket (`apisix_pubsub_path`,
//! `/kafka` by default): binary protobuf frames of `gregor.apisix.v1`
//! (APISIX's `pubsub.proto`), one command per frame, each answered with
//! the command's `sequence`, in order. The commands are the native Kafka
//! API's `ListOffsets` and `Fetch`, called in-process with the
//! connection's credentials, so the same permissions apply.
//!
//! Limits per connection: frames of at most [`MAX_FRAME`] bytes (a larger
//! one closes the connection), commands one at a time, and the connection
//! is closed after [`IDLE`] without a frame.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Request, State};
use axum::http::header;
use axum::response::Response;
use gateway::pb::gregor::apisix::v1 as apisix;
use gateway::pb::gregor::kafka::v1 as pb;
use gateway::pb::gregor::kafka::v1::kafka_service_server::KafkaService;
use prost::Message as _;

use super::KafkaNative;

/// Largest frame taken: 64 KiB (a command is a few bytes; answers are not
/// limited by it).
pub const MAX_FRAME: usize = 64 << 10;

/// A connection without a frame for this long is closed (APISIX clients
/// ping to keep theirs).
pub const IDLE: Duration = Duration::from_secs(300);

/// Most bytes of records one fetch answers (1 MiB, the native `Fetch`
/// default).
const FETCH_MAX_BYTES: u32 = 1 << 20;

/// How long a fetch at the end of a partition waits for a record, ms.
const FETCH_MAX_WAIT_MS: u32 = 500;

/// The WebSocket route at `path`.
pub fn router(path: &str, native: Arc<KafkaNative>) -> Router {
    Router::new().route(path, axum::routing::get(upgrade)).with_state(native)
}

async fn upgrade(State(native): State<Arc<KafkaNative>>, ws: WebSocketUpgrade, request: Request) -> Response {
    let extensions = request.extensions().clone();
    let headers = request.headers().clone();
    let authorization = headers.get(header::AUTHORIZATION).cloned();
    // With `rest_authorization`, the caller's Basic credentials (the
    // commands run after the upgrade, outside the request); a connection
    // without them gets "Unauthorized" for each Kafka command.
    let caller = crate::proxy::users::caller()
        .or_else(|| authorization.as_ref().and_then(|v| v.to_str().ok()).and_then(crate::proxy::users::KafkaCredentials::from_authorization));
    ws.max_frame_size(MAX_FRAME).max_message_size(MAX_FRAME).on_upgrade(move |socket| async move {
        let serving = crate::auth::with_authorization(authorization, serve(socket, native, extensions, headers));
        match caller {
            Some(caller) => crate::proxy::users::with_caller(caller, serving).await,
            None => serving.await,
        }
    })
}

/// Answers commands until the client closes, goes idle or sends a frame
/// too large.
async fn serve(mut socket: WebSocket, native: Arc<KafkaNative>, extensions: axum::http::Extensions, headers: axum::http::HeaderMap) {
    loop {
        let frame = match tokio::time::timeout(IDLE, socket.recv()).await {
            Ok(Some(Ok(frame))) => frame,
            Ok(Some(Err(err))) => {
                tracing::debug!(error = %err, "APISIX pubsub connection failed");
                break;
            }
            Ok(None) => break,
            Err(_) => {
                tracing::debug!("APISIX pubsub connection idle: closed");
                break;
            }
        };
        let bytes = match frame {
            Message::Binary(bytes) => bytes,
            Message::Close(_) => break,
            // Text frames are ignored, as APISIX ignores them; pings are
            // answered by the WebSocket layer.
            _ => continue,
        };
        let Some(answer) = answer(&native, &extensions, &headers, &bytes).await else { continue };
        if socket.send(Message::Binary(answer.encode_to_vec().into())).await.is_err() {
            break;
        }
    }
    let _ = socket.send(Message::Close(None)).await;
}

/// An in-process call carrying the connection's headers (as metadata) and
/// extensions (the authenticated caller).
fn in_process<T>(message: T, headers: &axum::http::HeaderMap, extensions: &axum::http::Extensions) -> tonic::Request<T> {
    let mut call = tonic::Request::new(message);
    *call.metadata_mut() = tonic::metadata::MetadataMap::from_headers(headers.clone());
    *call.extensions_mut() = extensions.clone();
    call
}

fn error(sequence: i64, message: impl Into<String>) -> apisix::PubSubResp {
    apisix::PubSubResp {
        sequence,
        resp: Some(apisix::pub_sub_resp::Resp::ErrorResp(apisix::ErrorResp { code: 0, message: message.into() })),
    }
}

/// The answer to one frame, if it gets one.
async fn answer(native: &KafkaNative, extensions: &axum::http::Extensions, headers: &axum::http::HeaderMap, bytes: &[u8]) -> Option<apisix::PubSubResp> {
    use apisix::pub_sub_req::Req;
    use apisix::pub_sub_resp::Resp;
    let Ok(request) = apisix::PubSubReq::decode(bytes) else { return Some(error(0, "wrong command")) };
    let sequence = request.sequence;
    let call = |message| in_process(message, headers, extensions);
    let resp = match request.req? {
        Req::CmdEmpty(_) => return Some(error(sequence, "unknown command")),
        Req::CmdPing(ping) => Resp::PongResp(apisix::PongResp { state: ping.state }),
        Req::CmdKafkaListOffset(list) => {
            let (spec, timestamp) = match list.timestamp {
                -2 => (pb::OffsetSpec::Earliest, 0),
                -1 => (pb::OffsetSpec::Latest, 0),
                at => (pb::OffsetSpec::Timestamp, at),
            };
            let asked = pb::ListOffsetsRequest { topic: list.topic.clone(), partitions: vec![list.partition], spec: spec as i32, timestamp };
            match native.list_offsets(call(asked)).await {
                Ok(reply) => match reply.into_inner().offsets.first() {
                    Some(found) => Resp::KafkaListOffsetResp(apisix::KafkaListOffsetResp { offset: found.offset }),
                    None => return Some(error(sequence, format!("failed to list offset, topic: {}, partition: {}", list.topic, list.partition))),
                },
                Err(status) => {
                    return Some(error(
                        sequence,
                        format!("failed to list offset, topic: {}, partition: {}, err: {}", list.topic, list.partition, status.message()),
                    ));
                }
            }
        }
        Req::CmdKafkaFetch(fetch) => {
            let asked = pb::FetchRequest {
                topic: fetch.topic.clone(),
                partition: fetch.partition,
                offset: fetch.offset,
                max_bytes: FETCH_MAX_BYTES,
                max_wait_ms: FETCH_MAX_WAIT_MS,
                decoding: pb::Decoding::Unspecified as i32,
            };
            match native.fetch(in_process(asked, headers, extensions)).await {
                Ok(reply) => Resp::KafkaFetchResp(apisix::KafkaFetchResp {
                    messages: reply
                        .into_inner()
                        .records
                        .into_iter()
                        .map(|r| apisix::KafkaMessage {
                            offset: r.offset,
                            timestamp: r.timestamp.unwrap_or(-1),
                            key: r.key.unwrap_or_default(),
                            value: r.value.unwrap_or_default(),
                        })
                        .collect(),
                }),
                Err(status) => {
                    return Some(error(
                        sequence,
                        format!("failed to fetch message, topic: {}, partition: {}, err: {}", fetch.topic, fetch.partition, status.message()),
                    ));
                }
            }
        }
    };
    Some(apisix::PubSubResp { sequence, resp: Some(resp) })
}
