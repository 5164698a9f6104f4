"""Second review (二审), QA sampling of dismissals and the admin's final review (终审).

A reviewer's decision normally counts at once. Two kinds of decision wait for a second pair of eyes first:
- a confirmation of a category the policy names (at or above its severity) becomes `confirmed_pending`;
- a sampled share of dismissals becomes `dismissed_pending` (QA).
A different reviewer agrees (the first decision counts) or disagrees (the hit becomes `disputed` and an admin
decides). Until then the hit is neither confirmed nor dismissed, so exports, confirm rates and shop tiers,
which all count `confirmed`/`dismissed`, see only final decisions. Every step is in the audit log.

State changes are conditional UPDATEs, like crud.hits.decide: two reviewers pressing at once get exactly one
outcome, and a hit reopened or re-decided meanwhile is left alone.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, and_, func, select, update
from sqlalchemy.orm import Session

from monitor import audit
from monitor.models import SEVERITY_RANK, AuditLog, Hit, ReviewPolicy, ReviewTask, Stream, utcnow
from monitor.settings import Settings, get_settings

DISMISS_REASONS = ("asr_error", "negation", "lawful_context", "duplicate", "other")   # as crud.hits
PENDING_STATUS = {"second": "confirmed_pending", "qa": "dismissed_pending"}
KINDS = ("second", "qa", "final")
ANY_CATEGORY = "*"
LIST_LIMIT = 200
# Audit actions shown in a hit's decision history (the hit page's "earlier decisions").
HISTORY_ACTIONS = ("hit.confirm", "hit.dismiss", "hit.undo", "hit.reopen", "review.second_requested",
                   "review.qa_sampled", "review.agree", "review.disagree", "review.final")

_system_random = random.SystemRandom()   # reviewers must not be able to tell which dismissals QA will see


class FlowError(Exception):
    """A review step that cannot be taken; `key` is the i18n key of the reason shown to the user."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


class NoteRequired(FlowError, ValueError):
    def __init__(self) -> None:
        super().__init__("error.other_needs_note")


def note_missing(status: str, reason: str | None, note: str | None) -> bool:
    """"其他" says nothing by itself: a dismissal for reason other needs a note saying what."""
    return status == "dismissed" and reason == "other" and not (note or "").strip()


# --- policy -------------------------------------------------------------------------------------------------

@dataclass
class Policy:
    second_review: dict[str, str] = field(default_factory=dict)   # category -> lowest severity needing 二审
    qa_sample_rate: float = 0.0
    updated_by: str | None = None          # None: the settings' defaults, never edited in the UI
    updated_at: datetime | None = None

    def needs_second_review(self, categories: list[str], severity: str) -> bool:
        rank = SEVERITY_RANK.get(severity, 0)
        for category in categories:
            lowest = self.second_review.get(category) or self.second_review.get(ANY_CATEGORY)
            if lowest and rank >= SEVERITY_RANK.get(lowest, 99):
                return True
        return False


# The settings an app was created with, by its engine: crud.hits.decide() has a session but no settings,
# and tests run several apps with different settings in one process.
_defaults_by_engine: WeakKeyDictionary[Engine, Settings] = WeakKeyDictionary()


def register_defaults(engine: Engine, settings: Settings) -> None:
    _defaults_by_engine[engine] = settings


def clean_second_review(raw: dict) -> dict[str, str]:
    return {str(c): s for c, s in (raw or {}).items() if s in SEVERITY_RANK}


def effective_policy(session: Session) -> Policy:
    row = session.get(ReviewPolicy, 1, populate_existing=True)
    if row is not None:
        return Policy(clean_second_review(row.second_review), float(row.qa_sample_rate or 0.0),
                      row.updated_by, row.updated_at)
    bind = session.get_bind()
    settings = _defaults_by_engine.get(getattr(bind, "engine", bind)) or get_settings()
    return Policy(clean_second_review(settings.second_review), settings.qa_sample_rate)


