"""Rule editing for the UI: changes go into the shared draft, publishing turns it into a version.

The draft is a snapshot {"rules": [...], "lexicons": [...]} (rules.rule_base_snapshot). Edits are pure
functions from one snapshot to a new one, so they are easy to test and the draft stays exactly what
`monitor.rulestore.publish` validates; every edit is checked on the way in (review_ui.crud.rule_validate).
"""
from __future__ import annotations

import json
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

import rules
from monitor import audit, rulestore
from monitor.models import RuleBaseVersion, RuleDraft
from review_ui.crud import rule_validate as check
from review_ui.crud.rule_validate import RuleEditError
from review_ui.highlight import split_span
from rules.model import CATEGORIES

# RuleEditError is re-exported: callers catch rules_crud.RuleEditError.

# Editable lists of a rule, as "field" or "field.sub" paths into its dict.
LIST_FIELDS = ("phrases", "exceptions", "patterns", "examples.hit", "examples.miss")
OPS = ("add", "edit", "remove")
MAX_ITEM = check.MAX_ITEM
SCALAR_FIELDS = ("category", "severity", "basis", "description", "enabled", "phase")


def _get_list(rule: dict, path: str) -> list:
    if path not in LIST_FIELDS:
        raise RuleEditError("rules.err.field", fields=", ".join(LIST_FIELDS))
    head, _, sub = path.partition(".")
    holder = rule.setdefault(head, {} if sub else [])
    if sub:
        return holder.setdefault(sub, [])
    return holder


def as_snapshot(data) -> dict:
    """A working copy of a snapshot, or of an old-style list of rules (then with the bundled lexicons)."""
    return rulestore.snapshot_of(data)


def find_rule(data, rule_id: str) -> dict:
    for rule in rulestore.rules_of(data):
        if rule.get("id") == rule_id:
            return rule
    raise RuleEditError("error.no_rule", id=rule_id)


def edit_list(data, rule_id: str, path: str, op: str, value: str = "", old: str = "") -> dict:
    """A new snapshot with one item added to, replaced in or removed from a rule's list."""
    if op not in OPS:
        raise RuleEditError("rules.err.op")
    snap = as_snapshot(data)
    rule = find_rule(snap, rule_id)
    items = _get_list(rule, path)
    old = (old or "").strip()
    if op in ("add", "edit"):
        value = check.check_list_item(path, value, items, snap, old if op == "edit" else "")
    if op in ("edit", "remove") and old not in items:
        raise RuleEditError("rules.err.gone", value=old)
    if op == "add":
        items.append(value)
    elif op == "edit":
        items[items.index(old)] = value
    else:
        items.remove(old)
    check.check_rule_still_valid(rule, snap)
    return snap


def set_enabled(data, rule_id: str, enabled: bool) -> dict:
    snap = as_snapshot(data)
    find_rule(snap, rule_id)["enabled"] = enabled
    return snap


# --- frames and second categories -----------------------------------------------------------------------

