//! End to end against a real Gregor and broker: `tests/python/test_clients.py`
//! starts both and runs this with `GREGOR_URL` (and `GREGOR_TOPIC`, an
//! existing topic). Without them the test says so and does nothing (as in
//! `cargo test --workspace`).

use gregor_client::kafka::v1 as kafka;
use gregor_client::registry::v1 as registry;
use gregor_client::{ConfluentError, Gregor, confluent_error};

#[tokio::test]
async fn registry_errors_produce_and_subscribe() {
    let (Ok(url), Ok(topic)) = (std::env::var("GREGOR_URL"), std::env::var("GREGOR_TOPIC")) else {
        eprintln!("NOTICE: GREGOR_URL and GREGOR_TOPIC are not set; the Rust client's end-to-end test did nothing");
        return;
    };
    let gregor = Gregor::connect(url).await.expect("connects");
    let subject = format!("{topic}-rust-client");
    let spec = registry::SchemaSpec { schema: "\"bytes\"".to_owned(), ..Default::default() };
    let request = registry::RegisterSchemaRequest { subject: subject.clone(), schema: Some(spec), ..Default::default() };
    let id = gregor.registry().register_schema(request).await.expect("registers").into_inner().id;
    let versions = gregor.registry().list_versions(registry::ListVersionsRequest { subject, ..Default::default() }).await.expect("lists");
    assert_eq!(versions.into_inner().versions, vec![1]);
    let schema = gregor.registry().get_schema_by_id(registry::GetSchemaByIdRequest { id, ..Default::default() }).await.expect("reads");
    assert_eq!(schema.into_inner().schema, "\"bytes\"");
    let missing = gregor.registry().get_schema_by_id(registry::GetSchemaByIdRequest { id: 987_654_321, ..Default::default() }).await.unwrap_err();
    assert_eq!(missing.code(), tonic::Code::NotFound);
    assert_eq!(confluent_error(&missing), Some(ConfluentError { error_code: 40403, reason: "SCHEMA_NOT_FOUND".to_owned() }));

    let value = format!("rust {}", std::process::id()).into_bytes();
    let record = kafka::Record { value: Some(value.clone()), ..Default::default() };
    let produced = gregor.kafka().produce(kafka::ProduceRequest { topic: topic.clone(), records: vec![record] }).await.expect("produces");
    let offset = produced.into_inner().results[0].offset;
    let subscription = kafka::GroupSubscription {
        group: format!("rust-client-{}", std::process::id()),
        topics: vec![topic],
        auto_offset_reset: kafka::OffsetReset::Earliest.into(),
        ..Default::default()
    };
    let mut events = gregor.kafka().subscribe(kafka::SubscribeRequest { subscription: Some(subscription) }).await.expect("subscribes").into_inner();
    let found = tokio::time::timeout(std::time::Duration::from_secs(60), async {
        while let Some(event) = events.message().await.expect("streams") {
            if let Some(kafka::subscribe_response::Event::Batch(batch)) = event.event
                && batch.records.iter().any(|r| r.offset == offset && r.value.as_deref() == Some(value.as_slice()))
            {
                return true;
            }
        }
        false
    })
    .await
    .expect("the record arrives within 60 s");
    assert!(found);
}
