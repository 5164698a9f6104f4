"""Which utterances go to the ASR processes next, and what came back.

Fair across streams: the oldest waiting utterance goes first, one job in flight per stream, and when several
streams are waiting one utterance of each is packed into the same Whisper window (up to `pack_seconds`).
A stream that fell behind (one being shed, monitor.load_shedding) also fills the room left in that window with
its next queued utterances, in order, so it catches up in fewer encoder passes (each costs a full 30 s window
however little audio is in it). Streams keeping up get one utterance per job, so their transcript does not
depend on how fast the file was read. A job has one beam size: shed streams share jobs with the cheap beam.
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
    """One stream's part of a job: its utterances, in order, and where they sit in the job."""
    future: Future
    pendings: list[Pending]
    pipeline: Pipeline
    attempts: int = 1
    indices: list[int] = field(default_factory=lambda: [0])   # each utterance's place in the job
    shares: list[float] = field(default_factory=lambda: [1.0])  # its part of the job's audio (ASR time stats)
    beam_size: int | None = None
    dispatched: float = field(default_factory=time.monotonic)

    def ends(self) -> list[float]:
        return [pending.utterance.end for pending in self.pendings]


@dataclass
class Transcribed:
    pipeline: Pipeline
    pending: Pending
    segments: list            # transcription.types.TranscriptSegment
    asr_seconds: float
    waited: float             # seconds between queued and dispatched
    beam_size: int | None = None    # set when load shedding chose the beam
    redecoded: int = 0        # the job's second decodings of a window's tail (counted on its first utterance)


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

    def in_flight_ends(self, stream_id: int) -> list[float]:
        job = self.in_flight.get(stream_id)
        return job.ends() if job else []

    def dispatch(self, pipelines: Iterable[Pipeline], hotwords: str | None,
                 beam_for: Callable[[int], int | None] | None = None,
                 catch_up: Callable[[int], bool] | None = None) -> None:
        """Fill free ASR processes. `beam_for(stream_id)` picks a stream's beam (None = the pool's own);
        `catch_up(stream_id)` says the stream is behind and may send more than one utterance per job."""
        beam_for = beam_for or (lambda _stream_id: None)
        pipelines = [p for p in pipelines if not p.lost]
        busy = {id(job.future) for job in self.in_flight.values()}
        free = self.pool.size - len(busy)
        while free > 0:
            waiting = [(age, p) for p in pipelines
                       if p.stream_id not in self.in_flight and (age := p.head_age()) is not None]
            if not waiting:
                return
            waiting.sort(key=lambda item: item[0])
            beam = beam_for(waiting[0][1].stream_id)
            waiting = [(age, p) for age, p in waiting if beam_for(p.stream_id) == beam]
            # Spread the streams over the processes: packing all waiting streams into one job would leave
            # the other process with stragglers and split the streams into a fast and a slow group.
            waiting = waiting[:max(1, math.ceil(len(pipelines) / self.pool.size))]
            batch = self._fill([p for _age, p in waiting], catch_up)
            if not batch:
                return
            self._submit(batch, hotwords, beam=beam)
            free -= 1

    def _fill(self, streams: list[Pipeline],
              catch_up: Callable[[int], bool] | None = None) -> list[tuple[Pipeline, Pending]]:
        """One utterance of each stream, oldest stream first; then more of the streams catching up while
        room is left."""
        catch_up = catch_up or (lambda _stream_id: False)
        batch: list[tuple[Pipeline, Pending]] = []
        seconds = 0.0
        for round_ in range(2):
            for pipeline in streams:
                if round_ and not (catch_up(pipeline.stream_id) and any(p is pipeline for p, _ in batch)):
                    continue
                while True:
                    pending = pipeline.pop()
                    if pending is None:
                        break
                    length = pending.utterance.end - pending.utterance.start
                    if batch and seconds + length > self.pack_seconds:
                        pipeline.push_front(pending)
                        if not round_:
                            return batch
                        break
                    batch.append((pipeline, pending))
                    seconds += length
                    if not round_:
                        break
        return batch

    def _submit(self, batch: list[tuple[Pipeline, Pending]], hotwords: str | None, attempts: int = 1,
                beam: int | None = None) -> None:
        items = [(p.utterance.samples, p.utterance.start, p.utterance.end) for _, p in batch]
        future = self.pool.submit(items, hotwords, beam_size=beam)
        future.add_done_callback(lambda _f: self.wake.set())
        total = sum(end - start for _, start, end in items) or 1.0
        for index, (pipeline, pending) in enumerate(batch):
            pipeline.in_flight = True
            share = (pending.utterance.end - pending.utterance.start) / total
            job = self.in_flight.get(pipeline.stream_id)
            if job is not None and job.future is future:
                job.pendings.append(pending)
                job.indices.append(index)
                job.shares.append(share)
            else:
                self.in_flight[pipeline.stream_id] = InFlight(future, [pending], pipeline, attempts, indices=[index],
                                                              shares=[share], beam_size=beam)

    def collect(self, hotwords: str | None) -> list[Transcribed]:
        """Finished jobs, per utterance in each stream's order (lost pipelines' results are dropped)."""
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
                    self._submit([(job.pipeline, p) for p in job.pendings], hotwords, job.attempts + 1,
                                 beam=job.beam_size)
                    continue
                result = AsrResult(segments=[[]] * (max(job.indices) + 1), seconds=0.0)
            if not job.pipeline.lost:
                for pending, index, share in zip(job.pendings, job.indices, job.shares):
                    done.append(Transcribed(job.pipeline, pending, result.segments[index], result.seconds * share,
                                            job.dispatched - pending.enqueued, job.beam_size,
                                            result.redecoded if index == 0 else 0))
        return done

    def requeue_all(self, failed: InFlight | None = None) -> None:
        jobs = ([failed] if failed else []) + list(self.in_flight.values())
        self.in_flight.clear()
        for job in jobs:
            job.pipeline.in_flight = False
            for pending in reversed(job.pendings):
                job.pipeline.push_front(pending)
