"""Kafka REST v3 (`/v3/clusters/...`) and the AdminService behind it, against
the real broker; every change is checked with an independent client
(confluent-kafka's AdminClient and Consumer). Shapes from Confluent's
`api/v3/openapi.yaml` (`../shared/vectors/confluent-openapi`), error codes
from rest-utils' `KafkaExceptionMapper`."""
import base64
import functools
import json
import struct
import subprocess
import time

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
    # Offsets, replicas, and a broker's replicas.
    offsets = requests.get(f"{v3}/topics/{name}/partitions/1/offset").json()
    assert offsets["kind"] == "KafkaPartitionWithOffsets" and (offsets["earliest_offset"], offsets["latest_offset"]) == (0, 0)
    assert offsets["metadata"]["resource_name"].endswith(f"/topic={name}/partition=1/offset_type=earliest_and_latest")
    assert_v3_error(requests.get(f"{v3}/topics/{name}/partitions/1/offset", params={"offset_type": "latest"}), 400, 400)
    assert_v3_error(requests.get(f"{v3}/topics/{name}/partitions/7/offset"), 404, 40402)
    replicas = requests.get(f"{v3}/topics/{name}/partitions/2/replicas").json()
    assert [(r["broker_id"], r["is_leader"], r["is_in_sync"]) for r in replicas["data"]] == \
        [(b, b == leader, b in metadata.partitions[2].isrs) for b in metadata.partitions[2].replicas]
    assert requests.get(f"{v3}/topics/{name}/partitions/2/replicas/{leader}").json() == replicas["data"][0]
    assert_v3_error(requests.get(f"{v3}/topics/{name}/partitions/2/replicas/424242"), 404, 404)
    held = requests.get(f"{v3}/brokers/{leader}/partition-replicas").json()
    assert sorted(r["partition_id"] for r in held["data"] if r["topic_name"] == name) == [0, 1, 2]
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
    assert_v3_error(requests.get(f"{v3}/consumer-groups/{group}/consumers/nobody/assignments"), 404, 404)
    assert_v3_error(requests.get(f"{v3}/consumer-groups/{group}/consumers/nobody/assignments/{name}/partitions/0"), 404, 404)
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


