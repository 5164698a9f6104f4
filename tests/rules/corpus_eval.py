"""Score the matcher on the labelled corpus (tests/rules/data/corpus/corpus.jsonl), per split.

Per (line, category), every category of a hit counting. The corpus is split by product domain
(splits.json): rules are tuned on `dev` only; `test` is reported, never looked at while writing rules.

    .venv/bin/python tests/rules/corpus_eval.py --split dev --misses     # the tuning loop
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rules.train_classifier import quote_split

CORPUS = Path(__file__).parent / "data" / "corpus" / "corpus.jsonl"
QUOTES = Path(__file__).parent / "data" / "quotes" / "quotes.jsonl"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    lines: int = 0
    per_category: dict[str, Counter] = field(default_factory=dict)
    misses: list[tuple[str, str, list[str]]] = field(default_factory=list)
    false_hits: list[tuple[str, str, list[str], list[str]]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def category_line(self, c: str) -> str:
        k = self.per_category.get(c, Counter())
        r = k["tp"] / (k["tp"] + k["fn"]) if k["tp"] + k["fn"] else 1.0
        p = k["tp"] / (k["tp"] + k["fp"]) if k["tp"] + k["fp"] else 1.0
        return f"{c:18s} recall {r:.3f} precision {p:.3f} (tp {k['tp']}, fp {k['fp']}, fn {k['fn']})"


def load_quotes(split: str | None = None) -> list[dict]:
    """Real quotes from published enforcement cases (tests/rules/data/quotes/)."""
    rows = [json.loads(x) for x in QUOTES.read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [dict(r, id=f"quote-{i}", split=quote_split(r["source"])) for i, r in enumerate(rows)]
    return [r for r in rows if split is None or r["split"] == split]


def load(split: str | None = None, form: str | None = None) -> list[dict]:
    rows = [json.loads(x) for x in CORPUS.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if (split is None or r["split"] == split) and (form is None or r["form"] == form)]


def score(matcher, rows: list[dict]) -> Score:
    s = Score()
    for r in rows:
        hits = matcher.match(r["text"])
        got = {c for h in hits for c in h.categories}
        want = set(r["labels"])
        s.lines += 1
        s.tp += len(got & want)
        s.fp += len(got - want)
        s.fn += len(want - got)
        for c in got | want:
            k = s.per_category.setdefault(c, Counter())
            k["tp"] += c in got and c in want
            k["fp"] += c in got and c not in want
            k["fn"] += c in want and c not in got
        if want - got:
            s.misses.append((r["id"], r["text"], sorted(want - got)))
        if got - want:
            s.false_hits.append((r["id"], r["text"], sorted(got - want),
                                 [f"{h.rule_id}:{h.how}:{h.matched}" for h in hits if set(h.categories) - want]))
    return s


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
