"""The worker's leases: claim free streams, renew held ones, notice when one is lost, give them back.

Losing the database is not losing a lease. While renewals fail the worker keeps its pipelines running (the
audio keeps being transcribed and queued for storing); when the database answers again the first renewal
re-extends every lease still ours, and only the ones another worker took in the meantime are reported lost.
A claim never returns a stream this worker already holds (leases.claim never "takes over" its own lease).
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from monitor import leases
from monitor.leases import Claim

log = logging.getLogger(__name__)


@dataclass
class RenewReport:
    lost: set[int]                 # held by someone else now, or disabled
    ok: bool                       # False: the database did not answer; nothing is known to be lost


class LeaseKeeper:
    def __init__(self, factory: sessionmaker[Session], worker_id: str, lease_seconds: float) -> None:
        self.factory = factory
        self.worker_id = worker_id
        self.lease_seconds = lease_seconds
        self.unreachable_since: float | None = None     # monotonic; set while renewals fail

    def claim(self, free: int, held: set[int]) -> list[Claim]:
        if free <= 0:
            return []
        claims = leases.claim(self.factory, self.worker_id, limit=free, lease_seconds=self.lease_seconds)
        for claim in claims:
            if claim.stream_id in held:     # cannot happen with leases.claim's condition; stay safe anyway
                log.error("claimed a stream already held", extra={"worker": self.worker_id, "stream": claim.name})
        return claims

    def renew(self, held: dict[int, datetime | None]) -> RenewReport:
        """`held`: stream id → wall time of its newest audio."""
        try:
            lost = leases.renew(self.factory, self.worker_id, list(held), lease_seconds=self.lease_seconds,
                                last_audio={k: v for k, v in held.items() if v is not None})
        except Exception as exc:  # noqa: BLE001 - the database is away: our pipelines carry on regardless
            if self.unreachable_since is None:
                self.unreachable_since = time.monotonic()
            log.warning("lease renewal failed", extra={"worker": self.worker_id,
                                                       "error": f"{type(exc).__name__}: {exc}"[:300]})
            return RenewReport(lost=set(), ok=False)
        if self.unreachable_since is not None:
            log.info("database reachable again", extra={
                "worker": self.worker_id, "after_seconds": round(time.monotonic() - self.unreachable_since, 1)})
            self.unreachable_since = None
        return RenewReport(lost=lost, ok=True)

    def release(self, stream_id: int, *, state: str | None = None, error: str | None = None) -> bool:
        return leases.release(self.factory, self.worker_id, stream_id, state=state, error=error)
