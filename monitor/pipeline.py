"""One stream's ingestion thread: audio source → VAD segmenter → this stream's utterance queue.

The worker's main loop drains the queues into the shared ASR pool. A file stream taken over from a dead
worker is read from the start; utterances that end before the stored checkpoint skip the ASR (the VAD cuts
are deterministic), so the takeover neither loses nor repeats work.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np
from sqlalchemy.orm import Session, sessionmaker

from monitor import leases
from monitor.leases import Claim
from monitor.models import utcnow
from monitor.streams import is_file_url
from transcription.types import AudioBlock, StreamState, Utterance

log = logging.getLogger(__name__)

RING_SECONDS = 120.0       # decoded audio kept for evidence clips; covers the ASR backlog with room to spare
MAX_FILE_BACKLOG = 3       # a file read faster than real time waits for the ASR beyond this many utterances
CHECKPOINT_EPSILON = 1e-3


@dataclass
class Pending:
    utterance: Utterance
    enqueued: float = field(default_factory=time.monotonic)


class Pipeline:
    def __init__(self, claim: Claim, *, factory: sessionmaker[Session], worker_id: str, stall_timeout: float,
                 wake: threading.Event) -> None:
        from transcription.clips import AudioRing

        self.claim = claim
        self.factory = factory
        self.worker_id = worker_id
        self.stall_timeout = stall_timeout
        self.wake = wake
        self.is_file = is_file_url(claim.url)
        # A live stream has no replay: its media clock continues after the previous session's checkpoint.
        self.offset = 0.0 if self.is_file else claim.checkpoint
        self.skip_before = claim.checkpoint if self.is_file else 0.0
        self.ring = AudioRing(RING_SECONDS)
        self.ring_lock = threading.Lock()
        self.queue: deque[Pending] = deque()
        self.queue_lock = threading.Lock()
        self.stop = threading.Event()
        self.done = threading.Event()
        self.final_state = "ended"
        self.error: str | None = None
        self.wall_origin: datetime | None = None
        self.previous_text = ""
        self.previous_segment = None           # TranscriptSegment before the next one, for split phrases
        self.in_flight = False
        self.skipped = 0
        self.lost = False
        self.state = claim.state
        # A stream that was live under a dead worker was unwatched until now: that is an outage.
        self._outage_since = time.monotonic() if claim.takeover and claim.state in ("live", "stalled") else None
        self.thread = threading.Thread(target=self._run, daemon=True, name=f"stream-{claim.name}")

    @property
    def stream_id(self) -> int:
        return self.claim.stream_id

    @property
    def name(self) -> str:
        return self.claim.name

    def start(self) -> None:
        self.thread.start()

    # -- queue, read by the worker loop ---------------------------------------------------------------
    def head_age(self) -> float | None:
        with self.queue_lock:
            return self.queue[0].enqueued if self.queue else None

    def pop(self) -> Pending | None:
        with self.queue_lock:
            return self.queue.popleft() if self.queue else None

    def queued(self) -> int:
        with self.queue_lock:
            return len(self.queue)

    def finished(self) -> bool:
        """Source done, everything transcribed and stored."""
        return self.done.is_set() and not self.in_flight and self.queued() == 0

    def clip(self, start: float, end: float) -> tuple[np.ndarray, float]:
        """Decoded audio of [start, end] (clamped to what the ring still holds) and the media time it starts at."""
        with self.ring_lock:
            return self.ring.slice_with_start(start, end)

    # -- the thread --------------------------------------------------------------------------------------
    def _run(self) -> None:
        from transcription.resolve import resolver_for
        from transcription.segmenter import Segmenter
        from transcription.source import SourceError, open_audio

        try:
            segmenter = Segmenter()
            for block in open_audio(self.claim.url, realtime=self.claim.realtime, stall_timeout=self.stall_timeout,
                                    on_state=self._on_state, stop=self.stop,
                                    resolve=resolver_for(self.claim.url)):
                if self.offset:
                    block = AudioBlock(samples=block.samples, start=block.start + self.offset)
                if self.wall_origin is None and (self.claim.realtime or not self.is_file):
                    # A block is complete when its last sample has been spoken: anchor on its end.
                    self.wall_origin = utcnow() - timedelta(seconds=block.end)
                with self.ring_lock:
                    self.ring.append(block)
                for utterance in segmenter.feed(block):
                    self._enqueue(utterance)
                while self.is_file and not self.claim.realtime and self.queued() >= MAX_FILE_BACKLOG \
                        and not self.stop.is_set():
                    self.stop.wait(0.05)
                if self.stop.is_set():
                    break
            if self.stop.is_set():
                self.final_state = "idle"       # stopped, not finished: the next owner carries on
            else:
                for utterance in segmenter.flush():
                    self._enqueue(utterance)
                self.final_state = "ended"
        except SourceError as exc:
            self.final_state, self.error = "failed", str(exc)
        except Exception as exc:  # noqa: BLE001 - one broken stream must not take the worker down
            log.exception("pipeline crashed", extra={"stream": self.name})
            self.final_state, self.error = "failed", f"{type(exc).__name__}: {exc}"
        finally:
            self.done.set()
            self.wake.set()

    def _enqueue(self, utterance: Utterance) -> None:
        if utterance.end <= self.skip_before + CHECKPOINT_EPSILON:
            self.skipped += 1
            return
        with self.queue_lock:
            self.queue.append(Pending(utterance))
        self.wake.set()

    def _on_state(self, state: StreamState, reason: str | None) -> None:
        value = state.value if isinstance(state, StreamState) else str(state)
        if value in ("ended", "failed"):
            return      # written when the queue is drained (ended) or by the error path (failed)
        outage_start = False
        outage_end = None
        if value in ("stalled", "connecting") and self.state == "live":
            outage_start = True
            self._outage_since = self._outage_since or time.monotonic()
        if value == "live" and self._outage_since is not None:
            outage_end = time.monotonic() - self._outage_since
            self._outage_since = None
        self.state = value
        log.info("stream state", extra={"stream": self.name, "state": value, "reason": reason})
        try:
            if not leases.set_state(self.factory, self.worker_id, self.stream_id, value, reason,
                                    outage_start=outage_start, outage_end_seconds=outage_end):
                self.lost = True
                self.stop.set()
        except Exception:  # noqa: BLE001 - a DB hiccup must not kill the source thread
            log.exception("state not written", extra={"stream": self.name})
