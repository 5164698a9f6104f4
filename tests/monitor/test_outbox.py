"""Webhook outbox against a real local HTTP receiver: HMAC signature, retries with backoff, delivery once done."""
from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select

from monitor import outbox
from monitor.db import session_scope
from monitor.models import OutboxMessage
from monitor.settings import Settings
from monitor.store import StoreRequest, SegmentResult, store_utterance
from tests.monitor.helpers import FakeScanHit, claimed_stream, factory_for

SECRET = "s3cret-for-tests"


class Receiver:
    """Answers 500 to the first `failures` requests, then 200; records what it got."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.received: list[tuple[float, dict, bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append((time.monotonic(), dict(self.headers), body))
                code = 500 if len(receiver.received) <= receiver.failures else 200
                self.send_response(code)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"


def test_high_severity_hit_is_delivered_signed_after_retries(db_url, tmp_path):
    receiver = Receiver(failures=2)
    factory = factory_for(db_url)
    stream_id = claimed_stream(factory, tmp_path)
    seg = SegmentResult(1.0, 3.0, "全网最低价", hits=[FakeScanHit("abs.lowest", "absolute_claim", "high", 1.2, 2.0)])
    with session_scope(factory) as session:
        store_utterance(session, StoreRequest(stream_id=stream_id, stream_name="s1", worker_id="W", rule_version=1,
                                              checkpoint=3.0, segments=[seg], webhook_urls=[receiver.url]))
    settings = Settings(webhook_secret=SECRET, webhook_backoff_seconds=0.3, webhook_max_attempts=5)
    stop = threading.Event()
    sender = threading.Thread(target=outbox.run_sender, args=(factory, settings, stop, 0.05), daemon=True)
    sender.start()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with factory() as session:
            message = session.scalar(select(OutboxMessage))
            if message.delivered_at is not None:
                break
        time.sleep(0.1)
    stop.set()
    sender.join(timeout=5)
    receiver.server.shutdown()

    assert message.delivered_at is not None and message.attempts == 3 and message.last_error is None
    assert len(receiver.received) == 3
    gaps = [b[0] - a[0] for a, b in zip(receiver.received, receiver.received[1:])]
    assert gaps[0] >= 0.25 and gaps[1] >= 0.55          # 0.3 s, then 0.6 s: exponential backoff
    _, headers, body = receiver.received[-1]
    expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert headers["X-Livewatch-Signature"] == expected
    payload = json.loads(body)
    assert (payload["rule_id"], payload["stream"], payload["severity"]) == ("abs.lowest", "s1", "high")


def test_failed_delivery_is_kept_with_its_error(db_url, tmp_path):
    factory = factory_for(db_url)
    with session_scope(factory) as session:
        session.add(OutboxMessage(url="http://127.0.0.1:9/nothing-listens", payload={"x": 1}))
    settings = Settings(webhook_secret=SECRET, webhook_backoff_seconds=60, webhook_max_attempts=3)
    report = outbox.deliver_due(factory, settings)
    assert (report.delivered, report.failed) == (0, 1)
    with factory() as session:
        message = session.scalar(select(OutboxMessage))
    assert message.attempts == 1 and message.delivered_at is None and "Connect" in message.last_error
    # Not due again before its backoff: a second pass sends nothing.
    assert outbox.deliver_due(factory, settings).failed == 0


class SlowReceiver:
    """Takes `delay` seconds per reply (a slow webhook consumer); records every delivery id it got."""

    def __init__(self, delay: float) -> None:
        self.deliveries: list[str] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                self.rfile.read(int(self.headers["Content-Length"]))
                receiver.deliveries.append(self.headers["X-Livewatch-Delivery"])
                time.sleep(delay)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"


@pytest.mark.slow
def test_slow_receiver_with_two_senders_gets_each_message_once(db_url, monkeypatch):
    # 8 s per reply. The claim (visibility) is shortened to 10 s so that a batch claimed at once and sent one
    # by one outlives it within the test, as 50 messages did with the 60 s claim in production.
    monkeypatch.setattr(outbox, "CLAIM_SECONDS", 10)
    receiver = SlowReceiver(delay=8.0)
    factory = factory_for(db_url)
    with session_scope(factory) as session:
        for n in range(4):
            session.add(OutboxMessage(url=receiver.url, payload={"n": n}))
    with factory() as session:
        ids = sorted(str(i) for i in session.scalars(select(OutboxMessage.id)))
    settings = Settings(webhook_secret=SECRET, webhook_backoff_seconds=60, webhook_max_attempts=5)
    stop = threading.Event()
    senders = [threading.Thread(target=outbox.run_sender, args=(factory, settings, stop, 0.2), daemon=True)
               for _ in range(2)]                       # two workers' sender threads
    for sender in senders:
        sender.start()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with factory() as session:
            if all(m.delivered_at for m in session.scalars(select(OutboxMessage))):
                break
        time.sleep(0.2)
    time.sleep(10)                  # long enough for a claim to lapse and a copy to go out, if one would
    stop.set()
    for sender in senders:
        sender.join(timeout=15)
    receiver.server.shutdown()
    assert sorted(receiver.deliveries) == ids           # each message once, under its delivery id
    with factory() as session:
        assert all(m.attempts == 1 and m.delivered_at for m in session.scalars(select(OutboxMessage)))
