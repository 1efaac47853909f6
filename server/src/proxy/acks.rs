//! Delivery tracking for produced batches without a future per record.
//!
//! The proxy's producer is a `ThreadedProducer` whose delivery opaque is a
//! plain `usize`: the batch's slot in a [`Slab`] in the high 32 bits and the
//! record's index in the batch in the low 32. Librdkafka's delivery reports
//! (on the producer's polling thread) fill the batch's results in place;
//! the last one sends the whole batch's results, in request order, to the
//! task waiting on [`PendingAcks`]. Per record this costs a mutex lock and
//! none of our allocations (rdkafka still copies the topic name into a
//! `CString`), where `FutureProducer` adds a channel and a box per record.

use std::sync::Mutex;

use rdkafka::ClientContext;
use rdkafka::message::{DeliveryResult, Message};
use rdkafka::producer::ProducerContext;
use slab::Slab;
use tokio::sync::oneshot;

use super::Delivered;

const _: () = assert!(usize::BITS >= 64, "delivery opaques pack two u32s into a usize");

/// One batch's results while its records are in flight.
#[derive(Debug)]
struct Batch {
    /// `None` until reported; still `None` at the end means never sent.
    results: Vec<Option<Delivered>>,
    /// The topic and the key and value bytes of its records, for the
    /// metrics once every result is in.
    topic: String,
    bytes: u64,
    /// Records not yet reported, plus one while the batch is still being
    /// enqueued (see [`Enqueuing`]).
    remaining: usize,
    done: Option<oneshot::Sender<Vec<Delivered>>>,
}

/// The producer's context: batches in flight, by slot.
#[derive(Debug)]
pub struct AckContext {
    batches: Mutex<Slab<Batch>>,
    /// The `producer` loop for `/livez`: busy while batches are in
    /// flight, progressing with each batch whose every record is reported.
    beat: crate::ops::liveness::Beat,
    /// A broker refused this client's SASL credentials (librdkafka's
    /// `_AUTHENTICATION` or `SASL_AUTHENTICATION_FAILED`).
    auth_failed: std::sync::atomic::AtomicBool,
    /// Woken each time a batch completes: its records have left the
    /// producer's queue, so a sender waiting for room can try again.
    room: tokio::sync::Notify,
}

impl Default for AckContext {
    fn default() -> Self {
        let beat = crate::ops::liveness::register("producer");
        beat.set_idle(true);
        Self { batches: Mutex::default(), beat, auth_failed: std::sync::atomic::AtomicBool::new(false), room: tokio::sync::Notify::new() }
    }
}

impl ClientContext for AckContext {
    fn stats(&self, statistics: rdkafka::statistics::Statistics) {
        crate::ops::kafka_stats::record("producer", &statistics);
    }

    fn error(&self, error: rdkafka::error::KafkaError, reason: &str) {
        use rdkafka::types::RDKafkaErrorCode::{Authentication, SaslAuthenticationFailed};
        if matches!(error.rdkafka_error_code(), Some(Authentication | SaslAuthenticationFailed)) {
            self.auth_failed.store(true, std::sync::atomic::Ordering::Relaxed);
            tracing::warn!(reason, "Kafka refused the producer's credentials");
        } else {
            tracing::error!("librdkafka: {error}: {reason}");
        }
    }
}

impl ProducerContext for AckContext {
    type DeliveryOpaque = usize;

    fn delivery(&self, result: &DeliveryResult<'_>, opaque: usize) {
        let delivered = match result {
            Ok(message) => Ok((message.partition(), message.offset())),
            Err((err, _)) => Err(err.to_string()),
        };
        self.delivered(opaque, delivered);
    }
}

