//! `KafkaService.ProduceStream` and `Consume` from a Rust tonic client,
//! checked against the broker with a native rdkafka consumer.
//!
//! These need a running Gregor and broker, so they are `#[ignore]`d in a
//! plain `cargo test`; `tests/python/test_rust_client.py` creates the
//! topics, starts Gregor and runs them with `--ignored`, passing
//! `GREGOR_TEST_URL`, `GREGOR_TEST_BOOTSTRAP` and `GREGOR_TEST_TOPIC`. Run
//! with `--ignored` and without those variables, they fail.

use std::time::{Duration, Instant};

use gateway::pb::gregor::kafka::v1 as pb;
use pb::kafka_service_client::KafkaServiceClient;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Headers, Message};
use rdkafka::{ClientConfig, Offset, TopicPartitionList};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tonic::Streaming;

const BATCHES: u64 = 6;
const RECORDS_PER_BATCH: usize = 3;

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} must be set (tests/python/test_rust_client.py sets it)"))
}

async fn client() -> KafkaServiceClient<tonic::transport::Channel> {
    KafkaServiceClient::connect(env("GREGOR_TEST_URL")).await.expect("connect to Gregor")
}

fn record(value: String) -> pb::Record {
    pb::Record {
        key: Some(b"k".to_vec()),
        value: Some(value.into_bytes()),
        partition: Some(0),
        headers: vec![pb::Header { key: "source".into(), value: b"rust".to_vec() }],
    }
}

/// One stored record: offset, value, first header.
type StoredRecord = (i64, String, Option<(String, Vec<u8>)>);

/// Reads `count` records of partition 0 from the beginning with rdkafka.
fn read_natively(topic: &str, count: usize) -> Vec<StoredRecord> {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", env("GREGOR_TEST_BOOTSTRAP"))
        .set("group.id", "native-check")
        .set("enable.auto.commit", "false")
        .create()
        .expect("rdkafka consumer");
    let mut assignment = TopicPartitionList::new();
    assignment.add_partition_offset(topic, 0, Offset::Beginning).expect("partition");
    consumer.assign(&assignment).expect("assign");
    let mut out = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while out.len() < count && Instant::now() < deadline {
        let Some(message) = consumer.poll(Duration::from_millis(200)) else { continue };
        let message = message.expect("consume");
        let value = String::from_utf8(message.payload().unwrap_or_default().to_vec()).expect("utf-8 value");
        let header = message.headers().and_then(|h| h.iter().next()).map(|h| (h.key.to_owned(), h.value.unwrap_or_default().to_vec()));
        out.push((message.offset(), value, header));
    }
    out
}

#[tokio::test]
#[ignore = "needs a running Gregor and broker: tests/python/test_rust_client.py"]
async fn produce_stream_acks_every_batch_in_order() {
    let topic = env("GREGOR_TEST_TOPIC");
    let mut client = client().await;
    let (tx, rx) = mpsc::channel(4);
    let mut acks = client.produce_stream(ReceiverStream::new(rx)).await.expect("ProduceStream").into_inner();
    let feeder = {
        let topic = topic.clone();
        tokio::spawn(async move {
            for sequence in 1..=BATCHES {
                let records = (0..RECORDS_PER_BATCH).map(|i| record(format!("{sequence}-{i}"))).collect();
                tx.send(pb::ProduceStreamRequest { sequence, topic: topic.clone(), records }).await.expect("send batch");
            }
        })
    };
    let mut seen = Vec::new();
    while let Some(ack) = acks.message().await.expect("ack") {
        seen.push(ack);
    }
    feeder.await.expect("feeder");

    assert_eq!(seen.iter().map(|a| a.sequence).collect::<Vec<_>>(), (1..=BATCHES).collect::<Vec<_>>(), "one ack per batch, in order");
    let mut offsets = Vec::new();
    for ack in &seen {
        assert_eq!(ack.results.len(), RECORDS_PER_BATCH);
        for result in &ack.results {
            assert!(result.error.is_none(), "record failed: {:?}", result.error);
            assert_eq!(result.partition, 0);
            offsets.push(result.offset);
        }
    }
    assert!(offsets.windows(2).all(|w| w[0] < w[1]), "offsets increase: {offsets:?}");

    // The broker has exactly what was acknowledged, where the acks said.
    let stored = read_natively(&topic, offsets.len());
    let expected: Vec<_> = (1..=BATCHES)
        .flat_map(|s| (0..RECORDS_PER_BATCH).map(move |i| format!("{s}-{i}")))
        .zip(&offsets)
        .map(|(value, &offset)| (offset, value, Some(("source".to_owned(), b"rust".to_vec()))))
        .collect();
    assert_eq!(stored, expected);

    // A batch for a topic that does not exist ends the stream with NOT_FOUND.
    let (tx, rx) = mpsc::channel(1);
    let mut acks = client.produce_stream(ReceiverStream::new(rx)).await.expect("ProduceStream").into_inner();
    tx.send(pb::ProduceStreamRequest { sequence: 7, topic: format!("{topic}-missing"), records: vec![record("x".into())] })
        .await
        .expect("send");
    let status = acks.message().await.expect_err("a batch for a missing topic is refused");
    assert_eq!(status.code(), tonic::Code::NotFound, "{status:?}");
}

