"""A broker that goes away gives errors within the configured timeouts, never
a hang, and the registry keeps answering reads from its replayed state. Runs
its own broker so it can stop it."""
import json
import time

import requests
from confluent_kafka.admin import AdminClient, NewTopic

from conftest import Client, Gregor, OwnBroker, unique

TIMEOUT_MS = 3000


def test_broker_down_gives_errors_within_the_timeout(tmp_path):
    broker = OwnBroker(tmp_path / "broker").start()
    bootstrap = broker.bootstrap
    g = Gregor(bootstrap, env={"GREGOR_KAFKA_REQUEST_TIMEOUT_MS": str(TIMEOUT_MS), "GREGOR_SCHEMA_WRITE_TIMEOUT_MS": str(TIMEOUT_MS)})
    try:
        g.start()
        sr = Client(g.url)
        topic = unique("down")
        admin = AdminClient({"bootstrap.servers": bootstrap})
        for f in admin.create_topics([NewTopic(topic, 1, 1)]).values():
            f.result(10)
        body = json.dumps({"records": [{"value": "eA=="}]})
        headers = {"Content-Type": "application/vnd.kafka.binary.v2+json"}
        assert requests.post(f"{g.url}/topics/{topic}", data=body, headers=headers).status_code == 200
        assert sr.register("down-value", '"int"').status_code == 200

        broker.stop(check=True)
        limit = TIMEOUT_MS / 1000 + 5

        start = time.monotonic()
        r = requests.post(f"{g.url}/topics/{topic}", data=body, headers=headers, timeout=limit + 5)
        assert time.monotonic() - start < limit
        if r.status_code == 200:  # metadata still cached: the record itself fails
            assert [o["error_code"] for o in r.json()["offsets"]] == [50002]
        else:
            assert (r.status_code, r.json()["error_code"]) == (500, 50002), r.text

        start = time.monotonic()
        r = requests.get(f"{g.url}/topics", timeout=limit + 5)
        assert time.monotonic() - start < limit
        assert (r.status_code, r.json()["error_code"]) == (500, 50002), r.text

        start = time.monotonic()
        r = sr.register("down-value", '"long"')
        assert time.monotonic() - start < limit
        assert r.status_code == 500 and r.json()["error_code"] in (50001, 50002), r.text

        # Reads are served from the replayed state.
        assert sr.get("/subjects").json() == ["down-value"]
        assert sr.get("/subjects/down-value/versions").json() == [1]
    finally:
        g.stop()
        broker.stop()
