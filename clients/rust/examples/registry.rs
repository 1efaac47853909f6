//! Registers a schema, reads it back, shows the Confluent error of a failed
//! call, produces a record and reads it back through Subscribe:
//!
//! ```sh
//! cargo run -p gregor-client --example registry -- http://127.0.0.1:8081 payments
//! ```

use gregor_client::kafka::v1 as kafka;
use gregor_client::registry::v1 as registry;
use gregor_client::{Gregor, confluent_error};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let url = args.next().unwrap_or_else(|| "http://127.0.0.1:8081".to_owned());
    let topic = args.next().unwrap_or_else(|| "payments".to_owned());
    let gregor = Gregor::connect(url).await?;

    let subject = format!("{topic}-value");
    let spec = registry::SchemaSpec { schema: "\"string\"".to_owned(), ..Default::default() };
    let request = registry::RegisterSchemaRequest { subject: subject.clone(), schema: Some(spec), ..Default::default() };
    let registered = gregor.registry().register_schema(request).await?.into_inner();
    println!("registered {subject} as schema id {}", registered.id);
    let schema = gregor.registry().get_schema_by_id(registry::GetSchemaByIdRequest { id: registered.id, ..Default::default() }).await?;
    println!("schema: {}", schema.into_inner().schema);
    if let Err(status) = gregor.registry().get_schema_by_id(registry::GetSchemaByIdRequest { id: 987_654_321, ..Default::default() }).await {
        println!("no such schema: {:?} {:?}", status.code(), confluent_error(&status));
    }

    let record = kafka::Record { value: Some(b"hello".to_vec()), ..Default::default() };
    let produced = gregor.kafka().produce(kafka::ProduceRequest { topic: topic.clone(), records: vec![record] }).await?.into_inner();
    let offset = produced.results[0].offset;
    println!("produced at offset {offset}");
    let subscription = kafka::GroupSubscription {
        group: format!("{topic}-rust-example"),
        topics: vec![topic],
        auto_offset_reset: kafka::OffsetReset::Earliest.into(),
        ..Default::default()
    };
    let mut events = gregor.kafka().subscribe(kafka::SubscribeRequest { subscription: Some(subscription) }).await?.into_inner();
    while let Some(event) = events.message().await? {
        if let Some(kafka::subscribe_response::Event::Batch(batch)) = event.event
            && let Some(record) = batch.records.iter().find(|r| r.offset == offset)
        {
            println!("read back {:?} at offset {offset}", String::from_utf8_lossy(record.value.as_deref().unwrap_or_default()));
            break;
        }
    }
    // Dropping the stream cancels the call: the member leaves the group.
    Ok(())
}
