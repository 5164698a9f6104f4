"""Webhook notifications from the durable outbox table.

Rows are written in the same transaction as their hit; this sender delivers them later, in its own thread,
so a slow or dead receiver never holds up a stream. Delivery is at-least-once: receivers de-duplicate on
the `X-Livewatch-Delivery` header (the outbox row id).

A sender claims one message at a time, just before sending it: a claim hides the message from other
senders for CLAIM_SECONDS, far longer than one request may take (SEND_TIMEOUT). Claiming a batch and
sending it one by one let the tail of the batch outlive its claim behind a slow receiver, and a second
worker then sent those messages again.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
from dataclasses import dataclass
from datetime import timedelta

import httpx
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from monitor.db import session_scope
from monitor.models import OutboxMessage, utcnow
from monitor.settings import Settings

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Livewatch-Signature"
SEND_TIMEOUT = 10.0         # seconds one delivery attempt may take
CLAIM_SECONDS = 60          # a message being sent is hidden from other senders this long (>> SEND_TIMEOUT)
MAX_BACKOFF = 3600.0


def sign(secret: str, body: bytes) -> str:
    """`sha256=<hex>` of HMAC-SHA256(secret, body), as GitHub webhooks do."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def backoff_seconds(attempts: int, base: float) -> float:
    return min(base * (2 ** max(attempts - 1, 0)), MAX_BACKOFF)


@dataclass
class DeliveryReport:
    delivered: int = 0
    failed: int = 0


def _claim_due(factory: sessionmaker[Session], limit: int, max_attempts: int) -> list[OutboxMessage]:
    """Take due messages by pushing their next attempt forward with a conditional UPDATE (works on both dialects)."""
    claimed = []
    with session_scope(factory) as session:
        now = utcnow()
        due = session.scalars(select(OutboxMessage)
                              .where(OutboxMessage.delivered_at.is_(None), OutboxMessage.next_attempt_at <= now,
                                     OutboxMessage.attempts < max_attempts)
                              .order_by(OutboxMessage.next_attempt_at).limit(limit + 8)).all()
        for message in due:
            if len(claimed) >= limit:
                break
            result = session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == message.id, OutboxMessage.next_attempt_at == message.next_attempt_at,
                       OutboxMessage.delivered_at.is_(None))
                .values(next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS))
                .execution_options(synchronize_session=False))
            if result.rowcount == 1:
                claimed.append(message)
        for message in claimed:
            session.expunge(message)
    return claimed


def deliver_due(factory: sessionmaker[Session], settings: Settings, *, client: httpx.Client | None = None,
                limit: int = 50) -> DeliveryReport:
    """One pass over the due messages, claiming each just before it is sent."""
    report = DeliveryReport()
    own_client = client is None
    client = client or httpx.Client(timeout=SEND_TIMEOUT)
    try:
        for _ in range(limit):
            claimed = _claim_due(factory, 1, settings.webhook_max_attempts)
            if not claimed:
                break
            message = claimed[0]
            body = json.dumps(message.payload, ensure_ascii=False, sort_keys=True).encode()
            headers = {"Content-Type": "application/json", "X-Livewatch-Delivery": str(message.id),
                       SIGNATURE_HEADER: sign(settings.webhook_secret, body)}
            error = None
            try:
                response = client.post(message.url, content=body, headers=headers)
                if response.status_code >= 300:
                    error = f"HTTP {response.status_code}"
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
            with session_scope(factory) as session:
                row = session.get(OutboxMessage, message.id)
                row.attempts += 1
                if error is None:
                    row.delivered_at = utcnow()
                    row.last_error = None
                    report.delivered += 1
                else:
                    row.last_error = error[:500]
                    row.next_attempt_at = utcnow() + timedelta(
                        seconds=backoff_seconds(row.attempts, settings.webhook_backoff_seconds))
                    report.failed += 1
                    log.warning("webhook delivery failed", extra={"outbox_id": row.id, "url": row.url,
                                                                  "attempts": row.attempts, "error": error})
    finally:
        if own_client:
            client.close()
    return report


def run_sender(factory: sessionmaker[Session], settings: Settings, stop: threading.Event,
               interval: float = 1.0) -> None:
    """The sender thread's loop: never raises, so a broken receiver or a DB hiccup only delays delivery."""
    with httpx.Client(timeout=SEND_TIMEOUT) as client:
        while not stop.is_set():
            try:
                deliver_due(factory, settings, client=client)
            except Exception as exc:  # noqa: BLE001 - e.g. the database away: the messages wait in it
                log.warning("outbox pass failed", extra={"error": f"{type(exc).__name__}: {exc}"[:300]})
            stop.wait(interval)
