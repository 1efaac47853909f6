"""The generated clients under clients/ (issue #18), each run as its user
would run it against a real Gregor and broker: the TypeScript package's
end-to-end tests (connect-es over Connect JSON and binary, HTTP/1.1 and
HTTP/2, grpc-web and gRPC) and example, the Rust crate's, the Go
module's and the Java client's end-to-end tests and examples, and the
Python package's example. (The Python client is also
what test_grpc.py and others call Gregor with.)"""
import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, Gregor, create_topic, free_port

TS = ROOT / "clients" / "typescript"


def built_typescript():
    if not shutil.which("node") or not (TS / "node_modules").is_dir():
        print("NOTICE: node or clients/typescript/node_modules missing (scripts/setup.sh test installs them)")
        pytest.skip("the TypeScript client is not installed")
    build = subprocess.run(["npm", "run", "--silent", "build"], cwd=TS, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr


def test_typescript_end_to_end(gregor, bootstrap):
    built_typescript()
    topic = create_topic(bootstrap, "ts-client")
    env = {**os.environ, "GREGOR_URL": gregor.url, "GREGOR_TOPIC": topic}
    run = subprocess.run(["node", "--test", "dist/test/"], cwd=TS, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    assert "# fail 0" in run.stdout and "# pass 11" in run.stdout, run.stdout[-2000:]


def test_typescript_in_a_browser(bootstrap):
    """connect-web in Debian's headless Chromium (playwright-core, the
    system binary): Connect JSON and binary and grpc-web from a page on
    another origin, allowed by Gregor's CORS settings."""
    built_typescript()
    if not shutil.which("chromium") or not (ROOT / "tools" / "node_modules" / "playwright-core").is_dir():
        print("NOTICE: chromium or playwright-core missing (scripts/setup.sh test installs them)")
        pytest.skip("no browser")
    page_port = free_port()
    g = Gregor(bootstrap, env={"GREGOR_ACCESS_CONTROL_ALLOW_ORIGIN": f"http://127.0.0.1:{page_port}"}).start()
    try:
        run = subprocess.run(["node", "test/browser/run.mjs"], cwd=TS, capture_output=True, text=True, timeout=180,
                             env={**os.environ, "GREGOR_URL": g.url, "PAGE_PORT": str(page_port)})
    finally:
        g.stop()
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert set(result["results"]) == {"connect json", "connect binary", "grpc-web"}
    for outcome in result["results"].values():
        assert outcome["schema"] == '"string"' and outcome["error"] == {"errorCode": 40403, "reason": "SCHEMA_NOT_FOUND"}, outcome


def test_typescript_example(gregor, bootstrap):
    built_typescript()
    topic = create_topic(bootstrap, "ts-example")
    env = {**os.environ, "GREGOR_URL": gregor.url, "TOPIC": topic}
    run = subprocess.run(["node", "dist/examples/registry.js"], cwd=TS, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"registered {topic}-value" in run.stdout and "errorCode: 40403" in run.stdout
    assert f'{topic}/0@0: {{"amount":3}}' in run.stdout, run.stdout


def test_python_example(gregor, bootstrap):
    topic = create_topic(bootstrap, "py-example")
    run = subprocess.run([sys.executable, str(ROOT / "clients" / "python" / "examples" / "registry.py"),
                          f"127.0.0.1:{gregor.port}", topic], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "no such schema: NOT_FOUND (40403, 'SCHEMA_NOT_FOUND')" in run.stdout
    assert "read back b'hello' at offset 0" in run.stdout


def cargo(*args, env=None):
    if not shutil.which("cargo"):
        pytest.skip("cargo is not installed")
    return subprocess.run(["cargo", *args], cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=900)


def test_rust_end_to_end(gregor, bootstrap):
    topic = create_topic(bootstrap, "rust-client")
    run = cargo("test", "--locked", "-q", "-p", "gregor-client", "--test", "e2e", "--", "--nocapture",
                env={"GREGOR_URL": f"http://127.0.0.1:{gregor.port}", "GREGOR_TOPIC": topic})
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-4000:]
    assert "NOTICE" not in run.stderr and "1 passed" in run.stdout, run.stdout + run.stderr[-2000:]


def test_rust_example(gregor, bootstrap):
    topic = create_topic(bootstrap, "rust-example")
    run = cargo("run", "--locked", "-q", "-p", "gregor-client", "--example", "registry", "--", f"http://127.0.0.1:{gregor.port}", topic)
    assert run.returncode == 0, run.stdout + run.stderr[-4000:]
    assert 'no such schema: NotFound Some(ConfluentError { error_code: 40403, reason: "SCHEMA_NOT_FOUND" })' in run.stdout
    assert 'read back "hello" at offset 0' in run.stdout, run.stdout


def go(tmp_path, *args, env=None):
    """`go` on clients/go in GOPATH mode with Debian's Go libraries (what
    this machine has; no module proxy is reachable), through a GOPATH of
    the test's own that holds the module at its import path."""
    if not shutil.which("go") or not os.path.isdir("/usr/share/gocode/src/google.golang.org/grpc"):
        print("NOTICE: Go or Debian's Go libraries are missing (scripts/setup.sh test installs them)")
        pytest.skip("the Go toolchain is not installed")
    link = tmp_path / "gopath" / "src" / "gregor.dev" / "clients" / "go"
    link.parent.mkdir(parents=True, exist_ok=True)
    if not link.exists():
        link.symlink_to(ROOT / "clients" / "go")
    environment = {**os.environ, "GOPATH": f"{tmp_path / 'gopath'}:/usr/share/gocode", "GO111MODULE": "off",
                   "GOCACHE": str(tmp_path / "gocache"), **(env or {})}
    return subprocess.run(["go", *args], cwd=link, env=environment, capture_output=True, text=True, timeout=600)


def test_go_end_to_end(gregor, bootstrap, tmp_path):
    topic = create_topic(bootstrap, "go-client")
    run = go(tmp_path, "test", "-count=1", "-v", ".", env={"GREGOR_ADDR": f"127.0.0.1:{gregor.port}", "GREGOR_TOPIC": topic})
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-4000:]
    assert "--- PASS: TestEndToEnd" in run.stdout, run.stdout


def test_go_example(gregor, bootstrap, tmp_path):
    topic = create_topic(bootstrap, "go-example")
    run = go(tmp_path, "run", "./examples/registry", f"127.0.0.1:{gregor.port}", topic)
    assert run.returncode == 0, run.stdout + run.stderr[-4000:]
    assert "no such schema: 40403 SCHEMA_NOT_FOUND" in run.stdout and 'read back "hello" at offset 0' in run.stdout, run.stdout


def java_classpath(tmp_path):
    if not shutil.which("javac") or not os.path.isfile("/usr/share/java/grpc-netty.jar"):
        print("NOTICE: javac or Debian's grpc-java jars are missing (scripts/setup.sh test installs them)")
        pytest.skip("the Java toolchain is not installed")
    build = subprocess.run([str(ROOT / "clients" / "java" / "build.sh"), str(tmp_path / "java")], capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr[-4000:]
    return build.stdout.strip()


def test_java_end_to_end_and_example(gregor, bootstrap, tmp_path):
    classpath = java_classpath(tmp_path)
    topic = create_topic(bootstrap, "java-client")
    run = subprocess.run(["java", "-cp", classpath, "dev.gregor.client.EndToEnd"], capture_output=True, text=True, timeout=180,
                         env={**os.environ, "GREGOR_TARGET": f"127.0.0.1:{gregor.port}", "GREGOR_TOPIC": topic})
    assert run.returncode == 0 and "java end-to-end: ok" in run.stdout, run.stdout + run.stderr[-4000:]
    topic = create_topic(bootstrap, "java-example")
    run = subprocess.run(["java", "-cp", classpath, "dev.gregor.client.examples.RegistryExample", f"127.0.0.1:{gregor.port}", topic],
                         capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stdout + run.stderr[-4000:]
    assert "no such schema: NOT_FOUND ConfluentError[errorCode=40403, reason=SCHEMA_NOT_FOUND]" in run.stdout
    assert 'read back "hello" at offset 0' in run.stdout, run.stdout
