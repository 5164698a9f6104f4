"""Streams as the UI shows them: live state, last segment, hits today; admins add and disable."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor import audit
from monitor.models import Hit, Stream, utcnow
from review_ui.crud.shops import ShopRisk, shop_of, shop_risks


class StreamError(ValueError):
    pass


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


def add_stream(session: Session, *, name: str, url: str, shop: str, platform: str, realtime: bool,
               actor: str) -> Stream:
    name, url, shop, platform = name.strip(), url.strip(), shop.strip(), platform.strip()
    if not name or len(name) > 200:
        raise StreamError("name must be 1-200 characters")
    if not url:
        raise StreamError("url must not be empty")
    if session.scalar(select(Stream.id).where(Stream.name == name)) is not None:
        raise StreamError(f"a stream named {name!r} already exists")
    stream = Stream(name=name, url=url, shop=shop[:200], platform=platform[:50], realtime=realtime,
                    enabled=True, state="idle")
    session.add(stream)
    session.flush()
    audit.record(session, actor, "stream.add", "stream", stream.id, name=name, url=url, shop=shop)
    session.commit()
    return stream


def set_enabled(session: Session, stream_id: int, enabled: bool, *, actor: str) -> Stream:
    stream = session.get(Stream, stream_id)
    if stream is None:
        raise StreamError(f"no stream with id {stream_id}")
    stream.enabled = enabled
    audit.record(session, actor, "stream.enable" if enabled else "stream.disable", "stream", stream.id,
                 name=stream.name)
    session.commit()
    return stream
