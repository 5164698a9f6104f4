"""Leases on a real database: exclusive claims, expiry takeover, fencing, release."""
from __future__ import annotations

import threading
import time

from sqlalchemy import select

from monitor import leases
from monitor.db import make_engine, make_session_factory, session_scope
from monitor.models import AuditLog, Stream
from monitor.streams import add_stream, set_enabled


def _factory(db_url):
    return make_session_factory(make_engine(db_url))


def _add(factory, tmp_path, names):
    audio = tmp_path / "a.wav"
    audio.write_bytes(b"RIFF")
    with session_scope(factory) as session:
        for name in names:
            add_stream(session, name, str(audio))


def test_concurrent_claims_never_share_a_stream(db_url, tmp_path):
    factory = _factory(db_url)
    _add(factory, tmp_path, [f"s{i}" for i in range(6)])
    got: dict[str, list[int]] = {}
    barrier = threading.Barrier(4)

    def grab(worker: str) -> None:
        barrier.wait()
        mine = []
        for _ in range(6):
            mine += [c.stream_id for c in leases.claim(factory, worker, limit=1, lease_seconds=30)]
        got[worker] = mine

    threads = [threading.Thread(target=grab, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    claimed = [sid for ids in got.values() for sid in ids]
    assert sorted(claimed) == sorted(set(claimed))          # nobody got a stream twice
    assert len(claimed) == 6                                # and every stream was claimed
    with factory() as session:
        owners = {s.id: s.lease_owner for s in session.scalars(select(Stream))}
    for worker, ids in got.items():
        assert all(owners[i] == worker for i in ids)


def test_expired_lease_is_taken_over_and_old_owner_is_fenced(db_url, tmp_path):
    factory = _factory(db_url)
    _add(factory, tmp_path, ["one"])
    [first] = leases.claim(factory, "A", limit=5, lease_seconds=0.5)
    assert not first.takeover
    assert leases.claim(factory, "B", limit=5, lease_seconds=30) == []     # still held
    time.sleep(0.7)
    [second] = leases.claim(factory, "B", limit=5, lease_seconds=30)
    assert second.takeover and second.previous_owner == "A"
    # A wakes up: it can neither renew nor write state.
    assert leases.renew(factory, "A", [first.stream_id], lease_seconds=30) == {first.stream_id}
    assert not leases.set_state(factory, "A", first.stream_id, "live")
    assert leases.set_state(factory, "B", first.stream_id, "live")
    with factory() as session:
        actions = [a.action for a in session.scalars(select(AuditLog).order_by(AuditLog.id))]
    assert actions.count("lease.takeover") == 1


def test_ended_streams_stay_ended_until_reenabled(db_url, tmp_path):
    factory = _factory(db_url)
    _add(factory, tmp_path, ["file"])
    [claim] = leases.claim(factory, "A", limit=1, lease_seconds=30)
    assert leases.release(factory, "A", claim.stream_id, state="ended")
    assert leases.claim(factory, "B", limit=1, lease_seconds=30) == []
    with session_scope(factory) as session:
        set_enabled(session, "file", True)
    assert [c.name for c in leases.claim(factory, "B", limit=1, lease_seconds=30)] == ["file"]


def test_disabled_stream_is_reported_lost_on_renewal(db_url, tmp_path):
    factory = _factory(db_url)
    _add(factory, tmp_path, ["x"])
    [claim] = leases.claim(factory, "A", limit=1, lease_seconds=30)
    with session_scope(factory) as session:
        set_enabled(session, "x", False)
    assert leases.renew(factory, "A", [claim.stream_id], lease_seconds=30) == {claim.stream_id}
    assert leases.release(factory, "A", claim.stream_id, state="idle")
    assert leases.claim(factory, "B", limit=1, lease_seconds=30) == []


def test_outage_is_counted(db_url, tmp_path):
    factory = _factory(db_url)
    _add(factory, tmp_path, ["live"])
    [claim] = leases.claim(factory, "A", limit=1, lease_seconds=30)
    leases.set_state(factory, "A", claim.stream_id, "live")
    leases.set_state(factory, "A", claim.stream_id, "stalled", "no audio for 10 s", outage_start=True)
    leases.set_state(factory, "A", claim.stream_id, "live", outage_end_seconds=20.0)
    with factory() as session:
        stream = session.get(Stream, claim.stream_id)
        assert (stream.state, stream.outages, stream.outage_seconds, stream.last_error) == ("live", 1, 20.0, None)
