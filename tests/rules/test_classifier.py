"""The classifier's second opinion (rules/classifier.py): what it adds, what silences it, its files."""
from __future__ import annotations

import json

import numpy as np
import pytest

import rules
from rules import classifier, train_classifier
from rules.classifier import _best_stretch
from rules.model import CATEGORIES
from rules.normalize import normalize
from tests.rules.helpers import every_category, one_ngram_model

NO_RULE_CLAIM = "小朋友喝了这个奶粉，个子蹭蹭往上长"      # a growth claim for milk powder no rule words


def test_the_bundled_model_was_trained_on_the_training_files_as_they_are():
    meta = json.loads(classifier.META_PATH.read_text(encoding="utf-8"))
    assert meta["training_checksum"] == train_classifier.training_checksum(), \
        "training data or settings changed: run `python -m rules.train_classifier` (needs scikit-learn)"
    model = classifier.load()
    assert model.categories == CATEGORIES
    assert all(0.3 <= t <= 1.0 for t in model.thresholds) and all(model.bases)


def test_the_model_for_transcripts_was_trained_on_the_same_files_and_reads_sounds():
    meta = json.loads(classifier.HEARD_META_PATH.read_text(encoding="utf-8"))
    assert meta["training_checksum"] == train_classifier.training_checksum(heard=True), \
        "training data or settings changed: run `python -m rules.train_classifier --heard` (needs scikit-learn)"
    heard, read = classifier.load_heard(), classifier.load()
    assert heard.heard and not read.heard and heard.categories == CATEGORIES


def test_the_model_for_transcripts_hears_a_word_written_with_other_characters():
    # Whisper writes 去豆 for 祛痘 and 将压 for 降压: the sound n-grams are the same, the character ones are not. One
    # pair alone flips with a retraining (降血压 did in session 31), so the claim is about several, on average.
    heard, read = classifier.load_heard(), classifier.load()
    pairs = [("这个茶喝了能降血压", "这个茶喝了能将血压", "medical_claim"), ("用了三天就能祛痘", "用了三天就能去豆", "medical_claim"),
             ("想要的私聊我", "想要的思聊我", "off_platform"), ("这个能治疗失眠", "这个能直疗失眠", "medical_claim"),
             ("全网最低价", "全网嘴低价", "absolute_claim"), ("最后三单了", "醉后三单了", "false_urgency"),
             ("保证有效", "保正有效", "guarantee_claim")]

    def gap(model):
        return sum(abs(model._evidence(normalize(written).text)[0][CATEGORIES.index(cat)]
                       - model._evidence(normalize(misheard).text)[0][CATEGORIES.index(cat)])
                   for written, misheard, cat in pairs) / len(pairs)
    assert gap(heard) < gap(read)


def test_with_sounds_keeps_text_and_sounds_apart():
    from rules.ngram_model import SOUND_SEP, ngrams_by_part, with_sounds
    a, b = with_sounds("祛痘"), with_sounds("去豆")
    assert a.split(SOUND_SEP)[1] == b.split(SOUND_SEP)[1] and a.split(SOUND_SEP)[0] != b.split(SOUND_SEP)[0]
    assert not set(a.split(SOUND_SEP)[0]) & set(a.split(SOUND_SEP)[1])         # no sound n-gram is a character one
    grams = ngrams_by_part((1, 3), sound_min=2)(with_sounds("能祛痘"))
    assert "能祛痘" in grams and "能" in grams and not any(SOUND_SEP in g for g in grams)
    assert all(len(g) >= 2 for g in grams if ord(g[0]) >= 0xF0000)            # no one-syllable sound n-gram


def test_transcripts_are_matched_with_the_model_that_hears(rule_base):
    assert rules.build_matcher(rule_base, heard=True).classifier.heard
    assert not rules.build_matcher(rule_base).classifier.heard


def test_training_never_sees_a_test_line():
    corpus = [json.loads(x) for x in (train_classifier.DATA / "corpus" / "corpus.jsonl").read_text(
        encoding="utf-8").splitlines() if x.strip()]
    unseen = {train_classifier.canonical(r["text"]) for r in corpus if r["split"] == "test"}
    rows = train_classifier.training_rows()
    assert len(rows) > 5000
    assert not unseen & {text for text, _, _ in rows}
    assert not any(g.startswith("dev:") and g[4:] in {r["domain"] for r in corpus if r["split"] == "test"}
                   for _, _, g in rows)


