//! Kafka REST v3 streaming produce bodies, as any client may send them: the
//! first byte sets the size of the chunks the body arrives in, the rest is
//! the body, split into JSON records and read into `ProduceRecordsRequest`
//! messages by the typed reader or the generic one
//! (`gateway::body_stream::frames_of`); each frame must decode again. The
//! same bytes also go through the consumer-assignment parser of the admin
//! API (`gregor::admin::parse_assignment`), which reads what brokers send.
#![no_main]

#[path = "../common.rs"]
mod common;

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use prost::Message;

fn path_fields() -> &'static serde_json::Map<String, serde_json::Value> {
    static FIELDS: OnceLock<serde_json::Map<String, serde_json::Value>> = OnceLock::new();
    FIELDS.get_or_init(|| {
        let mut fields = serde_json::Map::new();
        fields.insert("clusterId".to_owned(), "c-1".into());
        fields.insert("topicName".to_owned(), "orders".into());
        fields
    })
}

fuzz_target!(|data: &[u8]| {
    let data = data.to_vec();
    common::on_server_stack(move || {
        let Some((&first, body)) = data.split_first() else { return };
        let input = gateway::descriptor_pool().get_message_by_name("gregor.kafka.v1.ProduceRecordsRequest").expect("in the pool");
        for frame in gateway::body_stream::frames_of(&input, body, usize::from(first % 64) + 1, 4096, path_fields()).into_iter().flatten() {
            assert_eq!(frame[0], 0, "uncompressed frame");
            let len = u32::from_be_bytes([frame[1], frame[2], frame[3], frame[4]]) as usize;
            assert_eq!(len, frame.len() - 5);
            gateway::pb::gregor::kafka::v1::ProduceRecordsRequest::decode(&frame[5..]).expect("a frame decodes");
        }
        let _ = gregor::admin::parse_assignment(body);
    });
});
