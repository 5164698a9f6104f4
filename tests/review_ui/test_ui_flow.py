"""Review workflow: 二审 of configured confirmations, QA sampling of dismissals, 终审 of disagreements, the
decision history of a reopened hit, and "其他" needing a note. Real SQLite, real app, HTTP through TestClient."""
from __future__ import annotations

import csv
import io
import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.models import AuditLog, Hit, ReviewTask, utcnow
from review_ui.app import create_app
from review_ui.crud import hits as hits_crud
from review_ui.crud import review_flow as flow
from review_ui.crud.export import confirmed_csv
from review_ui.crud.stats import rule_rates
from tests.review_ui import helpers

TZ = ZoneInfo("Asia/Shanghai")


def _medical(db, stream, severity="high", **extra):
    return helpers.add_hit(db, stream, matched="根治", category="medical_claim", rule_id="medical.cure",
                           severity=severity, segment_text="吃了能根治糖尿病", **extra)


def _status(db, hit_id):
    db.expire_all()
    return db.get(Hit, hit_id).status


def _actions(db, hit_id):
    return [a for (a,) in db.execute(select(AuditLog.action).where(AuditLog.target_type == "hit",
                                                                   AuditLog.target_id == str(hit_id))
                                     .order_by(AuditLog.id))]


def _second(client, task_id, verdict, **form):
    token = helpers.page_csrf(client, "/review/second")
    return client.post(f"/review/tasks/{task_id}/second", follow_redirects=False,
                       data={"csrf_token": token, "verdict": verdict, **form})


def _decide(client, hit_id, decision, **form):
    token = helpers.page_csrf(client, f"/hits/{hit_id}")
    return client.post(f"/hits/{hit_id}/decide", follow_redirects=False,
                       data={"csrf_token": token, "decision": decision, **form})


def _exported(db) -> set[int]:
    text = "".join(confirmed_csv(db, utcnow() - timedelta(days=1), utcnow() + timedelta(days=1), TZ))
    return {int(row[0]) for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) if row and row[0].isdigit()}


def _task(db, hit_id) -> ReviewTask:
    db.expire_all()
    return db.scalars(select(ReviewTask).where(ReviewTask.hit_id == hit_id).order_by(ReviewTask.id.desc())).first()


def test_confirmation_in_a_second_review_category_counts_only_after_another_reviewer_agrees(app, db, client):
    flow.save_policy(db, "ada", {"medical_claim": "high"}, 0.0)
    stream = helpers.add_stream(db, "s", shop="店A")
    high, medium = _medical(db, stream), _medical(db, stream, severity="medium")
    other = helpers.add_hit(db, stream)                         # absolute_claim: not configured
    db.commit()
    helpers.login(client, "rita")
    for hit in (high, medium, other):
        assert _decide(client, hit.id, "confirm").status_code == 303
    assert (_status(db, high.id), _status(db, medium.id), _status(db, other.id)) == \
        ("confirmed_pending", "confirmed", "confirmed")
    # Not final yet: neither in the export nor in the rule's confirm rate.
    assert _exported(db) == {medium.id, other.id}
    assert rule_rates(db, ["medical.cure"])["medical.cure"].confirmed == 1       # the medium one only
    page = client.get("/review/second").text
    assert f'data-hit-id="{high.id}"' in page and "你参与了这条的决定" in page
    task = _task(db, high.id)
    # The first reviewer cannot be the second.
    refused = _second(client, task.id, "agree")
    assert refused.status_code == 409 and "不能复核自己的决定" in refused.text
    assert _status(db, high.id) == "confirmed_pending"

    helpers.login(client, "rex")
    assert "同意确认" in client.get("/review/second").text
    done = _second(client, task.id, "agree")
    assert done.status_code == 303 and done.headers["location"].startswith("/review/second?done=agreed")
    assert _status(db, high.id) == "confirmed"
    assert _exported(db) == {high.id, medium.id, other.id}
    assert rule_rates(db, ["medical.cure"])["medical.cure"].confirmed == 2
    assert _actions(db, high.id) == ["hit.confirm", "review.second_requested", "review.agree"]
    db.expire_all()
    assert db.get(Hit, high.id).reviewer == "rita" and _task(db, high.id).second_reviewer == "rex"
    # Taken once: a second press (or another reviewer at the same moment) gets a conflict.
    assert _second(client, task.id, "agree").status_code == 409


