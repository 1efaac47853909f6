"""Operations (issue #16): Prometheus metrics at /metrics move by the right
amounts under load; /livez, /readyz, /_health and grpc.health.v1 follow
the broker: paused with SIGSTOP, the probes name the stalled loops and the
node goes unready and unhealthy, then recovers when the broker resumes; killed
and started again, the same.
The probe test runs its own broker so it can pause it."""
import json
import os
import re
import signal
import time

import grpc
import requests
from confluent_kafka.admin import AdminClient, NewTopic

from conftest import Client, Gregor, OwnBroker, unique

BINARY = "application/vnd.kafka.binary.v2+json"
V2 = "application/vnd.kafka.v2+json"


def scrape(url):
    """{(name, frozenset(labels)): value} from the text exposition."""
    r = requests.get(url + "/metrics", timeout=10)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain"), r.text
    out = {}
    for line in r.text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        m = re.match(r'^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$', line)
        assert m, line
        labels = frozenset(re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', m.group(2) or ""))
        out[(m.group(1), labels)] = float(m.group(3))
    return out


def value(metrics, name, **labels):
    return metrics.get((name, frozenset(labels.items())), 0.0)


def test_metrics_move_with_requests_records_and_schemas(bootstrap, gregor, sr):
    topic = unique("ops-metrics")
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for f in admin.create_topics([NewTopic(topic, 1, 1)]).values():
        f.result(10)
    before = scrape(gregor.url)
    # 20 registry reads of one route template (subjects are not labels).
    subjects = [unique("ops-subject") for _ in range(4)]
    for subject in subjects:
        assert sr.register(subject, '"string"').status_code == 200
    for _ in range(5):
        for subject in subjects:
            assert sr.get(f"/subjects/{subject}/versions/latest").status_code == 200
    assert sr.get("/subjects/no-such-subject/versions/1").status_code == 404
    # 3 produce requests of 10 records, 4 value bytes each.
    body = json.dumps({"records": [{"value": "AAAAAA=="} for _ in range(10)]})
    for _ in range(3):
        r = requests.post(f"{gregor.url}/topics/{topic}", data=body, headers={"Content-Type": BINARY})
        assert r.status_code == 200 and all("error_code" not in o or o["error_code"] is None for o in r.json()["offsets"]), r.text
    # A consumer instance reads them back.
    group = unique("ops-group")
    base = f"{gregor.url}/consumers/{group}"
    r = requests.post(base, json={"name": "c1", "format": "binary", "auto.offset.reset": "earliest"},
                      headers={"Content-Type": V2})
    assert r.status_code == 200, r.text
    instance = f"{base}/instances/c1"
    try:
        assert requests.post(f"{instance}/subscription", json={"topics": [topic]},
                             headers={"Content-Type": V2}).status_code == 204
        during = scrape(gregor.url)
        assert value(during, "gregor_consumer_instances") >= 1
        got, deadline = 0, time.monotonic() + 30
        while got < 30 and time.monotonic() < deadline:
            r = requests.get(f"{instance}/records", headers={"Accept": BINARY}, params={"timeout": 1000})
            assert r.status_code == 200, r.text
            got += len(r.json())
        assert got == 30
    finally:
        requests.delete(instance, headers={"Content-Type": V2})
    after = scrape(gregor.url)

    def moved(name, **labels):
        return value(after, name, **labels) - value(before, name, **labels)

    template = "/subjects/{subject}/versions/{version}"
    assert moved("karapace_http_requests_total", method="GET", path=template, status="200") == 20
    assert moved("karapace_http_requests_total", method="GET", path=template, status="404") == 1
    assert moved("karapace_http_requests_duration_seconds_count", method="GET", path=template) == 21
    assert moved("karapace_http_requests_total", method="POST", path="/subjects/{subject}/versions", status="200") == 4
    produced = [k for k in after if k[0] == "karapace_http_requests_total" and ("method", "POST") in k[1]
                and any(n == "path" and v.startswith("/topics/") for n, v in k[1])]
    assert len(produced) == 1 and dict(produced[0][1])["path"].startswith("/topics/{"), produced
    assert after[produced[0]] - before.get(produced[0], 0) == 3
    assert not any(s in str(after.keys()) for s in subjects), "a subject became a label"
    assert moved("gregor_produce_records_total", topic="", result="ok") == 30
    assert moved("gregor_produce_bytes_total", topic="") == 30 * 4
    assert moved("gregor_consume_records_total", group="") == 30
    assert moved("gregor_consume_bytes_total", group="") == 30 * 4
    assert value(after, "gregor_consumer_instances") == value(during, "gregor_consumer_instances") - 1
    # Registry gauges and Karapace's reader counter.
    assert value(after, "karapace_schema_reader_subjects") >= 4
    assert value(after, "karapace_schema_reader_schemas") >= 1
    assert moved("karapace_schema_reader_records_processed_total", keymode="CANONICAL") >= 4
    assert value(after, "gregor_registry", what="ready") == 1
    # The process collector.
    assert value(after, "process_resident_memory_bytes") > 1e6
    assert value(after, "process_open_fds") > 0


def health_check(port, service):
    """grpc.health.v1.Health/Check, by hand: 1 SERVING, 2 NOT_SERVING."""
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        check = channel.unary_unary("/grpc.health.v1.Health/Check",
                                    request_serializer=lambda s: b"\x0a" + bytes([len(s)]) + s.encode() if s else b"",
                                    response_deserializer=lambda b: b[1] if len(b) >= 2 else 0)
        return check(service, timeout=5)


def wait_for(what, check, timeout=40):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(0.25)
    raise AssertionError(f"{what}: still {last!r} after {timeout} s")


def test_probes_follow_a_paused_then_killed_broker(tmp_path):
    broker = OwnBroker(tmp_path / "broker").start()
    g = Gregor(broker.bootstrap, env={"GREGOR_LIVENESS_TTL_MS": "4000"})
    pid = int((tmp_path / "broker" / "broker.pid").read_text())  # the first start's
    registry = "gregor.registry.v1.SchemaRegistryService"
    try:
        g.start()
        status = lambda path: requests.get(g.url + path, timeout=10).status_code  # noqa: E731
        wait_for("ready", lambda: status("/readyz") == 204)
        assert status("/livez") == 204
        assert requests.get(g.url + "/_health").json()["healthy"] is True
        wait_for("gRPC SERVING", lambda: health_check(g.port, "") == 1 and health_check(g.port, registry) == 1)

        os.kill(pid, signal.SIGSTOP)
        try:
            wait_for("/readyz 503", lambda: status("/readyz") == 503)
            assert "Kafka last answered" in requests.get(g.url + "/readyz").text
            # (A list: a 500 Response is falsy.)
            [live] = wait_for("/livez 500", lambda: (r := requests.get(g.url + "/livez", timeout=10)).status_code == 500 and [r])
            assert "schemas-reader: no progress for" in live.text and "kafka-probe" in live.text, live.text
            [health] = wait_for("unhealthy", lambda: (r := requests.get(g.url + "/_health", timeout=10)).status_code == 503 and [r])
            assert health.json()["healthy"] is False
            wait_for("gRPC NOT_SERVING", lambda: health_check(g.port, "") == 2 and health_check(g.port, registry) == 2)
            # Reads are still answered from memory.
            assert Client(g.url).get("/subjects").status_code == 200
        finally:
            os.kill(pid, signal.SIGCONT)
        wait_for("/readyz 204 again", lambda: status("/readyz") == 204)
        wait_for("/livez 204 again", lambda: status("/livez") == 204)
        wait_for("healthy again", lambda: requests.get(g.url + "/_health").json()["healthy"] is True)
        wait_for("gRPC SERVING again", lambda: health_check(g.port, "") == 1)
        assert Client(g.url).register(unique("ops-after"), '"int"').status_code == 200

        # Killed, then started again (a memory broker: empty).
        broker.stop(check=True)
        wait_for("/readyz 503 with the broker gone", lambda: status("/readyz") == 503)
        [live] = wait_for("/livez 500 with the broker gone",
                          lambda: (r := requests.get(g.url + "/livez", timeout=10)).status_code == 500 and [r])
        assert "kafka-probe: no progress for" in live.text, live.text
        broker.start()
        wait_for("/readyz 204 with the broker back", lambda: status("/readyz") == 204)
        wait_for("/livez 204 with the broker back", lambda: status("/livez") == 204)
        # Its schemas topic is gone with the broker's memory: unhealthy, as
        # the reader reports, until the topic is back.
        assert requests.get(g.url + "/_health").json()["healthy"] is False
    finally:
        g.stop()
        broker.stop()


def test_a_port_in_use_is_reported_before_kafka_is_asked(tmp_path):
    import socket
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        # No broker at all on this address: the port error must come first, at once.
        g = Gregor("127.0.0.1:1", port=port)
        start = time.monotonic()
        try:
            g.start(wait_ready=False)
            g.proc.wait(timeout=10)
        finally:
            g.stop()
        assert time.monotonic() - start < 5
        from conftest import LOG_DIR
        log = (LOG_DIR / f"gregor-{g.topic}-{port}-1.log").read_text()
        assert "Address already in use" in log or "address in use" in log.lower(), log


def test_request_ids_reach_kafka_headers_and_logs_are_json(bootstrap, tmp_path):
    from confluent_kafka import Consumer
    from conftest import LOG_DIR, create_topic
    topic = create_topic(bootstrap, "ops-reqid")
    g = Gregor(bootstrap, env={"GREGOR_PRODUCE_REQUEST_ID_HEADER": "X-Request-Id", "GREGOR_LOG_FORMAT": "json",
                               "RUST_LOG": "info,gregor=debug"})
    try:
        g.start()
        records = [{"value": "AA=="}, {"value": "AQ==", "headers": [{"key": "x-request-id", "value": "b3du"}]}]
        r = requests.post(f"{g.url}/topics/{topic}", data=json.dumps({"records": records}),
                          headers={"Content-Type": BINARY, "X-Request-Id": "req-42"})
        assert r.status_code == 200, r.text
        assert requests.get(f"{g.url}/subjects/none/versions").status_code == 404
        # The native gRPC API: the id from the call's metadata.
        from gregor.kafka.v1 import kafka_pb2 as pb
        from gregor.kafka.v1 import kafka_pb2_grpc as rpc
        with grpc.insecure_channel(f"127.0.0.1:{g.port}") as channel:
            stub = rpc.KafkaServiceStub(channel)
            stub.Produce(pb.ProduceRequest(topic=topic, records=[pb.Record(value=b"g")]),
                         metadata=[("x-request-id", "grpc-7")], timeout=30)
            acks = list(stub.ProduceStream(iter([pb.ProduceStreamRequest(sequence=1, topic=topic, records=[pb.Record(value=b"s")])]),
                                           metadata=[("x-request-id", "stream-9")], timeout=30))
            assert [a.sequence for a in acks] == [1]
    finally:
        g.stop()
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": unique("ops-reqid"), "auto.offset.reset": "earliest"})
    try:
        consumer.subscribe([topic])
        got = []
        deadline = time.monotonic() + 30
        while len(got) < 4 and time.monotonic() < deadline:
            m = consumer.poll(1)
            if m is not None and not m.error():
                got.append(dict(m.headers() or []))
    finally:
        consumer.close()
    # The request's id on the record without one; the record's own kept.
    assert got == [{"x-request-id": b"req-42"}, {"x-request-id": b"own"}, {"x-request-id": b"grpc-7"},
                   {"x-request-id": b"stream-9"}], got
    lines = (LOG_DIR / f"gregor-{g.topic}-{g.port}-1.log").read_text().splitlines()
    logged = [json.loads(line) for line in lines if line.startswith("{")]
    assert logged and len(logged) >= len([line for line in lines if line.strip()]) - 5  # rdkafka's own lines aside
    requests_logged = [e for e in logged if e.get("fields", {}).get("message") == "request"]
    assert any(e["fields"].get("status") == 200 and f"/topics/{topic}" in e["fields"].get("uri", "") for e in requests_logged), \
        requests_logged[:3]
    assert any(e["fields"].get("status") == 404 for e in requests_logged)


def test_librdkafka_statistics_become_gauges(bootstrap):
    from conftest import create_topic
    topic = create_topic(bootstrap, "ops-stats")
    g = Gregor(bootstrap, env={"GREGOR_KAFKA_STATISTICS_INTERVAL_MS": "500", "GREGOR_METRICS_KAFKA_LABELS": "true"})
    group = unique("ops-stats-group")
    try:
        g.start()
        body = json.dumps({"records": [{"value": "AAAA"} for _ in range(5)]})
        assert requests.post(f"{g.url}/topics/{topic}", data=body, headers={"Content-Type": BINARY}).status_code == 200
        base = f"{g.url}/consumers/{group}"
        assert requests.post(base, json={"name": "c", "format": "binary", "auto.offset.reset": "earliest"},
                             headers={"Content-Type": V2}).status_code == 200
        instance = f"{base}/instances/c"
        assert requests.post(f"{instance}/subscription", json={"topics": [topic]},
                             headers={"Content-Type": V2}).status_code == 204
        got, deadline = 0, time.monotonic() + 30
        while got < 5 and time.monotonic() < deadline:
            got += len(requests.get(f"{instance}/records", headers={"Accept": BINARY}, params={"timeout": 1000}).json())
        assert got == 5

        def producer_seen():
            m = scrape(g.url)
            rtt = [v for (name, labels), v in m.items()
                   if name == "gregor_kafka_broker_rtt_seconds" and ("client", "producer") in labels]
            return rtt and min(rtt) > 0 and value(m, "gregor_kafka_client_sent_bytes", client="producer") > 0 and m
        m = wait_for("producer statistics", producer_seen, timeout=20)
        assert value(m, "gregor_kafka_client_queue_messages", client="producer") == 0
        # The instance's lag, under its group (labels on): read to the end, 0.
        wait_for("consumer lag reported", lambda: ("gregor_consumer_lag_records", frozenset({("group", group)})) in scrape(g.url))
        wait_for("consumer lag 0", lambda: value(scrape(g.url), "gregor_consumer_lag_records", group=group) == 0)
        # Topic labels are on: the produce counter is the topic's own.
        assert value(scrape(g.url), "gregor_produce_records_total", topic=topic, result="ok") == 5
        requests.delete(instance, headers={"Content-Type": V2})
    finally:
        g.stop()
