"""The README's first-run path (`scripts/run.sh`, `gregor topic create`),
as a new user follows it: the produce and consume examples work as written,
a second `run.sh` uses the first one's broker and leaves it running, and
`kill <run.sh>` stops Gregor and then the broker it started."""
import os
import signal
import subprocess
import time
from pathlib import Path

import requests

from conftest import ROOT, free_port, unique

V2 = "application/vnd.kafka.v2+json"
JSON = "application/vnd.kafka.json.v2+json"


def start_run_sh(env, port):
    proc = subprocess.Popen([str(ROOT / "scripts" / "run.sh"), "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        assert proc.poll() is None, proc.stdout.read().decode()
        try:
            if requests.get(url + "/_health", timeout=1).status_code == 200:
                return proc, url
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise AssertionError("run.sh did not come up")


def broker_running(env):
    return subprocess.run([str(ROOT / "scripts" / "broker.sh"), "status"], env=env, capture_output=True).returncode == 0


def stop(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    return proc.wait(30)


def test_readme_first_run(tmp_path):
    if subprocess.run(["bash", "-c", "(exec 3<>/dev/tcp/127.0.0.1/19092) 2>/dev/null"]).returncode == 0:
        import pytest
        pytest.skip("notice: port 19092 is taken (a quickstart broker is running); quickstart test skipped")
    broker_dir = tmp_path / "broker"
    broker_dir.mkdir()
    for cached in (ROOT / ".broker" / "tansu", ROOT / "target" / "test-broker" / "tansu"):
        if cached.exists():
            (broker_dir / "tansu").write_bytes(cached.read_bytes())
            (broker_dir / "tansu").chmod(0o755)
            break
    env = {k: v for k, v in os.environ.items() if k not in ("GREGOR_BOOTSTRAP_URI", "KARAPACE_BOOTSTRAP_URI")}
    env["GREGOR_BROKER_DIR"] = str(broker_dir)
    first, url = start_run_sh(env, free_port())
    second = None
    try:
        assert broker_running(env)
        topic = unique("payments")
        # Before the topic exists: 40401, as Karapace answers.
        missing = requests.post(f"{url}/topics/{topic}", data='{"records":[{"value":1}]}', headers={"Content-Type": JSON})
        assert missing.status_code == 404 and missing.json()["error_code"] == 40401, missing.text
        # The README's produce example, after creating the topic as it says.
        # (`gregor topic create`, with the binary run.sh runs: GREGOR_BIN here.)
        from conftest import GREGOR_BIN
        r = subprocess.run([GREGOR_BIN, "topic", "create", topic, "--bootstrap-uri", "127.0.0.1:19092"],
                           env=env, capture_output=True, text=True, timeout=60)
        assert r.returncode == 0 and f"created topic {topic}" in r.stdout, r.stdout + r.stderr
        produced = requests.post(f"{url}/topics/{topic}", data='{"records":[{"key":"k","value":{"amount":3}}]}',
                                 headers={"Content-Type": JSON})
        assert produced.status_code == 200, produced.text
        assert produced.json()["offsets"] == [{"partition": 0, "offset": 0, "error_code": None, "error": None}]
        group = unique("readers")
        requests.post(f"{url}/consumers/{group}", json={"name": "me", "format": "json"}, headers={"Content-Type": V2}).raise_for_status()
        requests.post(f"{url}/consumers/{group}/instances/me/subscription", json={"topics": [topic]},
                      headers={"Content-Type": V2}).raise_for_status()
        records = []
        deadline = time.time() + 60
        while not records and time.time() < deadline:
            r = requests.get(f"{url}/consumers/{group}/instances/me/records", params={"timeout": 10000},
                             headers={"Accept": JSON}, timeout=30)
            assert r.status_code == 200, r.text
            records = r.json()
        assert [(x["key"], x["value"]) for x in records] == [("k", {"amount": 3})]

        # A second run.sh uses the running broker; stopping it leaves the
        # broker (and the first Gregor's writes) alone.
        second, second_url = start_run_sh(env, free_port())
        assert requests.get(f"{second_url}/topics/{topic}").status_code == 200
        assert stop(second) == 0
        assert broker_running(env)
        again = requests.post(f"{url}/topics/{topic}", data='{"records":[{"value":1}]}', headers={"Content-Type": JSON})
        assert again.status_code == 200 and again.json()["offsets"][0]["offset"] == 1, again.text
    finally:
        if second is not None and second.poll() is None:
            stop(second)
        # kill <run.sh>: Gregor stops, then the broker run.sh started.
        stop(first)
        try:
            requests.get(url + "/_health", timeout=1)
            still_serving = True
        except requests.RequestException:
            still_serving = False
        assert not still_serving
        assert not broker_running(env)
