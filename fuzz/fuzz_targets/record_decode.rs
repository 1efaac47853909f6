//! Record decoding in every embedded format, as a consumer meets records
//! any producer wrote: the first byte picks the format, the rest is the
//! record. `json`/`jsonschema`: bounded JSON; `avro`: the Avro codec with a
//! few writer schemas (recursive, unions, maps, arrays, logical types) and,
//! for what decodes, the way back; `protobuf`: a dynamic message of a
//! schema with nesting and maps, printed as proto3 JSON; `binary` inside a
//! `google.protobuf.Value`: the order-keeping, bounded Value decoder.
#![no_main]

#[path = "../common.rs"]
mod common;

use std::sync::OnceLock;

use gregor::proxy::avro_json;
use gregor::registry::avro::{self, AvroSchema};
use gregor::registry::protobuf::{self, ProtobufSchema};
use libfuzzer_sys::fuzz_target;
use prost::Message;

const AVRO: [&str; 4] = [
    r#"{"type":"record","name":"N","fields":[{"name":"next","type":["null","N"]}]}"#,
    r#"{"type":"record","name":"R","namespace":"n","fields":[
        {"name":"id","type":"long"},{"name":"s","type":["null","string","bytes"]},
        {"name":"m","type":{"type":"map","values":{"type":"array","items":"double"}}},
        {"name":"e","type":{"type":"enum","name":"E","symbols":["A","B"]}},
        {"name":"f","type":{"type":"fixed","name":"F","size":3}},
        {"name":"d","type":{"type":"bytes","logicalType":"decimal","precision":9,"scale":2}},
        {"name":"t","type":{"type":"long","logicalType":"timestamp-millis"}}]}"#,
    r#"{"type":"array","items":"null"}"#,
    r#"{"type":"map","values":["null",{"type":"array","items":"float"}]}"#,
];

const PROTO: &str = r#"syntax = "proto3";
message Tree { string name = 1; repeated Tree children = 2; map<string, Tree> named = 3; oneof v { int64 i = 4; double d = 5; bytes b = 6; } }"#;

fn avro_schemas() -> &'static Vec<AvroSchema> {
    static SCHEMAS: OnceLock<Vec<AvroSchema>> = OnceLock::new();
    SCHEMAS.get_or_init(|| AVRO.iter().map(|text| avro::parse(text, &[]).expect("fuzz schema parses")).collect())
}

fn proto_schema() -> &'static ProtobufSchema {
    static SCHEMA: OnceLock<ProtobufSchema> = OnceLock::new();
    SCHEMA.get_or_init(|| protobuf::parse(PROTO, &[]).expect("fuzz schema parses"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, record)) = data.split_first() else { return };
    let record = record.to_vec();
    common::on_server_stack(move || match selector % 4 {
        0 => {
            let _ = gateway::json::from_slice::<serde_json::Value>(&record);
        }
        1 => {
            let schema = &avro_schemas()[usize::from(selector / 4) % AVRO.len()];
            if let Ok(json) = avro_json::decode(schema, &record) {
                let again = avro_json::encode(schema, &json).expect("a decoded datum encodes again");
                assert_eq!(avro_json::decode(schema, &again).as_ref(), Ok(&json), "Avro round trip");
            }
        }
        2 => {
            let schema = proto_schema();
            let message = schema.first_message().expect("the fuzz schema has a message");
            if let Ok(dynamic) = prost_reflect::DynamicMessage::decode(message, record.as_slice()) {
                let options = prost_reflect::SerializeOptions::new().skip_default_fields(false);
                let _ = dynamic.serialize_with_options(serde_json::value::Serializer, &options);
            }
        }
        _ => {
            if let Ok(value) = gateway::json_value::JsonValue::decode(record.as_slice()) {
                let again = value.encode_to_vec();
                assert_eq!(gateway::json_value::JsonValue::decode(again.as_slice()).ok(), Some(value), "Value round trip");
            }
        }
    });
});
