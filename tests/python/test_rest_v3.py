"""Kafka REST v3 (`/v3/clusters/...`) and the AdminService behind it, against
the real broker; every change is checked with an independent client
(confluent-kafka's AdminClient and Consumer). Shapes from Confluent's
`api/v3/openapi.yaml` (`../shared/vectors/confluent-openapi`), error codes
from rest-utils' `KafkaExceptionMapper`."""
import functools
import subprocess

import grpc
import pytest
import requests
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, ConfigResource, NewTopic

from conftest import GREGOR_BIN, unique
from test_native_produce import v2_code

JSON = "application/json"


@pytest.fixture(scope="module")
def v3(group_gregor):
    """The cluster's base URL, `.../v3/clusters/{id}`."""
    listing = requests.get(group_gregor.url + "/v3/clusters", timeout=30)
    assert listing.status_code == 200 and listing.headers["content-type"] == JSON
    return listing.json()["data"][0]["metadata"]["self"]


@functools.lru_cache
def admin(bootstrap):
    """One AdminClient per broker, kept alive (a collected client cancels
    the futures it returned)."""
    return AdminClient({"bootstrap.servers": bootstrap})


def topic_configs(bootstrap, topic):
    resource = ConfigResource(ConfigResource.Type.TOPIC, topic)
    described = admin(bootstrap).describe_configs([resource])[resource].result(10)
    return {name: entry.value for name, entry in described.items()}


def assert_v3_error(response, status, error_code):
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error_code"] == error_code and isinstance(body["message"], str), body


def test_clusters_match_what_kafka_reports(group_gregor, bootstrap, v3):
    cluster_id = admin(bootstrap).describe_cluster().result(10).cluster_id
    listing = requests.get(group_gregor.url + "/v3/clusters").json()
    assert listing["kind"] == "KafkaClusterList"
    assert listing["metadata"] == {"self": group_gregor.url + "/v3/clusters", "next": None}
    [cluster] = listing["data"]
    assert cluster["cluster_id"] == cluster_id and v3 == f"{group_gregor.url}/v3/clusters/{cluster_id}"
    assert cluster["metadata"] == {"self": v3, "resource_name": f"crn:///kafka={cluster_id}"}
    assert cluster["topics"] == {"related": v3 + "/topics"}
    assert requests.get(v3).json() == cluster
    brokers = requests.get(v3 + "/brokers").json()
    kafka_brokers = admin(bootstrap).list_topics(timeout=10).brokers
    assert [b["broker_id"] for b in brokers["data"]] == sorted(kafka_brokers)
    broker = brokers["data"][0]
    assert (broker["host"], broker["port"]) == (kafka_brokers[broker["broker_id"]].host, kafka_brokers[broker["broker_id"]].port)
    assert requests.get(f"{v3}/brokers/{broker['broker_id']}").json() == broker
    assert_v3_error(requests.get(group_gregor.url + "/v3/clusters/not-this-one/topics"), 404, 404)
    assert_v3_error(requests.get(v3 + "/brokers/424242"), 404, 404)


