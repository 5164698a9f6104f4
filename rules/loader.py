"""Load and validate rule files (YAML, one list of rules per category file) into a RuleBase.

YAML files and dicts (the review UI edits rules as dicts, the DB stores snapshots) go through the
same validation. Every refusal is one RuleFileError line naming file, line and field:
    rules/data/x.yaml:12: rule 'abs-001' field 'severity': must be one of high/medium/low
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Callable

import yaml

from rules.model import CATEGORIES, PHASES, SEVERITIES, Rule, RuleBase
from rules.normalize import normalize_phrase
from rules.regex_guard import UnsafePattern, compile_safe

DATA_DIR = Path(__file__).resolve().parent / "data"
MIN_PHRASE_CHARS = 2
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
FIELDS = ("id", "category", "severity", "basis", "phase", "phrases", "patterns", "exceptions",
          "examples", "description", "enabled")
_REQUIRED = ("id", "category", "severity", "basis", "phase", "examples")


class RuleFileError(ValueError):
    """A rule file or rule dict was refused. str() is one line: source:line: rule 'id' field 'f': why."""

    def __init__(self, source: str, line: int | None, rule_id: str | None, field: str | None, message: str):
        self.source, self.line, self.rule_id, self.field, self.reason = source, line, rule_id, field, message
        where = f"{source}:{line}" if line else source
        what = ""
        if rule_id is not None:
            what += f" rule '{rule_id}'"
        if field is not None:
            what += f" field '{field}'"
        super().__init__(f"{where}:{what}{':' if what else ''} {message}")


# A locator answers "which line is rule #i / its field / item #k of that field on?" (None for dicts).
Locator = Callable[[int, "str | None", "int | None"], "int | None"]


def _no_lines(_i: int, _f: str | None, _k: int | None) -> int | None:
    return None


def _yaml_locator(root: yaml.Node | None) -> Locator:
    def locate(i: int, field: str | None, k: int | None) -> int | None:
        if not isinstance(root, yaml.SequenceNode) or i >= len(root.value):
            return None
        node = root.value[i]
        line = node.start_mark.line + 1
        if field is None or not isinstance(node, yaml.MappingNode):
            return line
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == field:
                if k is not None and isinstance(value, yaml.SequenceNode) and k < len(value.value):
                    return value.value[k].start_mark.line + 1
                if k is not None and isinstance(value, yaml.MappingNode):
                    # examples: k indexes hit items first, then miss items
                    items = [n for _, seq in value.value if isinstance(seq, yaml.SequenceNode) for n in seq.value]
                    if k < len(items):
                        return items[k].start_mark.line + 1
                return value.start_mark.line + 1 if k is not None else key.start_mark.line + 1
        return line
    return locate


def _str_list(value, fail, field: str, allow_empty: bool = True) -> list[str]:
    if value is None:
        value = []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        fail(field, None, "must be a list of strings")
    out = []
    for k, item in enumerate(value):
        if isinstance(item, (int, float)) and not isinstance(item, bool):
            item = str(item)
        if not isinstance(item, str):
            fail(field, k, f"item {k + 1} must be a string")
        out.append(item)
    if not out and not allow_empty:
        fail(field, None, "must not be empty")
    return out


def _validate_rule(raw, i: int, source: str, locate: Locator, seen: dict[str, str]) -> Rule:
    rule_id = raw.get("id") if isinstance(raw, dict) else None
    shown_id = rule_id if isinstance(rule_id, str) and rule_id else f"#{i + 1}"

    def fail(field: str | None, k: int | None, message: str):
        raise RuleFileError(source, locate(i, field, k), shown_id, field, message)

    if not isinstance(raw, dict):
        fail(None, None, "each rule must be a mapping of fields")
    unknown = [k for k in raw if k not in FIELDS]
    if unknown:
        fail(str(unknown[0]), None, f"unknown field (allowed: {', '.join(FIELDS)})")
    for field in _REQUIRED:
        if raw.get(field) in (None, "", []):
            fail(field, None, "is required")

    if not isinstance(rule_id, str) or not _ID_RE.match(rule_id):
        fail("id", None, "must be lower-case letters, digits, '-', '_' or '.', at most 64 characters")
    if rule_id in seen:
        fail("id", None, f"duplicate id (first defined at {seen[rule_id]})")
    line = locate(i, "id", None)
    seen[rule_id] = f"{source}:{line}" if line else f"{source} rule #{i + 1}"
    if raw["category"] not in CATEGORIES:
        fail("category", None, f"must be one of {'/'.join(CATEGORIES)}")
    if raw["severity"] not in SEVERITIES:
        fail("severity", None, f"must be one of {'/'.join(SEVERITIES)}")
    if not isinstance(raw["basis"], str) or not raw["basis"].strip():
        fail("basis", None, "must be a non-empty string naming the law or standard and article")

    phases = _str_list(raw.get("phase"), fail, "phase", allow_empty=False)
    for k, p in enumerate(phases):
        if p not in PHASES:
            fail("phase", k, f"'{p}' must be one of {'/'.join(PHASES)}")

    phrases = _str_list(raw.get("phrases"), fail, "phrases")
    for k, p in enumerate(phrases):
        if not p.strip():
            fail("phrases", k, f"phrase {k + 1} is empty")
        if len(normalize_phrase(p)) < MIN_PHRASE_CHARS:
            fail("phrases", k, f"phrase {p!r} is shorter than {MIN_PHRASE_CHARS} characters once "
                               "spaces and symbols are dropped")
    patterns = _str_list(raw.get("patterns"), fail, "patterns")
    for k, p in enumerate(patterns):
        try:
            compile_safe(p)
        except UnsafePattern as e:
            fail("patterns", k, f"pattern {p!r} refused: {e}")
    if not phrases and not patterns:
        fail("phrases", None, "a rule needs at least one phrase or pattern")
    exceptions = _str_list(raw.get("exceptions"), fail, "exceptions")
    for k, p in enumerate(exceptions):
        if not normalize_phrase(p):
            fail("exceptions", k, f"exception {k + 1} is empty")

    examples = raw.get("examples")
    if not isinstance(examples, dict):
        fail("examples", None, "must be a mapping with 'hit' and 'miss' lists")
    bad = [k for k in examples if k not in ("hit", "miss")]
    if bad:
        fail("examples", None, f"unknown key '{bad[0]}' (allowed: hit, miss)")
    hits = _str_list(examples.get("hit"), fail, "examples")
    misses = _str_list(examples.get("miss"), fail, "examples")
    if not [h for h in hits if h.strip()]:
        fail("examples", None, "needs at least one 'hit' sentence")
    if not [m for m in misses if m.strip()]:
        fail("examples", None, "needs at least one 'miss' sentence")

    description = raw.get("description") or ""
    if not isinstance(description, str):
        fail("description", None, "must be a string")
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        fail("enabled", None, "must be true or false")

    return Rule(
        id=rule_id, category=raw["category"], severity=raw["severity"], basis=raw["basis"].strip(),
        phrases=tuple(phrases), patterns=tuple(patterns), exceptions=tuple(exceptions),
        examples_hit=tuple(hits), examples_miss=tuple(misses), phase=tuple(phases),
        description=description.strip(), enabled=enabled,
    )


def rule_to_data(rule: Rule) -> dict:
    return {
        "id": rule.id, "category": rule.category, "severity": rule.severity, "basis": rule.basis,
        "phase": list(rule.phase), "phrases": list(rule.phrases), "patterns": list(rule.patterns),
        "exceptions": list(rule.exceptions),
        "examples": {"hit": list(rule.examples_hit), "miss": list(rule.examples_miss)},
        "description": rule.description, "enabled": rule.enabled,
    }


def rule_base_to_data(rb: RuleBase) -> list[dict]:
    return [rule_to_data(r) for r in rb.rules]


def _checksum(rules: tuple[Rule, ...]) -> str:
    canonical = json.dumps([rule_to_data(r) for r in rules], ensure_ascii=False, sort_keys=True,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _build(items: list, source: str, locate: Locator, seen: dict[str, str] | None = None) -> list[Rule]:
    seen = {} if seen is None else seen
    return [_validate_rule(raw, i, source, locate, seen) for i, raw in enumerate(items)]


def rule_base_from_data(data: list[dict], source: str = "<data>") -> RuleBase:
    if not isinstance(data, list):
        raise RuleFileError(source, None, None, None, "rule data must be a list of rule mappings")
    rules = tuple(_build(data, source, _no_lines))
    return RuleBase(rules=rules, checksum=_checksum(rules))


def load_rule_file(path: Path, seen: dict[str, str] | None = None) -> list[Rule]:
    source = str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise RuleFileError(source, None, None, None, f"not UTF-8 text ({e.reason} at byte {e.start})") from None
    except OSError as e:
        raise RuleFileError(source, None, None, None, f"cannot read file: {e.strerror}") from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise RuleFileError(source, mark.line + 1 if mark else None, None, None,
                            f"YAML syntax error: {problem}") from None
    if data is None:
        return []
    if not isinstance(data, list):
        line = root.start_mark.line + 1 if root is not None else None
        raise RuleFileError(source, line, None, None, "file must be a YAML list of rules (- id: ...)")
    return _build(data, source, _yaml_locator(root), seen)


def load_rule_dir(path: str | Path | None = None) -> RuleBase:
    """Load every *.yaml / *.yml file of a directory (sorted by name); None = the bundled rules."""
    directory = Path(path) if path is not None else DATA_DIR
    if not directory.is_dir():
        raise RuleFileError(str(directory), None, None, None, "rule directory does not exist")
    files = sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")])
    if not files:
        raise RuleFileError(str(directory), None, None, None, "no *.yaml rule files in directory")
    seen: dict[str, str] = {}      # ids are unique across files
    rules: list[Rule] = []
    for f in files:
        rules.extend(load_rule_file(f, seen))
    return RuleBase(rules=tuple(rules), checksum=_checksum(tuple(rules)))
