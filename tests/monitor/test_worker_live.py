"""A live HTTP stream that disappears for 20 s, and a rule edit published while a worker runs."""
from __future__ import annotations

import copy
import signal
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select

from monitor import rulestore
from monitor.db import session_scope
from monitor.models import AuditLog, Hit, Segment, Stream, utcnow
from tests.conftest import free_port
from tests.monitor.helpers import WorkerProcess, cli_env, factory_for, run_cli, wait_for

pytestmark = pytest.mark.slow
BYTES_PER_SECOND = 8000          # the 64 kb/s MP3 of the `audio` fixture
BURST = 65536


class LiveMp3Server:
    """Serves a looping MP3 at its natural pace, like a live radio stream; can go away and come back."""

    def __init__(self, mp3: Path, port: int) -> None:
        self.data = mp3.read_bytes()
        self.port = port
        self.epoch = time.monotonic()
        self.down = threading.Event()
        self.server: ThreadingHTTPServer | None = None

    def start(self) -> None:
        live = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                self.send_response(200)
                self.send_header("Content-Type", "audio/mpeg")
                self.end_headers()
                # Like Icecast's burst-on-connect: the last BURST bytes at once, so the client can start decoding.
                pos = int((time.monotonic() - live.epoch) * BYTES_PER_SECOND - BURST) % len(live.data)
                began, sent = time.monotonic(), -BURST
                try:
                    while not live.down.is_set():
                        chunk = live.data[pos:pos + 800]
                        pos = (pos + len(chunk)) % len(live.data)
                        self.wfile.write(chunk)
                        sent += len(chunk)
                        time.sleep(max(0.0, began + sent / BYTES_PER_SECOND - time.monotonic()))
                except OSError:
                    pass

            def log_message(self, *args):
                pass

        self.down.clear()
        ThreadingHTTPServer.allow_reuse_address = True
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.down.set()
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None


def metric(port: int, name: str, stream: str | None = None) -> float:
    body = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text
    for family in text_string_to_metric_families(body):
        for sample in family.samples:
            if sample.name == name and (stream is None or sample.labels.get("stream") == stream):
                return sample.value
    raise AssertionError(f"{name} not in /metrics")


def test_stream_server_outage_goes_stalled_then_live(db_url, audio, tmp_path):
    factory = factory_for(db_url)
    server = LiveMp3Server(audio["loop_mp3"], free_port())
    server.start()
    metrics_port = free_port()
    env = cli_env(db_url, tmp_path / "data", LIVEWATCH_ASR_PROCESSES="1", LIVEWATCH_LEASE_SECONDS="10",
                  LIVEWATCH_STALL_TIMEOUT="4")
    assert run_cli(["streams", "add", "radio", f"http://127.0.0.1:{server.port}/live.mp3"], env).returncode == 0
    worker = WorkerProcess(env, tmp_path / "worker.log", "--metrics-port", str(metrics_port))

    def stream():
        with factory() as session:
            return session.scalar(select(Stream))

    def segments_after(moment):
        with factory() as session:
            return session.scalar(select(Segment.id).where(Segment.created_at > moment).limit(1))

    try:
        wait_for(lambda: stream().state == "live" and segments_after(utcnow() - timedelta(days=1)), 120,
                 "the live stream to be scanned", on_timeout=worker.log)
        assert metric(metrics_port, "livewatch_stream_up", "radio") == 1
        server.stop()
        down_at = time.monotonic()
        wait_for(lambda: stream().state in ("stalled", "connecting"), 20, "the outage to show in the state", on_timeout=worker.log)
        assert stream().last_error
        assert metric(metrics_port, "livewatch_stream_up", "radio") == 0
        assert metric(metrics_port, "livewatch_stream_outages_total", "radio") >= 1
        assert httpx.get(f"http://127.0.0.1:{metrics_port}/healthz", timeout=10).json()["ok"] is True
        time.sleep(max(0.0, down_at + 20 - time.monotonic()))
        server.start()
        back_at = utcnow()
        wait_for(lambda: stream().state == "live", 60, "the stream to be live again", on_timeout=worker.log)
        wait_for(lambda: segments_after(back_at), 90, "a segment transcribed after the return", on_timeout=worker.log)
        assert metric(metrics_port, "livewatch_stream_up", "radio") == 1
        assert metric(metrics_port, "livewatch_stream_outage_seconds_total", "radio") >= 15
        worker.proc.send_signal(signal.SIGTERM)
        assert worker.wait(90) == 0
    finally:
        worker.stop()
        server.stop()

    final = stream()
    assert final.lease_owner is None and final.state == "idle"        # graceful stop released the lease
    assert final.outages >= 1
    with factory() as session:
        states = [a.detail["state"] for a in session.scalars(
            select(AuditLog).where(AuditLog.action == "stream.state").order_by(AuditLog.id))]
    first_live = states.index("live")
    dropped = next(i for i in range(first_live, len(states)) if states[i] in ("stalled", "connecting"))
    assert "live" in states[dropped:]


NEW_RULE = {
    "id": "t-cooking", "category": "false_endorsement", "severity": "low", "basis": "test rule",
    "phase": ["promotion"], "phrases": ["做饭"], "patterns": [], "exceptions": [],
    "examples": {"hit": ["做饭不粘底"], "miss": ["锅的重量"]}, "description": "", "enabled": True,
}


def test_rule_edit_applies_to_later_segments(db_url, audio, tmp_path):
    factory = factory_for(db_url)
    env = cli_env(db_url, tmp_path / "data", LIVEWATCH_ASR_PROCESSES="1", LIVEWATCH_RULE_POLL_SECONDS="0.5")
    assert run_cli(["streams", "add", "kitchen", str(audio["kitchen25"]), "--realtime"], env).returncode == 0
    worker = WorkerProcess(env, tmp_path / "worker.log", "--exit-when-idle")
    try:
        def first_segment():
            with factory() as session:
                return session.scalar(select(Segment.id).limit(1))
        wait_for(first_segment, 120, "a first segment")
        with session_scope(factory) as session:
            data = rulestore.snapshot_of(rulestore.latest_version(session).data)
            data["rules"].append(copy.deepcopy(NEW_RULE))
            assert rulestore.publish(session, data, actor="editor", note="add t-cooking").version == 2
        published_at = utcnow()
        assert worker.wait(180) == 0, worker.log()[-3000:]
    finally:
        worker.stop()

    with factory() as session:
        segments = session.scalars(select(Segment).order_by(Segment.start)).all()
        hits = session.scalars(select(Hit).order_by(Hit.start)).all()
        claims = session.scalars(select(AuditLog).where(AuditLog.action == "lease.claim")).all()
    versions = [s.rule_version for s in segments]
    assert versions[0] == 1 and versions[-1] == 2 and versions == sorted(versions), versions
    for seg in segments:
        if seg.created_at > published_at + timedelta(seconds=2):
            assert seg.rule_version == 2
        if seg.created_at < published_at:
            assert seg.rule_version == 1
    for hit in hits:
        seg = next(s for s in segments if s.start - 0.5 <= hit.start <= s.end + 0.5)
        assert hit.rule_version == seg.rule_version
    new_hits = [h for h in hits if h.rule_id == "t-cooking"]
    assert new_hits and all(h.rule_version == 2 for h in new_hits)
    assert len(claims) == 1                          # the stream was never restarted
