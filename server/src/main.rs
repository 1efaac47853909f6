//! `gregor`: a Kafka gateway. `gregor serve` runs the Confluent-compatible
//! Schema Registry on one port (gRPC, grpc-web, REST); `gregor bench`
//! measures it; `gregor backup` saves and restores its `_schemas` topic.

use gregor::backup::{self, BackupFormat};
use gregor::{app, config, malloc_tuning};
use gregor_bench as bench;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use tracing_subscriber::EnvFilter;

#[derive(Debug, Parser)]
#[command(name = "gregor", version, about = "Kafka gateway: Schema Registry over gRPC, grpc-web and REST")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// What `gregor serve --help` adds after the flags.
const SERVE_HELP: &str = "\
Settings, later sources winning: defaults, the config file, KARAPACE_<KEY>
environment variables, GREGOR_<KEY> ones, then these flags. Every key
(`gregor config` lists them with their defaults) can be set that way,
upper-cased in the environment: e.g.
  GREGOR_BOOTSTRAP_URI=127.0.0.1:9092 GREGOR_HOST=0.0.0.0 gregor serve
Empty environment values are ignored.";

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the server.
    #[command(after_help = SERVE_HELP)]
    Serve {
        /// Config file: TOML, or JSON (Karapace's `karapace.config.json`);
        /// `gregor config` prints every key with its default. [env: GREGOR_CONFIG]
        #[arg(long, short)]
        config: Option<PathBuf>,
        /// Kafka bootstrap servers (`bootstrap_uri`; required). [env: GREGOR_BOOTSTRAP_URI]
        #[arg(long)]
        bootstrap_uri: Option<String>,
        /// Address to listen on (`host`; default 127.0.0.1, 0.0.0.0 for every interface). [env: GREGOR_HOST]
        #[arg(long)]
        host: Option<String>,
        /// Port for REST, gRPC and grpc-web (`port`; default 8081). [env: GREGOR_PORT]
        #[arg(long)]
        port: Option<u16>,
        /// Schemas topic (`topic_name`; default _schemas). [env: GREGOR_TOPIC_NAME]
        #[arg(long)]
        topic_name: Option<String>,
    },
    /// Print the example config file: every key with its meaning and
    /// default (`deploy/gregor.toml`).
    Config,
    /// Ask a running Gregor whether it is ready (for container health
    /// checks): exits 0 when `URL` answers 2xx, 1 otherwise.
    Probe {
        /// What to ask.
        #[arg(default_value = "http://127.0.0.1:8081/readyz")]
        url: String,
        /// CA bundle to trust for an `https://` URL (default: the system's).
        #[arg(long)]
        cafile: Option<String>,
        /// Longest wait for the answer, ms.
        #[arg(long, default_value_t = 3000)]
        timeout_ms: u64,
    },
    /// Print an auth file user entry (Karapace's `karapace_mkpasswd`):
    /// `{"username", "algorithm", "salt", "password_hash"}` as JSON.
    Passwd {
        /// User name to put in the entry.
        #[arg(long, short)]
        user: Option<String>,
        /// Hash algorithm.
        #[arg(long, short, value_parser = ["sha1", "sha256", "sha512", "scrypt"], default_value = "sha512")]
        algorithm: String,
        /// The password.
        password: String,
        /// Salt; a random one (16 bytes, URL-safe base64) when not given.
        salt: Option<String>,
    },
    /// Measure a running server.
    Bench {
        #[command(subcommand)]
        target: bench::Target,
    },
    /// Create, list, describe or delete topics on the configured Kafka
    /// (the admin layer of Kafka REST v3): `gregor topic list`.
    Topic {
        #[command(subcommand)]
        action: TopicAction,
    },
    /// List consumer groups, or describe one with its lag per partition.
    Group {
        #[command(subcommand)]
        action: GroupAction,
    },
    /// Back up, restore or inspect the schemas topic (Karapace's V2 text
    /// format, or a V3-style directory with checksums).
    Backup {
        #[command(subcommand)]
        action: BackupAction,
    },
}

