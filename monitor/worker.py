"""`livewatch worker`: holds up to N streams under lease and feeds their utterances to one shared ASR pool.

The worker only ties four parts together, each its own module and testable without a subprocess:
the lease keeper (monitor.lease_keeper: claim, renew, release), the rule watcher (monitor.rule_watcher),
the ASR scheduler (monitor.asr_scheduler: fair dispatch to the ASR processes) and the utterance store
(monitor.utterance_store: results kept until the database takes them). Threads: one ingestion thread per
stream (monitor.pipeline), one ASR dispatcher (collects finished jobs and hands out the next ones at once, so
an ASR process never waits for a database write or an evidence clip being encoded), one outbox sender,
optionally a tiny HTTP server for /healthz and /metrics; everything else — matching, storing, leases —
happens in the main loop, so the database writes for results come from one thread.

When the database goes away the pipelines keep running (one per stream, never restarted for it), the ASR
keeps transcribing, and the results wait in the utterance store; when it returns, the leases are renewed
(not claimed again) and the results stored in order with their true media times.
"""
from __future__ import annotations

import logging
import math
import os
import secrets
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor import clip_writer, outbox, retention
from monitor.asr_pool import AsrPool
from monitor.asr_scheduler import AsrScheduler, Transcribed
from monitor.db import session_scope
from monitor.lease_keeper import LeaseKeeper
from monitor.load_shedding import Shedder, ShedPolicy, stream_lag
from monitor.leases import FINAL_STATES, Claim
from monitor.models import Segment, Stream, WorkerHeartbeat, utcnow
from monitor.pipeline import Pipeline
from monitor.rule_watcher import RuleState, RuleWatcher
from monitor.settings import Settings
from monitor.stages import StageTimes
from monitor.store import SegmentResult, StoreRequest
from monitor.utterance_store import StoreItem, Stored, UtteranceStore, capture_clips

log = logging.getLogger(__name__)

CLAIM_INTERVAL = 0.5          # one stream per claim round, so workers starting together share the streams
HEARTBEAT_INTERVAL = 2.0
PURGE_INTERVAL = 3600.0

__all__ = ["RuleState", "Stats", "Worker", "worker_identity"]


def worker_identity() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


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
    shed_utterances: int = 0      # decoded with the cheaper beam because their stream lagged
    tail_redecodes: int = 0       # ASR windows whose skipped utterances were decoded a second time
    latencies: list[float] = field(default_factory=list)   # recent utterance end → stored, realtime streams

    def as_json(self, queued: int, streams: list[str], unstored: int = 0) -> dict:
        recent = sorted(self.latencies[-200:])
        p95 = recent[min(len(recent) - 1, math.ceil(0.95 * len(recent)) - 1)] if recent else None
        return {"utterances": self.utterances, "segments": self.segments, "hits": self.hits,
                "audio_seconds": round(self.audio_seconds, 2), "asr_seconds": round(self.asr_seconds, 2),
                "skipped": self.skipped, "takeovers": self.takeovers, "lost_leases": self.lost_leases,
                "shed_utterances": self.shed_utterances, "tail_redecodes": self.tail_redecodes,
                "rule_version": self.rule_version, "queued": queued, "streams": streams, "unstored": unstored,
                "latency_p95": round(p95, 2) if p95 is not None else None}