def test_topic_lifecycle_seen_by_kafka(bootstrap, v3):
    name = unique("v3")
    created = requests.post(v3 + "/topics", json={
        "topic_name": name, "partitions_count": 3, "replication_factor": 1,
        "configs": [{"name": "cleanup.policy", "value": "compact"}, {"name": "retention.ms", "value": "3600000"}],
    })
    assert created.status_code == 201, created.text
    assert created.headers["location"] == f"{v3}/topics/{name}"
    topic = created.json()
    assert topic["kind"] == "KafkaTopic" and topic["topic_name"] == name and topic["partitions_count"] == 3
    assert topic["replication_factor"] == 1 and topic["is_internal"] is False and topic["authorized_operations"] == []
    assert topic["metadata"]["resource_name"].endswith(f"/topic={name}")
    # Kafka has it, with the configs asked for.
    metadata = admin(bootstrap).list_topics(name, timeout=10).topics[name]
    assert metadata.error is None and sorted(metadata.partitions) == [0, 1, 2]
    configs = topic_configs(bootstrap, name)
    assert configs["cleanup.policy"] == "compact" and configs["retention.ms"] == "3600000"
    # Read back through v3.
    assert requests.get(f"{v3}/topics/{name}").json() == topic
    listed = requests.get(v3 + "/topics").json()
    assert listed["kind"] == "KafkaTopicList" and name in [t["topic_name"] for t in listed["data"]]
    partitions = requests.get(f"{v3}/topics/{name}/partitions").json()
    assert [p["partition_id"] for p in partitions["data"]] == [0, 1, 2]
    partition = requests.get(f"{v3}/topics/{name}/partitions/2").json()
    leader = metadata.partitions[2].leader
    assert partition["leader"] == {"related": f"{v3}/topics/{name}/partitions/2/replicas/{leader}"}
    assert_v3_error(requests.get(f"{v3}/topics/{name}/partitions/9"), 404, 40403)
    # Creating it again, or an illegal name: Kafka's bad request.
    assert_v3_error(requests.post(v3 + "/topics", json={"topic_name": name}), 400, 40002)
    assert_v3_error(requests.post(v3 + "/topics", json={"topic_name": "no spaces"}), 400, 40002)
    # Delete: 204, gone from Kafka; again: unknown topic.
    deleted = requests.delete(f"{v3}/topics/{name}")
    assert deleted.status_code == 204 and deleted.content == b""
    assert name not in admin(bootstrap).list_topics(timeout=10).topics
    assert_v3_error(requests.delete(f"{v3}/topics/{name}"), 404, 40403)
    assert_v3_error(requests.get(f"{v3}/topics/{name}"), 404, 40403)


def test_validate_only_creates_nothing(bootstrap, v3):
    name = unique("v3-dry")
    answer = requests.post(v3 + "/topics", json={"topic_name": name, "partitions_count": 2, "validate_only": True})
    assert answer.status_code == 200 and answer.json()["partitions_count"] == 2
    assert name not in admin(bootstrap).list_topics(timeout=10).topics
    # What would fail does: an existing name, no partitions.
    existing = requests.get(v3 + "/topics").json()["data"][0]["topic_name"]
    assert_v3_error(requests.post(v3 + "/topics", json={"topic_name": existing, "validate_only": True}), 400, 40002)
    assert_v3_error(requests.post(v3 + "/topics", json={"topic_name": name, "partitions_count": 0, "validate_only": True}), 400, 40002)
    assert name not in admin(bootstrap).list_topics(timeout=10).topics


