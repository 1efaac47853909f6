//! Shared by the fuzz targets: run each input on a thread with the stack
//! Gregor's workers have (`gateway::json::STACK_BYTES`), so a deep input
//! is judged by the same bound as in the server, not by libFuzzer's
//! smaller main-thread stack. A panic on that thread is re-raised, so
//! libFuzzer reports it as a crash.

pub fn on_server_stack(run: impl FnOnce() + Send + 'static) {
    let handle = std::thread::Builder::new()
        .stack_size(gateway::json::STACK_BYTES)
        .spawn(run)
        .expect("spawning the fuzz thread");
    if let Err(panic) = handle.join() {
        std::panic::resume_unwind(panic);
    }
}