def test_the_model_that_hears_also_learns_what_whisper_printed():
    """Transcripts of the labelled recordings train the hearing model only, never a test line."""
    corpus = [json.loads(x) for x in (train_classifier.DATA / "corpus" / "corpus.jsonl").read_text(
        encoding="utf-8").splitlines() if x.strip()]
    unseen = {train_classifier.canonical(r["text"]) for r in corpus if r["split"] == "test"}
    heard = [(text, y) for text, y, g in train_classifier.training_rows(heard=True) if g.startswith("heard:")]
    assert len(heard) > 1000 and not unseen & {text for text, _ in heard}
    assert sum(1 for _, y in heard if y["medical_claim"] == 1) > 50
    assert not any(g.startswith("heard:") for _, _, g in train_classifier.training_rows())


def test_a_held_out_recording_set_is_never_trained_on():
    held = train_classifier.HELD_OUT_RECORDINGS
    streams = set()
    for name in held:
        manifest = train_classifier.RECORDINGS / f"manifest_{name}.json"
        streams |= set(json.loads(manifest.read_text(encoding="utf-8"))["streams"])
    assert streams
    groups = {g.partition(":")[2] for _, _, g in train_classifier.training_rows(heard=True)
              if g.startswith(("recordings:", "heard:"))}
    assert groups and not streams & groups
    assert not any(f"manifest_{name}.json" == p.name for name in held for p in train_classifier.training_files())


def test_training_never_sees_a_never_read_quote_nor_one_near_it():
    harvested = [json.loads(x) for x in train_classifier.HARVESTED.read_text(encoding="utf-8").splitlines() if x.strip()]
    quotes = [json.loads(x) for x in (train_classifier.DATA / "quotes" / "quotes.jsonl").read_text(
        encoding="utf-8").splitlines() if x.strip()]
    never_read = [train_classifier.canonical(r["text"]) for r in harvested
                  if r["batch"] not in train_classifier.TRAINED_BATCHES]
    never_read += [train_classifier.canonical(q["text"]) for q in quotes
                   if train_classifier.quote_split(q["source"]) == "test"]
    assert len(never_read) > 300
    rows = train_classifier.training_rows()
    trained_quotes = [text for text, _, g in rows if g.startswith("harvest:")]
    assert len(trained_quotes) > 250
    near = train_classifier.near_any(never_read)
    assert not any(map(near, trained_quotes))
    assert not set(never_read) & {text for text, _, _ in rows}


def test_near_means_a_shared_stretch_of_12_characters_or_60_percent_of_a_short_line():
    near = train_classifier.near_any(["经查当事人在直播中宣称其产品能治疗高血压和糖尿病"])
    assert near("据报道当事人在直播中宣称其产品能治疗颈椎病")        # 13 characters in common
    assert not near("主播称这个枕头能治疗颈椎病")                   # 能治疗: a few words, not the same case
    assert near("能治疗高血压")                                   # a short line, wholly inside
    assert not near("能治好高血脂")


def test_it_adds_a_category_no_rule_hit(matcher, rule_matcher):
    assert rule_matcher.match(NO_RULE_CLAIM) == []
    hits = matcher.match(NO_RULE_CLAIM)
    assert [(h.rule_id, h.category, h.how) for h in hits] == [("model:medical_claim", "medical_claim", "model")]
    h = hits[0]
    assert NO_RULE_CLAIM[h.start:h.end] == h.matched and "个子" in h.matched
    assert h.basis.startswith("《") and h.slots[0][0] == "模型概率"
    assert h.score >= classifier.load().thresholds[CATEGORIES.index("medical_claim")]


def test_it_leaves_a_category_the_rules_hit_to_them(matcher):
    hits = matcher.match("这款精华是全世界最有效的抗老产品")
    assert "absolute_claim" in {h.category for h in hits}
    assert not [h for h in hits if h.how == "model" and h.category == "absolute_claim"]


