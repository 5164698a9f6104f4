"""The Content-Security-Policy in a real browser: no page of the UI triggers a violation, htmx still works
(the rules try-it box posts through it) and the behaviours moved out of inline code still happen."""
from __future__ import annotations

from playwright.sync_api import expect, sync_playwright

from tests.review_ui.test_ui_browser import CHROMIUM, CHROMIUM_ARGS, _login, live_server  # noqa: F401 - fixture

# Recorded by the page itself: the browser fires this event for every blocked script, style or frame.
WATCH = """() => { window.__csp = []; document.addEventListener('securitypolicyviolation',
  (e) => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline'))); }"""


def test_no_page_violates_the_content_security_policy(live_server):  # noqa: F811 - the imported fixture
    base_url, _db_url = live_server
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1366, "height": 768}, locale="zh-CN")
        console: list[str] = []
        page.on("console", lambda msg: console.append(msg.text))
        page.add_init_script(f"({WATCH})()")
        try:
            _login(page, base_url, "ada")
            expect(page.locator("#hit-detail")).to_be_visible()        # app.js loaded the first hit's panel
            violations: dict[str, list] = {}
            for path in ("/queue", "/dashboard", "/streams", "/shops", "/export", "/audit", "/users", "/rules",
                         "/rules/history", "/hits/1", "/hits/424242"):
                page.goto(base_url + path)
                page.wait_for_load_state("load")
                found = page.evaluate("window.__csp")
                if found:
                    violations[path] = found
            # The dashboard's bars get their width from page.js, not from a style attribute.
            page.goto(base_url + "/dashboard")
            widths = page.eval_on_selector_all(".bar[data-pct]", "els => els.map(e => e.style.width)")
            assert widths and any(w not in ("", "0%") for w in widths), widths
            # The error page's back link goes back by script.
            page.goto(base_url + "/queue")
            page.goto(base_url + "/hits/424242")
            page.click("a[data-back]")
            page.wait_for_url(base_url + "/queue")
            # htmx still posts (with its CSRF header) and swaps in the answer.
            page.goto(base_url + "/rules")
            if page.locator("#try-text").count():
                page.fill("#try-text", "这款面霜是全网最好的")
                page.locator(".try button[type=submit]").click()
                # building a matcher for the draft takes seconds on a loaded 2-core box: a coarse bound
                expect(page.locator("#try-result")).to_be_visible(timeout=30_000)
            violations.update({"after": page.evaluate("window.__csp")} if page.evaluate("window.__csp") else {})
        finally:
            browser.close()
    assert violations == {}, violations
    assert not [line for line in console if "Content Security Policy" in line], console
