"""The `_schemas` topic as the source of truth (confluent-api.md §4.3):
restarts replay it, records written by Confluent and Karapace are served,
and the records Gregor writes have their byte format. Raw records are
written and read with confluent-kafka (librdkafka) against the real broker."""
import json
import signal

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition

from conftest import Client, Gregor, unique
from test_rest_api import USER_V1, USER_V2, compact



def guid_of(text):
    """Confluent's GUID of a schema with no references, metadata or rules:
    the MD5 of its text as a UUID (see test_guids.py)."""
    import hashlib
    import uuid
    return str(uuid.UUID(bytes=hashlib.md5(text.encode()).digest()))


def produce(bootstrap, topic, records):
    p = Producer({"bootstrap.servers": bootstrap, "allow.auto.create.topics": "false"})
    for key, value in records:
        p.produce(topic, key=key.encode() if isinstance(key, str) else key,
                  value=value.encode() if isinstance(value, str) else value, partition=0)
        p.flush(10)


def read_topic(bootstrap, topic):
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": unique("reader"), "enable.auto.commit": False})
    c.assign([TopicPartition(topic, 0, 0)])
    out = []
    while True:
        msg = c.poll(2.0)
        if msg is None:
            break
        assert not msg.error(), msg.error()
        out.append((msg.key(), msg.value()))
    c.close()
    return out


def create_topic(bootstrap, topic):
    from confluent_kafka.admin import AdminClient, NewTopic
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for f in admin.create_topics([NewTopic(topic, 1, 1, config={"cleanup.policy": "compact"})]).values():
        f.result(10)


def snapshot(sr):
    subjects = sr.get("/subjects", params={"deleted": "true"}).json()
    state = {"subjects": subjects, "config": sr.get("/config").json(), "versions": {}, "configs": {}}
    for s in subjects:
        versions = sr.get(f"/subjects/{s}/versions", params={"deleted": "true"}).json()
        state["versions"][s] = [sr.get(f"/subjects/{s}/versions/{v}", params={"deleted": "true"}).json() for v in versions]
        state["configs"][s] = sr.get(f"/config/{s}").json()
    state["live"] = sr.get("/subjects").json()
    return state


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "sigkill"])
def test_restart_replays_everything(fresh_gregor, sig):
    g = fresh_gregor.start()
    sr = Client(g.url)
    ids = set()
    for i in range(6):
        subject = f"s{i}-value"
        ids.add(sr.register(subject, USER_V1).json()["id"])
        ids.add(sr.register(f"t{i}-value", {"type": "record", "name": f"R{i}", "fields": []}).json()["id"])
    sr.put("/config", {"compatibility": "FULL"})
    sr.put("/config/s1-value", {"compatibility": "NONE"})
    sr.put("/config/s2-value", {"compatibility": "FORWARD"})
    sr.delete("/config/s2-value")
    sr.delete("/subjects/s3-value/versions/1")
    sr.delete("/subjects/s4-value")
    sr.delete("/subjects/s5-value")
    sr.delete("/subjects/s5-value", params={"permanent": "true"})
    before = snapshot(sr)
    max_id = max(ids)

    g.stop(sig)
    g.start()
    health = g.wait_ready()
    assert health["status"]["schema_registry_reader_current_offset"] > 0
    after = snapshot(Client(g.url))
    assert after == before
    assert after["config"] == {"compatibilityLevel": "FULL"}
    assert "s5-value" not in after["subjects"] and "s4-value" not in after["live"]
    fresh = Client(g.url).register("new-value", {"type": "enum", "name": "Fresh", "symbols": ["X"]}).json()
    assert fresh["id"] == max_id + 1


