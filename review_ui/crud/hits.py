"""The review queue: listing, claiming, deciding and reopening hits.

Two reviewers never decide the same hit: claiming and deciding are single conditional UPDATEs that only
succeed while the hit is pending and not held by someone else's unexpired claim.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from monitor import audit
from monitor.models import SEVERITY_RANK, Hit, Stream, utcnow

CLAIM_MINUTES = 15
BATCH_SIZE = 20
PAGE_SIZE = 50
DISMISS_REASONS = ("asr_error", "negation", "lawful_context", "duplicate", "other")
CONFIRM_REASON = "violation"
ORDERS = ("newest", "severity", "oldest")


class DecisionError(Exception):
    """The hit is already decided or another reviewer holds it."""


@dataclass
class QueueFilter:
    stream_id: int | None = None
    category: str | None = None
    severity: str | None = None
    day_from: date | None = None      # local calendar days, inclusive
    day_to: date | None = None
    order: str = "newest"
    mine: bool = False                # only my claimed batch
    page: int = 1

    def query_args(self) -> dict[str, str]:
        out = {"stream": self.stream_id, "category": self.category, "severity": self.severity,
               "from": self.day_from, "to": self.day_to, "order": self.order if self.order != "newest" else None,
               "mine": "1" if self.mine else None}
        return {k: str(v) for k, v in out.items() if v not in (None, "")}


@dataclass
class QueueRow:
    hit: Hit
    stream_name: str
    shop: str


@dataclass
class QueuePage:
    rows: list[QueueRow]
    total: int
    mine_claimed: int
    page: int
    pages: int
    filter: QueueFilter = field(default_factory=QueueFilter)


def local_day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """A local calendar day as a naive-UTC [start, end) range (the DB stores naive UTC)."""
    start = datetime.combine(day, time.min, tzinfo=tz).astimezone(timezone.utc).replace(tzinfo=None)
    return start, start + timedelta(days=1)


def _available(username: str, now: datetime):
    """Pending and not held by someone else's unexpired claim."""
    return and_(Hit.status == "pending",
                or_(Hit.claimed_by.is_(None), Hit.claimed_by == username, Hit.claim_expires_at < now))


def _mine(username: str, claimed_ids: list[int], now: datetime):
    # Looked up by primary key: hits has no index on claimed_by, and scanning every pending row for it
    # would cost ~100 ms at 100,000 hits. The ids come from this reviewer's session; the conditions
    # re-check that the claims are still theirs and unexpired.
    return and_(Hit.id.in_(claimed_ids or [-1]), Hit.status == "pending", Hit.claimed_by == username,
                Hit.claim_expires_at >= now)


def _filtered(stmt, flt: QueueFilter, username: str, now: datetime, tz: ZoneInfo,
              claimed_ids: list[int] | None = None, *, pending_only: bool = False):
    if flt.mine:
        stmt = stmt.where(_mine(username, claimed_ids or [], now))
    elif pending_only:
        stmt = stmt.where(Hit.status == "pending")
    else:
        stmt = stmt.where(_available(username, now))
    if flt.stream_id:
        stmt = stmt.where(Hit.stream_id == flt.stream_id)
    if flt.category:
        stmt = stmt.where(Hit.category == flt.category)
    if flt.severity:
        stmt = stmt.where(Hit.severity_rank == SEVERITY_RANK.get(flt.severity, 0))
    if flt.day_from:
        stmt = stmt.where(Hit.created_at >= local_day_bounds(flt.day_from, tz)[0])
    if flt.day_to:
        stmt = stmt.where(Hit.created_at < local_day_bounds(flt.day_to, tz)[1])
    return stmt


def _ordered(stmt, order: str):
    if order == "severity":
        return stmt.order_by(Hit.severity_rank.desc(), Hit.created_at.desc(), Hit.id.desc())
    if order == "oldest":
        return stmt.order_by(Hit.created_at.asc(), Hit.id.asc())
    return stmt.order_by(Hit.created_at.desc(), Hit.id.desc())


def queue_page(session: Session, flt: QueueFilter, username: str, tz: ZoneInfo,
               claimed_ids: list[int] | None = None) -> QueuePage:
    now = utcnow()
    claimed_ids = claimed_ids or []
    base = _filtered(select(Hit, Stream.name, Stream.shop).join(Stream, Stream.id == Hit.stream_id),
                     flt, username, now, tz, claimed_ids)
    # The count is of pending hits (claims aside): the availability test needs claimed_by, which no
    # index covers, while status/created_at/category/stream counts are index lookups.
    total = session.scalar(_filtered(select(func.count(Hit.id)), flt, username, now, tz, claimed_ids,
                                     pending_only=True)) or 0
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, flt.page), pages)
    rows = session.execute(_ordered(base, flt.order).limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)).all()
    mine = session.scalar(select(func.count(Hit.id)).where(_mine(username, claimed_ids, now))) or 0
    flt.page = page
    return QueuePage(rows=[QueueRow(h, name, shop) for h, name, shop in rows], total=total,
                     mine_claimed=mine, page=page, pages=pages, filter=flt)


