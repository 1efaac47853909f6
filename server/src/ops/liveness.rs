//! Background loops and when each last made progress, for `GET /livez`
//! (as Karafka's liveness listener: a loop that has not made progress
//! within its TTL makes the process not live).
//!
//! A loop registers a [`Beat`] under a name (`schemas-reader`,
//! `election`, `producer`, `consumer <group>/<instance>`, `kafka-probe`)
//! and calls [`Beat::beat`] on progress. A loop with nothing to do marks
//! itself idle and is not judged; dropping the [`Beat`] unregisters it.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

/// The TTL when none is configured: 60 000 ms (`liveness_ttl_ms`).
pub const DEFAULT_TTL_MS: u64 = 60_000;

static TTL_MS: AtomicU64 = AtomicU64::new(DEFAULT_TTL_MS);
static LOOPS: LazyLock<Mutex<HashMap<String, Arc<Mutex<State>>>>> = LazyLock::new(Mutex::default);

#[derive(Debug)]
struct State {
    last: Instant,
    idle: bool,
}

/// Sets how long a loop may go without progress (`liveness_ttl_ms`).
pub fn set_ttl(ttl: Duration) {
    TTL_MS.store(u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX).max(1), Ordering::Relaxed);
}

/// The TTL in force.
pub fn ttl() -> Duration {
    Duration::from_millis(TTL_MS.load(Ordering::Relaxed))
}

/// A registered loop. Progress now, busy, at registration.
#[derive(Debug)]
pub struct Beat {
    name: String,
    state: Arc<Mutex<State>>,
}

/// Registers the loop `name` (a later one with the same name replaces it).
pub fn register(name: impl Into<String>) -> Beat {
    let name = name.into();
    let state = Arc::new(Mutex::new(State { last: Instant::now(), idle: false }));
    lock(&LOOPS).insert(name.clone(), state.clone());
    Beat { name, state }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

impl Beat {
    /// The loop made progress.
    pub fn beat(&self) {
        lock(&self.state).last = Instant::now();
    }

    /// The loop has nothing to do (`true`: not judged) or starts work
    /// again (`false`: judged from now).
    pub fn set_idle(&self, idle: bool) {
        let mut state = lock(&self.state);
        if state.idle != idle {
            state.idle = idle;
            state.last = Instant::now();
        }
    }

    /// How long since the last progress.
    pub fn age(&self) -> Duration {
        lock(&self.state).last.elapsed()
    }
}

impl Drop for Beat {
    fn drop(&mut self) {
        let mut loops = lock(&LOOPS);
        if loops.get(&self.name).is_some_and(|s| Arc::ptr_eq(s, &self.state)) {
            loops.remove(&self.name);
        }
    }
}

/// Busy loops whose last progress is older than the TTL, with that age,
/// by name.
pub fn stalled() -> Vec<(String, Duration)> {
    let ttl = ttl();
    let mut out: Vec<(String, Duration)> = lock(&LOOPS)
        .iter()
        .filter_map(|(name, state)| {
            let state = lock(state);
            let age = state.last.elapsed();
            (!state.idle && age > ttl).then(|| (name.clone(), age))
        })
        .collect();
    out.sort();
    out
}

/// Every registered loop's name and age of last progress, for the metrics.
pub fn ages() -> Vec<(String, Duration, bool)> {
    lock(&LOOPS).iter().map(|(name, state)| {
        let state = lock(state);
        (name.clone(), state.last.elapsed(), state.idle)
    }).collect()
}

/// When Kafka last answered any of Gregor's clients (a metadata request
/// or a record), for readiness and `/_health`.
static KAFKA_CONTACT_MS: AtomicU64 = AtomicU64::new(0);
static START: LazyLock<Instant> = LazyLock::new(Instant::now);

/// Kafka answered just now.
pub fn kafka_answered() {
    let ms = u64::try_from(START.elapsed().as_millis()).unwrap_or(u64::MAX).max(1);
    KAFKA_CONTACT_MS.store(ms, Ordering::Relaxed);
}

/// How long since Kafka last answered; `None` before it ever did.
pub fn since_kafka_answered() -> Option<Duration> {
    let at = KAFKA_CONTACT_MS.load(Ordering::Relaxed);
    (at > 0).then(|| START.elapsed().saturating_sub(Duration::from_millis(at)))
}

/// Kafka counts as reachable while it answered within this: 10 s (the
/// probes ask every 2 s with a 2 s timeout).
pub const KAFKA_REACHABLE_WITHIN: Duration = Duration::from_secs(10);

/// Kafka answered within [`KAFKA_REACHABLE_WITHIN`].
pub fn kafka_reachable() -> bool {
    since_kafka_answered().is_some_and(|age| age <= KAFKA_REACHABLE_WITHIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_busy_loop_past_its_ttl_is_stalled_an_idle_one_is_not() {
        let busy = register("test-busy");
        let idle = register("test-idle");
        idle.set_idle(true);
        set_ttl(Duration::from_millis(20));
        std::thread::sleep(Duration::from_millis(40));
        let names: Vec<String> = stalled().into_iter().map(|(n, _)| n).filter(|n| n.starts_with("test-")).collect();
        assert_eq!(names, ["test-busy"]);
        busy.beat();
        assert!(!stalled().iter().any(|(n, _)| n == "test-busy"));
        drop(busy);
        assert!(!ages().iter().any(|(n, _, _)| n == "test-busy"));
        set_ttl(Duration::from_millis(DEFAULT_TTL_MS));
    }
}
