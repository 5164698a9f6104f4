"""Utterance groups in the schema: the worker stores an utterance's hits under one `utterance_ms`, and the
0006 migration gives existing hits the start of the stored segment their phrase lies in."""
from __future__ import annotations

from alembic import command
from sqlalchemy import select, text

from monitor.db import make_engine, session_scope
from monitor.models import Hit
from monitor.schema import alembic_config, upgrade
from monitor.store import SegmentResult, StoreRequest, store_utterance
from tests.monitor.helpers import FakeScanHit, claimed_stream, factory_for


def test_the_hits_of_one_utterance_share_its_start(db_url, tmp_path):
    factory = factory_for(db_url)
    stream_id = claimed_stream(factory, tmp_path)
    first = SegmentResult(10.0, 14.0, "这款最好用，行业第一", -0.2, hits=[
        FakeScanHit("abs.best", "absolute_claim", "high", 10.5, 11.0, matched="最好用"),
        FakeScanHit("abs.first", "absolute_claim", "high", 12.0, 12.8, matched="行业第一")])
    second = SegmentResult(15.0, 17.0, "销量冠军", -0.2, hits=[
        FakeScanHit("end.sales", "false_endorsement", "medium", 15.1, 15.9, matched="销量冠军")])
    with session_scope(factory) as session:
        store_utterance(session, StoreRequest(stream_id=stream_id, stream_name="s1", worker_id="W", rule_version=1,
                                              checkpoint=17.0, segments=[first, second]))
    with factory() as session:
        rows = session.execute(select(Hit.matched, Hit.utterance_ms).order_by(Hit.start)).all()
    assert rows == [("最好用", 10_000), ("行业第一", 10_000), ("销量冠军", 15_000)]


def test_migration_0006_groups_existing_hits_by_their_segment(db_url, tmp_path):
    if db_url.startswith("sqlite"):
        url = f"sqlite:///{tmp_path / 'old.db'}"
    else:
        from tests.conftest import _create_pg_database
        url = _create_pg_database(db_url.rsplit("/", 1)[0])
    engine = make_engine(url)
    cfg = alembic_config(url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0005")
    columns = ("stream_id, rule_id, rule_version, category, severity, severity_rank, basis, matched, how, score, "
               "segment_text, context, start_ms, start, \"end\", created_at, clip_offset, status, idem_key, "
               "categories, bases, slots, clip_missing")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO streams (name, url, platform, shop, realtime, enabled, state, checkpoint, "
                          "created_at, outages, outage_seconds) VALUES ('s1', '/x.wav', '', '', false, true, "
                          "'ended', 0, CURRENT_TIMESTAMP, 0, 0)"))
        conn.execute(text("INSERT INTO segments (stream_id, start_ms, start, \"end\", text, avg_logprob, created_at) "
                          "VALUES (1, 20000, 20.0, 24.0, 't', 0, CURRENT_TIMESTAMP)"))
        for key, start in (("a", 20.4), ("b", 23.1), ("c", 40.0)):       # two inside the segment, one not
            conn.execute(text(f"INSERT INTO hits ({columns}) VALUES (1, 'r', 1, 'c', 'high', 3, 'b', 'm', 'exact', "
                              f"1.0, 't', 't', :ms, :start, :end, CURRENT_TIMESTAMP, 0, 'pending', :key, '[]', "
                              f"'[]', '[]', false)"),
                         {"ms": round(start * 1000), "start": start, "end": start + 0.5, "key": key})
    upgrade(engine)
    with engine.connect() as conn:
        got = conn.execute(text("SELECT start, utterance_ms FROM hits ORDER BY start")).all()
    assert [tuple(r) for r in got] == [(20.4, 20_000), (23.1, 20_000), (40.0, 40_000)]
    engine.dispose()
