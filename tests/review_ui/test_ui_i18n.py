"""Chinese throughout (issue 10, item 8): both catalogues hold the same keys, every key the code and the
templates ask for exists, Chinese strings are Chinese, templates carry no English of their own, and the
rendered pages show no raw key (the translator shows an unknown key as itself)."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from monitor.models import HIT_STATUSES, REVIEW_STATUSES
from review_ui.crud.export import CODED, CSV_COLUMNS
from review_ui.crud.hits import DISMISS_REASONS
from review_ui.i18n import catalogue
from rules.model import PHASES
from tests.review_ui import helpers

UI = Path(__file__).resolve().parents[2] / "review_ui"
TEMPLATES = sorted((UI / "templates").rglob("*.html"))
SOURCES = sorted(UI.rglob("*.py")) + TEMPLATES
ZH, EN = catalogue("zh"), catalogue("en")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")

# Keys built at run time from a code: the codes each prefix takes.
DYNAMIC = {
    "status.": HIT_STATUSES + REVIEW_STATUSES,
    "reason.": DISMISS_REASONS + ("violation",),
    "sev.": ("high", "medium", "low"),
    "how.": ("exact", "pinyin", "fuzzy", "pattern", "frame"),
    "role.": ("reviewer", "editor", "admin"),
    "csv.": CSV_COLUMNS,
    "phase.": PHASES,
}
# Chinese values that are fine without a Chinese character (names, formats, symbols).
NOT_WORDS = {"app.brand"}
# ASCII a template may show as it is: the product name, key caps, units and codes people type.
ALLOWED_ASCII = {"livewatch", "v", "hit", "SHA", "RE2", "URL", "CSV", "ZIP", "ID", "N", "s", "ms", "x"}


def _literal_keys() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    pattern = re.compile(r"""\bt\(\s*['"]([a-z0-9_]+(?:\.[a-z0-9_]+)+)['"]\s*[,)]""")
    for path in SOURCES:
        for key in pattern.findall(path.read_text(encoding="utf-8")):
            found.setdefault(key, set()).add(str(path.relative_to(UI)))
    return found


def test_both_catalogues_hold_the_same_keys_and_no_empty_string():
    assert set(ZH) - set(EN) == set(), "keys only in zh.json"
    assert set(EN) - set(ZH) == set(), "keys only in en.json"
    assert [k for k, v in ZH.items() if not v.strip()] == []
    assert [k for k, v in EN.items() if not v.strip()] == []


def test_every_key_the_code_asks_for_exists():
    missing = {k: sorted(where) for k, where in _literal_keys().items() if k not in ZH}
    assert missing == {}, missing
    dynamic_missing = [prefix + code for prefix, codes in DYNAMIC.items() for code in codes if prefix + code not in ZH]
    assert dynamic_missing == []
    for column, prefix in CODED.items():
        assert column in CSV_COLUMNS and any(k.startswith(prefix + ".") for k in ZH), column


def test_every_category_and_rule_of_the_rule_base_has_chinese_words():
    from rules.loader import load_rule_dir

    rules = load_rule_dir().rules
    categories = {rule.category for rule in rules}
    assert categories and [c for c in categories if f"cat.{c}" not in ZH] == []
    # The rule files describe their rules in English: each has its Chinese description here.
    assert [r.id for r in rules if r.description and f"ruledesc.{r.id}" not in ZH] == []


def test_chinese_strings_are_chinese():
    english = {k: v for k, v in ZH.items() if k not in NOT_WORDS and not CJK.search(v)
               and re.search(r"[A-Za-z]{3,}", v)}
    assert english == {}, english


class _Visible(HTMLParser):
    """Text a person sees in a template once the Jinja is taken out: text nodes and the attributes that are
    read out or shown (placeholder, title, aria-label, alt)."""

    SHOWN = ("placeholder", "title", "aria-label", "alt")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ("br", "input", "meta", "link", "img", "hr"):
            self.stack.append(tag)
        self.texts += [v for k, v in attrs if k in self.SHOWN and v]

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if not {"script", "style", "kbd", "code"} & set(self.stack):
            self.texts.append(data)


def _without_jinja(source: str) -> str:
    # Expressions and tags become a neutral marker: their output is data or already translated.
    source = re.sub(r"\{#.*?#\}", " ", source, flags=re.S)
    # Blocks that fill attributes (the page id, a CSS class), not text.
    source = re.sub(r"\{% block (page_id|main_class) %\}.*?\{% endblock %\}", " ", source, flags=re.S)
    source = re.sub(r"\{%.*?%\}", " ", source, flags=re.S)
    return re.sub(r"\{\{.*?\}\}", " X ", source, flags=re.S)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: str(p.relative_to(UI / "templates")))
def test_templates_carry_no_english_of_their_own(template):
    parser = _Visible()
    parser.feed(_without_jinja(template.read_text(encoding="utf-8")))
    words = {w for text in parser.texts for w in re.findall(r"[A-Za-z][A-Za-z'-]+|[A-Za-z]", text)}
    assert words - ALLOWED_ASCII - {"X"} == set()


RAW_KEY = re.compile(r"\b(" + "|".join(sorted({re.escape(k.split(".")[0]) for k in ZH})) + r")\.[a-z][a-z0-9_.]*")


def _visible_text(html: str) -> str:
    parser = _Visible()
    parser.feed(html)
    return " ".join(parser.texts)


def _raw_keys_on_pages(client, seeded, db) -> dict[str, list[str]]:
    stream = seeded["streams"][0]
    decided = helpers.add_hit(db, stream, matched="根治", category="medical_claim", rule_id="medical.cure")
    db.commit()
    helpers.login(client, "ada")
    token = helpers.page_csrf(client)
    client.post(f"/hits/{decided.id}/decide", data={"decision": "dismiss", "reason": "asr_error",
                                                    "csrf_token": token})
    client.post(f"/hits/{decided.id}/reopen", data={"note": "复核", "csrf_token": token})
    pages = ["/queue", f"/hits/{seeded['hits'][0].id}", f"/hits/{decided.id}", "/dashboard", "/streams", "/shops",
             "/export", "/audit", "/users", "/rules", "/rules/history", "/rules/lexicons", "/rules/abs-first",
             "/review/second", "/review/policy"]
    shown = {}
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        raw = sorted(set(m.group(0) for m in RAW_KEY.finditer(_visible_text(response.text))))
        if raw:
            shown[path] = raw
    return shown


def test_pages_show_no_raw_key(client, seeded, db):
    assert _raw_keys_on_pages(client, seeded, db) == {}


def test_english_pages_show_no_raw_key(tmp_path):
    from fastapi.testclient import TestClient

    from review_ui.app import create_app

    app = create_app(helpers.make_settings(tmp_path, language="en"))
    try:
        with app.state.session_factory() as db, TestClient(app, base_url="http://127.0.0.1") as client:
            helpers.add_users(db)
            stream = helpers.add_stream(db, "en-1", shop="shop")
            seeded = {"streams": [stream], "hits": [helpers.add_hit(db, stream)]}
            db.commit()
            assert _raw_keys_on_pages(client, seeded, db) == {}
            assert "Hits per hour" in client.get("/dashboard").text
    finally:
        app.state.engine.dispose()
