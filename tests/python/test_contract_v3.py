"""API fuzzing of Kafka REST v3 against Confluent's own contract:
schemathesis generates requests from `../shared/vectors/confluent-openapi/
kafka-rest-v3-openapi.yaml` (source and licence in that folder's README;
read here, never copied) and checks every answer against the real broker:
no 5xx, a documented status code, a documented content type.

The cluster id parameter is pinned to the broker's (a random one is only
ever 404). Where Confluent's code answers what its spec does not
document, Gregor answers as the code does; those answers are added to a
copy of the spec for the run (`DEVIATIONS`, each with the kafka-rest or
rest-utils source that gives it), so any other undocumented answer fails."""
import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path(os.environ.get("GREGOR_VECTORS", ROOT.parent / "shared" / "vectors")) / "confluent-openapi" / "kafka-rest-v3-openapi.yaml"

# Served, but this broker cannot do them (see test_rest_v3.py::test_acls):
# tansu 0.6 answers CreateAcls with a reply librdkafka cannot read, which
# is a Kafka error (500, 50002, KafkaExceptionMapper's KafkaException).
BROKER_CANNOT = ["createKafkaAcls", "batchCreateKafkaAcls"]

# (method or "*", path or "*", status, why). "*" matches every operation.
DEVIATIONS = [
    ("*", "*", "404",
     "A cluster, topic, partition, config, group or member that does not exist: JAX-RS NotFoundException "
     "(controllers/Entities.checkEntityExists, 404) or UnknownTopicOrPartitionException (rest-utils "
     "KafkaExceptionMapper, 40403); a path parameter that does not convert (an int partition_id) is a JAX-RS "
     "404 too. The spec leaves 404 out of several operations."),
    ("*", "*", "400",
     "A body that is not JSON or of the wrong shape: rest-utils JsonParseExceptionMapper / "
     "JsonMappingExceptionMapper, 400; Kafka's refusals (InvalidConfigurationException, InvalidRequestException, "
     "PolicyViolationException, UnsupportedVersionException): KafkaExceptionMapper, 400 error_code 40002."),
    ("*", "*", "415", "A body whose Content-Type is not application/json: Jersey answers 415 (@Consumes)."),
    ("post", "/clusters/{cluster_id}/topics/{topic_name}/records:batch", "422",
     "Errors.produceBatchException (RestConstraintViolationException): empty batch, too many entries, ids not "
     "distinct or invalid: 422 error_code 42208."),
]


def matches(pattern, value):
    return pattern == "*" or pattern == value


def prepared_spec(spec, cluster_id):
    """The spec with the cluster id pinned and the deviations added."""
    patched = copy.deepcopy(spec)
    patched["components"]["parameters"]["ClusterId"]["schema"] = {"type": "string", "enum": [cluster_id]}
    patched["components"]["parameters"]["ClusterId"]["example"] = cluster_id
    added = 0
    for path, item in patched["paths"].items():
        for method, operation in item.items():
            if method not in {"get", "put", "post", "delete", "patch"}:
                continue
            for dev_method, dev_path, status, why in DEVIATIONS:
                if matches(dev_method, method) and matches(dev_path, path) and status not in operation.setdefault("responses", {}):
                    operation["responses"][status] = {
                        "description": f"Gregor, as Confluent's code: {why}",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                    }
                    added += 1
    return patched, added


def test_kafka_rest_v3_against_confluents_openapi_contract(gregor, tmp_path):
    if not SPEC.is_file():
        print(f"NOTICE: {SPEC} not found; Confluent's Kafka REST v3 contract test skipped")
        pytest.skip("Confluent's OpenAPI file is not available (../shared/vectors)")
    spec = yaml.safe_load(SPEC.read_text())
    cluster_id = requests.get(gregor.url + "/v3/clusters", timeout=30).json()["data"][0]["cluster_id"]
    patched, added = prepared_spec(spec, cluster_id)
    spec_path = tmp_path / "kafka-rest-v3-openapi.yaml"
    spec_path.write_text(yaml.safe_dump(patched))
    report = tmp_path / "report.json"
    st = Path(sys.executable).with_name("st")
    command = [str(st), "run", str(spec_path), "--url", gregor.url + "/v3",
               "-c", "not_a_server_error,status_code_conformance,content_type_conformance",
               # (Each exclusion stands alone: a method and a path given
               # as two exclusions would leave out every operation of either.)
               *[arg for operation in BROKER_CANNOT for arg in ("--exclude-operation-id", operation)],
               "-n", "15", "--seed", "1", "--no-shrink", "--phases", "examples,coverage,fuzzing",
               "--suppress-health-check", "all", "--continue-on-failure", "--request-timeout", "30",
               "--output-truncate", "true", "--report", "json", "--report-json-path", str(report)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=1500)
    (tmp_path / "stdout.txt").write_text(run.stdout)
    summary = json.loads(report.read_text())
    cases = summary["test_cases"]
    print(f"schemathesis (v3): {summary['operations']['tested']} of {summary['operations']['total']} operations, "
          f"{cases['generated']} cases, {cases['with_failures']} with failures, {len(DEVIATIONS)} deliberate "
          f"deviations ({added} responses added to the spec), {len(BROKER_CANNOT)} operations this broker cannot do")
    if summary["failures"] or summary["errors"] or run.returncode != 0:
        print(run.stdout[-20000:])
    assert gregor.proc.poll() is None, "gregor died under the fuzzer"
    assert not summary["failures"], json.dumps(summary["failures"], indent=1)[:5000]
    assert not summary["errors"], json.dumps(summary["errors"], indent=1)[:5000]
    # Every operation but the BROKER_CANNOT ones.
    assert summary["operations"]["tested"] >= summary["operations"]["total"] - len(BROKER_CANNOT)