/// The next batch or `committed` of a Consume stream, skipping rebalances;
/// `None` when nothing arrives within `wait`.
async fn next_event(events: &mut Streaming<pb::ConsumeResponse>, wait: Duration) -> Option<pb::consume_response::Event> {
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let message = tokio::time::timeout_at(deadline, events.message()).await.ok()?;
        match message.expect("consume stream").and_then(|m| m.event) {
            Some(pb::consume_response::Event::Rebalance(_)) => continue,
            Some(event) => return Some(event),
            None => return None,
        }
    }
}

#[tokio::test]
#[ignore = "needs a running Gregor and broker: tests/python/test_rust_client.py"]
async fn consume_honours_credit_and_commits_acks() {
    let topic = env("GREGOR_TEST_CONSUME_TOPIC"); // 5 records in partition 0, written by the Python side
    let group = format!("rust-{}", std::process::id());
    let mut client = client().await;
    let (tx, rx) = mpsc::channel(8);
    let start = pb::GroupSubscription {
        group: group.clone(),
        topics: vec![topic.clone()],
        auto_offset_reset: pb::OffsetReset::Earliest as i32,
        ..Default::default()
    };
    tx.send(pb::ConsumeRequest { command: Some(pb::consume_request::Command::Start(start)) }).await.expect("start");
    let mut events = client.consume(ReceiverStream::new(rx)).await.expect("Consume").into_inner();

    // Without credit nothing comes, though the group has joined.
    assert!(next_event(&mut events, Duration::from_secs(8)).await.is_none(), "records sent without credit");

    tx.send(pb::ConsumeRequest { command: Some(pb::consume_request::Command::Credit(pb::Credit { records: 3 })) }).await.expect("credit");
    let mut records = Vec::new();
    while records.len() < 3 {
        match next_event(&mut events, Duration::from_secs(20)).await {
            Some(pb::consume_response::Event::Batch(batch)) => records.extend(batch.records),
            other => panic!("expected records, got {other:?}"),
        }
    }
    assert_eq!(records.iter().map(|r| r.offset).collect::<Vec<_>>(), [0, 1, 2], "exactly the credit");
    assert!(next_event(&mut events, Duration::from_secs(2)).await.is_none(), "more than the credit");

    let position = pb::PartitionPosition { topic: topic.clone(), partition: 0, offset: 1 };
    let ack = pb::Ack { offsets: vec![position.clone()] };
    tx.send(pb::ConsumeRequest { command: Some(pb::consume_request::Command::Ack(ack)) }).await.expect("ack");
    match next_event(&mut events, Duration::from_secs(20)).await {
        Some(pb::consume_response::Event::Committed(committed)) => assert_eq!(committed.offsets, vec![position]),
        other => panic!("expected committed, got {other:?}"),
    }

    // Closing the request stream leaves the group; its committed offset is
    // the ack's offset + 1.
    drop(tx);
    while let Ok(Some(_)) = events.message().await {}
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", env("GREGOR_TEST_BOOTSTRAP"))
        .set("group.id", &group)
        .create()
        .expect("rdkafka consumer");
    let mut partitions = TopicPartitionList::new();
    partitions.add_partition(&topic, 0);
    let committed = consumer.committed_offsets(partitions, Duration::from_secs(10)).expect("committed");
    assert_eq!(committed.find_partition(&topic, 0).map(|p| p.offset()), Some(Offset::Offset(2)));
}
