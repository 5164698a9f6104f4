"""Per reviewer and per day: decisions, median seconds per decision, confirm rate, overturned decisions, and
agreement with 二审/QA.

Read from the audit log, not from the hits: a hit row keeps only its latest decision, while the log keeps
every decision, the undo that took one back, and the admin's reopen that overturned one (with the earlier
decision in its detail). Names are people: the dashboard shows everyone's rows to admins only.
"""
from __future__ import annotations

import bisect
import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.models import AuditLog
from review_ui.crud import review_flow

DECISIONS = {"hit.confirm": "confirmed", "hit.dismiss": "dismissed"}
# One key can decide an utterance's whole group, written as one audit row per hit within the same request:
# rows of one reviewer this close together are one decision (no person decides two rows in half a second).
SAME_DECISION = 0.5
# A longer pause between decisions is a break, not time spent deciding.
BREAK = 600.0


@dataclass
class ReviewerDay:
    reviewer: str
    day: date
    decisions: int = 0               # decision acts (a group decided with one key counts once)
    hits: int = 0                    # hits decided (each hit of a group)
    confirmed: int = 0
    dismissed: int = 0
    median_seconds: float | None = None
    overturned: int = 0              # of this day's decisions, later reopened by an admin or reversed in 终审

    @property
    def confirm_rate(self) -> float | None:
        return self.confirmed / self.hits if self.hits else None


@dataclass
class ReviewerTotal:
    reviewer: str
    decisions: int = 0
    hits: int = 0
    confirmed: int = 0
    overturned: int = 0
    median_seconds: float | None = None
    checked: int = 0                 # decisions that went through 二审/QA and were answered
    agreed: int = 0

    @property
    def confirm_rate(self) -> float | None:
        return self.confirmed / self.hits if self.hits else None

    @property
    def agreement(self) -> float | None:
        return self.agreed / self.checked if self.checked else None


@dataclass
class _Decision:
    reviewer: str
    hit: str
    at: datetime
    status: str
    undone: bool = False
    overturned: bool = False


def _local_day(value: datetime, tz: ZoneInfo) -> date:
    return value.replace(tzinfo=timezone.utc).astimezone(tz).date()


def _decisions(session: Session, since: datetime, reviewer: str | None) -> list[_Decision]:
    # Two reads, merged in log order: only 终审 entries need their JSON detail, and decoding it for every
    # decision of two weeks was most of this function's time.
    plain = session.connection().execute(          # Core rows: no ORM bookkeeping for ~20,000 of them
        select(AuditLog.id, AuditLog.actor, AuditLog.action, AuditLog.target_id, AuditLog.at)
        .where(AuditLog.action.in_((*DECISIONS, "hit.undo", "hit.reopen")), AuditLog.at >= since)).all()
    finals = session.execute(
        select(AuditLog.id, AuditLog.actor, AuditLog.action, AuditLog.target_id, AuditLog.at, AuditLog.detail)
        .where(AuditLog.action == "review.final", AuditLog.at >= since)).all()
    entries = sorted([(*row, None) for row in plain] + [tuple(row) for row in finals], key=lambda e: (e[4], e[0]))
    made: list[_Decision] = []
    last: dict[str, _Decision] = {}          # hit -> its latest decision still standing
    for _id, actor, action, target, at, detail in entries:
        if action in DECISIONS:
            if reviewer is None or actor == reviewer:
                made.append(_Decision(actor, target, at, DECISIONS[action]))
                last[target] = made[-1]
            else:
                last.pop(target, None)
        elif action == "hit.undo":
            found = last.pop(target, None)
            if found is not None and found.reviewer == actor:
                found.undone = True
        elif action == "hit.reopen":
            found = last.pop(target, None)
            if found is not None:
                found.overturned = True
        elif action == "review.final":
            # 终审 decided against the first reviewer's decision of this hit.
            found = last.get(target)
            final = (detail or {}).get("status")
            if found is not None and final and final != found.status:
                found.overturned = True
    return [d for d in made if not d.undone]