def test_serves_records_written_by_confluent_and_karapace(bootstrap, fresh_gregor):
    topic = fresh_gregor.topic
    create_topic(bootstrap, topic)
    json_schema = compact({"type": "object", "properties": {"a": {"type": "string"}}})
    records = [
        # Confluent: canonical key order, md5 and other extra fields, null tombstones.
        ('{"keytype":"SCHEMA","subject":"conf-value","version":1,"magic":1}',
         json.dumps({"subject": "conf-value", "version": 1, "id": 7, "md5": "x", "schema": compact(USER_V1), "deleted": False})),
        ('{"keytype":"SCHEMA","subject":"conf-value","version":2,"magic":1}',
         json.dumps({"subject": "conf-value", "version": 2, "id": 9, "schemaType": "JSON", "schema": json_schema, "deleted": False, "references": None})),
        ('{"keytype":"SCHEMA","subject":"gone","version":1,"magic":1}',
         json.dumps({"subject": "gone", "version": 1, "id": 3, "schema": '"int"', "deleted": True})),
        ('{"keytype":"SCHEMA","subject":"gone","version":1,"magic":1}', None),
        ('{"keytype":"CONFIG","subject":null,"magic":0}', '{"compatibilityLevel":"FULL_TRANSITIVE","alias":null}'),
        ('{"keytype":"CONFIG","subject":"conf-value","magic":0}', '{"compatibilityLevel":"NONE","normalize":false}'),
        ('{"keytype":"NOOP","magic":0}', None),
        ('{"keytype":"MODE","subject":null,"magic":0}', '{"mode":"READWRITE"}'),
        ('{"keytype":"CONTEXT","tenant":"default","context":".x"}', '{"tenant":"default","context":".x"}'),
        ("not json at all", "garbage"),
        # Karapace (old key order), empty-value tombstones, DELETE_SUBJECT.
        ('{"subject":"kara-value","version":1,"magic":1,"keytype":"SCHEMA"}',
         json.dumps({"subject": "kara-value", "version": 1, "id": 11, "schema": compact(USER_V2), "deleted": False})),
        ('{"subject":"kara-value","version":2,"magic":1,"keytype":"SCHEMA"}',
         json.dumps({"subject": "kara-value", "version": 2, "id": 12, "schema": '"string"', "deleted": False})),
        ('{"subject":"kara-value","magic":0,"keytype":"DELETE_SUBJECT"}', '{"subject":"kara-value","version":1}'),
        ('{"subject":"kara-cfg","magic":0,"keytype":"CONFIG"}', '{"compatibilityLevel":"FORWARD"}'),
        ('{"subject":"kara-cfg","magic":0,"keytype":"CONFIG"}', ""),
    ]
    produce(bootstrap, topic, records)
    g = fresh_gregor.start()
    sr = Client(g.url)
    assert sr.get("/subjects").json() == ["conf-value", "kara-value"]
    assert sr.get("/subjects/conf-value/versions/1").json() == {
        "subject": "conf-value", "version": 1, "id": 7, "guid": guid_of(compact(USER_V1)), "schema": compact(USER_V1)}
    v2 = sr.get("/subjects/conf-value/versions/2").json()
    assert (v2["id"], v2["schemaType"], v2["schema"]) == (9, "JSON", json_schema)
    assert sr.get("/schemas/ids/3").status_code == 404
    assert sr.get("/config").json() == {"compatibilityLevel": "FULL_TRANSITIVE"}
    assert sr.get("/config/conf-value").json() == {"compatibilityLevel": "NONE", "normalize": False}
    assert sr.get("/subjects/kara-value/versions").json() == [2]
    assert sr.get("/subjects/kara-value/versions", params={"deleted": "true"}).json() == [1, 2]
    assert sr.get("/schemas/ids/11").json() == {"guid": guid_of(compact(USER_V2)), "schema": compact(USER_V2)}
    assert sr.get("/config/kara-cfg").status_code == 404

    # New writes continue the ids, and keep Karapace's key order so
    # compaction supersedes the old keys.
    sr.put("/config/kara-value", {"compatibility": "NONE"})
    new = sr.register("kara-value", {"type": "record", "name": "N", "fields": []}, normalize="true").json()
    assert new["id"] == 13 and new["version"] == 3
    written = read_topic(bootstrap, topic)[len(records):]
    keys = [k for k, _ in written]
    assert b'{"subject":"kara-value","version":3,"magic":1,"keytype":"SCHEMA"}' in keys
    value = json.loads(dict(written)[b'{"subject":"kara-value","version":3,"magic":1,"keytype":"SCHEMA"}'])
    assert value == {"subject": "kara-value", "version": 3, "id": 13, "schema": '{"type":"record","name":"N","fields":[]}', "deleted": False}


