"""Confluent data contracts on schemas (issue #4): `metadata` and `ruleSet`
are accepted, stored in `_schemas` under Confluent's field names, returned
with the schema, part of its identity, and an invalid rule set is 42210."""
import json

from conftest import unique
from test_storage import read_topic

SCHEMA = json.dumps({"type": "record", "name": "Person", "fields": [{"name": "ssn", "type": "string"}]})
METADATA = {"properties": {"owner": "team-a", "email": "a@example.com"}, "tags": {"Person.ssn": ["PII"]},
            "sensitive": ["ssn"]}
RULES = {"domainRules": [{"name": "checkSsn", "kind": "CONDITION", "mode": "WRITE", "type": "CEL",
                          "expr": "size(message.ssn) == 9", "onFailure": "DLQ"}],
         "migrationRules": [{"name": "up", "kind": "TRANSFORM", "mode": "UPGRADE", "type": "JSONATA", "expr": "$"}]}


def test_metadata_and_rule_set_are_kept_and_returned(bootstrap, gregor, sr):
    subject = unique("contract")
    r = sr.post(f"/subjects/{subject}/versions", {"schema": SCHEMA, "metadata": METADATA, "ruleSet": RULES})
    assert r.status_code == 200, r.text
    schema_id = r.json()["id"]
    version = sr.get(f"/subjects/{subject}/versions/1").json()
    assert version["metadata"] == METADATA and version["ruleSet"] == RULES
    by_id = sr.get(f"/schemas/ids/{schema_id}").json()
    assert by_id["metadata"] == METADATA and by_id["ruleSet"] == RULES

    # The same again is the same schema; other metadata makes a new one.
    again = sr.post(f"/subjects/{subject}/versions", {"schema": SCHEMA, "metadata": METADATA, "ruleSet": RULES})
    assert again.json()["id"] == schema_id
    other = sr.post(f"/subjects/{subject}/versions",
                    {"schema": SCHEMA, "metadata": {"properties": {"owner": "team-b"}}, "ruleSet": RULES})
    assert other.status_code == 200 and other.json()["id"] != schema_id
    assert sr.get(f"/subjects/{subject}/versions").json() == [1, 2]

    # Stored as Confluent writes them.
    stored = [json.loads(v) for k, v in read_topic(bootstrap, gregor.topic)
              if k and f'"subject":"{subject}"'.encode() in k and v]
    assert stored[0]["metadata"] == METADATA and stored[0]["ruleSet"] == RULES


def test_invalid_rule_sets_and_metadata(sr):
    subject = unique("contract-bad")
    wrong_mode = {"domainRules": [{"name": "r", "kind": "CONDITION", "mode": "UPGRADE", "type": "CEL"}]}
    r = sr.post(f"/subjects/{subject}/versions", {"schema": SCHEMA, "ruleSet": wrong_mode})
    assert (r.status_code, r.json()["error_code"]) == (422, 42210), r.text
    duplicate = {"domainRules": [{"name": "r", "mode": "WRITE", "type": "CEL"}, {"name": "r", "mode": "READ", "type": "CEL"}]}
    r = sr.post(f"/subjects/{subject}/versions", {"schema": SCHEMA, "ruleSet": duplicate})
    assert (r.status_code, r.json()["error_code"]) == (422, 42210), r.text
    r = sr.post(f"/subjects/{subject}/versions", {"schema": SCHEMA, "metadata": {"properties": {"n": 1}}})
    assert (r.status_code, r.json()["error_code"]) == (422, 42201), r.text
    assert sr.get(f"/subjects/{subject}/versions").status_code == 404


ADDRESS = json.dumps({"$id": "https://example.com/address.json", "type": "object",
                      "properties": {"zip": {"type": "string", "pattern": "^[0-9]{5}$"}}, "required": ["zip"]})
PERSON = json.dumps({"type": "object", "title": "Person",
                     "properties": {"name": {"type": "string"}, "home": {"$ref": "address.json"}}, "required": ["home"]})


def test_json_schema_references_to_other_subjects(gregor, sr):
    """`$ref` to a referenced subject's schema, as Confluent allows (Karapace
    refuses with 44302): registration, validation of produced records,
    referencedby and 42206."""
    import requests
    address, person = unique("address"), unique("person")
    assert sr.register(address, ADDRESS, "JSON").status_code == 200
    refs = [{"name": "address.json", "subject": address, "version": 1}]
    r = sr.register(person, PERSON, "JSON", refs)
    assert r.status_code == 200, r.text
    person_id = r.json()["id"]
    got = sr.get(f"/subjects/{person}/versions/1").json()
    assert got["references"] == refs and json.loads(got["schema"]) == json.loads(PERSON)
    assert sr.get(f"/subjects/{address}/versions/1/referencedby").json() == [person_id]
    # A $ref to nothing the schema references is an invalid schema.
    r = sr.register(unique("dangling"), PERSON, "JSON")
    assert (r.status_code, r.json()["error_code"]) == (422, 42201), r.text
    # The referenced subject cannot go while it is referenced.
    r = sr.delete(f"/subjects/{address}/versions/1")
    assert (r.status_code, r.json()["error_code"]) == (422, 42206), r.text

    # Records produced through the REST proxy are validated through the reference.
    topic = unique("people")
    from confluent_kafka.admin import AdminClient, NewTopic
    admin = AdminClient({"bootstrap.servers": gregor.bootstrap})
    for f in admin.create_topics([NewTopic(topic, 1, 1)]).values():
        f.result(10)
    media = {"Content-Type": "application/vnd.kafka.jsonschema.v2+json"}
    ok = {"value_schema_id": person_id, "records": [{"value": {"name": "Ada", "home": {"zip": "12345"}}}]}
    r = requests.post(f"{gregor.url}/topics/{topic}", json=ok, headers=media, timeout=30)
    assert r.status_code == 200, r.text
    bad = {"value_schema_id": person_id, "records": [{"value": {"name": "Bo", "home": {"zip": "12"}}}]}
    r = requests.post(f"{gregor.url}/topics/{topic}", json=bad, headers=media, timeout=30)
    assert (r.status_code, r.json()["error_code"]) == (422, 42205), r.text


def test_metadata_and_rules_carry_over_to_the_next_version(sr):
    subject = unique("contract-next")
    r = sr.post(f"/subjects/{subject}/versions", {"schema": SCHEMA, "metadata": METADATA, "ruleSet": RULES})
    assert r.status_code == 200, r.text
    evolved = json.dumps({"type": "record", "name": "Person", "fields": [
        {"name": "ssn", "type": "string"}, {"name": "age", "type": "int", "default": 0}]})
    r = sr.post(f"/subjects/{subject}/versions", {"schema": evolved})
    assert r.status_code == 200, r.text
    latest = sr.get(f"/subjects/{subject}/versions/2").json()
    assert latest["metadata"] == METADATA and latest["ruleSet"] == RULES
