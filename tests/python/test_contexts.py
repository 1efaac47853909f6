"""Schema contexts (issue #4, confluent-api.md §1.3.1): `:.ctx:subject`
lives in context `.ctx` with ids of its own; `/contexts` lists contexts,
`DELETE /contexts/{c}` forgets an empty one (42211 while it has subjects);
a `:.ctx:` config applies to the context's subjects; `CONTEXT` records
are written as Confluent writes them."""
import json

from conftest import Client
from test_storage import read_topic

S1 = json.dumps({"type": "record", "name": "A", "fields": [{"name": "x", "type": "int"}]})
S2 = json.dumps({"type": "record", "name": "B", "fields": [{"name": "y", "type": "string"}]})


def test_contexts_have_their_own_ids_settings_and_lifecycle(bootstrap, fresh_gregor):
    g = fresh_gregor.start()
    sr = Client(g.url)
    assert sr.get("/contexts").json() == ["."]
    default_id = sr.register("plain", S1).json()["id"]
    assert sr.register("other", S2).json()["id"] == default_id + 1
    # The same schemas in a new context get that context's own ids, from 1.
    r = sr.register(":.blue:orders", S2)
    assert r.status_code == 200, r.text
    assert r.json()["id"] == 1
    assert sr.register(":.blue:payments", S1).json()["id"] == 2
    assert sr.get("/contexts").json() == [".", ".blue"]
    assert sr.get("/contexts", params={"contextPrefix": ".b"}).json() == [".blue"]

    # Lookups by id follow the context named by `subject`.
    assert json.loads(sr.get("/schemas/ids/1", params={"subject": ":.blue:"}).json()["schema"])["name"] == "B"
    assert json.loads(sr.get("/schemas/ids/1").json()["schema"])["name"] == "A"
    assert sr.get("/schemas/ids/2/versions", params={"subject": ":.blue:"}).json() == [
        {"subject": ":.blue:payments", "version": 1}]
    assert sr.get("/subjects/:.blue:orders/versions/1").json()["id"] == 1

    # Listings: every context by default and with `:*:`, one with its prefix.
    every = sr.get("/subjects").json()
    assert set(every) == {"plain", "other", ":.blue:orders", ":.blue:payments"}
    assert set(sr.get("/subjects", params={"subjectPrefix": ":*:"}).json()) == set(every)
    assert sr.get("/subjects", params={"subjectPrefix": ":.blue:"}).json() == [":.blue:orders", ":.blue:payments"]

    # A context-level config applies to its subjects, not to others.
    assert sr.put("/config/:.blue:", {"compatibility": "NONE"}).status_code == 200
    incompatible = json.dumps({"type": "record", "name": "B", "fields": [{"name": "z", "type": "long"}]})
    assert sr.register(":.blue:orders", incompatible).status_code == 200
    assert sr.register("other", incompatible).status_code == 409

    # A context with subjects cannot go; an empty one can, once.
    r = sr.delete("/contexts/.blue")
    assert (r.status_code, r.json()["error_code"]) == (422, 42211), r.text
    for subject in (":.blue:orders", ":.blue:payments"):
        assert sr.delete(f"/subjects/{subject}").status_code == 200
        assert sr.delete(f"/subjects/{subject}", params={"permanent": "true"}).status_code == 200
    r = sr.delete("/contexts/.blue")
    assert r.status_code == 204, r.text
    assert sr.get("/contexts").json() == ["."]
    r = sr.delete("/contexts/.blue")
    assert (r.status_code, r.json()["error_code"]) == (404, 40401), r.text

    # Confluent's CONTEXT record format, and all of it replays.
    keys = [k for k, _ in read_topic(bootstrap, g.topic) if k and b'"CONTEXT"' in k]
    assert keys[0] == b'{"keytype":"CONTEXT","tenant":"default","context":".blue"}'
    assert sr.register(":.green:x", S1).json()["id"] == 1
    g.restart()
    sr = Client(g.url)
    assert sr.get("/contexts").json() == [".", ".green"]
    assert sr.get("/subjects/:.green:x/versions/1").json()["id"] == 1
    assert sr.get("/schemas/ids/1", params={"subject": ":.green:x"}).status_code == 200


def test_references_inside_a_context(sr):
    """An unqualified reference from a context names a subject of that
    context; `referenceFormat=qualified` shows it qualified."""
    from conftest import unique
    ctx = unique(".refs").replace("-", "")
    customer = json.dumps({"type": "record", "name": "Customer", "namespace": "shop", "fields": [{"name": "n", "type": "string"}]})
    order = json.dumps({"type": "record", "name": "Order", "namespace": "shop", "fields": [{"name": "c", "type": "shop.Customer"}]})
    assert sr.register(f":{ctx}:customer", customer).status_code == 200
    refs = [{"name": "shop.Customer", "subject": "customer", "version": 1}]
    r = sr.register(f":{ctx}:order", order, references=refs)
    assert r.status_code == 200, r.text
    plain = sr.get(f"/subjects/:{ctx}:order/versions/1").json()
    assert plain["references"] == refs
    qualified = sr.get(f"/subjects/:{ctx}:order/versions/1", params={"referenceFormat": "qualified"}).json()
    assert qualified["references"] == [{**refs[0], "subject": f":{ctx}:customer"}]
    assert sr.get(f"/subjects/:{ctx}:customer/versions/1/referencedby").json() == [r.json()["id"]]
    # The same reference from the default context names another subject.
    r = sr.register(unique("order"), order, references=refs)
    assert (r.status_code, r.json()["error_code"]) == (422, 42201), r.text


def test_default_context_spelled_out(sr):
    """`:.:name` is the default context's `name` (Confluent `QualifiedSubject`):
    stored, listed and answered as `name`, with `name`'s config."""
    from conftest import unique
    name = unique("dflt")
    r = sr.register(f":.:{name}", S1)
    assert r.status_code == 200, r.text
    got = sr.get(f"/subjects/{name}/versions/1").json()
    assert got["subject"] == name and got["id"] == r.json()["id"]
    assert sr.get(f"/subjects/:.:{name}/versions/latest").json()["subject"] == name
    assert name in sr.get("/subjects").json() and f":.:{name}" not in sr.get("/subjects").json()
    assert sr.post(f"/subjects/:.:{name}", {"schema": S1}).json()["subject"] == name
    assert sr.put(f"/config/:.:{name}", {"compatibility": "NONE"}).status_code == 200
    assert sr.get(f"/config/{name}").json()["compatibilityLevel"] == "NONE"
    # A reference to the spelled-out subject resolves to the same schema.
    ref = [{"name": "A", "subject": f":.:{name}", "version": 1}]
    user = json.dumps({"type": "record", "name": "U", "fields": [{"name": "a", "type": "A"}]})
    assert sr.register(unique("user"), user, references=ref).status_code == 200
    assert sr.get(f"/subjects/{name}/versions/1/referencedby").json() != []
    assert sr.delete(f"/subjects/:.:{name}").status_code == 422  # referenced: 42206
