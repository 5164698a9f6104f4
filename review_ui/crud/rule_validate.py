"""Checks run when an editor adds or changes one item of the draft, so a mistake is refused on the rule's own
page, in the editor's language, instead of surfacing at publish as one English line.

Each refusal is a RuleEditError naming a UI string (review_ui/i18n: rules.err.*) and its values.
"""
from __future__ import annotations

import re
from functools import lru_cache

import rules
from rules.model import CATEGORIES
from rules.normalize import normalize_phrase
from rules.regex_guard import UnsafePattern, compile_safe

MIN_PHRASE_CHARS = 2        # as rules.loader: a one-character phrase fires inside countless innocent words
MAX_ITEM = 300
MAX_TERM = 50
MAX_SLOT_NAME = 20
MAX_SLOT_TERMS = 500
MAX_WITHIN = 60
MAX_BASIS = 300
# Terms typed into one box: one a line, or separated by commas / 顿号 / semicolons.
_TERM_SPLIT = re.compile(r"[\n\r,，、;；]+")


class RuleEditError(ValueError):
    """A refused edit: `key` is a UI string (rules.err.*), `values` fill its {placeholders}."""

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(f"{key} {values}" if values else key)

    def message(self, t) -> str:
        return t(self.key, **self.values)


@lru_cache(maxsize=100_000)
def normalized(term: str) -> str:
    """normalize_phrase, remembered: a lexicon page compares a search or new terms with thousands of terms."""
    return normalize_phrase(term)


def split_terms(text: str) -> list[str]:
    """Terms from a text box, stripped, in order, each once."""
    out: list[str] = []
    for part in _TERM_SPLIT.split(text or ""):
        part = part.strip()
        if part and part not in out:
            out.append(part)
    return out


def lexicon_names(snapshot: dict) -> list[str]:
    return sorted(x.get("name", "") for x in snapshot.get("lexicons") or [])


def check_lexicon_ref(ref: str, snapshot: dict) -> None:
    names = lexicon_names(snapshot)
    if ref[1:] not in names:
        raise RuleEditError("rules.err.unknown_lexicon", name=ref, known="、".join("@" + n for n in names) or "—")


def check_pattern(pattern: str) -> None:
    try:
        compile_safe(pattern)
    except UnsafePattern as e:
        raise RuleEditError("rules.err.pattern", pattern=pattern, reason=e.zh, reason_en=str(e)) from None


def check_line(value: str, limit: int = MAX_ITEM) -> str:
    value = (value or "").strip()
    if not value:
        raise RuleEditError("rules.err.empty")
    if len(value) > limit or "\n" in value or "\r" in value:
        raise RuleEditError("rules.err.too_long", max=limit)
    return value


def check_list_item(path: str, value: str, items: list[str], snapshot: dict, old: str = "") -> str:
    """The cleaned value for one entry of a rule's phrases / exceptions / patterns / examples, or RuleEditError."""
    value = check_line(value)
    if path in ("phrases", "exceptions") and value.startswith("@"):
        check_lexicon_ref(value, snapshot)
    elif path == "phrases":
        if len(normalize_phrase(value)) < MIN_PHRASE_CHARS:
            raise RuleEditError("rules.err.phrase_short", value=value, min=MIN_PHRASE_CHARS)
    elif path == "exceptions":
        if not normalize_phrase(value):
            raise RuleEditError("rules.err.no_chars", value=value)
    elif path == "patterns":
        check_pattern(value)
    others = [x for x in items if x != old]
    if path in ("phrases", "exceptions") and not value.startswith("@"):
        # 最低价 and 最 低 价 are the same phrase once normalised: one of them is enough.
        key = normalize_phrase(value)
        twin = next((x for x in others if not x.startswith("@") and normalize_phrase(x) == key), None)
    else:
        twin = value if value in others else None
    if twin is not None:
        raise RuleEditError("rules.err.duplicate", value=value, other=twin)
    return value


def check_rule_still_valid(rule: dict, snapshot: dict) -> None:
    """The whole edited rule through the loader, against the draft's lexicons (a net for what the checks above
    do not cover, e.g. removing a rule's last phrase or last example)."""
    has_matcher = rule.get("phrases") or rule.get("patterns") or rule.get("frames")
    if not has_matcher:
        raise RuleEditError("rules.err.needs_matcher")
    examples = rule.get("examples") or {}
    for kind in ("hit", "miss"):
        if not [s for s in examples.get(kind) or [] if str(s).strip()]:
            raise RuleEditError("rules.err.needs_example_" + kind)
    try:
        rules.rule_base_from_data({"rules": [rule], "lexicons": snapshot.get("lexicons") or []})
    except (rules.RuleFileError, ValueError) as e:
        raise RuleEditError("rules.err.invalid", detail=getattr(e, "reason", "") or str(e)) from None