/// Where the topic and group commands reach Kafka.
#[derive(Debug, clap::Args)]
struct KafkaArgs {
    /// Config file, as for `serve` (bootstrap_uri, security settings).
    #[arg(long, short)]
    config: Option<PathBuf>,
    /// Kafka bootstrap servers (overrides `bootstrap_uri`). [env: GREGOR_BOOTSTRAP_URI]
    #[arg(long)]
    bootstrap_uri: Option<String>,
}

#[derive(Debug, Subcommand)]
enum TopicAction {
    /// Create a topic; an error when it exists.
    Create {
        /// The topic's name.
        name: String,
        /// Partitions.
        #[arg(long, default_value_t = 1)]
        partitions: i32,
        /// Replication factor.
        #[arg(long, default_value_t = 1)]
        replication_factor: i32,
        /// A topic config, `NAME=VALUE` (repeat for more), e.g. `cleanup.policy=compact`.
        #[arg(long = "topic-config", value_name = "NAME=VALUE")]
        topic_configs: Vec<String>,
        #[command(flatten)]
        kafka: KafkaArgs,
    },
    /// List topics: partitions, replication factor, internal.
    List {
        #[command(flatten)]
        kafka: KafkaArgs,
    },
    /// A topic's partitions (leader, replicas, ISR, offsets) and configs.
    Describe {
        /// The topic's name.
        name: String,
        #[command(flatten)]
        kafka: KafkaArgs,
    },
    /// Delete a topic.
    Delete {
        /// The topic's name.
        name: String,
        #[command(flatten)]
        kafka: KafkaArgs,
    },
}

#[derive(Debug, Subcommand)]
enum GroupAction {
    /// List consumer groups: state, members, total lag.
    List {
        #[command(flatten)]
        kafka: KafkaArgs,
    },
    /// A group's members and its committed offset, end offset and lag per
    /// partition.
    Describe {
        /// The group id.
        group: String,
        #[command(flatten)]
        kafka: KafkaArgs,
    },
}

/// The admin client for `kafka`: the config file's Kafka settings, its
/// bootstrap servers unless `--bootstrap-uri` names others.
fn kafka_admin(kafka: &KafkaArgs) -> Result<gregor::admin::KafkaAdmin, String> {
    let config = config::Config::load(kafka.config.as_deref()).map_err(|e| e.to_string())?;
    let bootstrap = kafka
        .bootstrap_uri
        .clone()
        .or_else(|| config.bootstrap_uri.clone())
        .ok_or("bootstrap_uri is not set (--bootstrap-uri, GREGOR_BOOTSTRAP_URI or the config file)")?;
    gregor::admin::KafkaAdmin::for_config(&config, &bootstrap).map_err(|e| e.to_string())
}

/// Runs a topic command; what to print.
async fn run_topic(action: TopicAction) -> Result<String, String> {
    use gregor::admin::cli;
    let named = |name: &str| {
        let name = name.to_owned();
        move |e: gregor::admin::AdminError| format!("topic {name}: {e}")
    };
    match action {
        TopicAction::Create { name, partitions, replication_factor, topic_configs, kafka } => {
            let mut configs = Vec::new();
            for entry in topic_configs {
                let (key, value) = entry.split_once('=').ok_or_else(|| format!("--topic-config {entry:?}: use NAME=VALUE"))?;
                configs.push((key.to_owned(), value.to_owned()));
            }
            let fail = named(&name);
            let spec = gregor::admin::TopicSpec { name, partitions: Some(partitions), replication_factor: Some(replication_factor), configs };
            cli::create_topic(&kafka_admin(&kafka)?, &spec).await.map_err(fail)
        }
        TopicAction::List { kafka } => cli::list_topics(&kafka_admin(&kafka)?).await.map_err(|e| e.to_string()),
        TopicAction::Describe { name, kafka } => cli::describe_topic(&kafka_admin(&kafka)?, &name).await.map_err(named(&name)),
        TopicAction::Delete { name, kafka } => cli::delete_topic(&kafka_admin(&kafka)?, &name).await.map_err(named(&name)),
    }
}

