"""High availability (issue #4, confluent-api.md §4.2): three Gregor nodes
on one `_schemas` topic elect one primary through the Kafka group protocol;
the others forward writes to it. The primary is killed with SIGKILL in the
middle of a stream of registrations sent to the two other nodes; afterwards
every acknowledged schema is present exactly once with the id it was
acknowledged with, and no id maps to two schemas, on every node and in the
topic itself."""
import json
import re
import signal
from collections import Counter
import threading
import time

import requests

from conftest import LOG_DIR, Client, Gregor, free_port, unique
from test_storage import read_topic

# Election settings for the test: a 3 s group session (tansu answers the
# first JoinGroup after about half of it) and a 1 s wait before acting.
ELECTION = {"GREGOR_SESSION_TIMEOUT_MS": "3000", "GREGOR_WAITING_TIME_BEFORE_ACTING_AS_MASTER_MS": "1000"}


def schema(writer, i):
    return json.dumps({"type": "record", "name": f"W{writer}N{i}", "fields": [{"name": "f", "type": "int"}]})


def health(node):
    return requests.get(node.url + "/_health", timeout=5).json()["status"]


def wait_for(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except (requests.RequestException, KeyError, ValueError):
            pass
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


class Writer(threading.Thread):
    """Registers schema after schema on one node, retrying each until it is
    acknowledged (as a client would), and records what was acknowledged."""

    def __init__(self, node, writer, count, subject):
        super().__init__(daemon=True)
        self.url, self.writer, self.count, self.subject = node.url, writer, count, subject
        self.acked = []          # (schema text, id, time acknowledged, time the request was sent)
        self.errors = []         # (status or exception, time)
        self.attempts = 0

    def run(self):
        session = requests.Session()
        for i in range(self.count):
            text = schema(self.writer, i)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                self.attempts += 1
                sent = time.monotonic()
                try:
                    r = session.post(f"{self.url}/subjects/{self.subject}/versions", data=json.dumps({"schema": text}),
                                     headers={"Content-Type": "application/vnd.schemaregistry.v1+json"}, timeout=30)
                except requests.RequestException as e:
                    self.errors.append((repr(e), time.monotonic()))
                    time.sleep(0.1)
                    continue
                if r.status_code == 200:
                    self.acked.append((text, r.json()["id"], time.monotonic(), sent))
                    break
                try:
                    code = r.json()["error_code"]
                except (ValueError, KeyError):
                    code = r.status_code
                self.errors.append((f"{code} {r.text[:120]}", time.monotonic()))
                time.sleep(0.1)


def test_primary_killed_mid_stream_loses_nothing_and_ids_stay_unique(bootstrap):
    topic = unique("_schemas_ha")
    env = {**ELECTION, "GREGOR_GROUP_ID": f"sr-{topic}"}
    nodes = [Gregor(bootstrap, topic=topic, port=free_port(), env=env) for _ in range(3)]
    try:
        for node in nodes:
            node.start(wait_ready=False)
        for node in nodes:
            node.wait_ready(timeout=60)
        wait_for(lambda: sum(health(n)["schema_registry_is_primary"] for n in nodes) == 1, 30, "one primary")
        primary = next(n for n in nodes if health(n)["schema_registry_is_primary"])
        replicas = [n for n in nodes if n is not primary]
        for node in replicas:
            status = health(node)
            assert status["schema_registry_primary_url"] == primary.url
            assert status["schema_registry_coordinator_running"] is True
            assert requests.get(node.url + "/master_available", timeout=5).json() == {"master_available": True}

        # A write to a replica is forwarded, and readable there at once.
        first = Client(replicas[0].url).register("ha-probe", schema("probe", 0))
        assert first.status_code == 200, first.text
        probe_id = first.json()["id"]
        assert Client(replicas[0].url).get(f"/schemas/ids/{probe_id}").status_code == 200
        # The primary's errors come back unchanged through the replica.
        bad = Client(replicas[1].url).register("ha-probe", '{"type": "nope"}')
        assert (bad.status_code, bad.json()["error_code"]) == (422, 42201), bad.text

        per_writer = 60
        writers = [Writer(node, w, per_writer, f"ha-{w}") for w, node in enumerate(replicas)]
        # Each writer's records are unrelated types: no compatibility check
        # (a config write, forwarded too).
        for w, node in zip(writers, replicas):
            r = Client(node.url).put(f"/config/{w.subject}", {"compatibility": "NONE"})
            assert r.status_code == 200 and r.json()["compatibility"] == "NONE", r.text
        for w in writers:
            w.start()
        try:
            wait_for(lambda: sum(len(w.acked) for w in writers) >= 20, 60, "registrations before the kill")
        except AssertionError:
            raise AssertionError(f"acked {[len(w.acked) for w in writers]}; errors {[w.errors[:3] for w in writers]}")
        killed_at = time.monotonic()
        primary.stop(signal.SIGKILL)
        for w in writers:
            w.join(timeout=180)
            assert not w.is_alive(), "a writer did not finish"

        # Failover time: from the kill to the first registration both sent
        # and acknowledged after it.
        after_kill = [t for w in writers for (_, _, t, sent) in w.acked if sent > killed_at]
        assert after_kill, "no registration was accepted after the primary died"
        failover_s = min(after_kill) - killed_at
        acked = [(w.subject, text, sid) for w in writers for (text, sid, _, _) in w.acked]
        attempts = sum(w.attempts for w in writers)
        errors = sum(len(w.errors) for w in writers)
        kinds = Counter(e.split(" ")[0] if e[0].isdigit() else e.split("(")[0] for w in writers for e, _ in w.errors)

        # Every acknowledged schema, on both surviving nodes: present, once, with its id.
        views = []
        for node in replicas:
            sr = Client(node.url)
            # Each writer's last acknowledged schema (the writers finish in
            # any order): once those are applied, so is everything before.
            last_of_each = [w.acked[-1][1] for w in writers if w.acked]
            wait_for(lambda: all(sr.get(f"/schemas/ids/{sid}").status_code == 200 for sid in last_of_each), 30,
                     "the last writes on every node")
            by_id, lost, duplicated, missing = {}, 0, 0, []
            for subject in {s for s, _, _ in acked}:
                for v in sr.get(f"/subjects/{subject}/versions").json():
                    entry = sr.get(f"/subjects/{subject}/versions/{v}").json()
                    by_id.setdefault(entry["id"], set()).add(entry["schema"])
            for subject, text, sid in acked:
                got = sr.get(f"/schemas/ids/{sid}")
                if got.status_code != 200 or json.loads(got.json()["schema"]) != json.loads(text):
                    lost += 1
                    missing.append((subject, sid, text, got.status_code, got.text[:200]))
                versions = [v for v in sr.get(f"/subjects/{subject}/versions").json()
                            if json.loads(sr.get(f"/subjects/{subject}/versions/{v}").json()["schema"]) == json.loads(text)]
                if len(versions) != 1:
                    duplicated += 1
            two_schemas = [i for i, texts in by_id.items() if len(texts) > 1]
            views.append(by_id)
            # What was lost, how it was acknowledged, and what the topic holds
            # for that id: enough to tell a lost record from an id reused.
            acked_at = {(w.subject, text): (t - killed_at, sent - killed_at) for w in writers for (text, _, t, sent) in w.acked}
            in_topic = [(json.loads(value).get("subject"), json.loads(value).get("version"))
                        for key, value in read_topic(bootstrap, topic)
                        if key and b'"SCHEMA"' in key and value and any(json.loads(value).get("id") == m[1] for m in missing)]
            assert lost == 0, (f"{lost} acknowledged schemas missing on {node.url}: {missing}; "
                               f"acknowledged at (s after the kill, sent): {[acked_at.get((m[0], m[2])) for m in missing]}; "
                               f"records with that id: {in_topic}")
            assert duplicated == 0, f"{duplicated} schemas registered more than once on {node.url}"
            assert two_schemas == [], f"ids with two schemas on {node.url}: {two_schemas}"
        assert views[0] == views[1], "the surviving nodes disagree"

        # The topic itself: no id written with two different schemas.
        ids = {}
        for key, value in read_topic(bootstrap, topic):
            if key and b'"SCHEMA"' in key and value:
                record = json.loads(value)
                ids.setdefault(record["id"], set()).add(json.dumps(json.loads(record["schema"]), sort_keys=True))
        assert [i for i, texts in ids.items() if len(texts) > 1] == []

        new_primary = [n for n in replicas if health(n)["schema_registry_is_primary"]]
        assert len(new_primary) == 1
        print(f"\nfailover: {2 * per_writer} registrations, {attempts} attempts, {len(acked)} acknowledged, "
              f"{errors} retried errors {dict(kinds)}, lost 0, duplicate ids 0; first write accepted {failover_s:.2f} s after "
              f"SIGKILL of the primary ({primary.url}); new primary {new_primary[0].url}")
    finally:
        for node in nodes:
            node.stop()


def test_graceful_stop_hands_over_and_a_restarted_node_rejoins(bootstrap):
    """SIGTERM: the primary leaves the group (LeaveGroup), another node
    takes over without waiting for a session timeout, and the stopped node
    rejoins as a replica that forwards."""
    topic = unique("_schemas_ha")
    env = {**ELECTION, "GREGOR_GROUP_ID": f"sr-{topic}"}
    nodes = [Gregor(bootstrap, topic=topic, port=free_port(), env=env) for _ in range(2)]
    try:
        for node in nodes:
            node.start()
        wait_for(lambda: sum(health(n)["schema_registry_is_primary"] for n in nodes) == 1, 30, "one primary")
        primary = next(n for n in nodes if health(n)["schema_registry_is_primary"])
        other = next(n for n in nodes if n is not primary)
        sr = Client(other.url)
        assert sr.put("/config/graceful", {"compatibility": "NONE"}).status_code == 200
        assert sr.register("graceful", schema("g", 0)).status_code == 200

        stopped_at = time.monotonic()
        primary.stop()
        # A client retries while the group rebalances (50003/50004).
        while True:
            r = sr.register("graceful", schema("g", 1))
            if r.status_code == 200 or time.monotonic() - stopped_at > 20:
                break
            assert r.json()["error_code"] in (50003, 50004), r.text
            time.sleep(0.1)
        took = time.monotonic() - stopped_at
        assert r.status_code == 200, r.text
        assert health(other)["schema_registry_is_primary"] is True
        # The stopped primary left the group itself (no session timeout).
        log = re.sub(r"\x1b\[[0-9;]*m", "", (LOG_DIR / f"gregor-{topic}-{primary.port}-1.log").read_text())
        assert "left the registry election group" in log and "ok=true" in log

        # The stopped node comes back and the group settles on one primary
        # again (the lowest URL: possibly the returning node).
        primary.start()

        def settled():
            urls = {health(n)["schema_registry_primary_url"] for n in nodes}
            return len(urls) == 1 and sum(health(n)["schema_registry_is_primary"] for n in nodes) == 1
        wait_for(settled, 30, "the group to settle after the restart")
        replica = next(n for n in nodes if not health(n)["schema_registry_is_primary"])
        r = Client(replica.url).register("graceful", schema("g", 2))
        assert r.status_code == 200, r.text
        for node in nodes:
            assert Client(node.url).get("/subjects/graceful/versions").json() == [1, 2, 3]
        print(f"\ngraceful hand-over: write accepted {took:.2f} s after SIGTERM of the primary")
    finally:
        for node in nodes:
            node.stop()
