"""Rule editing for the UI: changes go into the shared draft, publishing turns it into a version.

Edits are pure functions over the `rules.rule_base_to_data` list-of-dicts form, so they are easy to test
and the draft stays exactly what `monitor.rulestore.publish` validates.
"""
from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

import rules
from rules.model import CATEGORIES
from monitor import audit, rulestore
from monitor.models import RuleBaseVersion, RuleDraft
from review_ui.highlight import split_span

# Editable lists of a rule, as "field" or "field.sub" paths into its dict.
LIST_FIELDS = ("phrases", "exceptions", "patterns", "examples.hit", "examples.miss")
OPS = ("add", "edit", "remove")
MAX_ITEM = 300
SCALAR_FIELDS = ("category", "severity", "basis", "description", "enabled", "phase")


class RuleEditError(ValueError):
    pass


def _get_list(rule: dict, path: str) -> list:
    if path not in LIST_FIELDS:
        raise RuleEditError(f"field must be one of {', '.join(LIST_FIELDS)}")
    head, _, sub = path.partition(".")
    holder = rule.setdefault(head, {} if sub else [])
    if sub:
        return holder.setdefault(sub, [])
    return holder


def find_rule(data: list[dict], rule_id: str) -> dict:
    for rule in data:
        if rule.get("id") == rule_id:
            return rule
    raise RuleEditError(f"no rule {rule_id!r} in the draft")


def edit_list(data: list[dict], rule_id: str, path: str, op: str, value: str = "", old: str = "") -> list[dict]:
    """A new rule-base list with one item added to, replaced in or removed from a rule's list."""
    if op not in OPS:
        raise RuleEditError(f"op must be one of {', '.join(OPS)}")
    data = copy.deepcopy(data)
    items = _get_list(find_rule(data, rule_id), path)
    value, old = (value or "").strip(), (old or "").strip()
    if op in ("add", "edit"):
        if not value:
            raise RuleEditError("the text must not be empty")
        if len(value) > MAX_ITEM or "\n" in value:
            raise RuleEditError(f"one line of at most {MAX_ITEM} characters, please")
        if value in items and value != old:
            raise RuleEditError(f"{value!r} is already in {path}")
    if op == "add":
        items.append(value)
    elif op == "edit":
        if old not in items:
            raise RuleEditError(f"{old!r} is not in {path}")
        items[items.index(old)] = value
    else:
        if old not in items:
            raise RuleEditError(f"{old!r} is not in {path}")
        items.remove(old)
    return data


def set_enabled(data: list[dict], rule_id: str, enabled: bool) -> list[dict]:
    data = copy.deepcopy(data)
    find_rule(data, rule_id)["enabled"] = enabled
    return data


def draft_data(session: Session, actor: str) -> tuple[RuleDraft, list[dict]]:
    draft = rulestore.get_draft(session, actor)
    return draft, copy.deepcopy(draft.data)


def save_change(session: Session, data: list[dict], *, actor: str, action: str, rule_id: str, **detail) -> None:
    rulestore.save_draft(session, data, actor=actor)
    audit.record(session, actor, action, "rule", rule_id, **detail)
    session.commit()


def discard_draft(session: Session, *, actor: str) -> None:
    latest = rulestore.latest_version(session)
    if latest is None:
        raise RuleEditError("no published version to go back to")
    draft = rulestore.get_draft(session, actor)
    draft.base_version = latest.version
    rulestore.save_draft(session, copy.deepcopy(latest.data), actor=actor)
    audit.record(session, actor, "rule.draft_discard", "rule_base", latest.version)
    session.commit()


def publish_draft(session: Session, *, actor: str, note: str = "") -> RuleBaseVersion:
    """Publish the draft; rulestore raises PublishError (failing examples or malformed data) and nothing changes."""
    _, data = draft_data(session, actor)
    try:
        row = rulestore.publish(session, data, actor=actor, note=note.strip()[:500])
    except rulestore.PublishError:
        session.rollback()
        raise
    session.commit()
    return row


