"""Shops/streamers: confirmed-violation history and the risk tier derived from it.

The tier follows the 风险+信用 分级分类 idea regulators use: watch closely whoever keeps breaking the rules,
leave alone whoever has a clean record. Only reviewer-confirmed hits count, never raw machine hits.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from monitor.models import Hit, Stream, utcnow

WINDOW_DAYS = 90
TIER_WATCH = "watch"        # 重点监管
TIER_NORMAL = "normal"      # 一般
TIER_TRUSTED = "trusted"    # 无事不扰
TIERS = (TIER_WATCH, TIER_NORMAL, TIER_TRUSTED)


@dataclass
class ShopRisk:
    shop: str
    confirmed: int = 0           # confirmed violations in the window
    confirmed_high: int = 0      # of which high severity
    last_confirmed_at: datetime | None = None
    streams: int = 0
    tier: str = TIER_TRUSTED


def risk_tier(confirmed: int, confirmed_high: int) -> str:
    """重点监管 after two serious or five confirmed violations in the window; 无事不扰 with none; else 一般."""
    if confirmed_high >= 2 or confirmed >= 5:
        return TIER_WATCH
    if confirmed == 0:
        return TIER_TRUSTED
    return TIER_NORMAL


def shop_risks(session: Session, shops: list[str] | None = None, now: datetime | None = None) -> dict[str, ShopRisk]:
    """Risk per shop (all shops, or only those named). Streams without a shop are grouped under their name."""
    since = (now or utcnow()) - timedelta(days=WINDOW_DAYS)
    stream_shop = {sid: (shop or name) for sid, name, shop in session.execute(select(Stream.id, Stream.name, Stream.shop))}
    if shops is not None:
        wanted = set(shops)
        stream_shop = {sid: shop for sid, shop in stream_shop.items() if shop in wanted}
        if not stream_shop:
            return {}
    out: dict[str, ShopRisk] = {}
    for shop in stream_shop.values():
        out.setdefault(shop, ShopRisk(shop=shop)).streams += 1
    # Grouped by stream, not joined: the (status, created_at) index then serves the whole scan.
    stmt = (select(Hit.stream_id, func.count(Hit.id), func.sum(case((Hit.severity_rank >= 3, 1), else_=0)),
                   func.max(Hit.decided_at))
            .where(Hit.status == "confirmed", Hit.created_at >= since).group_by(Hit.stream_id))
    if shops is not None and len(stream_shop) <= 50:
        stmt = stmt.where(Hit.stream_id.in_(list(stream_shop)))
    for stream_id, confirmed, high, last in session.execute(stmt):
        shop = stream_shop.get(stream_id)
        if shop is None:
            continue
        risk = out[shop]
        risk.confirmed += confirmed
        risk.confirmed_high += int(high or 0)
        if last and (risk.last_confirmed_at is None or last > risk.last_confirmed_at):
            risk.last_confirmed_at = last
    for risk in out.values():
        risk.tier = risk_tier(risk.confirmed, risk.confirmed_high)
    return out


class RiskCache:
    """All shops' tiers, recomputed at most once a minute (sooner when a shop it does not know is asked for).

    Tiers summarise 90 days of confirmed violations, so a minute-old answer is as good as a fresh one, and
    the queue and hit pages avoid scanning every confirmed hit on each request.
    """

    def __init__(self, ttl_seconds: float = 60.0) -> None:
        self.ttl = ttl_seconds
        self._lock = threading.Lock()
        self._data: dict[str, ShopRisk] | None = None
        self._at = 0.0

    def get(self, session: Session, shops: list[str] | None = None) -> dict[str, ShopRisk]:
        with self._lock:
            data, fresh = self._data, time.monotonic() - self._at < self.ttl
        if data is None or not fresh or (shops and any(s not in data for s in shops)):
            data = shop_risks(session)
            with self._lock:
                self._data, self._at = data, time.monotonic()
        return data if shops is None else {s: data[s] for s in shops if s in data}

    def invalidate(self) -> None:
        with self._lock:
            self._data = None


def shop_of(stream: Stream) -> str:
    return stream.shop or stream.name


def shop_history(session: Session, shop: str, limit: int = 200) -> list[tuple[Hit, Stream]]:
    shop_key = func.coalesce(func.nullif(Stream.shop, ""), Stream.name)
    rows = session.execute(select(Hit, Stream).join(Stream, Stream.id == Hit.stream_id)
                           .where(shop_key == shop, Hit.status == "confirmed")
                           .order_by(Hit.decided_at.desc(), Hit.id.desc()).limit(limit)).all()
    return [(h, s) for h, s in rows]


def shop_streams(session: Session, shop: str) -> list[Stream]:
    shop_key = func.coalesce(func.nullif(Stream.shop, ""), Stream.name)
    return list(session.scalars(select(Stream).where(shop_key == shop).order_by(Stream.name)))
