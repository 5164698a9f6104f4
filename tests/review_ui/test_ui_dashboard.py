"""The dashboard's figures (issue 10, item 6): chart series, and per reviewer and day the decisions, median
seconds per decision, confirm rate, agreement with 二审/QA and overturned decisions — names for admins only."""
from __future__ import annotations

import html
import json
import re
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from monitor import audit
from monitor.models import AuditLog, ReviewTask
from review_ui.crud import hits as hits_crud
from review_ui.crud import reviewer_stats
from review_ui.crud.stats import charts, dashboard
from tests.review_ui import helpers
from tests.review_ui.helpers import utcnow

TZ = ZoneInfo("Asia/Shanghai")


def _decide_at(db, hit, who, status, at, reason=""):
    hits_crud.decide(db, hit.id, who, status, reason or ("" if status == "confirmed" else "asr_error"))
    entry = db.scalars(select(AuditLog).where(AuditLog.target_id == str(hit.id),
                                              AuditLog.action.in_(("hit.confirm", "hit.dismiss")))
                       .order_by(AuditLog.id.desc())).first()
    entry.at = at
    db.commit()


def test_reviewer_figures_count_decisions_gaps_confirm_rate_and_overturns(db):
    stream = helpers.add_stream(db, "fig")
    hits = [helpers.add_hit(db, stream, matched=f"最好{i}") for i in range(9)]
    db.commit()
    # Noon of yesterday, local time: the 43 minutes below never straddle a local midnight, whenever the test runs
    # (an hour before now did, between 00:00 and 00:43 in Shanghai).
    noon = datetime.combine(datetime.now(TZ).date() - timedelta(days=1), time(12), tzinfo=TZ)
    t0 = noon.astimezone(timezone.utc).replace(tzinfo=None)
    # rita: 30 s, 60 s, 90 s between decisions, then a 40 min break; hits 3 and 4 are one group (one key).
    times = [t0, t0 + timedelta(seconds=30), t0 + timedelta(seconds=90), t0 + timedelta(seconds=180),
             t0 + timedelta(seconds=180.2), t0 + timedelta(minutes=43)]
    statuses = ["confirmed", "confirmed", "dismissed", "confirmed", "confirmed", "dismissed"]
    for hit, at, status in zip(hits, times, statuses):
        _decide_at(db, hit, "rita", status, at)
    _decide_at(db, hits[6], "rex", "confirmed", t0 + timedelta(seconds=10))
    _decide_at(db, hits[7], "rex", "confirmed", t0 + timedelta(seconds=20))
    # rex takes one back at once (undo): it is no decision of his.
    assert hits_crud.undo(db, [hits[7].id], "rex") == [hits[7].id]
    # An admin reopens one of rita's confirmations: overturned.
    db.expire_all()                  # the decisions were UPDATEs: the session's rows are older than the table
    hits_crud.reopen(db, hits[0].id, "ada", "听错了")
    # 终审 reverses another of hers.
    audit.record(db, "ada", "review.final", "hit", hits[1].id, status="dismissed", first_reviewer="rita")
    db.commit()

    rows = reviewer_stats.reviewer_days(db, TZ, days=2)
    by_name = {r.reviewer: r for r in rows}
    rita, rex = by_name["rita"], by_name["rex"]
    assert (rita.hits, rita.decisions) == (6, 5)               # the group of two is one decision
    assert rita.confirmed == 4 and rita.confirm_rate == pytest.approx(4 / 6)
    assert rita.median_seconds == pytest.approx(60.0)           # gaps 30, 60, 90; the 40 min break left out
    assert rita.overturned == 2
    assert (rex.hits, rex.decisions, rex.overturned, rex.median_seconds) == (1, 1, 0, None)

    only_rex = reviewer_stats.reviewer_days(db, TZ, days=2, reviewer="rex")
    assert [r.reviewer for r in only_rex] == ["rex"]


