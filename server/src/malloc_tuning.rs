//! Keeps glibc malloc from hoarding memory in a long-running `gregor serve`.
//!
//! Every rdkafka client (the producer, the `_schemas` reader, and one per
//! REST consumer instance) runs a few threads of its own, and glibc gives
//! allocating threads their own arenas, up to 8 per core. Each arena keeps
//! what it freed, and glibc's *dynamic* mmap threshold moves large buffers
//! (fetch responses, response bodies) into those arenas once one such buffer
//! has been freed. Measured with `gregor bench data` on 2 cores: 20 REST
//! consumer instances polling peaked at 90 MiB with glibc's defaults and at
//! 52 MiB with one arena per core and a fixed 128 KiB mmap / trim threshold.
//!
//! glibc reads those settings from `GLIBC_TUNABLES` when a process starts,
//! so [`reexec_with_tunables`] starts the binary again with them set (same
//! pid, same arguments) unless the variable is already in the environment:
//! an operator who sets `GLIBC_TUNABLES` (even to an empty string) keeps
//! full control.

use std::os::unix::process::CommandExt as _;

/// The variable glibc reads its malloc settings from.
const TUNABLES: &str = "GLIBC_TUNABLES";
/// Fixed mmap and trim thresholds, bytes: allocations of this size or more
/// get their own mapping, returned to the system when freed.
const THRESHOLD_BYTES: usize = 128 * 1024;

/// The `GLIBC_TUNABLES` value used: one arena per core (at least 2), and
/// fixed mmap / trim thresholds of [`THRESHOLD_BYTES`].
pub fn tunables(cores: usize) -> String {
    let arenas = cores.max(2);
    format!(
        "glibc.malloc.arena_max={arenas}:glibc.malloc.mmap_threshold={THRESHOLD_BYTES}:glibc.malloc.trim_threshold={THRESHOLD_BYTES}"
    )
}

/// Replaces this process with itself started with [`tunables`] in its
/// environment, unless `GLIBC_TUNABLES` is set already. Call first thing in
/// `main`, before any thread starts. Returns (and the process goes on with
/// glibc's defaults) when the variable is set or the exec fails; the error
/// is returned for the caller to log.
pub fn reexec_with_tunables() -> Result<(), std::io::Error> {
    if std::env::var_os(TUNABLES).is_some() {
        return Ok(());
    }
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    let exe = std::env::current_exe()?;
    let mut args = std::env::args_os();
    let mut command = std::process::Command::new(exe);
    if let Some(arg0) = args.next() {
        command.arg0(arg0);
    }
    // `exec` returns only on failure.
    Err(command.args(args).env(TUNABLES, tunables(cores)).exec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tunables_name_one_arena_per_core_and_fixed_thresholds() {
        assert_eq!(
            tunables(8),
            "glibc.malloc.arena_max=8:glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=131072"
        );
        assert!(tunables(1).starts_with("glibc.malloc.arena_max=2:"));
    }
}
