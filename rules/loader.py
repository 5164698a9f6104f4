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
from typing import TYPE_CHECKING, Callable

from rules.lexicon import (LexiconError, bundled_lexicons, lexicon_from_data, lexicon_to_data,
                           load_lexicon_dir)
from rules.model import CATEGORIES, PHASES, SEVERITIES, AlsoCategory, Frame, Lexicon, Rule, RuleBase, Slot
from rules.normalize import normalize_phrase
from rules.regex_guard import UnsafePattern, compile_safe

if TYPE_CHECKING:
    import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
MIN_PHRASE_CHARS = 2
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
# Rule pages live at /rules/<id> beside the editor's own pages; a rule named like one of them could not be opened.
RESERVED_IDS = frozenset({"try", "publish", "discard", "history", "lexicons", "new"})
FIELDS = ("id", "category", "severity", "basis", "phase", "phrases", "patterns", "frames", "exceptions",
          "examples", "description", "enabled", "also")
SLOT_FIELDS = ("name", "terms", "pattern", "fuzzy")
FRAME_FIELDS = ("slots", "within", "ordered")
MAX_WITHIN = 60
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
    import yaml

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


def _lexicon_refs(items: list[str], lexicons: frozenset[str], fail, field: str) -> None:
    for k, item in enumerate(items):
        if item.startswith("@") and item[1:] not in lexicons:
            fail(field, k, f"unknown lexicon '{item}' (known: {', '.join(sorted(lexicons)) or 'none'})")


