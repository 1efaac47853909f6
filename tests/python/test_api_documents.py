"""The API documents Gregor generates from its protos (`/openapi.json`,
`/asyncapi.json`) are valid and true:

- the OpenAPI document passes `openapi-spec-validator`, and the AsyncAPI
  document the official AsyncAPI 3.0.0 JSON Schema (`@asyncapi/specs`, from
  tools/);
- schemathesis, fed Gregor's own OpenAPI document, gets no 5xx, and every
  answer has a documented status, content type and body shape;
- a registry-only and a proxy-only server document only what they serve.
"""
import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from conftest import LOG_DIR, ROOT, Gregor

ASYNCAPI_SCHEMA = ROOT / "tools" / "node_modules" / "@asyncapi" / "specs" / "schemas" / "3.0.0-without-$id.json"


def operations(document):
    return {(method, path): op for path, item in document["paths"].items() for method, op in item.items()}


def test_openapi_document_is_valid_and_names_every_route(gregor):
    from openapi_spec_validator import validate

    response = requests.get(f"{gregor.url}/openapi.json", timeout=10)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    document = response.json()
    validate(document)
    ops = operations(document)
    # The Confluent surfaces, with their media types and error body.
    register = ops[("post", "/subjects/{subject}/versions")]
    assert register["x-grpc-method"] == "gregor.registry.v1.SchemaRegistryService/RegisterSchema"
    assert {"application/vnd.schemaregistry.v1+json", "application/json"} <= set(register["requestBody"]["content"])
    assert register["responses"]["default"]["content"]["application/vnd.schemaregistry.v1+json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorMessage"}
    produce = ops[("post", "/topics/{topic}")]
    assert "application/vnd.kafka.binary.v2+json" in produce["requestBody"]["content"]
    assert "application/vnd.kafka.v2+json" in produce["responses"]["200"]["content"]
    # Descriptions come from the proto comments.
    assert "subject" in register["description"].lower()
    # Every route the document names is served (a GET on each answers from
    # its handler, never the unknown-path 404 of the fallback).
    unknown = requests.get(f"{gregor.url}/no/such/route", timeout=10).json()
    for (method, path), op in ops.items():
        if method != "get" or "stream" in op["responses"]["200"].get("description", "") or "subscribe" in path:
            continue
        values = {p["name"]: "1" if p["schema"].get("type") == "integer" else "x"
                  for p in op.get("parameters", []) if p["in"] == "path"}
        url = gregor.url + path.format(**values)
        answer = requests.get(url, timeout=20)
        assert answer.status_code < 500, (path, answer.status_code, answer.text[:300])
        if answer.status_code == 404:
            assert answer.json() != unknown, f"{path}: the document names a route the server does not serve"
    # Status codes the service may set besides 200 are documented.
    assert "503" in ops[("get", "/_health")]["responses"]
    assert "201" in ops[("post", "/v3/clusters/{cluster_id}/topics")]["responses"]


def test_asyncapi_document_is_valid(gregor):
    import jsonschema

    response = requests.get(f"{gregor.url}/asyncapi.json", timeout=10)
    assert response.status_code == 200
    document = response.json()
    assert document["asyncapi"] == "3.0.0"
    channels = document["channels"]
    subscribe = [c for c in channels.values() if c["address"] == "/gregor/v1/subscribe"]
    assert subscribe, list(channels)
    assert {m["contentType"] for m in subscribe[0]["messages"].values()} >= {"application/x-ndjson", "text/event-stream"}
    # The APISIX pubsub WebSocket, at its configured path.
    assert channels["ApisixPubSub"]["address"] == "/kafka"
    assert {op["action"] for op in document["operations"].values() if op["channel"]["$ref"] == "#/channels/ApisixPubSub"} == {"send", "receive"}
    if not ASYNCAPI_SCHEMA.is_file():
        print(f"NOTICE: {ASYNCAPI_SCHEMA} missing (scripts/setup.sh test installs tools/); AsyncAPI schema check skipped")
        pytest.skip("the AsyncAPI JSON Schema is not installed")
    schema = json.loads(ASYNCAPI_SCHEMA.read_text())
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(document))
    assert not errors, [f"{list(e.path)}: {e.message[:200]}" for e in errors[:10]]
    # The validator does look: a channel without its address is refused.
    broken = copy.deepcopy(document)
    next(iter(broken["channels"].values()))["address"] = 42
    assert list(jsonschema.Draft7Validator(schema).iter_errors(broken))


STREAMED_JSON = "RecordsService_ProduceRecords"


