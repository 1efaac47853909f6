"""The Karafka-style consumer framework (clients/python gregor_consumers
and clients/typescript src/consumers.ts, issue #18) on a real Gregor and
broker: each language's example app (orders_app.py, orders-app.ts) killed
with SIGKILL mid-batch and replaced leaves no record unhandled, and sends a
poison record to the dead-letter topic; with the Python framework also a
poison record ends in the
dead-letter topic with headers saying why while the others are handled and
answered (responders); a graceful stop acks what was handled; the liveness
endpoint answers 204, then 500 for a consumer stuck past its TTL."""
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest
from confluent_kafka import OFFSET_BEGINNING, Consumer as KafkaConsumer, Producer, TopicPartition

from conftest import ROOT, create_topic, free_port, unique
from gregor_consumers import App, Consumer

TS = ROOT / "clients" / "typescript"


def app_command(language, port):
    """The example app of `language` and the environment naming Gregor."""
    if language == "python":
        return [sys.executable, str(ROOT / "clients" / "python" / "examples" / "orders_app.py"), f"127.0.0.1:{port}"], {}
    if not shutil.which("node") or not (TS / "node_modules").is_dir():
        print("NOTICE: node or clients/typescript/node_modules missing (scripts/setup.sh test installs them)")
        pytest.skip("the TypeScript client is not installed")
    build = subprocess.run(["npm", "run", "--silent", "build"], cwd=TS, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr
    return ["node", str(TS / "dist" / "examples" / "orders-app.js")], {"GREGOR_URL": f"http://127.0.0.1:{port}"}


def produce_orders(bootstrap, topic, orders, partitions=1):
    producer = Producer({"bootstrap.servers": bootstrap})
    for n, order in enumerate(orders):
        producer.produce(topic, key=str(n).encode(), value=order if isinstance(order, bytes) else json.dumps(order).encode(),
                         partition=n % partitions)
    assert producer.flush(30) == 0


def read_all(bootstrap, topic, expected, timeout=90):
    """At least `expected` records of `topic` (from the start), or what came in `timeout` s."""
    consumer = KafkaConsumer({"bootstrap.servers": bootstrap, "group.id": unique("check"), "auto.offset.reset": "earliest",
                              "enable.auto.commit": False})
    # Assigned, not subscribed: no group join to wait for.
    partitions = consumer.list_topics(topic, timeout=10).topics[topic].partitions
    consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in partitions])
    got, deadline = [], time.monotonic() + timeout
    try:
        while len(got) < expected and time.monotonic() < deadline:
            message = consumer.poll(1)
            if message is not None and not message.error():
                got.append(message)
    finally:
        consumer.close()
    return got


def committed(bootstrap, group, topic, partitions):
    consumer = KafkaConsumer({"bootstrap.servers": bootstrap, "group.id": group})
    try:
        found = consumer.committed([TopicPartition(topic, p) for p in range(partitions)], timeout=30)
        return {tp.partition: tp.offset for tp in found}
    finally:
        consumer.close()


def run_app(app):
    thread = threading.Thread(target=app.run, kwargs={"install_signal_handlers": False}, daemon=True)
    thread.start()
    return thread