def _validate_frames(raw, fail, lexicons: frozenset[str]) -> tuple[Frame, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        fail("frames", None, "must be a list of frames (each with 'slots')")
    frames = []
    for k, fr in enumerate(raw):
        if not isinstance(fr, dict):
            fail("frames", k, f"frame {k + 1} must be a mapping with 'slots'")
        bad = [key for key in fr if key not in FRAME_FIELDS]
        if bad:
            fail("frames", k, f"frame {k + 1}: unknown key '{bad[0]}' (allowed: {', '.join(FRAME_FIELDS)})")
        slots_raw = fr.get("slots")
        if not isinstance(slots_raw, list) or not 2 <= len(slots_raw) <= 3:
            fail("frames", k, f"frame {k + 1} needs two or three slots")
        slots = []
        for j, sl in enumerate(slots_raw):
            where = f"frame {k + 1} slot {j + 1}"
            if not isinstance(sl, dict):
                fail("frames", k, f"{where} must be a mapping with name and terms or pattern")
            bad = [key for key in sl if key not in SLOT_FIELDS]
            if bad:
                fail("frames", k, f"{where}: unknown key '{bad[0]}' (allowed: {', '.join(SLOT_FIELDS)})")
            name = sl.get("name")
            if not isinstance(name, str) or not name.strip():
                fail("frames", k, f"{where} needs a name (shown to reviewers, e.g. 疾病)")
            terms = _str_list(sl.get("terms"), lambda _f, _k, m: fail("frames", k, f"{where} terms: {m}"), "frames")
            terms = [t.strip() for t in terms if t.strip()]
            for t in terms:
                if t.startswith("@"):
                    if t[1:] not in lexicons:
                        fail("frames", k, f"{where}: unknown lexicon '{t}' "
                                          f"(known: {', '.join(sorted(lexicons)) or 'none'})")
                elif not normalize_phrase(t):
                    fail("frames", k, f"{where}: term {t!r} is empty once spaces and symbols are dropped")
            pattern = sl.get("pattern") or ""
            if not isinstance(pattern, str):
                fail("frames", k, f"{where}: pattern must be a string")
            if pattern:
                try:
                    compile_safe(pattern)
                except UnsafePattern as e:
                    fail("frames", k, f"{where}: pattern {pattern!r} refused: {e}")
            if not terms and not pattern:
                fail("frames", k, f"{where} needs terms (words or @lexicon) or a pattern")
            fuzzy = sl.get("fuzzy", False)
            if not isinstance(fuzzy, bool):
                fail("frames", k, f"{where}: fuzzy must be true or false")
            slots.append(Slot(name=name.strip(), lexicons=tuple(t[1:] for t in terms if t.startswith("@")),
                              terms=tuple(t for t in terms if not t.startswith("@")), pattern=pattern,
                              fuzzy=fuzzy))
        within = fr.get("within", 0)
        if isinstance(within, bool) or not isinstance(within, int) or not 0 <= within <= MAX_WITHIN:
            fail("frames", k, f"frame {k + 1}: within must be a whole number of characters from 0 (same clause) "
                              f"to {MAX_WITHIN}")
        ordered = fr.get("ordered", False)
        if not isinstance(ordered, bool):
            fail("frames", k, f"frame {k + 1}: ordered must be true or false")
        frames.append(Frame(slots=tuple(slots), within=within, ordered=ordered))
    return tuple(frames)


def _validate_also(raw, fail) -> tuple[AlsoCategory, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        fail("also", None, "must be a list of {category, basis}")
    out = []
    for k, item in enumerate(raw):
        if not isinstance(item, dict) or set(item) - {"category", "basis"}:
            fail("also", k, "each item must be a mapping with category and basis")
        if item.get("category") not in CATEGORIES:
            fail("also", k, f"category must be one of {'/'.join(CATEGORIES)}")
        basis = item.get("basis")
        if not isinstance(basis, str) or not basis.strip():
            fail("also", k, "basis must name the law or standard and article")
        out.append(AlsoCategory(item["category"], basis.strip()))
    return tuple(out)


def _validate_rule(raw, i: int, source: str, locate: Locator, seen: dict[str, str],
                   lexicons: frozenset[str] = frozenset()) -> Rule:
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
    if rule_id in RESERVED_IDS:
        fail("id", None, f"{rule_id!r} is reserved for a page of the rule editor: choose another id")
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
    _lexicon_refs(phrases, lexicons, fail, "phrases")
    for k, p in enumerate(phrases):
        if p.startswith("@"):
            continue
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
    frames = _validate_frames(raw.get("frames"), fail, lexicons)
    if not phrases and not patterns and not frames:
        fail("phrases", None, "a rule needs at least one phrase, pattern or frame")
    exceptions = _str_list(raw.get("exceptions"), fail, "exceptions")
    _lexicon_refs(exceptions, lexicons, fail, "exceptions")
    for k, p in enumerate(exceptions):
        if not p.startswith("@") and not normalize_phrase(p):
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
        description=description.strip(), enabled=enabled, frames=frames,
        also=_validate_also(raw.get("also"), fail),
    )


def slot_to_data(slot: Slot) -> dict:
    out: dict = {"name": slot.name, "terms": [f"@{x}" for x in slot.lexicons] + list(slot.terms)}
    if slot.pattern:
        out["pattern"] = slot.pattern
    if slot.fuzzy:
        out["fuzzy"] = True
    return out


def frame_to_data(frame: Frame) -> dict:
    out: dict = {"slots": [slot_to_data(s) for s in frame.slots]}
    if frame.within:
        out["within"] = frame.within
    if frame.ordered:
        out["ordered"] = True
    return out


def rule_to_data(rule: Rule) -> dict:
    out = {
        "id": rule.id, "category": rule.category, "severity": rule.severity, "basis": rule.basis,
        "phase": list(rule.phase), "phrases": list(rule.phrases), "patterns": list(rule.patterns),
        "exceptions": list(rule.exceptions),
        "examples": {"hit": list(rule.examples_hit), "miss": list(rule.examples_miss)},
        "description": rule.description, "enabled": rule.enabled,
    }
    # Only when used, so rule bases without frames keep their old shape (and checksum).
    if rule.frames:
        out["frames"] = [frame_to_data(f) for f in rule.frames]
    if rule.also:
        out["also"] = [{"category": a.category, "basis": a.basis} for a in rule.also]
    return out


def rule_base_to_data(rb: RuleBase) -> list[dict]:
    """The rules as YAML-shaped dicts (lexicons not included: see rule_base_snapshot)."""
    return [rule_to_data(r) for r in rb.rules]


def rule_base_snapshot(rb: RuleBase) -> dict:
    """Everything a worker needs to rebuild the matcher: {"rules": [...], "lexicons": [...]}."""
    return {"rules": rule_base_to_data(rb), "lexicons": [lexicon_to_data(x) for x in rb.lexicons]}


def _checksum(rules: tuple[Rule, ...], lexicons: tuple[Lexicon, ...] = ()) -> str:
    payload: object = [rule_to_data(r) for r in rules]
    if lexicons:
        payload = {"rules": payload, "lexicons": [lexicon_to_data(x) for x in lexicons]}
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _build(items: list, source: str, locate: Locator, seen: dict[str, str] | None = None,
           lexicons: tuple[Lexicon, ...] = ()) -> list[Rule]:
    seen = {} if seen is None else seen
    names = frozenset(x.name for x in lexicons)
    return [_validate_rule(raw, i, source, locate, seen, names) for i, raw in enumerate(items)]


def rule_base_from_data(data: list[dict] | dict, source: str = "<data>",
                        lexicons: tuple[Lexicon, ...] | None = None) -> RuleBase:
    """Rules from a list of rule dicts, or a snapshot {"rules", "lexicons"}; without lexicons, the bundled ones."""
    if isinstance(data, dict) and "rules" in data:
        raw_lex = data.get("lexicons")
        if raw_lex is not None:
            if not isinstance(raw_lex, list):
                raise RuleFileError(source, None, None, None, "lexicons must be a list of lexicon mappings")
            try:
                lexicons = tuple(lexicon_from_data(x, source) for x in raw_lex)
            except LexiconError as e:
                raise RuleFileError(source, None, None, "lexicons", str(e)) from None
            names = [x.name for x in lexicons]
            dup = next((n for n in names if names.count(n) > 1), None)
            if dup:
                raise RuleFileError(source, None, None, "lexicons", f"duplicate lexicon '{dup}'")
        data = data["rules"]
    if not isinstance(data, list):
        raise RuleFileError(source, None, None, None, "rule data must be a list of rule mappings")
    if lexicons is None:
        lexicons = bundled_lexicons()
    rules = tuple(_build(data, source, _no_lines, lexicons=lexicons))
    return RuleBase(rules=rules, lexicons=lexicons, checksum=_checksum(rules, lexicons))


def load_rule_file(path: Path, seen: dict[str, str] | None = None,
                   lexicons: tuple[Lexicon, ...] = ()) -> list[Rule]:
    source = str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise RuleFileError(source, None, None, None, f"not UTF-8 text ({e.reason} at byte {e.start})") from None
    except OSError as e:
        raise RuleFileError(source, None, None, None, f"cannot read file: {e.strerror}") from None
    # Imported here: a cached start (rules.cache) reads no YAML, and importing PyYAML cost it ~0.02 s.
    import yaml
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
    return _build(data, source, _yaml_locator(root), seen, lexicons)


def load_rule_dir(path: str | Path | None = None) -> RuleBase:
    """Load every *.yaml / *.yml file of a directory (sorted by name); None = the bundled rules.

    Lexicons come from DIR/lexicons/*.txt when that folder exists, else the bundled rules/lexicons/."""
    directory = Path(path) if path is not None else DATA_DIR
    if not directory.is_dir():
        raise RuleFileError(str(directory), None, None, None, "rule directory does not exist")
    files = sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")])
    if not files:
        raise RuleFileError(str(directory), None, None, None, "no *.yaml rule files in directory")
    try:
        lexicons = load_lexicon_dir(directory / "lexicons") if (directory / "lexicons").is_dir() \
            else bundled_lexicons()
    except LexiconError as e:
        raise RuleFileError(str(directory / "lexicons"), None, None, None, str(e)) from None
    seen: dict[str, str] = {}      # ids are unique across files
    rules: list[Rule] = []
    for f in files:
        rules.extend(load_rule_file(f, seen, lexicons))
    return RuleBase(rules=tuple(rules), lexicons=lexicons, checksum=_checksum(tuple(rules), lexicons))