def read_partition(bootstrap, topic, partition, count, timeout=60):
    """`count` records of one partition from offset 0, in order, with an
    independent consumer."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": unique("v3-read"), "enable.auto.commit": False})
    consumer.assign([TopicPartition(topic, partition, 0)])
    out = []
    deadline = time.monotonic() + timeout
    while len(out) < count and time.monotonic() < deadline:
        for message in consumer.consume(10000, 1):
            assert not message.error(), message.error()
            out.append(message)
    consumer.close()
    assert len(out) == count, f"read {len(out)} of {count}"
    return out


def answers(response):
    assert response.status_code == 200 and response.headers["content-type"] == JSON, response.text[:500]
    assert response.text.endswith("\r\n")
    return [json.loads(line) for line in response.text.split("\r\n") if line]


def test_streaming_produce_of_100k_records_in_order(bootstrap, v3):
    """Confluent's streaming mode: 100,000 records on one request, answered
    one result each, in order; an independent consumer reads them back in
    the same order."""
    name = unique("v3-stream")
    for f in admin(bootstrap).create_topics([NewTopic(name, 1, 1)]).values():
        f.result(10)
    total = 100_000

    def body():
        for i in range(total):
            yield json.dumps({"key": {"type": "STRING", "data": f"k{i}"}, "value": {"type": "JSON", "data": {"n": i}}}).encode() + b"\n"

    started = time.monotonic()
    response = requests.post(f"{v3}/topics/{name}/records", data=body(), headers={"Content-Type": JSON}, timeout=600)
    results = answers(response)
    elapsed = time.monotonic() - started
    assert len(results) == total
    assert all(r["error_code"] == 200 for r in results), next(r for r in results if r["error_code"] != 200)
    assert [r["offset"] for r in results] == list(range(total))
    assert results[0]["key"] == {"size": 2, "type": "STRING"} and results[0]["value"] == {"size": 7, "type": "JSON"}
    records = read_partition(bootstrap, name, 0, total)
    assert [m.key() for m in records[:3]] == [b"k0", b"k1", b"k2"]
    assert all(json.loads(m.value()) == {"n": i} for i, m in enumerate(records))
    print(f"\n100k streamed records answered in {elapsed:.1f} s")


def test_produce_formats_headers_and_timestamps(bootstrap, v3, group_gregor):
    name = unique("v3-formats")
    for f in admin(bootstrap).create_topics([NewTopic(name, 2, 1)]).values():
        f.result(10)
    schema = {"type": "record", "name": "Reading", "fields": [{"name": "celsius", "type": "double"}]}
    records = [
        {"partition_id": 1, "key": {"type": "BINARY", "data": base64.b64encode(b"\x00\xff").decode()},
         "value": {"type": "STRING", "data": "plain text"},
         "headers": [{"name": "trace", "value": base64.b64encode(b"abc").decode()}],
         "timestamp": "2026-01-02T03:04:05.678Z"},
        {"partition_id": 1, "value": {"type": "AVRO", "schema": json.dumps(schema), "data": {"celsius": 21.5}}},
    ]
    results = answers(requests.post(f"{v3}/topics/{name}/records", data="".join(json.dumps(r) for r in records),
                                    headers={"Content-Type": JSON}))
    assert [r["error_code"] for r in results] == [200, 200], results
    assert results[0]["timestamp"] == "2026-01-02T03:04:05.678Z"
    schema_id = results[1]["value"]["schema_id"]
    assert results[1]["value"]["type"] == "AVRO"
    # The schema was registered under the topic's value subject.
    registered = requests.get(f"{group_gregor.url}/subjects/{name}-value/versions/latest").json()
    assert registered["id"] == schema_id
    # Again by schema id: the type follows from the schema.
    by_id = answers(requests.post(f"{v3}/topics/{name}/records", json={"partition_id": 1, "value": {"schema_id": schema_id, "data": {"celsius": -4.0}}}))
    assert by_id[0]["error_code"] == 200 and by_id[0]["value"]["type"] == "AVRO"
    # Data that does not fit the schema: that record's error.
    misfit = answers(requests.post(f"{v3}/topics/{name}/records", json={"value": {"schema_id": schema_id, "data": {"celsius": "warm"}}}))
    assert misfit[0]["error_code"] == 42206

    first, second, third = read_partition(bootstrap, name, 1, 3)
    assert first.key() == b"\x00\xff" and first.value() == b"plain text"
    assert first.headers() == [("trace", b"abc")]
    assert first.timestamp()[1] == 1767323045678
    # Confluent's wire format: magic byte, schema id, Avro binary (a double).
    for message, celsius in ((second, 21.5), (third, -4.0)):
        value = message.value()
        assert value[0] == 0 and int.from_bytes(value[1:5], "big") == schema_id
        assert struct.unpack("<d", value[5:]) == (celsius,)


def test_produce_errors_are_per_record_and_in_order(bootstrap, v3):
    name = unique("v3-errors")
    for f in admin(bootstrap).create_topics([NewTopic(name, 1, 1)]).values():
        f.result(10)
    body = (json.dumps({"value": {"type": "JSON", "data": 1}}) + json.dumps({"partition_id": 5, "value": {"type": "JSON", "data": 2}})
            + json.dumps({"value": {"type": "BINARY", "data": "not base64!"}}) + json.dumps({"value": {"type": "JSON", "data": 3}})
            + " [not a record]" + json.dumps({"value": {"type": "JSON", "data": 4}}))
    results = answers(requests.post(f"{v3}/topics/{name}/records", data=body, headers={"Content-Type": JSON}))
    assert [r["error_code"] for r in results] == [200, 40402, 400, 200, 400], results
    assert [r["offset"] for r in results if r["error_code"] == 200] == [0, 1]
    assert [json.loads(m.value()) for m in read_partition(bootstrap, name, 0, 2)] == [1, 3]
    unknown = answers(requests.post(f"{v3}/topics/{unique('none')}/records", json={"value": {"type": "JSON", "data": 1}}))
    assert unknown[0]["error_code"] == 40401
    other = requests.post(v3.rsplit("/", 1)[0] + f"/other-cluster/topics/{name}/records", json={"value": {"type": "JSON", "data": 1}})
    assert answers(other)[0]["error_code"] == 404


def test_produce_batch(bootstrap, v3):
    name = unique("v3-batch")
    for f in admin(bootstrap).create_topics([NewTopic(name, 1, 1)]).values():
        f.result(10)
    response = requests.post(f"{v3}/topics/{name}/records:batch", json={"entries": [
        {"id": "one", "value": {"type": "JSON", "data": {"a": 1}}},
        {"id": "two", "value": {"type": "BINARY", "data": "%%"}},
        {"id": "three", "key": {"type": "STRING", "data": "k"}, "value": {"type": "STRING", "data": "v"}},
    ]})
    assert response.status_code == 207, response.text
    body = response.json()
    assert [s["id"] for s in body["successes"]] == ["one", "three"] and [s["offset"] for s in body["successes"]] == [0, 1]
    assert [(f["id"], f["error_code"]) for f in body["failures"]] == [("two", 400)]
    assert [m.value() for m in read_partition(bootstrap, name, 0, 2)] == [b'{"a":1}', b"v"]
    assert_v3_error(requests.post(f"{v3}/topics/{name}/records:batch", json={"entries": []}), 422, 42208)
    eleven = [{"id": str(i), "value": {"type": "JSON", "data": i}} for i in range(11)]
    assert_v3_error(requests.post(f"{v3}/topics/{name}/records:batch", json={"entries": eleven}), 422, 42208)
    twice = [{"id": "same", "value": {"type": "JSON", "data": i}} for i in range(2)]
    assert_v3_error(requests.post(f"{v3}/topics/{name}/records:batch", json={"entries": twice}), 422, 42208)


def test_grpc_produce_records_stream(group_gregor, bootstrap):
    from google.protobuf import struct_pb2
    from gregor.kafka.v1 import records_pb2 as pb
    from gregor.kafka.v1 import records_pb2_grpc as rpc

    name = unique("v3-grpc")
    for f in admin(bootstrap).create_topics([NewTopic(name, 1, 1)]).values():
        f.result(10)
    cluster_id = admin(bootstrap).describe_cluster().result(10).cluster_id
    stub = rpc.RecordsServiceStub(grpc.insecure_channel(f"127.0.0.1:{group_gregor.port}"))

    def requests_():
        for i in range(1000):
            yield pb.ProduceRecordsRequest(cluster_id=cluster_id, topic_name=name,
                                           value=pb.ProduceRecordData(type="STRING", data=struct_pb2.Value(string_value=f"r{i}")))

    results = list(stub.ProduceRecords(requests_(), timeout=120))
    assert [r.error_code for r in results] == [200] * 1000 and [r.offset for r in results] == list(range(1000))
    assert [m.value() for m in read_partition(bootstrap, name, 0, 1000)] == [f"r{i}".encode() for i in range(1000)]


def test_broker_configs_match_what_kafka_describes(bootstrap, v3):
    broker_id = sorted(admin(bootstrap).list_topics(timeout=10).brokers)[0]
    resource = ConfigResource(ConfigResource.Type.BROKER, str(broker_id))
    kafka = admin(bootstrap).describe_configs([resource])[resource].result(10)
    listed = requests.get(f"{v3}/brokers/{broker_id}/configs").json()
    assert listed["kind"] == "KafkaBrokerConfigList"
    assert {c["name"]: c["value"] for c in listed["data"]} == {name: entry.value for name, entry in kafka.items()}
    everyone = requests.get(f"{v3}/brokers/-/configs").json()
    assert everyone["kind"] == "KafkaBrokerConfigList" and len(everyone["data"]) >= len(listed["data"])
    assert_v3_error(requests.get(f"{v3}/brokers/424242/configs"), 404, 404)
    assert_v3_error(requests.get(f"{v3}/brokers/{broker_id}/configs/no.such.config"), 404, 404)
    # A change Kafka takes is 204 (tansu accepts broker changes and keeps none).
    assert requests.put(f"{v3}/brokers/{broker_id}/configs/log.retention.ms", json={"value": "3600000"}).status_code == 204
    assert requests.post(f"{v3}/brokers/{broker_id}/configs:alter",
                         json={"data": [{"name": "log.retention.ms", "operation": "DELETE"}]}).status_code == 204
    assert_v3_error(requests.post(f"{v3}/brokers/{broker_id}/configs:alter", json={"data": [{"name": "x", "operation": "ADD"}]}), 400, 400)


def test_cluster_configs(v3):
    """The cluster-wide broker defaults (`BROKER` resource named "", KIP-226),
    which librdkafka refused before Gregor's patch. tansu takes changes and
    keeps none, so what Kafka lists is empty and each change is a 204."""
    listed = requests.get(f"{v3}/broker-configs")
    assert listed.status_code == 200 and listed.headers["content-type"] == JSON, listed.text
    body = listed.json()
    assert body["kind"] == "KafkaClusterConfigList" and body["metadata"] == {"self": f"{v3}/broker-configs", "next": None}
    for config in body["data"]:
        assert config["kind"] == "KafkaClusterConfig" and config["config_type"] == "BROKER", config
        got = requests.get(f"{v3}/broker-configs/{config['name']}").json()
        assert got == config
    assert requests.put(f"{v3}/broker-configs/log.retention.ms", json={"value": "604800000"}).status_code == 204
    assert requests.post(f"{v3}/broker-configs:alter", json={"data": [
        {"name": "log.retention.ms", "value": "3600000"}, {"name": "compression.type", "operation": "DELETE"}]}).status_code == 204
    assert requests.post(f"{v3}/broker-configs:alter", json={"data": [{"name": "x", "value": "1"}],
                                                           "validate_only": True}).status_code == 204
    # Not set cluster-wide: Confluent's two different 404s.
    assert requests.get(f"{v3}/broker-configs/no.such.config").json() == {"error_code": 404, "message": "HTTP 404 Not Found"}
    cluster_id = v3.rsplit("/", 1)[1]
    deleted = requests.delete(f"{v3}/broker-configs/no.such.config")
    assert deleted.status_code == 404 and deleted.json() == {
        "error_code": 404, "message": f"Config no.such.config cannot be found for BROKER  in cluster {cluster_id}."}
    assert_v3_error(requests.put(f"{v3}/broker-configs/log.retention.ms", json={}), 400, 400)
    assert_v3_error(requests.post(f"{v3}/broker-configs:alter", json={"data": [{"name": "x", "operation": "ADD"}]}), 400, 400)
    assert_v3_error(requests.get(f"{v3.rsplit('/', 1)[0]}/no-such-cluster/broker-configs"), 404, 404)


def test_reassignments_are_what_kafka_lists(bootstrap, v3):
    """ListPartitionReassignments goes out on Gregor's own connection
    (librdkafka has no call for it). tansu answers every partition it has,
    with nothing being added or removed; Kafka answers only those moving.
    Either way every entry names a real partition, and the three paths
    agree."""
    topic = unique("v3-reassign")
    assert requests.post(f"{v3}/topics", json={"topic_name": topic, "partitions_count": 2}).status_code == 201
    metadata = admin(bootstrap).list_topics(timeout=10).topics
    listed = requests.get(f"{v3}/topics/-/partitions/-/reassignment")
    assert listed.status_code == 200, listed.text
    body = listed.json()
    assert body["kind"] == "KafkaReassignmentList"
    assert body["metadata"]["self"] == f"{v3}/topics/-/partitions/-/reassignments"
    for entry in body["data"]:
        assert entry["partition_id"] in metadata[entry["topic_name"]].partitions, entry
        assert entry["replicas"]["related"] == f"{v3}/topics/{entry['topic_name']}/partitions/{entry['partition_id']}/replicas"
        assert isinstance(entry["adding_replicas"], list) and isinstance(entry["removing_replicas"], list)
    ours = [e for e in body["data"] if e["topic_name"] == topic]
    by_topic = requests.get(f"{v3}/topics/{topic}/partitions/-/reassignment").json()
    assert by_topic["data"] == ours
    for entry in ours:
        one = requests.get(f"{v3}/topics/{topic}/partitions/{entry['partition_id']}/reassignment")
        assert one.status_code == 200, one.text
        single = one.json()
        assert single["metadata"]["self"].endswith(f"/partitions/{entry['partition_id']}/reassignment")
        assert single["metadata"]["resource_name"].endswith(f"/topic={topic}/partition={entry['partition_id']}/reassignment")
        assert {k: v for k, v in single.items() if k != "metadata"} == {k: v for k, v in entry.items() if k != "metadata"}
    moving = {(e["topic_name"], e["partition_id"]) for e in body["data"]}
    if (topic, 7) not in moving:
        assert requests.get(f"{v3}/topics/{topic}/partitions/7/reassignment").json() == {
            "error_code": 404, "message": "HTTP 404 Not Found"}
    assert requests.get(f"{v3}/topics/{unique('none')}/partitions/-/reassignment").json()["data"] == []


def test_acls_on_a_broker_without_an_authorizer(v3, group_gregor):
    """tansu has no authorizer. Its DescribeAcls answers no ACLs; it has no
    DeleteAcls (UnsupportedVersion: Confluent's 400 / 40002); its CreateAcls
    reply cannot be read (a Kafka error, 500 / 50002, where an unpatched
    librdkafka aborted the process). Gregor stays up through all of it."""
    acl = {"resource_type": "TOPIC", "resource_name": "orders", "pattern_type": "LITERAL", "principal": "User:alice",
           "host": "*", "operation": "READ", "permission": "ALLOW"}
    listed = requests.get(f"{v3}/acls")
    assert listed.status_code == 200 and listed.json()["kind"] == "KafkaAclList" and listed.json()["data"] == []
    assert listed.json()["metadata"]["self"] == f"{v3}/acls?resource_type=ANY&resource_name=&pattern_type=ANY&principal=&host=&operation=ANY&permission=ANY"
    assert_v3_error(requests.post(f"{v3}/acls", json=acl), 500, 50002)
    assert_v3_error(requests.post(f"{v3}/acls:batch", json={"data": [acl]}), 500, 50002)
    assert_v3_error(requests.delete(f"{v3}/acls", params={"resource_type": "TOPIC", "pattern_type": "ANY", "operation": "ANY", "permission": "ANY"}), 400, 40002)
    # Requests Confluent refuses before asking Kafka.
    assert_v3_error(requests.delete(f"{v3}/acls"), 400, 400)
    assert_v3_error(requests.post(f"{v3}/acls", json={**acl, "operation": "ANY"}), 400, 400)
    # An enum value JAX-RS cannot convert: 404; in a body (Jackson): 400.
    assert_v3_error(requests.get(f"{v3}/acls", params={"operation": "FLY"}), 404, 404)
    assert_v3_error(requests.post(f"{v3}/acls", json={**acl, "operation": "FLY"}), 400, 400)
    assert group_gregor.proc.poll() is None