def test_topic_configs_set_alter_and_reset(bootstrap, v3):
    name = unique("v3-cfg")
    for f in admin(bootstrap).create_topics([NewTopic(name, 1, 1, config={"retention.ms": "1000"})]).values():
        f.result(10)
    listed = requests.get(f"{v3}/topics/{name}/configs").json()
    assert listed["kind"] == "KafkaTopicConfigList"
    entry = next(c for c in listed["data"] if c["name"] == "retention.ms")
    assert entry["value"] == "1000" and entry["kind"] == "KafkaTopicConfig" and entry["topic_name"] == name
    assert entry["metadata"]["self"] == f"{v3}/topics/{name}/configs/retention.ms"
    assert set(entry) >= {"is_default", "is_read_only", "is_sensitive", "source", "synonyms"}
    assert requests.get(f"{v3}/topics/{name}/configs/retention.ms").json() == entry
    assert_v3_error(requests.get(f"{v3}/topics/{name}/configs/no.such.config"), 404, 404)

    put = requests.put(f"{v3}/topics/{name}/configs/retention.ms", json={"value": "2000"})
    assert put.status_code == 204, put.text
    assert topic_configs(bootstrap, name)["retention.ms"] == "2000"

    altered = requests.post(f"{v3}/topics/{name}/configs:alter", json={"data": [
        {"name": "cleanup.policy", "value": "compact"},
        {"name": "max.message.bytes", "value": "65536", "operation": "SET"},
    ]})
    assert altered.status_code == 204, altered.text
    configs = topic_configs(bootstrap, name)
    assert configs["cleanup.policy"] == "compact" and configs["max.message.bytes"] == "65536" and configs["retention.ms"] == "2000"

    dry = requests.post(f"{v3}/topics/{name}/configs:alter", json={"data": [{"name": "retention.ms", "value": "5"}], "validate_only": True})
    assert dry.status_code == 204 and topic_configs(bootstrap, name)["retention.ms"] == "2000"

    reset = requests.delete(f"{v3}/topics/{name}/configs/cleanup.policy")
    assert reset.status_code == 204, reset.text
    assert topic_configs(bootstrap, name).get("cleanup.policy") != "compact"
    batch_delete = requests.post(f"{v3}/topics/{name}/configs:alter", json={"data": [{"name": "retention.ms", "operation": "DELETE"}]})
    assert batch_delete.status_code == 204
    assert topic_configs(bootstrap, name).get("retention.ms") != "2000"
    # A request that is not one: 400; an unknown topic: 40403.
    assert_v3_error(requests.post(f"{v3}/topics/{name}/configs:alter", json={"data": [{"name": "x", "operation": "APPEND"}]}), 400, 400)
    assert_v3_error(requests.put(f"{v3}/topics/{unique('none')}/configs/retention.ms", json={"value": "1"}), 404, 40403)
    all_configs = requests.get(v3 + "/topics/-/configs").json()
    assert any(c["topic_name"] == name for c in all_configs["data"])


def test_partition_count_change_refused_by_this_broker(bootstrap, v3):
    """tansu has no CreatePartitions: Confluent answers an
    UnsupportedVersionException with 400 / 40002 (KafkaExceptionMapper)."""
    name = unique("v3-parts")
    for f in admin(bootstrap).create_topics([NewTopic(name, 1, 1)]).values():
        f.result(10)
    answer = requests.patch(f"{v3}/topics/{name}", json={"partitions_count": 2})
    assert_v3_error(answer, 400, 40002)
    assert len(admin(bootstrap).list_topics(name, timeout=10).topics[name].partitions) == 1


def test_lag_of_a_group_that_consumed_half(bootstrap, v3):
    name = unique("v3-lag")
    for f in admin(bootstrap).create_topics([NewTopic(name, 1, 1)]).values():
        f.result(10)
    # One record per batch: the memory engine's end offsets are right then
    # (local-broker.md, gotcha 3).
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 0, "batch.num.messages": 1})
    for i in range(10):
        producer.produce(name, value=b"v%d" % i)
        producer.flush(10)
    group = unique("v3-group")
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "auto.offset.reset": "earliest",
                         "enable.auto.commit": False, "session.timeout.ms": 6000, "heartbeat.interval.ms": 500})
    consumer.subscribe([name])
    seen = []
    while len(seen) < 5:
        message = consumer.poll(10)
        assert message is not None, f"only {len(seen)} records"
        if not message.error():
            seen.append(message)
    consumer.commit(message=seen[-1], asynchronous=False)
    committed = consumer.committed([TopicPartition(name, 0)], timeout=10)[0].offset
    consumer.close()
    assert committed == 5

    lags = requests.get(f"{v3}/consumer-groups/{group}/lags").json()
    assert lags["kind"] == "KafkaConsumerLagList"
    [lag] = lags["data"]
    assert (lag["topic_name"], lag["partition_id"], lag["current_offset"], lag["log_end_offset"], lag["lag"]) == (name, 0, 5, 10, 5)
    assert requests.get(f"{v3}/consumer-groups/{group}/lags/{name}/partitions/0").json() == lag
    summary = requests.get(f"{v3}/consumer-groups/{group}/lag-summary").json()
    assert summary["kind"] == "KafkaConsumerGroupLagSummary"
    assert (summary["total_lag"], summary["max_lag"], summary["max_lag_topic_name"], summary["max_lag_partition_id"]) == (5, 5, name, 0)
    assert summary["max_lag_partition"] == {"related": f"{v3}/topics/{name}/partitions/0"}
    found = requests.get(f"{v3}/consumer-groups/{group}").json()
    assert found["kind"] == "KafkaConsumerGroup" and found["consumer_group_id"] == group
    assert found["lag_summary"] == {"related": f"{v3}/consumer-groups/{group}/lag-summary"}
    assert requests.get(f"{v3}/consumer-groups/{group}/consumers").json()["kind"] == "KafkaConsumerList"
    assert_v3_error(requests.get(f"{v3}/consumer-groups/{unique('nobody')}"), 404, 404)
    assert_v3_error(requests.get(f"{v3}/consumer-groups/{group}/lags/{name}/partitions/7"), 404, 404)

    # The CLI reads the same lag.
    described = subprocess.run([GREGOR_BIN, "group", "describe", group, "--bootstrap-uri", bootstrap],
                               capture_output=True, text=True, timeout=60)
    assert described.returncode == 0, described.stderr
    assert "total lag 5" in described.stdout
    row = next(line.split() for line in described.stdout.splitlines() if line.strip().startswith(name))
    assert row[:5] == [name, "0", "5", "10", "5"]


