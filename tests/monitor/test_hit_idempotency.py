"""Hit idempotency: the same finding stored twice with Whisper's timing moved a little is one row; the 0004
migration merges the copies earlier versions stored, keeping the one a reviewer decided."""
from __future__ import annotations

import json

from alembic import command
from sqlalchemy import func, select, text

from monitor.db import make_engine, session_scope
from monitor.models import Hit, OutboxMessage, Segment
from monitor.schema import alembic_config, upgrade
from monitor.store import SegmentResult, StoreRequest, store_utterance
from tests.monitor.helpers import FakeScanHit, claimed_stream, factory_for


def _store(factory, stream_id: int, *hits: FakeScanHit, seg_start: float = 10.0) -> int:
    seg = SegmentResult(seg_start, seg_start + 4, "这是全网最低价", -0.2, hits=list(hits))
    with session_scope(factory) as session:
        outcome = store_utterance(session, StoreRequest(
            stream_id=stream_id, stream_name="s1", worker_id="W", rule_version=1, checkpoint=seg_start + 4,
            segments=[seg], webhook_urls=["http://127.0.0.1:9/hook"]))
    return outcome.hits


def _hits(factory) -> list[tuple]:
    with factory() as session:
        return session.execute(select(Hit.rule_id, Hit.matched, Hit.start).order_by(Hit.start)).all()


def test_rescan_with_moved_timing_stores_no_copy(db_url, tmp_path):
    factory = factory_for(db_url)
    stream_id = claimed_stream(factory, tmp_path)
    assert _store(factory, stream_id, FakeScanHit("abs.lowest", "absolute_claim", "high", 11.49, 12.2,
                                                  matched="最低价")) == 1
    # The same finding from a second scan: 0.02 s later (across the rounding boundary), punctuation and
    # full-width forms aside; and the segment it is in starts 0.03 s later.
    for start, matched in ((11.51, "最低价！"), (11.47, "最低价"), (12.3, "最低价")):
        assert _store(factory, stream_id, FakeScanHit("abs.lowest", "absolute_claim", "high", start, start + 0.7,
                                                      matched=matched), seg_start=10.03) == 0
    # A different phrase of the same rule, or the same phrase 1.5 s later, is a different finding.
    assert _store(factory, stream_id, FakeScanHit("abs.lowest", "absolute_claim", "high", 11.5, 12.2,
                                                  matched="最便宜")) == 1
    assert _store(factory, stream_id, FakeScanHit("abs.lowest", "absolute_claim", "high", 13.0, 13.6,
                                                  matched="最低价"), seg_start=12.9) == 1
    assert [(r, m) for r, m, _ in _hits(factory)] == [("abs.lowest", "最低价"), ("abs.lowest", "最便宜"),
                                                      ("abs.lowest", "最低价")]
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(Segment)) == 2      # 10.0 and 12.9
        assert session.scalar(select(func.count()).select_from(OutboxMessage)) == 3


def test_categories_bases_slots_are_stored_and_sent(db_url, tmp_path):
    factory = factory_for(db_url)
    stream_id = claimed_stream(factory, tmp_path)
    hit = FakeScanHit("frame.cure", "medical_claim", "high", 2.0, 3.0, matched="治好湿疹")
    hit.categories = ("medical_claim", "guarantee_claim")
    hit.bases = ("广告法第十七条", "广告法第二十八条")
    hit.slots = (("疗效动词", "治好"), ("疾病", "湿疹"))
    plain = FakeScanHit("abs.best", "absolute_claim", "medium", 5.0, 5.5, matched="最好")
    assert _store(factory, stream_id, hit, plain) == 2
    with factory() as session:
        rows = {h.rule_id: h for h in session.scalars(select(Hit))}
        payload = session.scalar(select(OutboxMessage.payload))
    framed = rows["frame.cure"]
    assert framed.categories == ["medical_claim", "guarantee_claim"]
    assert framed.bases == ["广告法第十七条", "广告法第二十八条"]
    assert framed.slots == [{"slot": "疗效动词", "text": "治好"}, {"slot": "疾病", "text": "湿疹"}]
    assert framed.clip_missing is False
    assert (rows["abs.best"].categories, rows["abs.best"].bases, rows["abs.best"].slots) == \
        (["absolute_claim"], ["广告法第九条"], [])
    assert payload["categories"] == ["medical_claim", "guarantee_claim"]
    assert payload["slots"] == [{"slot": "疗效动词", "text": "治好"}, {"slot": "疾病", "text": "湿疹"}]