def _median_gap(times: list[datetime]) -> float | None:
    acts = _acts(times)
    gaps = [(b - a).total_seconds() for a, b in zip(acts, acts[1:])]
    gaps = [g for g in gaps if g <= BREAK]
    return round(statistics.median(gaps), 1) if gaps else None


def _acts(times: list[datetime]) -> list[datetime]:
    acts: list[datetime] = []
    for at in sorted(times):
        if not acts or (at - acts[-1]).total_seconds() > SAME_DECISION:
            acts.append(at)
    return acts


def reviewer_days(session: Session, tz: ZoneInfo, days: int = 14, reviewer: str | None = None,
                  today: date | None = None) -> list[ReviewerDay]:
    """One row per reviewer and local day with decisions, newest day first. `reviewer` limits to one person."""
    today = today or datetime.now(tz).date()
    since = datetime.combine(today - timedelta(days=days - 1), datetime.min.time(), tzinfo=tz) \
        .astimezone(timezone.utc).replace(tzinfo=None)
    # Local days by their UTC start: a bisect per decision instead of a time-zone conversion.
    first_day = today - timedelta(days=days - 1)
    day_list = [first_day + timedelta(days=i) for i in range(days + 1)]
    starts = [datetime.combine(d, datetime.min.time(), tzinfo=tz).astimezone(timezone.utc).replace(tzinfo=None)
              for d in day_list]
    grouped: dict[tuple[str, date], list[_Decision]] = {}
    for d in _decisions(session, since, reviewer):
        i = bisect.bisect_right(starts, d.at) - 1
        day = day_list[i] if 0 <= i < days else _local_day(d.at, tz)
        grouped.setdefault((d.reviewer, day), []).append(d)
    rows = []
    for (name, day), items in grouped.items():
        rows.append(ReviewerDay(
            reviewer=name, day=day, decisions=len(_acts([d.at for d in items])), hits=len(items),
            confirmed=sum(d.status == "confirmed" for d in items),
            dismissed=sum(d.status == "dismissed" for d in items),
            median_seconds=_median_gap([d.at for d in items]),
            overturned=sum(d.overturned for d in items)))
    return sorted(rows, key=lambda r: (-r.day.toordinal(), r.reviewer))


def review_agreement(session: Session, since: datetime) -> dict[str, review_flow.Agreement]:
    """Agreement of each reviewer's decisions with 二审 and QA (crud.review_flow's tasks)."""
    return review_flow.agreement_by_reviewer(session, since)


def reviewer_totals(session: Session, tz: ZoneInfo, rows: list[ReviewerDay], days: int = 14,
                    today: date | None = None) -> list[ReviewerTotal]:
    """The period per reviewer: sums of the day rows, the median over all days' decision gaps, and agreement."""
    today = today or datetime.now(tz).date()
    since = datetime.combine(today - timedelta(days=days - 1), datetime.min.time(), tzinfo=tz) \
        .astimezone(timezone.utc).replace(tzinfo=None)
    totals: dict[str, ReviewerTotal] = {}
    medians: dict[str, list[float]] = {}
    for r in rows:
        t = totals.setdefault(r.reviewer, ReviewerTotal(r.reviewer))
        t.decisions += r.decisions
        t.hits += r.hits
        t.confirmed += r.confirmed
        t.overturned += r.overturned
        if r.median_seconds is not None:
            medians.setdefault(r.reviewer, []).append(r.median_seconds)
    for name, agreement in review_agreement(session, since).items():
        if name in totals:
            totals[name].checked, totals[name].agreed = agreement.checked, agreement.agreed
    for name, values in medians.items():
        totals[name].median_seconds = round(statistics.median(values), 1)
    return sorted(totals.values(), key=lambda t: (-t.decisions, t.reviewer))
