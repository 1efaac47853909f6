//! `gregor`: a Kafka gateway. `gregor serve` runs the Confluent-compatible
//! Schema Registry on one port (gRPC, grpc-web, REST); `gregor bench`
//! measures it.

use gregor::{app, bench, config};

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

/// mimalloc: transcoding allocates many small, short-lived objects per
/// request (JSON values, dynamic messages), where it is markedly faster than
/// glibc malloc (`gregor bench data`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Debug, Parser)]
#[command(name = "gregor", version, about = "Kafka gateway: Schema Registry over gRPC, grpc-web and REST")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the server.
    Serve {
        /// Config file: TOML, or JSON (Karapace's `karapace.config.json`).
        #[arg(long, short)]
        config: Option<PathBuf>,
        /// Kafka bootstrap servers (overrides `bootstrap_uri`).
        #[arg(long)]
        bootstrap_uri: Option<String>,
        /// Port (overrides `port`).
        #[arg(long)]
        port: Option<u16>,
        /// Schemas topic (overrides `topic_name`).
        #[arg(long)]
        topic_name: Option<String>,
    },
    /// Measure a running server.
    Bench {
        #[command(subcommand)]
        target: bench::Target,
    },
}

fn init_logging(level: &str, format: &str) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        EnvFilter::new(format!("{level},rdkafka=warn,h2=warn,hyper=warn,tower=warn"))
    });
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if format.eq_ignore_ascii_case("json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve { config, bootstrap_uri, port, topic_name } => {
            let mut config = match config::Config::load(config.as_deref()) {
                Ok(config) => config,
                Err(err) => {
                    eprintln!("gregor: {err}");
                    return ExitCode::from(2);
                }
            };
            config.bootstrap_uri = bootstrap_uri.or(config.bootstrap_uri);
            config.port = port.unwrap_or(config.port);
            config.topic_name = topic_name.unwrap_or(config.topic_name);
            init_logging(&config.log_level, &config.log_format);
            for notice in &config.notices {
                tracing::warn!("{notice}");
            }
            match app::serve(config).await {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    tracing::error!(error = %err, "gregor stopped");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Bench { target } => {
            init_logging("warn", "text");
            match bench::run(target).await {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("gregor bench: {err}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
