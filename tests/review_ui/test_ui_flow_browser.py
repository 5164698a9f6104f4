"""The review workflow in a real browser (Debian Chromium, Playwright, the app served by uvicorn).

With the policy from the environment (medical claims of high severity need 二审; every dismissal is sampled
for QA): rita confirms a medical claim and dismisses a superlative; rex, a second reviewer, agrees with the
confirmation and disagrees with the dismissal; ada, an admin, decides the disagreement (终审). The hit pages
show the whole history. Screenshots go to test-artifacts/; the 二审 queue's also to docs/screenshots/ with
LIVEWATCH_SCREENSHOTS=1.
"""
from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect, sync_playwright
from sqlalchemy import select

from monitor.db import make_engine, make_session_factory
from monitor.models import AuditLog, Hit
from tests.review_ui import helpers
from tests.review_ui.test_ui_browser import CHROMIUM, CHROMIUM_ARGS, _save_screenshot



@pytest.fixture
def flow_server(tmp_path):
    settings, engine, factory = helpers.migrated_database(tmp_path)
    url = settings.database_url_resolved
    with factory() as session:
        helpers.add_users(session)
        stream = helpers.add_stream(session, "美妆直播间-1", shop="花漾美妆旗舰店")
        ids = {}
        for i, (key, matched, cat, rule, text) in enumerate((
                ("medical", "根治", "medical_claim", "med-cure", "坚持用三个月可以根治痘痘"),
                ("superlative", "最好", "absolute_claim", "abs-superlative", "这款面霜是全网最好的面霜"))):
            rel = f"{stream.id}/flow-{i}.ogg"
            sha = helpers.make_clip(settings.clips_path / rel, seconds=4.0, freq=330 + 90 * i)
            ids[key] = helpers.add_hit(session, stream, matched=matched, category=cat, severity="high",
                                       rule_id=rule, segment_text=text, clip_path=rel, clip_sha256=sha).id
        session.commit()
    engine.dispose()

    review_env = {"LIVEWATCH_SECOND_REVIEW": json.dumps({"medical_claim": "high"}), "LIVEWATCH_QA_SAMPLE_RATE": "1"}
    with helpers.running_ui(tmp_path, settings.data_dir, url, review_env) as base_url:
        yield base_url, url, ids


def _screenshot(page, name: str, *, docs: bool = False) -> None:
    """Full page; only the one docs/review-ui.md shows goes to docs/screenshots/ (when asked)."""
    _save_screenshot(page, name, full_page=True, docs=docs)


def _login(page, base_url: str, username: str) -> None:
    page.context.clear_cookies()
    page.goto(base_url + "/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", helpers.PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base_url + "/queue*")


def _status(factory, hit_id: int) -> str:
    with factory() as session:
        return session.get(Hit, hit_id).status