def test_agreement_comes_from_second_review_and_qa(db):
    stream = helpers.add_stream(db, "agree")
    hit = helpers.add_hit(db, stream)
    db.commit()
    # Five minutes ago, but today in local time (days=1 below counts today only; just after midnight it was not).
    midnight = datetime.combine(datetime.now(TZ).date(), time(0), tzinfo=TZ).astimezone(timezone.utc)
    _decide_at(db, hit, "rita", "confirmed", max(utcnow() - timedelta(minutes=5), midnight.replace(tzinfo=None)))
    for state in ("agreed", "agreed", "disputed"):
        db.add(ReviewTask(hit_id=hit.id, kind="second", state=state, first_reviewer="rita",
                          first_status="confirmed", second_reviewer="rex", second_status="confirmed",
                          second_at=utcnow()))
    db.commit()
    rows = reviewer_stats.reviewer_days(db, TZ, days=1)
    totals = {t.reviewer: t for t in reviewer_stats.reviewer_totals(db, TZ, rows, days=1)}
    assert (totals["rita"].checked, totals["rita"].agreed) == (3, 2)
    assert totals["rita"].agreement == pytest.approx(2 / 3)


def test_chart_series_by_hour_stream_shop_rule_and_backlog(db):
    a = helpers.add_stream(db, "美妆直播间-1", shop="花漾美妆")
    b = helpers.add_stream(db, "厨房好物-2", shop="巧妇厨具")
    now = utcnow()
    for i in range(5):
        helpers.add_hit(db, a, created_at=now - timedelta(minutes=10 * i))
    for i in range(2):
        helpers.add_hit(db, b, category="medical_claim", rule_id="med-cure", created_at=now - timedelta(hours=3))
    helpers.add_hit(db, b, rule_id="med-cure", status="confirmed", reviewer="rex", decided_at=now)
    helpers.add_hit(db, b, rule_id="med-cure", status="dismissed", reviewer="rex", decided_at=now, reason="asr_error")
    db.commit()
    figures = dashboard(db, TZ, days=3)
    c = charts(db, TZ, figures, now=now)
    assert len(c.hours) == 48 and sum(c.hourly["absolute_claim"]) == 7 and sum(c.hourly["medical_claim"]) == 2
    assert c.hourly["medical_claim"][-4] == 2                       # three hours ago, in its own hour
    assert c.by_stream[0] == ("美妆直播间-1", 5) and dict(c.by_shop) == {"花漾美妆": 5, "巧妇厨具": 4}
    assert c.rule_rates["med-cure"][-1] == pytest.approx(0.5)
    assert c.backlog["lt_1h"] == 5 and sum(c.backlog.values()) == 7


def _series(page: str) -> dict:
    found = re.search(r'id="dash-data" hidden data-series="([^"]*)"', page)
    assert found, "no chart data on the page"
    return json.loads(html.unescape(found.group(1)))


def test_names_are_for_admins_others_see_their_own(client, db):
    stream = helpers.add_stream(db, "who")
    hits = [helpers.add_hit(db, stream) for _ in range(3)]
    db.commit()
    _decide_at(db, hits[0], "rita", "confirmed", utcnow() - timedelta(minutes=3))
    _decide_at(db, hits[1], "rex", "dismissed", utcnow() - timedelta(minutes=2))
    helpers.login(client, "ada")
    page = client.get("/dashboard").text
    assert 'data-reviewer="rita"' in page and 'data-reviewer="rex"' in page and "审核员（近 14 天）" in page
    assert {s["name"] for s in _series(page)["reviewers"]} == {"rita", "rex"}
    assert "每小时命中" in page and 'data-chart="hourly"' in page and "echarts.common.min.js" in page
    client.post("/logout", data={"csrf_token": helpers.csrf_from(page)})

    helpers.login(client, "rita")
    page = client.get("/dashboard").text
    assert "我的审核（近 14 天）" in page and 'data-reviewer="rita"' in page
    assert "rex" not in page                                        # not in the table, not in the chart data
    assert {s["name"] for s in _series(page)["reviewers"]} == {"rita"}
    for bad in ("abc", "-3", "99999999999999999999"):
        assert client.get(f"/dashboard?days={bad}").status_code == 200      # ignored, not an English 422
    assert "近 90 天" in client.get("/dashboard?days=500").text
