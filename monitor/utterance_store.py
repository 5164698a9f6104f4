"""Transcribed utterances on their way into the database, kept until they are stored.

Matching happens when the transcript arrives; the evidence audio of every hit is cut from the stream's ring
at that moment too (so a long outage does not outlive the ring). Each stream's results are stored in order
(its checkpoint only moves forward); when the database is away they wait — in memory up to `memory_items`,
then spilled to files in `spool_dir`, up to `max_items` in all (beyond that the oldest is dropped, logged and
counted) — and are stored with their true media times when it answers again.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
from sqlalchemy.orm import Session, sessionmaker

from monitor.db import session_scope
from monitor.store import (
    CLIP_AFTER, CLIP_BEFORE, ClipResult, SegmentResult, StoreOutcome, StoreRequest, store_utterance,
)

log = logging.getLogger(__name__)

RETRY_SECONDS = 1.0          # after a failed store, wait this long before trying the database again


@dataclass
class StoreItem:
    request: StoreRequest
    clips: dict[int, tuple[np.ndarray, float]]      # id(hit) order index → (samples, media start of the clip)
    audio_seconds: float
    asr_seconds: float
    waited: float
    utterance_end: float
    wall_origin: datetime | None = None


@dataclass
class Stored:
    """A stored item, for the worker's statistics and logs."""
    stream_id: int
    stream_name: str
    outcome: StoreOutcome
    item: StoreItem


@dataclass
class _Slot:
    serial: int
    item: StoreItem | None = None
    spilled: Path | None = None


@dataclass
class StoreStats:
    spilled: int = 0
    dropped: int = 0
    failures: int = 0


