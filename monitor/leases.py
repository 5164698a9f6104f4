"""Stream leases: which worker watches which stream, for how long, and what happens when it dies.

A worker claims a stream by writing itself as `lease_owner` with an expiry; it renews the expiry while it works
and releases it on shutdown. A lease that expired (worker killed, host gone) is claimable by anyone else: a
takeover. Never by its own holder: a worker that could not renew while the database was down still runs
that stream's pipeline, and renewing (not claiming) is how it carries on when the database returns.
Every write a worker makes for a stream is fenced on `lease_owner = me`, so a worker that lost its lease
cannot overwrite the new owner's progress.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from monitor import audit
from monitor.db import session_scope
from monitor.models import Stream, utcnow

# Ended files and failed sources stay put until an operator re-enables them.
FINAL_STATES = ("ended", "failed")


@dataclass
class Claim:
    stream_id: int
    name: str
    url: str
    realtime: bool
    checkpoint: float
    previous_owner: str | None     # set when this claim is a takeover of an expired lease
    state: str = "idle"            # the state the stream was left in
    last_audio_at: datetime | None = None   # the previous holder's newest audio (wall time)

    @property
    def takeover(self) -> bool:
        return self.previous_owner is not None


def _claimable(now: datetime, worker_id: str):
    return and_(Stream.enabled.is_(True), Stream.state.not_in(FINAL_STATES),
                or_(Stream.lease_owner.is_(None),
                    and_(Stream.lease_expires_at < now, Stream.lease_owner != worker_id)))


def claim(factory: sessionmaker[Session], worker_id: str, *, limit: int, lease_seconds: float) -> list[Claim]:
    """Claim up to `limit` free or expired streams. Two workers never get the same stream."""
    if limit <= 0:
        return []
    claims: list[Claim] = []
    with session_scope(factory) as session:
        now = utcnow()
        expires = now + timedelta(seconds=lease_seconds)
        query = select(Stream.id, Stream.lease_owner).where(_claimable(now, worker_id)).order_by(Stream.id).limit(limit)
        if session.get_bind().dialect.name == "postgresql":
            candidates = session.execute(query.with_for_update(skip_locked=True)).all()
        else:
            candidates = session.execute(query).all()
        for stream_id, previous_owner in candidates:
            # The conditional UPDATE is the real claim on SQLite (atomic per row); on PostgreSQL the row is
            # already locked by us, and the same condition is simply true.
            result = session.execute(
                update(Stream).where(Stream.id == stream_id, _claimable(now, worker_id))
                .values(lease_owner=worker_id, lease_expires_at=expires)
                .execution_options(synchronize_session=False))
            if result.rowcount != 1:
                continue
            stream = session.get(Stream, stream_id, populate_existing=True)
            claims.append(Claim(stream.id, stream.name, stream.url, stream.realtime, stream.checkpoint or 0.0,
                                previous_owner, stream.state, stream.last_audio_at))
            audit.record(session, worker_id, "lease.claim", "stream", stream_id, name=stream.name,
                         previous_owner=previous_owner, checkpoint=stream.checkpoint)
            if previous_owner is not None:
                audit.record(session, worker_id, "lease.takeover", "stream", stream_id, name=stream.name,
                             previous_owner=previous_owner)
    return claims


def renew(factory: sessionmaker[Session], worker_id: str, stream_ids: list[int], *,
          lease_seconds: float, last_audio: dict[int, datetime] | None = None) -> set[int]:
    """Extend our leases (also after they expired, as long as nobody else took them); returns the streams we
    no longer hold (taken over, or disabled by an operator). `last_audio` records each stream's newest audio."""
    lost: set[int] = set()
    if not stream_ids:
        return lost
    with session_scope(factory) as session:
        expires = utcnow() + timedelta(seconds=lease_seconds)
        for stream_id in stream_ids:
            values: dict = {"lease_expires_at": expires}
            if last_audio and last_audio.get(stream_id) is not None:
                values["last_audio_at"] = last_audio[stream_id]
            result = session.execute(
                update(Stream).where(Stream.id == stream_id, Stream.lease_owner == worker_id,
                                     Stream.enabled.is_(True))
                .values(**values).execution_options(synchronize_session=False))
            if result.rowcount != 1:
                lost.add(stream_id)
    return lost


def release(factory: sessionmaker[Session], worker_id: str, stream_id: int, *, state: str | None = None,
            error: str | None = None) -> bool:
    """Give a stream back (shutdown, stream ended, disabled). `state` is written with it when given."""
    with session_scope(factory) as session:
        values: dict = {"lease_owner": None, "lease_expires_at": None}
        if state is not None:
            values.update(state=state, state_changed_at=utcnow())
            if error is not None or state != "failed":
                values["last_error"] = error
        result = session.execute(
            update(Stream).where(Stream.id == stream_id, Stream.lease_owner == worker_id)
            .values(**values).execution_options(synchronize_session=False))
        if result.rowcount == 1:
            audit.record(session, worker_id, "lease.release", "stream", stream_id, state=state)
            return True
    return False


def release_all(factory: sessionmaker[Session], worker_id: str) -> int:
    """Crash-safe cleanup at start: a restarted worker with the same id gives back what it held."""
    with session_scope(factory) as session:
        result = session.execute(
            update(Stream).where(Stream.lease_owner == worker_id)
            .values(lease_owner=None, lease_expires_at=None).execution_options(synchronize_session=False))
        return result.rowcount or 0


def set_state(factory: sessionmaker[Session], worker_id: str, stream_id: int, state: str,
              error: str | None = None, *, outage_start: bool = False,
              outage_end_seconds: float | None = None) -> bool:
    """Write a stream's state (fenced on our lease); the pipeline says when an outage starts and how long it was."""
    with session_scope(factory) as session:
        stream = session.scalar(select(Stream).where(Stream.id == stream_id, Stream.lease_owner == worker_id))
        if stream is None:
            return False
        now = utcnow()
        previous = stream.state
        if outage_start:
            stream.outages = (stream.outages or 0) + 1
            stream.last_outage_at = now
        if outage_end_seconds is not None:
            stream.outage_seconds = (stream.outage_seconds or 0.0) + outage_end_seconds
        if previous == state and (stream.last_error or None) == (error or None):
            return True
        stream.state = state
        stream.state_changed_at = now
        if error is not None or state == "live":
            stream.last_error = error
        audit.record(session, worker_id, "stream.state", "stream", stream_id, name=stream.name,
                     state=state, previous=previous, error=error)
        return True
