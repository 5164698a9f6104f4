"""The worker's parts under faults, without a subprocess: a database that goes away (a session factory that
fails, on SQLite and PostgreSQL alike), leases that expire under their own holder, outages across a takeover,
a source that stays off air, a realtime file taken over mid-way."""
from __future__ import annotations

import threading
import time
from datetime import timedelta

import numpy as np
from sqlalchemy import select

from monitor import leases
from monitor.db import session_scope
from monitor.lease_keeper import LeaseKeeper
from monitor.leases import Claim
from monitor.models import AuditLog, Hit, Segment, Stream, utcnow
from monitor.pipeline import Pipeline
from monitor.store import SegmentResult, StoreRequest
from monitor.streams import stream_to_json
from monitor.utterance_store import StoreItem, UtteranceStore
from tests.monitor.helpers import FakeScanHit, FlakyFactory, claimed_stream, factory_for
from transcription.types import StreamState


def _item(stream_id: int, n: int) -> StoreItem:
    start = 10.0 * n
    hit = FakeScanHit("abs.lowest", "absolute_claim", "high", start + 1.0, start + 1.8, matched="最低价")
    seg = SegmentResult(start, start + 4.0, f"第{n}句 全网最低价", hits=[hit])
    request = StoreRequest(stream_id=stream_id, stream_name="s1", worker_id="W", rule_version=1,
                           checkpoint=start + 4.0, segments=[seg])
    samples = np.full(16000 * 6, 0.1 * (n + 1), dtype=np.float32)
    return StoreItem(request, {0: (samples, start - 2.0)}, 4.0, 0.5, 0.0, start + 4.0)


def test_worker_never_takes_over_its_own_lease(db_url, tmp_path):
    factory = factory_for(db_url)
    stream_id = claimed_stream(factory, tmp_path, name="mine", worker="A")
    with session_scope(factory) as session:      # A's lease runs out (the database was away for 2x the lease)
        session.get(Stream, stream_id).lease_expires_at = utcnow() - timedelta(seconds=60)
    keeper = LeaseKeeper(factory, "A", lease_seconds=30)
    assert keeper.claim(5, {stream_id}) == []                 # not a "takeover" of itself
    report = keeper.renew({stream_id: utcnow()})
    assert report.ok and report.lost == set()                 # the renewal carries on with the same lease
    with factory() as session:
        stream = session.get(Stream, stream_id)
        assert stream.lease_owner == "A" and stream.lease_expires_at > utcnow()
        assert stream.last_audio_at is not None
        takeovers = session.scalars(select(AuditLog).where(AuditLog.action == "lease.takeover")).all()
    assert takeovers == []
    assert leases.claim(factory, "B", limit=5, lease_seconds=30) == []


def test_lease_keeper_reports_an_unreachable_database_as_nothing_lost(db_url, tmp_path):
    flaky = FlakyFactory(factory_for(db_url))
    stream_id = claimed_stream(flaky.factory, tmp_path, worker="A")
    keeper = LeaseKeeper(flaky, "A", lease_seconds=30)
    flaky.down.set()
    report = keeper.renew({stream_id: None})
    assert (report.ok, report.lost) == (False, set()) and keeper.unreachable_since is not None
    flaky.down.clear()
    assert keeper.renew({stream_id: None}).ok and keeper.unreachable_since is None


def test_results_wait_for_the_database_spill_to_disk_and_keep_their_media_times(db_url, tmp_path):
    flaky = FlakyFactory(factory_for(db_url))
    stream_id = claimed_stream(flaky.factory, tmp_path)
    spool, clips = tmp_path / "spool", tmp_path / "clips"
    store = UtteranceStore(flaky, "W", clips, spool_dir=spool, memory_items=2, max_items=100)
    flaky.down.set()
    for n in range(5):
        store.add(_item(stream_id, n))
        stored, lost = store.flush(now=time.monotonic() + 10 * n)
        assert (stored, lost) == ([], set())
    assert store.total() == 5 and len(list(spool.iterdir())) == 3        # 2 in memory, 3 on disk
    assert store.stats.failures >= 1
    flaky.down.clear()
    stored, lost = store.flush(now=time.monotonic() + 100)
    assert lost == set() and [s.outcome.hits for s in stored] == [1] * 5
    assert store.total() == 0 and list(spool.iterdir()) == []
    with flaky.factory() as session:
        hits = session.execute(select(Hit.start, Hit.clip_path, Hit.clip_sha256, Hit.clip_missing)
                               .order_by(Hit.start)).all()
        segments = session.execute(select(Segment.start, Segment.text).order_by(Segment.start)).all()
        checkpoint = session.get(Stream, stream_id).checkpoint
    assert [h.start for h in hits] == [1.0, 11.0, 21.0, 31.0, 41.0]       # true media times
    assert all(h.clip_sha256 and not h.clip_missing and (clips / h.clip_path).stat().st_size > 0 for h in hits)
    assert [s.text for s in segments] == [f"第{n}句 全网最低价" for n in range(5)]
    assert checkpoint == 44.0


