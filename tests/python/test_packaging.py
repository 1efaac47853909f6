"""Packaging (issue #16), checked as far as this machine can: the systemd
unit with `systemd-analyze verify` and its Type=notify readiness against a
real notify socket, the Kubernetes manifest against the API schemas
(kubernetes-validate), the Dockerfile with hadolint, and the example
config file's keys. Building and running the image needs a Docker daemon
and registry access, which the test machines do not have."""
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from conftest import GREGOR_BIN, Gregor, ROOT

DEPLOY = ROOT / "deploy"
VENV_BIN = Path(sys.executable).parent


def example_keys():
    """Every key deploy/gregor.toml names, set or commented out."""
    text = (DEPLOY / "gregor.toml").read_text()
    return set(re.findall(r"^(?:# )?([a-z_]+) =", text, re.M))


def test_systemd_unit_verifies(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if not analyze:
        pytest.skip("systemd-analyze is not installed")
    unit = (DEPLOY / "gregor.service").read_text()
    assert "Type=notify" in unit and "NoNewPrivileges=yes" in unit
    # The unit names /usr/local/bin/gregor; verify a copy pointing at the built binary.
    copy = tmp_path / "gregor.service"
    copy.write_text(unit.replace("/usr/local/bin/gregor", str(Path(GREGOR_BIN).resolve())))
    r = subprocess.run([analyze, "verify", str(copy)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Unknown" not in r.stderr and "ignoring" not in r.stderr.lower(), r.stderr


def test_ready_is_sent_to_the_notify_socket_once_ready(bootstrap, tmp_path):
    """What systemd does for Type=notify: a datagram socket in NOTIFY_SOCKET,
    READY=1 expected once /readyz says 204, not before."""
    path = str(tmp_path / "notify.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as notify:
        notify.bind(path)
        notify.settimeout(30)
        g = Gregor(bootstrap, env={"NOTIFY_SOCKET": path})
        try:
            g.start(wait_ready=False)
            message = notify.recv(4096).decode()
            assert "READY=1" in message, message
            assert requests.get(g.url + "/readyz", timeout=5).status_code == 204
        finally:
            g.stop()


def test_kubernetes_manifest_is_valid_and_uses_known_keys():
    validate = VENV_BIN / "kubernetes-validate"
    if not validate.exists():
        pytest.skip("kubernetes-validate is not installed (tests/requirements.txt)")
    manifest = DEPLOY / "kubernetes.yaml"
    r = subprocess.run([str(validate), "--strict", str(manifest)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    text = manifest.read_text()
    assert "path: /livez" in text and "path: /readyz" in text
    block = text.split("gregor.toml: |", 1)[1].split("---", 1)[0]
    keys = set(re.findall(r"^    ([a-z_]+) =", block, re.M))
    assert keys and keys <= example_keys(), keys - example_keys()


def test_dockerfile_lints_clean():
    hadolint = VENV_BIN / "hadolint"
    if not hadolint.exists():
        pytest.skip("hadolint is not installed (tests/requirements.txt)")
    r = subprocess.run([str(hadolint), str(ROOT / "Dockerfile")], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    text = (ROOT / "Dockerfile").read_text()
    assert "HEALTHCHECK" in text and re.search(r"^USER \d+", text, re.M)


def test_example_config_is_what_gregor_config_prints_and_loads():
    printed = subprocess.run([GREGOR_BIN, "config"], capture_output=True, text=True, check=True).stdout
    assert printed == (DEPLOY / "gregor.toml").read_text()
    assert {"bootstrap_uri", "liveness_ttl_ms", "server_tls_certfile"} <= example_keys()


def test_probe_command_says_ready_or_not(gregor):
    ok = subprocess.run([GREGOR_BIN, "probe", gregor.url + "/readyz"], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    missing = subprocess.run([GREGOR_BIN, "probe", gregor.url + "/no-such-path"], capture_output=True, text=True)
    assert missing.returncode == 1 and "404" in missing.stderr
    refused = subprocess.run([GREGOR_BIN, "probe", "http://127.0.0.1:1/readyz", "--timeout-ms", "1000"],
                             capture_output=True, text=True)
    assert refused.returncode == 1 and refused.stderr


def test_serve_help_names_each_flags_variable_and_empty_ones_are_unset(tmp_path):
    out = subprocess.run([GREGOR_BIN, "serve", "--help"], capture_output=True, text=True, check=True).stdout
    for flag, variable in [("--config", "GREGOR_CONFIG"), ("--bootstrap-uri", "GREGOR_BOOTSTRAP_URI"),
                           ("--host", "GREGOR_HOST"), ("--port", "GREGOR_PORT"), ("--topic-name", "GREGOR_TOPIC_NAME")]:
        line = next(line for line in out.splitlines() if flag in line)
        assert f"[env: {variable}]" in line, line
    assert "gregor config" in out
    # An empty variable is no value (Karapace ignores empty ones too): the
    # start fails only for the missing bootstrap_uri.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GREGOR_", "KARAPACE_"))}
    r = subprocess.run([GREGOR_BIN, "serve"], env={**env, "GREGOR_PORT": "", "GREGOR_CONFIG": ""},
                       capture_output=True, text=True, timeout=30)
    assert r.returncode != 0 and "bootstrap_uri is not set" in r.stderr, r.stderr
