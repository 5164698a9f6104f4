"""Dashboard figures and per-rule review outcomes."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.models import HIT_STATUSES, Hit, utcnow
from review_ui.crud.hits import local_day_bounds


@dataclass
class DayRow:
    day: date
    by_category: dict[str, int]
    total: int


@dataclass
class Dashboard:
    days: list[DayRow]
    categories: list[str]
    max_day_total: int
    confirmed: int
    dismissed: int
    confirm_rate: float | None
    pending: int
    oldest_pending_seconds: float | None
    median_pending_seconds: float | None
    pending_by_age: dict[str, int] = field(default_factory=dict)


@dataclass
class RuleRate:
    rule_id: str
    confirmed: int = 0
    dismissed: int = 0
    pending: int = 0
    dismiss_reasons: dict[str, int] = field(default_factory=dict)

    @property
    def decided(self) -> int:
        return self.confirmed + self.dismissed

    @property
    def confirm_rate(self) -> float | None:
        return self.confirmed / self.decided if self.decided else None


def _in_status():
    # Listing every status lets SQLite use the (status, created_at) index for a pure time range.
    return Hit.status.in_(HIT_STATUSES)


def dashboard(session: Session, tz: ZoneInfo, days: int = 14, today: date | None = None) -> Dashboard:
    now = utcnow()
    today = today or datetime.now(tz).date()
    rows: list[DayRow] = []
    seen: set[str] = set()
    for back in range(days - 1, -1, -1):
        day = today - timedelta(days=back)
        start, end = local_day_bounds(day, tz)
        counts = dict(session.execute(
            select(Hit.category, func.count(Hit.id))
            .where(_in_status(), Hit.created_at >= start, Hit.created_at < end).group_by(Hit.category)).all())
        seen.update(counts)
        rows.append(DayRow(day, counts, sum(counts.values())))
    period_start = local_day_bounds(today - timedelta(days=days - 1), tz)[0]
    decided = dict(session.execute(
        select(Hit.status, func.count(Hit.id))
        .where(Hit.status.in_(("confirmed", "dismissed")), Hit.created_at >= period_start)
        .group_by(Hit.status)).all())
    confirmed, dismissed = decided.get("confirmed", 0), decided.get("dismissed", 0)
    pending = session.scalar(select(func.count(Hit.id)).where(Hit.status == "pending")) or 0
    oldest = session.scalar(select(func.min(Hit.created_at)).where(Hit.status == "pending"))
    median = None
    if pending:
        median_at = session.scalar(select(Hit.created_at).where(Hit.status == "pending")
                                   .order_by(Hit.created_at).offset(pending // 2).limit(1))
        median = (now - median_at).total_seconds() if median_at else None
    buckets = {"lt_1h": timedelta(hours=1), "lt_1d": timedelta(days=1), "lt_7d": timedelta(days=7)}
    by_age: dict[str, int] = {}
    previous = 0
    for key, span in buckets.items():
        n = session.scalar(select(func.count(Hit.id)).where(Hit.status == "pending",
                                                           Hit.created_at >= now - span)) or 0
        by_age[key] = n - previous
        previous = n
    by_age["older"] = pending - previous
    return Dashboard(
        days=rows, categories=sorted(seen), max_day_total=max((r.total for r in rows), default=0),
        confirmed=confirmed, dismissed=dismissed,
        confirm_rate=confirmed / (confirmed + dismissed) if confirmed + dismissed else None,
        pending=pending, oldest_pending_seconds=(now - oldest).total_seconds() if oldest else None,
        median_pending_seconds=median, pending_by_age=by_age)


def rule_rates(session: Session, rule_ids: list[str] | None = None) -> dict[str, RuleRate]:
    """Past review outcomes per rule, so editors see which rules cause false alarms."""
    stmt = select(Hit.rule_id, Hit.status, func.count(Hit.id)).group_by(Hit.rule_id, Hit.status)
    if rule_ids is not None:
        stmt = stmt.where(Hit.rule_id.in_(rule_ids))
    out: dict[str, RuleRate] = {}
    for rule_id, status, n in session.execute(stmt):
        rate = out.setdefault(rule_id, RuleRate(rule_id))
        if status in HIT_STATUSES:
            setattr(rate, status, n)
    reasons = select(Hit.rule_id, Hit.reason, func.count(Hit.id)).where(Hit.status == "dismissed")
    if rule_ids is not None:
        reasons = reasons.where(Hit.rule_id.in_(rule_ids))
    for rule_id, reason, n in session.execute(reasons.group_by(Hit.rule_id, Hit.reason)):
        out.setdefault(rule_id, RuleRate(rule_id)).dismiss_reasons[reason or "other"] = n
    return out


def matched_phrase_rates(session: Session, rule_id: str, limit: int = 20) -> list[tuple[str, int, int]]:
    """(matched text, confirmed, dismissed) for one rule: which wording of it reviewers reject."""
    rows = session.execute(select(Hit.matched, Hit.status, func.count(Hit.id))
                           .where(Hit.rule_id == rule_id, Hit.status.in_(("confirmed", "dismissed")))
                           .group_by(Hit.matched, Hit.status)).all()
    agg: dict[str, list[int]] = {}
    for matched, status, n in rows:
        agg.setdefault(matched, [0, 0])[0 if status == "confirmed" else 1] += n
    ranked = sorted(agg.items(), key=lambda kv: (-kv[1][1], -kv[1][0]))[:limit]
    return [(m, c, d) for m, (c, d) in ranked]