/// Runs a group command; what to print.
async fn run_group(action: GroupAction) -> Result<String, String> {
    use gregor::admin::cli;
    let fail = |e: gregor::admin::AdminError| e.to_string();
    match action {
        GroupAction::List { kafka } => cli::list_groups(&kafka_admin(&kafka)?).await.map_err(fail),
        GroupAction::Describe { group, kafka } => cli::describe_group(&kafka_admin(&kafka)?, &group).await.map_err(fail),
    }
}

#[derive(Debug, Subcommand)]
enum BackupAction {
    /// Write the schemas topic to a backup.
    Get {
        #[command(flatten)]
        kafka: BackupKafka,
        /// Where to write: a file (v2) or a directory (v3).
        #[arg(long)]
        location: PathBuf,
        /// v2 (Karapace's text format) or v3 (directory with checksums).
        #[arg(long, value_enum, default_value = "v3")]
        format: BackupFormat,
    },
    /// Write a backup into an empty schemas topic (created when absent).
    Restore {
        #[command(flatten)]
        kafka: BackupKafka,
        /// The backup: a V2 or V1 file, or a V3 directory.
        #[arg(long)]
        location: PathBuf,
    },
    /// Describe a backup and verify its checksums.
    Inspect {
        /// The backup: a V2 or V1 file, or a V3 directory.
        #[arg(long)]
        location: PathBuf,
    },
}

/// Where the schemas topic is (the same keys as `serve`).
#[derive(Debug, Args)]
struct BackupKafka {
    /// Config file: TOML, or JSON (Karapace's `karapace.config.json`).
    #[arg(long, short)]
    config: Option<PathBuf>,
    /// Kafka bootstrap servers (overrides `bootstrap_uri`).
    #[arg(long)]
    bootstrap_uri: Option<String>,
    /// Schemas topic (overrides `topic_name`).
    #[arg(long)]
    topic: Option<String>,
}

impl BackupKafka {
    fn target(self) -> Result<backup::Target, String> {
        let config = config::Config::load(self.config.as_deref()).map_err(|e| e.to_string())?;
        let bootstrap = self.bootstrap_uri.or_else(|| config.bootstrap_uri.clone()).ok_or("bootstrap_uri is not set")?;
        let topic = self.topic.unwrap_or_else(|| config.topic_name.clone());
        Ok(backup::Target::from_config(&config, bootstrap, topic))
    }
}

