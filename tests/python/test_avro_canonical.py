"""Avro schema identity and stored text (issue "Hardening", item 14).

Confluent stores and compares `AvroSchema.canonicalString()`, which is Avro
Java's `Schema.toString()`: compact JSON in Avro Java's key order with every
custom property kept. Each schema below is registered through Gregor and the
text it answers is compared with what Avro Java prints for the same input
(Debian's libavro-java, run from `tests/java/AvroCanonical.java`); the test
skips with a notice where no JDK or Avro Java is installed.
"""
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import unique

JAVA_DIR = Path("/usr/share/java")
CLASSPATH = [JAVA_DIR / j for j in ("avro.jar", "jackson-core-asl.jar", "jackson-mapper-asl.jar", "slf4j-api.jar", "slf4j-nop.jar")]
SOURCE = Path(__file__).resolve().parents[1] / "java" / "AvroCanonical.java"

# Written with spaces, unusual key orders and redundant namespaces on
# purpose: the stored text must not depend on them.
CORPUS = [
    '"int"',
    '{"type": "int"}',
    '{"type":"string","unique":"u1"}',
    '{"logicalType": "uuid", "type": "string"}',
    '{"type":"long","logicalType":"timestamp-millis","connect.version":1}',
    '{"type":"bytes","logicalType":"decimal","precision":10,"scale":2}',
    '{"fields": [{"type": "int", "name": "a"}], "name": "R", "type": "record"}',
    '{"type":"record","name":"R","namespace":"x.y","doc":"a \\"doc\\"\\n\\u0001é","fields":['
    '{"name":"a","doc":"first","type":{"type":"record","name":"S","fields":[{"name":"b","type":"int","order":"descending","foo":{"z":1,"b":[1,2.5,null]}}]}},'
    '{"name":"c","type":"x.y.S","default":{"b":1},"aliases":["cc","c2"],"doc":"fd"},'
    '{"name":"e","type":{"type":"enum","name":"E","namespace":"","symbols":["A","B"],"aliases":["x.y.EE","Z"],"doc":"e"}},'
    '{"name":"f","type":{"type":"fixed","name":"F","size":4,"zz":true}},'
    '{"name":"g","type":["null",{"type":"array","items":"S","p":1}],"default":null},'
    '{"name":"h","type":{"type":"map","values":{"type":"bytes","logicalType":"decimal","precision":4,"scale":2}}},'
    '{"name":"i","type":{"type":"record","name":"a.b.T","fields":[{"name":"j","type":{"type":"enum","name":"K","symbols":["X"]}},{"name":"k","type":"x.y.S"}]}},'
    '{"name":"l","type":"a.b.K","order":"ignore"},'
    '{"name":"m","type":"double","default":1.5}'
    '],"aliases":["Old","other.Older"],"connect.name":"x.y.R"}',
    '{"type":"record","name":"Node","fields":[{"name":"next","type":["null","Node"],"default":null},'
    '{"name":"kids","type":{"type":"array","items":"Node"},"default":[]}]}',
    '{"type":"enum","name":"Suit","symbols":["SPADES","HEARTS"],"default":"SPADES"}',
    '{"type":"record","name":"n.A","namespace":"ignored","fields":[{"name":"b","type":{"type":"record","name":"B","namespace":"n","fields":[]}},{"name":"c","type":"n.B"}]}',
    '{"type":"record","name":"P","namespace":"p","fields":[{"name":"q","type":{"type":"record","name":"Q","namespace":"q","fields":[{"name":"r","type":{"type":"fixed","name":"Fx","size":2}},{"name":"s","type":"p.P"}]}},{"name":"t","type":"q.Fx"}]}',
]


