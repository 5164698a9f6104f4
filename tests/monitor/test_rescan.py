"""A stream scanned twice stores the same hit rows. Reproduces issue 9's copies: three streams scanned side
by side (their utterances share Whisper windows), then one re-enabled with the UI's 启用 and scanned alone:
Whisper's timing moves by a few hundredths, and the hits must not be stored again."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from monitor.db import session_scope
from monitor.models import AuditLog, Hit, Segment, Stream
from monitor.settings import Settings
from monitor.streams import add_stream
from monitor.users import create_user
from monitor.worker import Worker
from review_ui.app import create_app
from tests.monitor.helpers import REPO
from tests.review_ui import helpers as ui

pytestmark = pytest.mark.slow
RULES = Path(__file__).parent / "data" / "rules"


def _scan(settings: Settings, factory, asr_pool) -> None:
    worker = Worker(settings, factory, asr=asr_pool)
    thread = threading.Thread(target=worker.run, args=(threading.Event(),), kwargs={"exit_when_idle": True},
                              daemon=True)
    thread.start()
    thread.join(240)
    assert not thread.is_alive(), "the worker did not finish"


def _hit_rows(factory) -> list[tuple]:
    with factory() as session:
        return session.execute(select(Hit.id, Hit.stream_id, Hit.rule_id, Hit.start, Hit.matched)
                               .order_by(Hit.id)).all()


def test_ui_enable_rescans_an_ended_stream_without_copies(db_url, audio, asr_pool, tmp_path):
    settings = Settings(data_dir=tmp_path / "data", database_url=db_url, rules_dir=RULES, asr_processes=1,
                        model_cache_dir=REPO / "data" / "models", lease_seconds=10, webhook_urls=[])
    app = create_app(settings)                      # the UI's start-up seeds the rule base, as in `livewatch run`
    factory = app.state.session_factory
    with session_scope(factory) as session:
        create_user(session, "ada", ui.PASSWORD, "admin", actor="test")
        add_stream(session, "beauty", str(audio["beauty17"]))
        add_stream(session, "kitchen", str(audio["kitchen25"]))
        add_stream(session, "beauty_b", str(audio["beauty_b"]))
    _scan(settings, factory, asr_pool)
    first = _hit_rows(factory)
    with factory() as session:
        beauty = session.scalar(select(Stream).where(Stream.name == "beauty"))
        segments = session.scalar(select(func.count()).select_from(Segment).where(Segment.stream_id == beauty.id))
    assert beauty.state == "ended" and segments
    assert {r for _, s, r, _, _ in first if s == beauty.id} >= {"t-superlative", "t-medical"}, first

    with TestClient(app, base_url="http://127.0.0.1") as client:
        assert ui.login(client, "ada").status_code == 303
        token = ui.page_csrf(client, "/streams")
        response = client.post(f"/streams/{beauty.id}/enabled", data={"enabled": "1", "csrf_token": token},
                               follow_redirects=False)
        assert response.status_code == 303
        # The UI's add checks the path as the CLI does.
        bad = client.post("/streams", data={"name": "nope", "url": str(tmp_path / "missing.m4a"),
                                            "csrf_token": token})
        assert bad.status_code == 400 and "文件不存在" in bad.text
    with factory() as session:
        again = session.get(Stream, beauty.id)
        assert (again.state, again.checkpoint, again.enabled) == ("idle", 0.0, True)
        claims_before = session.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.action == "lease.claim", AuditLog.target_id == str(beauty.id)))

    _scan(settings, factory, asr_pool)                # scanned again, alone this time
    with factory() as session:
        rescanned = session.get(Stream, beauty.id)
        claims_after = session.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.action == "lease.claim", AuditLog.target_id == str(beauty.id)))
        segments_after = session.scalar(select(func.count()).select_from(Segment)
                                        .where(Segment.stream_id == beauty.id))
    assert rescanned.state == "ended" and claims_after == claims_before + 1
    assert _hit_rows(factory) == first                # the same hit rows: no copies, nothing replaced
    assert segments_after == segments
    app.state.engine.dispose()