def claim_batch(session: Session, flt: QueueFilter, username: str, tz: ZoneInfo,
                size: int = BATCH_SIZE, minutes: int = CLAIM_MINUTES) -> list[int]:
    """Claim up to `size` unclaimed hits in queue order; returns the ids this reviewer got."""
    now = utcnow()
    expires = now + timedelta(minutes=minutes)
    claimable = and_(Hit.status == "pending", or_(Hit.claimed_by.is_(None), Hit.claim_expires_at < now))
    pick = _ordered(_filtered(select(Hit.id), QueueFilter(**{**flt.__dict__, "mine": False}),
                              username, now, tz).where(claimable), flt.order).limit(size)
    ids = list(session.scalars(pick))
    if not ids:
        return []
    # The test is repeated in the UPDATE itself: a hit someone claimed between our SELECT and this
    # statement is skipped (SQLite serialises writers; PostgreSQL re-checks the updated row).
    session.execute(
        update(Hit).where(Hit.id.in_(ids), claimable)
        .values(claimed_by=username, claim_expires_at=expires)
        .execution_options(synchronize_session=False))
    session.commit()
    got = list(session.scalars(select(Hit.id).where(Hit.id.in_(ids), Hit.claimed_by == username,
                                                    Hit.claim_expires_at == expires)))
    audit.record(session, username, "queue.claim", "hits", "", ids=got, minutes=minutes)
    session.commit()
    return got


def release_claims(session: Session, username: str) -> int:
    result = session.execute(
        update(Hit).where(Hit.status == "pending", Hit.claimed_by == username)
        .values(claimed_by=None, claim_expires_at=None).execution_options(synchronize_session=False))
    audit.record(session, username, "queue.release", "hits", "", released=result.rowcount)
    session.commit()
    return result.rowcount


def get_hit(session: Session, hit_id: int) -> tuple[Hit, Stream] | None:
    row = session.execute(select(Hit, Stream).join(Stream, Stream.id == Hit.stream_id)
                          .where(Hit.id == hit_id)).first()
    return (row[0], row[1]) if row else None


def decide(session: Session, hit_id: int, username: str, status: str, reason: str, note: str = "") -> None:
    """Confirm or dismiss. Raises DecisionError if the hit was decided or is held by another reviewer."""
    if status not in ("confirmed", "dismissed"):
        raise ValueError(f"status must be confirmed or dismissed, not {status!r}")
    if status == "dismissed" and reason not in DISMISS_REASONS:
        raise ValueError(f"dismiss reason must be one of {', '.join(DISMISS_REASONS)}")
    if status == "confirmed":
        reason = CONFIRM_REASON
    note = (note or "").strip()[:2000]
    now = utcnow()
    result = session.execute(
        update(Hit).where(Hit.id == hit_id, _available(username, now))
        .values(status=status, reviewer=username, decided_at=now, reason=reason, note=note or None,
                claimed_by=None, claim_expires_at=None)
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        session.rollback()
        raise DecisionError(hit_id)
    action = "hit.confirm" if status == "confirmed" else "hit.dismiss"
    audit.record(session, username, action, "hit", hit_id, reason=reason, note=note)
    session.commit()


def reopen(session: Session, hit_id: int, username: str, note: str = "") -> None:
    """Admin only (checked by the route): put a decided hit back in the queue, keeping the old decision in the log."""
    hit = session.get(Hit, hit_id)
    if hit is None or hit.status == "pending":
        raise DecisionError(hit_id)
    previous = {"status": hit.status, "reviewer": hit.reviewer, "reason": hit.reason, "note": hit.note,
                "decided_at": hit.decided_at.isoformat() if hit.decided_at else None}
    result = session.execute(
        update(Hit).where(Hit.id == hit_id, Hit.status == hit.status)
        .values(status="pending", reviewer=None, decided_at=None, reason=None, note=None,
                claimed_by=None, claim_expires_at=None)
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        session.rollback()
        raise DecisionError(hit_id)
    audit.record(session, username, "hit.reopen", "hit", hit_id, previous=previous, note=(note or "").strip())
    session.commit()


def next_available(session: Session, username: str, after: Hit | None = None,
                   claimed_ids: list[int] | None = None) -> int | None:
    """The next hit for this reviewer: their own claimed batch first, then the next available in queue order."""
    now = utcnow()
    if claimed_ids:
        mine = session.scalar(select(Hit.id).where(_mine(username, claimed_ids, now))
                              .order_by(Hit.created_at.desc(), Hit.id.desc()).limit(1))
        if mine:
            return mine
    stmt = select(Hit.id).where(_available(username, now)).order_by(Hit.created_at.desc(), Hit.id.desc()).limit(1)
    if after is not None:
        older = session.scalar(stmt.where(or_(Hit.created_at < after.created_at,
                                              and_(Hit.created_at == after.created_at, Hit.id < after.id))))
        if older:
            return older
    return session.scalar(stmt)   # wrap around to the newest


def held_by_other(hit: Hit, username: str, now: datetime | None = None) -> str | None:
    now = now or utcnow()
    if hit.status == "pending" and hit.claimed_by and hit.claimed_by != username \
            and hit.claim_expires_at and hit.claim_expires_at >= now:
        return hit.claimed_by
    return None


def resolve_clip(clips_root: Path, relative: str | None) -> Path | None:
    """The clip file if it lies inside clips_root; None for missing files and any path that escapes it."""
    if not relative or "\x00" in relative:
        return None
    root = clips_root.resolve()
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root) or candidate == root or not candidate.is_file():
        return None
    return candidate
