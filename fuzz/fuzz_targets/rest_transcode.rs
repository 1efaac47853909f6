//! The REST transcoder's JSON → protobuf path: a request body read as the
//! message of one of Gregor's REST routes (the first byte picks it), then
//! decoded as the typed message the service gets. Any body: 400 text or a
//! message, never a panic or a stack overflow.
#![no_main]

#[path = "../common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use prost::Message;

const MESSAGES: [&str; 6] = [
    "gregor.kafka.v1.ProduceBatch",
    "gregor.kafka.v1.ConsumerConfig",
    "gregor.kafka.v1.Positions",
    "gregor.registry.v1.SchemaSpec",
    "gregor.registry.v1.ConfigUpdate",
    "gregor.registry.v1.RegisterSchemaRequest",
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else { return };
    let body = body.to_vec();
    common::on_server_stack(move || {
        let message = MESSAGES[usize::from(selector) % MESSAGES.len()];
        if let Ok(encoded) = gateway::transcode::json_body_to_protobuf(message, &body)
            && message == "gregor.kafka.v1.ProduceBatch"
        {
            gateway::pb::gregor::kafka::v1::ProduceBatch::decode(encoded.as_slice()).expect("the transcoder's bytes decode");
        }
    });
});