def save_policy(session: Session, admin: str, second_review: dict[str, str], qa_sample_rate: float) -> Policy:
    """Admin only (checked by the route). Audited with the before and after."""
    before = effective_policy(session)
    second_review = clean_second_review(second_review)
    qa_sample_rate = min(max(float(qa_sample_rate), 0.0), 1.0)
    row = session.get(ReviewPolicy, 1, populate_existing=True)
    if row is None:
        row = ReviewPolicy(id=1)
        session.add(row)
    row.second_review, row.qa_sample_rate = second_review, qa_sample_rate
    row.updated_by, row.updated_at = admin, utcnow()
    audit.record(session, admin, "review.policy", "review_policy", 1,
                 before={"second_review": before.second_review, "qa_sample_rate": before.qa_sample_rate},
                 after={"second_review": second_review, "qa_sample_rate": qa_sample_rate})
    session.commit()
    return effective_policy(session)


# --- the first decision ---------------------------------------------------------------------------------------

def after_decision(session: Session, hit_id: int, username: str, status: str, reason: str | None,
                   note: str | None, *, rng: Callable[[], float] | None = None) -> str:
    """Called by crud.hits.decide() inside its transaction, after its UPDATE, before its commit.

    Returns the hit's status now: `status`, or the review state the decision waits in. Raises NoteRequired
    (after rolling the decision back) for "其他" without a note.
    """
    if note_missing(status, reason, note):
        session.rollback()
        raise NoteRequired()
    # A re-decision after a reopen starts afresh: an older task of this hit no longer describes it.
    session.execute(update(ReviewTask).where(ReviewTask.hit_id == hit_id,
                                             ReviewTask.state.in_(("open", "disputed")))
                    .values(state="superseded").execution_options(synchronize_session=False))
    row = session.execute(select(Hit.category, Hit.categories, Hit.severity).where(Hit.id == hit_id)).first()
    if row is None:
        return status
    category, categories, severity = row
    policy = effective_policy(session)
    kind = None
    if status == "confirmed" and policy.needs_second_review(list(categories or []) or [category], severity):
        kind = "second"
    elif status == "dismissed" and policy.qa_sample_rate > 0 \
            and (rng or _system_random.random)() < policy.qa_sample_rate:
        kind = "qa"
    if kind is None:
        return status
    waiting = PENDING_STATUS[kind]
    session.execute(update(Hit).where(Hit.id == hit_id, Hit.status == status).values(status=waiting)
                    .execution_options(synchronize_session=False))
    now = utcnow()
    task = ReviewTask(hit_id=hit_id, kind=kind, state="open", created_at=now, first_reviewer=username,
                      first_status=status, first_reason=reason, first_note=(note or "").strip() or None,
                      first_at=now)
    session.add(task)
    session.flush()
    audit.record(session, username, "review.second_requested" if kind == "second" else "review.qa_sampled",
                 "hit", hit_id, task=task.id, status=status, reason=reason)
    return waiting


# --- queues -----------------------------------------------------------------------------------------------------

@dataclass
class TaskRow:
    task: ReviewTask
    hit: Hit
    stream_name: str
    shop: str
    own: bool            # this user made a decision on it: someone else must take the next step


def _task_rows(session: Session, where, username: str) -> list[TaskRow]:
    stmt = (select(ReviewTask, Hit, Stream.name, Stream.shop)
            .join(Hit, Hit.id == ReviewTask.hit_id).join(Stream, Stream.id == Hit.stream_id)
            .where(*where).order_by(ReviewTask.created_at, ReviewTask.id).limit(LIST_LIMIT))
    return [TaskRow(task, hit, name, shop, username in (task.first_reviewer, task.second_reviewer))
            for task, hit, name, shop in session.execute(stmt)]


def _queue_condition(kind: str):
    # The hit's status must still say it waits here: a task whose hit was reopened meanwhile is stale.
    if kind == "final":
        return [ReviewTask.state == "disputed", Hit.status == "disputed"]
    return [ReviewTask.state == "open", ReviewTask.kind == kind, Hit.status == PENDING_STATUS[kind]]


def queue(session: Session, kind: str, username: str) -> list[TaskRow]:
    """Oldest first: a confirmation waiting for 二审 is a violation nobody is acting on yet."""
    if kind not in KINDS:
        raise ValueError(kind)
    return _task_rows(session, _queue_condition(kind), username)


def counts(session: Session) -> dict[str, int]:
    out = {}
    for kind in KINDS:
        out[kind] = session.scalar(select(func.count(ReviewTask.id)).join(Hit, Hit.id == ReviewTask.hit_id)
                                   .where(*_queue_condition(kind))) or 0
    return out