impl AckContext {
    /// Whether a broker refused this client's credentials.
    pub fn auth_failed(&self) -> bool {
        self.auth_failed.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Slab<Batch>> {
        self.batches.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records the result of the record whose opaque is `opaque`.
    fn delivered(&self, opaque: usize, delivered: Delivered) {
        let (slot, index) = unpack(opaque);
        self.report(slot, index, delivered);
    }

    /// Records one result; the batch's last sends them all.
    fn report(&self, slot: usize, index: usize, delivered: Delivered) {
        let mut batches = self.lock();
        let Some(batch) = batches.get_mut(slot) else { return };
        if let Some(entry) = batch.results.get_mut(index) {
            *entry = Some(delivered);
        }
        self.settle(&mut batches, slot);
    }

    /// Counts one report against `slot`; on the last, removes the batch and
    /// sends its results.
    fn settle(&self, batches: &mut Slab<Batch>, slot: usize) {
        let Some(batch) = batches.get_mut(slot) else { return };
        batch.remaining -= 1;
        if batch.remaining == 0 {
            let mut batch = batches.remove(slot);
            let ok = batch.results.iter().filter(|r| matches!(r, Some(Ok(_)))).count() as u64;
            let failed = batch.results.len() as u64 - ok;
            crate::ops::metrics::produced(&batch.topic, ok, failed, if failed == 0 { batch.bytes } else { 0 });
            if let Some(done) = batch.done.take() {
                let results = batch.results.into_iter().map(|r| r.unwrap_or_else(|| Err("not sent".to_owned()))).collect();
                let _ = done.send(results);
            }
            // Progress once per batch: a clock read and a lock per record
            // cost ~3 % of a produce's CPU (perf, `gregor bench data`).
            self.beat.beat();
            if batches.is_empty() {
                self.beat.set_idle(true);
            }
            self.room.notify_waiters();
        }
    }

    /// Resolves when a batch completes after this call, which frees room
    /// in the producer's queue. Create it before the send that found the
    /// queue full, so a completion in between is not missed.
    pub fn room_freed(&self) -> tokio::sync::futures::Notified<'_> {
        self.room.notified()
    }

    /// Opens a batch of `len` records. `len` is below 2^32 (the index's
    /// share of the opaque): request size limits keep it far below.
    /// `topic` and `bytes` (of keys and values) are for the metrics.
    pub fn open(&self, len: usize, topic: &str, bytes: u64) -> (Enqueuing<'_>, PendingAcks) {
        let (done, waiting) = oneshot::channel();
        let results = vec![None; len];
        let mut batches = self.lock();
        if batches.is_empty() {
            self.beat.set_idle(false);
        }
        let slot = batches.insert(Batch { results, topic: topic.to_owned(), bytes, remaining: len + 1, done: Some(done) });
        drop(batches);
        (Enqueuing { context: self, slot, len, next: 0 }, PendingAcks { waiting, len })
    }
}

/// A batch being handed to the producer, record by record in order. Drop
/// it when done: records never handed over are reported as not sent, so an
/// abandoned request cannot leave its batch waiting forever.
#[derive(Debug)]
pub struct Enqueuing<'a> {
    context: &'a AckContext,
    slot: usize,
    len: usize,
    next: usize,
}

impl Enqueuing<'_> {
    /// The opaque for the next record.
    pub fn opaque(&self) -> usize {
        (self.slot << 32) | self.next
    }
}

/// (batch slot, record index) of a delivery opaque made by
/// [`Enqueuing::opaque`].
fn unpack(opaque: usize) -> (usize, usize) {
    (opaque >> 32, opaque & 0xFFFF_FFFF)
}

impl Enqueuing<'_> {

    /// The next record is with the producer; its delivery report settles it.
    pub fn sent(&mut self) {
        self.next += 1;
    }

    /// The next record could not be handed over: `error` is its result.
    pub fn failed(&mut self, error: String) {
        self.context.report(self.slot, self.next, Err(error));
        self.next += 1;
    }
}

impl Drop for Enqueuing<'_> {
    fn drop(&mut self) {
        let mut batches = self.context.lock();
        while self.next < self.len {
            self.context.settle(&mut batches, self.slot);
            self.next += 1;
        }
        self.context.settle(&mut batches, self.slot);
    }
}

/// A batch's acknowledgements, awaited with [`PendingAcks::wait`].
#[derive(Debug)]
pub struct PendingAcks {
    waiting: oneshot::Receiver<Vec<Delivered>>,
    len: usize,
}

impl PendingAcks {
    /// Every record's result, in the order the records were given.
    pub async fn wait(self) -> Vec<Delivered> {
        match self.waiting.await {
            Ok(results) => results,
            Err(_) => vec![Err("the producer was closed".to_owned()); self.len],
        }
    }

    /// Waits for every result, and returns them as acknowledgements already
    /// in (for a caller that must know a batch is done before going on but
    /// hands its answers on later).
    pub async fn settled(self) -> Self {
        let len = self.len;
        let results = self.wait().await;
        let (done, waiting) = oneshot::channel();
        let _ = done.send(results);
        Self { waiting, len }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn results_come_back_in_record_order_once_all_are_reported() {
        let context = AckContext::default();
        let (mut enqueuing, pending) = context.open(3, "t", 0);
        let first = enqueuing.opaque();
        enqueuing.sent();
        let second = enqueuing.opaque();
        enqueuing.sent();
        enqueuing.failed("queue full".to_owned());
        drop(enqueuing);
        context.delivered(second, Ok((1, 7)));
        context.delivered(first, Ok((0, 3)));
        assert_eq!(pending.wait().await, vec![Ok((0, 3)), Ok((1, 7)), Err("queue full".to_owned())]);
        assert!(context.lock().is_empty());
    }

    #[tokio::test]
    async fn settled_acknowledgements_keep_their_results() {
        let context = AckContext::default();
        let (mut enqueuing, pending) = context.open(1, "t", 0);
        let only = enqueuing.opaque();
        enqueuing.sent();
        drop(enqueuing);
        context.delivered(only, Ok((2, 9)));
        assert_eq!(pending.settled().await.wait().await, vec![Ok((2, 9))]);
    }

    #[tokio::test]
    async fn an_abandoned_batch_reports_unsent_records_and_frees_its_slot() {
        let context = AckContext::default();
        let (mut enqueuing, pending) = context.open(2, "t", 0);
        let first = enqueuing.opaque();
        enqueuing.sent();
        drop(enqueuing);
        context.delivered(first, Ok((0, 0)));
        assert_eq!(pending.wait().await, vec![Ok((0, 0)), Err("not sent".to_owned())]);
        assert!(context.lock().is_empty());
    }
}
