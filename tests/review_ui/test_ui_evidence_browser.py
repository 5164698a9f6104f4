"""The waveform and the dashboard's charts in a real browser (Debian Chromium + Playwright, the real app under
uvicorn): the phrase is marked, r/[/]/x work, the words light up as the audio plays, ±10 s of context loads
from the recording, the queue's panel gets the same waveform, every chart is drawn, and nothing trips the
Content-Security-Policy. Screenshots go to test-artifacts/, and to docs/screenshots/ only with
LIVEWATCH_SCREENSHOTS=1."""
from __future__ import annotations

import os
import time
from datetime import timedelta

import pytest
from playwright.sync_api import expect, sync_playwright
from sqlalchemy import select

from monitor.models import AuditLog
from review_ui.crud import hits as hits_crud
from tests.review_ui import helpers
from tests.review_ui.test_ui_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, _login
from tests.review_ui.test_ui_evidence import RECORDING, seed_phrase

WATCH = """() => { window.__csp = []; document.addEventListener('securitypolicyviolation',
  (e) => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline'))); }"""


@pytest.fixture
def evidence_server(tmp_path):
    settings, engine, factory = helpers.migrated_database(tmp_path)
    url = settings.database_url_resolved
    with factory() as db:
        helpers.add_users(db)
        tea = helpers.add_stream(db, "养生茶直播间", shop="养生茶铺")
        tea.url = str(RECORDING)                    # a recording added as a stream: its audio is on disk
        hit = seed_phrase(db, settings, tea)
        # Two days of hits over three streams and four categories, a third of them decided, for the charts.
        kitchen = helpers.add_stream(db, "厨房好物-2", shop="巧妇厨具")
        beauty = helpers.add_stream(db, "美妆直播间-1", shop="花漾美妆旗舰店")
        kinds = (("最好", "absolute_claim", "abs-superlative"), ("根治", "medical_claim", "med-cure"),
                 ("加微信", "off_platform", "off-contact"), ("最后三单", "false_urgency", "urg-scarcity"))
        others = []
        for i in range(36):
            matched, category, rule = kinds[i % 4]
            others.append(helpers.add_hit(db, (tea, kitchen, beauty)[i % 3], matched=matched, category=category,
                                          rule_id=rule, created_at=helpers.utcnow() - timedelta(hours=1.3 * i)))
        db.commit()
        for n, other in enumerate(others[:12]):
            who, status = ("rita", "rex")[n % 2], ("confirmed", "confirmed", "dismissed")[n % 3]
            hits_crud.decide(db, other.id, who, status, "" if status == "confirmed" else "asr_error")
        # Spread over the last hour, as people decide (the figures take the gaps between decisions).
        entries = db.scalars(select(AuditLog).where(AuditLog.action.in_(("hit.confirm", "hit.dismiss")))
                             .order_by(AuditLog.id)).all()
        for k, entry in enumerate(entries):
            entry.at = helpers.utcnow() - timedelta(minutes=60) + timedelta(seconds=25 * k + 9 * (k % 3))
        db.commit()
        hit_id = hit.id
    engine.dispose()
    with helpers.running_ui(tmp_path, settings.data_dir, url) as base_url:
        yield base_url, hit_id


def _shot(page, name: str, full_page: bool = False) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)
    if os.environ.get("LIVEWATCH_SCREENSHOTS") == "1":
        page.screenshot(path=str(SCREENSHOTS / name), full_page=full_page)


def _num(page, script: str) -> float:
    return float(page.evaluate(script))


def _until(page, script: str, timeout: float) -> None:
    # Polled from here: page.wait_for_function evaluates its predicate with eval, which the CSP refuses.
    deadline = time.monotonic() + timeout
    while not page.evaluate(script):
        assert time.monotonic() < deadline, script
        page.wait_for_timeout(50)