def current_task(session: Session, hit_id: int) -> ReviewTask | None:
    """The step this hit waits for, if any (for the hit page)."""
    hit_status = session.scalar(select(Hit.status).where(Hit.id == hit_id))
    if hit_status == "disputed":
        state, kinds = "disputed", ("second", "qa")
    elif hit_status in PENDING_STATUS.values():
        state, kinds = "open", tuple(k for k, s in PENDING_STATUS.items() if s == hit_status)
    else:
        return None
    return session.scalar(select(ReviewTask).where(ReviewTask.hit_id == hit_id, ReviewTask.state == state,
                                                   ReviewTask.kind.in_(kinds))
                          .order_by(ReviewTask.id.desc()).limit(1))


# --- the second step and the final one ----------------------------------------------------------------------------

def load_task(session: Session, task_id: int) -> ReviewTask:
    task = session.get(ReviewTask, task_id, populate_existing=True)   # after conditional UPDATEs: re-read
    if task is None:
        raise FlowError("error.no_task", id=task_id)
    return task


def second_decision(session: Session, task_id: int, username: str, agree: bool, reason: str = "",
                    note: str = "") -> str:
    """二审 or QA by a reviewer other than the first. Agreeing makes the first decision count; disagreeing
    (with a reason for a dismissal and a note saying why) sends the hit to an admin. Returns the hit's status."""
    task = load_task(session, task_id)
    if task.state != "open":
        raise FlowError("error.task_done", id=task.hit_id)
    if task.first_reviewer == username:
        raise FlowError("error.same_reviewer")
    note = (note or "").strip()[:2000]
    if agree:
        second_status, second_reason = task.first_status, task.first_reason
    else:
        if not note:
            raise FlowError("error.disagree_needs_note")
        # Disagreeing with a confirmation is a dismissal and needs its reason; with a dismissal, a confirmation.
        second_status = "dismissed" if task.first_status == "confirmed" else "confirmed"
        if second_status == "dismissed" and reason not in DISMISS_REASONS:
            raise FlowError("error.need_reason")
        second_reason = reason if second_status == "dismissed" else "violation"
    now = utcnow()
    waiting = PENDING_STATUS[task.kind]
    new_status = task.first_status if agree else "disputed"
    done = session.execute(
        update(ReviewTask).where(ReviewTask.id == task.id, ReviewTask.state == "open")
        .values(state="agreed" if agree else "disputed", second_reviewer=username, second_status=second_status,
                second_reason=second_reason, second_note=note or None, second_at=now)
        .execution_options(synchronize_session=False))
    # The decision takes effect now: decided_at is when it became final, which is what exports go by.
    values = {"status": new_status, "decided_at": now} if agree else {"status": new_status}
    moved = session.execute(update(Hit).where(Hit.id == task.hit_id, Hit.status == waiting).values(**values)
                            .execution_options(synchronize_session=False))
    if done.rowcount != 1 or moved.rowcount != 1:
        session.rollback()
        raise FlowError("error.task_done", id=task.hit_id)
    audit.record(session, username, "review.agree" if agree else "review.disagree", "hit", task.hit_id,
                 task=task.id, kind=task.kind, first_reviewer=task.first_reviewer, first_status=task.first_status,
                 status=second_status, reason=second_reason, note=note)
    session.commit()
    return new_status


