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
    # The person schema is the value schema of the topic its records go to
    # (TopicNameStrategy): a value_schema_id of another subject is 42207.
    topic = unique("people")
    address, person = unique("address"), f"{topic}-value"
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


def test_config_fields_are_stored_and_returned(bootstrap, gregor, sr):
    """Every Confluent config field is accepted, answered and written to
    `_schemas` under Confluent's names; a PUT changes only what it sets."""
    subject = unique("cfg")
    body = {"compatibility": "full", "normalize": True, "alias": "elsewhere", "validateFields": True,
            "validateRules": False, "compatibilityGroup": "major",
            "defaultMetadata": {"properties": {"owner": "team-a"}}, "overrideMetadata": {"properties": {"tier": "gold"}},
            "defaultRuleSet": {"domainRules": [RULES["domainRules"][0]]},
            "overrideRuleSet": {"migrationRules": RULES["migrationRules"]}}
    r = sr.put(f"/config/{subject}", body)
    assert r.status_code == 200, r.text
    assert r.json() == {**body, "compatibility": "FULL"}
    got = sr.get(f"/config/{subject}").json()
    expected = {**{k: v for k, v in body.items() if k != "compatibility"}, "compatibilityLevel": "FULL"}
    assert got == expected
    # Field by field: a later PUT keeps what it does not set.
    assert sr.put(f"/config/{subject}", {"compatibilityGroup": "minor"}).json() == {"compatibilityGroup": "minor"}
    assert sr.get(f"/config/{subject}").json() == {**expected, "compatibilityGroup": "minor"}
    stored = [json.loads(v) for k, v in read_topic(bootstrap, gregor.topic)
              if k and b'"keytype":"CONFIG"' in k and f'"subject":"{subject}"'.encode() in k and v]
    assert stored[-1] == {**expected, "compatibilityGroup": "minor"}
    # Bad content: an invalid rule set is 42210, malformed metadata 422;
    # nothing is stored. An empty update changes nothing (Confluent 7.4+).
    bad_rules = {"defaultRuleSet": {"domainRules": [{"name": "x", "kind": "CONDITION", "mode": "UPGRADE", "type": "CEL"}]}}
    r = sr.put(f"/config/{subject}", bad_rules)
    assert (r.status_code, r.json()["error_code"]) == (422, 42210), r.text
    r = sr.put(f"/config/{subject}", {"overrideMetadata": {"tags": ["not", "a", "map"]}})
    assert (r.status_code, r.json()["error_code"]) == (422, 422), r.text
    r = sr.put(f"/config/{subject}", {})
    assert r.status_code == 200, r.text
    assert sr.get(f"/config/{subject}").json() == {**expected, "compatibilityGroup": "minor"}


def test_config_default_and_override_metadata_and_rules(sr):
    """A new version's metadata and rules are its own (or the previous
    version's) over the config's defaults and under its overrides
    (Confluent `maybeSetMetadataRuleSet`, `mergeMetadata`, `mergeRuleSets`)."""
    subject = unique("merge")
    check = RULES["domainRules"][0]
    up = RULES["migrationRules"][0]
    assert sr.put(f"/config/{subject}", {
        "defaultMetadata": {"properties": {"owner": "team-a", "tier": "bronze"}, "sensitive": ["a"]},
        "overrideMetadata": {"properties": {"tier": "gold"}},
        "defaultRuleSet": {"domainRules": [check]},
        "overrideRuleSet": {"migrationRules": [up]},
    }).status_code == 200
    own_check = {**check, "expr": "true"}
    r = sr.post(f"/subjects/{subject}/versions", {"schema": SCHEMA, "metadata": {"properties": {"owner": "team-b"}, "sensitive": ["b"]},
                                                 "ruleSet": {"domainRules": [own_check]}})
    assert r.status_code == 200, r.text
    v1 = sr.get(f"/subjects/{subject}/versions/1").json()
    assert v1["metadata"] == {"properties": {"owner": "team-b", "tier": "gold"}, "sensitive": ["a", "b"]}
    assert v1["ruleSet"] == {"domainRules": [own_check], "migrationRules": [up]}
    # Registering the same again is the same version.
    again = sr.post(f"/subjects/{subject}/versions", {"schema": SCHEMA, "metadata": {"properties": {"owner": "team-b"}, "sensitive": ["b"]},
                                                     "ruleSet": {"domainRules": [own_check]}})
    assert again.json()["id"] == r.json()["id"]
    # A version without its own takes the previous version's, merged again.
    v2_schema = json.dumps({"type": "record", "name": "Person", "fields": [
        {"name": "ssn", "type": "string"}, {"name": "age", "type": "int", "default": 0}]})
    assert sr.post(f"/subjects/{subject}/versions", {"schema": v2_schema}).status_code == 200
    v2 = sr.get(f"/subjects/{subject}/versions/2").json()
    assert v2["metadata"] == v1["metadata"] and v2["ruleSet"] == v1["ruleSet"]


def test_compatibility_group(sr):
    """With `compatibilityGroup`, a new version is checked only against
    versions with the same value of that metadata property."""
    subject = unique("group")
    assert sr.put(f"/config/{subject}", {"compatibility": "BACKWARD", "compatibilityGroup": "major"}).status_code == 200
    as_int = json.dumps({"type": "record", "name": "Person", "fields": [{"name": "ssn", "type": "int"}]})

    def register(schema, major):
        return sr.post(f"/subjects/{subject}/versions", {"schema": schema, "metadata": {"properties": {"major": major}}})

    assert register(SCHEMA, "1").status_code == 200
    r = register(as_int, "1")
    assert (r.status_code, r.json()["error_code"]) == (409, 40901), r.text
    assert register(as_int, "2").status_code == 200  # a new group starts fresh
    r = sr.post(f"/compatibility/subjects/{subject}/versions/latest",
                {"schema": SCHEMA, "metadata": {"properties": {"major": "2"}}})
    assert r.json() == {"is_compatible": False}, r.text
    r = sr.post(f"/compatibility/subjects/{subject}/versions",
                {"schema": SCHEMA, "metadata": {"properties": {"major": "1"}}})
    assert r.json() == {"is_compatible": True}, r.text


def test_subject_alias(sr):
    """A subject whose config names an `alias` answers that subject's versions."""
    target, alias = unique("target"), unique("alias")
    r = sr.post(f"/subjects/{target}/versions", {"schema": SCHEMA})
    assert r.status_code == 200, r.text
    assert sr.put(f"/config/{alias}", {"alias": target}).status_code == 200
    latest = sr.get(f"/subjects/{alias}/versions/latest").json()
    assert latest["subject"] == target and latest["id"] == r.json()["id"]
    assert sr.get(f"/subjects/{alias}/versions").json() == [1]
    assert sr.post(f"/subjects/{alias}", {"schema": SCHEMA}).json()["id"] == r.json()["id"]
    # Stored as Avro Java prints it: here, the compact form of SCHEMA.
    assert sr.get(f"/subjects/{alias}/versions/1/schema").text == json.dumps(json.loads(SCHEMA), separators=(",", ":"))
