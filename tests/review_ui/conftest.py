"""Review UI fixtures: a real SQLite database (file) seeded with users, streams, hits and ffmpeg clips."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from review_ui.app import create_app
from tests.review_ui import helpers


@pytest.fixture
def settings(tmp_path):
    return helpers.make_settings(tmp_path)


@pytest.fixture
def app(settings):
    application = create_app(settings)
    yield application
    application.state.engine.dispose()


@pytest.fixture
def db(app):
    factory = app.state.session_factory
    session = factory()
    helpers.add_users(session)
    yield session
    session.close()


@pytest.fixture
def client(app, db):
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c


@pytest.fixture
def seeded(db, settings):
    """Two streams in two shops, three pending hits (one with a real clip), one hostile transcript."""
    s1 = helpers.add_stream(db, "beauty-1", shop="美妆旗舰店")
    s2 = helpers.add_stream(db, "kitchen-1", shop="厨房好物")
    sha = helpers.make_clip(settings.clips_path / "beauty-1" / "h1.ogg")
    h1 = helpers.add_hit(db, s1, matched="最好", clip_path="beauty-1/h1.ogg", clip_sha256=sha)
    h2 = helpers.add_hit(db, s1, matched="根治", category="medical_claim", rule_id="medical.cure",
                         severity="high")
    h3 = helpers.add_hit(db, s2, matched="第一", severity="medium", rule_id="absolute.first",
                         segment_text="<script>alert(1)</script>我们是第一",
                         context="<script>alert(1)</script>我们是第一<img src=x onerror=alert(2)>")
    db.commit()
    return {"streams": [s1, s2], "hits": [h1, h2, h3], "clip_sha": sha}
