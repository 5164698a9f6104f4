"""Validate quotes.jsonl and print counts per kind and category.

Run: .venv/bin/python tests/rules/data/quotes/check_quotes.py
Exits non-zero on the first malformed line, so a bad edit cannot slip in silently.
"""

import json
import sys
from collections import Counter
from pathlib import Path

from rules import CATEGORIES  # noqa: E402  (the same nine ids as the rule base)

KEYS = ["text", "labels", "kind", "source"]
PATH = Path(__file__).with_name("quotes.jsonl")


def check(path: Path = PATH) -> list[dict]:
    rows, seen = [], set()
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        where = f"{path.name}:{no}"
        if list(row) != KEYS:
            raise ValueError(f"{where}: keys must be {KEYS}, got {list(row)}")
        text, labels, kind, source = (row[k] for k in KEYS)
        if not isinstance(text, str) or not text.strip() or text != text.strip():
            raise ValueError(f"{where}: text must be a non-empty, stripped string")
        if text in seen:
            raise ValueError(f"{where}: duplicate text {text!r}")
        seen.add(text)
        unknown = [label for label in labels if label not in CATEGORIES]
        if unknown or len(set(labels)) != len(labels):
            raise ValueError(f"{where}: bad labels {labels}")
        # The label set decides the kind; a disagreement means one of them was mistyped.
        if kind not in ("violation", "trap") or (kind == "violation") != bool(labels):
            raise ValueError(f"{where}: kind {kind!r} disagrees with labels {labels}")
        if not isinstance(source, str) or not source.strip():
            raise ValueError(f"{where}: source is required")
        rows.append(row)
    return rows


def main() -> int:
    rows = check()
    kinds = Counter(row["kind"] for row in rows)
    cats = Counter(label for row in rows for label in row["labels"])
    print(f"{len(rows)} lines: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print(f"trap share: {kinds['trap'] / len(rows):.0%}; multi-label lines: "
          f"{sum(1 for row in rows if len(row['labels']) > 1)}")
    for cat in CATEGORIES:
        print(f"  {cat:18} {cats[cat]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
