"""Lexicons in the draft: list them, page and search their terms, add and remove terms, and say what changed.

A lexicon edit changes every rule that uses it ('@name' in phrases, exceptions or frame slots), so the pages
show those rules and their failing examples; publishing runs every rule's examples as for any other edit.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from monitor import rulestore
from review_ui.crud import rule_validate as check
from review_ui.crud.rule_validate import RuleEditError
from review_ui.crud.rules import as_snapshot, lexicons_used

PAGE_SIZE = 200


@dataclass
class LexiconRow:
    name: str
    title: str
    size: int
    sources: str
    licence: str
    used_by: list[str]
    added: int = 0                 # terms added / removed in the draft since the published version
    removed: int = 0


@dataclass
class LexiconDiff:
    name: str
    kind: str                      # added / removed / changed
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@dataclass
class TermPage:
    terms: list[str]
    total: int                     # terms matching the search
    page: int
    pages: int


def find_lexicon(snapshot: dict, name: str) -> dict:
    """The lexicon's dict inside `snapshot` itself (edits to it change the snapshot)."""
    for lex in snapshot.get("lexicons") or []:
        if lex.get("name") == name:
            return lex
    raise RuleEditError("rules.err.no_lexicon", name=name)


def users_of(data, name: str) -> dict[str, list[str]]:
    """{rule id: where it uses the lexicon (phrases / exceptions / frames)} for every rule using `name`."""
    ref = "@" + name
    out: dict[str, list[str]] = {}
    for rule in rulestore.rules_of(data):
        where = [f for f in ("phrases", "exceptions") if ref in (rule.get(f) or [])]
        if any(ref in (s.get("terms") or []) for fr in rule.get("frames") or [] for s in fr.get("slots") or []):
            where.append("frames")
        if where:
            out[rule.get("id")] = where
    return out


def overview(draft: dict, published) -> list[LexiconRow]:
    before = {x.get("name"): set(x.get("terms") or []) for x in rulestore.snapshot_of(published)["lexicons"]} \
        if published is not None else {}
    used: dict[str, list[str]] = {}
    for rule in draft.get("rules") or []:
        for name in lexicons_used(rule):
            used.setdefault(name, []).append(rule.get("id"))
    rows = []
    for lex in draft.get("lexicons") or []:
        terms = set(lex.get("terms") or [])
        old = before.get(lex.get("name"), set())
        rows.append(LexiconRow(lex.get("name"), lex.get("title") or lex.get("name"), len(terms),
                               lex.get("sources") or "", lex.get("licence") or "", used.get(lex.get("name"), []),
                               added=len(terms - old), removed=len(old - terms) if old else 0))
    return rows


def term_page(lex: dict, query: str = "", page: int = 1) -> TermPage:
    """Terms containing `query` (as typed, or once normalised: 臺灣 finds 台湾), PAGE_SIZE a page."""
    terms = list(lex.get("terms") or [])
    query = (query or "").strip()[:50]
    if query:
        key = check.normalized(query)
        terms = [t for t in terms if query in t or (key and key in check.normalized(t))]
    pages = max(1, -(-len(terms) // PAGE_SIZE))
    page = min(max(1, page), pages)
    return TermPage(terms[(page - 1) * PAGE_SIZE:page * PAGE_SIZE], len(terms), page, pages)


def edit_terms(data, name: str, op: str, text: str = "") -> tuple[dict, list[str]]:
    """A new snapshot with terms added to or removed from a lexicon, and the terms that changed.

    `text` holds one term or several (one a line, or comma-separated); all are checked before any is kept."""
    if op not in ("add", "remove"):
        raise RuleEditError("rules.err.op")
    snap = as_snapshot(data)
    lex = find_lexicon(snap, name)
    terms = list(lex.get("terms") or [])
    values = check.split_terms(text)
    if op == "add":
        as_phrases = any("phrases" in where for where in users_of(snap, name).values())
        values = check.check_lexicon_terms(values, terms, used_as_phrases=as_phrases)
        lex["terms"] = terms + values
    else:
        if not values:
            raise RuleEditError("rules.err.empty")
        missing = [v for v in values if v not in terms]
        if missing:
            raise RuleEditError("rules.err.gone", value=missing[0])
        kept = [t for t in terms if t not in values]
        if not kept:
            raise RuleEditError("rules.err.lexicon_empty", name=name)
        lex["terms"] = kept
    return snap, values


def diff_lexicons(old, new) -> list[LexiconDiff]:
    """What changed between the lexicons of two rule bases (old list rows mean the bundled lexicons)."""
    a = {x.get("name"): x for x in rulestore.snapshot_of(old)["lexicons"]} if old is not None else {}
    b = {x.get("name"): x for x in rulestore.snapshot_of(new)["lexicons"]}
    out = []
    for name in [*b, *(n for n in a if n not in b)]:
        if name not in a:
            out.append(LexiconDiff(name, "added", added=list(b[name].get("terms") or [])))
        elif name not in b:
            out.append(LexiconDiff(name, "removed"))
        else:
            before, after = a[name].get("terms") or [], b[name].get("terms") or []
            gone, kept = set(before) - set(after), set(before)
            added = [t for t in after if t not in kept]
            removed = [t for t in before if t in gone]
            if added or removed:
                out.append(LexiconDiff(name, "changed", added, removed))
    return out


def failures_by_lexicon(failures: list, draft: dict, changed: set[str]) -> list[tuple[object, list[str]]]:
    """Each failing example with the changed lexicons its rule uses: which lexicon edit broke which rule."""
    rules_by_id = {r.get("id"): r for r in draft.get("rules") or []}
    out = []
    for f in failures:
        used = lexicons_used(rules_by_id.get(f.rule_id) or {})
        out.append((f, [n for n in used if n in changed]))
    return out
