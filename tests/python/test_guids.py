"""Schema GUIDs (Confluent 8.0; issue "Hardening", item 10).

A GUID is the MD5 of the stored schema text, its references (name, subject,
4-byte big-endian version), and, each after a 1 byte, its metadata and rule
set, written as a UUID (Confluent `Schema.getGuid`, `MD5.toString`). The
expected values here are computed independently with hashlib.
"""
import hashlib
import json
import struct
import uuid

from conftest import unique


def guid_of(text, references=(), metadata=None, rule_set=None):
    md5 = hashlib.md5(text.encode())
    for ref in references:
        md5.update(ref["name"].encode())
        md5.update(ref["subject"].encode())
        md5.update(struct.pack(">i", ref["version"]))
    if metadata is not None:
        md5.update(b"\x01")
        for key in sorted(metadata.get("tags", {})):
            md5.update(key.encode())
            for tag in sorted(set(metadata["tags"][key])):
                md5.update(tag.encode())
        for key, value in sorted(metadata.get("properties", {}).items()):
            md5.update(key.encode())
            md5.update(value.encode())
        for name in sorted(set(metadata.get("sensitive", []))):
            md5.update(name.encode())
    if rule_set is not None:
        md5.update(b"\x01")
        for kind in ("migrationRules", "domainRules", "encodingRules"):
            for rule in rule_set.get(kind, []):
                for field in ("name", "doc", "kind", "mode", "type"):
                    if field in rule:
                        md5.update(rule[field].encode())
                for tag in sorted(set(rule.get("tags", []))):
                    md5.update(tag.encode())
                for key, value in sorted(rule.get("params", {}).items()):
                    md5.update(key.encode())
                    md5.update(value.encode())
                for field in ("expr", "onSuccess", "onFailure"):
                    if field in rule:
                        md5.update(rule[field].encode())
                if rule.get("disabled"):
                    md5.update(b"\x01")
    return str(uuid.UUID(bytes=md5.digest()))


def test_guid_in_every_answer_and_lookup_by_guid(sr):
    subject = unique("guid")
    schema = {"type": "record", "name": "G", "fields": [{"name": "a", "type": "int"}]}
    r = sr.register(subject, schema)
    assert r.status_code == 200, r.text
    schema_id = r.json()["id"]
    text = sr.get(f"/schemas/ids/{schema_id}").json()["schema"]
    guid = guid_of(text)
    assert r.json()["guid"] == guid
    assert sr.get(f"/schemas/ids/{schema_id}").json()["guid"] == guid
    assert sr.get(f"/subjects/{subject}/versions/1").json()["guid"] == guid
    assert sr.post(f"/subjects/{subject}", {"schema": json.dumps(schema)}).json()["guid"] == guid
    listed = [s for s in sr.get("/schemas").json() if s["subject"] == subject]
    assert [s["guid"] for s in listed] == [guid]

    by_guid = sr.get(f"/schemas/guids/{guid}")
    assert by_guid.status_code == 200, by_guid.text
    assert by_guid.json() == {"guid": guid, "schema": text}
    assert list(by_guid.json()) == ["guid", "schema"]
    # Upper case and bare hex name the same schema (Confluent `MD5.fromString`).
    assert sr.get(f"/schemas/guids/{guid.upper()}").json()["guid"] == guid
    assert sr.get(f"/schemas/guids/{guid.replace('-', '')}").json()["guid"] == guid
    assert sr.get(f"/schemas/guids/{guid}/ids").json() == [{"context": ".", "id": schema_id}]


def test_guid_covers_references_metadata_and_rules(sr):
    base_subject = unique("guidbase")
    base = {"type": "record", "name": "Base", "namespace": "g", "fields": [{"name": "x", "type": "long"}]}
    sr.register(base_subject, base)
    refs = [{"name": "g.Base", "subject": base_subject, "version": 1}]
    metadata = {"properties": {"owner": "team-b", "app": "a"}, "tags": {"G.y": ["PII", "EU"]}, "sensitive": ["y"]}
    rule_set = {"domainRules": [{"name": "check", "kind": "CONDITION", "mode": "WRITE", "type": "CEL",
                                 "expr": "message.y != ''", "params": {"b": "2", "a": "1"}, "tags": ["PII"],
                                 "onFailure": "ERROR", "disabled": True}]}
    schema = {"type": "record", "name": "Top", "namespace": "g",
              "fields": [{"name": "b", "type": "g.Base"}, {"name": "y", "type": "string"}]}
    subject = unique("guidtop")
    body = {"schema": json.dumps(schema), "references": refs, "metadata": metadata, "ruleSet": rule_set}
    r = sr.post(f"/subjects/{subject}/versions", body)
    assert r.status_code == 200, r.text
    stored = sr.get(f"/subjects/{subject}/versions/1").json()
    # Confluent's `Schema` property order: the schema text last.
    assert list(stored) == ["subject", "version", "id", "guid", "references", "metadata", "ruleSet", "schema"]
    assert list(r.json()) == ["id", "version", "guid", "references", "metadata", "ruleSet", "schema"]
    expected = guid_of(stored["schema"], refs, metadata, rule_set)
    assert r.json()["guid"] == expected == stored["guid"]
    assert guid_of(stored["schema"]) != expected
    got = sr.get(f"/schemas/guids/{expected}").json()
    assert got["references"] == refs and got["metadata"]["properties"] == metadata["properties"]


def test_guid_in_a_context_and_unknown_guids(sr):
    subject = f":.{unique('gctx')}:s"
    r = sr.register(subject, {"type": "enum", "name": "E", "symbols": ["A", "B"]})
    assert r.status_code == 200, r.text
    guid = r.json()["guid"]
    ids = sr.get(f"/schemas/guids/{guid}/ids").json()
    assert ids == [{"context": subject.split(":")[1], "id": r.json()["id"]}], ids
    # Found from outside its context too.
    assert sr.get(f"/schemas/guids/{guid}").json()["schema"] == '{"type":"enum","name":"E","symbols":["A","B"]}'

    for missing in ("00000000-0000-0000-0000-000000000000", "not-a-guid"):
        r = sr.get(f"/schemas/guids/{missing}")
        assert r.status_code == 404
        assert r.json() == {"error_code": 40403, "message": f"Schema {missing} not found"}
        r = sr.get(f"/schemas/guids/{missing}/ids")
        assert r.status_code == 200 and r.json() == []