def test_clip_that_is_not_whole_marks_the_hit(db_url, tmp_path):
    from monitor.store import ClipResult

    factory = factory_for(db_url)
    stream_id = claimed_stream(factory, tmp_path)

    def writer(hit, stem):
        return ClipResult(ok=False, path=str(stem) + ".ogg", size=0, error="No space left on device")

    seg = SegmentResult(1.0, 3.0, "全网最低价", hits=[FakeScanHit("abs.lowest", "absolute_claim", "high", 1.2, 2.0)])
    with session_scope(factory) as session:
        store_utterance(session, StoreRequest(stream_id=stream_id, stream_name="s1", worker_id="W", rule_version=1,
                                              checkpoint=3.0, segments=[seg]), writer)
    with factory() as session:
        hit = session.scalar(select(Hit))
    assert (hit.clip_missing, hit.clip_path, hit.clip_sha256) == (True, None, None)


def test_migration_merges_duplicates_keeping_the_decided_one(db_url, tmp_path):
    # db_url is at head; build a second database at 0003 with today's duplicates.
    if db_url.startswith("sqlite"):
        url = f"sqlite:///{tmp_path / 'old.db'}"
    else:
        from tests.conftest import _create_pg_database
        url = _create_pg_database(db_url.rsplit("/", 1)[0])
    engine = make_engine(url)
    cfg = alembic_config(url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0003")
    columns = ("stream_id, rule_id, rule_version, category, severity, severity_rank, basis, matched, how, score, "
               "segment_text, context, start_ms, start, \"end\", created_at, clip_offset, status")
    rows = [  # (rule, matched, start, status)
        ("abs.lowest", "最低价", 11.20, "pending"),
        ("abs.lowest", "最低价", 11.23, "confirmed"),     # the copy a reviewer confirmed: kept
        ("abs.lowest", "最低价", 11.25, "dismissed"),
        ("abs.lowest", "最低价", 40.00, "pending"),       # a later, separate finding
        ("med.cure", "治疗痤疮", 12.50, "pending"),
        ("med.cure", "治疗痤疮", 12.52, "pending"),        # undecided copies: the oldest is kept
    ]
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO streams (name, url, platform, shop, realtime, enabled, state, checkpoint, "
                          "created_at, outages, outage_seconds) VALUES ('s1', '/x.wav', '', '', false, true, "
                          "'ended', 0, CURRENT_TIMESTAMP, 0, 0)"))
        for rule, matched, start, status in rows:
            conn.execute(text(f"INSERT INTO hits ({columns}) VALUES (1, :rule, 1, 'c', 'high', 3, 'b', :matched, "
                              f"'exact', 1.0, 't', 't', :ms, :start, :end, CURRENT_TIMESTAMP, 0, :status)"),
                         {"rule": rule, "matched": matched, "ms": round(start * 1000), "start": start,
                          "end": start + 0.5, "status": status})
        ids = [i for (i,) in conn.execute(text("SELECT id FROM hits ORDER BY id"))]
        conn.execute(text("INSERT INTO outbox (hit_id, url, payload, attempts, next_attempt_at) "
                          "VALUES (:hit, 'http://x', :payload, 0, CURRENT_TIMESTAMP)"),
                     {"hit": ids[0], "payload": json.dumps({"x": 1})})
    upgrade(engine)
    factory = factory_for(url)
    with factory() as session:
        kept = session.execute(select(Hit.id, Hit.rule_id, Hit.start, Hit.status, Hit.categories, Hit.slots,
                                      Hit.clip_missing).order_by(Hit.rule_id, Hit.start)).all()
        outbox_hit = session.scalar(select(OutboxMessage.hit_id))
    assert [(r, s, st) for _, r, s, st, *_ in kept] == [
        ("abs.lowest", 11.23, "confirmed"), ("abs.lowest", 40.0, "pending"), ("med.cure", 12.5, "pending")]
    assert all(c == ["c"] and sl == [] and m is False for *_, c, sl, m in kept)
    assert outbox_hit == ids[1]
    engine.dispose()
