"""The queue part of a reviewer's shift, in a real browser (Debian Chromium driven by Playwright, the real app
served by uvicorn): rows stored while the queue is open appear without a reload and without moving the row
under the cursor; a sentence with three flagged phrases is one row decided with one key; `j` runs across a
page boundary and `k` back; the hit page follows the queue's sort, confirms what was decided and moves on.

New hits are written the way a worker writes them (monitor.store.store_utterance under the stream's lease),
without running speech recognition: the queue only sees the rows.
"""
from __future__ import annotations


import pytest
from playwright.sync_api import expect, sync_playwright
from sqlalchemy import select, update

from monitor.db import make_engine, make_session_factory, session_scope
from monitor.models import Hit, Stream
from monitor.store import SegmentResult, StoreRequest, store_utterance
from tests.monitor.helpers import FakeScanHit
from tests.review_ui import helpers
from tests.review_ui.test_ui_browser import CHROMIUM, CHROMIUM_ARGS, _login, _save_screenshot

SINGLES = 55                    # more rows than a page (50) holds


@pytest.fixture
def shift_server(tmp_path):
    settings, engine, factory = helpers.migrated_database(tmp_path)
    url = settings.database_url_resolved
    with factory() as session:
        helpers.add_users(session)
        live = helpers.add_stream(session, "美妆直播间-1", shop="花漾美妆旗舰店")
        other = helpers.add_stream(session, "厨房好物-2", shop="巧妇厨具")
        # The live stream is held by worker W, as a running worker holds it.
        session.execute(update(Stream).where(Stream.id == live.id).values(
            lease_owner="W", lease_expires_at=helpers.utcnow() + helpers.timedelta(hours=1)))
        base = helpers.utcnow() - helpers.timedelta(hours=1)
        for i in range(SINGLES):
            helpers.add_hit(session, other if i % 2 else live, matched="秒杀", category="false_urgency",
                            severity=("low", "medium", "high")[i % 3], rule_id="urg-last",
                            segment_text=f"最后三单秒杀，第{i}单", created_at=base - helpers.timedelta(minutes=i))
        # One sentence, three flagged phrases: the newest row.
        sentence = "这款精华最好用，行业第一，销量冠军"
        rel = f"{live.id}/group.ogg"
        sha = helpers.make_clip(settings.clips_path / rel, seconds=6.0)
        for phrase, category, rule in (("最好用", "absolute_claim", "abs-superlative"),
                                       ("行业第一", "absolute_claim", "abs-first"),
                                       ("销量冠军", "false_endorsement", "end-sales")):
            helpers.add_hit(session, live, matched=phrase, category=category, rule_id=rule, severity="medium",
                            segment_text=sentence, created_at=base + helpers.timedelta(minutes=1),
                            utterance_ms=3_600_000, clip_path=rel, clip_sha256=sha)
        session.commit()
        live_id = live.id
    engine.dispose()

    with helpers.running_ui(tmp_path, settings.data_dir, url) as base_url:
        yield base_url, url, live_id


def _store_live_utterance(factory, stream_id: int, start: float) -> None:
    """What a worker does with one transcribed utterance holding two flagged phrases."""
    seg = SegmentResult(start, start + 4, "家人们加微信私聊，全网最低价", -0.2, hits=[
        FakeScanHit("off-wechat", "off_platform", "high", start + 0.5, start + 1.2, matched="加微信"),
        FakeScanHit("price-lowest", "false_price", "high", start + 2.0, start + 3.0, matched="全网最低价")])
    with session_scope(factory) as session:
        outcome = store_utterance(session, StoreRequest(stream_id=stream_id, stream_name="美妆直播间-1",
                                                        worker_id="W", rule_version=1, checkpoint=start + 4,
                                                        segments=[seg]))
    assert outcome.stored and outcome.hits == 2


def _queue_order(factory, order: str) -> list[int]:
    """Pending singles' and groups' lead ids in a queue order, straight from the database."""
    keys = {"newest": (Hit.created_at.desc(), Hit.id.desc()), "oldest": (Hit.created_at.asc(), Hit.id.asc())}[order]
    with factory() as session:
        hits = session.scalars(select(Hit).where(Hit.status == "pending").order_by(*keys)).all()
    seen, out = set(), []
    for h in hits:
        if (h.stream_id, h.utterance_ms) not in seen:
            seen.add((h.stream_id, h.utterance_ms))
            out.append(h.id)
    return out