class Worker:
    def __init__(self, settings: Settings, factory: sessionmaker[Session], *, worker_id: str | None = None,
                 asr: AsrPool | None = None) -> None:
        self.settings = settings
        self.factory = factory
        self.worker_id = worker_id or worker_identity()
        self._asr = asr
        self._own_asr = asr is None          # a pool handed in (tests, benchmarks) outlives this worker
        self.pipelines: dict[int, Pipeline] = {}
        self.stats = Stats()
        self.wake = threading.Event()
        self.last_tick = time.monotonic()
        self.clips_dir = Path(settings.clips_path)
        self.leases = LeaseKeeper(factory, self.worker_id, settings.lease_seconds)
        self.rules = RuleWatcher(factory, hotwords=settings.asr_hotwords,
                                 second_opinion=settings.second_opinion)
        self.asr_wake = threading.Event()       # the dispatcher's: a job finished or an utterance is waiting
        self.scheduler = AsrScheduler(lambda: self.asr, settings.asr_pack_seconds, self.asr_wake,
                                      one_stream_windows=settings.asr_one_stream_windows)
        self.asr_lock = threading.Lock()        # the scheduler's state, shared by the dispatcher and the main loop
        self.transcribed: deque[Transcribed] = deque()     # collected by the dispatcher, matched by the main loop
        self.stages = StageTimes()
        self.shedder = Shedder(ShedPolicy(beam_size=settings.beam_size, shed_beam_size=settings.shed_beam_size,
                                          shed_after=settings.shed_lag_seconds,
                                          recover_below=settings.shed_recover_seconds,
                                          all_after=settings.shed_all_lag_seconds))
        self.lags: dict[int, float | None] = {}
        self._unstored_ends: dict[int, deque[float]] = {}
        spool = Path(settings.data_dir) / "spool" / self.worker_id.replace(":", "_").replace("/", "_")
        self.store = UtteranceStore(factory, self.worker_id, self.clips_dir, spool_dir=spool,
                                    memory_items=settings.store_memory_items, max_items=settings.store_max_items,
                                    write_clip=clip_writer.write_clip)

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
        asr_stop = threading.Event()
        dispatcher = threading.Thread(target=self._dispatch_loop, args=(asr_stop,), daemon=True, name="asr-dispatch")
        dispatcher.start()
        timers = {"claim": 0.0, "renew": 0.0, "rules": 0.0, "heartbeat": 0.0, "purge": 0.0}
        try:
            while not stop.is_set():
                try:
                    if self.tick(timers, exit_when_idle=exit_when_idle):
                        break
                except Exception:  # noqa: BLE001 - e.g. the database restarting: keep going, leases permitting
                    log.exception("worker loop error", extra={"worker": self.worker_id})
                    stop.wait(1.0)
                self.wake.wait(0.1)
                self.wake.clear()
        finally:
            asr_stop.set()
            self.asr_wake.set()
            dispatcher.join(timeout=10)
            self._shutdown()
            sender_stop.set()
            sender.join(timeout=5)

    def tick(self, timers: dict, *, exit_when_idle: bool = False) -> bool:
        """One round of the main loop; True when the worker should exit."""
        now = time.monotonic()
        self.last_tick = now
        self._match_transcribed()
        self._flush()
        renewed = True
        if now >= timers["renew"]:
            renewed = self._renew()
            timers["renew"] = now + max(0.5, self.settings.lease_seconds / 3)
        if now >= timers["claim"] and renewed and self.leases.unreachable_since is None:
            self._claim()
            timers["claim"] = now + CLAIM_INTERVAL
        if now >= timers["rules"]:
            self._poll_rules()
            timers["rules"] = now + self.settings.rule_poll_seconds
        if now >= timers["purge"]:
            self._purge()
            timers["purge"] = now + PURGE_INTERVAL
        for pipeline in self.pipelines.values():
            pipeline.check_offline()
        self._retire()
        if now >= timers["heartbeat"]:
            self._heartbeat()
            timers["heartbeat"] = now + HEARTBEAT_INTERVAL
        if exit_when_idle and not self.pipelines and not self.store.total() and not self._work_left():
            log.info("nothing left to watch", extra={"worker": self.worker_id})
            return True
        return False

    # -- the ASR dispatcher (its own thread) -------------------------------------------------------------
    def _dispatch_loop(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                self._dispatch_round()
            except Exception:  # noqa: BLE001 - never lose the dispatcher; the next round tries again
                log.exception("ASR dispatch error", extra={"worker": self.worker_id})
                stop.wait(1.0)
            self.asr_wake.wait(0.1)
            self.asr_wake.clear()

    def _dispatch_round(self) -> None:
        hotwords = self.rules.current.hotwords if self.rules.current else None
        pipelines = list(self.pipelines.values())
        with self.asr_lock:
            done = self.scheduler.collect(hotwords)
            self.transcribed.extend(done)      # under the lock: a stream is never "finished" between the two
            self._shed(pipelines)
            self.scheduler.dispatch(pipelines, hotwords, self._beam_for, self._catching_up)
        if done:
            self.wake.set()

    # -- leases ----------------------------------------------------------------------------------------
    def _claim(self) -> None:
        free = self.settings.pipelines_per_worker - len(self.pipelines)
        for claim in self.leases.claim(min(1, free), set(self.pipelines)):
            self._start(claim)

    def _start(self, claim: Claim) -> None:
        old = self.pipelines.get(claim.stream_id)
        if old is not None:      # never two pipelines (two ffmpeg) for one stream
            self._drop(old, join=True)
        pipeline = Pipeline(claim, factory=self.factory, worker_id=self.worker_id,
                            stall_timeout=self.settings.stall_timeout, wake=_Both(self.wake, self.asr_wake),
                            offline_after=self.settings.offline_after_seconds, stages=self.stages)
        pipeline.previous_segment, pipeline.previous_text = self._previous_segment(claim)
        if claim.takeover:
            self.stats.takeovers += 1
        log.info("stream claimed", extra={"worker": self.worker_id, "stream": claim.name,
                                          "takeover_from": claim.previous_owner, "checkpoint": claim.checkpoint})
        self.pipelines[claim.stream_id] = pipeline
        pipeline.start()

    def _previous_segment(self, claim: Claim):  # noqa: ANN202
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

    def _renew(self) -> bool:
        held = {sid: p.last_audio_at for sid, p in self.pipelines.items() if not p.lost}
        report = self.leases.renew(held)
        for stream_id in report.lost:
            pipeline = self.pipelines[stream_id]
            # Disabled by an operator (we still own it: give it back) or taken over (the release is a no-op).
            released = self.leases.release(stream_id, state="idle")
            log.warning("lease lost" if not released else "stream disabled, released",
                        extra={"worker": self.worker_id, "stream": pipeline.name})
            self.stats.lost_leases += not released
            self._drop(pipeline)
        return report.ok

    def _drop(self, pipeline: Pipeline, *, join: bool = False) -> None:
        pipeline.lost = True
        pipeline.stop.set()
        with pipeline.queue_lock:
            pipeline.queue.clear()
        self.store.discard(pipeline.stream_id)
        self._unstored_ends.pop(pipeline.stream_id, None)
        if join:
            pipeline.thread.join(timeout=10)

    def _work_left(self) -> bool:
        """Any enabled stream not finished (possibly held by another worker that may die)?"""
        with self.factory() as session:
            return bool(session.scalar(select(func.count()).select_from(Stream).where(
                Stream.enabled.is_(True), Stream.state.not_in(FINAL_STATES))))

    # -- lag and load shedding ---------------------------------------------------------------------------
    def _lag(self, pipeline: Pipeline) -> float | None:
        """Lag as shown in /metrics and on the streams page: everything unfinished, the store included."""
        now_media = pipeline.media_now()
        if now_media is None:
            return None
        with self.asr_lock:
            ends = pipeline.queued_ends() + self.scheduler.in_flight_ends(pipeline.stream_id)
            ends += [t.pending.utterance.end for t in self.transcribed if t.pipeline is pipeline]
        unstored = self._unstored_ends.get(pipeline.stream_id)
        if unstored:
            ends.append(unstored[0])
        return stream_lag(now_media, pipeline.received_end, ends)

    def _asr_lag(self, pipeline: Pipeline) -> float | None:
        """The lag shedding acts on (caller holds asr_lock): the store is left out, since a cheaper beam
        cannot bring a database back."""
        now_media = pipeline.media_now()
        if now_media is None:
            return None
        ends = pipeline.queued_ends() + self.scheduler.in_flight_ends(pipeline.stream_id)
        return stream_lag(now_media, pipeline.received_end, ends)

    def _shed(self, pipelines: list[Pipeline]) -> None:
        """Lagging streams get the cheap beam (called by the dispatcher, holding asr_lock)."""
        names = {p.stream_id: p.name for p in pipelines}
        self.lags = {p.stream_id: self._asr_lag(p) for p in pipelines if not p.lost}
        shed, recovered = self.shedder.update(self.lags)
        for stream_id in shed:
            log.warning("stream falling behind: cheaper ASR beam", extra={
                "worker": self.worker_id, "stream": names.get(stream_id),
                "lag": round(self.lags.get(stream_id) or 0.0, 2), "beam": self.shedder.beam_for(stream_id),
                "all_streams": self.shedder.everyone})
        for stream_id in recovered:
            log.info("stream caught up: full ASR beam", extra={
                "worker": self.worker_id, "stream": names.get(stream_id),
                "lag": round(self.lags.get(stream_id) or 0.0, 2)})

    def _catching_up(self, stream_id: int) -> bool:
        return stream_id in self.shedder.shed

    def _beam_for(self, stream_id: int) -> int | None:
        return self.shedder.beam_for(stream_id) if stream_id in self.shedder.shed else None

    # -- rules -----------------------------------------------------------------------------------------
    def _poll_rules(self) -> None:
        if self.rules.poll():
            self.stats.rule_version = self.rules.current.version

    # -- matching and storing --------------------------------------------------------------------------
    def _match_transcribed(self) -> None:
        while self.transcribed:
            done = self.transcribed.popleft()
            if not done.pipeline.lost:        # dropped since it was collected: the new owner redoes it
                self._matched(done)

    def _matched(self, done: Transcribed) -> None:
        """Match a transcribed utterance now (with the rules of now) and hand it to the store."""
        from monitor.scan import locate_hits

        pipeline, utt = done.pipeline, done.pending.utterance
        self.stages.add("queue_wait", done.waited)
        self.stats.shed_utterances += done.beam_size is not None
        self.stats.tail_redecodes += done.redecoded
        self.stages.add("asr", done.asr_seconds)
        began = time.perf_counter()
        rule_state = self.rules.current
        previous = pipeline.previous_segment
        segments = []
        for seg in done.segments:
            hits = locate_hits(rule_state.matcher, seg, previous) if rule_state else []
            words = [[w.start, w.end, w.text] for w in seg.words]
            segments.append(SegmentResult(seg.start, seg.end, seg.text, seg.avg_logprob, hits, words))
            previous = seg
        request = StoreRequest(
            stream_id=pipeline.stream_id, stream_name=pipeline.name, worker_id=self.worker_id,
            rule_version=rule_state.version if rule_state else 0, checkpoint=utt.end, segments=segments,
            previous_text=pipeline.previous_text, wall_origin=pipeline.wall_origin,
            webhook_urls=list(self.settings.webhook_urls))
        pipeline.previous_segment = previous
        if segments:
            pipeline.previous_text = segments[-1].text
        self.store.add(StoreItem(request, capture_clips(segments, pipeline.clip), utt.end - utt.start,
                                 done.asr_seconds, done.waited, utt.end, pipeline.wall_origin))
        self._unstored_ends.setdefault(pipeline.stream_id, deque()).append(utt.end)
        self.stages.add("match", time.perf_counter() - began)

    def _flush(self) -> None:
        began = time.perf_counter()
        stored, lost = self.store.flush()
        if stored:
            self.stages.add("store", time.perf_counter() - began, count=len(stored))
        for result in stored:
            self._count(result)
        for stream_id, ends in list(self._unstored_ends.items()):
            # Stored in order per stream; the store may also have dropped its oldest (backlog full).
            waiting = self.store.waiting(stream_id)
            while len(ends) > waiting:
                ends.popleft()
            if not ends:
                del self._unstored_ends[stream_id]
        for stream_id in lost:
            pipeline = self.pipelines.get(stream_id)
            if pipeline is not None and not pipeline.lost:
                log.warning("lease lost while storing", extra={"worker": self.worker_id, "stream": pipeline.name})
                self.stats.lost_leases += 1
                self._drop(pipeline)

    def _count(self, result: Stored) -> None:
        item, outcome = result.item, result.outcome
        self.stats.utterances += 1
        self.stats.segments += outcome.segments
        self.stats.hits += outcome.hits
        self.stats.audio_seconds += item.audio_seconds
        self.stats.asr_seconds += item.asr_seconds
        latency = None
        if item.wall_origin is not None:
            latency = (utcnow() - item.wall_origin).total_seconds() - item.utterance_end
            self.stats.latencies.append(latency)
            del self.stats.latencies[:-1000]
        log.info("utterance stored", extra={
            "stream": result.stream_name, "end": round(item.utterance_end, 2), "segments": outcome.segments,
            "hits": outcome.hits, "asr_seconds": round(item.asr_seconds, 2), "queued_seconds": round(item.waited, 2),
            "latency": round(latency, 2) if latency is not None else None})

    # -- finishing ---------------------------------------------------------------------------------------
    def _retire(self) -> None:
        for stream_id, pipeline in list(self.pipelines.items()):
            with self.asr_lock:
                busy = self.scheduler.busy(stream_id) or any(t.pipeline is pipeline for t in self.transcribed)
                finished = pipeline.finished() and not busy
            if pipeline.lost:
                if not busy:
                    del self.pipelines[stream_id]
                continue
            if finished and not self.store.waiting(stream_id):
                state = pipeline.final_state
                try:
                    self.leases.release(stream_id, state=state, error=pipeline.error)
                except Exception:  # noqa: BLE001 - the database is away: release on a later round
                    log.warning("stream not released yet", extra={"stream": pipeline.name})
                    continue
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
        while (self.scheduler.in_flight or self.transcribed or self.store.total()) and time.monotonic() < deadline:
            with self.asr_lock:       # the dispatcher has stopped; the lock only keeps the rule simple
                self.transcribed.extend(self.scheduler.collect(None, requeue=False))
            self._match_transcribed()
            self._flush()
            time.sleep(0.05)
        if self.store.total():
            log.error("worker stopping with results not stored", extra={"worker": self.worker_id,
                                                                        "utterances": self.store.total()})
        for stream_id, pipeline in self.pipelines.items():
            if not pipeline.lost:
                state = pipeline.final_state if pipeline.finished() else "idle"
                try:
                    self.leases.release(stream_id, state=state, error=pipeline.error)
                except Exception:  # noqa: BLE001 - the lease simply expires then
                    log.exception("lease not released", extra={"stream": pipeline.name})
        for pipeline in self.pipelines.values():
            pipeline.thread.join(timeout=5)
        self.pipelines.clear()
        if self._asr is not None and self._own_asr:
            self._asr.shutdown()
        try:
            with session_scope(self.factory) as session:
                row = session.get(WorkerHeartbeat, self.worker_id)
                if row is not None:
                    session.delete(row)
        except Exception:  # noqa: BLE001
            pass
        log.info("worker stopped", extra={"worker": self.worker_id, "stages": self.stages.as_json(),
                                          # CPU of this process alone (ingestion, matching, clips, database):
                                          # on a host with one ASR process per core, taken from the ASR
                                          "cpu_seconds": round(time.process_time(), 2),
                                          "utterances": self.stats.utterances,
                                          "shed_utterances": self.stats.shed_utterances,
                                          "tail_redecodes": self.stats.tail_redecodes,
                                          "second_chances": self.scheduler.requeued})

    # -- housekeeping -----------------------------------------------------------------------------------
    def _heartbeat(self) -> None:
        queued = sum(p.queued() for p in self.pipelines.values())
        stats = self.stats.as_json(queued, sorted(p.name for p in self.pipelines.values()), self.store.total())
        stats["stages"] = self.stages.as_json()
        stats["lag"] = {p.name: round(lag, 2) for p in self.pipelines.values()
                        if not p.lost and (lag := self._lag(p)) is not None}
        stats["shed"] = sorted(p.name for sid, p in self.pipelines.items() if sid in self.shedder.shed)
        try:
            with session_scope(self.factory) as session:
                row = session.get(WorkerHeartbeat, self.worker_id)
                if row is None:
                    session.add(WorkerHeartbeat(id=self.worker_id, stats=stats))
                else:
                    row.heartbeat_at = utcnow()
                    row.stats = stats
        except Exception as exc:  # noqa: BLE001
            log.warning("heartbeat not written", extra={"worker": self.worker_id,
                                                        "error": f"{type(exc).__name__}: {exc}"[:300]})

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


class _Both:
    """An ingestion thread's wake-up call reaches the main loop and the ASR dispatcher."""

    def __init__(self, *events: threading.Event) -> None:
        self.events = events

    def set(self) -> None:
        for event in self.events:
            event.set()
