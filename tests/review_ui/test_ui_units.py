"""Small pure pieces: highlighting, risk tiers, login backoff, strings, local time."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient

from review_ui import security
from review_ui.app import create_app
from review_ui.crud.shops import TIER_NORMAL, TIER_TRUSTED, TIER_WATCH, risk_tier
from review_ui.highlight import split_highlight, split_span
from review_ui.i18n import catalogue
from review_ui.templating import to_local
from tests.review_ui import helpers

UI = Path(__file__).resolve().parents[2] / "review_ui"


def test_split_highlight_marks_every_occurrence_without_overlap():
    assert split_highlight("最好最好的", ["最好"]) == [("最好最好", True), ("的", False)]
    assert split_highlight("全网最好用", ["最好", "最好用"]) == [("全网", False), ("最好用", True)]
    assert split_highlight("abc", ["x"]) == [("abc", False)]
    assert split_highlight("", ["x"]) == []
    assert split_highlight("<b>x</b>", ["x"]) == [("<b>", False), ("x", True), ("</b>", False)]
    assert split_span("今天最好", 2, 4) == [("今天", False), ("最好", True)]


def test_risk_tier():
    assert risk_tier(0, 0) == TIER_TRUSTED
    assert risk_tier(1, 1) == TIER_NORMAL
    assert risk_tier(4, 1) == TIER_NORMAL
    assert risk_tier(5, 0) == TIER_WATCH
    assert risk_tier(2, 2) == TIER_WATCH


def test_lock_backoff_starts_at_the_fifth_miss_and_doubles():
    assert [security.lock_seconds(n) for n in range(1, 5)] == [0, 0, 0, 0]
    assert [security.lock_seconds(n) for n in (5, 6, 7)] == [30, 60, 120]
    assert security.lock_seconds(50) == security.MAX_LOCK_SECONDS


def test_unknown_user_throttle():
    throttle = security.UnknownUserThrottle()
    now = datetime(2026, 1, 1)
    for _ in range(4):
        throttle.miss("ghost", now)
    assert throttle.locked_for("ghost", now) == 0
    throttle.miss("ghost", now)
    assert throttle.locked_for("ghost", now) == 30
    assert throttle.locked_for("ghost", now + timedelta(seconds=31)) == 0


def test_every_ui_string_exists_in_both_languages():
    zh, en = catalogue("zh"), catalogue("en")
    assert set(zh) == set(en)
    used = set()
    for path in list(UI.rglob("*.html")) + list(UI.rglob("*.py")):
        used |= set(re.findall(r"""\bt\(\s*['"]([a-z_]+\.[a-z_.]+)['"]\s*[,)]""", path.read_text()))
    assert used and not used - set(zh), sorted(used - set(zh))
    for prefix, values in {"cat.": ("absolute_claim", "medical_claim", "guarantee_claim", "false_price",
                                    "false_urgency", "off_platform", "disparagement", "false_endorsement",
                                    "vulgar"),
                           "tier.": ("watch", "normal", "trusted"), "sev.": ("high", "medium", "low"),
                           "state.": ("idle", "connecting", "live", "stalled", "ended", "failed"),
                           "how.": ("exact", "pinyin", "fuzzy", "pattern")}.items():
        for v in values:
            assert prefix + v in zh, prefix + v
    assert zh["cat.absolute_claim"] == "极限用语" and zh["cat.off_platform"] == "站外导流"
    assert (zh["tier.watch"], zh["tier.normal"], zh["tier.trusted"]) == ("重点监管", "一般", "无事不扰")


def test_english_by_setting(tmp_path):
    settings = helpers.make_settings(tmp_path, language="en")
    app = create_app(settings)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        page = client.get("/login").text
        assert "Log in" in page and "登录" not in page
        with app.state.session_factory() as s:
            helpers.add_users(s)
        helpers.login(client, "rita")
        assert "Review queue" in client.get("/queue").text
    app.state.engine.dispose()


def test_times_are_shown_in_asia_shanghai():
    local = to_local(datetime(2026, 1, 1, 16, 30), ZoneInfo("Asia/Shanghai"))
    assert local.strftime("%Y-%m-%d %H:%M") == "2026-01-02 00:30"
    assert to_local(None, ZoneInfo("Asia/Shanghai")) is None
