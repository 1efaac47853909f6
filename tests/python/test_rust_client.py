"""Runs server/tests/native_client.rs, the Rust tonic client of
KafkaService.ProduceStream and Consume, against a Gregor and topics set up
here. The test binary is built by `cargo test` in tests/run.sh; cargo only
checks it is fresh."""
import os
import subprocess
from pathlib import Path

from conftest import create_topic
from test_native_consume import produce_each

ROOT = Path(__file__).resolve().parents[2]


def test_rust_tonic_client(bootstrap, group_gregor):
    env = dict(
        os.environ,
        GREGOR_TEST_URL=group_gregor.url,
        GREGOR_TEST_BOOTSTRAP=bootstrap,
        GREGOR_TEST_TOPIC=create_topic(bootstrap, "rust-produce"),
        GREGOR_TEST_CONSUME_TOPIC=create_topic(bootstrap, "rust-consume"),
    )
    produce_each(bootstrap, env["GREGOR_TEST_CONSUME_TOPIC"], [f"v{i}".encode() for i in range(5)])
    out = subprocess.run(
        ["cargo", "test", "--locked", "--quiet", "-p", "gregor", "--test", "native_client", "--", "--ignored", "--test-threads", "2"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    print(out.stdout[-4000:], out.stderr[-4000:])
    assert out.returncode == 0
    assert "2 passed" in out.stdout
