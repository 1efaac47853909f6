//! One memory budget for the records REST `records` reads gather past
//! their instance's own prefetch bound.
//!
//! A read keeps taking records while they keep coming (as Karapace's
//! fetch loop does), up to the request's `max_bytes` (Confluent's
//! `consumer.request.max.bytes`, 64 MiB by default), so a client reading a
//! backlog gets large responses instead of one prefetch queue's worth. What
//! a read holds up to its instance's prefetch bound
//! (`consumer_queue_max_kbytes`) is already counted by the fetch slots; past
//! it, each record is charged here (its key and value bytes plus
//! [`RECORD_OVERHEAD`]) until the response is returned. A read that finds
//! the budget spent ends its response there, so the instances being read
//! right now share `consumer_read_budget_kbytes` between them and idle ones
//! hold none of it, whatever the number of instances.

use std::sync::Arc;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Bytes a gathered record costs beyond its key and value: the owned
/// record (topic name, vectors, offsets) and its share of the response it
/// becomes. Measured with 100-byte values, where RSS grew by about 2.5× the
/// payload.
pub const RECORD_OVERHEAD: usize = 160;

/// Budget taken from the shared pool at a time, bytes.
const CHUNK: usize = 64 * 1024;

/// The pool shared by every instance of a process.
#[derive(Debug, Clone)]
pub struct ReadBudget {
    /// Permits of one KiB each.
    pool: Arc<Semaphore>,
}

impl ReadBudget {
    /// A pool of `kbytes` KiB (at least one chunk).
    pub fn new(kbytes: usize) -> Self {
        let kib = kbytes.max(CHUNK / 1024).min(Semaphore::MAX_PERMITS);
        Self { pool: Arc::new(Semaphore::new(kib)) }
    }

    /// A reservation for one read that may use `free` bytes without
    /// charge (its instance's prefetch bound).
    pub fn reservation(&self, free: usize) -> Reservation {
        Reservation { pool: self.pool.clone(), permits: None, reserved: free, used: 0 }
    }

    /// KiB not reserved by any read (for tests and metrics).
    pub fn available_kbytes(&self) -> usize {
        self.pool.available_permits()
    }
}

/// What one read has charged; returned to the pool when dropped (after
/// the response is built).
#[derive(Debug)]
pub struct Reservation {
    pool: Arc<Semaphore>,
    permits: Option<OwnedSemaphorePermit>,
    /// Bytes this read may use: its free allowance plus permits held.
    reserved: usize,
    /// Bytes charged so far.
    used: usize,
}

impl Reservation {
    /// Charges a record of `size` key and value bytes; `false`, charging
    /// nothing, when the pool cannot cover it (the read should stop).
    pub fn charge(&mut self, size: usize) -> bool {
        let cost = size + RECORD_OVERHEAD;
        while self.used + cost > self.reserved {
            let need = (self.used + cost - self.reserved).max(CHUNK).div_ceil(1024);
            let Ok(need) = u32::try_from(need) else { return false };
            match self.pool.clone().try_acquire_many_owned(need) {
                Ok(permit) => {
                    match &mut self.permits {
                        Some(held) => held.merge(permit),
                        None => self.permits = Some(permit),
                    }
                    self.reserved += need as usize * 1024;
                }
                Err(_) => return false,
            }
        }
        self.used += cost;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_share_the_pool_and_give_it_back() {
        let budget = ReadBudget::new(128);
        let mut first = budget.reservation(1000);
        // Within the free allowance: nothing taken from the pool.
        assert!(first.charge(1000 - RECORD_OVERHEAD));
        assert_eq!(budget.available_kbytes(), 128);
        // Past it, a chunk at a time.
        assert!(first.charge(10));
        assert_eq!(budget.available_kbytes(), 64);
        let mut second = budget.reservation(0);
        assert!(second.charge(60 * 1024));
        assert_eq!(budget.available_kbytes(), 0);
        // Spent: the record is refused and nothing is charged.
        assert!(!second.charge(10 * 1024));
        drop(first);
        assert_eq!(budget.available_kbytes(), 64);
        assert!(second.charge(10 * 1024));
        drop(second);
        assert_eq!(budget.available_kbytes(), 128);
    }

    #[test]
    fn a_record_larger_than_a_chunk_takes_what_it_needs() {
        let budget = ReadBudget::new(1024);
        let mut read = budget.reservation(0);
        assert!(read.charge(300 * 1024));
        assert!(budget.available_kbytes() <= 1024 - 300);
        assert!(!read.charge(2 * 1024 * 1024));
    }
}
