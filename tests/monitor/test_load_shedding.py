"""Lag per stream, the shedding policy, how the scheduler fills a job, and how all of it reaches /metrics."""
from __future__ import annotations

import threading
from datetime import timedelta

from prometheus_client.parser import text_string_to_metric_families

from monitor.asr_scheduler import AsrScheduler
from monitor.db import session_scope
from monitor.load_shedding import Shedder, ShedPolicy, stream_lag
from monitor.metrics import render_metrics, stream_lags
from monitor.models import WorkerHeartbeat, utcnow
from monitor.stages import STAGES, StageTimes
from tests.monitor.helpers import factory_for, queued_pipeline


# -- lag -----------------------------------------------------------------------------------------------
def test_lag_is_the_oldest_unfinished_audio():
    # Caught up: only the ingestion's own delay (the newest block ended at 99.5 s, it is now 100 s).
    assert stream_lag(100.0, 99.5, []) == 0.5
    # Utterances waiting for the ASR: the oldest one's end counts, whatever order they come in.
    assert stream_lag(100.0, 99.5, [93.0, 88.0, 97.0]) == 12.0
    # The ingestion thread itself is behind (blocks piling up in ffmpeg's pipe).
    assert stream_lag(100.0, 80.0, [95.0]) == 20.0


def test_lag_is_never_negative_and_zero_before_any_audio():
    assert stream_lag(10.0, 10.4, []) == 0.0       # the block's end is a little ahead of the wall clock
    assert stream_lag(3.0, None, []) == 0.0        # connecting: nothing to be behind on


# -- shedding ------------------------------------------------------------------------------------------
def policy(**kw) -> ShedPolicy:
    return ShedPolicy(**{"beam_size": 5, "shed_beam_size": 1, "shed_after": 6.0, "recover_below": 3.0,
                         "all_after": 10.0, **kw})


def test_only_the_lagging_stream_is_shed_and_it_recovers_with_hysteresis():
    shedder = Shedder(policy())
    assert shedder.update({"a": 1.0, "b": 2.0, "c": 5.9}) == (set(), set())
    assert shedder.update({"a": 1.0, "b": 6.0, "c": 5.9}) == ({"b"}, set())
    assert (shedder.beam_for("a"), shedder.beam_for("b"), shedder.beam_for("c")) == (5, 1, 5)
    # Between the two thresholds nothing changes: no flapping.
    assert shedder.update({"a": 1.0, "b": 4.0, "c": 5.0}) == (set(), set())
    assert shedder.shed == {"b"}
    assert shedder.update({"a": 1.0, "b": 3.0, "c": 5.0}) == (set(), {"b"})
    assert shedder.beam_for("b") == 5


def test_everyone_is_shed_only_when_shedding_the_laggards_did_not_help():
    shedder = Shedder(policy())
    # A stream that jumps straight past all_after is shed alone first ...
    assert shedder.update({"a": 12.0, "b": 1.0, "c": 2.0}) == ({"a"}, set())
    assert not shedder.everyone
    # ... and only if it is still that far behind while shed does every stream get the cheap beam.
    newly, _ = shedder.update({"a": 11.0, "b": 1.0, "c": 2.0})
    assert shedder.everyone and newly == {"b", "c"} and shedder.shed == {"a", "b", "c"}
    # Everyone stays shed until every stream has recovered, then all get the full beam back at once.
    shedder.update({"a": 2.0, "b": 1.0, "c": 4.0})
    assert shedder.shed == {"a", "b", "c"}
    _, recovered = shedder.update({"a": 2.0, "b": 1.0, "c": 3.0})
    assert recovered == {"a", "b", "c"} and not shedder.everyone and shedder.shed == set()


def test_streams_without_a_clock_are_not_shed_alone_and_gone_streams_are_forgotten():
    shedder = Shedder(policy())
    shedder.update({"file": None, "live": 7.0})
    assert shedder.shed == {"live"}
    shedder.update({"file": None})              # the live stream was released
    assert shedder.shed == set()


def test_shedding_off():
    for off in (policy(shed_after=0), policy(shed_beam_size=5)):
        shedder = Shedder(off)
        assert shedder.update({"a": 60.0}) == (set(), set())
        assert shedder.beam_for("a") == 5


# -- filling a job -------------------------------------------------------------------------------------
def test_a_job_takes_one_utterance_per_stream_unless_the_stream_is_catching_up(tmp_path):
    scheduler = AsrScheduler(lambda: None, pack_seconds=20.0, wake=threading.Event())
    a = queued_pipeline(tmp_path, 1, [4.0, 5.0, 6.0, 7.0])
    b = queued_pipeline(tmp_path, 2, [3.0, 3.0])
    # Keeping up: one utterance each, so a transcript never depends on how the utterances were grouped.
    batch = scheduler._fill([a, b])
    assert [(p.stream_id, pending.utterance.start) for p, pending in batch] == [(1, 0.0), (2, 0.0)]
    for p, pending in reversed(batch):
        p.push_front(pending)
    # a is behind: the rest of its backlog, in order, fills the window while it fits (4 + 3 + 5 + 6 = 18 s).
    batch = scheduler._fill([a, b], catch_up=lambda stream_id: stream_id == 1)
    taken = [(p.stream_id, pending.utterance.start) for p, pending in batch]
    assert taken == [(1, 0.0), (2, 0.0), (1, 5.0), (1, 11.0)]
    assert [u.utterance.start for u in a.queue] == [18.0]      # the 7 s one waits, still first in line
    assert [u.utterance.start for u in b.queue] == [4.0]


