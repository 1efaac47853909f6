//! `gregor.kafka.v1.KafkaService`: native produce over gRPC.

use std::pin::Pin;
use std::sync::Arc;

use gateway::pb::gregor::kafka::v1 as pb;
use gateway::pb::gregor::kafka::v1::kafka_service_server::KafkaService;
use tokio::sync::mpsc;
use tokio_stream::Stream;
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Request, Response, Status, Streaming};

use crate::proxy::error::ProxyError;
use crate::proxy::{Delivered, KafkaProxy, OutgoingRecord};

/// Batches a produce stream keeps in flight before it stops reading.
const IN_FLIGHT_BATCHES: usize = 32;

/// Native gRPC produce over the proxy's producer.
#[derive(Debug, Clone)]
pub struct KafkaNative {
    proxy: Arc<KafkaProxy>,
}

impl KafkaNative {
    /// Serves `proxy`.
    pub fn new(proxy: Arc<KafkaProxy>) -> Self {
        Self { proxy }
    }
}

fn outgoing(records: Vec<pb::Record>) -> Vec<OutgoingRecord> {
    records
        .into_iter()
        .map(|r| OutgoingRecord {
            key: r.key,
            value: r.value,
            partition: r.partition,
            headers: r.headers.into_iter().map(|h| (h.key, h.value)).collect(),
        })
        .collect()
}

fn results(delivered: Vec<Delivered>) -> Vec<pb::RecordResult> {
    delivered
        .into_iter()
        .map(|d| match d {
            Ok((partition, offset)) => pb::RecordResult { partition, offset, error: None },
            Err(message) => pb::RecordResult {
                partition: -1,
                offset: -1,
                error: Some(pb::RecordError { error_code: ProxyError::Kafka(String::new()).error_code() as i32, message }),
            },
        })
        .collect()
}

type AckStream = Pin<Box<dyn Stream<Item = Result<pb::ProduceStreamResponse, Status>> + Send>>;

#[tonic::async_trait]
impl KafkaService for KafkaNative {
    async fn produce(&self, request: Request<pb::ProduceRequest>) -> Result<Response<pb::ProduceResponse>, Status> {
        let r = request.into_inner();
        let delivered = self.proxy.produce(&r.topic, outgoing(r.records)).await?;
        Ok(Response::new(pb::ProduceResponse { results: results(delivered) }))
    }

    type ProduceStreamStream = AckStream;

    /// Reads batches and hands them to the producer as they come; a second
    /// task acknowledges them in order. Both queues are bounded, so a slow
    /// broker or a client that does not read acks stops the reading. A
    /// batch that cannot be produced (unknown topic or partition) ends the
    /// stream with its status after the acks before it.
    async fn produce_stream(&self, request: Request<Streaming<pb::ProduceStreamRequest>>) -> Result<Response<AckStream>, Status> {
        let mut inbound = request.into_inner();
        let (acks_tx, acks_rx) = mpsc::channel(IN_FLIGHT_BATCHES);
        let (pending_tx, mut pending_rx) = mpsc::channel(IN_FLIGHT_BATCHES);
        let proxy = self.proxy.clone();
        tokio::spawn(async move {
            loop {
                let batch: pb::ProduceStreamRequest = match inbound.message().await {
                    Ok(Some(batch)) => batch,
                    Ok(None) => break,
                    Err(status) => {
                        let _ = pending_tx.send((0, Err(status))).await;
                        break;
                    }
                };
                let pending = proxy.enqueue(&batch.topic, outgoing(batch.records)).await.map_err(Status::from);
                let failed = pending.is_err();
                if pending_tx.send((batch.sequence, pending)).await.is_err() || failed {
                    break;
                }
            }
        });
        tokio::spawn(async move {
            while let Some((sequence, pending)) = pending_rx.recv().await {
                let ack = match pending {
                    Ok(batch) => Ok(pb::ProduceStreamResponse { sequence, results: results(batch.wait().await) }),
                    Err(status) => Err(status),
                };
                let last = ack.is_err();
                if acks_tx.send(ack).await.is_err() || last {
                    break;
                }
            }
        });
        Ok(Response::new(Box::pin(ReceiverStream::new(acks_rx))))
    }
}
