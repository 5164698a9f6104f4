"""Issue 8's speed path: one FilteredRE2 pass per view, shared by every user of the view, names exactly the
patterns that match; the classifier's counting in C gives the same evidence as the loop it replaced.

- the Filter path and the RE2 Set fallback name the same patterns as running each pattern, on a table of
  lines (patterns without required literals, anchors, (?i), digits, sound views included);
- a pattern without atoms (\\d+元, one class after another) still matches wherever it matches;
- a PatternPool's subsets answer what a PatternSet of their own would, and stay shared after pickling;
- the matcher's pooled views answer what each user's own patterns say, on real lines;
- the classifier's evidence and sentence split equal the former per-occurrence loop, to 1e-12.
"""
from __future__ import annotations

import json
import math
import pickle
from functools import lru_cache
from pathlib import Path

import numpy as np
import re2

from rules import classifier
from rules.normalize import normalize
from rules.regex_guard import PatternPool, PatternSet, compile_derived
from rules.sound_view import to_sound

DATA = Path(__file__).parent / "data"

PATTERNS = [
    "原价\\d+", "^最", "好$", "加(?:微|v)信", "(?i)vip专享",
    "\\d+元",                                  # the atom is 元 alone
    "\\d{3,}",                                 # no atom at all: always a candidate
    "[补护养][肝肾脾]{1,2}",                      # classes only: no atom
    "(?:^|\\D)1[3-9]\\d{9}(?:$|\\D)",           # a phone number
    "比.{0,4}?店", "全网(?:最低|第一)", "第一",
]
LINES = [
    "原价12最好", "最", "", "无关的话", "加v信，原价9", "VIP专享价", "vip专享", "只要99元", "123", "12",
    "补肝护肾", "养脾", "打电话13912345678", "a13912345678b", "比实体店便宜", "比店", "全网第一", "全网最低价",
    "今天给大家带来的是一款炒锅", "最后好", "好好", "原价", "元", "\x01\x02lw-filter-check\x02\x01",
]


@lru_cache(maxsize=None)
def _compiled(pattern: str):
    # the pool holds patterns as they run: a digits pattern's numerals rewritten (may pass 300 characters)
    return compile_derived(pattern)


def _expected(patterns: list[str], text: str) -> list[int]:
    return [i for i, p in enumerate(patterns) if _compiled(p).search(text) is not None]


def test_filter_names_exactly_the_patterns_that_match():
    ps = PatternSet(PATTERNS)
    assert ps._filter is not None                  # this google-re2 has FilteredRE2: the fast path is tested
    for text in LINES:
        assert ps.matching(text) == _expected(PATTERNS, text), text
        assert ps.matching_patterns(text) == frozenset(PATTERNS[i] for i in _expected(PATTERNS, text))
    assert ps.matching("只要199元") == [5, 6]      # 元 found the first; the atomless \d{3,} is never skipped
    assert ps.matching("补肝护肾") == [7]
    assert pickle.loads(pickle.dumps(ps)).matching("打电话13912345678") == _expected(PATTERNS, "打电话13912345678")


def test_set_fallback_answers_the_same(monkeypatch):
    monkeypatch.delattr(re2._re2, "Filter")        # a google-re2 build without FilteredRE2
    ps = PatternSet(PATTERNS)
    assert ps._filter is None and ps._groups
    for text in LINES:
        assert ps.matching(text) == _expected(PATTERNS, text), text
    assert PatternSet(PATTERNS + ["("]).matching("原价1") is None     # a refused Set: unknown, never "no"


def test_filter_and_sets_agree_on_real_lines_and_views(monkeypatch):
    lines = [json.loads(x)["text"] for x in (DATA / "textset.jsonl").read_text(encoding="utf-8").splitlines()
             if x.strip()]
    patterns = PATTERNS + [to_sound(p) for p in PATTERNS if "(?i)" not in p]
    views = [v for nt in map(normalize, lines) for v in (nt.text, nt.digits, to_sound(nt.text))]
    fast = PatternSet(patterns)
    answers = [fast.matching(v) for v in views]
    monkeypatch.delattr(re2._re2, "Filter")
    slow = PatternSet(patterns)
    assert answers == [slow.matching(v) for v in views]
    assert sum(map(len, answers)) > 50         # the lines do make patterns match: not vacuous


def test_pool_subsets_share_one_pass_and_survive_pickling():
    pool = PatternPool()
    a = pool.subset("text", ["原价\\d+", "第一", "原价\\d+"])      # one pattern twice (two rules share it)
    b = pool.subset("text", ["全网(?:最低|第一)", "第一"])
    c = pool.subset("digits", ["\\d+元"])
    pool.compile()
    assert a._shared is b._shared and a._shared is not c._shared
    assert a.matching("原价12，全网第一") == [0, 1, 2]
    assert b.matching("原价12，全网第一") == [0, 1]
    assert b.matching_patterns("第一") == frozenset({"第一"})
    assert c.matching("99元") == [0] and c.matching("第一") == []
    a2, b2 = pickle.loads(pickle.dumps((a, b)))
    assert a2._shared is b2._shared
    for text in LINES:
        assert a2.matching(text) == _expected(list(a.patterns), text)
        assert b2.matching(text) == _expected(list(b.patterns), text)


