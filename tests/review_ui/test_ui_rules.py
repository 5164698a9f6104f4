"""Rule editing through the UI: draft edits, try it, publish gated by examples, history and diff, rates."""
from __future__ import annotations

from sqlalchemy import select

from monitor import rulestore
from monitor.models import AuditLog, RuleBaseVersion
from review_ui.crud import rules as rules_crud
from tests.review_ui import helpers


def _editor(client) -> str:
    helpers.login(client, "eddie")
    return helpers.page_csrf(client, "/rules")


def _add(client, token, rule_id, field, value):
    return client.post(f"/rules/{rule_id}/items", data={"field": field, "op": "add", "value": value,
                                                        "csrf_token": token}, follow_redirects=False)


def test_rules_page_lists_categories_rules_and_examples(client, db):
    helpers.login(client, "rita")
    page = client.get("/rules").text
    for name in ("极限用语", "医疗用语", "站外导流", "abs-superlative"):
        assert name in page, name
    rule = client.get("/rules/abs-superlative").text
    assert "最好用" in rule and "最佳赏味期" in rule and "我们家的面膜是最好的" in rule
    assert 'action="/rules/abs-superlative/items"' not in rule     # reviewers get no edit forms
    assert client.get("/rules/no-such-rule").status_code == 404


def test_try_it_shows_what_a_sentence_hits(client, db):
    token = _editor(client)
    result = client.post("/rules/try", data={"text": "这是全网最好用的锅", "csrf_token": token},
                         headers={"HX-Request": "true"}).text
    assert 'data-rule-id="abs-superlative"' in result and "<mark>" in result
    nothing = client.post("/rules/try", data={"text": "今天天气不错", "csrf_token": token},
                          headers={"HX-Request": "true"}).text
    assert "没有命中任何规则" in nothing


def test_phrase_edits_go_to_the_draft_and_publish_makes_a_version(client, db):
    token = _editor(client)
    assert _add(client, token, "abs-superlative", "phrases", "天下无双").status_code == 303
    assert _add(client, token, "abs-superlative", "phrases", "天下无双").status_code == 200   # duplicate → error shown
    client.post("/rules/abs-superlative/items", data={"field": "phrases", "op": "edit", "old": "最牛", "value": "最牛逼",
                                                      "csrf_token": token})
    client.post("/rules/abs-superlative/items", data={"field": "phrases", "op": "remove", "old": "最奢华",
                                                      "csrf_token": token})
    # The try box uses the draft, so the new phrase already hits there…
    tried = client.post("/rules/try", data={"text": "这口锅天下无双", "csrf_token": token},
                        headers={"HX-Request": "true"}).text
    assert 'data-rule-id="abs-superlative"' in tried
    # …but nothing is published yet.
    assert rulestore.latest_version(db).version == 1
    overview = client.get("/rules").text
    assert "天下无双" in overview and "最奢华" in overview        # pending diff shows added and removed
    response = client.post("/rules/publish", data={"note": "加词", "csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303, response.text      # the page lists the failing examples
    assert response.headers["location"] == "/rules/history?published=2"
    db.expire_all()
    latest = rulestore.latest_version(db)
    assert latest.version == 2 and latest.created_by == "eddie" and latest.note == "加词"
    rule = next(r for r in latest.data if r["id"] == "abs-superlative")
    assert "天下无双" in rule["phrases"] and "最牛逼" in rule["phrases"] and "最奢华" not in rule["phrases"]
    history = client.get("/rules/history").text
    assert 'data-version="2"' in history and 'data-version="1"' in history
    diff = client.get("/rules/history/2").text
    assert "<ins>+ 天下无双</ins>" in diff and "<del>− 最奢华</del>" in diff
    actions = list(db.scalars(select(AuditLog.action).where(AuditLog.actor == "eddie")))
    assert actions.count("rule.add_item") == 1 and "rule.edit_item" in actions and "rule.remove_item" in actions
    assert "rule.publish" in actions


def test_publish_is_refused_while_an_example_fails(client, db):
    token = _editor(client)
    # "私信" occurs in a miss example ("最近很多宝宝私信问我怎么用"): as a phrase it breaks that example.
    _add(client, token, "abs-superlative", "phrases", "私信")
    response = client.post("/rules/publish", data={"csrf_token": token})
    assert response.status_code == 422
    assert "abs-superlative" in response.text and "最近很多宝宝私信问我怎么用" in response.text
    assert db.scalar(select(RuleBaseVersion.version).order_by(RuleBaseVersion.version.desc())) == 1
    # Fix it (remove the phrase) and publishing works.
    client.post("/rules/abs-superlative/items", data={"field": "phrases", "op": "remove", "old": "私信",
                                                      "csrf_token": token})
    _add(client, token, "abs-superlative", "examples.hit", "这款精华天下最好")
    assert client.post("/rules/publish", data={"csrf_token": token}, follow_redirects=False).status_code == 303


def test_disable_rule_and_discard_draft(client, db):
    token = _editor(client)
    client.post("/rules/abs-first/enabled", data={"enabled": "0", "csrf_token": token})
    assert "已停用" in client.get("/rules/abs-first").text
    client.post("/rules/discard", data={"csrf_token": token})
    _, data = rules_crud.draft_data(db, "eddie")
    assert rules_crud.find_rule(data, "abs-first").get("enabled", True) is True


def test_per_rule_confirm_and_dismiss_rates(client, db):
    stream = helpers.add_stream(db, "r")
    for status, matched in (("confirmed", "最好"), ("confirmed", "最好"), ("dismissed", "最好吃"), ("pending", "最好")):
        helpers.add_hit(db, stream, rule_id="abs-superlative", matched=matched, status=status,
                        reason="asr_error" if status == "dismissed" else None)
    db.commit()
    helpers.login(client, "rita")
    overview = client.get("/rules").text
    assert "67%" in overview and "(2/3)" in overview
    page = client.get("/rules/abs-superlative").text
    assert "确认率 67%（确认 2，驳回 1，待审 1）" in page
    assert "最好吃" in page            # the wording reviewers dismissed is listed


def test_edit_list_rules():
    data = [{"id": "r", "phrases": ["a"], "examples": {"hit": [], "miss": []}}]
    added = rules_crud.edit_list(data, "r", "examples.miss", "add", " b ")
    assert added[0]["examples"]["miss"] == ["b"] and data[0]["examples"]["miss"] == []   # input untouched
    for args in (("r", "phrases", "add", ""), ("r", "phrases", "add", "a"), ("r", "nope", "add", "x"),
                 ("x", "phrases", "add", "y"), ("r", "phrases", "remove", "", "zz"), ("r", "phrases", "add", "a\nb"),
                 ("r", "phrases", "drop", "x")):
        try:
            rules_crud.edit_list(data, *args)
            raise AssertionError(args)
        except rules_crud.RuleEditError:
            pass


def test_diff_rules():
    old = [{"id": "a", "phrases": ["x", "y"], "severity": "low"}, {"id": "gone", "phrases": []}]
    new = [{"id": "a", "phrases": ["y", "z"], "severity": "high"}, {"id": "new", "phrases": ["q"]}]
    diff = {d.rule_id: d for d in rules_crud.diff_rules(old, new)}
    assert diff["new"].kind == "added" and diff["gone"].kind == "removed"
    changes = {c.field: c for c in diff["a"].changes}
    assert changes["phrases"].added == ["z"] and changes["phrases"].removed == ["x"]
    assert (changes["severity"].old, changes["severity"].new) == ("low", "high")
    assert rules_crud.diff_rules(new, new) == []