def frame_key(frame: dict) -> str:
    """A frame's identity in a form (hidden `old`): editing a frame someone else changed meanwhile is refused."""
    return json.dumps(frame, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def describe_frame(frame: dict) -> str:
    """One line for diffs and the audit log: [疗效动词: @efficacy_verb] + [疾病: @disease、老毛病 ≈]."""
    parts = []
    for slot in frame.get("slots") or []:
        what = "、".join(slot.get("terms") or [])
        if slot.get("pattern"):
            what = (what + " " if what else "") + f"/{slot['pattern']}/"
        parts.append(f"[{slot.get('name', '')}: {what}{' ≈' if slot.get('fuzzy') else ''}]")
    text = (" → " if frame.get("ordered") else " + ").join(parts)
    if frame.get("within"):
        text += f" ≤{frame['within']}"
    return text


def frame_form_values(frame: dict) -> dict:
    """The edit form's fields for a frame (the inverse of rule_validate.frame_from_form)."""
    values = {"within": str(frame.get("within") or 0), "ordered": "1" if frame.get("ordered") else ""}
    for n, slot in enumerate(frame.get("slots") or [], 1):
        values.update({f"slot{n}_name": slot.get("name", ""), f"slot{n}_terms": "\n".join(slot.get("terms") or []),
                       f"slot{n}_pattern": slot.get("pattern", ""), f"slot{n}_fuzzy": "1" if slot.get("fuzzy") else ""})
    return values


def edit_frame(data, rule_id: str, op: str, index: int = -1, form: dict | None = None, old: str = "") -> dict:
    """A new snapshot with a frame added to (form), replaced in (index, old, form) or removed from (index, old)
    a rule."""
    if op not in OPS:
        raise RuleEditError("rules.err.op")
    snap = as_snapshot(data)
    rule = find_rule(snap, rule_id)
    frames = rule.setdefault("frames", [])
    if op in ("edit", "remove"):
        if not 0 <= index < len(frames) or frame_key(frames[index]) != old:
            raise RuleEditError("rules.err.stale")
    if op in ("add", "edit"):
        frame = check.frame_from_form(form or {}, snap)
        others = [f for i, f in enumerate(frames) if not (op == "edit" and i == index)]
        if any(frame_key(f) == frame_key(frame) for f in others):
            raise RuleEditError("rules.err.frame_duplicate")
        if op == "add":
            frames.append(frame)
        else:
            frames[index] = frame
    else:
        del frames[index]
    if not frames:
        del rule["frames"]          # as rules.loader writes it: no empty list, same checksum as before
    check.check_rule_still_valid(rule, snap)
    return snap


def edit_also(data, rule_id: str, op: str, index: int = -1, category: str = "", basis: str = "",
              old: str = "") -> dict:
    """A new snapshot with a second category (`also`: category + basis) added, changed or removed."""
    if op not in OPS:
        raise RuleEditError("rules.err.op")
    snap = as_snapshot(data)
    rule = find_rule(snap, rule_id)
    also = rule.setdefault("also", [])
    if op in ("edit", "remove"):
        if not 0 <= index < len(also) or frame_key(also[index]) != old:
            raise RuleEditError("rules.err.stale")
    if op in ("add", "edit"):
        others = [a for i, a in enumerate(also) if not (op == "edit" and i == index)]
        item = check.also_from_form(category, basis, rule, others)
        if op == "add":
            also.append(item)
        else:
            also[index] = item
    else:
        del also[index]
    if not also:
        del rule["also"]
    check.check_rule_still_valid(rule, snap)
    return snap


# --- the draft --------------------------------------------------------------------------------------

def draft_data(session: Session) -> tuple[RuleDraft | None, dict]:
    """(draft row or None when nobody has edited, the snapshot to show and edit). Never writes."""
    return rulestore.draft_snapshot(session)


def save_change(session: Session, data, *, actor: str, action: str, target_type: str = "rule",
                target_id: str = "", **detail) -> bool:
    """Store an edit in the draft and the audit log (who, which rule or lexicon, what changed); False when the
    edit changed nothing, and then nothing is recorded."""
    saved = rulestore.save_draft(session, data, actor=actor, edit=action, target=f"{target_type}:{target_id}")
    if saved is None:
        session.rollback()
        return False
    audit.record(session, actor, action, target_type, target_id, **detail)
    session.commit()
    return True


def discard_draft(session: Session, *, actor: str) -> bool:
    discarded = rulestore.discard_draft(session, actor=actor)
    session.commit()
    return discarded


def publish_draft(session: Session, *, actor: str, note: str = "") -> RuleBaseVersion:
    """Publish the draft; rulestore raises PublishError (failing examples or malformed data) and nothing changes."""
    _, data = draft_data(session)
    try:
        row = rulestore.publish(session, data, actor=actor, note=note.strip()[:500])
    except rulestore.PublishError:
        session.rollback()
        raise
    session.commit()
    return row


def versions(session: Session) -> list[RuleBaseVersion]:
    return list(session.scalars(select(RuleBaseVersion).order_by(RuleBaseVersion.version.desc())))


# --- try it and the examples check ------------------------------------------------------------------

_matchers: OrderedDict[tuple, object] = OrderedDict()
_matchers_lock = threading.Lock()


def _cached(key: tuple, build):
    """Building a matcher takes a while; editors try many sentences against the same draft, so keep a few."""
    with _matchers_lock:
        if key in _matchers:
            _matchers.move_to_end(key)
            return _matchers[key]
    value = build()
    with _matchers_lock:
        _matchers[key] = value
        while len(_matchers) > 6:
            _matchers.popitem(last=False)
    return value


def matcher_for(data):
    """What the workers would match with (the try-it box): the rules and, unless switched off, the classifier."""
    from monitor.settings import get_settings
    second = get_settings().second_opinion
    rule_base = rules.rule_base_from_data(data)
    return _cached(("match", rule_base.checksum, second),
                   lambda: rules.build_matcher(rule_base, second_opinion=second))


def example_failures(data) -> list:
    """Every rule's failing examples in `data` (what publishing would refuse), cached per rule base."""
    rule_base = rules.rule_base_from_data(data)
    return _cached(("examples", rule_base.checksum), lambda: rules.check_examples(rule_base))


@dataclass
class TryHit:
    hit: object                       # rules.Hit
    parts: list[tuple[str, bool]]     # the sentence with this hit's span marked


@dataclass
class TryResult:
    text: str
    hits: list[TryHit] = field(default_factory=list)
    error: str = ""


def try_text(data, text: str) -> TryResult:
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
    out["frames"] = [describe_frame(f) for f in rule.get("frames") or []]
    out["also"] = [f"{a.get('category')}: {a.get('basis')}" for a in rule.get("also") or []]
    return out


def diff_rules(old, new) -> list[RuleDiff]:
    """What changed between two rule bases (snapshots or lists of rules), rule by rule."""
    old, new = rulestore.rules_of(old), rulestore.rules_of(new)
    old_by = {r.get("id"): r for r in old}
    new_by = {r.get("id"): r for r in new}
    out: list[RuleDiff] = []
    for rule_id in [r.get("id") for r in new] + [i for i in old_by if i not in new_by]:
        if rule_id not in old_by:
            out.append(RuleDiff(rule_id, "added"))
            continue
        if rule_id not in new_by:
            out.append(RuleDiff(rule_id, "removed"))
            continue
        a, b = old_by[rule_id], new_by[rule_id]
        changes = []
        la, lb = _flat_lists(a), _flat_lists(b)
        for path in (*LIST_FIELDS, "frames", "also"):
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


def categories(data) -> dict[str, list[dict]]:
    """Rules grouped by category, in the order rules.CATEGORIES lists them."""
    order = {c: i for i, c in enumerate(CATEGORIES)}
    grouped: dict[str, list[dict]] = {}
    for rule in rulestore.rules_of(data):
        grouped.setdefault(rule.get("category", ""), []).append(rule)
    return dict(sorted(grouped.items(), key=lambda kv: (order.get(kv[0], 99), kv[0])))


def lexicons_used(rule: dict) -> list[str]:
    """Names of the lexicons a rule draws on (phrases, exceptions or frame slots written '@name')."""
    refs = [*(rule.get("phrases") or []), *(rule.get("exceptions") or [])]
    for frame in rule.get("frames") or []:
        for slot in frame.get("slots") or []:
            refs.extend(slot.get("terms") or [])
    out: list[str] = []
    for ref in refs:
        if isinstance(ref, str) and ref.startswith("@") and ref[1:] not in out:
            out.append(ref[1:])
    return out
