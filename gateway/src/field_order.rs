//! JSON keys in the order fields are declared in the `.proto`, where that
//! differs from field-number order (prost-reflect prints by number).
//!
//! Confluent's entities print their properties in a fixed order (e.g.
//! `subject, version, id, guid, schemaType, …, schema`); a field added
//! later (`guid = 9`) is declared where Confluent prints it, and the REST
//! answer follows the declaration. Messages declared in number order (most)
//! skip this pass entirely.

use std::collections::HashSet;
use std::sync::OnceLock;

use prost_reflect::{Kind, MessageDescriptor};
use serde_json::{Map, Value as Json};

/// Whether `descriptor`, or a message it reaches, declares fields out of
/// number order. Worked out once for every message of the descriptor pool
/// (the gateway has one), then a lookup without a lock.
pub(crate) fn differs(descriptor: &MessageDescriptor) -> bool {
    static OUT_OF_ORDER: OnceLock<HashSet<String>> = OnceLock::new();
    OUT_OF_ORDER
        .get_or_init(|| {
            descriptor
                .parent_pool()
                .all_messages()
                .filter(|m| reaches_out_of_order(m, &mut Vec::new()))
                .map(|m| m.full_name().to_owned())
                .collect()
        })
        .contains(descriptor.full_name())
}

fn reaches_out_of_order(descriptor: &MessageDescriptor, seen: &mut Vec<String>) -> bool {
    if seen.iter().any(|s| s == descriptor.full_name()) {
        return false;
    }
    seen.push(descriptor.full_name().to_owned());
    let numbers: Vec<i32> = descriptor.descriptor_proto().field.iter().map(|f| f.number()).collect();
    if numbers.windows(2).any(|w| w[0] > w[1]) {
        return true;
    }
    descriptor.fields().any(|field| match field.kind() {
        Kind::Message(inner) => reaches_out_of_order(&inner, seen),
        _ => false,
    })
}

/// Rebuilds `json` (the proto3 JSON of a `descriptor` message) with its
/// keys in declaration order, recursing into message fields and lists of
/// them; keys it does not know stay at the end.
pub(crate) fn apply(descriptor: &MessageDescriptor, json: Json) -> Json {
    let Json::Object(mut object) = json else { return json };
    let mut out = Map::with_capacity(object.len());
    for declared in &descriptor.descriptor_proto().field {
        let Some(field) = descriptor.get_field(u32::try_from(declared.number()).unwrap_or_default()) else { continue };
        let name = field.json_name();
        let Some(value) = object.remove(name) else { continue };
        let value = match field.kind() {
            Kind::Message(inner) if !field.is_map() && differs(&inner) => match value {
                Json::Array(items) => Json::Array(items.into_iter().map(|v| apply(&inner, v)).collect()),
                other => apply(&inner, other),
            },
            _ => value,
        };
        out.insert(name.to_owned(), value);
    }
    out.extend(object);
    Json::Object(out)
}
