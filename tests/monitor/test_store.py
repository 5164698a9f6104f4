"""Storing results: idempotent re-insert, lease fencing, outbox rows in the same transaction."""
from __future__ import annotations

from sqlalchemy import func, select

from monitor.db import session_scope
from monitor.models import Hit, OutboxMessage, Segment, Stream
from monitor.store import SegmentResult, StoreRequest, store_utterance
from tests.monitor.helpers import FakeScanHit, claimed_stream, factory_for


def _request(stream_id: int, worker: str = "W", urls=("http://127.0.0.1:9/hook",)) -> StoreRequest:
    seg = SegmentResult(10.0, 14.0, "这是全网最低价，还能治疗痤疮", -0.2, hits=[
        FakeScanHit("abs.lowest", "absolute_claim", "high", 11.2, 12.0, matched="最低价"),
        FakeScanHit("med.cure", "medical_claim", "medium", 12.5, 13.4, matched="治疗痤疮"),
    ])
    return StoreRequest(stream_id=stream_id, stream_name="s1", worker_id=worker, rule_version=3, checkpoint=14.2,
                        segments=[seg], previous_text="大家好", webhook_urls=list(urls))


def _counts(factory):
    with factory() as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) for m in (Segment, Hit, OutboxMessage))


def test_replayed_utterance_adds_nothing(db_url, tmp_path):
    factory = factory_for(db_url)
    stream_id = claimed_stream(factory, tmp_path)
    with session_scope(factory) as session:
        first = store_utterance(session, _request(stream_id))
    assert (first.stored, first.segments, first.hits) == (True, 1, 2)
    assert _counts(factory) == (1, 2, 1)           # one webhook message: only the high-severity hit
    with session_scope(factory) as session:
        again = store_utterance(session, _request(stream_id))
    assert (again.stored, again.segments, again.hits) == (True, 0, 0)
    assert _counts(factory) == (1, 2, 1)
    with factory() as session:
        hit = session.scalar(select(Hit).where(Hit.rule_id == "abs.lowest"))
        assert (hit.rule_version, hit.start_ms, hit.severity_rank, hit.context) == (3, 11200, 3, "大家好这是全网最低价，还能治疗痤疮")
        assert session.get(Stream, stream_id).checkpoint == 14.2


def test_worker_without_the_lease_writes_nothing(db_url, tmp_path):
    factory = factory_for(db_url)
    stream_id = claimed_stream(factory, tmp_path, worker="W")
    with session_scope(factory) as session:
        outcome = store_utterance(session, _request(stream_id, worker="intruder"))
    assert not outcome.stored
    assert _counts(factory) == (0, 0, 0)


def test_clip_is_written_before_commit_and_recorded(db_url, tmp_path):
    factory = factory_for(db_url)
    stream_id = claimed_stream(factory, tmp_path)
    written = []

    def writer(hit, stem):
        written.append((hit.rule_id, str(stem)))
        return str(stem) + ".ogg", "ab" * 32, 3.0

    with session_scope(factory) as session:
        store_utterance(session, _request(stream_id, urls=()), writer)
    with factory() as session:
        hits = session.scalars(select(Hit).order_by(Hit.start)).all()
    assert [h.clip_path for h in hits] == [f"{stream_id}/0000011200_abs.lowest.ogg",
                                           f"{stream_id}/0000012500_med.cure.ogg"]
    assert all(h.clip_sha256 == "ab" * 32 and h.clip_offset == 3.0 for h in hits)
    assert len(written) == 2
