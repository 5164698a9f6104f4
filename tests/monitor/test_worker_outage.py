"""A worker (in this process, real ASR, real ffmpeg) whose database goes away for twice the lease while it
watches a stream: nothing lost, no copies, true media times, one pipeline per stream. A file played in real
time on SQLite (the session factory fails while "down") and PostgreSQL (the server really stopped and
started), and a live HTTP stream on SQLite."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from monitor import rulestore
from monitor.db import make_engine, make_session_factory, session_scope
from monitor.models import AuditLog, Hit, Segment, Stream
from monitor.schema import upgrade
from monitor.settings import Settings
from monitor.streams import add_stream
from monitor.worker import Worker
from tests.monitor.helpers import REPO, FlakyFactory, child_pids, wait_for

pytestmark = pytest.mark.slow
LEASE = 3
RULES = Path(__file__).parent / "data" / "rules"


def _database(url: str):
    engine = make_engine(url)
    upgrade(engine)
    factory = make_session_factory(engine)
    with session_scope(factory) as session:
        rulestore.ensure_seeded(session, RULES)
    return engine, factory


def _settings(tmp_path: Path) -> Settings:
    # No load shedding: on a busy test machine it would change the beam, and so the transcript compared.
    return Settings(data_dir=tmp_path / "data", lease_seconds=LEASE, asr_processes=1, rules_dir=RULES,
                    model_cache_dir=REPO / "data" / "models", webhook_urls=[], shed_lag_seconds=0)


def _run(worker: Worker) -> threading.Thread:
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,), kwargs={"exit_when_idle": True}, daemon=True)
    thread.start()
    return thread


def _decoders(source: Path | str) -> int:
    """ffmpeg processes of ours decoding `source` (clip encoders are ffmpeg too, but read a pipe)."""
    import os
    count = 0
    for child in child_pids(os.getpid()):
        try:
            argv = Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if argv and argv[0].endswith(b"ffmpeg") and any(str(source).encode() in a for a in argv):
            count += 1
    return count


def _hits(factory) -> list[tuple[str, float]]:
    with factory() as session:
        return sorted(session.execute(select(Hit.rule_id, Hit.start)).all())


@pytest.fixture(scope="module")
def reference(audio, asr_pool, tmp_path_factory):
    """Hits and segments of an undisturbed run over the same audio."""
    root = tmp_path_factory.mktemp("outage-reference")
    _, factory = _database(f"sqlite:///{root / 'ref.db'}")
    with session_scope(factory) as session:
        add_stream(session, "show", str(audio["beauty17"]), realtime=True)
    thread = _run(Worker(_settings(root), factory, asr=asr_pool))
    thread.join(120)
    assert not thread.is_alive()
    with factory() as session:
        segments = sorted(session.execute(select(Segment.start, Segment.end)).all())
    hits = _hits(factory)
    assert {r for r, _ in hits} >= {"t-superlative", "t-medical"}, hits
    return hits, segments


def _outage_run(factory, audio, asr_pool, tmp_path, go_down, come_back, real_factory=None):
    real_factory = real_factory or factory
    with session_scope(real_factory) as session:
        add_stream(session, "show", str(audio["beauty17"]), realtime=True)
    worker = Worker(_settings(tmp_path), factory, asr=asr_pool)
    thread = _run(worker)
    wait_for(lambda: worker.pipelines, 60, "the stream to be claimed")
    claimed_at = time.monotonic()
    most_ffmpeg = 0
    # Down once the stream plays (about 4 s of speech in), for twice the lease.
    while time.monotonic() - claimed_at < 4.0:
        most_ffmpeg = max(most_ffmpeg, _decoders(audio["beauty17"]))
        time.sleep(0.2)
    go_down()
    down_at = time.monotonic()
    media_at_down = down_at - claimed_at
    while time.monotonic() - down_at < 2 * LEASE + 1.5:
        most_ffmpeg = max(most_ffmpeg, _decoders(audio["beauty17"]))
        assert len(worker.pipelines) <= 1
        time.sleep(0.2)
    come_back()
    while thread.is_alive() and time.monotonic() - down_at < 120:
        most_ffmpeg = max(most_ffmpeg, _decoders(audio["beauty17"]))
        time.sleep(0.2)
    assert not thread.is_alive(), "worker did not finish"
    return worker, media_at_down, most_ffmpeg


def _check(real_factory, worker, reference, media_at_down, most_ffmpeg):
    ref_hits, ref_segments = reference
    hits = _hits(real_factory)
    with real_factory() as session:
        segments = sorted(session.execute(select(Segment.start, Segment.end)).all())
        stream = session.scalar(select(Stream))
        actions = [a for (a,) in session.execute(select(AuditLog.action).where(
            AuditLog.action.in_(["lease.claim", "lease.takeover"])))]
    assert worker.store.stats.failures >= 1                         # the outage was felt
    # 0 lost, 0 copies, true media times: the reference's findings, each within a second of its time.
    assert [r for r, _ in hits] == [r for r, _ in ref_hits], (hits, ref_hits)
    assert all(abs(a - b) <= 1.0 for (_, a), (_, b) in zip(hits, ref_hits)), (hits, ref_hits)
    assert len(segments) == len(ref_segments)
    assert all(abs(a[0] - b[0]) <= 1.0 for a, b in zip(segments, ref_segments)), (segments, ref_segments)
    assert any(end > media_at_down for _, end in segments)         # speech from the outage was stored
    # One pipeline (one ffmpeg) for the stream throughout; never a "takeover" of itself.
    assert actions == ["lease.claim"] and most_ffmpeg == 1
    assert (stream.state, stream.lease_owner) == ("ended", None)


def test_sqlite_down_twice_the_lease_loses_nothing(audio, asr_pool, reference, tmp_path):
    _, real = _database(f"sqlite:///{tmp_path / 'live.db'}")
    flaky = FlakyFactory(real)
    worker, media_at_down, most = _outage_run(flaky, audio, asr_pool, tmp_path, flaky.down.set, flaky.down.clear,
                                              real_factory=real)
    _check(real, worker, reference, media_at_down, most)


def test_postgresql_down_twice_the_lease_loses_nothing(audio, asr_pool, reference, private_pg, tmp_path):
    url, stop, start = private_pg
    _, factory = _database(url)
    worker, media_at_down, most = _outage_run(factory, audio, asr_pool, tmp_path, stop, start)
    _check(factory, worker, reference, media_at_down, most)


def test_live_stream_database_down_twice_the_lease(audio, asr_pool, tmp_path):
    """The same under a live HTTP stream (a looping MP3 served at its natural pace), SQLite failing."""
    from datetime import timedelta

    from monitor.models import utcnow
    from tests.conftest import free_port
    from tests.monitor.test_worker_live import LiveMp3Server

    server = LiveMp3Server(audio["loop_mp3"], free_port())
    server.start()
    url = f"http://127.0.0.1:{server.port}/live.mp3"
    _, real = _database(f"sqlite:///{tmp_path / 'live.db'}")
    flaky = FlakyFactory(real)
    with session_scope(real) as session:
        add_stream(session, "radio", url)
    worker = Worker(_settings(tmp_path), flaky, asr=asr_pool)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,), daemon=True)
    thread.start()
    most = 0

    def watch(seconds: float) -> None:
        nonlocal most
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            most = max(most, _decoders(url))
            assert len(worker.pipelines) <= 1
            time.sleep(0.2)

    def segments():
        with real() as session:
            return session.execute(select(Segment.start, Segment.end, Segment.created_at)
                                   .order_by(Segment.start)).all()
    try:
        wait_for(lambda: segments(), 90, "a first stored segment")
        watch(2.0)
        origin = next(iter(worker.pipelines.values())).wall_origin      # wall time of media second 0
        flaky.down.set()
        down_wall = utcnow()
        watch(2 * LEASE + 1.5)
        flaky.down.clear()
        up_wall = utcnow()
        wait_for(lambda: any(s.created_at > up_wall + timedelta(seconds=8) for s in segments()), 90,
                 "segments stored after the database returned")
    finally:
        stop.set()
        thread.join(90)
        server.stop()
    rows = segments()
    with real() as session:
        stream = session.scalar(select(Stream))
        actions = [a for (a,) in session.execute(select(AuditLog.action).where(
            AuditLog.action.in_(["lease.claim", "lease.takeover"])))]
    assert worker.store.stats.failures >= 1
    assert actions == ["lease.claim"] and most == 1                   # one pipeline, never its own takeover
    # 0 copies: no two segments cover the same audio; 0 lost: no hole in the media timeline across the outage.
    for before, after in zip(rows, rows[1:]):
        assert after.start >= before.end - 0.3, (before, after)
        assert after.start - before.end < 2 * LEASE, (before, after, rows)
    # Speech from the outage itself was stored once the database returned, at its true media time. (Only
    # segments that began well inside the outage: the media clock of a live stream runs a little ahead of or
    # behind the wall clock, so one ending just after the database went away may have been stored before.)
    media_down, media_up = ((t - origin).total_seconds() for t in (down_wall, up_wall))
    # The test source delivers its first seconds in a burst, ahead of the wall clock, and since the encoder was
    # fitted to the window the worker keeps up with it: audio it had before the database went away may be stored
    # before it did. So: speech from the outage's media time is there (the hole check above: none lost), and
    # nothing was stored while the database was down.
    during = [r for r in rows if r.start > media_down + 2 and r.start < media_up - 1]
    assert during, (media_down, media_up, rows)
    assert all(r.created_at >= up_wall or r.created_at <= down_wall for r in rows), (down_wall, up_wall, rows)
    assert (stream.state, stream.lease_owner) == ("idle", None)
