"""`gregor backup get|restore|inspect` (issue #4, confluent-api.md §4.5): a
registry's `_schemas` topic is backed up in Karapace's V2 text format and
in the V3-style directory, restored into empty topics on another broker,
and a registry started there is identical: subjects, versions, ids,
deletions, configs and modes. Also a V2 file written by hand the way
Karapace writes it, and damaged or misplaced restores."""
import json
import subprocess

import pytest

from conftest import GREGOR_BIN, Client, Gregor, OwnBroker, unique
from test_protobuf import CUSTOMER
from test_storage import snapshot

AVRO_V1 = json.dumps({"type": "record", "name": "User", "fields": [{"name": "id", "type": "long"}]})
AVRO_V2 = json.dumps({"type": "record", "name": "User", "fields": [{"name": "id", "type": "long"},
                                                                 {"name": "name", "type": "string", "default": ""}]})
JSON_SCHEMA = json.dumps({"type": "object", "properties": {"n": {"type": "integer"}}})
ORDER = 'syntax = "proto3";\npackage shop.orders;\nimport "shop/people/customer.proto";\n' \
        'message Order {\n  string id = 1;\n  shop.people.Customer customer = 2;\n}\n'


def backup(*args, check=True):
    r = subprocess.run([GREGOR_BIN, "backup", *args], capture_output=True, text=True, timeout=120)
    if check:
        assert r.returncode == 0, r.stderr
    return r


def full_state(sr):
    state = snapshot(sr)
    state["mode"] = sr.get("/mode").json()
    state["modes"] = {s: sr.get(f"/mode/{s}").json() for s in state["subjects"]}
    ids = sorted({v["id"] for versions in state["versions"].values() for v in versions})
    state["ids"] = {i: sr.get(f"/schemas/ids/{i}").json() for i in ids}
    return state


@pytest.fixture
def other_broker(tmp_path):
    """A second, empty broker of the test's own."""
    broker = OwnBroker(tmp_path / "broker").start()
    try:
        yield broker.bootstrap
    finally:
        broker.stop()


def test_backup_and_restore_on_another_broker(bootstrap, fresh_gregor, other_broker, tmp_path):
    g = fresh_gregor.start()
    sr = Client(g.url)
    assert sr.register("users-value", AVRO_V1).status_code == 200
    assert sr.register("users-value", AVRO_V2).status_code == 200
    assert sr.register("orders-json", JSON_SCHEMA, "JSON").status_code == 200
    dep = sr.register("customer", CUSTOMER, "PROTOBUF")
    assert dep.status_code == 200, dep.text
    refs = [{"name": "shop/people/customer.proto", "subject": "customer", "version": 1}]
    assert sr.register("orders-value", ORDER, "PROTOBUF", refs).status_code == 200
    assert sr.register("gone", '"int"').status_code == 200
    assert sr.delete("/subjects/gone").status_code == 200
    assert sr.delete("/subjects/gone", params={"permanent": "true"}).status_code == 200
    assert sr.delete("/subjects/users-value/versions/1").status_code == 200
    assert sr.put("/config/orders-json", {"compatibility": "FULL"}).status_code == 200
    assert sr.put("/config", {"compatibility": "FORWARD"}).status_code == 200
    assert sr.put("/mode/orders-json", {"mode": "READONLY"}).status_code == 200
    before = full_state(sr)

    v3, v2 = tmp_path / "v3", tmp_path / "schemas.v2"
    out = backup("get", "--bootstrap-uri", bootstrap, "--topic", g.topic, "--location", str(v3)).stdout
    assert f"of {g.topic} (V3)" in out
    backup("get", "--bootstrap-uri", bootstrap, "--topic", g.topic, "--location", str(v2), "--format", "v2")
    assert v2.read_text().startswith("/V2\n")
    report = backup("inspect", "--location", str(v3)).stdout
    assert "format: V3" in report and "checksums: ok" in report and "SCHEMA:" in report and "MODE: 1" in report
    count = int(next(line for line in report.splitlines() if line.startswith("records:")).split()[1])
    assert f"records: {count}" in backup("inspect", "--location", str(v2)).stdout

    for location in (v2, v3):
        topic = unique("_restored")
        out = backup("restore", "--bootstrap-uri", other_broker, "--topic", topic, "--location", str(location)).stdout
        assert f"restored {count} records into {topic}" in out
        restored = Gregor(other_broker, topic=topic).start()
        try:
            assert full_state(Client(restored.url)) == before
            # The restored registry goes on from there: ids continue.
            r = Client(restored.url).register("users-value", json.dumps(
                {"type": "record", "name": "User", "fields": [{"name": "id", "type": "long"},
                                                             {"name": "name", "type": "string", "default": ""},
                                                             {"name": "age", "type": "int", "default": 0}]}))
            assert r.status_code == 200 and r.json()["id"] > max(before["ids"])
        finally:
            restored.stop()
        # A restore never writes into a topic that already has records.
        again = backup("restore", "--bootstrap-uri", other_broker, "--topic", topic, "--location", str(location),
                       check=False)
        assert again.returncode != 0 and "already holds" in again.stderr


def test_karapace_v2_file_and_damaged_backups(other_broker, tmp_path):
    # Records as an old Karapace wrote them, keys in its order (keytype last).
    key = b'{"subject":"legacy","version":1,"magic":1,"keytype":"SCHEMA"}'
    value = json.dumps({"subject": "legacy", "version": 1, "id": 42, "schema": '"string"', "deleted": False}).encode()
    config_key = b'{"subject":null,"magic":0,"keytype":"CONFIG"}'
    config_value = b'{"compatibilityLevel":"NONE"}'
    v2 = tmp_path / "karapace.v2"
    v2.write_text(f"/V2\n{key.hex().upper()}\t{value.hex().upper()}\n"
                  f"{config_key.hex().upper()}\t{config_value.hex().upper()}\n")
    topic = unique("_karapace")
    backup("restore", "--bootstrap-uri", other_broker, "--topic", topic, "--location", str(v2))
    g = Gregor(other_broker, topic=topic).start()
    try:
        sr = Client(g.url)
        assert sr.get("/subjects/legacy/versions/1").json()["id"] == 42
        assert sr.get("/config").json()["compatibilityLevel"] == "NONE"
        # New writes keep Karapace's key order, so compaction still works.
        assert sr.register("legacy", '"int"').status_code == 200
    finally:
        g.stop()

    # A damaged V3 data file is refused by inspect and restore alike.
    v3 = tmp_path / "v3"
    backup("get", "--bootstrap-uri", other_broker, "--topic", topic, "--location", str(v3))
    data = next(p for p in v3.iterdir() if p.suffix == ".data")
    raw = bytearray(data.read_bytes())
    raw[5] ^= 1
    data.write_bytes(bytes(raw))
    bad = backup("inspect", "--location", str(v3), check=False)
    assert bad.returncode != 0 and "checksum" in bad.stderr
    bad = backup("restore", "--bootstrap-uri", other_broker, "--topic", unique("_x"), "--location", str(v3), check=False)
    assert bad.returncode != 0 and "checksum" in bad.stderr
    garbage = tmp_path / "garbage"
    garbage.write_text("hello")
    bad = backup("inspect", "--location", str(garbage), check=False)
    assert bad.returncode != 0 and "neither a V2" in bad.stderr
