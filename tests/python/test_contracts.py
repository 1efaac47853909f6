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
