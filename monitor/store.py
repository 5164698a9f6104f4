"""Storing one transcribed utterance: segment rows, hit rows, evidence clips, outbox messages, checkpoint.

All in one transaction, fenced on the stream's lease, and idempotent: the same utterance stored twice
(a replay after a crash, a takeover, a re-scan of an ended file) adds nothing. A hit's key is
monitor.hit_keys.hit_key (rule, normalised phrase, start rounded to 1 s), enforced by a unique index, and
the keys either side are checked too, because Whisper's times move by a few hundredths between scans;
a segment is skipped when one already starts within SEGMENT_TOLERANCE of it.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from monitor.hit_keys import TOLERANCE, hit_key, neighbour_keys
from monitor.models import SEVERITY_RANK, Hit, OutboxMessage, Segment, Stream, utcnow

log = logging.getLogger(__name__)

CLIP_BEFORE = 3.0     # seconds of evidence before the phrase
CLIP_AFTER = 2.0
SEGMENT_TOLERANCE = 0.5    # seconds: a re-transcribed utterance starting this close is the same segment


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


@dataclass
class ClipResult:
    """What a clip writer made. `ok` False (no audio, disk full, truncated file: the clip verifier says so)
    stores the hit with `clip_missing` set and no hash: evidence that is not whole is never hashed as whole."""
    ok: bool
    path: str | None = None          # relative to settings.clips_path
    sha256: str | None = None
    offset: float = 0.0              # seconds into the clip where the phrase starts
    size: int = 0
    error: str | None = None


# A clip writer gets (hit, path-without-suffix) and returns a ClipResult (or, as before, a
# (relative path, sha256, offset) tuple, or None when there is no audio for it).
ClipWriter = Callable[[object, Path], "ClipResult | tuple[str, str, float] | None"]


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
        segment_id = None if _segment_exists(session, req.stream_id, seg.start) else insert_ignore(session, Segment, {
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


def _segment_exists(session: Session, stream_id: int, start: float) -> bool:
    return session.scalar(select(Segment.id).where(
        Segment.stream_id == stream_id, Segment.start >= start - SEGMENT_TOLERANCE,
        Segment.start <= start + SEGMENT_TOLERANCE).limit(1)) is not None


def _hit_exists(session: Session, stream_id: int, hit) -> bool:  # noqa: ANN001
    """A stored hit with this key, or under a neighbouring key within TOLERANCE of this one."""
    own = hit_key(hit.rule_id, hit.matched, hit.start)
    keys = [own, *neighbour_keys(hit.rule_id, hit.matched, hit.start)]
    rows = session.execute(select(Hit.idem_key, Hit.start).where(
        Hit.stream_id == stream_id, Hit.idem_key.in_(keys))).all()
    return any(key == own or abs(start - hit.start) <= TOLERANCE for key, start in rows)


def _write_clip(req: StoreRequest, hit, start_ms: int,  # noqa: ANN001
                write_clip: ClipWriter | None) -> ClipResult | None:
    if write_clip is None:
        return None
    try:
        written = write_clip(hit, clip_stem(req.stream_id, start_ms, hit.rule_id))
    except Exception as exc:  # noqa: BLE001 - a clip failure must not lose the hit
        log.exception("clip not written", extra={"stream": req.stream_name, "rule_id": hit.rule_id})
        return ClipResult(ok=False, error=f"{type(exc).__name__}: {exc}")
    if written is None:
        return ClipResult(ok=False, error="no audio for the clip")
    if isinstance(written, tuple):
        path, sha256, offset = written
        return ClipResult(ok=True, path=path, sha256=sha256, offset=offset)
    if not written.ok:
        log.error("clip not written", extra={"stream": req.stream_name, "rule_id": hit.rule_id,
                                             "error": written.error})
    return written


def _store_hit(session: Session, req: StoreRequest, seg: SegmentResult, hit, previous_text: str,  # noqa: ANN001
               now: datetime, write_clip: ClipWriter | None) -> int | None:
    if _hit_exists(session, req.stream_id, hit):
        return None                # the same finding, stored by an earlier scan: no clip, no copy
    start_ms = round(hit.start * 1000)
    clip = _write_clip(req, hit, start_ms, write_clip)
    whole = clip is not None and clip.ok
    clip_path = clip.path if whole else None
    clip_sha = clip.sha256 if whole else None
    clip_offset = clip.offset if whole else 0.0
    categories = list(getattr(hit, "categories", ()) or (hit.category,))
    bases = list(getattr(hit, "bases", ()) or (hit.basis,))
    slots = [{"slot": name, "text": text} for name, text in (getattr(hit, "slots", ()) or ())]
    spoken_at = req.wall_origin + timedelta(seconds=hit.start) if req.wall_origin else None
    context = f"{previous_text}{seg.text}" if previous_text else seg.text
    values = {
        "stream_id": req.stream_id, "rule_id": hit.rule_id, "rule_version": req.rule_version,
        "category": hit.category, "severity": hit.severity, "severity_rank": SEVERITY_RANK.get(hit.severity, 1),
        "basis": hit.basis, "matched": hit.matched, "how": hit.how, "score": float(hit.score),
        "segment_text": seg.text, "context": context, "start_ms": start_ms, "start": float(hit.start),
        "end": float(hit.end), "spoken_at": spoken_at, "created_at": now, "clip_path": clip_path,
        "clip_sha256": clip_sha, "clip_offset": clip_offset, "status": "pending",
        "idem_key": hit_key(hit.rule_id, hit.matched, hit.start), "categories": categories, "bases": bases,
        "slots": slots, "clip_missing": clip is not None and not clip.ok,
        "utterance_ms": round(seg.start * 1000),        # groups the utterance's hits in the queue
    }
    hit_id = insert_ignore(session, Hit, values, ["stream_id", "idem_key"])
    if hit_id is not None and hit.severity == "high":
        payload = notification_payload(hit_id, req.stream_name, values)
        for url in req.webhook_urls:
            session.add(OutboxMessage(hit_id=hit_id, url=url, payload=payload, next_attempt_at=now))
    return hit_id


def notification_payload(hit_id: int, stream_name: str, values: dict) -> dict:
    keys = ("rule_id", "rule_version", "category", "severity", "basis", "matched", "segment_text", "start", "end",
            "categories", "bases", "slots", "clip_missing")
    payload = {k: values[k] for k in keys}
    payload.update(hit_id=hit_id, stream=stream_name, clip_sha256=values.get("clip_sha256"),
                   spoken_at=values["spoken_at"].isoformat() + "Z" if values.get("spoken_at") else None,
                   detected_at=values["created_at"].isoformat() + "Z")
    return payload