def test_confirmation_through_second_review_and_dismissal_through_qa(flow_server):
    base_url, db_url, ids = flow_server
    medical, superlative = ids["medical"], ids["superlative"]
    engine = make_engine(db_url)
    factory = make_session_factory(engine)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1366, "height": 768}, locale="zh-CN")
        console: list[str] = []           # the CSP allows no inline script or style: a violation is logged
        page.on("console", lambda msg: console.append(msg.text))
        try:
            # --- rita decides both on their hit pages ------------------------------------------------
            _login(page, base_url, "rita")
            page.goto(f"{base_url}/hits/{medical}")
            page.locator("#confirm-form button[type=submit]").click()
            page.wait_for_load_state()
            assert _status(factory, medical) == "confirmed_pending"
            page.goto(f"{base_url}/hits/{superlative}")
            page.locator("#dismiss-form input[value=other]").check()
            page.locator("#dismiss-form button[type=submit]").click()           # "其他" without a note
            expect(page.locator("body")).to_contain_text("必须填写说明")
            assert _status(factory, superlative) == "pending"
            page.goto(f"{base_url}/hits/{superlative}")
            page.locator("#dismiss-form input[value=asr_error]").check()
            page.locator("#dismiss-form button[type=submit]").click()
            page.wait_for_load_state()
            assert _status(factory, superlative) == "dismissed_pending"

            page.goto(f"{base_url}/hits/{medical}")
            history = page.locator("#flow-history")
            expect(history.locator("#flow-waiting")).to_contain_text("等待二审")
            expect(history).to_contain_text("你参与了这条的决定")              # no agree button for rita
            page.goto(base_url + "/review/second")
            row = page.locator(f'tr.flow-row[data-hit-id="{medical}"]')
            expect(row).to_contain_text("你参与了这条的决定")
            expect(row.locator("form.flow-agree")).to_have_count(0)

            # --- rex: agrees with the confirmation, disagrees with the dismissal -------------------
            _login(page, base_url, "rex")
            page.locator("header.top nav a", has_text="复核").click()
            page.wait_for_url("**/review/second")
            row = page.locator(f'tr.flow-row[data-hit-id="{medical}"]')
            expect(row).to_contain_text("根治")
            expect(row.locator("audio")).to_have_count(1)
            _screenshot(page, "review_second.png", docs=True)
            expect(row).to_have_class(re.compile(r"\bselected\b"))        # the first row is picked
            page.keyboard.press("a")                                          # agree, by key
            page.wait_for_url("**/review/second?done=agreed*")
            expect(page.locator("#flash")).to_contain_text(f"#{medical}")
            expect(page.locator(f'tr.flow-row[data-hit-id="{medical}"]')).to_have_count(0)
            assert _status(factory, medical) == "confirmed"

            page.locator("#tab-qa").click()
            row = page.locator(f'tr.flow-row[data-hit-id="{superlative}"]')
            expect(row).to_contain_text("语音识别错误")
            page.keyboard.press("d")                                          # to the note, by key
            expect(row.locator("form.flow-disagree input[name=note]")).to_be_focused()
            page.keyboard.type("听得很清楚，就是“最好”")
            page.keyboard.press("Enter")
            page.wait_for_url("**/review/qa?done=disputed*")
            assert _status(factory, superlative) == "disputed"
            expect(page.locator("#tab-final")).to_have_count(0)                # 终审 is for admins

            # --- ada: 终审 -----------------------------------------------------------------------------
            _login(page, base_url, "ada")
            page.goto(base_url + "/review/final")
            row = page.locator(f'tr.flow-row[data-hit-id="{superlative}"]')
            expect(row).to_contain_text("听得很清楚")
            expect(row).to_contain_text("rita")
            _screenshot(page, "review_final.png")
            row.locator("form.flow-final-confirm input[name=note]").fill("复听确属极限用语")
            row.locator("form.flow-final-confirm button").click()
            page.wait_for_url("**/review/final?done=final*")
            assert _status(factory, superlative) == "confirmed"

            page.goto(f"{base_url}/hits/{superlative}")
            entries = page.locator("#flow-history li")
            expect(entries).to_have_count(4)
            assert [entries.nth(i).get_attribute("data-action") for i in range(4)] == [
                "hit.dismiss", "review.qa_sampled", "review.disagree", "review.final"]
            expect(page.locator("#flow-history")).to_contain_text("复听确属极限用语")
            _screenshot(page, "review_history.png")
        finally:
            browser.close()
    assert not [line for line in console if "Content Security Policy" in line], console

    with factory() as session:
        hit = session.get(Hit, superlative)
        assert (hit.status, hit.reviewer, hit.reason) == ("confirmed", "ada", "violation")
        actions = [a for (a,) in session.execute(select(AuditLog.action).where(
            AuditLog.target_id == str(medical), AuditLog.target_type == "hit").order_by(AuditLog.id))]
        assert actions == ["hit.confirm", "review.second_requested", "review.agree"]
    engine.dispose()