async fn run_backup(action: BackupAction) -> Result<String, String> {
    match action {
        BackupAction::Get { kafka, location, format } => {
            let target = kafka.target()?;
            let topic = target.kafka.topic.clone();
            let count = tokio::task::spawn_blocking(move || backup::get(&target, &location, format))
                .await
                .map_err(|e| e.to_string())?
                .map_err(|e| e.to_string())?;
            Ok(format!("backed up {count} records of {topic} ({})", format.name()))
        }
        BackupAction::Restore { kafka, location } => {
            let target = kafka.target()?;
            let count = backup::restore(&target, &location).await.map_err(|e| e.to_string())?;
            Ok(format!("restored {count} records into {}", target.kafka.topic))
        }
        BackupAction::Inspect { location } => backup::inspect(&location).map_err(|e| e.to_string()),
    }
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

/// The allocator is glibc's, tuned by [`malloc_tuning`]: mimalloc produced
/// 5–8 % faster in `gregor bench data` but held 12 MiB more idle and 30 MiB
/// more with 20 REST consumer instances, over the 60 MiB target.
fn main() -> ExitCode {
    let cli = Cli::parse();
    if matches!(cli.command, Command::Serve { .. })
        && let Err(err) = malloc_tuning::reexec_with_tunables()
    {
        eprintln!("gregor: cannot restart with GLIBC_TUNABLES set, going on with glibc's malloc defaults: {err}");
    }
    // Every worker parses, converts and prints user data, up to
    // `gateway::json::MAX_DEPTH` levels deep: give them the stack for it.
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().thread_stack_size(gateway::json::STACK_BYTES).build();
    match runtime {
        Ok(runtime) => runtime.block_on(run(cli)),
        Err(err) => {
            eprintln!("gregor: cannot start the async runtime: {err}");
            ExitCode::FAILURE
        }
    }
}

/// `gregor probe`: 0 when `url` answers 2xx; else the status or error on
/// stderr and 1.
async fn probe(url: &str, cafile: Option<String>, timeout_ms: u64) -> ExitCode {
    let trust = gregor::http_client::TlsTrust { ca_file: cafile };
    let client = match gregor::http_client::JsonClient::with_trust(std::time::Duration::from_millis(timeout_ms), &trust) {
        Ok(client) => client,
        Err(err) => {
            eprintln!("gregor probe: {err}");
            return ExitCode::FAILURE;
        }
    };
    match client.send(url, axum::http::Method::GET, "", None, None).await {
        Ok((status, _)) if status.is_success() => ExitCode::SUCCESS,
        Ok((status, body)) => {
            eprintln!("gregor probe: {url}: {status} {}", String::from_utf8_lossy(&body).trim());
            ExitCode::FAILURE
        }
        Err(err) => {
            eprintln!("gregor probe: {err}");
            ExitCode::FAILURE
        }
    }
}

/// `gregor passwd`: prints the entry, as `karapace_mkpasswd` does.
fn passwd(user: Option<String>, algorithm: &str, password: &str, salt: Option<String>) -> ExitCode {
    use base64::Engine as _;
    use gregor::auth::authfile::{Algorithm, hash_password};
    let salt = salt.unwrap_or_else(|| {
        let mut bytes = [0u8; 16];
        openssl::rand::rand_bytes(&mut bytes).expect("OpenSSL random bytes");
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    });
    let parsed: Algorithm = match serde_json::from_value(serde_json::Value::from(algorithm)) {
        Ok(parsed) => parsed,
        Err(err) => {
            eprintln!("gregor: {err}");
            return ExitCode::from(2);
        }
    };
    let Some(hash) = hash_password(parsed, &salt, password) else {
        eprintln!("gregor: hashing failed");
        return ExitCode::FAILURE;
    };
    let mut entry = serde_json::Map::new();
    if let Some(user) = user {
        entry.insert("username".to_owned(), user.into());
    }
    entry.insert("algorithm".to_owned(), algorithm.into());
    entry.insert("salt".to_owned(), salt.into());
    entry.insert("password_hash".to_owned(), hash.into());
    println!("{}", serde_json::to_string_pretty(&entry).unwrap_or_default());
    ExitCode::SUCCESS
}

async fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Passwd { user, algorithm, password, salt } => passwd(user, &algorithm, &password, salt),
        Command::Config => {
            print!("{}", config::example::toml());
            ExitCode::SUCCESS
        }
        Command::Probe { url, cafile, timeout_ms } => probe(&url, cafile, timeout_ms).await,
        Command::Serve { config, bootstrap_uri, host, port, topic_name } => {
            // (The flags' variables are read with the rest of the settings,
            // where an empty value counts as unset; GREGOR_CONFIG here.)
            let config = config.or_else(|| std::env::var_os("GREGOR_CONFIG").filter(|v| !v.is_empty()).map(PathBuf::from));
            let mut config = match config::Config::load(config.as_deref()) {
                Ok(config) => config,
                Err(err) => {
                    eprintln!("gregor: {err}");
                    return ExitCode::from(2);
                }
            };
            config.bootstrap_uri = bootstrap_uri.or(config.bootstrap_uri);
            config.host = host.unwrap_or(config.host);
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
        Command::Topic { action } => {
            init_logging("error", "text");
            report("gregor topic", run_topic(action).await)
        }
        Command::Group { action } => {
            init_logging("error", "text");
            report("gregor group", run_group(action).await)
        }
        Command::Backup { action } => {
            init_logging("warn", "text");
            match run_backup(action).await {
                Ok(report) => {
                    println!("{}", report.trim_end());
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    eprintln!("gregor backup: {err}");
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

/// Prints a command's output, or its error on stderr with exit code 1.
fn report(command: &str, result: Result<String, String>) -> ExitCode {
    match result {
        Ok(text) => {
            println!("{}", text.trim_end());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{command}: {err}");
            ExitCode::FAILURE
        }
    }
}