def test_disagreement_goes_to_an_admin_who_was_not_a_party(app, db, client):
    flow.save_policy(db, "ada", {"*": "high"}, 0.0)
    stream = helpers.add_stream(db, "s")
    hit, hit2 = _medical(db, stream), _medical(db, stream)
    db.commit()
    helpers.login(client, "rita")
    _decide(client, hit.id, "confirm")
    helpers.login(client, "rex")
    task = _task(db, hit.id)
    no_note = _second(client, task.id, "disagree", reason="negation")
    assert no_note.status_code == 400 and "必须写明理由" in no_note.text
    assert _second(client, task.id, "disagree", reason="negation", note="主播说的是不能根治").status_code == 303
    assert _status(db, hit.id) == "disputed"
    assert client.get("/review/final").status_code == 403             # reviewers do not see 终审
    assert f'data-hit-id="{hit.id}"' not in client.get("/review/second").text

    helpers.login(client, "ada")
    page = client.get("/review/final").text
    assert f'data-hit-id="{hit.id}"' in page and "主播说的是不能根治" in page and "rita" in page
    token = helpers.page_csrf(client, "/review/final")
    no_note = client.post(f"/review/tasks/{task.id}/final", data={"csrf_token": token, "decision": "dismiss",
                                                                  "reason": "negation"})
    assert no_note.status_code == 400 and _status(db, hit.id) == "disputed"
    final = client.post(f"/review/tasks/{task.id}/final", follow_redirects=False,
                        data={"csrf_token": token, "decision": "dismiss", "reason": "negation",
                              "note": "否定语境，复听确认"})
    assert final.status_code == 303
    db.expire_all()
    row = db.get(Hit, hit.id)
    assert (row.status, row.reviewer, row.reason, row.note) == ("dismissed", "ada", "negation", "否定语境，复听确认")
    assert _actions(db, hit.id)[-2:] == ["review.disagree", "review.final"]
    final_entry = db.scalar(select(AuditLog).where(AuditLog.action == "review.final"))
    assert final_entry.detail["overturned"] is True
    figures = flow.agreement_by_reviewer(db)
    assert (figures["rita"].checked, figures["rita"].agreed, figures["rita"].overturned) == (1, 0, 1)

    # An admin who disagreed cannot also decide the dispute.
    hits_crud.decide(db, hit2.id, "rita", "confirmed", "")
    task2 = _task(db, hit2.id)
    flow.second_decision(db, task2.id, "ada", False, "asr_error", "听错了")
    with pytest.raises(flow.FlowError) as refused:
        flow.final_decision(db, task2.id, "ada", "confirmed", "", "其实是违规")
    assert refused.value.key == "error.final_party" and _status(db, hit2.id) == "disputed"


def test_sampled_dismissals_wait_for_qa(app, db, client):
    stream = helpers.add_stream(db, "s")
    hits = [helpers.add_hit(db, stream) for _ in range(203)]
    db.commit()
    flow.save_policy(db, "ada", {}, 1.0)
    helpers.login(client, "rita")
    assert _decide(client, hits[0].id, "dismiss", reason="asr_error").status_code == 303
    assert _status(db, hits[0].id) == "dismissed_pending"
    assert rule_rates(db, ["absolute.best"])["absolute.best"].dismissed == 0
    helpers.login(client, "rex")
    page = client.get("/review/qa").text
    assert f'data-hit-id="{hits[0].id}"' in page and "语音识别错误" in page
    assert _second(client, _task(db, hits[0].id).id, "agree").status_code == 303
    assert _status(db, hits[0].id) == "dismissed"
    assert rule_rates(db, ["absolute.best"])["absolute.best"].dismissed == 1
    # QA disagreeing with a dismissal means a violation: the hit goes to 终审 too.
    _decide(client, hits[1].id, "dismiss", reason="duplicate")
    helpers.login(client, "rita")
    assert _second(client, _task(db, hits[1].id).id, "disagree", note="不是重复，是新的一句").status_code == 303
    assert _status(db, hits[1].id) == "disputed"
    assert _task(db, hits[1].id).second_status == "confirmed"

    flow.save_policy(db, "ada", {}, 0.0)
    hits_crud.decide(db, hits[2].id, "rita", "dismissed", "duplicate")
    assert _status(db, hits[2].id) == "dismissed"
    # A share, not all or none: 200 dismissals at 25 % (binomial: mean 50, sd 6; bounds at 5 sd).
    flow.save_policy(db, "ada", {}, 0.25)
    for hit in hits[3:]:
        hits_crud.decide(db, hit.id, "rex", "dismissed", "asr_error")
    sampled = db.scalar(select(__import__("sqlalchemy").func.count(Hit.id))
                        .where(Hit.id.in_([h.id for h in hits[3:]]), Hit.status == "dismissed_pending"))
    assert 20 <= sampled <= 80, sampled


