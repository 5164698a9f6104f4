"""Reviewing: queue filters and order, batch claims, decisions, reopen, exports, dashboard, shops, streams, users."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import threading
import zipfile
from datetime import timedelta
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.db import make_engine, make_session_factory
from monitor.models import AuditLog, Hit, Stream, User, utcnow
from review_ui.crud import hits as hits_crud
from review_ui.crud.hits import QueueFilter
from tests.review_ui import helpers

TZ = ZoneInfo("Asia/Shanghai")


def _queue_ids(client, query: str = "") -> list[int]:
    import re
    return [int(x) for x in re.findall(r'data-hit-id="(\d+)" class="hit-row', client.get("/queue" + query).text)]


def test_queue_order_and_filters(client, db):
    s1 = helpers.add_stream(db, "a", shop="店A")
    s2 = helpers.add_stream(db, "b", shop="店B")
    now = utcnow()
    old_high = helpers.add_hit(db, s1, severity="high", created_at=now - timedelta(days=3))
    new_low = helpers.add_hit(db, s2, severity="low", category="false_urgency", created_at=now - timedelta(minutes=1))
    mid = helpers.add_hit(db, s1, severity="medium", category="medical_claim", created_at=now - timedelta(hours=1))
    done = helpers.add_hit(db, s1, status="confirmed", created_at=now)
    db.commit()
    helpers.login(client, "rita")
    assert _queue_ids(client) == [new_low.id, mid.id, old_high.id]              # newest first, pending only
    assert _queue_ids(client, "?order=severity") == [old_high.id, mid.id, new_low.id]
    assert _queue_ids(client, f"?stream={s2.id}") == [new_low.id]
    assert _queue_ids(client, "?category=medical_claim") == [mid.id]
    assert _queue_ids(client, "?severity=high") == [old_high.id]
    three_days_ago = (now.replace(tzinfo=__import__("datetime").timezone.utc).astimezone(TZ) - timedelta(days=3)).date()
    assert _queue_ids(client, f"?from={three_days_ago}&to={three_days_ago}") == [old_high.id]
    assert done.id not in _queue_ids(client)
    # Malformed filters are ignored, not a server error.
    assert client.get("/queue?stream=x&from=yesterday&category=<b>&order=drop").status_code == 200
    page = client.get("/queue").text
    assert "极限用语" in page and "医疗用语" in page          # categories as reviewers know them


def test_claimed_batches_never_overlap_and_block_other_reviewers(app, db):
    stream = helpers.add_stream(db, "s")
    hits = [helpers.add_hit(db, stream) for _ in range(30)]
    db.commit()
    factory = app.state.session_factory
    with factory() as a, factory() as b:
        assert len(hits_crud.claim_batch(a, QueueFilter(), "rita", TZ)) == 20
        assert len(hits_crud.claim_batch(b, QueueFilter(), "rex", TZ)) == 10
        assert hits_crud.claim_batch(b, QueueFilter(), "rex", TZ) == []      # nothing left unclaimed
    with factory() as s:
        rita = set(s.scalars(select(Hit.id).where(Hit.claimed_by == "rita")))
        rex = set(s.scalars(select(Hit.id).where(Hit.claimed_by == "rex")))
    assert len(rita) == 20 and len(rex) == 10 and not rita & rex
    victim = next(iter(rita))
    with factory() as s:
        try:
            hits_crud.decide(s, victim, "rex", "confirmed", "")
            raise AssertionError("rex decided a hit rita holds")
        except hits_crud.DecisionError:
            pass
        hits_crud.decide(s, victim, "rita", "confirmed", "")
        # Once a claim expires, the hit is free again.
        other = next(iter(rita - {victim}))
        s.execute(Hit.__table__.update().where(Hit.id == other).values(claim_expires_at=utcnow() - timedelta(seconds=1)))
        s.commit()
        hits_crud.decide(s, other, "rex", "dismissed", "duplicate")
        assert s.get(Hit, other).reviewer == "rex"


def test_two_reviewers_deciding_at_once_exactly_one_wins(db_url):
    """Race the conditional UPDATE on SQLite and on PostgreSQL: one decision, one DecisionError."""
    engine = make_engine(db_url)
    factory = make_session_factory(engine)
    with factory() as s:
        stream = helpers.add_stream(s, "race")
        ids = [helpers.add_hit(s, stream).id for _ in range(10)]
        s.commit()
    wins: dict[int, list[str]] = {i: [] for i in ids}
    barrier = threading.Barrier(2)

    def reviewer(name: str) -> None:
        for hit_id in ids:
            with factory() as s:
                barrier.wait()
                try:
                    hits_crud.decide(s, hit_id, name, "confirmed", "")
                    wins[hit_id].append(name)
                except hits_crud.DecisionError:
                    pass

    threads = [threading.Thread(target=reviewer, args=(n,)) for n in ("rita", "rex")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(len(w) == 1 for w in wins.values()), wins
    with factory() as s:
        decisions = s.scalars(select(AuditLog).where(AuditLog.action == "hit.confirm")).all()
        assert sorted(int(d.target_id) for d in decisions) == sorted(ids)
        assert all(s.get(Hit, i).reviewer == wins[i][0] for i in ids)
    engine.dispose()


def test_decide_reasons_and_next_hit(client, seeded, db):
    h1, h2, h3 = seeded["hits"]
    helpers.login(client, "rita")
    token = helpers.page_csrf(client)
    assert client.post(f"/hits/{h1.id}/decide", data={"decision": "dismiss", "csrf_token": token}).status_code == 400
    assert client.post(f"/hits/{h1.id}/decide", data={"decision": "dismiss", "reason": "bogus",
                                                      "csrf_token": token}).status_code == 400
    response = client.post(f"/hits/{h1.id}/decide", data={"decision": "dismiss", "reason": "asr_error",
                                                          "note": "识别成了最好", "csrf_token": token},
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/hits/")
    again = client.post(f"/hits/{h1.id}/decide", data={"decision": "confirm", "csrf_token": token})
    assert again.status_code == 409
    htmx = client.post(f"/hits/{h2.id}/decide", data={"decision": "confirm", "csrf_token": token},
                       headers={"HX-Request": "true"})
    assert htmx.status_code == 200
    assert json.loads(htmx.headers["HX-Trigger"]) == {"hitDecided": {"id": h2.id, "message": f"已确认违规 #{h2.id}"}}
    db.expire_all()
    one, two = db.get(Hit, h1.id), db.get(Hit, h2.id)
    assert (one.status, one.reason, one.note, one.reviewer) == ("dismissed", "asr_error", "识别成了最好", "rita")
    assert (two.status, two.reason) == ("confirmed", "violation") and two.decided_at is not None
    entries = db.scalars(select(AuditLog).where(AuditLog.action.in_(("hit.confirm", "hit.dismiss")))).all()
    assert {(e.action, e.target_id, e.actor) for e in entries} == {("hit.dismiss", str(h1.id), "rita"),
                                                                   ("hit.confirm", str(h2.id), "rita")}


def test_admin_reopens_a_decision_and_it_is_logged(client, seeded, db):
    hit = seeded["hits"][0]
    helpers.login(client, "rita")
    token = helpers.page_csrf(client)
    client.post(f"/hits/{hit.id}/decide", data={"decision": "confirm", "csrf_token": token})
    assert client.post(f"/hits/{hit.id}/reopen", data={"note": "x", "csrf_token": token}).status_code == 403
    client.post("/logout", data={"csrf_token": token})
    helpers.login(client, "ada")
    token = helpers.page_csrf(client)
    assert "重新打开" in client.get(f"/hits/{hit.id}").text
    response = client.post(f"/hits/{hit.id}/reopen", data={"note": "证据不足，重审", "csrf_token": token},
                           follow_redirects=False)
    assert response.status_code == 303
    db.expire_all()
    reopened = db.get(Hit, hit.id)
    assert reopened.status == "pending" and reopened.reviewer is None
    entry = db.scalar(select(AuditLog).where(AuditLog.action == "hit.reopen"))
    assert entry.actor == "ada" and entry.detail["previous"]["reviewer"] == "rita"
    assert entry.detail["note"] == "证据不足，重审"
    assert client.post(f"/hits/{hit.id}/reopen", data={"note": "x", "csrf_token": token}).status_code == 409


def test_hit_page_shows_the_evidence(client, seeded):
    hit = seeded["hits"][0]
    helpers.login(client, "rita")
    page = client.get(f"/hits/{hit.id}").text
    assert f'src="/hits/{hit.id}/clip#t=2.00"' in page
    assert "<mark>最好</mark>" in page and "absolute.best" in page
    for text in ("《广告法》第九条第（三）项", "精确匹配", "1.00", "beauty-1", "美妆旗舰店", "Asia/Shanghai"):
        assert text in page, text
    # Times are shown in Asia/Shanghai (UTC+8).
    local = hit.created_at.replace(tzinfo=__import__("datetime").timezone.utc).astimezone(TZ)
    assert local.strftime("%Y-%m-%d %H:%M:%S") in page
    clip = client.get(f"/hits/{hit.id}/clip")
    assert clip.status_code == 200 and clip.headers["content-type"] == "audio/ogg"
    assert hashlib.sha256(clip.content).hexdigest() == seeded["clip_sha"]


def test_evidence_zip_holds_clip_transcript_and_record(client, seeded, db):
    hit = seeded["hits"][0]
    helpers.login(client, "rita")
    response = client.get(f"/hits/{hit.id}/evidence.zip")
    assert response.status_code == 200 and response.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.content)) as zf:
        assert set(zf.namelist()) == {"clip.ogg", "transcript.txt", "record.json"}
        record = json.loads(zf.read("record.json"))
        clip_sha = hashlib.sha256(zf.read("clip.ogg")).hexdigest()
        transcript = zf.read("transcript.txt").decode()
    assert record["clip"]["sha256"] == clip_sha == seeded["clip_sha"]
    assert record["clip"]["sha256_matches_record"] is True
    assert record["rule"]["id"] == hit.rule_id and record["match"]["matched"] == "最好"
    assert record["exported_by"] == "rita" and hit.segment_text in transcript
    assert db.scalar(select(AuditLog).where(AuditLog.action == "export.evidence")).target_id == str(hit.id)


def test_csv_export_of_confirmed_hits_in_a_period(client, db):
    stream = helpers.add_stream(db, "csv", shop="店")
    now = utcnow()
    inside = helpers.add_hit(db, stream, status="confirmed", reviewer="rita", decided_at=now,
                             segment_text="=HYPERLINK(\"http://evil\")最好")
    helpers.add_hit(db, stream, status="confirmed", reviewer="rita", decided_at=now - timedelta(days=40))
    helpers.add_hit(db, stream, status="dismissed", reviewer="rita", decided_at=now)
    helpers.add_hit(db, stream, status="pending")
    db.commit()
    helpers.login(client, "rita")
    today = now.replace(tzinfo=__import__("datetime").timezone.utc).astimezone(TZ).date()
    response = client.get(f"/export/confirmed.csv?start={today - timedelta(days=7)}&end={today}")
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [int(r["命中编号"]) for r in rows] == [inside.id]   # headers in the UI's language
    assert rows[0]["原话"].startswith("'=")                  # no formula injection into Excel
    assert rows[0]["类别"] == "极限用语" and rows[0]["严重程度"] == "高" and rows[0]["匹配方式"] == "精确匹配"
    assert client.get("/export/confirmed.csv?start=bad").status_code == 400
    assert client.get(f"/export/confirmed.csv?start={today}&end={today - timedelta(days=1)}").status_code == 400


def test_dashboard_figures(client, db, app):
    stream = helpers.add_stream(db, "d")
    now = utcnow()
    helpers.add_hit(db, stream, status="confirmed", category="medical_claim")
    helpers.add_hit(db, stream, status="confirmed")
    helpers.add_hit(db, stream, status="dismissed")
    helpers.add_hit(db, stream, status="pending", created_at=now - timedelta(hours=30))
    helpers.add_hit(db, stream, status="pending", created_at=now - timedelta(minutes=5))
    db.commit()
    from review_ui.crud.stats import dashboard
    d = dashboard(db, TZ)
    assert (d.confirmed, d.dismissed, d.pending) == (2, 1, 2)
    assert abs(d.confirm_rate - 2 / 3) < 1e-9
    assert 29 * 3600 < d.oldest_pending_seconds < 31 * 3600
    assert d.pending_by_age == {"lt_1h": 1, "lt_1d": 0, "lt_7d": 1, "older": 0}
    assert sum(r.total for r in d.days) == 5 and d.days[-1].by_category.get("medical_claim") == 1
    helpers.login(client, "rita")
    page = client.get("/dashboard").text
    assert "67%" in page and "医疗用语" in page


def test_shop_risk_tiers_show_in_queue_streams_and_shop_page(client, db):
    bad = helpers.add_stream(db, "bad-1", shop="屡犯店")
    ok = helpers.add_stream(db, "ok-1", shop="一般店")
    clean = helpers.add_stream(db, "clean-1", shop="守法店")
    for _ in range(2):
        helpers.add_hit(db, bad, status="confirmed", severity="high", reviewer="rita", decided_at=utcnow())
    helpers.add_hit(db, ok, status="confirmed", severity="low", reviewer="rita", decided_at=utcnow())
    old = helpers.add_hit(db, clean, status="confirmed", severity="high", reviewer="rita",
                          created_at=utcnow() - timedelta(days=200))
    for s in (bad, ok, clean):
        helpers.add_hit(db, s)
    db.commit()
    helpers.login(client, "rita")
    for page in (client.get("/queue").text, client.get("/streams").text, client.get("/shops").text):
        assert "tier-watch" in page and "重点监管" in page
        assert "tier-normal" in page and "tier-trusted" in page
    shop = client.get("/shops/屡犯店").text
    assert "重点监管" in shop and shop.count('href="/hits/') == 2
    assert old.id  # older than the window: 守法店 is 无事不扰
    assert "无事不扰" in client.get("/shops/守法店").text
    assert client.get("/shops/不存在").status_code == 404


def test_admin_adds_and_disables_streams(client, db):
    helpers.login(client, "ada")
    token = helpers.page_csrf(client, "/streams")
    response = client.post("/streams", data={"name": "新直播间", "url": "rtmp://127.0.0.1/live/x", "shop": "新店",
                                             "platform": "kuaishou", "realtime": "1", "csrf_token": token},
                           follow_redirects=False)
    assert response.status_code == 303
    dup = client.post("/streams", data={"name": "新直播间", "url": "rtmp://x", "csrf_token": token})
    assert dup.status_code == 400 and "已有名为「新直播间」的直播间" in dup.text
    stream = db.scalar(select(Stream).where(Stream.name == "新直播间"))
    assert stream.shop == "新店" and stream.realtime is True and stream.enabled
    client.post(f"/streams/{stream.id}/enabled", data={"enabled": "0", "csrf_token": token})
    db.expire_all()
    assert db.get(Stream, stream.id).enabled is False
    actions = [a for a in db.scalars(select(AuditLog.action).where(AuditLog.target_type == "stream"))]
    assert actions == ["stream.add", "stream.disable"]
    page = client.get("/streams").text
    assert "新直播间" in page and "空闲" in page


def test_admin_manages_users(client, db):
    helpers.login(client, "ada")
    token = helpers.page_csrf(client, "/users")
    assert client.post("/users", data={"username": "newbie", "password": "short", "role": "reviewer",
                                       "csrf_token": token}).status_code == 400
    assert client.post("/users", data={"username": "newbie", "password": "long-enough-1", "role": "editor",
                                       "csrf_token": token}, follow_redirects=False).status_code == 303
    newbie = db.scalar(select(User).where(User.username == "newbie"))
    assert newbie.role == "editor"
    client.post(f"/users/{newbie.id}", data={"role": "reviewer", "csrf_token": token})
    ada = db.scalar(select(User).where(User.username == "ada"))
    refused = client.post(f"/users/{ada.id}", data={"active": "0", "csrf_token": token})
    assert refused.status_code == 400                         # no locking yourself out
    db.expire_all()
    assert db.get(User, newbie.id).role == "reviewer"
    actions = list(db.scalars(select(AuditLog.action).where(AuditLog.target_type == "user", AuditLog.actor == "ada")))
    assert actions.count("user.create") == 1 and actions.count("user.update") == 1
    # The new user can log in.
    client.post("/logout", data={"csrf_token": token})
    assert helpers.login(client, "newbie", "long-enough-1").status_code == 303


def test_audit_page_filters(client, seeded):
    helpers.login(client, "rita")
    token = helpers.page_csrf(client)
    client.post(f"/hits/{seeded['hits'][0].id}/decide", data={"decision": "confirm", "csrf_token": token})
    page = client.get("/audit?action=hit.confirm").text
    assert 'data-action="hit.confirm"' in page and 'data-action="login"' not in page
    assert f"命中 #{seeded['hits'][0].id}" in page and "<td>确认违规</td>" in page   # action names in Chinese


def test_healthz_and_metrics(client, seeded):
    assert client.get("/healthz").text == "ok"
    assert client.get("/metrics").status_code == 401
    helpers.login(client, "rita")
    metrics = client.get("/metrics")
    assert metrics.status_code == 200 and "livewatch_" in metrics.text


def test_claim_a_batch_through_the_queue(client, db, app):
    stream = helpers.add_stream(db, "c")
    for _ in range(25):
        helpers.add_hit(db, stream)
    db.commit()
    helpers.login(client, "rita")
    token = helpers.page_csrf(client)
    response = client.post("/queue/claim", data={"query": "", "csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303 and "mine=1" in response.headers["location"]
    mine = _queue_ids(client, "?mine=1")
    assert len(mine) == 20
    assert "我的批次（20）" in client.get("/queue").text
    # Another reviewer sees only the five nobody holds, and cannot decide rita's.
    with TestClient(app, base_url="http://127.0.0.1") as other:
        helpers.login(other, "rex")
        assert set(_queue_ids(other)) .isdisjoint(mine) and len(_queue_ids(other)) == 5
        rex_token = helpers.page_csrf(other)
        held = other.post(f"/hits/{mine[0]}/decide", data={"decision": "confirm", "csrf_token": rex_token})
        assert held.status_code == 409
        assert "正由 rita 处理" in other.get(f"/hits/{mine[0]}").text
    # Deciding from the batch leads to the next hit of the batch.
    nxt = client.post(f"/hits/{mine[0]}/decide", data={"decision": "confirm", "csrf_token": token},
                      follow_redirects=False)
    assert int(nxt.headers["location"].rsplit("/", 1)[1]) in mine[1:]
    client.post("/queue/release", data={"csrf_token": token})
    assert _queue_ids(client, "?mine=1") == []


def test_every_page_renders_on_sqlite_and_postgresql(db_url, tmp_path):
    settings = helpers.make_settings(tmp_path, url=db_url)
    from review_ui.app import create_app
    app = create_app(settings)
    with app.state.session_factory() as s:
        helpers.add_users(s)
        stream = helpers.add_stream(s, "pg", shop="店")
        hit = helpers.add_hit(s, stream)
        helpers.add_hit(s, stream, status="confirmed", reviewer="rita", decided_at=utcnow())
        s.commit()
        hit_id = hit.id
    with TestClient(app, base_url="http://127.0.0.1") as client:
        helpers.login(client, "ada")
        for path in ("/queue", "/queue?order=severity&category=absolute_claim&from=2020-01-01", f"/hits/{hit_id}",
                     f"/hits/{hit_id}/panel", "/rules", "/rules/abs-first", "/rules/history", "/rules/history/1",
                     "/streams", "/shops", "/shops/店", "/dashboard", "/export", "/export/confirmed.csv",
                     f"/hits/{hit_id}/evidence.zip", "/audit", "/users", "/metrics", "/healthz"):
            assert client.get(path).status_code == 200, path
        token = helpers.page_csrf(client)
        assert client.post("/queue/claim", data={"query": "", "csrf_token": token}).status_code == 200
        assert client.post(f"/hits/{hit_id}/decide", data={"decision": "confirm", "csrf_token": token},
                           follow_redirects=False).status_code == 303
    app.state.engine.dispose()
