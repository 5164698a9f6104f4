"""`livewatch run --demo`: a new user's first command registers the samples, serves the UI and hits arrive."""
from __future__ import annotations

import json
import signal
import subprocess
import sys

import httpx
import pytest

from tests.conftest import free_port
from tests.monitor.helpers import LIVEWATCH, REPO, cli_env, run_cli, wait_for

pytestmark = pytest.mark.slow


def test_run_demo_end_to_end(tmp_path):
    port = free_port()
    env = cli_env(f"sqlite:///{tmp_path / 'demo.db'}", tmp_path / "data", LIVEWATCH_PORT=str(port),
                  LIVEWATCH_ASR_PROCESSES="1")
    del env["LIVEWATCH_RULES_DIR"]                       # the bundled rule base, as a new user gets it
    log = open(tmp_path / "run.log", "w")
    proc = subprocess.Popen([sys.executable, *LIVEWATCH, "run", "--demo"], env=env, cwd=REPO, stdout=log,
                            stderr=subprocess.STDOUT)
    try:
        def healthy():
            try:
                return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False
        wait_for(healthy, 90, "the review UI", on_timeout=lambda: (tmp_path / "run.log").read_text())
        streams = [json.loads(line) for line in run_cli(["streams", "list", "--format", "jsonl"], env).stdout.splitlines()]
        manifest = json.loads((REPO / "sample_streams" / "manifest.json").read_text())
        assert {s["name"] for s in streams} == set(manifest["streams"])
        assert all(s["realtime"] for s in streams)

        def hits():
            out = run_cli(["hits", "list", "--format", "jsonl"], env).stdout
            return [json.loads(line) for line in out.splitlines()]
        arrived = wait_for(hits, 120, "a first hit", interval=2,
                           on_timeout=lambda: (tmp_path / "run.log").read_text())
        assert arrived[0]["status"] == "pending" and arrived[0]["clip"]
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=90) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
    after = [json.loads(line) for line in run_cli(["streams", "list", "--format", "jsonl"], env).stdout.splitlines()]
    assert all(s["lease_owner"] is None for s in after)           # the worker released its streams
