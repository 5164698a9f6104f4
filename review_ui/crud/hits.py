"""The review queue: listing, claiming, deciding and reopening hits.

Two reviewers never decide the same hit: claiming and deciding are single conditional UPDATEs that only
succeed while the hit is pending and not held by someone else's unexpired claim.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from monitor import audit
from monitor.models import Hit, ReviewTask, Stream, utcnow
from review_ui.crud import queue
# Re-exported: the queue's filter and page types were born here and other modules import them from here.
from review_ui.crud.queue import (  # noqa: F401
    ORDERS, PAGE_SIZE, QueueFilter, QueueGroup, QueuePage, local_day_bounds,
)
from review_ui.crud import review_flow

CLAIM_MINUTES = 15
BATCH_SIZE = 20
DISMISS_REASONS = ("asr_error", "negation", "lawful_context", "duplicate", "other")
CONFIRM_REASON = "violation"
UNDO_SECONDS = 10          # how long "已确认 #96 … 撤销" stays offered after a decision


class DecisionError(Exception):
    """The hit is already decided or another reviewer holds it."""


def _available(username: str, now: datetime):
    return queue.available(username, now)


def _mine(username: str, claimed_ids: list[int], now: datetime):
    return queue.mine(username, claimed_ids, now)


def queue_page(session: Session, flt: QueueFilter, username: str, tz: ZoneInfo,
               claimed_ids: list[int] | None = None) -> QueuePage:
    return queue.queue_page(session, flt, queue.scope_for(username, tz, claimed_ids))


def claim_batch(session: Session, flt: QueueFilter, username: str, tz: ZoneInfo,
                size: int = BATCH_SIZE, minutes: int = CLAIM_MINUTES) -> list[int]:
    """Claim the next `size` unclaimed queue rows in queue order, each with its whole utterance group.

    Returns the hit ids this reviewer got (a batch of 20 rows may hold more than 20 hits).
    """
    now = utcnow()
    expires = now + timedelta(minutes=minutes)
    claimable = and_(Hit.status == "pending", or_(Hit.claimed_by.is_(None), Hit.claim_expires_at < now))
    pending = QueueFilter(**{**flt.__dict__, "mine": False, "decision": "pending", "after": None, "before": None})
    scope = queue.scope_for(username, tz, now=lambda: now, session=session, flt=pending)
    heads = list(session.scalars(queue.order_by(
        select(Hit).where(*queue.conditions(pending, scope), claimable, queue.is_lead(pending, scope)),
        pending.order).limit(size)))
    if not heads:
        return []
    groups = queue.members_of(session, pending, scope, heads)
    ids = [m.id for h in heads for m in groups.get((h.stream_id, h.utterance_ms), [h])]
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


def decide(session: Session, hit_id: int, username: str, status: str, reason: str, note: str = "", *,
           now: datetime | None = None) -> None:
    """Confirm or dismiss. Raises DecisionError if the hit was decided or is held by another reviewer.

    `now`: the decision's time; the hits of one group decision share it, which is how "the last decision"
    is told apart from the one before (recent_decisions)."""
    if status not in ("confirmed", "dismissed"):
        raise ValueError(f"status must be confirmed or dismissed, not {status!r}")
    if status == "dismissed" and reason not in DISMISS_REASONS:
        raise ValueError(f"dismiss reason must be one of {', '.join(DISMISS_REASONS)}")
    if status == "confirmed":
        reason = CONFIRM_REASON
    note = (note or "").strip()[:2000]
    now = now or utcnow()
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
    review_flow.after_decision(session, hit_id, username, status, reason, note)   # 二审 / QA sampling
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


def decide_group(session: Session, hit_ids: list[int], username: str, status: str, reason: str,
                 note: str = "") -> tuple[list[int], list[int]]:
    """One decision for several hits of an utterance: each goes through decide(), so every rule of a
    decision (atomic claim test, audit entry, 二审/QA) holds per hit. Returns (decided, conflicting) ids."""
    done, conflicts = [], []
    now = utcnow()
    for hit_id in dict.fromkeys(hit_ids):
        try:
            decide(session, hit_id, username, status, reason, note, now=now)
        except DecisionError:
            conflicts.append(hit_id)
            continue
        done.append(hit_id)
    return done, conflicts


# What a decision may have left the hit as: decided, or waiting for 二审/QA (review_flow).
UNDOABLE = ("confirmed", "dismissed", "confirmed_pending", "dismissed_pending")


def recent_decisions(session: Session, username: str, seconds: int = UNDO_SECONDS) -> list[Hit]:
    """This reviewer's last decision if it is only a few seconds old (every hit of it, for a group, which
    share one decided_at): what the hit page's "已确认 #96 … 撤销" names. Earlier decisions stand."""
    since = utcnow() - timedelta(seconds=seconds)
    rows = list(session.scalars(select(Hit).where(Hit.reviewer == username, Hit.decided_at >= since,
                                                  Hit.status.in_(UNDOABLE))
                                .order_by(Hit.decided_at.desc(), Hit.id.desc()).limit(20)))
    if not rows:
        return []
    newest = rows[0].decided_at
    return [h for h in rows if h.decided_at == newest]


def undo(session: Session, hit_ids: list[int], username: str, seconds: int = UNDO_SECONDS,
         minutes: int = CLAIM_MINUTES) -> list[int]:
    """Take back this reviewer's own decisions of the last few seconds: the hits are pending again and
    claimed by them (so nobody else grabs them meanwhile). Returns the ids undone."""
    now = utcnow()
    undone = []
    for hit_id in dict.fromkeys(hit_ids):
        result = session.execute(
            update(Hit).where(Hit.id == hit_id, Hit.reviewer == username, Hit.status.in_(UNDOABLE),
                              Hit.decided_at >= now - timedelta(seconds=seconds))
            .values(status="pending", reviewer=None, decided_at=None, reason=None, note=None,
                    claimed_by=username, claim_expires_at=now + timedelta(minutes=minutes))
            .execution_options(synchronize_session=False))
        if result.rowcount == 1:
            undone.append(hit_id)
    if undone:
        # A 二审/QA task the decision opened has nothing left to review.
        session.execute(update(ReviewTask).where(ReviewTask.hit_id.in_(undone), ReviewTask.state == "open",
                                                 ReviewTask.first_reviewer == username)
                        .values(state="superseded").execution_options(synchronize_session=False))
        for hit_id in undone:
            audit.record(session, username, "hit.undo", "hit", hit_id)
    session.commit()
    return undone


def next_in_queue(session: Session, flt: QueueFilter, username: str, tz: ZoneInfo, after: Hit | None = None,
                  claimed_ids: list[int] | None = None) -> int | None:
    """Where a decision leads: the row after `after` in the queue's order and filters, this reviewer's
    claimed batch first; at the end, the first row again (nothing is skipped for good)."""
    scope = queue.scope_for(username, tz, claimed_ids, session=session, flt=flt)
    if claimed_ids and not flt.mine:
        batch = QueueFilter(**{**flt.__dict__, "mine": True})
        own = queue.first_lead(session, batch, scope)
        if own:
            return own
    if after is not None:
        _prev, following = queue.neighbours(session, flt, scope, after)
        if following:
            return following
    return queue.first_lead(session, flt, scope)


def next_available(session: Session, username: str, after: Hit | None = None,
                   claimed_ids: list[int] | None = None, tz: ZoneInfo | None = None) -> int | None:
    """The next hit in the default queue (newest first, no filter)."""
    return next_in_queue(session, QueueFilter(), username, tz or ZoneInfo("UTC"), after, claimed_ids)


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
