"""Registered streams: add, list, enable/disable, remove (CLI and UI share these)."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from monitor import audit
from monitor.models import Hit, Segment, Stream, utcnow

NAME_MAX = 200


class StreamError(ValueError):
    pass


def is_file_url(url: str) -> bool:
    return "://" not in url or url.startswith("file://")


def file_path(url: str) -> str:
    return url[len("file://"):] if url.startswith("file://") else url


def get_stream(session: Session, name: str) -> Stream:
    stream = session.scalar(select(Stream).where(Stream.name == name))
    if stream is None:
        raise StreamError(f"no stream named {name!r}")
    return stream


def list_streams(session: Session) -> list[Stream]:
    return list(session.scalars(select(Stream).order_by(Stream.name)))


def add_stream(session: Session, name: str, url: str, *, realtime: bool = False, shop: str = "",
               platform: str = "", actor: str = "cli") -> Stream:
    name = name.strip()
    if not name or len(name) > NAME_MAX or any(c in name for c in "\n\r\t"):
        raise StreamError(f"stream name must be 1-{NAME_MAX} printable characters")
    url = url.strip()
    if not url:
        raise StreamError("stream URL or file is empty")
    if is_file_url(url):
        path = Path(file_path(url)).expanduser()
        if not path.is_file():
            raise StreamError(f"no such file: {path}")
        if not os.access(path, os.R_OK):
            raise StreamError(f"file is not readable: {path}")
        url = str(path.resolve())
    if session.scalar(select(Stream.id).where(Stream.name == name)) is not None:
        raise StreamError(f"a stream named {name!r} already exists")
    stream = Stream(name=name, url=url, realtime=realtime, shop=shop, platform=platform,
                    enabled=True, state="idle", state_changed_at=utcnow())
    session.add(stream)
    session.flush()
    audit.record(session, actor, "stream.add", "stream", stream.id, name=name, url=url, realtime=realtime)
    return stream


def set_enabled(session: Session, name: str, enabled: bool, *, actor: str = "cli") -> Stream:
    stream = get_stream(session, name)
    stream.enabled = enabled
    if enabled and stream.state in ("ended", "failed"):
        # Re-enabling a finished stream means "watch it again"; hits are idempotent, so a re-scan adds no duplicates.
        stream.state = "idle"
        stream.last_error = None
        stream.checkpoint = 0.0
        stream.state_changed_at = utcnow()
    audit.record(session, actor, "stream.enable" if enabled else "stream.disable", "stream", stream.id, name=name)
    return stream


def remove_stream(session: Session, name: str, *, actor: str = "cli") -> None:
    stream = get_stream(session, name)
    confirmed = session.scalar(select(func.count()).select_from(Hit)
                               .where(Hit.stream_id == stream.id, Hit.status == "confirmed"))
    if confirmed:
        raise StreamError(f"stream {name!r} has {confirmed} confirmed hit(s) kept as evidence; disable it instead")
    stream_id = stream.id
    session.execute(delete(Hit).where(Hit.stream_id == stream_id))
    session.execute(delete(Segment).where(Segment.stream_id == stream_id))
    session.execute(delete(Stream).where(Stream.id == stream_id))
    session.expunge(stream)
    audit.record(session, actor, "stream.remove", "stream", stream_id, name=name)


def stream_to_json(stream: Stream) -> dict:
    return {
        "name": stream.name, "url": stream.url, "state": stream.state, "last_error": stream.last_error,
        "enabled": stream.enabled, "realtime": stream.realtime, "shop": stream.shop, "platform": stream.platform,
        "lease_owner": stream.lease_owner,
        "lease_expires_at": _iso(stream.lease_expires_at), "state_changed_at": _iso(stream.state_changed_at),
        "last_segment_at": _iso(stream.last_segment_at), "checkpoint": stream.checkpoint,
        "outages": stream.outages, "outage_seconds": round(stream.outage_seconds or 0.0, 1),
    }


def _iso(value) -> str | None:  # noqa: ANN001
    return value.isoformat() + "Z" if value else None
