"""`livewatch worker`: holds up to N streams under lease and feeds their utterances to one shared ASR pool.

Threads: one ingestion thread per stream (monitor.pipeline), one outbox sender, optionally a tiny HTTP server
for /healthz and /metrics. Everything else — claiming, renewing, dispatching to the ASR processes (fair across
streams: the oldest waiting utterance goes first, one in flight per stream), matching, storing — happens in
the main loop, so database writes for results come from one thread.
"""
from __future__ import annotations

import logging
import math
import os
import secrets
import socket
import threading
import time
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

import rules
from monitor import leases, outbox, retention
from monitor.asr_pool import AsrPool, AsrResult
from monitor.db import session_scope
from monitor.leases import FINAL_STATES
from monitor.models import RuleBaseVersion, Segment, Stream, WorkerHeartbeat, utcnow
from monitor.pipeline import Pending, Pipeline
from monitor.settings import Settings
from monitor.store import CLIP_AFTER, CLIP_BEFORE, SegmentResult, StoreRequest, store_utterance

log = logging.getLogger(__name__)

CLAIM_INTERVAL = 0.5          # one stream per claim round, so workers starting together share the streams
HEARTBEAT_INTERVAL = 2.0
PURGE_INTERVAL = 3600.0
MAX_ASR_ATTEMPTS = 2


def worker_identity() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


@dataclass
class RuleState:
    version: int
    matcher: object
    hotwords: str


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
class Stats:
    utterances: int = 0
    segments: int = 0
    hits: int = 0
    audio_seconds: float = 0.0
    asr_seconds: float = 0.0
    skipped: int = 0
    takeovers: int = 0
    lost_leases: int = 0
    rule_version: int = 0
    latencies: list[float] = field(default_factory=list)   # recent utterance end → stored, realtime streams

    def as_json(self, queued: int, streams: list[str]) -> dict:
        recent = sorted(self.latencies[-200:])
        p95 = recent[min(len(recent) - 1, math.ceil(0.95 * len(recent)) - 1)] if recent else None
        return {"utterances": self.utterances, "segments": self.segments, "hits": self.hits,
                "audio_seconds": round(self.audio_seconds, 2), "asr_seconds": round(self.asr_seconds, 2),
                "skipped": self.skipped, "takeovers": self.takeovers, "lost_leases": self.lost_leases,
                "rule_version": self.rule_version, "queued": queued, "streams": streams,
                "latency_p95": round(p95, 2) if p95 is not None else None}


