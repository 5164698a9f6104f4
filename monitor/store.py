"""Storing one transcribed utterance: segment rows, hit rows, evidence clips, outbox messages, checkpoint.

All in one transaction, fenced on the stream's lease, and idempotent: the same utterance stored twice
(a replay after a crash or a takeover) adds nothing, because segments and hits are insert-or-ignore on
their natural keys.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.orm import Session

from monitor.models import SEVERITY_RANK, Hit, OutboxMessage, Segment, Stream, utcnow

log = logging.getLogger(__name__)

CLIP_BEFORE = 3.0     # seconds of evidence before the phrase
CLIP_AFTER = 2.0


@dataclass
class SegmentResult:
    """A transcript segment and the hits the matcher found in it."""
    start: float
    end: float
    text: str
    avg_logprob: float = 0.0
    hits: list = field(default_factory=list)          # monitor.scan.ScanHit
    words: list | None = None                         # [[start, end, text], …]


@dataclass
class StoreRequest:
    stream_id: int
    stream_name: str
    worker_id: str
    rule_version: int
    checkpoint: float                                  # media second up to which everything is now stored
    segments: list[SegmentResult]
    previous_text: str = ""                            # the utterance before, for the hit's context
    wall_origin: datetime | None = None                # wall-clock time of media second 0 (live/realtime)
    webhook_urls: list[str] = field(default_factory=list)


@dataclass
class StoreOutcome:
    stored: bool              # False: we lost the lease, nothing was written
    segments: int = 0
    hits: int = 0             # newly inserted (replays count 0)
    hit_ids: list[int] = field(default_factory=list)


# A clip writer gets (hit, path-without-suffix) and returns (relative path, sha256, offset of the phrase) or None.
ClipWriter = Callable[[object, Path], "tuple[str, str, float] | None"]


def insert_ignore(session: Session, model: type, values: dict, keys: list[str]) -> int | None:
    """INSERT … ON CONFLICT DO NOTHING RETURNING id on both dialects; the new id, or None for a duplicate."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(model).values(**values).on_conflict_do_nothing(index_elements=keys).returning(model.id)
    return session.execute(stmt).scalar_one_or_none()


def clip_stem(stream_id: int, start_ms: int, rule_id: str) -> Path:
    safe_rule = re.sub(r"[^A-Za-z0-9_.-]", "_", rule_id)
    return Path(str(stream_id)) / f"{start_ms:010d}_{safe_rule}"


def store_utterance(session: Session, req: StoreRequest, write_clip: ClipWriter | None = None) -> StoreOutcome:
    """Write one utterance's results in `session` (the caller commits). Clips are written before the commit."""
    now = utcnow()
    fenced = session.execute(
        update(Stream).where(Stream.id == req.stream_id, Stream.lease_owner == req.worker_id)
        .values(checkpoint=req.checkpoint, last_segment_at=now)
        .execution_options(synchronize_session=False))
    if fenced.rowcount != 1:
        return StoreOutcome(stored=False)
    outcome = StoreOutcome(stored=True)
    previous_text = req.previous_text
    for seg in req.segments:
        segment_id = insert_ignore(session, Segment, {
            "stream_id": req.stream_id, "start_ms": round(seg.start * 1000), "start": seg.start, "end": seg.end,
            "text": seg.text, "avg_logprob": seg.avg_logprob, "created_at": now, "worker_id": req.worker_id,
            "rule_version": req.rule_version, "words": seg.words,
        }, ["stream_id", "start_ms"])
        outcome.segments += segment_id is not None
        for hit in seg.hits:
            hit_id = _store_hit(session, req, seg, hit, previous_text, now, write_clip)
            if hit_id is not None:
                outcome.hits += 1
                outcome.hit_ids.append(hit_id)
        previous_text = seg.text
    return outcome


def _store_hit(session: Session, req: StoreRequest, seg: SegmentResult, hit, previous_text: str,  # noqa: ANN001
               now: datetime, write_clip: ClipWriter | None) -> int | None:
    start_ms = round(hit.start * 1000)
    clip_path = clip_sha = None
    clip_offset = 0.0
    if write_clip is not None:
        try:
            written = write_clip(hit, clip_stem(req.stream_id, start_ms, hit.rule_id))
        except Exception:  # noqa: BLE001 - a clip failure must not lose the hit
            log.exception("clip not written", extra={"stream": req.stream_name, "rule_id": hit.rule_id})
            written = None
        if written is not None:
            clip_path, clip_sha, clip_offset = written
    spoken_at = req.wall_origin + timedelta(seconds=hit.start) if req.wall_origin else None
    context = f"{previous_text}{seg.text}" if previous_text else seg.text
    values = {
        "stream_id": req.stream_id, "rule_id": hit.rule_id, "rule_version": req.rule_version,
        "category": hit.category, "severity": hit.severity, "severity_rank": SEVERITY_RANK.get(hit.severity, 1),
        "basis": hit.basis, "matched": hit.matched, "how": hit.how, "score": float(hit.score),
        "segment_text": seg.text, "context": context, "start_ms": start_ms, "start": float(hit.start),
        "end": float(hit.end), "spoken_at": spoken_at, "created_at": now, "clip_path": clip_path,
        "clip_sha256": clip_sha, "clip_offset": clip_offset, "status": "pending",
    }
    hit_id = insert_ignore(session, Hit, values, ["stream_id", "start_ms", "rule_id"])
    if hit_id is not None and hit.severity == "high":
        payload = notification_payload(hit_id, req.stream_name, values)
        for url in req.webhook_urls:
            session.add(OutboxMessage(hit_id=hit_id, url=url, payload=payload, next_attempt_at=now))
    return hit_id


def notification_payload(hit_id: int, stream_name: str, values: dict) -> dict:
    keys = ("rule_id", "rule_version", "category", "severity", "basis", "matched", "segment_text", "start", "end")
    payload = {k: values[k] for k in keys}
    payload.update(hit_id=hit_id, stream=stream_name, clip_sha256=values.get("clip_sha256"),
                   spoken_at=values["spoken_at"].isoformat() + "Z" if values.get("spoken_at") else None,
                   detected_at=values["created_at"].isoformat() + "Z")
    return payload