def test_other_needs_a_note(app, db, client):
    stream = helpers.add_stream(db, "s")
    hit = helpers.add_hit(db, stream)
    db.commit()
    helpers.login(client, "rita")
    refused = _decide(client, hit.id, "dismiss", reason="other")
    assert refused.status_code == 400 and "必须填写说明" in refused.text
    token = helpers.page_csrf(client, "/queue")
    via_htmx = client.post(f"/hits/{hit.id}/decide", headers={"HX-Request": "true"},
                           data={"csrf_token": token, "decision": "dismiss", "reason": "other", "note": "  "})
    assert via_htmx.status_code == 400 and 'class="flash error"' in via_htmx.text
    with pytest.raises(flow.NoteRequired):
        hits_crud.decide(db, hit.id, "rita", "dismissed", "other", "")
    assert _status(db, hit.id) == "pending" and _actions(db, hit.id) == []
    assert _decide(client, hit.id, "dismiss", reason="other", note="主播在念用户评论").status_code == 303
    assert _status(db, hit.id) == "dismissed"


def test_reopened_hit_shows_the_earlier_decision_who_and_why(app, db, client):
    stream = helpers.add_stream(db, "s")
    hit = helpers.add_hit(db, stream)
    db.commit()
    helpers.login(client, "rita")
    _decide(client, hit.id, "dismiss", reason="lawful_context", note="说的是检测报告原文")
    helpers.login(client, "ada")
    token = helpers.page_csrf(client, f"/hits/{hit.id}")
    client.post(f"/hits/{hit.id}/reopen", data={"csrf_token": token, "note": "店铺被投诉，重新看"})
    assert _status(db, hit.id) == "pending"
    assert f'hx-get="/review/hits/{hit.id}/history"' in client.get(f"/hits/{hit.id}").text
    card = client.get(f"/review/hits/{hit.id}/history").text
    entries = re.findall(r'<li data-action="([^"]+)"', card)
    assert entries == ["hit.dismiss", "hit.reopen"]
    assert "rita" in card and "合规语境" in card and "说的是检测报告原文" in card
    assert "店铺被投诉，重新看" in card and "撤销的决定" in card


def test_reopen_leaves_no_stale_review_step(app, db, client):
    flow.save_policy(db, "ada", {"medical_claim": "high"}, 0.0)
    stream = helpers.add_stream(db, "s")
    hit = _medical(db, stream)
    db.commit()
    hits_crud.decide(db, hit.id, "rita", "confirmed", "")
    old_task = _task(db, hit.id)
    hits_crud.reopen(db, hit.id, "ada", "再听一遍")
    helpers.login(client, "rex")
    assert f'data-hit-id="{hit.id}"' not in client.get("/review/second").text
    assert _second(client, old_task.id, "agree").status_code == 409
    assert _status(db, hit.id) == "pending"
    # Decided again: one new task, the old one superseded.
    hits_crud.decide(db, hit.id, "rex", "confirmed", "")
    db.expire_all()
    states = sorted(s for (s,) in db.execute(select(ReviewTask.state).where(ReviewTask.hit_id == hit.id)))
    assert states == ["open", "superseded"]


def test_policy_defaults_from_settings_and_admin_edit_audited(tmp_path):
    settings = helpers.make_settings(tmp_path, second_review={"medical_claim": "medium"}, qa_sample_rate=0.0)
    application = create_app(settings)
    try:
        session = application.state.session_factory()
        helpers.add_users(session)
        stream = helpers.add_stream(session, "s")
        hit = _medical(session, stream, severity="medium")
        session.commit()
        hits_crud.decide(session, hit.id, "rita", "confirmed", "")
        assert _status(session, hit.id) == "confirmed_pending"          # the settings' default applies
        with TestClient(application, base_url="http://127.0.0.1") as client:
            helpers.login(client, "rex")
            assert client.get("/review/policy").status_code == 403
            helpers.login(client, "ada")
            page = client.get("/review/policy").text
            assert "LIVEWATCH_SECOND_REVIEW" in page
            token = helpers.csrf_from(page)
            bad = client.post("/review/policy", data={"csrf_token": token, "qa_percent": "150"})
            assert bad.status_code == 400
            saved = client.post("/review/policy", follow_redirects=False,
                                data={"csrf_token": token, "sr_vulgar": "low", "sr_medical_claim": "",
                                      "sr_bogus": "high", "qa_percent": "12.5"})
            assert saved.status_code == 303
        session.expire_all()
        policy = flow.effective_policy(session)
        assert (policy.second_review, policy.qa_sample_rate, policy.updated_by) == ({"vulgar": "low"}, 0.125, "ada")
        entry = session.scalar(select(AuditLog).where(AuditLog.action == "review.policy"))
        assert entry.actor == "ada" and entry.detail["before"]["second_review"] == {"medical_claim": "medium"}
        hit2 = _medical(session, stream, severity="medium")
        session.commit()
        hits_crud.decide(session, hit2.id, "rita", "confirmed", "")
        assert _status(session, hit2.id) == "confirmed"                 # the admin's edit overrides
        session.close()
    finally:
        application.state.engine.dispose()