class UtteranceStore:
    def __init__(self, factory: sessionmaker[Session], worker_id: str, clips_dir: Path, *,
                 spool_dir: Path, memory_items: int = 500, max_items: int = 20000,
                 write_clip: Callable | None = None) -> None:
        self.factory = factory
        self.worker_id = worker_id
        self.clips_dir = clips_dir
        self.spool_dir = spool_dir
        self.memory_items = memory_items
        self.max_items = max_items
        self._write_clip = write_clip
        self.queues: dict[int, deque[_Slot]] = {}
        self.stats = StoreStats()
        self._in_memory = 0
        self._retry_at = 0.0
        self._serial = 0

    # -- in ---------------------------------------------------------------------------------------------
    def add(self, item: StoreItem) -> None:
        if self.total() >= self.max_items:
            self._drop_oldest()
        self._serial += 1
        if self._in_memory >= self.memory_items:
            slot = _Slot(self._serial, spilled=self._spill(item))
        else:
            slot = _Slot(self._serial, item=item)
            self._in_memory += 1
        self.queues.setdefault(item.request.stream_id, deque()).append(slot)

    def waiting(self, stream_id: int | None = None) -> int:
        if stream_id is not None:
            return len(self.queues.get(stream_id, ()))
        return self.total()

    def total(self) -> int:
        return sum(len(q) for q in self.queues.values())

    def discard(self, stream_id: int) -> int:
        """The stream's lease is gone: what we did not store is the new owner's to redo."""
        dropped = 0
        for slot in self.queues.pop(stream_id, deque()):
            self._release(slot)
            dropped += 1
        return dropped

    # -- out --------------------------------------------------------------------------------------------
    def flush(self, *, now: float | None = None) -> tuple[list[Stored], set[int]]:
        """Store what waits, oldest first per stream. Returns (stored, streams whose lease is gone)."""
        now = time.monotonic() if now is None else now
        stored: list[Stored] = []
        lost: set[int] = set()
        if now < self._retry_at:
            return stored, lost
        for stream_id in list(self.queues):
            queue = self.queues[stream_id]
            while queue:
                item = self._load(queue[0])
                try:
                    with session_scope(self.factory) as session:
                        outcome = store_utterance(session, item.request, self._clip_writer(item))
                except Exception as exc:  # noqa: BLE001 - the database is away: keep everything, try later
                    self.stats.failures += 1
                    self._retry_at = now + RETRY_SECONDS
                    log.warning("store failed; kept for later", extra={
                        "stream": item.request.stream_name, "waiting": self.total(),
                        "error": f"{type(exc).__name__}: {exc}"[:300]})
                    return stored, lost
                self._release(queue.popleft())
                if not outcome.stored:
                    lost.add(stream_id)
                    break
                stored.append(Stored(stream_id, item.request.stream_name, outcome, item))
            if stream_id in lost:
                self.discard(stream_id)
            elif not queue:
                del self.queues[stream_id]
        return stored, lost

    # -- evidence ---------------------------------------------------------------------------------------
    def _clip_writer(self, item: StoreItem):  # noqa: ANN202
        # One encode per stretch of audio: a phrase hit by several rules (or by a rule and the classifier)
        # has the same clip for each hit; the later ones get a copy of the first file (each hit keeps a file
        # of its own, so retention may delete one without touching the others).
        made: dict[tuple[float, int], Path] = {}

        def write(hit, stem: Path) -> ClipResult | None:  # noqa: ANN001
            captured = item.clips.get(_hit_index(item.request, hit))
            if captured is None or len(captured[0]) == 0:
                return None
            samples, clip_start = captured
            key = (round(clip_start, 3), len(samples))
            first = made.get(key)
            writer = self._write_clip if first is None else functools.partial(_copy_clip, first, self._write_clip)
            result = write_evidence(self.clips_dir, stem, samples, max(0.0, hit.start - clip_start), writer)
            if result.ok and first is None and result.path:
                made[key] = self.clips_dir / result.path
            return result
        return write

    # -- memory and spool ---------------------------------------------------------------------------------
    def _spill(self, item: StoreItem) -> Path:
        self.spool_dir.mkdir(parents=True, exist_ok=True)
        path = self.spool_dir / f"{item.request.stream_id}-{self._serial:09d}.pickle"
        with open(path, "wb") as fh:
            pickle.dump(item, fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.stats.spilled += 1
        return path

    def _load(self, slot: _Slot) -> StoreItem:
        if slot.item is None:
            with open(slot.spilled, "rb") as fh:
                slot.item = pickle.load(fh)    # our own file, written above  # noqa: S301
            self._in_memory += 1
        return slot.item

    def _release(self, slot: _Slot) -> None:
        if slot.item is not None:
            self._in_memory -= 1
        if slot.spilled is not None:
            slot.spilled.unlink(missing_ok=True)

    def _drop_oldest(self) -> None:
        heads = [(q[0].serial, stream_id) for stream_id, q in self.queues.items() if q]
        if not heads:
            return
        _, stream_id = min(heads)
        self._release(self.queues[stream_id].popleft())
        self.stats.dropped += 1
        log.error("store backlog full: oldest utterance dropped", extra={"stream_id": stream_id,
                                                                        "max_items": self.max_items})


def _hit_index(request: StoreRequest, hit) -> int:  # noqa: ANN001
    n = 0
    for seg in request.segments:
        for candidate in seg.hits:
            if candidate is hit:
                return n
            n += 1
    return -1


def capture_clips(segments: list[SegmentResult], clip: Callable[[float, float], tuple]) -> dict[int, tuple]:
    """The evidence audio of every hit, cut now from the stream's ring: `clip(start, end)` → (samples, start)."""
    captured: dict[int, tuple] = {}
    n = 0
    for seg in segments:
        for hit in seg.hits:
            samples, clip_start = clip(max(0.0, hit.start - CLIP_BEFORE), hit.end + CLIP_AFTER)
            if samples is not None and len(samples):
                captured[n] = (np.asarray(samples), clip_start)
            n += 1
    return captured


def _copy_clip(source: Path, writer: Callable | None, samples: np.ndarray, path: Path):  # noqa: ANN202
    """A clip identical to one already written for this utterance: its bytes again under the new name
    (through a temporary name, as every clip), else — the first one gone meanwhile — encoded anew."""
    from transcription.clips import ClipResult as WrittenClip
    from transcription.clips import write_clip

    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.copy.tmp")
    try:
        data = source.read_bytes()
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        return (writer or write_clip)(samples, path)
    return WrittenClip(path, hashlib.sha256(data).hexdigest(), True, size=len(data))


def write_evidence(clips_dir: Path, stem: Path, samples: np.ndarray, offset: float,
                   writer: Callable | None = None) -> ClipResult:
    """Write one clip and say whether it is whole. This is where a failed clip becomes `clip_missing`:
    transcription.clips.write_clip may return a result with `ok`/`size` (verified) or just the sha256."""
    from transcription.clips import CLIP_SUFFIX, write_clip

    writer = writer or write_clip
    relative = stem.with_suffix(CLIP_SUFFIX)
    path = clips_dir / relative
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        written = writer(samples, path)
    except Exception as exc:  # noqa: BLE001 - a clip failure must not lose the hit
        return ClipResult(ok=False, error=f"{type(exc).__name__}: {exc}"[:300])
    ok = getattr(written, "ok", True)
    sha256 = getattr(written, "sha256", written if isinstance(written, str) else None)
    size = path.stat().st_size if path.exists() else 0
    if not ok or size == 0 or not sha256:
        return ClipResult(ok=False, path=str(relative), size=size,
                          error=getattr(written, "error", None) or f"clip empty or unverified ({size} bytes)")
    return ClipResult(ok=True, path=str(relative), sha256=sha256, offset=offset, size=size)