# --- frames -----------------------------------------------------------------------------------------

def frame_from_form(form: dict, snapshot: dict) -> dict:
    """A frame dict (the rule-file shape) from the editor's form fields, checked; RuleEditError otherwise.

    Fields: slotN_name, slotN_terms (one a line or comma-separated, '@lexicon' allowed), slotN_pattern,
    slotN_fuzzy for N = 1..3 (a third slot left blank is no slot), within, ordered."""
    slots = []
    for n in (1, 2, 3):
        name = str(form.get(f"slot{n}_name") or "").strip()
        terms = split_terms(str(form.get(f"slot{n}_terms") or ""))
        pattern = str(form.get(f"slot{n}_pattern") or "").strip()
        fuzzy = str(form.get(f"slot{n}_fuzzy") or "") in ("1", "on", "true")
        if not name and not terms and not pattern:
            continue
        if not name:
            raise RuleEditError("rules.err.slot_name", n=n)
        if len(name) > MAX_SLOT_NAME:
            raise RuleEditError("rules.err.slot_name_long", n=n, max=MAX_SLOT_NAME)
        if any(s["name"] == name for s in slots):
            raise RuleEditError("rules.err.slot_name_dup", name=name)
        if len(terms) > MAX_SLOT_TERMS:
            raise RuleEditError("rules.err.slot_terms_many", name=name, max=MAX_SLOT_TERMS)
        for term in terms:
            if term.startswith("@"):
                check_lexicon_ref(term, snapshot)
            elif len(term) > MAX_TERM:
                raise RuleEditError("rules.err.term_long", value=term[:20] + "…", max=MAX_TERM)
            elif not normalize_phrase(term):
                raise RuleEditError("rules.err.no_chars", value=term)
        if pattern:
            check_pattern(pattern)
        if not terms and not pattern:
            raise RuleEditError("rules.err.slot_empty", name=name)
        slot: dict = {"name": name, "terms": terms}
        if pattern:
            slot["pattern"] = pattern
        if fuzzy:
            slot["fuzzy"] = True
        slots.append(slot)
    if not 2 <= len(slots) <= 3:
        raise RuleEditError("rules.err.frame_slots")
    raw_within = str(form.get("within") or "0").strip() or "0"
    if not raw_within.isdigit() or not 0 <= int(raw_within) <= MAX_WITHIN:
        raise RuleEditError("rules.err.within", max=MAX_WITHIN)
    frame: dict = {"slots": slots}
    # Same shape as rules.loader.frame_to_data, so an unchanged frame keeps the rule base's checksum.
    if int(raw_within):
        frame["within"] = int(raw_within)
    if str(form.get("ordered") or "") in ("1", "on", "true"):
        frame["ordered"] = True
    return frame


# --- also (second categories) -------------------------------------------------------------------------

def also_from_form(category: str, basis: str, rule: dict, others: list[dict]) -> dict:
    category = (category or "").strip()
    if category not in CATEGORIES:
        raise RuleEditError("rules.err.also_category")
    if category == rule.get("category"):
        raise RuleEditError("rules.err.also_primary")
    if any(a.get("category") == category for a in others):
        raise RuleEditError("rules.err.also_duplicate", category=category)
    basis = (basis or "").strip()
    if not basis:
        raise RuleEditError("rules.err.also_basis")
    if len(basis) > MAX_BASIS or "\n" in basis:
        raise RuleEditError("rules.err.too_long", max=MAX_BASIS)
    return {"category": category, "basis": basis}


# --- lexicon terms ----------------------------------------------------------------------------------

def check_lexicon_terms(values: list[str], existing: list[str], *, used_as_phrases: bool) -> list[str]:
    """New terms for a lexicon, checked one by one; RuleEditError naming the first bad one."""
    if not values:
        raise RuleEditError("rules.err.empty")
    known = {normalized(x): x for x in existing}
    out: list[str] = []
    for value in values:
        if len(value) > MAX_TERM:
            raise RuleEditError("rules.err.term_long", value=value[:20] + "…", max=MAX_TERM)
        if any(c.isspace() for c in value):
            raise RuleEditError("rules.err.term_space", value=value)
        if value.startswith("@"):
            raise RuleEditError("rules.err.term_at", value=value)
        key = normalize_phrase(value)
        if not key:
            raise RuleEditError("rules.err.no_chars", value=value)
        if used_as_phrases and len(key) < MIN_PHRASE_CHARS:
            # The lexicon is listed as a rule's phrases: each term is then a phrase and follows the phrase rule.
            raise RuleEditError("rules.err.term_short_phrase", value=value, min=MIN_PHRASE_CHARS)
        if key in known:
            raise RuleEditError("rules.err.duplicate", value=value, other=known[key])
        known[key] = value
        out.append(value)
    return out
