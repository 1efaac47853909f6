//! Connect protocol bodies (gateway::connect), as any client may send them:
//! the first byte picks the method (any RPC of Gregor's) and whether the
//! body is JSON or binary, one message or envelopes; the rest is the body.
//! Each gRPC frame made from JSON must decode as the method's input (binary
//! messages pass through as they are: the service decodes them); the same bytes,
//! read as an answer of the method, must turn into JSON or fail cleanly.
#![no_main]

#[path = "../common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let data = data.to_vec();
    common::on_server_stack(move || {
        let Some((&first, body)) = data.split_first() else { return };
        let methods: Vec<_> = gateway::descriptor_pool().services().filter(|s| s.package_name().starts_with("gregor.")).flat_map(|s| s.methods().collect::<Vec<_>>()).collect();
        let method = &methods[usize::from(first >> 2) % methods.len()];
        let (streaming, json) = (first & 1 == 1, first & 2 == 2);
        if let Ok(frames) = gateway::connect::translate_body(method, streaming, json, body, 1 << 20) {
            for frame in frames {
                assert_eq!(frame[0], 0, "uncompressed frame");
                let len = u32::from_be_bytes([frame[1], frame[2], frame[3], frame[4]]) as usize;
                assert_eq!(len, frame.len() - 5);
                if json {
                    prost_reflect::DynamicMessage::decode(method.input(), &frame[5..]).expect("a frame decodes as the input");
                }
            }
        }
        let _ = gateway::connect::translate_answer(method, true, body);
    });
});
