"""Dashboard figures (tiles, the charts' series) and per-rule review outcomes."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.models import HIT_STATUSES, REVIEW_STATUSES, Hit, Stream, utcnow
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
    # Listing every status lets SQLite use the (status, created_at) index for a pure time range. A hit
    # waiting for 二审/QA/终审 is still a hit of its hour.
    return Hit.status.in_(HIT_STATUSES + REVIEW_STATUSES)


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


@dataclass
class Charts:
    """What the dashboard draws (static/dashboard.js): plain lists the template hands over as JSON."""
    hours: list[str]                              # local "MM-DD HH:00" labels, oldest first
    hourly: dict[str, list[int]]                  # category -> hits per hour
    days: list[str]                               # local "MM-DD" labels
    daily: dict[str, list[int]]                   # category -> hits per day
    by_stream: list[tuple[str, int]]              # most hits first
    by_shop: list[tuple[str, int]]
    rule_days: list[str]
    rule_rates: dict[str, list[float | None]]     # rule -> confirm rate of the hits of each day (None: none decided)
    backlog: dict[str, int]                       # pending hits by age bucket


TOP_N = 10
TOP_RULES = 6


def charts(session: Session, tz: ZoneInfo, figures: Dashboard, hours: int = 48, now: datetime | None = None) -> Charts:
    now = now or utcnow()
    # Hours are bucketed here, not in SQL: local-time truncation is spelt differently in SQLite and
    # PostgreSQL, and two days of hits are a few thousand rows at most.
    top = now.replace(minute=0, second=0, microsecond=0)
    first = top - timedelta(hours=hours - 1)
    labels = [_local(first + timedelta(hours=i), tz).strftime("%m-%d %H:00") for i in range(hours)]
    hourly: dict[str, list[int]] = {}
    for created_at, category in session.connection().execute(      # Core rows: thousands of them
            select(Hit.created_at, Hit.category).where(_in_status(), Hit.created_at >= first)):
        i = int((created_at - first).total_seconds() // 3600)
        if 0 <= i < hours:
            hourly.setdefault(category, [0] * hours)[i] += 1
    period_start = local_day_bounds(figures.days[0].day, tz)[0] if figures.days else first
    per_stream = session.execute(
        select(Stream.name, Stream.shop, func.count(Hit.id)).join(Stream, Stream.id == Hit.stream_id)
        .where(_in_status(), Hit.created_at >= period_start).group_by(Stream.name, Stream.shop)).all()
    shops: dict[str, int] = {}
    for _name, shop, n in per_stream:
        shops[shop or ""] = shops.get(shop or "", 0) + n
    return Charts(
        hours=labels, hourly=hourly,
        days=[r.day.strftime("%m-%d") for r in figures.days],
        daily={c: [r.by_category.get(c, 0) for r in figures.days] for c in figures.categories},
        by_stream=sorted(((name, n) for name, _shop, n in per_stream), key=lambda kv: -kv[1])[:TOP_N],
        by_shop=sorted(shops.items(), key=lambda kv: -kv[1])[:TOP_N],
        rule_days=[r.day.strftime("%m-%d") for r in figures.days],
        rule_rates=_rule_rates_by_day(session, tz, [r.day for r in figures.days]),
        backlog=dict(figures.pending_by_age))


def _local(value: datetime, tz: ZoneInfo) -> datetime:
    return value.replace(tzinfo=timezone.utc).astimezone(tz)


def _rule_rates_by_day(session: Session, tz: ZoneInfo, days: list[date]) -> dict[str, list[float | None]]:
    """Confirm rate per rule for the hits of each day (by when the hit was made, so a day's rate settles as
    its hits are decided), for the rules with the most decisions in the period."""
    per_day: list[dict[str, list[int]]] = []
    totals: dict[str, int] = {}
    for day in days:
        start, end = local_day_bounds(day, tz)
        counts: dict[str, list[int]] = {}
        for rule_id, status, n in session.execute(
                select(Hit.rule_id, Hit.status, func.count(Hit.id))
                .where(Hit.status.in_(("confirmed", "dismissed")), Hit.created_at >= start, Hit.created_at < end)
                .group_by(Hit.rule_id, Hit.status)):
            counts.setdefault(rule_id, [0, 0])[0 if status == "confirmed" else 1] += n
            totals[rule_id] = totals.get(rule_id, 0) + n
        per_day.append(counts)
    top = sorted(totals, key=lambda r: (-totals[r], r))[:TOP_RULES]
    out: dict[str, list[float | None]] = {}
    for rule_id in top:
        series = []
        for counts in per_day:
            c, d = counts.get(rule_id, (0, 0))
            series.append(round(c / (c + d), 3) if c + d else None)
        out[rule_id] = series
    return out


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
