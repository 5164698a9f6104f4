"""Issue 8's batch path (Matcher.match_many, used by `livewatch match`): a batch of lines gets exactly the hits
each line gets alone, in less time; and the frames' one-int bookkeeping of which frames can be complete.

- match_many equals match() line by line on the old text set, numbers, a long line (windows), empty lines;
- a PatternSet answers the same after prefetch() as before, and forgets the prefetched answers;
- the classifier's batch logits are the exact logits to 1e-9, and a sentence it sets aside has no opinion;
- the classifier read from the cache is the bundled one (same opinions), and the second read is the pickle.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from rules import cache, classifier
from rules.classifier import sentences
from rules.normalize import normalize
from rules.regex_guard import PatternSet

DATA = Path(__file__).parent / "data"


def _lines() -> list[str]:
    lines = [json.loads(x)["text"] for x in (DATA / "textset.jsonl").read_text(encoding="utf-8").splitlines()
             if x.strip()]
    return lines + ["", "原价699现在只要69", "原价六百九十九只要六十九", "，。！", "加我vx",
                    "全网最低价，" * 900 + "加我微信私下交易"]          # > one window: goes through match()


def test_a_batch_gets_the_hits_each_line_gets_alone(matcher):
    lines = _lines()
    alone = [matcher.match(x) for x in lines]
    assert matcher.match_many(lines) == alone
    assert sum(map(len, alone)) > 500 and any(h.how == "model" for hs in alone for h in hs)   # not vacuous
    assert matcher.match_many([]) == []
    assert all(ps._memo is None for ps in matcher._pattern_sets.values())       # the batch's answers are gone


def test_prefetched_answers_are_the_answers():
    ps = PatternSet(["原价\\d+", "^最", "加(?:微|v)信", "\\d{3,}"])
    texts = ["原价12最好", "最", "加v信，原价999", "无关的话", ""]
    expect = [ps.matching(t) for t in texts]
    fresh = PatternSet(ps.patterns)
    fresh.prefetch(texts)
    assert [fresh.matching(t) for t in texts] == expect
    assert fresh.matching("最低") == [1]                    # not prefetched: answered on the spot
    fresh.forget()
    assert fresh._memo is None and fresh.matching("原价12最好") == expect[0]


def test_batch_logits_are_the_exact_logits(matcher):
    model = matcher.classifier
    sents = [nt.text[lo:hi] for nt in map(normalize, _lines()[:300]) for lo, hi in sentences(nt)]
    known = model.logits_many(sents)
    assert set(known) == set(sents)
    for s in sents:
        assert np.allclose(known[s], model._evidence(s)[0], rtol=0, atol=1e-9), s
    # a sentence set aside (all logits below their reject bar) has no opinion, even with nothing skipped
    aside = [s for s in sents if all(z < r for z, r in zip(known[s], model._reject_below))]
    assert 0 < len(aside) < len(sents)
    for s in aside:
        assert model.opinions(normalize(s), set()) == []


def test_the_cached_classifier_is_the_bundled_one(tmp_path, monkeypatch):
    bundled = classifier.read(classifier.META_PATH, classifier.WEIGHTS_PATH)
    monkeypatch.setattr(classifier, "_installed", None)
    classifier.load.cache_clear()
    try:
        first = cache._classifier(tmp_path)            # read and written
        assert list(tmp_path.glob("classifier-*.pickle"))
        classifier.load.cache_clear()
        second = cache._classifier(tmp_path)           # from the pickle
        assert second is not first
        for text in ["这个面膜用了皮肤白三个度", "包治百病，无效退款", "宝宝们晚上好"]:
            nt = normalize(text)
            assert second.opinions(nt, set()) == bundled.opinions(nt, set())
            assert np.array_equal(second._evidence(nt.text)[0], bundled._evidence(nt.text)[0])
    finally:
        monkeypatch.setattr(classifier, "_installed", None)
        classifier.load.cache_clear()
