"""/metrics content computed from a real database."""
from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

from monitor import leases
from monitor.db import session_scope
from monitor.metrics import render_metrics
from monitor.models import Hit, Segment, WorkerHeartbeat
from tests.monitor.helpers import claimed_stream, factory_for


def samples(body: bytes) -> dict:
    out = {}
    for family in text_string_to_metric_families(body.decode()):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def test_metrics_reflect_database_state(db_url, tmp_path):
    factory = factory_for(db_url)
    a = claimed_stream(factory, tmp_path, "a")
    claimed_stream(factory, tmp_path, "b")
    leases.set_state(factory, "W", a, "live")
    leases.set_state(factory, "W", a, "stalled", "no audio", outage_start=True)
    with session_scope(factory) as session:
        session.add(Segment(stream_id=a, start_ms=0, start=0, end=2, text="x"))
        for i, (category, status) in enumerate([("absolute_claim", "pending"), ("absolute_claim", "confirmed"),
                                                ("medical_claim", "pending")]):
            session.add(Hit(stream_id=a, rule_id=f"r{i}", rule_version=1, category=category, severity="high",
                            basis="b", matched="m", how="exact", score=1, segment_text="t", start_ms=i,
                            start=i, end=i + 1, status=status))
        session.add(WorkerHeartbeat(id="W", stats={"queued": 3, "audio_seconds": 100.0, "asr_seconds": 25.0}))
    body, content_type = render_metrics(factory)
    assert content_type.startswith("text/plain")
    got = samples(body)
    assert got[("livewatch_streams", (("state", "stalled"),))] == 1
    assert got[("livewatch_streams", (("state", "idle"),))] == 1
    assert got[("livewatch_stream_up", (("stream", "a"),))] == 0
    assert got[("livewatch_stream_outages_total", (("stream", "a"),))] == 1
    assert got[("livewatch_hits_total", (("category", "absolute_claim"), ("status", "pending")))] == 1
    assert got[("livewatch_queue_length", (("queue", "pending_hits"),))] == 2
    assert got[("livewatch_queue_length", (("queue", "asr_utterances"),))] == 3
    assert got[("livewatch_asr_real_time_factor", ())] == 0.25
    assert got[("livewatch_segments_per_second", ())] > 0
    assert got[("livewatch_lease_takeovers_total", ())] == 0