def wait_for(predicate, timeout=90, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.parametrize("language", ["python", "typescript"])
def test_a_worker_killed_mid_batch_loses_nothing(group_gregor, bootstrap, tmp_path, language):
    orders, totals = create_topic(bootstrap, "fw-orders", partitions=2), create_topic(bootstrap, "fw-totals")
    dlq = create_topic(bootstrap, "fw-dlq")
    count = 300
    # A poison order among them: not JSON.
    poison = 7
    produce_orders(bootstrap, orders, [b"{not json" if n == poison else {"id": f"o{n}", "amount": n} for n in range(count)],
                   partitions=2)
    log = tmp_path / "processed.log"
    command, extra = app_command(language, group_gregor.port)
    env = {**os.environ, **extra, "ORDERS_TOPIC": orders, "TOTALS_TOPIC": totals, "DLQ_TOPIC": dlq, "GROUP": unique("fw-group"),
           "PROCESSED_LOG": str(log), "SLOW_MS": "15", "BATCH_SIZE": "20", "RETRIES": "1", "BACKOFF_MS": "10"}
    first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for(lambda: log.exists() and len(log.read_text().splitlines()) >= 40, what="the first worker to handle 40 orders")
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    handled_by_first = len(log.read_text().splitlines())
    assert handled_by_first < count, "the first worker was to be killed mid-way"
    liveness = free_port()
    second = subprocess.Popen(command, env={**env, "LIVENESS_PORT": str(liveness)}, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    expected = {(orders, n % 2, n // 2) for n in range(count) if n != poison}
    try:
        def all_handled():
            seen = {(t, int(p), int(o)) for t, p, o in (line.split() for line in log.read_text().splitlines())}
            return expected <= seen
        wait_for(all_handled, timeout=180, what="every order to be handled")
        assert urllib.request.urlopen(f"http://127.0.0.1:{liveness}/", timeout=5).status == 204
    finally:
        second.send_signal(signal.SIGTERM)
        _, err = second.communicate(timeout=60)
    assert second.returncode == 0, err.decode()[-3000:]
    lines = log.read_text().splitlines()
    seen = {(t, int(p), int(o)) for t, p, o in (line.split() for line in lines)}
    assert seen == expected
    # At least once: a batch cut short by the kill may be handled twice.
    print(f"{count} orders, {handled_by_first} handled before SIGKILL, {len(lines)} handlings in all "
          f"({len(lines) - count} repeated)")
    # Every order answered on the totals topic, at least once; the poison
    # one in the dead-letter topic, with where it came from.
    answered = {m.key().decode() for m in read_all(bootstrap, totals, len(lines), timeout=60)}
    assert answered == {f"o{n}" for n in range(count) if n != poison}
    dead = read_all(bootstrap, dlq, 1)
    assert [(m.value(), dict(m.headers())["gregor-dlq-offset"]) for m in dead][:1] == [(b"{not json", str(poison // 2).encode())]
    # The graceful stop acknowledged everything the second worker handled.
    offsets = committed(bootstrap, env["GROUP"], orders, 2)
    assert offsets == {0: count // 2, 1: count // 2}, offsets


def test_a_poison_record_goes_to_the_dead_letter_topic(group_gregor, bootstrap):
    orders, totals, dlq = (create_topic(bootstrap, name) for name in ("fw-orders", "fw-totals", "fw-dlq"))
    produce_orders(bootstrap, orders, [{"id": "a", "amount": 1}, b"not json", {"id": "b", "amount": 2, "quantity": 3}])
    attempts = []

    class Orders(Consumer):
        def consume(self, messages):
            for message in messages:
                attempts.append(message.offset)
                order = message.payload
                self.respond_to(totals, str(order["amount"] * order.get("quantity", 1)).encode(), key=order["id"].encode())
                self.mark_as_consumed(message)

    group = unique("fw-poison")
    app = App(f"127.0.0.1:{group_gregor.port}", group=group)
    app.route(orders, Orders, decode="json", retries=2, backoff_ms=10, dead_letter_topic=dlq, batch_size=10, max_wait_ms=100)
    thread = run_app(app)
    try:
        dead = read_all(bootstrap, dlq, 1)
        answers = read_all(bootstrap, totals, 2)
    finally:
        app.stop()
        thread.join(60)
    assert not thread.is_alive()
    assert [m.value() for m in dead] == [b"not json"]
    headers = dict(dead[0].headers())
    assert headers["gregor-dlq-topic"] == orders.encode() and headers["gregor-dlq-offset"] == b"1"
    assert headers["gregor-dlq-attempts"] == b"3" and b"DecodeError" in headers["gregor-dlq-error"]
    assert dead[0].key() == b"1"
    assert sorted((m.key(), m.value()) for m in answers) == [(b"a", b"1"), (b"b", b"6")]
    # The good order before the poison one was handled once: it was marked.
    # The poison one: 3 attempts in its batch, then 3 on its own.
    assert attempts.count(0) == 1 and attempts.count(1) == 6 and attempts.count(2) == 1, attempts
    wait_for(lambda: committed(bootstrap, group, orders, 1) == {0: 3}, timeout=30, what="the commit of all three")


def test_stop_acks_and_a_restart_does_not_repeat(group_gregor, bootstrap):
    orders = create_topic(bootstrap, "fw-restart")
    produce_orders(bootstrap, orders, [{"id": str(n), "amount": n} for n in range(10)])
    handled = []

    class Orders(Consumer):
        def consume(self, messages):
            handled.extend(m.offset for m in messages)

    group = unique("fw-restart")
    for _ in range(2):
        app = App(f"127.0.0.1:{group_gregor.port}", group=group)
        app.route(orders, Orders, batch_size=4, max_wait_ms=50)
        thread = run_app(app)
        if not handled:
            wait_for(lambda: len(handled) >= 10, what="the ten orders")
        else:
            time.sleep(8)  # long enough to be given the partition and read anything uncommitted
        app.stop()
        thread.join(60)
        assert not thread.is_alive()
    assert handled == list(range(10))
    assert committed(bootstrap, group, orders, 1) == {0: 10}


def test_liveness_endpoint(group_gregor, bootstrap):
    orders = create_topic(bootstrap, "fw-live")
    stuck = threading.Event()

    class Slow(Consumer):
        def consume(self, messages):
            stuck.wait(30)

    port = free_port()
    app = App(f"127.0.0.1:{group_gregor.port}", group=unique("fw-live"), liveness_port=port, liveness_ttl_ms=1500)
    app.route(orders, Slow, max_wait_ms=0)
    thread = run_app(app)

    def status():
        try:
            return urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).status
        except urllib.error.HTTPError as error:
            return error.code
        except OSError:
            return None

    try:
        wait_for(lambda: status() == 204, what="204 from the liveness endpoint")
        produce_orders(bootstrap, orders, [{"id": "x", "amount": 1}])
        wait_for(lambda: status() == 500, what="500 once the consumer is stuck past the TTL")
        stuck.set()
        wait_for(lambda: status() == 204, what="204 again")
    finally:
        stuck.set()
        app.stop()
        thread.join(60)
