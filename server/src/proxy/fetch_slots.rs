//! Bounds how many REST consumer instances prefetch records at once.
//!
//! librdkafka parses a whole fetched record batch into queued messages
//! (a few hundred bytes of bookkeeping each, on top of the payload), and a
//! broker returns whole batches: a producer batching 10,000 records of
//! 100 B made one instance hold ~5 MiB however small its queue bound, and
//! 20 busy instances ~100 MiB. So only `capacity` instances are *active*
//! (partitions fetching); the others are parked ([`ConsumerInstance::park`]:
//! partitions paused, queued prefetch freed).
//!
//! A read activates its instance. When every slot is taken it parks the
//! least recently used active instance that is not serving a request, or
//! waits for one to finish; a read that gets no slot before its timeout
//! returns no records, as a read that finds none does (Confluent answers
//! `[]` then too). Memory is then about `capacity` fetches, whatever the
//! number of instances; the price, with more busy instances than slots, is
//! refetching what a parked instance had prefetched.

use std::sync::{Arc, Mutex};

use tokio::sync::Notify;
use tokio::time::Instant;

use super::consumer::ConsumerInstance;

/// What [`FetchSlots::enter`] does next.
enum Step {
    /// Take a slot, parking this instance first (its request lock held).
    Take(Option<(Arc<ConsumerInstance>, tokio::sync::OwnedMutexGuard<()>)>),
    /// Wait for a read to end.
    Wait,
}

/// The active instances, least recently used first, at most `capacity`.
#[derive(Debug)]
pub struct FetchSlots {
    capacity: usize,
    active: Mutex<Vec<Arc<ConsumerInstance>>>,
    /// Signalled when a read ends or an instance leaves.
    released: Notify,
}

impl FetchSlots {
    /// Slots for `capacity` active instances (at least one).
    pub fn new(capacity: usize) -> Self {
        Self { capacity: capacity.max(1), active: Mutex::new(Vec::new()), released: Notify::new() }
    }

    fn active(&self) -> std::sync::MutexGuard<'_, Vec<Arc<ConsumerInstance>>> {
        self.active.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Makes `instance` active, parking another when needed; `false` when
    /// no slot came free before `deadline`. Call with the instance's
    /// request lock held, and [`Self::done`] after the read.
    pub async fn enter(&self, instance: &Arc<ConsumerInstance>, deadline: Instant) -> bool {
        loop {
            let released = self.released.notified();
            tokio::pin!(released);
            released.as_mut().enable();
            let step = {
                let mut active = self.active();
                if let Some(at) = active.iter().position(|a| Arc::ptr_eq(a, instance)) {
                    let this = active.remove(at);
                    active.push(this);
                    return true;
                }
                if active.len() < self.capacity {
                    active.push(instance.clone());
                    Step::Take(None)
                } else {
                    // The least recently used one no request is using.
                    match active.iter().enumerate().find_map(|(at, a)| a.try_lock_idle().map(|guard| (at, guard))) {
                        Some((at, guard)) => {
                            let victim = active.remove(at);
                            active.push(instance.clone());
                            Step::Take(Some((victim, guard)))
                        }
                        None => Step::Wait,
                    }
                }
            };
            let parked = match step {
                Step::Take(parked) => parked,
                Step::Wait => {
                    if tokio::time::timeout_at(deadline, released).await.is_err() {
                        return false;
                    }
                    continue;
                }
            };
            if let Some((victim, _guard)) = parked {
                victim.park();
            }
            instance.activate();
            return true;
        }
    }

    /// A read on an active instance ended: its slot may be taken now.
    pub fn done(&self) {
        self.released.notify_waiters();
    }

    /// Forgets a deleted instance, freeing its slot.
    pub fn remove(&self, instance: &Arc<ConsumerInstance>) {
        self.active().retain(|a| !Arc::ptr_eq(a, instance));
        self.released.notify_waiters();
    }
}
