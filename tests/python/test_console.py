"""The web console at /ui, in Debian's headless Chromium (tests/console/run.mjs,
playwright-core with the system binary), against a real Gregor and broker
holding data made here: subjects with two versions and a reference, a topic
with records, a consumer group with committed offsets. The page's lag
numbers are compared with what rdkafka reads independently. Screenshots
of every page go to the test output folder (GREGOR_TEST_LOGS/console).
Any console error in the page fails the test."""
import json
import os
import shutil
import subprocess

import pytest
import requests

from conftest import FAST_GROUPS, LOG_DIR, ROOT, SR_JSON, Gregor, create_topic, unique

AVRO_V1 = {"type": "record", "name": "Thing", "namespace": "ex", "fields": [{"name": "id", "type": "int"}]}
AVRO_V2 = {**AVRO_V1, "fields": [*AVRO_V1["fields"], {"name": "note", "type": "string", "default": ""}]}


def register(url, subject, schema, references=None):
    body = {"schema": json.dumps(schema)}
    if references:
        body["references"] = references
    response = requests.post(f"{url}/subjects/{subject}/versions", json=body, headers={"content-type": SR_JSON}, timeout=10)
    assert response.status_code == 200, response.text
    return response.json()["id"]


def committed_group(bootstrap, topic):
    """A group with committed offsets on `topic` (partition 0 at 4, 1 at 1)
    and the lags rdkafka reads for it: [{partition, committed, end, lag}]."""
    from confluent_kafka import Consumer, Producer, TopicPartition

    # One record per batch: the broker's memory engine counts end offsets
    # in batches (local-broker.md, gotcha 3).
    producer = Producer({"bootstrap.servers": bootstrap, "batch.num.messages": 1, "linger.ms": 0})
    for partition, count in ((0, 10), (1, 5)):
        for i in range(count):
            producer.produce(topic, value=json.dumps({"n": i}).encode(), partition=partition)
    assert producer.flush(20) == 0
    group = unique("console-group")
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False})
    try:
        consumer.commit(offsets=[TopicPartition(topic, 0, 4), TopicPartition(topic, 1, 1)], asynchronous=False)
        lags = []
        for tp in consumer.committed([TopicPartition(topic, 0), TopicPartition(topic, 1)], timeout=10):
            _, high = consumer.get_watermark_offsets(tp, timeout=10)
            lags.append({"partition": tp.partition, "committed": tp.offset, "end": high, "lag": high - tp.offset})
    finally:
        consumer.close()
    return group, lags


def test_console_pages_in_chromium(bootstrap):
    if not shutil.which("chromium") or not (ROOT / "tools" / "node_modules" / "playwright-core").is_dir():
        print("NOTICE: chromium or playwright-core missing (scripts/setup.sh test installs them); console test skipped")
        pytest.skip("no browser")
    g = Gregor(bootstrap, env=FAST_GROUPS).start()
    try:
        subject = unique("console-thing")
        register(g.url, subject, AVRO_V1)
        register(g.url, subject, AVRO_V2)
        referencing = unique("console-wrapper")
        wrapper = {"type": "record", "name": "Wrapper", "namespace": "ex", "fields": [{"name": "thing", "type": "ex.Thing"}]}
        referencing_id = register(g.url, referencing, wrapper, [{"name": "ex.Thing", "subject": subject, "version": 2}])
        topic = create_topic(bootstrap, "console-topic", partitions=2)
        group, lags = committed_group(bootstrap, topic)
        # The form registers an Avro, a JSON Schema and a Protobuf value schema in turn.
        assert requests.put(f"{g.url}/config/{topic}-value", json={"compatibility": "NONE"}, timeout=10).status_code == 200
        plan = {"subject": subject, "referencing": referencing, "referencing_id": referencing_id, "field": "note",
                "topic": topic, "group": group, "lags": lags, "avro_schema": json.dumps(AVRO_V2),
                "more_formats": [
                    ["json", '{"plain": true}', ""],
                    ["binary", "some text", ""],
                    ["jsonschema", '{"id": 8}', json.dumps({"type": "object", "properties": {"id": {"type": "integer"}}})],
                    ["protobuf", '{"id": 9}', 'syntax = "proto3"; message Thing { int32 id = 1; }'],
                ]}
        shots = LOG_DIR / "console"
        run = subprocess.run(["node", str(ROOT / "tests" / "console" / "run.mjs")], capture_output=True, text=True, timeout=300,
                             env={**os.environ, "GREGOR_URL": g.url, "SCREENSHOTS": str(shots), "PLAN": json.dumps(plan)})
        assert g.proc.poll() is None, "gregor died"
    finally:
        g.stop()
    lines = run.stdout.strip().splitlines()
    assert lines, run.stderr[-3000:]
    result = json.loads(lines[-1])
    print(json.dumps(result, indent=1))
    failed = {name: outcome for name, outcome in result["checks"].items() if outcome is not True}
    assert not failed, failed
    assert not result["errors"], result["errors"]
    assert len(result["checks"]) == 10
    for name in ("subjects", "subject", "topic", "group", "node"):
        assert (shots / f"{name}.png").stat().st_size > 10_000, name
    assert run.returncode == 0, run.stderr[-3000:]


def test_console_is_embedded_guarded_and_can_be_turned_off(bootstrap, tmp_path):
    g = Gregor(bootstrap).start()
    try:
        page = requests.get(f"{g.url}/ui", timeout=10)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert '<base href="/ui/">' in page.text
        assert "default-src 'none'" in page.headers["content-security-policy"]
        assert requests.get(f"{g.url}/ui/", timeout=10).text == page.text
        script = requests.get(f"{g.url}/ui/views/topics.js", timeout=10)
        assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
        assert requests.get(f"{g.url}/ui/no-such-file.js", timeout=10).status_code == 404
        # `/` stays Confluent's `{}`.
        assert requests.get(f"{g.url}/", timeout=10).json() == {}
    finally:
        g.stop()
    moved = Gregor(bootstrap, env={"GREGOR_CONSOLE_PATH": "/console"}).start()
    try:
        assert '<base href="/console/">' in requests.get(f"{moved.url}/console", timeout=10).text
        assert requests.get(f"{moved.url}/ui", timeout=10).status_code == 404
    finally:
        moved.stop()
    # Off: an empty path in the configuration file.
    settings = tmp_path / "gregor.toml"
    settings.write_text('console_path = ""\n')
    off = Gregor(bootstrap, env={"GREGOR_CONFIG": str(settings)}).start()
    try:
        assert requests.get(f"{off.url}/ui", timeout=10).status_code == 404
    finally:
        off.stop()
