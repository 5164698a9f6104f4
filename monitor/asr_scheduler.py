"""Which utterances go to the ASR processes next, and what came back.

Fair across streams: the oldest waiting utterance goes first, one job in flight per stream, and when several
streams are waiting one utterance of each is packed into the same Whisper window (up to `pack_seconds`) —
unless `one_stream_windows` keeps every window to one stream (recall of a single-stream scan, less throughput).
A stream on a real-time clock (live, or a `--realtime` file) then fills the room left in that window with its
next queued utterances, in order, and so does a file stream that fell behind (one being shed,
monitor.load_shedding): a second utterance that queued while the stream's job ran goes now instead of a whole
job later, in one encoder pass (each job also costs a decode and an alignment pass, whatever its length). A file read at
full speed always has its next utterances queued, so it sends one per job: its transcript does not depend on
how fast the file was read. A job has one beam size: shed streams share jobs with the cheap beam.

In the window each stream's utterances sit together, in order (A1 A2 B1 C1, not A1 B1 C1 A2): Whisper
decodes the window as one text, and a stream's own previous sentence is context that helps it, where
another stream's sentence between two of them is noise it sometimes answers by skipping an utterance.
When Whisper skips utterances of a packed window (under crowd babble, and about twice as often in windows
that mix streams as in one stream's own: docs/operations.md), each skipped utterance goes back to the front
of its stream's queue, marked for a second chance, with its stream's later utterances of that job (a
stream's results are matched in order); it then shares the next window, beside its own stream's next
utterance, instead of costing a window of its own inside the job — which would hold back every other
utterance of the job by a second encoder pass. A job holding a second chance lets the transcriber decode
again, inside the job, whatever it skips once more.
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
    redecode: bool = True           # False: what the window skipped comes back for a second chance

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


def grouped(batch: list[tuple[Pipeline, Pending]]) -> list[tuple[Pipeline, Pending]]:
    """The job's utterances with each stream's together and in its order, streams in the order they
    first appear (the oldest waiting first)."""
    order: dict[int, list[tuple[Pipeline, Pending]]] = {}
    for pipeline, pending in batch:
        order.setdefault(id(pipeline), []).append((pipeline, pending))
    return [item for items in order.values() for item in items]


class AsrScheduler:
    def __init__(self, pool: Callable[[], AsrPool], pack_seconds: float, wake: threading.Event, *,
                 second_chance: bool = True, one_stream_windows: bool = False) -> None:
        self._pool = pool              # lazily built: the models load before the first stream is taken
        self.pack_seconds = pack_seconds
        self.wake = wake
        self.second_chance = second_chance     # False: the transcriber decodes skipped utterances in the job
        self.one_stream_windows = one_stream_windows   # True: a job holds one stream's utterances only
        self.in_flight: dict[int, InFlight] = {}
        self.requeued = 0              # utterances a window skipped, sent again in a later window

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
            waiting = waiting[:1 if self.one_stream_windows else max(1, math.ceil(len(pipelines) / self.pool.size))]
            batch = self._fill([p for _age, p in waiting], catch_up)
            if not batch:
                return
            self._submit(batch, hotwords, beam=beam)
            free -= 1

    def _fill(self, streams: list[Pipeline],
              catch_up: Callable[[int], bool] | None = None) -> list[tuple[Pipeline, Pending]]:
        """One utterance of each stream, oldest stream first; then more of the streams on a real-time clock
        or catching up, while room is left (the caller puts each stream's utterances together: `grouped`)."""
        catch_up = catch_up or (lambda _stream_id: False)
        batch: list[tuple[Pipeline, Pending]] = []
        seconds = 0.0
        for round_ in range(2):
            for pipeline in streams:
                if round_ and not ((pipeline.wall_origin is not None or catch_up(pipeline.stream_id))
                                   and any(p is pipeline for p, _ in batch)):
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
        batch = grouped(batch)
        items = [(p.utterance.samples, p.utterance.start, p.utterance.end) for _, p in batch]
        redecode = not self.second_chance or len(batch) == 1 or any(p.second_chance for _, p in batch)
        future = self.pool.submit(items, hotwords, beam_size=beam, redecode=redecode)
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
                                                              shares=[share], beam_size=beam, redecode=redecode)

    def collect(self, hotwords: str | None, *, requeue: bool = True) -> list[Transcribed]:
        """Finished jobs, per utterance in each stream's order (lost pipelines' results are dropped).
        `requeue` False (the worker stopping: nothing more is dispatched) takes a skipped utterance as it is."""
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
                if requeue and result.skipped:
                    self._second_chance(job, set(result.skipped))
                for pending, index, share in zip(job.pendings, job.indices, job.shares):
                    done.append(Transcribed(job.pipeline, pending, result.segments[index], result.seconds * share,
                                            job.dispatched - pending.enqueued, job.beam_size,
                                            result.redecoded if index == 0 else 0))
        return done

    def _second_chance(self, job: InFlight, skipped: set[int]) -> None:
        """The stream's first skipped utterance and everything after it in the job go back to the front of
        its queue (results are matched in each stream's order); the rest of the job is kept."""
        first = next((n for n, index in enumerate(job.indices) if index in skipped), None)
        if first is None:
            return
        back = job.pendings[first:]
        for pending in reversed(back):
            pending.second_chance = True
            job.pipeline.push_front(pending)
        self.requeued += sum(1 for index in job.indices[first:] if index in skipped)
        log.debug("utterance skipped by its window: second chance", extra={
            "stream": job.pipeline.name, "start": round(back[0].utterance.start, 2),
            "end": round(back[0].utterance.end, 2), "with_later": len(back) - 1})
        del job.pendings[first:], job.indices[first:], job.shares[first:]
        self.wake.set()

    def requeue_all(self, failed: InFlight | None = None) -> None:
        jobs = ([failed] if failed else []) + list(self.in_flight.values())
        self.in_flight.clear()
        for job in jobs:
            job.pipeline.in_flight = False
            for pending in reversed(job.pendings):
                job.pipeline.push_front(pending)