def test_records_gregor_writes(bootstrap, fresh_gregor):
    g = fresh_gregor.start()
    sr = Client(g.url)
    sr.register("w-value", compact(USER_V1))
    sr.register("j-value", '{"type":"object"}', schema_type="JSON")
    sr.put("/config", {"compatibility": "FULL"})
    sr.put("/config/w-value", {"compatibility": "NONE"})
    sr.delete("/config/w-value")
    sr.delete("/subjects/w-value/versions/1")
    sr.delete("/subjects/w-value/versions/1", params={"permanent": "true"})
    sr.delete("/subjects/j-value")
    # Gregor created the topic: one partition, compacted.
    from confluent_kafka.admin import AdminClient, ConfigResource
    admin = AdminClient({"bootstrap.servers": bootstrap})
    assert len(admin.list_topics(g.topic, timeout=10).topics[g.topic].partitions) == 1
    configs = admin.describe_configs([ConfigResource("TOPIC", g.topic)])
    assert list(configs.values())[0].result(10)["cleanup.policy"].value == "compact"

    records = [(k, v) for k, v in read_topic(bootstrap, g.topic) if k != b'{"keytype":"NOOP","magic":0}']
    assert records == [
        (b'{"keytype":"SCHEMA","subject":"w-value","version":1,"magic":1}',
         json.dumps({"subject": "w-value", "version": 1, "id": 1, "schema": compact(USER_V1), "deleted": False}, separators=(",", ":")).encode()),
        (b'{"keytype":"SCHEMA","subject":"j-value","version":1,"magic":1}',
         b'{"subject":"j-value","version":1,"id":2,"schema":"{\\"type\\":\\"object\\"}","deleted":false,"schemaType":"JSON"}'),
        (b'{"keytype":"CONFIG","subject":null,"magic":0}', b'{"compatibilityLevel":"FULL"}'),
        (b'{"keytype":"CONFIG","subject":"w-value","magic":0}', b'{"compatibilityLevel":"NONE"}'),
        (b'{"keytype":"CONFIG","subject":"w-value","magic":0}', None),
        (b'{"keytype":"SCHEMA","subject":"w-value","version":1,"magic":1}',
         json.dumps({"subject": "w-value", "version": 1, "id": 1, "schema": compact(USER_V1), "deleted": True}, separators=(",", ":")).encode()),
        (b'{"keytype":"SCHEMA","subject":"w-value","version":1,"magic":1}', None),
        (b'{"keytype":"DELETE_SUBJECT","subject":"j-value","magic":0}', b'{"subject":"j-value","version":1}'),
    ]


def test_config_file_and_karapace_environment(bootstrap, tmp_path):
    """Karapace's key names work from a JSON config file and KARAPACE_* variables."""
    topic = unique("_schemas")
    config = tmp_path / "karapace.config.json"
    # Karapace keys Gregor does not act on load too (with a warning).
    config.write_text(json.dumps({"bootstrap_uri": bootstrap, "compatibility": "FORWARD", "topic_name": "ignored",
                                  "statsd_host": "127.0.0.1", "statsd_port": 8125, "access_logs_debug": False,
                                  "server_tls_certfile": None, "master_eligibility": True}))
    g = Gregor(bootstrap, topic=topic, env={"KARAPACE_COMPATIBILITY": "full_transitive", "KARAPACE_TOPIC_NAME": topic,
                                            "KARAPACE_TAGS__APP": "Karapace", "KARAPACE_GROUP_ID": f"sr-{topic}"})
    # `--topic-name` on the command line wins over both.
    import subprocess, os
    from conftest import GREGOR_BIN
    g.proc = subprocess.Popen([GREGOR_BIN, "serve", "--config", str(config), "--port", str(g.port)],
                              env={**os.environ, **g.env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        g.wait_ready()
        assert Client(g.url).get("/config").json() == {"compatibilityLevel": "FULL_TRANSITIVE"}
        Client(g.url).register("cfg-value", '"int"')
        assert any(k.startswith(b'{"keytype":"SCHEMA"') for k, _ in read_topic(bootstrap, topic))
    finally:
        g.stop()
    bad = subprocess.run([GREGOR_BIN, "serve", "--port", "1"], env={**os.environ, "GREGOR_COMPATIBILITY": "SIDEWAYS"},
                         capture_output=True, text=True, timeout=30)
    assert bad.returncode == 2 and "SIDEWAYS" in bad.stderr
    # Protection asked for but not available stops the start: never an open registry.
    bad = subprocess.run([GREGOR_BIN, "serve", "--port", "1", "--bootstrap-uri", bootstrap],
                         env={**os.environ, "KARAPACE_SASL_OAUTHBEARER_AUTHORIZATION_ENABLED": "true"},
                         capture_output=True, text=True, timeout=30)
    assert bad.returncode == 2 and "sasl_oauthbearer_authorization_enabled" in bad.stderr and "not supported" in bad.stderr
    # An auth file that cannot be read stops the start too, saying which.
    bad = subprocess.run([GREGOR_BIN, "serve", "--port", "1", "--bootstrap-uri", bootstrap],
                         env={**os.environ, "KARAPACE_REGISTRY_AUTHFILE": "/nonexistent/auth.json"},
                         capture_output=True, text=True, timeout=30)
    assert bad.returncode != 0 and "auth file /nonexistent/auth.json" in bad.stderr
