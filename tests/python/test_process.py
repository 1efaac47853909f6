"""The `gregor serve` process itself: its start-up malloc tuning."""
import requests

from conftest import Gregor


def environ(pid):
    with open(f"/proc/{pid}/environ", "rb") as f:
        return [entry.decode(errors="replace") for entry in f.read().split(b"\0") if entry]


def tunables(pid):
    return [e for e in environ(pid) if e.startswith("GLIBC_TUNABLES=")]


def test_serve_restarts_itself_once_with_malloc_tunables(bootstrap, monkeypatch):
    monkeypatch.delenv("GLIBC_TUNABLES", raising=False)
    g = Gregor(bootstrap).start()
    try:
        # Same pid as spawned (exec, not a child), now with the tunables;
        # glibc cuts the variable after the first tunable once parsed.
        found = tunables(g.proc.pid)
        assert len(found) == 1 and found[0].startswith("GLIBC_TUNABLES=glibc.malloc.arena_max="), found
        assert requests.get(g.url + "/subjects", timeout=5).status_code == 200
    finally:
        g.stop()


def test_tunables_set_by_the_operator_are_kept(bootstrap, monkeypatch):
    monkeypatch.delenv("GLIBC_TUNABLES", raising=False)
    g = Gregor(bootstrap, env={"GLIBC_TUNABLES": "glibc.malloc.arena_max=3"}).start()
    try:
        assert tunables(g.proc.pid) == ["GLIBC_TUNABLES=glibc.malloc.arena_max=3"]
        assert requests.get(g.url + "/subjects", timeout=5).status_code == 200
    finally:
        g.stop()
