"""Streams as the UI shows them: live state, last segment, hits today. Adding, enabling and disabling are
monitor.streams' job (the same rules as the CLI); this module only reads."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.models import Hit, Stream, utcnow
from review_ui.crud.shops import ShopRisk, shop_of, shop_risks


@dataclass
class StreamRow:
    stream: Stream
    hits_today: int
    pending: int
    risk: ShopRisk | None
    stale_seconds: float | None     # since the last segment


def list_streams(session: Session, today_start_utc) -> list[StreamRow]:
    streams = list(session.scalars(select(Stream).order_by(Stream.enabled.desc(), Stream.name)))
    today = dict(session.execute(select(Hit.stream_id, func.count(Hit.id))
                                 .where(Hit.created_at >= today_start_utc).group_by(Hit.stream_id)).all())
    pending = dict(session.execute(select(Hit.stream_id, func.count(Hit.id))
                                   .where(Hit.status == "pending").group_by(Hit.stream_id)).all())
    risks = shop_risks(session, sorted({shop_of(s) for s in streams}))
    now = utcnow()
    return [StreamRow(s, today.get(s.id, 0), pending.get(s.id, 0), risks.get(shop_of(s)),
                      (now - s.last_segment_at).total_seconds() if s.last_segment_at else None)
            for s in streams]