def test_cli_topic_commands(bootstrap):
    name = unique("cli")
    run = lambda *args: subprocess.run([GREGOR_BIN, *args, "--bootstrap-uri", bootstrap], capture_output=True, text=True, timeout=60)
    created = run("topic", "create", name, "--partitions", "2", "--topic-config", "cleanup.policy=compact")
    assert created.returncode == 0, created.stderr
    assert name in admin(bootstrap).list_topics(timeout=10).topics
    assert topic_configs(bootstrap, name)["cleanup.policy"] == "compact"
    listed = run("topic", "list")
    assert any(line.split()[:2] == [name, "2"] for line in listed.stdout.splitlines())
    described = run("topic", "describe", name)
    assert described.returncode == 0 and "cleanup.policy" in described.stdout and "2 partitions" in described.stdout
    assert run("topic", "delete", name).returncode == 0
    assert name not in admin(bootstrap).list_topics(timeout=10).topics
    gone = run("topic", "delete", name)
    assert gone.returncode == 1 and "does not host" in gone.stderr


def test_grpc_admin_service(group_gregor, bootstrap):
    from gregor.kafka.v1 import admin_pb2 as pb
    from gregor.kafka.v1 import admin_pb2_grpc as rpc

    stub = rpc.AdminServiceStub(grpc.insecure_channel(f"127.0.0.1:{group_gregor.port}"))
    clusters = stub.ListKafkaClusters(pb.ListKafkaClustersRequest(), timeout=30)
    cluster_id = clusters.data[0].cluster_id
    name = unique("grpc-admin")
    created = stub.CreateKafkaTopic(pb.CreateKafkaTopicRequest(cluster_id=cluster_id, topic_name=name, partitions_count=2), timeout=30)
    assert created.topic.partitions_count == 2
    assert sorted(admin(bootstrap).list_topics(name, timeout=10).topics[name].partitions) == [0, 1]
    with pytest.raises(grpc.RpcError) as err:
        stub.GetKafkaTopic(pb.GetKafkaTopicRequest(cluster_id=cluster_id, topic_name=unique("none")), timeout=30)
    assert err.value.code() == grpc.StatusCode.NOT_FOUND and v2_code(err.value) == 40403
    stub.DeleteKafkaTopic(pb.DeleteKafkaTopicRequest(cluster_id=cluster_id, topic_name=name), timeout=30)
    assert name not in admin(bootstrap).list_topics(timeout=10).topics