def test_the_matchers_pooled_views_answer_for_each_user(matcher):
    lines = [json.loads(x)["text"] for x in (DATA / "textset.jsonl").read_text(encoding="utf-8").splitlines()
             if x.strip()]
    subsets = [ps for _, ps, _ in matcher._views] + [ps for _, ps, _ in matcher._sound.views]
    subsets += list(matcher._frames._slot_sets.values()) + list(matcher._frames._heard_sets.values())
    assert {ps.view for ps in subsets} == {"text", "digits", "sound:text", "sound:digits"}
    found = 0
    for nt in map(normalize, lines[:150]):
        for ps in subsets:
            view = {"text": nt.text, "digits": nt.digits,
                    "sound:text": to_sound(nt.text), "sound:digits": to_sound(nt.digits)}[ps.view]
            expect = _expected(list(ps.patterns), view)
            assert ps.matching(view) == expect, (ps.view, view)
            found += len(expect)
    assert found > 50


def _evidence_by_loop(model, canonical: str):
    """The classifier's evidence as computed before issue 8's speed work: a dict of occurrence lists."""
    where: dict = {}
    for end, key in model.vocabulary.iter(canonical):
        where.setdefault(key, []).append(end - key[1] + 1)
    if not where:
        return model.bias, where
    rows = np.fromiter((row for row, _ in where), dtype=np.int64, count=len(where))
    values = (1.0 + np.log(np.fromiter((len(p) for p in where.values()), dtype=np.float64,
                                       count=len(where)))) * model.idf[rows]
    values /= np.linalg.norm(values) or 1.0
    return model.bias + values @ model.weights[rows], where


def _sentences_by_loop(nt) -> list[tuple[int, int]]:
    out, lo = [], 0
    for i in range(1, len(nt.text)):
        if any(ch in classifier.SENTENCE_END for ch in nt.original[nt.ends[i - 1]:nt.offsets[i]]):
            out.append((lo, i))
            lo = i
    if nt.text:
        out.append((lo, len(nt.text)))
    return out


def test_classifier_evidence_equals_the_former_loop():
    model = classifier.load()
    lines = [json.loads(x)["text"] for x in (DATA / "textset.jsonl").read_text(encoding="utf-8").splitlines()
             if x.strip()]
    lines += ["", "，。！", "今天。明天！后天？\n再见", "a" * 50]
    for line in lines:
        nt = normalize(line)
        assert classifier.sentences(nt) == _sentences_by_loop(nt), line
        logits, counts, rows, _values = model._evidence(nt.text)
        ref_logits, ref_where = _evidence_by_loop(model, nt.text)
        assert np.allclose(logits, ref_logits, rtol=0, atol=1e-12), line
        assert list(counts) == list(ref_where) and list(counts.values()) == [len(p) for p in ref_where.values()]
        assert model._where(nt.text) == ref_where
        assert rows.tolist() == [row for row, _ in ref_where]
        assert all(math.isfinite(x) for x in logits.tolist())


def test_a_rebuild_reuses_unchanged_filters_and_compiles_changed_ones():
    """A rule publish rebuilds the matcher; a view whose patterns did not change keeps its compiled Filter (the
    rebuild's speed, bench matcher), and a view whose patterns changed gets its own, answering for the new list."""
    first, again = PatternSet(PATTERNS), PatternSet(list(PATTERNS))
    assert first._filter is not None and again._filter is first._filter
    edited = PATTERNS + ["跳楼(?:大)?甩卖"]
    changed = PatternSet(edited)
    assert changed._filter is not first._filter
    for text in [*LINES, "厂家跳楼大甩卖", "跳楼甩卖原价12"]:
        assert changed.matching(text) == _expected(edited, text), text
        assert first.matching(text) == _expected(PATTERNS, text), text


def test_a_rebuilt_matcher_answers_as_the_first_and_the_collector_is_left_as_found(rule_base, matcher):
    """build_matcher pauses the cyclic collector while it builds (and shares cached Filters, sound rewrites and
    slot-term keys with the matcher before it): the new matcher answers exactly as the first, and the collector is
    on or off afterwards as it was before."""
    import gc

    from rules import build_matcher
    lines = [json.loads(x)["text"] for x in (DATA / "textset.jsonl").read_text(encoding="utf-8").splitlines()
             if x.strip()][:300]
    assert gc.isenabled()
    rebuilt = build_matcher(rule_base)
    assert gc.isenabled()
    gc.disable()
    try:
        build_matcher(rule_base, second_opinion=False)
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert [rebuilt.match(t) for t in lines] == [matcher.match(t) for t in lines]