def test_every_key_the_workflow_builds_at_run_time_exists():
    from review_ui.i18n import catalogue
    from review_ui.routes.review_flow import MESSAGES

    wanted = [f"action.{a}" for a in flow.HISTORY_ACTIONS] + ["action.review.policy"]
    wanted += [f"flow.{part}.{k}" for part in ("title", "tab", "explain", "none") for k in flow.KINDS]
    wanted += [f"flow.{part}.{k}" for part in ("agree", "disagree", "waiting") for k in ("second", "qa")]
    wanted += ["flow.waiting.final", "flow.tab.policy"] + [f"flow.done.{m}" for m in MESSAGES]
    wanted += [f"flow.policy.sev.{s}" for s in ("high", "medium", "low")]
    for language in ("zh", "en"):
        strings = catalogue(language)
        assert [k for k in wanted if k not in strings] == [], language


def test_workflow_and_its_pages_on_sqlite_and_postgresql(db_url, tmp_path):
    application = create_app(helpers.make_settings(tmp_path, url=db_url))
    try:
        with application.state.session_factory() as s:
            helpers.add_users(s)
            flow.save_policy(s, "ada", {"medical_claim": "high"}, 1.0)
            stream = helpers.add_stream(s, "pg", shop="店")
            confirmed, dismissed = _medical(s, stream), helpers.add_hit(s, stream)
            s.commit()
            hits_crud.decide(s, confirmed.id, "rita", "confirmed", "")
            hits_crud.decide(s, dismissed.id, "rita", "dismissed", "other", "念的是评论")
            assert (_status(s, confirmed.id), _status(s, dismissed.id)) == ("confirmed_pending", "dismissed_pending")
            assert flow.counts(s) == {"second": 1, "qa": 1, "final": 0}
            flow.second_decision(s, _task(s, confirmed.id).id, "rex", True)
            flow.second_decision(s, _task(s, dismissed.id).id, "rex", False, "", "其实是违规")
            assert flow.counts(s) == {"second": 0, "qa": 0, "final": 1}
            with TestClient(application, base_url="http://127.0.0.1") as client:
                helpers.login(client, "ada")
                for path in ("/review", "/review/second", "/review/qa", "/review/final", "/review/policy",
                             f"/review/hits/{confirmed.id}/history", f"/review/hits/{dismissed.id}/history"):
                    assert client.get(path).status_code == 200, path
                assert client.get("/review/bogus").status_code == 404
                assert client.get("/review/hits/999999/history").status_code == 404
            flow.final_decision(s, _task(s, dismissed.id).id, "ada", "confirmed", "", "复听属实")
            assert (_status(s, confirmed.id), _status(s, dismissed.id)) == ("confirmed", "confirmed")
            figures = flow.agreement_by_reviewer(s, since=utcnow() - timedelta(hours=1))
            assert (figures["rita"].checked, figures["rita"].agreed, figures["rita"].overturned) == (2, 1, 1)
    finally:
        application.state.engine.dispose()


def test_retention_keeps_the_transcript_of_hits_still_under_review(app, db, settings):
    from monitor.models import Segment
    from monitor.retention import purge

    flow.save_policy(db, "ada", {"medical_claim": "high"}, 0.0)
    stream = helpers.add_stream(db, "s")
    old = utcnow() - timedelta(days=60)
    hit = _medical(db, stream, created_at=old)
    for start in (hit.start, hit.start + 500):       # one segment around the phrase, one far from any hit
        db.add(Segment(stream_id=stream.id, start_ms=int(start * 1000), start=start, end=start + 2,
                       text="吃了能根治糖尿病", created_at=old))
    db.commit()
    hits_crud.decide(db, hit.id, "rita", "confirmed", "")
    assert _status(db, hit.id) == "confirmed_pending"
    report = purge(db, settings.clips_path, retention_days=30)
    db.commit()
    assert report.segments_deleted == 1
    assert [s.start for s in db.scalars(select(Segment))] == [hit.start]


def test_the_decision_flash_says_it_waits_for_a_second_step(app, db, client):
    flow.save_policy(db, "ada", {"medical_claim": "high"}, 0.0)
    stream = helpers.add_stream(db, "s")
    waiting, plain = _medical(db, stream), helpers.add_hit(db, stream)
    db.commit()
    helpers.login(client, "rita")
    token = helpers.page_csrf(client, "/queue")
    messages = []
    for hit in (waiting, plain):
        response = client.post(f"/hits/{hit.id}/decide", headers={"HX-Request": "true"},
                               data={"csrf_token": token, "decision": "confirm", "ids": [str(hit.id)]})
        assert response.status_code == 200
        messages.append(response.text)
    assert "1 条待二审或质检" in messages[0] and "待二审" not in messages[1]
