//! `gregor bench`: measurements printed as a table (placeholder until the
//! registry bench lands in this module).

use clap::Subcommand;

/// What to measure.
#[derive(Debug, Subcommand)]
pub enum Target {}

/// Runs a benchmark.
pub async fn run(target: Target) -> Result<(), String> {
    match target {}
}