def final_decision(session: Session, task_id: int, admin: str, status: str, reason: str = "",
                   note: str = "") -> str:
    """终审 (admin only, checked by the route): the decision in force, with a note. The admin may not be one
    of the two reviewers who disagreed."""
    task = load_task(session, task_id)
    if task.state != "disputed":
        raise FlowError("error.task_done", id=task.hit_id)
    if admin in (task.first_reviewer, task.second_reviewer):
        raise FlowError("error.final_party")
    if status not in ("confirmed", "dismissed"):
        raise FlowError("error.bad_decision")
    if status == "dismissed" and reason not in DISMISS_REASONS:
        raise FlowError("error.need_reason")
    note = (note or "").strip()[:2000]
    if not note:
        raise FlowError("error.final_needs_note")
    reason = reason if status == "dismissed" else "violation"
    now = utcnow()
    done = session.execute(
        update(ReviewTask).where(ReviewTask.id == task.id, ReviewTask.state == "disputed")
        .values(state="resolved", final_by=admin, final_status=status, final_reason=reason, final_note=note,
                final_at=now).execution_options(synchronize_session=False))
    # The hit row shows the decision in force and who made it; the task and the log keep the two before it.
    moved = session.execute(
        update(Hit).where(Hit.id == task.hit_id, Hit.status == "disputed")
        .values(status=status, reviewer=admin, reason=reason, note=note, decided_at=now)
        .execution_options(synchronize_session=False))
    if done.rowcount != 1 or moved.rowcount != 1:
        session.rollback()
        raise FlowError("error.task_done", id=task.hit_id)
    audit.record(session, admin, "review.final", "hit", task.hit_id, task=task.id, kind=task.kind,
                 status=status, reason=reason, note=note, first_reviewer=task.first_reviewer,
                 second_reviewer=task.second_reviewer, overturned=status != task.first_status)
    session.commit()
    return status


# --- what the hit page shows --------------------------------------------------------------------------------------

@dataclass
class HistoryEntry:
    at: datetime
    actor: str
    action: str
    status: str | None = None
    reason: str | None = None
    note: str | None = None
    previous: dict | None = None       # a reopen: the decision it undid (status, reviewer, reason, note, when)


def history(session: Session, hit_id: int) -> list[HistoryEntry]:
    """Every decision on this hit, oldest first, from the audit log (which a reopen never rewrites)."""
    rows = session.scalars(select(AuditLog).where(AuditLog.target_type == "hit",
                                                  AuditLog.target_id == str(hit_id),
                                                  AuditLog.action.in_(HISTORY_ACTIONS))
                           .order_by(AuditLog.at, AuditLog.id))
    out = []
    for row in rows:
        detail = row.detail or {}
        status = detail.get("status") or {"hit.confirm": "confirmed", "hit.dismiss": "dismissed"}.get(row.action)
        previous = detail.get("previous") if isinstance(detail.get("previous"), dict) else None
        if previous and previous.get("decided_at"):
            try:
                previous = {**previous, "decided_at": datetime.fromisoformat(previous["decided_at"])}
            except (TypeError, ValueError):
                pass
        out.append(HistoryEntry(row.at, row.actor, row.action, status, detail.get("reason"),
                                detail.get("note") or None, previous))
    return out


# --- figures: how often a reviewer's decisions hold up ------------------------------------------------------------

@dataclass
class Agreement:
    reviewer: str
    checked: int = 0         # decisions that went through 二审 or QA and were answered
    agreed: int = 0
    disputed: int = 0
    overturned: int = 0      # 终审 decided the other way

    @property
    def agreement(self) -> float | None:
        return self.agreed / self.checked if self.checked else None


def agreement_by_reviewer(session: Session, since: datetime | None = None) -> dict[str, Agreement]:
    """Per first reviewer: how their checked decisions fared (for per-reviewer figures; admin-only names)."""
    stmt = (select(ReviewTask.first_reviewer, ReviewTask.state, ReviewTask.first_status, ReviewTask.final_status,
                   func.count(ReviewTask.id))
            .where(ReviewTask.state.in_(("agreed", "disputed", "resolved")))
            .group_by(ReviewTask.first_reviewer, ReviewTask.state, ReviewTask.first_status,
                      ReviewTask.final_status))
    if since is not None:
        stmt = stmt.where(ReviewTask.second_at >= since)
    out: dict[str, Agreement] = {}
    for reviewer, state, first_status, final_status, n in session.execute(stmt):
        row = out.setdefault(reviewer, Agreement(reviewer))
        row.checked += n
        if state == "agreed":
            row.agreed += n
        else:
            row.disputed += n
            if state == "resolved" and final_status and final_status != first_status:
                row.overturned += n
    return out


def hit_ids_waiting(session: Session, hit_ids: list[int]) -> set[int]:
    """Which of these hits wait for a second step (for marking rows elsewhere)."""
    if not hit_ids:
        return set()
    return set(session.scalars(select(Hit.id).where(and_(Hit.id.in_(hit_ids),
                                                         Hit.status.in_(tuple(PENDING_STATUS.values())
                                                                        + ("disputed",))))))