class Worker:
    def __init__(self, settings: Settings, factory: sessionmaker[Session], *, worker_id: str | None = None,
                 asr: AsrPool | None = None) -> None:
        self.settings = settings
        self.factory = factory
        self.worker_id = worker_id or worker_identity()
        self._asr = asr
        self.pipelines: dict[int, Pipeline] = {}
        self.in_flight: dict[int, InFlight] = {}
        self.rules: RuleState | None = None
        self.stats = Stats()
        self.wake = threading.Event()
        self.last_tick = time.monotonic()
        self.clips_dir = Path(settings.clips_path)

    # -- set-up ----------------------------------------------------------------------------------------
    @property
    def asr(self) -> AsrPool:
        if self._asr is None:
            from transcription.model import resolve_model_dir
            model_dir = resolve_model_dir(self.settings.whisper_model or None, self.settings.model_cache_path)
            self._asr = AsrPool(model_dir, processes=self.settings.asr_processes,
                                cpu_threads=self.settings.asr_cpu_threads, beam_size=self.settings.beam_size)
            self._asr.warm_up()
        return self._asr

    def run(self, stop: threading.Event, *, exit_when_idle: bool = False) -> None:
        log.info("worker starting", extra={"worker": self.worker_id, "pid": os.getpid()})
        self.clips_dir.mkdir(parents=True, exist_ok=True)
        self._poll_rules()
        self.asr  # noqa: B018 - load the models before taking any stream
        self._heartbeat()
        log.info("worker ready", extra={"worker": self.worker_id, "asr_processes": self.asr.size})
        sender_stop = threading.Event()
        sender = threading.Thread(target=outbox.run_sender, args=(self.factory, self.settings, sender_stop),
                                  daemon=True, name="outbox")
        sender.start()
        timers = {"claim": 0.0, "renew": 0.0, "rules": 0.0, "heartbeat": 0.0, "purge": 0.0}
        renew_every = max(0.5, self.settings.lease_seconds / 3)
        try:
            while not stop.is_set():
                try:
                    if self._tick(timers, renew_every, exit_when_idle):
                        break
                except Exception:  # noqa: BLE001 - e.g. the database restarting: keep going, leases permitting
                    log.exception("worker loop error", extra={"worker": self.worker_id})
                    stop.wait(1.0)
                self.wake.wait(0.1)
                self.wake.clear()
        finally:
            self._shutdown()
            sender_stop.set()
            sender.join(timeout=5)

    def _tick(self, timers: dict, renew_every: float, exit_when_idle: bool) -> bool:
        """One round of the main loop; True when the worker should exit."""
        now = time.monotonic()
        self.last_tick = now
        if now >= timers["renew"]:
            self._renew()
            timers["renew"] = now + renew_every
        if now >= timers["claim"]:
            self._claim()
            timers["claim"] = now + CLAIM_INTERVAL
        if now >= timers["rules"]:
            self._poll_rules()
            timers["rules"] = now + self.settings.rule_poll_seconds
        if now >= timers["purge"]:
            self._purge()
            timers["purge"] = now + PURGE_INTERVAL
        self._collect()
        self._dispatch()
        self._retire()
        if now >= timers["heartbeat"]:
            self._heartbeat()
            timers["heartbeat"] = now + HEARTBEAT_INTERVAL
        if exit_when_idle and not self.pipelines and not self._work_left():
            log.info("nothing left to watch", extra={"worker": self.worker_id})
            return True
        return False

    # -- leases ----------------------------------------------------------------------------------------
    def _claim(self) -> None:
        free = self.settings.pipelines_per_worker - len(self.pipelines)
        if free <= 0:
            return
        for claim in leases.claim(self.factory, self.worker_id, limit=1, lease_seconds=self.settings.lease_seconds):
            pipeline = Pipeline(claim, factory=self.factory, worker_id=self.worker_id,
                                stall_timeout=self.settings.stall_timeout, wake=self.wake)
            pipeline.previous_segment, pipeline.previous_text = self._previous_segment(claim)
            if claim.takeover:
                self.stats.takeovers += 1
            log.info("stream claimed", extra={"worker": self.worker_id, "stream": claim.name,
                                              "takeover_from": claim.previous_owner, "checkpoint": claim.checkpoint})
            self.pipelines[claim.stream_id] = pipeline
            pipeline.start()

    def _previous_segment(self, claim: leases.Claim):  # noqa: ANN202
        """The last stored segment before the checkpoint, so a phrase split across the takeover is still caught."""
        if claim.checkpoint <= 0:
            return None, ""
        from transcription.types import TranscriptSegment, Word
        with self.factory() as session:
            row = session.scalar(select(Segment).where(Segment.stream_id == claim.stream_id)
                                 .order_by(Segment.start.desc()).limit(1))
        if row is None:
            return None, ""
        words = [Word(start=w[0], end=w[1], text=w[2]) for w in (row.words or [])]
        return TranscriptSegment(start=row.start, end=row.end, text=row.text, words=words), row.text

    def _renew(self) -> None:
        try:
            lost = leases.renew(self.factory, self.worker_id, list(self.pipelines),
                                lease_seconds=self.settings.lease_seconds)
        except Exception:  # noqa: BLE001 - the database may be restarting; the lease is still ours for a while
            log.exception("lease renewal failed", extra={"worker": self.worker_id})
            return
        for stream_id in lost:
            pipeline = self.pipelines[stream_id]
            # Disabled by an operator (we still own it: give it back) or taken over (the release is a no-op).
            released = leases.release(self.factory, self.worker_id, stream_id, state="idle")
            log.warning("lease lost" if not released else "stream disabled, released",
                        extra={"worker": self.worker_id, "stream": pipeline.name})
            self.stats.lost_leases += not released
            self._drop(pipeline)

    def _drop(self, pipeline: Pipeline) -> None:
        pipeline.lost = True
        pipeline.stop.set()
        with pipeline.queue_lock:
            pipeline.queue.clear()

    def _work_left(self) -> bool:
        """Any enabled stream not finished (possibly held by another worker that may die)?"""
        with self.factory() as session:
            return bool(session.scalar(select(func.count()).select_from(Stream).where(
                Stream.enabled.is_(True), Stream.state.not_in(FINAL_STATES))))

    # -- rules -----------------------------------------------------------------------------------------
    def _poll_rules(self) -> None:
        try:
            with self.factory() as session:
                latest = session.scalar(select(func.max(RuleBaseVersion.version)))
                if latest is None or (self.rules and self.rules.version == latest):
                    return
                row = session.scalar(select(RuleBaseVersion).where(RuleBaseVersion.version == latest))
                data = row.data
            from monitor.scan import hotwords_for
            rule_base = rules.rule_base_from_data(data)
            self.rules = RuleState(latest, rules.build_matcher(rule_base), hotwords_for(rule_base))
            self.stats.rule_version = latest
            log.info("rule base loaded", extra={"worker": self.worker_id, "rule_version": latest})
        except Exception:  # noqa: BLE001 - keep matching with the rules we have
            log.exception("rule base not loaded", extra={"worker": self.worker_id})

    # -- ASR scheduling --------------------------------------------------------------------------------
    def _dispatch(self) -> None:
        """Fill free ASR processes: the oldest waiting utterance first, and when several streams are waiting,
        one utterance of each (oldest first) packed into the same job up to `asr_pack_seconds`."""
        busy = {id(job.future) for job in self.in_flight.values()}
        free = self.asr.size - len(busy)
        while free > 0:
            waiting = [(age, p) for p in self.pipelines.values()
                       if p.stream_id not in self.in_flight and not p.lost and (age := p.head_age()) is not None]
            if not waiting:
                return
            waiting.sort(key=lambda item: item[0])
            # Spread the streams over the processes: packing all waiting streams into one job would leave
            # the other process with stragglers and split the streams into a fast and a slow group.
            waiting = waiting[:max(1, math.ceil(len(self.pipelines) / self.asr.size))]
            batch: list[tuple[Pipeline, Pending]] = []
            seconds = 0.0
            for _age, pipeline in waiting:
                pending = pipeline.pop()
                if pending is None:
                    continue
                length = pending.utterance.end - pending.utterance.start
                if batch and seconds + length > self.settings.asr_pack_seconds:
                    with pipeline.queue_lock:
                        pipeline.queue.appendleft(pending)
                    break
                batch.append((pipeline, pending))
                seconds += length
            if not batch:
                return
            self._submit(batch)
            free -= 1

    def _submit(self, batch: list[tuple[Pipeline, Pending]], attempts: int = 1) -> None:
        items = [(p.utterance.samples, p.utterance.start, p.utterance.end) for _, p in batch]
        future = self.asr.submit(items, self.rules.hotwords if self.rules else None)
        future.add_done_callback(lambda _f: self.wake.set())
        total = sum(end - start for _, start, end in items) or 1.0
        for index, (pipeline, pending) in enumerate(batch):
            pipeline.in_flight = True
            share = (pending.utterance.end - pending.utterance.start) / total
            self.in_flight[pipeline.stream_id] = InFlight(future, pending, pipeline, attempts, index=index,
                                                          share=share)

    def _collect(self) -> None:
        for stream_id, job in list(self.in_flight.items()):
            if not job.future.done():
                continue
            del self.in_flight[stream_id]
            job.pipeline.in_flight = False
            try:
                result: AsrResult = job.future.result()
            except BrokenProcessPool:
                log.error("ASR process died; restarting the pool", extra={"worker": self.worker_id})
                self.asr.restart()
                self._requeue_all(job)
                return
            except Exception:  # noqa: BLE001
                log.exception("transcription failed", extra={"stream": job.pipeline.name})
                if job.attempts < MAX_ASR_ATTEMPTS and not job.pipeline.lost:
                    self._submit([(job.pipeline, job.pending)], job.attempts + 1)
                    continue
                result = AsrResult(segments=[[]] * (job.index + 1), seconds=0.0)
            if not job.pipeline.lost:
                self._store(job.pipeline, job.pending, result.segments[job.index], result.seconds * job.share,
                            waited=job.dispatched - job.pending.enqueued)

    def _requeue_all(self, failed: InFlight) -> None:
        jobs = [failed, *self.in_flight.values()]
        self.in_flight.clear()
        for job in jobs:
            job.pipeline.in_flight = False
            with job.pipeline.queue_lock:
                job.pipeline.queue.appendleft(job.pending)

    # -- matching and storing --------------------------------------------------------------------------
    def _store(self, pipeline: Pipeline, pending: Pending, transcript: list, asr_seconds: float,
               waited: float = 0.0) -> None:
        from monitor.scan import locate_hits

        utt = pending.utterance
        rule_state = self.rules
        previous = pipeline.previous_segment
        segments = []
        for seg in transcript:
            hits = locate_hits(rule_state.matcher, seg, previous) if rule_state else []
            words = [[w.start, w.end, w.text] for w in seg.words]
            segments.append(SegmentResult(seg.start, seg.end, seg.text, seg.avg_logprob, hits, words))
            previous = seg
        request = StoreRequest(
            stream_id=pipeline.stream_id, stream_name=pipeline.name, worker_id=self.worker_id,
            rule_version=rule_state.version if rule_state else 0, checkpoint=utt.end, segments=segments,
            previous_text=pipeline.previous_text, wall_origin=pipeline.wall_origin,
            webhook_urls=list(self.settings.webhook_urls))
        try:
            with session_scope(self.factory) as session:
                outcome = store_utterance(session, request, self._clip_writer(pipeline))
        except Exception:  # noqa: BLE001 - DB down: the utterance goes back to the front of the queue
            log.exception("store failed; will retry", extra={"stream": pipeline.name})
            with pipeline.queue_lock:
                pipeline.queue.appendleft(pending)
            time.sleep(1.0)
            return
        if not outcome.stored:
            log.warning("lease lost while storing", extra={"worker": self.worker_id, "stream": pipeline.name})
            self.stats.lost_leases += 1
            self._drop(pipeline)
            return
        pipeline.previous_segment = previous
        if segments:
            pipeline.previous_text = segments[-1].text
        self.stats.utterances += 1
        self.stats.segments += outcome.segments
        self.stats.hits += outcome.hits
        self.stats.audio_seconds += utt.end - utt.start
        self.stats.asr_seconds += asr_seconds
        latency = None
        if pipeline.wall_origin is not None:
            latency = (utcnow() - pipeline.wall_origin).total_seconds() - utt.end
            self.stats.latencies.append(latency)
            del self.stats.latencies[:-1000]
        log.info("utterance stored", extra={
            "stream": pipeline.name, "start": round(utt.start, 2), "end": round(utt.end, 2),
            "segments": outcome.segments, "hits": outcome.hits, "asr_seconds": round(asr_seconds, 2),
            "queued_seconds": round(waited, 2), "latency": round(latency, 2) if latency is not None else None})

    def _clip_writer(self, pipeline: Pipeline):  # noqa: ANN202
        from transcription.clips import CLIP_SUFFIX, write_clip

        def write(hit, stem: Path):  # noqa: ANN001, ANN202
            samples, clip_start = pipeline.clip(max(0.0, hit.start - CLIP_BEFORE), hit.end + CLIP_AFTER)
            if samples is None or len(samples) == 0:
                return None
            relative = stem.with_suffix(CLIP_SUFFIX)
            path = self.clips_dir / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            sha256 = write_clip(samples, path)
            return str(relative), sha256, max(0.0, hit.start - clip_start)
        return write

    # -- finishing ---------------------------------------------------------------------------------------
    def _retire(self) -> None:
        for stream_id, pipeline in list(self.pipelines.items()):
            if pipeline.lost:
                if stream_id not in self.in_flight:
                    del self.pipelines[stream_id]
                continue
            if pipeline.finished():
                state = pipeline.final_state
                leases.release(self.factory, self.worker_id, stream_id, state=state, error=pipeline.error)
                self.stats.skipped += pipeline.skipped
                log.info("stream finished", extra={"worker": self.worker_id, "stream": pipeline.name,
                                                   "state": state, "error": pipeline.error})
                del self.pipelines[stream_id]

    def _shutdown(self) -> None:
        """Graceful stop: finish the utterances being transcribed, store them, give every lease back."""
        log.info("worker stopping", extra={"worker": self.worker_id, "streams": len(self.pipelines)})
        for pipeline in self.pipelines.values():
            pipeline.stop.set()
        deadline = time.monotonic() + 60
        while self.in_flight and time.monotonic() < deadline:
            self._collect()
            time.sleep(0.05)
        for stream_id, pipeline in self.pipelines.items():
            if not pipeline.lost:
                state = pipeline.final_state if pipeline.finished() else "idle"
                try:
                    leases.release(self.factory, self.worker_id, stream_id, state=state, error=pipeline.error)
                except Exception:  # noqa: BLE001 - the lease simply expires then
                    log.exception("lease not released", extra={"stream": pipeline.name})
        for pipeline in self.pipelines.values():
            pipeline.thread.join(timeout=5)
        self.pipelines.clear()
        if self._asr is not None:
            self._asr.shutdown()
        try:
            with session_scope(self.factory) as session:
                row = session.get(WorkerHeartbeat, self.worker_id)
                if row is not None:
                    session.delete(row)
        except Exception:  # noqa: BLE001
            pass
        log.info("worker stopped", extra={"worker": self.worker_id})

    # -- housekeeping -----------------------------------------------------------------------------------
    def _heartbeat(self) -> None:
        queued = sum(p.queued() for p in self.pipelines.values())
        stats = self.stats.as_json(queued, sorted(p.name for p in self.pipelines.values()))
        try:
            with session_scope(self.factory) as session:
                row = session.get(WorkerHeartbeat, self.worker_id)
                if row is None:
                    session.add(WorkerHeartbeat(id=self.worker_id, stats=stats))
                else:
                    row.heartbeat_at = utcnow()
                    row.stats = stats
        except Exception:  # noqa: BLE001
            log.exception("heartbeat not written", extra={"worker": self.worker_id})

    def _purge(self) -> None:
        try:
            with session_scope(self.factory) as session:
                report = retention.purge(session, self.clips_dir, self.settings.retention_days,
                                         actor=self.worker_id)
                # Heartbeat rows of workers that died without cleaning up.
                session.execute(delete(WorkerHeartbeat).where(
                    WorkerHeartbeat.heartbeat_at < utcnow() - timedelta(hours=1)))
            if report.clips_deleted or report.segments_deleted:
                log.info("retention purge", extra={"clips": report.clips_deleted,
                                                   "segments": report.segments_deleted})
        except Exception:  # noqa: BLE001
            log.exception("retention purge failed")

    def healthy(self) -> bool:
        return time.monotonic() - self.last_tick < max(10.0, self.settings.lease_seconds)
