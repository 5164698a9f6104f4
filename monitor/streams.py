"""Registered streams: add, list, enable/disable, remove. The one owner of these operations: the CLI and the
review UI both call them. They flush; the caller (CLI command, UI request) commits.

Errors carry a `key` and values (`streams.error.<key>` in review_ui/i18n) so the UI can say them in Chinese.
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from monitor import audit
from monitor.models import Hit, Segment, Stream, utcnow

NAME_MAX = 200


class StreamError(ValueError):
    def __init__(self, message: str, key: str = "invalid", **values: object) -> None:
        super().__init__(message)
        self.key = key
        self.values = values


def is_file_url(url: str) -> bool:
    return "://" not in url or url.startswith("file://")


def file_path(url: str) -> str:
    return url[len("file://"):] if url.startswith("file://") else url


def get_stream(session: Session, name: str | int) -> Stream:
    """By name (CLI) or by id (UI)."""
    if isinstance(name, int):
        stream = session.get(Stream, name) if 0 < name < 2**31 else None   # out of the column's range: none
    else:
        stream = session.scalar(select(Stream).where(Stream.name == name))
    if stream is None:
        raise StreamError(f"no stream named {name!r}", "not_found", name=name)
    return stream


def list_streams(session: Session) -> list[Stream]:
    return list(session.scalars(select(Stream).order_by(Stream.name)))


def add_stream(session: Session, name: str, url: str, *, realtime: bool = False, shop: str = "",
               platform: str = "", actor: str = "cli") -> Stream:
    name, shop, platform = name.strip(), shop.strip()[:200], platform.strip()[:50]
    if not name or len(name) > NAME_MAX or any(c in name for c in "\n\r\t"):
        raise StreamError(f"stream name must be 1-{NAME_MAX} printable characters", "name", max=NAME_MAX)
    url = url.strip()
    if not url:
        raise StreamError("stream URL or file is empty", "url_empty")
    if is_file_url(url):
        path = Path(file_path(url)).expanduser()
        if not path.is_file():
            raise StreamError(f"no such file: {path}", "no_file", path=str(path))
        if not os.access(path, os.R_OK):
            raise StreamError(f"file is not readable: {path}", "unreadable", path=str(path))
        url = str(path.resolve())
    if session.scalar(select(Stream.id).where(Stream.name == name)) is not None:
        raise StreamError(f"a stream named {name!r} already exists", "exists", name=name)
    stream = Stream(name=name, url=url, realtime=realtime, shop=shop, platform=platform,
                    enabled=True, state="idle", state_changed_at=utcnow())
    session.add(stream)
    session.flush()
    audit.record(session, actor, "stream.add", "stream", stream.id, name=name, url=url, realtime=realtime)
    return stream


def set_enabled(session: Session, name: str | int, enabled: bool, *, actor: str = "cli") -> Stream:
    stream = get_stream(session, name)
    stream.enabled = enabled
    if enabled and stream.state in ("ended", "failed"):
        # Re-enabling a finished stream means "watch it again"; hits are idempotent, so a re-scan adds no
        # duplicates. A file is read again from its start; a live URL's media clock carries on.
        stream.state = "idle"
        stream.last_error = None
        if is_file_url(stream.url):
            stream.checkpoint = 0.0
        stream.state_changed_at = utcnow()
    session.flush()
    audit.record(session, actor, "stream.enable" if enabled else "stream.disable", "stream", stream.id,
                 name=stream.name)
    return stream


def remove_stream(session: Session, name: str, *, actor: str = "cli") -> None:
    stream = get_stream(session, name)
    confirmed = session.scalar(select(func.count()).select_from(Hit)
                               .where(Hit.stream_id == stream.id, Hit.status == "confirmed"))
    if confirmed:
        raise StreamError(f"stream {name!r} has {confirmed} confirmed hit(s) kept as evidence; disable it instead",
                          "has_evidence", name=name, count=confirmed)
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
        "last_audio_at": _iso(stream.last_audio_at),
    }


def _iso(value) -> str | None:  # noqa: ANN001
    return value.isoformat() + "Z" if value else None
