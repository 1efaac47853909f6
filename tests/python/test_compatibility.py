"""Compatibility levels over REST for Avro and JSON Schema: register is
refused with 409/40901, the check endpoints answer `is_compatible` and, with
`verbose`, the incompatibilities (confluent-api.md §1.3.7, §2)."""
import json

from conftest import unique
from test_rest_api import USER_BAD, USER_V1, USER_V2, assert_error, compact


def check(sr, subject, schema, version=None, schema_type=None, **params):
    body = {"schema": schema if isinstance(schema, str) else compact(schema)}
    if schema_type:
        body["schemaType"] = schema_type
    path = f"/compatibility/subjects/{subject}/versions" + (f"/{version}" if version else "")
    return sr.post(path, body, params=params or None)


def test_backward_is_the_default_and_refuses_incompatible(sr):
    subject = unique("compat")
    sr.register(subject, USER_V1)
    r = sr.register(subject, USER_BAD)
    assert_error(r, 409, 40901)
    assert "READER_FIELD_MISSING_DEFAULT_VALUE" in r.json()["message"]
    assert check(sr, subject, USER_BAD, "latest").json() == {"is_compatible": False}
    verbose = check(sr, subject, USER_BAD, "latest", verbose="true").json()
    assert verbose["is_compatible"] is False
    assert any("READER_FIELD_MISSING_DEFAULT_VALUE" in m for m in verbose["messages"])
    assert any("oldSchemaVersion: 1" in m for m in verbose["messages"])
    assert check(sr, subject, USER_V2, "1").json() == {"is_compatible": True}
    assert check(sr, subject, USER_V2).json() == {"is_compatible": True}
    assert sr.register(subject, USER_V2).json()["version"] == 2


def test_levels_directions_and_transitivity(sr):
    subject = unique("levels")
    a = {"type": "record", "name": "R", "fields": [{"name": "a", "type": "int"}]}
    ab = {"type": "record", "name": "R", "fields": [{"name": "a", "type": "int"}, {"name": "b", "type": "int", "default": 0}]}
    b = {"type": "record", "name": "R", "fields": [{"name": "b", "type": "int", "default": 0}]}
    sr.put(f"/config/{subject}", {"compatibility": "NONE"})
    for s in (a, ab):
        assert sr.register(subject, s).status_code == 200
    # b drops a: BACKWARD fine (reader ignores a), FORWARD not (old readers need a)
    for level, expected in [("BACKWARD", True), ("FORWARD", False), ("FULL", False), ("NONE", True)]:
        sr.put(f"/config/{subject}", {"compatibility": level})
        assert check(sr, subject, b).json()["is_compatible"] is expected, level
    # int -> long is a promotion the new reader can do, not the old one
    long_a = {"type": "record", "name": "R", "fields": [{"name": "a", "type": "long"}, {"name": "b", "type": "int", "default": 0}]}
    sr.put(f"/config/{subject}", {"compatibility": "BACKWARD"})
    assert check(sr, subject, long_a).json()["is_compatible"] is True
    sr.put(f"/config/{subject}", {"compatibility": "FORWARD"})
    assert check(sr, subject, long_a).json()["is_compatible"] is False
    # transitive checks every live version; plain only the latest
    only_b = {"type": "record", "name": "R", "fields": [{"name": "b", "type": "int"}]}
    sr.put(f"/config/{subject}", {"compatibility": "BACKWARD"})
    assert check(sr, subject, only_b).json()["is_compatible"] is True
    sr.put(f"/config/{subject}", {"compatibility": "BACKWARD_TRANSITIVE"})
    assert check(sr, subject, only_b).json()["is_compatible"] is False
    assert_error(sr.register(subject, only_b), 409, 40901)
    # A pinned version is checked alone, whatever the level (Confluent).
    assert check(sr, subject, only_b, "2").json()["is_compatible"] is True


def test_soft_deleted_versions_are_not_checked(sr):
    subject = unique("softcompat")
    sr.register(subject, USER_V1)
    sr.delete(f"/subjects/{subject}/versions/1")
    assert sr.register(subject, {"type": "string"}).status_code == 200


def test_check_endpoint_edge_cases(sr):
    subject = unique("edge")
    assert check(sr, subject, USER_V1, "latest").json() == {"is_compatible": True}
    assert check(sr, subject, USER_V1).json() == {"is_compatible": True}
    # Confluent looks the version up first: 40402, whether or not the subject exists.
    assert_error(check(sr, subject, USER_V1, "1"), 404, 40402)
    sr.register(subject, USER_V1)
    assert_error(check(sr, subject, USER_V1, "5"), 404, 40402)
    assert_error(check(sr, subject, USER_V1, "zero"), 422, 42202)
    assert_error(check(sr, subject, '{"type":"bogus"}', "latest"), 422, 42201)
    verbose = check(sr, subject, '{"type":"bogus"}', "latest", verbose="true").json()
    assert verbose["is_compatible"] is False and verbose["messages"]
    # A different schema type is never compatible.
    assert check(sr, subject, '{"type":"object"}', "latest", schema_type="JSON").json() == {"is_compatible": False}


def test_json_schema_registration_and_compatibility(sr):
    subject = unique("json")
    v1 = {"type": "object", "properties": {"name": {"type": "string"}, "kind": {"enum": ["a", "b"]}}}
    r = sr.register(subject, v1, schema_type="JSON")
    assert r.status_code == 200, r.text
    assert r.json()["schemaType"] == "JSON"
    got = sr.get(f"/subjects/{subject}/versions/1").json()
    assert got["schemaType"] == "JSON" and json.loads(got["schema"]) == v1
    assert sr.get(f"/schemas/ids/{got['id']}").json()["schemaType"] == "JSON"
    # key order and white space do not make a new schema
    reordered = json.dumps({"properties": v1["properties"], "type": "object"}, indent=1)
    assert sr.register(subject, reordered, schema_type="JSON").json()["id"] == got["id"]

    required = {**v1, "required": ["name"]}
    assert_error(sr.register(subject, required, schema_type="JSON"), 409, 40901)
    narrowed = {"type": "object", "properties": {"name": {"type": "string"}, "kind": {"enum": ["a"]}}}
    msgs = check(sr, subject, narrowed, "latest", schema_type="JSON", verbose="true").json()
    assert msgs["is_compatible"] is False and any("ENUM_ARRAY_NARROWED" in m for m in msgs["messages"])
    widened = {"type": "object", "properties": {"name": {"type": ["string", "null"]}, "kind": {"enum": ["a", "b", "c"]}}}
    assert sr.register(subject, widened, schema_type="JSON").json()["version"] == 2
    assert_error(sr.register(unique("json"), {"type": 5}, schema_type="JSON"), 422, 42201)


def test_json_schema_without_dollar_schema_is_draft_7(sr):
    """No `$schema` means draft 7 (Confluent and Karapace): tuple `items`
    and `dependencies` are valid there, though not in 2020-12."""
    subject = unique("d7")
    tuple_items = {"type": "array", "items": [{"type": "string"}, {"type": "number"}], "additionalItems": False}
    r = sr.register(subject, json.dumps(tuple_items), "JSON")
    assert r.status_code == 200, r.text
    # Under 2020-12, `items` must be one schema.
    declared = {**tuple_items, "$schema": "https://json-schema.org/draft/2020-12/schema"}
    r = sr.register(unique("d2020"), json.dumps(declared), "JSON")
    assert r.status_code == 422 and r.json()["error_code"] == 42201, r.text
