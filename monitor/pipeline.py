"""One stream's ingestion thread: audio source → VAD segmenter → this stream's utterance queue.

The worker's main loop drains the queues into the shared ASR pool. A file stream taken over from a dead
worker is decoded from the start (the VAD needs its history; the cuts are deterministic) but utterances that
end before the stored checkpoint skip the ASR, so the takeover neither loses nor repeats work; a `--realtime`
file goes through that part at full speed and is paced from its checkpoint on, as if it had never stopped.

Outages are counted from the last audio: across a takeover that is the previous holder's last audio
(`Stream.last_audio_at`, written with every lease renewal), not the moment of the new claim. A live source
off air longer than `offline_after` seconds is shown `offline` (the source keeps retrying with backoff).
"""
from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np
from sqlalchemy.orm import Session, sessionmaker

from monitor import leases
from monitor.leases import Claim
from monitor.models import utcnow
from monitor.stages import StageTimes
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
    second_chance: bool = False      # a packed window skipped it once: decoded again (monitor.asr_scheduler)


class Pipeline:
    def __init__(self, claim: Claim, *, factory: sessionmaker[Session], worker_id: str, stall_timeout: float,
                 wake: threading.Event, offline_after: float = 300.0, stages: StageTimes | None = None) -> None:
        from transcription.clips import AudioRing

        self.claim = claim
        self.factory = factory
        self.worker_id = worker_id
        self.stall_timeout = stall_timeout
        self.offline_after = offline_after
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
        self.last_audio_at: datetime | None = None     # wall time of the newest block, for the lease renewal
        self.received_end: float | None = None         # media time of the newest block's end, for the lag
        self.stages = stages or StageTimes()
        # A realtime file taken over mid-way is paced from its checkpoint, not re-read at 1x from the start.
        self.pace_from = claim.checkpoint if self.is_file and claim.realtime and claim.checkpoint > 0 else None
        self._pace_origin = 0.0
        # A stream that was live under a dead worker was unwatched since its last audio: that is an outage.
        unwatched = claim.takeover and claim.state in ("live", "stalled", "connecting", "offline")
        self._outage_since: datetime | None = (claim.last_audio_at or utcnow()) if unwatched else None
        self._outage_unrecorded = unwatched and claim.state == "live"
        # Off air (connecting/stalled) since when; a live source this long off air is offline.
        self._off_air_since: datetime | None = None if self.is_file else utcnow()
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

    def push_front(self, pending: Pending) -> None:
        with self.queue_lock:
            self.queue.appendleft(pending)

    def queued(self) -> int:
        with self.queue_lock:
            return len(self.queue)

    def queued_ends(self) -> list[float]:
        with self.queue_lock:
            return [pending.utterance.end for pending in self.queue]

    def media_now(self) -> float | None:
        """Where the stream's real-time clock is now, in media seconds; None for a file read at full speed."""
        if self.wall_origin is None:
            return None
        return (utcnow() - self.wall_origin).total_seconds()

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
            paced = self.claim.realtime and self.pace_from is None
            for block in self._timed(open_audio(self.claim.url, realtime=paced, stall_timeout=self.stall_timeout,
                                                on_state=self._on_state, stop=self.stop,
                                                resolve=resolver_for(self.claim.url))):
                if self.offset:
                    block = AudioBlock(samples=block.samples, start=block.start + self.offset)
                self.last_audio_at = utcnow()
                if self.pace_from is not None and block.end > self.pace_from:
                    self._pace(block.end)
                    if self.stop.is_set():
                        break
                elif self.pace_from is None and self.wall_origin is None \
                        and (self.claim.realtime or not self.is_file):
                    # A block is complete when its last sample has been spoken: anchor on its end.
                    self.wall_origin = utcnow() - timedelta(seconds=block.end)
                with self.ring_lock:
                    self.ring.append(block)
                began = time.thread_time()
                utterances = segmenter.feed(block)
                self.stages.add("vad", time.thread_time() - began)
                self.received_end = block.end
                for utterance in utterances:
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

    def _timed(self, blocks: Iterator[AudioBlock]) -> Iterator[AudioBlock]:
        """The source's blocks, counting this thread's CPU time in it (a realtime source mostly waits)."""
        try:
            while True:
                began = time.thread_time()
                block = next(blocks, None)
                if block is None:
                    return
                self.stages.add("decode", time.thread_time() - began)
                yield block
        finally:
            blocks.close()      # stopping early kills ffmpeg now, as the source's own finally intends

    def _pace(self, media_end: float) -> None:
        """Hold a resumed realtime file to the wall clock from its checkpoint on."""
        if self.wall_origin is None:
            self.wall_origin = utcnow() - timedelta(seconds=media_end)
            self._pace_origin = time.monotonic() - media_end
        self.stop.wait(max(0.0, self._pace_origin + media_end - time.monotonic()))

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
        outage_start = self._outage_unrecorded
        self._outage_unrecorded = False
        outage_end = None
        now = utcnow()
        if value in ("stalled", "connecting"):
            if self.state == "live":
                outage_start = True
                self._outage_since = self._outage_since or (self.last_audio_at or now)
            if not self.is_file:
                self._off_air_since = self._off_air_since or now
            if self.state == "offline" or (self._off_air_since and self._off_air_for(now) >= self.offline_after):
                value, reason = "offline", self._offline_reason(now, reason)
        if value == "live":
            self._off_air_since = None
            if self._outage_since is not None:
                outage_end = (now - self._outage_since).total_seconds()
                self._outage_since = None
        if value == self.state == "offline":
            return      # every retry while offline is not news
        self._write_state(value, reason, outage_start, outage_end)

    def check_offline(self) -> None:
        """Called by the worker loop: a source that stays off air says so even between its retries."""
        now = utcnow()
        if self.is_file or self.state == "offline" or self.state == "live" or self.done.is_set():
            return
        if self._off_air_since is not None and self._off_air_for(now) >= self.offline_after:
            self._write_state("offline", self._offline_reason(now, None), False, None)

    def _off_air_for(self, now: datetime) -> float:
        return (now - self._off_air_since).total_seconds() if self._off_air_since else 0.0

    def _offline_reason(self, now: datetime, reason: str | None) -> str:
        since = f"off air for {self._off_air_for(now):.0f} s; retrying with backoff"
        return f"{since} ({reason})" if reason else since

    def _write_state(self, value: str, reason: str | None, outage_start: bool, outage_end: float | None) -> None:
        self.state = value
        log.info("stream state", extra={"stream": self.name, "state": value, "reason": reason})
        try:
            if not leases.set_state(self.factory, self.worker_id, self.stream_id, value, reason,
                                    outage_start=outage_start, outage_end_seconds=outage_end):
                self.lost = True
                self.stop.set()
        except Exception:  # noqa: BLE001 - a DB hiccup must not kill the source thread
            log.exception("state not written", extra={"stream": self.name})