def run_schemathesis(spec_path, url, report, *extra):
    st = Path(sys.executable).with_name("st")
    command = [str(st), "run", str(spec_path), "--url", url, "--seed", "1", "--no-shrink", "--suppress-health-check", "all", "--continue-on-failure",
               "--request-timeout", "30", "--output-truncate", "true",
               "--report", "json", "--report-json-path", str(report), *extra]
    run = subprocess.run(command, capture_output=True, text=True, timeout=1500)
    return run, json.loads(report.read_text())


def test_schemathesis_finds_gregor_true_to_its_own_openapi(gregor, tmp_path):
    document = requests.get(f"{gregor.url}/openapi.json", timeout=10).json()
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(document))
    tested, generated = 0, 0
    all_checks = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"
    # Kafka REST v3's streamed produce answers one JSON object per record,
    # one after another, as `application/json` (Confluent's ProduceAction
    # does the same), which no JSON parser reads as one document: no body
    # check (each object is checked by test_rest_v3.py).
    # `/_health` gets every check: it answers 503 only while the registry's
    # `_schemas` topic is gone, and the fuzzer can no longer delete it (it
    # did once, through `DELETE /v3/clusters/{cluster_id}/topics/
    # {topic_name}`, before schemas_topic_protected).
    passes = [
        (all_checks, ("--exclude-operation-id", STREAMED_JSON)),
        ("not_a_server_error,status_code_conformance,content_type_conformance", ("--include-operation-id", STREAMED_JSON)),
    ]
    for checks, selection in passes:
        run, summary = run_schemathesis(spec, gregor.url, tmp_path / "report.json", "-c", checks, *selection,
                                        "-n", "10", "--phases", "examples,coverage,fuzzing")
        cases = summary["test_cases"]
        print(f"schemathesis on Gregor's own OpenAPI ({checks}): {summary['operations']['tested']} of "
              f"{summary['operations']['total']} operations, {cases['generated']} cases, {cases['with_failures']} with failures")
        if summary["failures"] or summary["errors"] or run.returncode != 0:
            print(run.stdout[-20000:])
        assert gregor.proc.poll() is None, "gregor died under the fuzzer"
        assert not summary["failures"], json.dumps(summary["failures"], indent=1)[:5000]
        assert not summary["errors"], json.dumps(summary["errors"], indent=1)[:5000]
        tested += summary["operations"]["tested"]
        generated += cases["generated"]
    assert tested == len(operations(document))
    assert generated > 5000
    # A panic in a request's task leaves the process up but resets the
    # client's connection: none may happen.
    log = (LOG_DIR / f"gregor-{gregor.topic}-{gregor.port}-{gregor.starts}.log").read_text()
    assert "panicked at" not in log, log[log.find("panicked at") - 200:][:3000]

    # The body check is live on Confluent's vendor media types: a document
    # that says `error_code` is a string fails on the first error answered.
    wrong = copy.deepcopy(document)
    wrong["components"]["schemas"]["ErrorMessage"]["properties"]["error_code"] = {"type": "string"}
    spec.write_text(json.dumps(wrong))
    _, summary = run_schemathesis(spec, gregor.url, tmp_path / "wrong.json", "-c", "response_schema_conformance",
                                  "-n", "3", "--phases", "fuzzing",
                                  "--include-path-regex", r"^/subjects/\{subject\}/versions$")
    assert summary["failures"], "schemathesis did not check the response bodies"


@pytest.mark.parametrize("role,prefixes", [
    ("registry", ("gregor.registry.v1.", "gregor.docs.v1.")),
    ("rest", ("gregor.kafka.v1.", "gregor.docs.v1.")),
])
def test_a_server_documents_only_what_it_serves(bootstrap, role, prefixes):
    env = {"GREGOR_KARAPACE_REGISTRY": "true"} if role == "registry" else {"GREGOR_KARAPACE_REST": "true"}
    g = Gregor(bootstrap, env=env).start()
    try:
        document = requests.get(f"{g.url}/openapi.json", timeout=10).json()
        methods = {op["x-grpc-method"] for op in operations(document).values()}
        assert methods and all(m.startswith(prefixes) for m in methods), sorted(methods)[:20]
        assert any(m.startswith(prefixes[0]) for m in methods)
        root = operations(document)[("get", "/")]["x-grpc-method"]
        assert root.startswith(prefixes[0]), root
        streams = requests.get(f"{g.url}/asyncapi.json", timeout=10).json()
        assert bool(streams["channels"]) == (role == "rest")
    finally:
        g.stop()