def test_waveform_context_keys_words_and_charts(evidence_server):
    base_url, hit_id = evidence_server
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                     args=CHROMIUM_ARGS + ["--autoplay-policy=no-user-gesture-required"])
        page = browser.new_page(viewport={"width": 1366, "height": 900}, locale="zh-CN")
        page.add_init_script(f"({WATCH})()")
        violations: list[str] = []
        try:
            _login(page, base_url, "ada")

            page.goto(f"{base_url}/hits/{hit_id}")
            evidence = page.locator("#evidence")
            expect(evidence).to_have_attribute("data-mode", "clip")
            # Drawn: wavesurfer's canvases inside #waveform, the phrase as a region 3 s into the clip.
            expect(page.locator("#waveform canvas").first).to_be_attached()
            region = page.locator('#waveform [part^="region "]')
            expect(region).to_have_count(1)
            box, wave = region.bounding_box(), page.locator("#waveform").bounding_box()
            clip_seconds = _num(page, "document.getElementById('clip').duration")
            offset = _num(page, "document.getElementById('clip').dataset.offset")
            assert abs((box["x"] - wave["x"]) / wave["width"] * clip_seconds - offset) < 0.15
            expect(page.locator("#wave-words .w")).to_have_count(27)
            expect(page.locator("#wave-words mark.w")).to_have_text(["降", "血", "压"])

            # Speed: ] ] → 1.5×, [ [ [ → 0.75×, never beyond.
            for key in "]]]":
                page.keyboard.press(key)
            expect(page.locator("#wave-rate")).to_have_text("1.5×")
            assert _num(page, "document.getElementById('clip').playbackRate") == 1.5
            for key in "[[[[":
                page.keyboard.press(key)
            expect(page.locator("#wave-rate")).to_have_text("0.75×")
            page.keyboard.press("]")
            expect(page.locator("#wave-rate")).to_have_text("1×")

            # r replays the phrase, and only the phrase; its words light up as they play.
            page.keyboard.press("r")
            expect(page.locator("#wave-words mark.w.now")).to_have_count(1, timeout=5000)
            _until(page, "document.getElementById('clip').paused", 8)
            stopped = _num(page, "document.getElementById('clip').currentTime")
            phrase_end = _num(page, "+document.getElementById('evidence').dataset.phraseEnd"
                                    " - +document.getElementById('evidence').dataset.clipStart")
            assert phrase_end - 0.1 < stopped < phrase_end + 0.5, (stopped, phrase_end)

            # x: ±10 s of context, from the recording; the phrase stays marked and the playhead stays put.
            page.keyboard.press("x")
            expect(evidence).to_have_attribute("data-mode", "context", timeout=15000)
            expect(page.locator("#wave-status")).to_contain_text("取自直播录音文件")
            expect(page.locator("[data-wave=context]")).to_have_attribute("aria-pressed", "true")
            origin = _num(page, "document.getElementById('evidence').dataset.origin")
            phrase_start = _num(page, "document.getElementById('evidence').dataset.phraseStart")
            assert abs(_num(page, "document.getElementById('clip').dataset.offset") - (phrase_start - origin)) < 0.02
            _until(page, "document.getElementById('clip').duration > 20", 10)
            playhead = origin + _num(page, "document.getElementById('clip').currentTime")
            clip_start = _num(page, "+document.getElementById('evidence').dataset.clipStart")
            assert abs(playhead - (clip_start + stopped)) < 0.3, (playhead, clip_start + stopped)
            expect(region).to_have_count(1)
            _shot(page, "hit_waveform.png")
            page.keyboard.press("x")
            expect(evidence).to_have_attribute("data-mode", "clip", timeout=10000)
            violations += page.evaluate("window.__csp")

            # The queue's right-hand panel gets the same waveform.
            page.goto(base_url + "/queue")
            expect(page.locator("#hit-detail")).to_be_visible()
            expect(page.locator("#panel #evidence")).to_have_attribute("data-mode", "clip", timeout=10000)
            expect(page.locator("#panel #waveform canvas").first).to_be_attached()
            violations += page.evaluate("window.__csp")

            # Every chart of the dashboard is drawn, the reviewer figures name both reviewers (admin).
            page.goto(base_url + "/dashboard")
            charts = page.locator("[data-chart]")
            n = charts.count()
            assert n >= 7
            for i in range(n):
                expect(charts.nth(i)).to_have_attribute("data-drawn", "1")
                expect(charts.nth(i).locator("canvas")).to_have_count(1)
            expect(page.locator("tr[data-reviewer]")).to_have_count(2)
            _shot(page, "dashboard.png", full_page=True)
            violations += page.evaluate("window.__csp")
            assert violations == []
        finally:
            browser.close()
