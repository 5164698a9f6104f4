"""Lexicons: named word lists (rules/lexicons/<name>.txt) that frame slots and phrases draw on.

A file is a header of `# key: value` lines (title, sources, licence, notes), then one term a line;
later `#` lines are comments grouping the terms by source. Rules refer to a lexicon as `@name`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rules.model import Lexicon

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_HEADER_RE = re.compile(r"^#\s*(title|sources|licence|notes)\s*:\s*(.*)$")


class LexiconError(ValueError):
    """A lexicon file or dict was refused; str() is one line naming file, line and reason."""


def parse_lexicon(name: str, text: str, source: str = "<lexicon>") -> Lexicon:
    if not _NAME_RE.match(name):
        raise LexiconError(f"{source}: lexicon name {name!r} must be lower-case letters, digits or '_'")
    header: dict[str, list[str]] = {}
    terms: list[str] = []
    seen: set[str] = set()
    in_header = True
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            m = _HEADER_RE.match(line)
            if in_header and m:
                header.setdefault(m.group(1), []).append(m.group(2).strip())
            continue
        in_header = False
        if any(c.isspace() for c in line):
            raise LexiconError(f"{source}:{lineno}: term {line!r} contains a space (one term a line)")
        if line not in seen:
            seen.add(line)
            terms.append(line)
    if not terms:
        raise LexiconError(f"{source}: lexicon {name!r} has no terms")
    return Lexicon(name=name, title=" ".join(header.get("title", [])) or name, terms=tuple(terms),
                   sources=" ".join(header.get("sources", [])), licence=" ".join(header.get("licence", [])))


def load_lexicon_file(path: Path) -> Lexicon:
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise LexiconError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    except OSError as e:
        raise LexiconError(f"{path}: cannot read file: {e.strerror}") from None
    return parse_lexicon(path.stem, text, str(path))


def load_lexicon_dir(path: str | Path | None = None) -> tuple[Lexicon, ...]:
    """Every *.txt of a directory, sorted by name; None = the bundled lexicons. A missing dir is empty."""
    directory = Path(path) if path is not None else LEXICON_DIR
    if not directory.is_dir():
        return ()
    return tuple(load_lexicon_file(f) for f in sorted(directory.glob("*.txt")))


@lru_cache(maxsize=1)
def bundled_lexicons() -> tuple[Lexicon, ...]:
    return load_lexicon_dir(None)


def lexicon_to_data(lex: Lexicon) -> dict:
    return {"name": lex.name, "title": lex.title, "sources": lex.sources, "licence": lex.licence,
            "terms": list(lex.terms)}


def lexicon_from_data(raw, source: str = "<data>") -> Lexicon:
    if not isinstance(raw, dict):
        raise LexiconError(f"{source}: each lexicon must be a mapping with name, title and terms")
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise LexiconError(f"{source}: lexicon name {name!r} must be lower-case letters, digits or '_'")
    terms = raw.get("terms")
    if not isinstance(terms, list) or not terms:
        raise LexiconError(f"{source}: lexicon {name!r} needs a non-empty list of terms")
    clean: list[str] = []
    for k, t in enumerate(terms):
        if isinstance(t, (int, float)) and not isinstance(t, bool):
            t = str(t)
        if not isinstance(t, str) or not t.strip():
            raise LexiconError(f"{source}: lexicon {name!r} term {k + 1} must be a non-empty string")
        t = t.strip()
        if any(c.isspace() for c in t):
            raise LexiconError(f"{source}: lexicon {name!r} term {t!r} contains a space")
        if t not in clean:
            clean.append(t)
    return Lexicon(name=name, title=str(raw.get("title") or name), terms=tuple(clean),
                   sources=str(raw.get("sources") or ""), licence=str(raw.get("licence") or ""))


def lexicon_to_text(lex: Lexicon) -> str:
    """The .txt form (for `livewatch rules export`)."""
    head = [f"# title: {lex.title}"]
    if lex.sources:
        head.append(f"# sources: {lex.sources}")
    if lex.licence:
        head.append(f"# licence: {lex.licence}")
    return "\n".join(head + list(lex.terms)) + "\n"
