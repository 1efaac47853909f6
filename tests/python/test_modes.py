"""Registry modes (confluent-api.md §1.3.6, issue #4): READWRITE, READONLY,
READONLY_OVERRIDE, IMPORT and FORWARD, global and per subject, over plain
HTTP; IMPORT registrations with their own ids and versions (a migration
from another registry); MODE records in `_schemas` in Confluent's format,
replayed after a restart."""
import json

from conftest import Client, unique
from test_storage import read_topic

V1 = json.dumps({"type": "record", "name": "R", "fields": [{"name": "a", "type": "int"}]})
V2 = json.dumps({"type": "record", "name": "R", "fields": [{"name": "a", "type": "int"},
                                                          {"name": "b", "type": "string", "default": ""}]})
OTHER = json.dumps({"type": "record", "name": "Other", "fields": [{"name": "x", "type": "long"}]})


def error(r, status, code):
    assert r.status_code == status, r.text
    assert r.json()["error_code"] == code, r.text
    return r.json()["message"]


def test_read_only_subject(sr):
    subject = unique("ro")
    assert sr.register(subject, V1).status_code == 200
    assert sr.get("/mode").json() == {"mode": "READWRITE"}
    r = sr.put(f"/mode/{subject}", {"mode": "READONLY"})
    assert r.status_code == 200 and r.json() == {"mode": "READONLY"}
    assert sr.get(f"/mode/{subject}").json() == {"mode": "READONLY"}
    assert "read-only" in error(sr.register(subject, V2), 422, 42205)
    error(sr.delete(f"/subjects/{subject}"), 422, 42205)
    error(sr.delete(f"/subjects/{subject}/versions/1"), 422, 42205)
    assert sr.get(f"/subjects/{subject}/versions").json() == [1]
    # Other subjects are untouched; their own mode is not set.
    other = unique("rw")
    assert sr.register(other, V1).status_code == 200
    error(sr.get(f"/mode/{other}"), 404, 40409)
    assert sr.get(f"/mode/{other}", params={"defaultToGlobal": "true"}).json() == {"mode": "READWRITE"}
    # Deleting the subject's mode answers the old one and re-opens it.
    assert sr.delete(f"/mode/{subject}").json() == {"mode": "READONLY"}
    error(sr.delete(f"/mode/{subject}"), 404, 40401)
    assert sr.register(subject, V2).status_code == 200


def test_invalid_modes(sr):
    error(sr.put("/mode", {"mode": "SIDEWAYS"}), 422, 42204)
    error(sr.put(f"/mode/{unique('s')}", {"mode": "FORWARD"}), 422, 42204)
    assert sr.get("/mode").json() == {"mode": "READWRITE"}


def test_import_mode_keeps_ids_and_versions(sr):
    subject = unique("imp")
    busy = unique("busy")
    assert sr.register(busy, V1).status_code == 200
    # IMPORT where schemas exist needs force.
    assert "existing" in error(sr.put(f"/mode/{busy}", {"mode": "IMPORT"}), 422, 42205)
    assert sr.put(f"/mode/{busy}", {"mode": "IMPORT"}, params={"force": "true"}).json() == {"mode": "IMPORT"}
    assert sr.delete(f"/mode/{busy}").status_code == 200

    assert sr.put(f"/mode/{subject}", {"mode": "IMPORT"}).json() == {"mode": "IMPORT"}
    r = sr.post(f"/subjects/{subject}/versions", {"schema": V1, "id": 70001, "version": 3})
    assert r.status_code == 200, r.text
    assert r.json()["id"] == 70001 and r.json()["version"] == 3
    # The same import again is answered the same.
    r = sr.post(f"/subjects/{subject}/versions", {"schema": V1, "id": 70001, "version": 3})
    assert r.status_code == 200 and r.json()["id"] == 70001
    # Compatibility is not checked on import: an unrelated record type goes in.
    r = sr.post(f"/subjects/{subject}/versions", {"schema": OTHER, "id": 70005})
    assert r.status_code == 200 and r.json()["version"] == 4, r.text
    assert sr.get(f"/subjects/{subject}/versions").json() == [3, 4]
    assert json.loads(sr.get("/schemas/ids/70001").json()["schema"]) == json.loads(V1)
    # An id that holds another schema, and a registration without an id.
    error(sr.post(f"/subjects/{subject}/versions", {"schema": V2, "id": 70001}), 422, 42207)
    assert "read-write" in error(sr.register(subject, V2), 422, 42205)
    # Outside IMPORT an id is refused.
    rw = unique("rw")
    assert "import mode" in error(sr.post(f"/subjects/{rw}/versions", {"schema": V1, "id": 9}), 422, 42205)

    assert sr.delete(f"/mode/{subject}").json() == {"mode": "IMPORT"}
    # Back in READWRITE, new ids continue above the imported ones.
    r = sr.register(subject, json.dumps({"type": "record", "name": "Other", "fields": [
        {"name": "x", "type": "long"}, {"name": "y", "type": "int", "default": 0}]}))
    assert r.status_code == 200, r.text
    assert r.json()["id"] > 70005


