"""End to end in a real browser: Debian Chromium driven by Playwright against the real app served by uvicorn.

A reviewer clears two hits with the keyboard; an editor adds a phrase, tries it and publishes a new version.
Screenshots of the queue and a hit page go to test-artifacts/, and to docs/screenshots/ (linked from the README)
only with LIVEWATCH_SCREENSHOTS=1.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright
from sqlalchemy import select

from monitor.db import make_engine, make_session_factory
from monitor.models import AuditLog, Hit, RuleBaseVersion
from tests.review_ui import helpers

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
NEW_PHRASE = "举世无匹"      # a superlative no bundled rule knows yet


@pytest.fixture
def live_server(tmp_path):
    """Seed a SQLite database, then run `uvicorn review_ui.app:create_app --factory` against it."""
    settings, engine, factory = helpers.migrated_database(tmp_path)
    url = settings.database_url_resolved
    with factory() as session:
        helpers.add_users(session)
        beauty = helpers.add_stream(session, "美妆直播间-1", shop="花漾美妆旗舰店")
        kitchen = helpers.add_stream(session, "厨房好物-2", shop="巧妇厨具")
        clip_specs = [(beauty, "最好", "absolute_claim", "high", "abs-superlative", "这款面霜是全网最好的面霜，用了都说好"),
                      (beauty, "根治", "medical_claim", "high", "med-cure", "坚持用三个月可以根治痘痘"),
                      (kitchen, "加微信", "off_platform", "medium", "off-wechat", "想要优惠的加微信私聊我"),
                      (kitchen, "第一", "absolute_claim", "medium", "abs-first", "我们这口锅销量第一"),
                      (beauty, "秒杀", "false_urgency", "low", "urg-last", "最后三单秒杀马上下架")]
        base = helpers.utcnow()
        for i, (stream, matched, cat, sev, rule, text) in enumerate(clip_specs):
            rel = f"{stream.id}/hit-{i}.ogg"
            sha = helpers.make_clip(settings.clips_path / rel, seconds=6.0, freq=330 + 60 * i)
            helpers.add_hit(session, stream, matched=matched, category=cat, severity=sev, rule_id=rule,
                            segment_text=text, context=f"宝宝们看过来。{text}。三二一上链接。",
                            clip_path=rel, clip_sha256=sha, created_at=base - helpers.timedelta(minutes=5 * i))
        # Past confirmed violations give the shops their risk tiers (重点监管 for the kitchen shop).
        for days, stream, severity in ((3, kitchen, "high"), (10, kitchen, "high"), (20, beauty, "medium")):
            helpers.add_hit(session, stream, matched="全网第一", rule_id="abs-first", severity=severity,
                            status="confirmed", reviewer="rex", reason="violation",
                            created_at=base - helpers.timedelta(days=days),
                            decided_at=base - helpers.timedelta(days=days))
        session.commit()
    engine.dispose()

    with helpers.running_ui(tmp_path, settings.data_dir, url) as base_url:
        yield base_url, url


def _save_screenshot(page, name: str, *, full_page: bool = False, docs: bool = True) -> None:
    """Always to test-artifacts/; into docs/screenshots/ only when asked (LIVEWATCH_SCREENSHOTS=1) and `docs`."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)
    if docs and os.environ.get("LIVEWATCH_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ARTIFACTS / name, SCREENSHOTS / name)


def _login(page, base_url: str, username: str) -> None:
    page.goto(base_url + "/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", helpers.PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base_url + "/queue")


def _logout(page) -> None:
    page.click("header.top form.who button")
    page.wait_for_url("**/login")


def test_reviewer_and_editor_in_a_real_browser(live_server):
    base_url, db_url = live_server
    engine = make_engine(db_url)
    factory = make_session_factory(engine)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1366, "height": 768}, locale="zh-CN")
        try:
            # --- reviewer: keyboard review -----------------------------------------------------
            _login(page, base_url, "rita")
            total_before = int(page.locator("#queue-total").get_attribute("data-total"))
            assert total_before == 5
            expect(page.locator("#keys-help")).to_contain_text("j")
            detail = page.locator("#hit-detail")
            expect(detail).to_be_visible()
            first_id = int(detail.get_attribute("data-hit-id"))
            assert page.locator("tr.hit-row.selected").get_attribute("data-hit-id") == str(first_id)
            expect(page.locator("#hit-detail mark").first).to_have_text("最好")
            _save_screenshot(page, "queue.png")

            page.keyboard.press("j")
            expect(detail).not_to_have_attribute("data-hit-id", str(first_id))
            page.keyboard.press("k")
            expect(detail).to_have_attribute("data-hit-id", str(first_id))

            page.keyboard.press("c")                       # confirm the first hit
            expect(page.locator(f'tr.hit-row[data-hit-id="{first_id}"]')).to_have_count(0)
            expect(page.locator("#flash")).to_contain_text(f"#{first_id}")
            expect(detail).not_to_have_attribute("data-hit-id", str(first_id))
            second_id = int(detail.get_attribute("data-hit-id"))

            page.keyboard.press("d")                       # dismiss the next one: reason 2, Enter
            expect(page.locator("#dismiss-form")).to_have_class("dismiss open")
            page.keyboard.press("2")
            expect(page.locator("#dismiss-form input[value=negation]")).to_be_checked()
            page.keyboard.press("Enter")
            expect(page.locator(f'tr.hit-row[data-hit-id="{second_id}"]')).to_have_count(0)

            with factory() as session:
                confirmed, dismissed = session.get(Hit, first_id), session.get(Hit, second_id)
                assert (confirmed.status, confirmed.reviewer, confirmed.reason) == ("confirmed", "rita", "violation")
                assert (dismissed.status, dismissed.reviewer, dismissed.reason) == ("dismissed", "rita", "negation")

            page.goto(base_url + "/queue")
            assert int(page.locator("#queue-total").get_attribute("data-total")) == total_before - 2
            expect(page.locator(f'tr.hit-row[data-hit-id="{first_id}"]')).to_have_count(0)

            page.goto(base_url + "/audit")
            expect(page.locator('#audit-table tr[data-action="hit.confirm"]')).to_contain_text(f"#{first_id}")
            expect(page.locator('#audit-table tr[data-action="hit.dismiss"]')).to_contain_text(f"#{second_id}")
            expect(page.locator('#audit-table tr[data-action="login"]').first).to_contain_text("rita")

            # The hit page: the clip starts at the phrase and plays with the space bar.
            with factory() as session:
                pending = session.scalars(select(Hit).where(Hit.status == "pending").order_by(Hit.id)).first()
            page.goto(f"{base_url}/hits/{pending.id}")
            audio = page.locator("audio#clip")
            assert audio.get_attribute("src").endswith(f"#t={pending.clip_offset:.2f}")
            page.wait_for_function("document.getElementById('clip').readyState >= 1")
            assert page.evaluate("document.getElementById('clip').currentTime") >= pending.clip_offset - 0.05
            expect(page.locator(".transcript mark")).to_have_text(pending.matched)
            page.keyboard.press(" ")
            page.wait_for_function("!document.getElementById('clip').paused")
            page.keyboard.press(" ")
            _save_screenshot(page, "hit.png")
            _logout(page)

            # --- editor: add a phrase, try it, publish -----------------------------------------
            _login(page, base_url, "eddie")
            page.goto(base_url + "/rules/abs-superlative")
            section = page.locator("#field-phrases")
            section.locator("form.add input[name=value]").fill(NEW_PHRASE)
            section.locator("form.add button[type=submit]").click()
            expect(section.locator(".item", has_text=NEW_PHRASE)).to_have_count(1)

            page.fill("#try-text", f"这款面霜{NEW_PHRASE}，闭眼入")
            page.locator(".try button[type=submit]").click()
            result = page.locator('#try-result li[data-rule-id="abs-superlative"]')
            expect(result).to_be_visible(timeout=30_000)    # the draft's matcher is built on demand: seconds under load
            expect(result.locator("mark")).to_have_text(NEW_PHRASE)

            page.goto(base_url + "/rules")
            expect(page.locator("ul.diff")).to_contain_text(NEW_PHRASE)
            page.fill("input[name=note]", "加入 举世无匹")
            page.click("#publish-btn")
            page.wait_for_url("**/rules/history?published=*")
            expect(page.locator("#published-flash")).to_contain_text("v2")
            expect(page.locator('tr[data-version="2"]')).to_contain_text("eddie")
            page.click('tr[data-version="2"] a')
            expect(page.locator("ul.diff ins")).to_contain_text(NEW_PHRASE)
        finally:
            browser.close()

    with factory() as session:
        latest = session.scalars(select(RuleBaseVersion).order_by(RuleBaseVersion.version.desc())).first()
        assert latest.version == 2 and latest.created_by == "eddie"
        rule = next(r for r in latest.data["rules"] if r["id"] == "abs-superlative")
        assert NEW_PHRASE in rule["phrases"]
        actions = set(session.scalars(select(AuditLog.action)))
        assert {"login", "hit.confirm", "hit.dismiss", "rule.add_item", "rule.publish"} <= actions
    engine.dispose()
