"""Recall and precision over (line, category) pairs on the public text set (manifest utterances, the real
Whisper base rendering of the two sample recordings and of sample_streams/, traditional/Arabic-digit
renderings, and hand-written evasions and false-positive traps). Rebuild the set with
tests/rules/data/make_textset.py."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.rules.helpers import every_category

TEXTSET = Path(__file__).parent / "data" / "textset.jsonl"


def _load():
    return [json.loads(line) for line in TEXTSET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_textset_shape():
    rows = _load()
    assert len(rows) >= 150
    kinds = Counter(r["source"].split(":")[0].split("#")[0] for r in rows)
    assert {"manifest", "whisper-base", "traditional", "own"} <= set(kinds)
    positives = Counter(c for r in rows for c in r["labels"])
    import rules
    assert set(positives) == set(rules.CATEGORIES)
    assert sum(1 for r in rows if not r["labels"]) >= 50       # enough traps to measure precision


def test_recall_and_precision(matcher, rule_base, report_figure):
    tp = fp = fn = 0
    per_cat: dict[str, list[int]] = {}
    misses, false_hits = [], []
    for r in _load():
        got = every_category(matcher, r["text"])
        want = set(r["labels"])
        for c in got | want:
            s = per_cat.setdefault(c, [0, 0, 0])
            s[0] += c in got and c in want
            s[1] += c in got and c not in want
            s[2] += c in want and c not in got
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        if want - got:
            misses.append((r["source"], r["text"], sorted(want - got)))
        if got - want:
            false_hits.append((r["source"], r["text"], sorted(got - want)))
    recall, precision = tp / (tp + fn), tp / (tp + fp)
    print(f"\ntext set: {len(_load())} lines, {tp + fn} labelled (line, category) pairs")
    print(f"recall {recall:.3f}  precision {precision:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    for c, (a, b, d) in sorted(per_cat.items()):
        print(f"  {c:18s} tp {a:3d} fp {b:2d} fn {d:2d}")
    for m in misses:
        print("  missed:", *m)
    for f in false_hits:
        print("  false hit:", *f)
    naive_recall, naive_precision = _naive_scores(rule_base)
    report_figure(f"rules text set ({len(_load())} lines, {tp + fn} labelled pairs): recall {recall:.3f}, "
                  f"precision {precision:.3f}; naive substring list: recall {naive_recall:.3f}, "
                  f"precision {naive_precision:.3f}")
    assert recall >= 0.95 and precision >= 0.95


def _naive_scores(rule_base) -> tuple[float, float]:
    """The baseline the matcher must beat: a plain forbidden-phrase list, `phrase in text`."""
    tp = fp = fn = 0
    for r in _load():
        got = {rule.category for rule in rule_base.rules if rule.enabled
               and any(phrase in r["text"] for phrase in rule.phrases)}
        want = set(r["labels"])
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    return tp / (tp + fn), tp / (tp + fp)
