"""Recall and precision of a matcher on labelled lines, counted per (line, category).

One home for the count that the tests' corpus evaluation (tests/rules/corpus_eval.py) and the classifier's
held-out figure (rules.train_classifier) both report, so the two can never count differently.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


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


def score(matcher, rows: list[dict], into: Score | None = None) -> Score:
    """Match every row's `text`; compare the hits' categories (every category of a hit counts) with its
    `labels`. `into` adds to a running Score (several matchers over parts of one set)."""
    s = into if into is not None else Score()
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
            s.misses.append((r.get("id", ""), r["text"], sorted(want - got)))
        if got - want:
            s.false_hits.append((r.get("id", ""), r["text"], sorted(got - want),
                                 [f"{h.rule_id}:{h.how}:{h.matched}" for h in hits if set(h.categories) - want]))
    return s
