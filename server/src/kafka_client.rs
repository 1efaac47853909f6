//! The librdkafka settings every Kafka client of Gregor starts from.

use rdkafka::ClientConfig;

/// A client configuration for `bootstrap` (`bootstrap.servers`) with
/// KIP-714 client metrics push turned off (`enable.metrics.push=false`).
///
/// librdkafka (2.5 and later) pushes client metrics by default, and for
/// that keeps 6 HdrHistograms per client and 8 per broker connection
/// whether or not the broker asks for metrics: about 0.43 MiB per client.
/// Gregor makes a client per REST consumer instance, so 200 idle ones held
/// ~85 MiB of such histograms (measured with confluent-kafka's librdkafka:
/// 200 idle consumers took 130 MiB with the default and 42 MiB without).
/// Gregor's own metrics come from `statistics.interval.ms` instead.
pub fn client_config(bootstrap: &str) -> ClientConfig {
    let mut config = ClientConfig::new();
    config.set("bootstrap.servers", bootstrap).set("enable.metrics.push", "false");
    config
}

/// Whether a Kafka call failed only because the connection to the broker
/// broke under it (librdkafka's local `_TRANSPORT` or `_ALL_BROKERS_DOWN`,
/// e.g. the broker closed an idle connection as the request left).
/// librdkafka reconnects by itself, so an idempotent read asked once more
/// usually succeeds.
pub fn connection_broke(code: Option<rdkafka::types::RDKafkaErrorCode>) -> bool {
    use rdkafka::types::RDKafkaErrorCode as C;
    matches!(code, Some(C::BrokerTransportFailure | C::AllBrokersDown))
}

/// librdkafka's code of `err`, admin results included: rdkafka's own
/// `KafkaError::rdkafka_error_code` gives none for `AdminOp` (a whole
/// admin request that failed, e.g. on a broken connection).
pub fn error_code(err: &rdkafka::error::KafkaError) -> Option<rdkafka::types::RDKafkaErrorCode> {
    match err {
        rdkafka::error::KafkaError::AdminOp(code) => Some(*code),
        other => other.rdkafka_error_code(),
    }
}

/// How long a read whose connection broke waits before it is asked again:
/// librdkafka's first reconnect waits `reconnect.backoff.ms` (100 ms by
/// default, with jitter); a second try at once failed the same way in CI
/// (tansu had dropped the connection under a fuzzer's requests).
pub const RECONNECT_WAIT: std::time::Duration = std::time::Duration::from_millis(250);

/// Runs `read`, an idempotent Kafka read, and once more [`RECONNECT_WAIT`]
/// later when the first try failed with [`connection_broke`] (`code` gives
/// the error's librdkafka code). A client then gets the answer instead of a
/// 500 for a connection it never saw.
pub async fn read_once_more<T, E, Fut>(
    read: impl Fn() -> Fut,
    code: impl Fn(&E) -> Option<rdkafka::types::RDKafkaErrorCode>,
) -> Result<T, E>
where
    Fut: std::future::Future<Output = Result<T, E>>,
{
    match read().await {
        Err(err) if connection_broke(code(&err)) => {
            tracing::info!("the Kafka connection broke under a read; asking once more");
            tokio::time::sleep(RECONNECT_WAIT).await;
            read().await
        }
        other => other,
    }
}

/// [`read_once_more`] for a blocking read (run off the async workers).
pub fn read_once_more_blocking<T, E>(read: impl Fn() -> Result<T, E>, code: impl Fn(&E) -> Option<rdkafka::types::RDKafkaErrorCode>) -> Result<T, E> {
    match read() {
        Err(err) if connection_broke(code(&err)) => {
            tracing::info!("the Kafka connection broke under a read; asking once more");
            std::thread::sleep(RECONNECT_WAIT);
            read()
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use rdkafka::error::KafkaError;
    use rdkafka::types::RDKafkaErrorCode;

    use super::{connection_broke, error_code, read_once_more};

    #[test]
    fn a_broken_connection_is_seen_in_admin_results_too() {
        assert!(connection_broke(error_code(&KafkaError::AdminOp(RDKafkaErrorCode::BrokerTransportFailure))));
        assert!(connection_broke(error_code(&KafkaError::MetadataFetch(RDKafkaErrorCode::AllBrokersDown))));
        assert!(!connection_broke(error_code(&KafkaError::AdminOp(RDKafkaErrorCode::UnknownTopicOrPartition))));
    }

    #[tokio::test]
    async fn a_read_is_asked_once_more_only_when_its_connection_broke() {
        let tries = std::cell::Cell::new(0);
        let broken = || {
            tries.set(tries.get() + 1);
            std::future::ready(Err::<(), _>(KafkaError::AdminOp(RDKafkaErrorCode::BrokerTransportFailure)))
        };
        assert!(read_once_more(broken, error_code).await.is_err());
        assert_eq!(tries.get(), 2);
        tries.set(0);
        let unknown = || {
            tries.set(tries.get() + 1);
            std::future::ready(Err::<(), _>(KafkaError::AdminOp(RDKafkaErrorCode::UnknownTopicOrPartition)))
        };
        assert!(read_once_more(unknown, error_code).await.is_err());
        assert_eq!(tries.get(), 1);
    }
}