def test_global_mode_and_records_survive_restart(bootstrap, fresh_gregor):
    g = fresh_gregor.start()
    sr = Client(g.url)
    subject = unique("g")
    assert sr.put("/mode", {"mode": "READONLY"}).json() == {"mode": "READONLY"}
    assert sr.put(f"/mode/{subject}", {"mode": "IMPORT"}).json() == {"mode": "IMPORT"}
    error(sr.register(unique("x"), V1), 422, 42205)
    # The subject's own mode wins over the global one.
    assert sr.post(f"/subjects/{subject}/versions", {"schema": V1, "id": 41}).status_code == 200

    g.restart()
    sr = Client(g.url)
    assert sr.get("/mode").json() == {"mode": "READONLY"}
    assert sr.get(f"/mode/{subject}").json() == {"mode": "IMPORT"}
    assert sr.get(f"/subjects/{subject}/versions/1").json()["id"] == 41

    records = read_topic(bootstrap, g.topic)
    modes = [(k, v) for k, v in records if k and b'"MODE"' in k]
    assert (b'{"keytype":"MODE","subject":null,"magic":0}', b'{"mode":"READONLY"}') in modes
    assert (f'{{"keytype":"MODE","subject":"{subject}","magic":0}}'.encode(), b'{"mode":"IMPORT"}') in modes

    # DELETE /mode with recursive drops the subject modes too.
    assert sr.delete("/mode", params={"recursive": "true"}).json() == {"mode": "READONLY"}
    assert sr.get("/mode").json() == {"mode": "READWRITE"}
    error(sr.get(f"/mode/{subject}"), 404, 40409)
    assert sr.register(unique("x"), V1).status_code == 200


def test_delete_global_config_and_deleted_as_negative(fresh_gregor):
    g = fresh_gregor.start()
    sr = Client(g.url)
    assert sr.put("/config", {"compatibility": "FULL"}).status_code == 200
    assert sr.delete("/config").json()["compatibilityLevel"] == "FULL"
    assert sr.get("/config").json()["compatibilityLevel"] == "BACKWARD"
    # Nothing set: answers the default and changes nothing.
    assert sr.delete("/config").json()["compatibilityLevel"] == "BACKWARD"

    subject = unique("neg")
    assert sr.register(subject, V1).status_code == 200
    assert sr.register(subject, V2).status_code == 200
    assert sr.delete(f"/subjects/{subject}/versions/1").status_code == 200
    assert sr.get(f"/subjects/{subject}/versions").json() == [2]
    assert sr.get(f"/subjects/{subject}/versions", params={"deleted": "true"}).json() == [1, 2]
    assert sr.get(f"/subjects/{subject}/versions",
                  params={"deleted": "true", "deletedAsNegative": "true"}).json() == [-1, 2]
    g.restart()
    assert Client(g.url).get("/config").json()["compatibilityLevel"] == "BACKWARD"
