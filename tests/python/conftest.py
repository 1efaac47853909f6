"""Integration-test harness: a real local broker (scripts/broker.sh) and real
`gregor serve` processes, each on its own `_schemas` topic and port.

Environment:
  GREGOR_BIN             the gregor binary (tests/run.sh sets it)
  GREGOR_TEST_BOOTSTRAP  use this broker instead of starting one
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
GREGOR_BIN = os.environ.get("GREGOR_BIN", str(ROOT / "target" / "debug" / "gregor"))
LOG_DIR = Path(os.environ.get("GREGOR_TEST_LOGS", ROOT / "target" / "test-logs"))
SR_JSON = "application/vnd.schemaregistry.v1+json"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def create_topic(bootstrap, prefix, partitions=1):
    """A new topic with a unique name; returns the name."""
    from confluent_kafka.admin import AdminClient, NewTopic

    name = unique(prefix)
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for f in admin.create_topics([NewTopic(name, partitions, 1)]).values():
        f.result(10)
    return name


class OwnBroker:
    """A local broker of a test's own, in `directory`, on a free port; the
    test may stop it early (`stop`)."""

    def __init__(self, directory):
        directory.mkdir(parents=True, exist_ok=True)
        for cached in (ROOT / "target" / "test-broker" / "tansu", ROOT / ".broker" / "tansu"):
            if cached.exists():
                shutil.copy(cached, directory / "tansu")
                break
        self.env = {**os.environ, "GREGOR_BROKER_DIR": str(directory)}
        self.port = free_port()
        self.bootstrap = f"127.0.0.1:{self.port}"

    def start(self):
        subprocess.run([str(ROOT / "scripts" / "broker.sh"), "start", str(self.port)], env=self.env, check=True,
                       stdout=subprocess.DEVNULL)
        return self

    def stop(self, check=False):
        subprocess.run([str(ROOT / "scripts" / "broker.sh"), "stop"], env=self.env, check=check)


class Gregor:
    """One `gregor serve` process; restartable on the same topic and port."""

    def __init__(self, bootstrap, topic=None, port=None, env=None):
        self.bootstrap = bootstrap
        self.topic = topic or unique("_schemas")
        self.port = port or free_port()
        self.env = env or {}
        self.proc = None
        self.starts = 0

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, wait_ready=True):
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        self.starts += 1
        log = open(LOG_DIR / f"gregor-{self.topic}-{self.port}-{self.starts}.log", "w")
        # One election group per `_schemas` topic, so test registries on
        # other topics never become each other's primary; a lone node may
        # act as primary at once.
        # tansu answers a first JoinGroup after about session.timeout.ms / 2
        # (local-broker.md), so the election's 3 s session here keeps start-up
        # short; modules with Kafka consumer groups override it (FAST_GROUPS).
        env = {**os.environ, "RUST_LOG": "info", "GREGOR_GROUP_ID": f"sr-{self.topic}",
               "GREGOR_WAITING_TIME_BEFORE_ACTING_AS_MASTER_MS": "0", "GREGOR_SESSION_TIMEOUT_MS": "3000", **self.env}
        self.proc = subprocess.Popen(
            [GREGOR_BIN, "serve", "--bootstrap-uri", self.bootstrap, "--port", str(self.port), "--topic-name", self.topic],
            stdout=log, stderr=subprocess.STDOUT, env=env,
        )
        if wait_ready:
            self.wait_ready()
        return self

    def wait_ready(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gregor exited with {self.proc.returncode}; see {LOG_DIR}")
            try:
                response = requests.get(self.url + "/_health", timeout=1)
                if response.status_code == 404:  # a proxy-only process: no registry health
                    if requests.get(self.url + "/", timeout=1).status_code == 200:
                        return None
                    continue
                health = response.json()
                # Ready, and elected (or knowing the primary): writes are taken.
                if health["status"]["schema_registry_ready"] and \
                        requests.get(self.url + "/master_available", timeout=1).json()["master_available"]:
                    return health
            except (requests.ConnectionError, requests.Timeout, KeyError, ValueError):
                pass
            time.sleep(0.05)
        raise TimeoutError("gregor did not become ready")

    def stop(self, sig=signal.SIGTERM):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def restart(self):
        self.stop()
        return self.start()


class Client:
    """Plain HTTP against one Gregor, with Confluent's default media type."""

    def __init__(self, url):
        self.url = url
        self.session = requests.Session()

    def request(self, method, path, body=None, headers=None, **kwargs):
        h = {"Content-Type": SR_JSON} if body is not None else {}
        h.update(headers or {})
        data = body if isinstance(body, (str, bytes)) or body is None else json.dumps(body)
        return self.session.request(method, self.url + path, data=data, headers=h, timeout=30, **kwargs)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, body=None, **kw):
        return self.request("POST", path, body, **kw)

    def put(self, path, body=None, **kw):
        return self.request("PUT", path, body, **kw)

    def delete(self, path, **kw):
        return self.request("DELETE", path, **kw)

    def register(self, subject, schema, schema_type=None, references=None, **params):
        body = {"schema": schema if isinstance(schema, str) else json.dumps(schema)}
        if schema_type:
            body["schemaType"] = schema_type
        if references:
            body["references"] = references
        return self.post(f"/subjects/{subject}/versions", body, params=params or None)


@pytest.fixture(scope="session")
def bootstrap():
    preset = os.environ.get("GREGOR_TEST_BOOTSTRAP")
    if preset:
        yield preset
        return
    port = free_port()
    broker_dir = ROOT / "target" / "test-broker"
    env = {**os.environ, "GREGOR_BROKER_DIR": str(broker_dir)}
    # Reuse the binary the quickstart installed, when there is one.
    cached = ROOT / ".broker" / "tansu"
    broker_dir.mkdir(parents=True, exist_ok=True)
    if cached.exists() and not (broker_dir / "tansu").exists():
        (broker_dir / "tansu").write_bytes(cached.read_bytes())
        (broker_dir / "tansu").chmod(0o755)
    subprocess.run([str(ROOT / "scripts" / "broker.sh"), "start", str(port)], check=True, env=env)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        subprocess.run([str(ROOT / "scripts" / "broker.sh"), "stop"], env=env)


@pytest.fixture(scope="module")
def gregor(bootstrap):
    """A Gregor shared by the tests of one module (use unique subjects)."""
    g = Gregor(bootstrap).start()
    yield g
    g.stop()


# tansu joins a group in about session.timeout.ms / 2 (local-broker.md gotcha 1).
FAST_GROUPS = {"GREGOR_SESSION_TIMEOUT_MS": "6000"}


@pytest.fixture(scope="module")
def group_gregor(bootstrap):
    """A Gregor whose consumer groups join fast, shared by one module."""
    g = Gregor(bootstrap, env=FAST_GROUPS).start()
    yield g
    g.stop()


@pytest.fixture
def fresh_gregor(bootstrap):
    """A Gregor of the test's own, on a topic of its own."""
    g = Gregor(bootstrap)
    yield g
    g.stop()


@pytest.fixture(scope="module")
def sr(gregor):
    return Client(gregor.url)
