"""Retention purge on a real database and real files: dismissed clips and old transcripts go, evidence stays."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from monitor.db import session_scope
from monitor.models import Hit, Segment, utcnow
from monitor.retention import purge
from tests.monitor.helpers import claimed_stream, factory_for


def _hit(stream_id, start, status, clip, created):
    return Hit(stream_id=stream_id, rule_id=f"r{start}", rule_version=1, category="absolute_claim",
               severity="high", basis="b", matched="最", how="exact", score=1.0, segment_text="t",
               start_ms=int(start * 1000), start=start, end=start + 1, status=status, clip_path=clip,
               clip_sha256="0" * 64, created_at=created)


def test_purge_keeps_confirmed_evidence(db_url, tmp_path):
    factory = factory_for(db_url)
    stream_id = claimed_stream(factory, tmp_path)
    clips = tmp_path / "clips"
    (clips / str(stream_id)).mkdir(parents=True)
    for name in ("old_dismissed", "new_dismissed", "old_confirmed"):
        (clips / str(stream_id) / f"{name}.ogg").write_bytes(b"x")
    old = utcnow() - timedelta(days=40)
    new = utcnow() - timedelta(days=1)
    with session_scope(factory) as session:
        session.add_all([
            _hit(stream_id, 100, "dismissed", f"{stream_id}/old_dismissed.ogg", old),
            _hit(stream_id, 200, "dismissed", f"{stream_id}/new_dismissed.ogg", new),
            _hit(stream_id, 1000, "confirmed", f"{stream_id}/old_confirmed.ogg", old),
        ])
        for start, created in ((100, old), (500, old), (990, old), (1030, old), (2000, new)):
            session.add(Segment(stream_id=stream_id, start_ms=start * 1000, start=start, end=start + 5, text="x",
                                created_at=created))
    with session_scope(factory) as session:
        report = purge(session, clips, retention_days=30)
    assert (report.clips_deleted, report.segments_deleted) == (1, 2)
    assert not (clips / str(stream_id) / "old_dismissed.ogg").exists()
    assert (clips / str(stream_id) / "new_dismissed.ogg").exists()
    assert (clips / str(stream_id) / "old_confirmed.ogg").exists()
    with factory() as session:
        kept = sorted(s.start for s in session.scalars(select(Segment)))
        clips_left = {h.start: h.clip_path for h in session.scalars(select(Hit))}
    assert kept == [990, 1030, 2000]             # old ones near the confirmed hit stay, the rest go
    assert clips_left[100] is None and clips_left[1000] is not None
    # A second purge finds nothing more.
    with session_scope(factory) as session:
        assert purge(session, clips, retention_days=30).segments_deleted == 0
