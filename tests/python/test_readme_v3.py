"""The README's Kafka REST v3 section, run as written on a broker of its
own (only the URL and the broker address are the test's): the shell
block and the command-line block after it. The state the README's earlier
examples leave behind (the topic `payments` with one record, read by the
v2 consumer group `readers`, which committed its offset) is made with
confluent-kafka first."""
import json
import re
import subprocess

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from conftest import GREGOR_BIN, ROOT, Gregor, OwnBroker

MARKER = "<!-- README test: tests/python/test_readme_v3.py runs this block -->"


def blocks_after_marker():
    """The ```sh block after the marker, and the next one."""
    text = (ROOT / "README.md").read_text()
    after = text.split(MARKER, 1)[1]
    found = re.findall(r"```sh\n(.*?)```", after, flags=re.S)
    return found[0], found[1]


@pytest.fixture(scope="module")
def own(tmp_path_factory):
    broker = OwnBroker(tmp_path_factory.mktemp("readme-v3")).start()
    gregor = Gregor(broker.bootstrap).start()
    yield broker, gregor
    gregor.stop()
    broker.stop()


def test_readme_v3_examples_run_as_written(own):
    broker, gregor = own
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    for f in admin.create_topics([NewTopic("payments", 1, 1)]).values():
        f.result(10)
    producer = Producer({"bootstrap.servers": broker.bootstrap})
    producer.produce("payments", key=b"k", value=b'{"amount":3}')
    producer.flush(10)
    readers = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "readers", "enable.auto.commit": False})
    readers.commit(offsets=[TopicPartition("payments", 0, 1)], asynchronous=False)
    readers.close()

    shell, cli = blocks_after_marker()
    script = shell.replace("http://127.0.0.1:8081", gregor.url)
    run = subprocess.run(["bash", "-euo", "pipefail", "-c", script], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    # Three answers: the topic, two produce results on their own lines
    # (each ends with \r\n), and the lag summary.
    lines = [line for line in re.split(r"\r?\n", run.stdout.replace("}{", "}\n{")) if line.strip()]
    topic, first, second, lag = (json.loads(line) for line in lines)
    assert topic["kind"] == "KafkaTopic" and topic["topic_name"] == "orders" and topic["partitions_count"] == 1
    assert (first["error_code"], first["offset"], first["key"], first["value"]) == (200, 0, {"size": 3, "type": "STRING"}, {"size": 12, "type": "JSON"})
    assert (second["error_code"], second["offset"]) == (200, 1)
    assert lag["kind"] == "KafkaConsumerGroupLagSummary" and lag["consumer_group_id"] == "readers"
    assert (lag["max_lag_topic_name"], lag["total_lag"]) == ("payments", 0)

    commands = cli.replace("target/release/gregor", GREGOR_BIN).replace("127.0.0.1:19092", broker.bootstrap)
    outputs = []
    for command in [c for c in commands.splitlines() if c.strip()]:
        done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, command + "\n" + done.stderr
        outputs.append(done.stdout)
    listed, described, group = outputs
    assert any(line.split()[:2] == ["orders", "1"] for line in listed.splitlines())
    assert "retention.ms" in described and "86400000" in described
    assert "total lag 0" in group and "payments" in group