def test_a_job_never_leaves_out_a_waiting_stream_for_another_streams_backlog(tmp_path):
    scheduler = AsrScheduler(lambda: None, pack_seconds=10.0, wake=threading.Event())
    a = queued_pipeline(tmp_path, 1, [6.0, 1.0])
    b = queued_pipeline(tmp_path, 2, [3.0])
    c = queued_pipeline(tmp_path, 3, [4.0])
    batch = scheduler._fill([a, b, c], catch_up=lambda _stream_id: True)
    # a and b fit (9 s); c does not and goes first into the next job: a's 1 s tail, younger than c's
    # utterance, does not take the room left over.
    assert [(p.stream_id, pending.utterance.start) for p, pending in batch] == [(1, 0.0), (2, 0.0)]
    assert c.queued() == 1 and a.queued() == 1


# -- stage times and /metrics --------------------------------------------------------------------------
def test_stage_times_count_and_sum():
    stages = StageTimes()
    stages.add("asr", 2.0)
    stages.add("asr", 4.0)
    stages.add("store", 0.3, count=3)
    got = stages.as_json()
    assert set(got) == set(STAGES)
    assert got["asr"]["count"] == 2 and got["asr"]["seconds"] == 6.0 and got["asr"]["p95"] == 4.0
    assert got["store"]["count"] == 3 and abs(got["store"]["p50"] - 0.1) < 1e-9
    assert got["vad"] == {"count": 0, "seconds": 0.0, "p50": None, "p95": None}


def samples(body: bytes) -> dict:
    out = {}
    for family in text_string_to_metric_families(body.decode()):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def test_lag_shedding_and_stages_reach_metrics_and_the_streams_page_data(db_url):
    factory = factory_for(db_url)
    stages = StageTimes()
    stages.add("asr", 1.5)
    stages.add("asr", 2.5)
    stages.add("queue_wait", 0.25)
    with session_scope(factory) as session:
        session.add(WorkerHeartbeat(id="W1", stats={"lag": {"a": 1.25, "b": 9.5}, "shed": ["b"],
                                                    "stages": stages.as_json()}))
        # A worker that stopped beating long ago says nothing about lag any more.
        session.add(WorkerHeartbeat(id="W0", heartbeat_at=utcnow() - timedelta(hours=1),
                                    stats={"lag": {"c": 99.0}, "shed": ["c"]}))
    got = samples(render_metrics(factory)[0])
    assert got[("livewatch_stream_lag_seconds", (("stream", "a"),))] == 1.25
    assert got[("livewatch_stream_lag_seconds", (("stream", "b"),))] == 9.5
    assert ("livewatch_stream_lag_seconds", (("stream", "c"),)) not in got
    assert got[("livewatch_stream_shed", (("stream", "a"),))] == 0
    assert got[("livewatch_stream_shed", (("stream", "b"),))] == 1
    assert got[("livewatch_stage_seconds_count", (("stage", "asr"), ("worker", "W1")))] == 2
    assert got[("livewatch_stage_seconds_sum", (("stage", "asr"), ("worker", "W1")))] == 4.0
    assert got[("livewatch_stage_seconds_sum", (("stage", "queue_wait"), ("worker", "W1")))] == 0.25
    assert got[("livewatch_stage_recent_seconds", (("quantile", "0.95"), ("stage", "asr"), ("worker", "W1")))] == 2.5
    with factory() as session:
        assert stream_lags(session) == {"a": {"lag": 1.25, "shed": False}, "b": {"lag": 9.5, "shed": True}}


# -- the worker's own figures --------------------------------------------------------------------------
def test_worker_lag_counts_waiting_and_unstored_audio_and_reaches_the_heartbeat(db_url, tmp_path):
    from collections import deque

    from monitor.settings import Settings
    from monitor.worker import Worker

    factory = factory_for(db_url)
    worker = Worker(Settings(data_dir=tmp_path, database_url=db_url), factory, worker_id="W")
    p = queued_pipeline(tmp_path, 1, [4.0, 5.0])            # two utterances waiting for the ASR: ends 4 s and 10 s
    p.wall_origin = utcnow() - timedelta(seconds=30)   # the stream's clock says 30 s
    p.received_end = 29.5
    worker.pipelines[1] = p
    assert 26.0 <= worker._lag(p) < 27.0                 # behind by the oldest waiting utterance's end
    p.queue.clear()
    assert 0.5 <= worker._lag(p) < 1.5                   # caught up: only the newest block's age
    worker._unstored_ends[1] = deque([12.0, 20.0])       # transcribed, not yet in the database
    assert 18.0 <= worker._lag(p) < 19.0
    unclocked = queued_pipeline(tmp_path, 2, [3.0])             # a file read at full speed has no clock to be behind
    worker.pipelines[2] = unclocked
    assert worker._lag(unclocked) is None
    worker.stages.add("asr", 2.0)
    worker._heartbeat()
    with factory() as session:
        stats = session.get(WorkerHeartbeat, "W").stats
    assert set(stats["lag"]) == {"s1"} and 18.0 <= stats["lag"]["s1"] < 19.0
    assert stats["shed"] == [] and stats["stages"]["asr"]["count"] == 1
