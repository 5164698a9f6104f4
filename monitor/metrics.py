"""Prometheus metrics computed from the database and the workers' heartbeat rows.

Everything comes from shared state, so any process (a worker's /metrics, the UI's /metrics) reports the
whole installation, and counters survive worker restarts.
"""
from __future__ import annotations

from datetime import timedelta

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Gauge, generate_latest
from prometheus_client.core import SummaryMetricFamily
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.models import STREAM_STATES, AuditLog, Hit, OutboxMessage, Segment, Stream, WorkerHeartbeat, utcnow
from monitor.stages import STAGES

RATE_WINDOW = 60.0          # seconds over which segments/s is averaged
WORKER_ALIVE = 90.0         # a heartbeat older than this means the worker is gone


def render_metrics(session_factory: sessionmaker[Session]) -> tuple[bytes, str]:
    registry = CollectorRegistry()

    def gauge(name: str, doc: str, labels: tuple[str, ...] = ()) -> Gauge:
        return Gauge(name, doc, labels, registry=registry)

    with session_factory() as session:
        now = utcnow()
        by_state = dict(session.execute(select(Stream.state, func.count()).group_by(Stream.state)).all())
        streams = gauge("livewatch_streams", "Registered streams by state", ("state",))
        for state in STREAM_STATES:
            streams.labels(state).set(by_state.get(state, 0))

        up = gauge("livewatch_stream_up", "1 while the stream is live", ("stream",))
        outages = gauge("livewatch_stream_outages_total", "Times the stream dropped after being live", ("stream",))
        outage_s = gauge("livewatch_stream_outage_seconds_total", "Seconds spent stalled/reconnecting", ("stream",))
        for name, state, count, seconds in session.execute(
                select(Stream.name, Stream.state, Stream.outages, Stream.outage_seconds)):
            up.labels(name).set(1 if state == "live" else 0)
            outages.labels(name).set(count or 0)
            outage_s.labels(name).set(seconds or 0.0)

        recent = session.scalar(select(func.count()).select_from(Segment).where(
            Segment.created_at >= now - timedelta(seconds=RATE_WINDOW))) or 0
        gauge("livewatch_segments_per_second", f"Transcript segments stored per second ({RATE_WINDOW:.0f}s average)"
              ).set(recent / RATE_WINDOW)
        gauge("livewatch_segments_total", "Transcript segments stored").set(
            session.scalar(select(func.count()).select_from(Segment)) or 0)

        hits = gauge("livewatch_hits_total", "Hits by category and status", ("category", "status"))
        for category, status, count in session.execute(
                select(Hit.category, Hit.status, func.count()).group_by(Hit.category, Hit.status)):
            hits.labels(category, status).set(count)
        gauge("livewatch_clips_missing_total", "Hits stored without evidence: the clip could not be written whole").set(
            session.scalar(select(func.count()).select_from(Hit).where(Hit.clip_missing.is_(True))) or 0)

        queue = gauge("livewatch_queue_length", "Work waiting: hits for review, utterances for ASR, webhooks",
                      ("queue",))
        queue.labels("pending_hits").set(session.scalar(
            select(func.count()).select_from(Hit).where(Hit.status == "pending")) or 0)
        queue.labels("outbox").set(session.scalar(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.delivered_at.is_(None))) or 0)

        workers = session.scalars(select(WorkerHeartbeat).where(
            WorkerHeartbeat.heartbeat_at >= now - timedelta(seconds=WORKER_ALIVE))).all()
        gauge("livewatch_workers", "Workers with a recent heartbeat").set(len(workers))
        asr_queue = audio = asr = unstored = 0.0
        for worker in workers:
            stats = worker.stats or {}
            asr_queue += stats.get("queued", 0)
            unstored += stats.get("unstored", 0)
            audio += stats.get("audio_seconds", 0.0)
            asr += stats.get("asr_seconds", 0.0)
        queue.labels("asr_utterances").set(asr_queue)
        # Transcribed results a worker holds because the database did not take them (yet).
        queue.labels("unstored_utterances").set(unstored)
        gauge("livewatch_asr_real_time_factor",
              "ASR processing seconds per audio second, live workers (lower is faster)").set(asr / audio if audio else 0)
        gauge("livewatch_asr_audio_seconds", "Audio seconds transcribed by live workers").set(audio)
        _stream_lags(gauge, workers)
        _stage_times(registry, gauge, workers)

        gauge("livewatch_lease_takeovers_total", "Streams taken over from a worker whose lease expired").set(
            session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "lease.takeover")) or 0)
    return generate_latest(registry), CONTENT_TYPE_LATEST


class _Families:
    """Hands prebuilt metric families to a registry (a Summary cannot be set from stored totals)."""

    def __init__(self, *families) -> None:  # noqa: ANN002
        self.families = families

    def collect(self):  # noqa: ANN201
        return list(self.families)


def _stream_lags(gauge, workers: list[WorkerHeartbeat]) -> None:  # noqa: ANN001
    lag = gauge("livewatch_stream_lag_seconds",
                "How far behind real time the stream's processing is (oldest unfinished audio)", ("stream",))
    shed = gauge("livewatch_stream_shed", "1 while the stream is decoded with the cheaper beam to catch up",
                 ("stream",))
    for name, row in live_stream_lags(workers).items():
        lag.labels(name).set(row["lag"])
        shed.labels(name).set(1 if row["shed"] else 0)


def _stage_times(registry: CollectorRegistry, gauge, workers: list[WorkerHeartbeat]) -> None:  # noqa: ANN001
    summary = SummaryMetricFamily(
        "livewatch_stage_seconds", "Seconds per pipeline stage per worker (decode, vad: ingestion CPU; "
        "queue_wait, asr, match, store: wall, per utterance)", labels=("worker", "stage"))
    recent = gauge("livewatch_stage_recent_seconds", "Stage time per event over the worker's recent events",
                   ("worker", "stage", "quantile"))
    for worker in workers:
        stages = (worker.stats or {}).get("stages") or {}
        for stage in STAGES:
            row = stages.get(stage)
            if not row:
                continue
            summary.add_metric([worker.id, stage], count_value=row.get("count", 0), sum_value=row.get("seconds", 0.0))
            for quantile in ("p50", "p95"):
                if row.get(quantile) is not None:
                    recent.labels(worker.id, stage, "0." + quantile[1:]).set(row[quantile])
    registry.register(_Families(summary))


def live_stream_lags(workers: list[WorkerHeartbeat]) -> dict[str, dict]:
    """{stream name: {"lag": seconds, "shed": bool}} from the given (live) workers' heartbeats."""
    out: dict[str, dict] = {}
    for worker in workers:
        stats = worker.stats or {}
        shed = set(stats.get("shed") or ())
        for name, lag in (stats.get("lag") or {}).items():
            out[name] = {"lag": float(lag), "shed": name in shed}
    return out


def stream_lags(session: Session) -> dict[str, dict]:
    """Lag per stream held by a live worker, for the streams page."""
    workers = session.scalars(select(WorkerHeartbeat).where(
        WorkerHeartbeat.heartbeat_at >= utcnow() - timedelta(seconds=WORKER_ALIVE))).all()
    return live_stream_lags(workers)