def versions(session: Session) -> list[RuleBaseVersion]:
    return list(session.scalars(select(RuleBaseVersion).order_by(RuleBaseVersion.version.desc())))


# --- try it -----------------------------------------------------------------------------------------

_matchers: OrderedDict[str, object] = OrderedDict()
_matchers_lock = threading.Lock()


def matcher_for(data: list[dict]):
    """Building a matcher takes a while; editors try many sentences against the same draft, so keep a few."""
    rule_base = rules.rule_base_from_data(data)
    key = rule_base.checksum
    with _matchers_lock:
        if key in _matchers:
            _matchers.move_to_end(key)
            return _matchers[key]
    matcher = rules.build_matcher(rule_base)
    with _matchers_lock:
        _matchers[key] = matcher
        while len(_matchers) > 4:
            _matchers.popitem(last=False)
    return matcher


@dataclass
class TryHit:
    hit: object                       # rules.Hit
    parts: list[tuple[str, bool]]     # the sentence with this hit's span marked


@dataclass
class TryResult:
    text: str
    hits: list[TryHit] = field(default_factory=list)
    error: str = ""


def try_text(data: list[dict], text: str) -> TryResult:
    text = (text or "").strip()[:2000]
    if not text:
        return TryResult(text)
    try:
        found = matcher_for(data).match(text)
    except Exception as exc:  # noqa: BLE001 - a broken draft is reported, not raised
        return TryResult(text, error=str(exc) or type(exc).__name__)
    return TryResult(text, [TryHit(h, split_span(text, h.start, h.end)) for h in found])


# --- diff -------------------------------------------------------------------------------------------

@dataclass
class FieldChange:
    field: str
    added: list = field(default_factory=list)
    removed: list = field(default_factory=list)
    old: object = None
    new: object = None


@dataclass
class RuleDiff:
    rule_id: str
    kind: str                          # added / removed / changed
    changes: list[FieldChange] = field(default_factory=list)


def _flat_lists(rule: dict) -> dict[str, list]:
    out = {}
    for path in LIST_FIELDS:
        head, _, sub = path.partition(".")
        value = rule.get(head, {} if sub else [])
        out[path] = list((value or {}).get(sub, []) if sub else (value or []))
    return out


def diff_rules(old: list[dict], new: list[dict]) -> list[RuleDiff]:
    """What changed between two rule-base snapshots, rule by rule."""
    old_by = {r.get("id"): r for r in old or []}
    new_by = {r.get("id"): r for r in new or []}
    out: list[RuleDiff] = []
    for rule_id in [r.get("id") for r in new or []] + [i for i in old_by if i not in new_by]:
        if rule_id not in old_by:
            out.append(RuleDiff(rule_id, "added"))
            continue
        if rule_id not in new_by:
            out.append(RuleDiff(rule_id, "removed"))
            continue
        a, b = old_by[rule_id], new_by[rule_id]
        changes = []
        la, lb = _flat_lists(a), _flat_lists(b)
        for path in LIST_FIELDS:
            added = [x for x in lb[path] if x not in la[path]]
            removed = [x for x in la[path] if x not in lb[path]]
            if added or removed:
                changes.append(FieldChange(path, added=added, removed=removed))
        for name in SCALAR_FIELDS:
            if a.get(name) != b.get(name):
                changes.append(FieldChange(name, old=a.get(name), new=b.get(name)))
        if changes:
            out.append(RuleDiff(rule_id, "changed", changes))
    return out


def categories(data: list[dict]) -> dict[str, list[dict]]:
    """Rules grouped by category, in the order rules.CATEGORIES lists them."""
    order = {c: i for i, c in enumerate(CATEGORIES)}
    grouped: dict[str, list[dict]] = {}
    for rule in data:
        grouped.setdefault(rule.get("category", ""), []).append(rule)
    return dict(sorted(grouped.items(), key=lambda kv: (order.get(kv[0], 99), kv[0])))