@pytest.fixture(scope="module")
def avro_java(tmp_path_factory):
    if not shutil.which("javac") or not all(p.exists() for p in CLASSPATH):
        pytest.skip("notice: no JDK or Debian libavro-java here (scripts/setup.sh test installs them); Avro Java cross-check skipped")
    out = tmp_path_factory.mktemp("javac")
    classpath = ":".join(map(str, CLASSPATH))
    subprocess.run(["javac", "-cp", classpath, "-d", str(out), str(SOURCE)], check=True)

    def print_schemas(texts):
        done = subprocess.run(
            ["java", "-cp", f"{classpath}:{out}", "AvroCanonical"],
            input="\n".join(texts) + "\n", capture_output=True, text=True, check=True,
        )
        return done.stdout.splitlines()

    return print_schemas


def test_stored_text_is_avro_javas(sr, avro_java):
    expected = avro_java(CORPUS)
    assert len(expected) == len(CORPUS) and not any(e.startswith("ERROR") for e in expected), expected
    for text, java in zip(CORPUS, expected):
        subject = unique("canon")
        r = sr.register(subject, text)
        assert r.status_code == 200, (text, r.text)
        schema_id = r.json()["id"]
        stored = sr.get(f"/schemas/ids/{schema_id}").json()
        assert stored["schema"] == java, text
        assert "schemaType" not in stored
        version = sr.get(f"/subjects/{subject}/versions/1").json()
        assert version["schema"] == java
        # Avro Java's own text is the same schema: same id.
        again = sr.register(unique("canon"), java)
        assert again.json()["id"] == schema_id, java
        # and so is the submitted text looked up under the subject.
        found = sr.post(f"/subjects/{subject}", {"schema": text})
        assert found.status_code == 200 and found.json()["id"] == schema_id


def test_custom_property_makes_another_schema(sr):
    """The issue's case: `"string"` and `{"type":"string","unique":"u1"}` are
    two schemas, two ids and two versions, and the property is kept."""
    subject = unique("prop")
    plain = sr.register(subject, {"type": "string"}).json()["id"]
    marked = sr.register(subject, {"type": "string", "unique": "u1"}).json()["id"]
    assert plain != marked
    assert sr.get(f"/schemas/ids/{plain}").json()["schema"] == '"string"'
    assert sr.get(f"/schemas/ids/{marked}").json()["schema"] == '{"type":"string","unique":"u1"}'
    assert sr.get(f"/subjects/{subject}/versions").json() == [1, 2]
    listed = [s for s in sr.get("/schemas").json() if s["subject"] == subject]
    assert [s["schema"] for s in listed] == ['"string"', '{"type":"string","unique":"u1"}']
    assert all("schemaType" not in s for s in listed), listed
    # The same text again is the version that holds it.
    assert sr.register(subject, '{"unique": "u1", "type": "string"}').json()["id"] == marked
    assert sr.get(f"/subjects/{subject}/versions").json() == [1, 2]


def test_references_print_as_names(sr):
    """A type a reference defines is written by name (Confluent passes the
    references to `Schema.toString`), and `format=resolved` writes it out."""
    address_subject = unique("address")
    address = {"type": "record", "name": "Address", "namespace": "t",
               "fields": [{"name": "city", "type": "string", "doc": "town"}]}
    sr.register(address_subject, address)
    person = {"namespace": "t", "type": "record", "name": "Person",
              "fields": [{"name": "home", "type": "t.Address"}, {"name": "work", "type": "Address"}]}
    subject = unique("person")
    r = sr.register(subject, person, references=[{"name": "t.Address", "subject": address_subject, "version": 1}])
    assert r.status_code == 200, r.text
    text = sr.get(f"/schemas/ids/{r.json()['id']}").json()["schema"]
    assert text == ('{"type":"record","name":"Person","namespace":"t","fields":'
                    '[{"name":"home","type":"Address"},{"name":"work","type":"Address"}]}')
    resolved = sr.get(f"/subjects/{subject}/versions/1/schema", params={"format": "resolved"})
    assert json.loads(resolved.text) == {
        "type": "record", "name": "Person", "namespace": "t", "fields": [
            {"name": "home", "type": {"type": "record", "name": "Address",
                                      "fields": [{"name": "city", "type": "string", "doc": "town"}]}},
            {"name": "work", "type": "Address"}]}
