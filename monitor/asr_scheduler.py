"""Which utterances go to the ASR processes next, and what came back.

Fair across streams: the oldest waiting utterance goes first, one in flight per stream, and when several
streams are waiting one utterance of each is packed into the same Whisper window (up to `pack_seconds`).
A dead ASR process restarts the pool and every job in flight goes back to the front of its queue; a job
that fails otherwise is retried once, then counted as silence.
"""
from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from monitor.asr_pool import AsrPool, AsrResult
from monitor.pipeline import Pending, Pipeline

log = logging.getLogger(__name__)

MAX_ASR_ATTEMPTS = 2


@dataclass
class InFlight:
    future: Future
    pending: Pending
    pipeline: Pipeline
    attempts: int = 1
    index: int = 0            # this utterance's place in the job (utterances of several streams share one)
    share: float = 1.0        # its part of the job's audio, for the ASR time statistics
    dispatched: float = field(default_factory=time.monotonic)


@dataclass
class Transcribed:
    pipeline: Pipeline
    pending: Pending
    segments: list            # transcription.types.TranscriptSegment
    asr_seconds: float
    waited: float             # seconds between queued and dispatched


class AsrScheduler:
    def __init__(self, pool: Callable[[], AsrPool], pack_seconds: float, wake: threading.Event) -> None:
        self._pool = pool              # lazily built: the models load before the first stream is taken
        self.pack_seconds = pack_seconds
        self.wake = wake
        self.in_flight: dict[int, InFlight] = {}

    @property
    def pool(self) -> AsrPool:
        return self._pool()

    def busy(self, stream_id: int) -> bool:
        return stream_id in self.in_flight

    def dispatch(self, pipelines: Iterable[Pipeline], hotwords: str | None) -> None:
        """Fill free ASR processes."""
        pipelines = [p for p in pipelines if not p.lost]
        busy = {id(job.future) for job in self.in_flight.values()}
        free = self.pool.size - len(busy)
        while free > 0:
            waiting = [(age, p) for p in pipelines
                       if p.stream_id not in self.in_flight and (age := p.head_age()) is not None]
            if not waiting:
                return
            waiting.sort(key=lambda item: item[0])
            # Spread the streams over the processes: packing all waiting streams into one job would leave
            # the other process with stragglers and split the streams into a fast and a slow group.
            waiting = waiting[:max(1, math.ceil(len(pipelines) / self.pool.size))]
            batch: list[tuple[Pipeline, Pending]] = []
            seconds = 0.0
            for _age, pipeline in waiting:
                pending = pipeline.pop()
                if pending is None:
                    continue
                length = pending.utterance.end - pending.utterance.start
                if batch and seconds + length > self.pack_seconds:
                    pipeline.push_front(pending)
                    break
                batch.append((pipeline, pending))
                seconds += length
            if not batch:
                return
            self._submit(batch, hotwords)
            free -= 1

    def _submit(self, batch: list[tuple[Pipeline, Pending]], hotwords: str | None, attempts: int = 1) -> None:
        items = [(p.utterance.samples, p.utterance.start, p.utterance.end) for _, p in batch]
        future = self.pool.submit(items, hotwords)
        future.add_done_callback(lambda _f: self.wake.set())
        total = sum(end - start for _, start, end in items) or 1.0
        for index, (pipeline, pending) in enumerate(batch):
            pipeline.in_flight = True
            share = (pending.utterance.end - pending.utterance.start) / total
            self.in_flight[pipeline.stream_id] = InFlight(future, pending, pipeline, attempts, index=index,
                                                          share=share)

    def collect(self, hotwords: str | None) -> list[Transcribed]:
        """Finished jobs, per utterance (lost pipelines' results are dropped)."""
        done: list[Transcribed] = []
        for stream_id, job in list(self.in_flight.items()):
            if stream_id not in self.in_flight or not job.future.done():
                continue
            del self.in_flight[stream_id]
            job.pipeline.in_flight = False
            try:
                result: AsrResult = job.future.result()
            except BrokenProcessPool:
                log.error("ASR process died; restarting the pool")
                self.pool.restart()
                self.requeue_all(job)
                return done
            except Exception:  # noqa: BLE001
                log.exception("transcription failed", extra={"stream": job.pipeline.name})
                if job.attempts < MAX_ASR_ATTEMPTS and not job.pipeline.lost:
                    self._submit([(job.pipeline, job.pending)], hotwords, job.attempts + 1)
                    continue
                result = AsrResult(segments=[[]] * (job.index + 1), seconds=0.0)
            if not job.pipeline.lost:
                done.append(Transcribed(job.pipeline, job.pending, result.segments[job.index],
                                        result.seconds * job.share, job.dispatched - job.pending.enqueued))
        return done

    def requeue_all(self, failed: InFlight | None = None) -> None:
        jobs = ([failed] if failed else []) + list(self.in_flight.values())
        self.in_flight.clear()
        for job in jobs:
            job.pipeline.in_flight = False
            job.pipeline.push_front(job.pending)