def test_store_backlog_is_bounded(db_url, tmp_path):
    flaky = FlakyFactory(factory_for(db_url))
    stream_id = claimed_stream(flaky.factory, tmp_path)
    store = UtteranceStore(flaky, "W", tmp_path / "clips", spool_dir=tmp_path / "spool", memory_items=1,
                           max_items=3)
    flaky.down.set()
    for n in range(5):
        store.add(_item(stream_id, n))
    assert store.total() == 3 and store.stats.dropped == 2
    flaky.down.clear()
    stored, _ = store.flush(now=time.monotonic() + 5)
    assert [s.item.request.checkpoint for s in stored] == [24.0, 34.0, 44.0]      # the newest kept


def test_a_store_without_the_lease_is_reported_lost(db_url, tmp_path):
    factory = factory_for(db_url)
    stream_id = claimed_stream(factory, tmp_path, worker="someone-else")
    store = UtteranceStore(factory, "W", tmp_path / "clips", spool_dir=tmp_path / "spool")
    store.add(_item(stream_id, 0))
    store.add(_item(stream_id, 1))
    stored, lost = store.flush()
    assert (stored, lost, store.total()) == ([], {stream_id}, 0)


def _pipeline(factory, claim: Claim, **kwargs) -> Pipeline:
    return Pipeline(claim, factory=factory, worker_id="B", stall_timeout=5, wake=threading.Event(), **kwargs)


def test_outage_counts_from_the_last_audio_across_a_takeover(db_url, tmp_path):
    factory = factory_for(db_url)
    stream_id = claimed_stream(factory, tmp_path, worker="A")
    leases.set_state(factory, "A", stream_id, "live")
    last_audio = utcnow() - timedelta(seconds=60)
    leases.renew(factory, "A", [stream_id], lease_seconds=30, last_audio={stream_id: last_audio})
    with session_scope(factory) as session:       # A is killed: its lease expires
        session.get(Stream, stream_id).lease_expires_at = utcnow() - timedelta(seconds=1)
    [claim] = leases.claim(factory, "B", limit=1, lease_seconds=30)
    assert claim.takeover and claim.last_audio_at is not None
    claim.url = "http://127.0.0.1:9/live.flv"
    pipeline = _pipeline(factory, claim)
    pipeline._on_state(StreamState.CONNECTING, None)
    pipeline._on_state(StreamState.LIVE, None)
    with factory() as session:
        stream = session.get(Stream, stream_id)
    assert stream.outages == 1
    assert 59.0 <= stream.outage_seconds < 70.0, stream.outage_seconds


def test_a_source_off_air_longer_than_the_setting_is_offline(db_url, tmp_path):
    factory = factory_for(db_url)
    stream_id = claimed_stream(factory, tmp_path, worker="B")
    claim = Claim(stream_id, "s1", "http://127.0.0.1:9/live.flv", False, 0.0, None, "idle")
    pipeline = _pipeline(factory, claim, offline_after=0.3)
    pipeline._on_state(StreamState.CONNECTING, "Connection refused")
    pipeline.check_offline()

    def stream():
        with factory() as session:
            return session.get(Stream, stream_id)
    assert stream().state == "connecting"
    time.sleep(0.4)
    pipeline.check_offline()
    assert stream().state == "offline" and "off air" in stream().last_error
    pipeline._on_state(StreamState.CONNECTING, "Connection refused")     # a retry: still offline
    pipeline._on_state(StreamState.STALLED, "no audio for 5 s")
    assert stream().state == "offline" and stream().last_error.startswith("off air")
    assert stream_to_json(stream())["state"] == "offline"
    pipeline._on_state(StreamState.LIVE, None)
    assert (stream().state, stream().last_error) == ("live", None)
    with factory() as session:
        states = [a.detail["state"] for a in session.scalars(
            select(AuditLog).where(AuditLog.action == "stream.state").order_by(AuditLog.id))]
    assert states == ["connecting", "offline", "live"]


def test_a_realtime_file_taken_over_resumes_at_its_checkpoint(db_url, audio, tmp_path):
    factory = factory_for(db_url)
    stream_id = claimed_stream(factory, tmp_path, worker="B")
    claim = Claim(stream_id, "s1", str(audio["beauty17"]), True, 12.0, "A", "live")
    pipeline = _pipeline(factory, claim)
    began = time.monotonic()
    pipeline.start()
    assert pipeline.done.wait(30)
    elapsed = time.monotonic() - began
    queued = [p.utterance for p in pipeline.queue]
    assert pipeline.final_state == "ended" and queued, (pipeline.error, queued)
    assert all(u.end > 12.0 for u in queued) and pipeline.skipped >= 1
    # From 12 s on at the pace of speech: about 5 s, not the 17 s of a re-read from the start.
    assert 4.0 <= elapsed < 12.0, elapsed
    spoken = pipeline.wall_origin + timedelta(seconds=12.0)
    assert abs((spoken - utcnow()).total_seconds() + elapsed) < 3.0