def test_the_queue_part_of_a_shift(shift_server):
    base_url, db_url, live_id = shift_server
    engine = make_engine(db_url)
    factory = make_session_factory(engine)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1366, "height": 768}, locale="zh-CN")
        try:
            _login(page, base_url, "rita")
            detail = page.locator("#hit-detail")
            expect(detail).to_be_visible()

            # --- a sentence with three phrases is one row, decided with one key -----------------------------
            with factory() as session:
                group = session.scalars(select(Hit).where(Hit.utterance_ms == 3_600_000).order_by(Hit.id)).all()
            lead = page.locator("tr.hit-row.selected")
            expect(lead.locator("mark")).to_have_text(["最好用", "行业第一", "销量冠军"])
            expect(page.locator("#group-members input[name=ids]")).to_have_count(3)
            _save_screenshot(page, "queue-group.png")
            page.keyboard.press("c")
            expect(page.locator(f'tr.hit-row[data-hit-id="{group[-1].id}"]')).to_have_count(0)
            expect(page.locator("#flash")).to_contain_text(f"#{group[0].id}")
            expect(page.locator("#undo-button")).to_be_visible()
            with factory() as session:
                assert [session.get(Hit, h.id).status for h in group] == ["confirmed"] * 3
                assert {session.get(Hit, h.id).reviewer for h in group} == {"rita"}

            # --- live: a worker stores an utterance while the queue is open ---------------------------------
            page.evaluate("window.__no_reload = 'still here'")
            page.keyboard.press("j")
            page.keyboard.press("j")
            selected = page.locator("tr.hit-row.selected").get_attribute("data-hit-id")
            box_before = page.locator("tr.hit-row.selected").bounding_box()
            banner = page.locator("#live-banner")
            expect(banner).to_be_hidden()
            _store_live_utterance(factory, live_id, start=5000.0)
            expect(banner).to_have_text("1 条新命中", timeout=20_000)
            expect(banner).to_be_visible()
            first = page.locator("tr.hit-row").first
            expect(first.locator("mark")).to_have_text(["加微信", "全网最低价"])
            assert page.evaluate("window.__no_reload") == "still here"          # no reload happened
            assert page.locator("tr.hit-row.selected").get_attribute("data-hit-id") == selected
            box_after = page.locator("tr.hit-row.selected").bounding_box()
            assert abs(box_after["y"] - box_before["y"]) < 2, (box_before, box_after)   # the cursor row stayed put
            expect(page.locator("#queue-total")).to_have_attribute("data-total", str(SINGLES + 2))
            _save_screenshot(page, "queue-live.png")
            banner.click()                                   # seen: the banner goes
            expect(banner).to_be_hidden()

            # --- j across the page boundary, k back ---------------------------------------------------------
            order = _queue_order(factory, "newest")
            page.goto(base_url + "/queue")
            rows = page.locator("tr.hit-row")
            expect(rows).to_have_count(50)
            rows.nth(49).click()
            expect(detail).to_have_attribute("data-hit-id", str(order[49]))
            page.keyboard.press("j")
            page.wait_for_url(f"**/queue?after={order[49]}")
            expect(page.locator("tr.hit-row.selected")).to_have_attribute("data-hit-id", str(order[50]))
            expect(detail).to_have_attribute("data-hit-id", str(order[50]))
            page.keyboard.press("j")
            expect(detail).to_have_attribute("data-hit-id", str(order[51]))
            page.keyboard.press("k")
            page.keyboard.press("k")
            page.wait_for_url("**before=*")
            expect(page.locator("tr.hit-row.selected")).to_have_attribute("data-hit-id", str(order[49]))

            # --- the hit page follows the queue's sort -------------------------------------------------------
            oldest = _queue_order(factory, "oldest")
            page.goto(base_url + "/queue?order=oldest")
            expect(detail).to_have_attribute("data-hit-id", str(oldest[0]))
            page.keyboard.press("Enter")
            page.wait_for_url(f"**/hits/{oldest[0]}?order=oldest")
            expect(page.locator("#next-hit")).to_have_attribute("href", f"/hits/{oldest[1]}?order=oldest")
            page.keyboard.press("c")
            page.wait_for_url(f"**/hits/{oldest[1]}?order=oldest")
            expect(page.locator("#decided")).to_contain_text(f"已确认违规 #{oldest[0]}")
            _save_screenshot(page, "hit-in-queue.png")
            page.keyboard.press("j")
            page.wait_for_url(f"**/hits/{oldest[2]}?order=oldest")
            page.keyboard.press("k")
            page.wait_for_url(f"**/hits/{oldest[1]}?order=oldest")
            # Undo from the hit page: the hit is pending again, in this reviewer's hands.
            page.goto(f"{base_url}/hits/{oldest[2]}?order=oldest")
            page.keyboard.press("d")
            page.keyboard.press("2")
            page.keyboard.press("Enter")
            page.wait_for_url(f"**/hits/{oldest[3]}?order=oldest")
            page.keyboard.press("u")
            page.wait_for_url(f"**/hits/{oldest[2]}?order=oldest")
            with factory() as session:
                undone = session.get(Hit, oldest[2])
                assert (undone.status, undone.claimed_by) == ("pending", "rita")
                from monitor.models import AuditLog
                trail = [(a.at.isoformat(), a.action, a.target_id) for a in session.scalars(
                    select(AuditLog).where(AuditLog.action.like("hit.%")).order_by(AuditLog.id))]
                assert session.get(Hit, oldest[0]).status == "confirmed", trail
        finally:
            browser.close()
    engine.dispose()
