"""Score the matcher on the labelled corpus (tests/rules/data/corpus/corpus.jsonl), per split.

Per (line, category), every category of a hit counting. The corpus is split by product domain
(splits.json): rules are tuned on `dev` only; `test` is reported, never looked at while writing rules.

    .venv/bin/python tests/rules/corpus_eval.py --split dev --misses     # the tuning loop
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rules.scoring import Score, score  # noqa: F401  (the tests import them from here)
from rules.train_classifier import quote_split

CORPUS = Path(__file__).parent / "data" / "corpus" / "corpus.jsonl"
QUOTES = Path(__file__).parent / "data" / "quotes" / "quotes.jsonl"
HARVESTED = Path(__file__).parent / "data" / "quotes" / "harvested.jsonl"


def load_quotes(split: str | None = None) -> list[dict]:
    """Real quotes from published enforcement cases (tests/rules/data/quotes/)."""
    rows = [json.loads(x) for x in QUOTES.read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [dict(r, id=f"quote-{i}", split=quote_split(r["source"])) for i, r in enumerate(rows)]
    return [r for r in rows if split is None or r["split"] == split]


def load_harvested(batches: set[str]) -> list[dict]:
    """Real quotes harvested by helpers (tests/rules/data/quotes/README.md), of these batches: the never-read ones
    are for evaluation only; those read while tuning are training lines since session 16."""
    rows = [json.loads(x) for x in HARVESTED.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [dict(r, id=f"harvested-{i}") for i, r in enumerate(rows) if r["batch"] in batches]


def load(split: str | None = None, form: str | None = None) -> list[dict]:
    rows = [json.loads(x) for x in CORPUS.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if (split is None or r["split"] == split) and (form is None or r["form"] == form)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="dev", choices=["dev", "test"])
    ap.add_argument("--quotes", action="store_true", help="the real quotes of that split instead of the corpus")
    ap.add_argument("--form", choices=["written", "garbled"])
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--category")
    args = ap.parse_args()
    import rules
    m = rules.build_matcher(rules.load_rule_dir())
    s = score(m, load_quotes(args.split) if args.quotes else load(args.split, args.form))
    print(f"{args.split}: {s.lines} lines  recall {s.recall:.3f}  precision {s.precision:.3f}  "
          f"(tp {s.tp}, fp {s.fp}, fn {s.fn})")
    for c in sorted(s.per_category):
        print("  " + s.category_line(c))
    if args.misses:
        for rid, text, cats in s.misses:
            if not args.category or args.category in cats:
                print("MISS ", rid, ",".join(cats), text)
        for rid, text, cats, why in s.false_hits:
            if not args.category or args.category in cats:
                print("FALSE", rid, ",".join(cats), text, why)
    return 0


if __name__ == "__main__":
    sys.exit(main())