@pytest.mark.parametrize("text", [
    f"消协提醒：直播间说“{NO_RULE_CLAIM}”的，都是虚假宣传",          # the claim quoted in a warning
    "市场监管局提醒，直播间说能治好颈椎病的都是违法宣传",                 # the rules' words ruled out: model too
    "本品不能治疗疾病",
])
def test_mentions_and_negations_silence_it(matcher, text):
    assert [h for h in matcher.match(text) if h.how == "model"] == []


def test_beside_a_rule_hit_it_needs_more_confidence():
    model = one_ngram_model("medical_claim", 0.8, beside_rules=0.9)
    line = normalize("喝了能长高")
    assert [o.category for o in model.opinions(line, set())] == ["medical_claim"]
    assert model.opinions(line, set(), beside_rule_hits=True) == []
    sure = one_ngram_model("medical_claim", 0.95, beside_rules=0.9)
    assert [o.threshold for o in sure.opinions(line, set(), beside_rule_hits=True)] == [0.9]


def test_no_opinion_on_a_fragment_shorter_than_a_claim():
    """Whisper writes a countdown as 三。三。一。: a one-character sentence is one n-gram, whose weight alone decided."""
    model = one_ngram_model("absolute_claim", 0.99, beside_rules=0.99, ngram="一")
    assert model.opinions(normalize("三。二。一。"), set()) == []
    assert [o.category for o in model.opinions(normalize("这是一等一的好"), set())] == ["absolute_claim"]
    assert classifier.MIN_SENTENCE_CHARS == 4


def test_the_matcher_asks_more_of_it_beside_a_rule_hit(rule_base):
    model = one_ngram_model("medical_claim", 0.8, beside_rules=0.9)
    matcher = rules.build_matcher(rule_base, second_opinion=False)
    matcher.classifier = model
    assert [h.how for h in matcher.match("喝了能长高")] == ["model"]
    beside = matcher.match("全网最低价，喝了能长高")
    assert beside and "model" not in {h.how for h in beside}


def test_the_span_is_the_heaviest_run_of_evidence():
    assert _best_stretch([-1.0, 0.5, 0.5, -2.0, 0.7]) == (1, 3)
    assert _best_stretch([-1.0, -0.5]) == (1, 2)        # all against: the least bad character


def test_unreadable_model_files_are_a_clear_error(tmp_path):
    meta = tmp_path / "m.json"
    weights = tmp_path / "m.npz"
    meta.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="m.json"):
        classifier.read(meta, weights)
    meta.write_text(classifier.META_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    np.savez(weights, vocabulary=np.array(["最", "最好"]), idf=np.ones(2), weights=np.ones((3, 9)), bias=np.zeros(9))
    with pytest.raises(ValueError, match="does not fit"):
        classifier.read(meta, weights)


def test_it_can_be_switched_off(rule_base):
    assert rules.build_matcher(rule_base, second_opinion=False).classifier is None


def test_unreadable_bundled_model_leaves_the_rules_matching(rule_base, monkeypatch, tmp_path, caplog):
    broken = tmp_path / "classifier.json"
    broken.write_text("{", encoding="utf-8")
    monkeypatch.setattr(classifier, "META_PATH", broken)
    classifier.load.cache_clear()
    try:
        m = rules.build_matcher(rule_base)
        assert m.classifier is None and "classifier not loaded" in caplog.text
        assert {h.category for h in m.match("全网最低价")} >= {"absolute_claim"}
    finally:
        monkeypatch.undo()
        classifier.load.cache_clear()
    assert rules.build_matcher(rule_base).classifier is not None


def test_come_and_find_me_for_a_refund_is_not_an_off_platform_lure(heard_matcher):
    """A fresh recording's false alarm (fresh9, as Whisper wrote it): the buyer sent back to the seller for money,
    not off the platform. The model held off_platform here before refund_promise."""
    line = "穿满三个月,孩子的腿还是罗圈能。你直接来找我,我按三倍的价钱赔给你。"
    assert "off_platform" not in every_category(heard_matcher, line)
    lure = "想买的直接来找我，私下给你算便宜点"
    assert "off_platform" in every_category(heard_matcher, lure)
