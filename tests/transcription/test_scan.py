"""Hits located in media time, phrases split across a cut caught once, hotwords within Whisper's limit."""
from __future__ import annotations

import pytest

from monitor.scan import HOTWORD_TOKENS, _token_counter, hotwords_for, locate_hits, scan
from transcription.types import TranscriptSegment, Word


def _segment(pieces: list[tuple[str, float, float]]) -> TranscriptSegment:
    words = [Word(start=s, end=e, text=t) for t, s, e in pieces]
    return TranscriptSegment(start=words[0].start, end=words[-1].end, text="".join(w.text for w in words),
                             words=words)


def test_hit_times_are_the_phrase_not_the_segment(rule_matcher):
    seg = _segment([("家人们", 100.0, 100.9), ("这款", 101.0, 101.4), ("是", 101.4, 101.6),
                    ("全网最低价", 101.6, 102.6), ("，", 102.6, 102.6), ("快来", 102.7, 103.2)])
    hits = locate_hits(rule_matcher, seg, None)
    price = [h for h in hits if h.category == "false_price"]
    assert price, hits
    assert price[0].start == pytest.approx(101.6, abs=0.25) and price[0].end <= 102.7
    assert price[0].text == seg.text


def test_a_phrase_split_across_a_cut_is_caught_once(rule_matcher):
    first = _segment([("今天", 10.0, 10.4), ("给大家", 10.4, 11.0), ("全网", 11.0, 11.5)])
    second = _segment([("最低价", 11.9, 12.6), ("，", 12.6, 12.6), ("快来抢", 12.7, 13.4)])
    assert not [h for h in locate_hits(rule_matcher, first, None) if h.category == "false_price"]
    hits = [h for h in locate_hits(rule_matcher, second, first) if h.category == "false_price"]
    assert len(hits) == 1, hits
    assert hits[0].start == pytest.approx(11.0, abs=0.3) and hits[0].end <= 12.7
    # The same phrase said wholly inside one segment is not reported again by the next one.
    third = _segment([("快来", 14.0, 14.4), ("下单", 14.4, 15.0)])
    assert not [h for h in locate_hits(rule_matcher, third, second) if h.category == "false_price"]


def test_a_claim_frame_whose_slots_lie_either_side_of_a_cut_is_caught(rule_matcher):
    """The shop's price in one segment, today's in the next (Whisper cut a read recording so): the tail the
    matcher sees again holds a short sentence, not only a split phrase."""
    first = _segment([("旅行社", 30.0, 30.6), ("门店里", 30.6, 31.2), ("这个团", 31.2, 31.8), ("挂的是", 31.8, 32.3),
                      ("六千八", 32.3, 33.0), ("一位", 33.0, 33.3), ("，", 33.3, 33.3), ("今天", 33.4, 33.8),
                      ("在直播间", 33.8, 34.6), ("下单", 34.6, 35.0), ("。", 35.0, 35.0)])
    second = _segment([("三千二", 35.4, 36.2), ("就能", 36.2, 36.5), ("出发", 36.5, 37.0), ("。", 37.0, 37.0)])
    assert not [h for h in locate_hits(rule_matcher, first, None) if h.category == "false_price"]
    assert not [h for h in locate_hits(rule_matcher, second, None) if h.category == "false_price"]
    hits = [h for h in locate_hits(rule_matcher, second, first) if h.category == "false_price"]
    assert len(hits) == 1, hits
    assert hits[0].start < 33.0 and hits[0].end > 35.4           # from the shop's price to ours


def test_a_claim_reported_with_the_previous_segment_is_not_reported_again_by_another_rule(rule_matcher):
    """吊牌价一千二 | 今天到手三百: the previous segment reported the reference price; the same claim, seen again over
    the cut by another rule of its category (or by the classifier), is not a second hit."""
    first = _segment([("吊牌价", 5.0, 5.6), ("一千二", 5.6, 6.2)])
    second = _segment([("今天", 6.6, 6.9), ("到手", 6.9, 7.2), ("三百", 7.2, 7.6)])
    assert [h.category for h in locate_hits(rule_matcher, first, None)] == ["false_price"]
    assert not [h for h in locate_hits(rule_matcher, second, first) if h.category == "false_price"]


def test_a_hit_in_the_previous_segments_tail_does_not_silence_the_classifier_here(rule_base):
    """The tail joined before a segment is the previous utterance's: its rule hit (全网最低价) must not raise
    the classifier's bar for this one — in a capacity run a garbled 加绿泡泡 after 错过今天 was lost so."""
    import rules
    from tests.rules.helpers import one_ngram_model

    matcher = rules.build_matcher(rule_base, second_opinion=False)
    matcher.classifier = one_ngram_model("medical_claim", 0.8, beside_rules=0.9)     # 长高: medical at 0.8
    said = [("这是", 1.0, 1.3), ("全网最低价", 1.3, 2.3)], [("喝了", 2.8, 3.1), ("能", 3.1, 3.3), ("长高", 3.3, 3.8)]
    first, second = _segment(said[0]), _segment(said[1])
    assert [h.how for h in locate_hits(matcher, second, first)] == ["model"]
    # said in one breath, the rule's hit is beside it and the model must reach 0.9
    both = _segment(said[0] + said[1])
    assert "model" not in {h.how for h in locate_hits(matcher, both, None)}


def test_a_denial_in_the_previous_segments_tail_does_not_rule_out_the_category_here(rule_base):
    """没人能打包票 said before denies that guarantee, not the next sentence's: the tail's negated or mentioned words
    rule out their category for the classifier only in the tail (a fresh recording lost a course's promise so)."""
    import rules
    from tests.rules.helpers import one_ngram_model

    matcher = rules.build_matcher(rule_base, second_opinion=False)
    matcher.classifier = one_ngram_model("guarantee_claim", 0.8, beside_rules=0.9)
    # (the model knows only the n-gram 长高, here inside 家长高兴: no rule hits the second sentence)
    said = [("教育", 1.0, 1.3), ("没人能", 1.3, 1.8), ("打包票", 1.8, 2.3), ("。", 2.3, 2.3)], [("家长", 2.8, 3.2), ("高兴", 3.2, 3.8)]
    first, second = _segment(said[0]), _segment(said[1])
    assert not locate_hits(matcher, first, None)                         # denied
    assert [h.how for h in locate_hits(matcher, second, first)] == ["model"]
    # in one breath the denial stands beside the model's opinion and rules its category out
    assert not locate_hits(matcher, _segment(said[0] + said[1]), None)


def test_the_classifier_needs_more_than_a_few_weak_characters_of_a_transcript(rule_base):
    """A garbled fragment (业力写这能) can tip the classifier over its bar with a few characters; on a transcript
    such a short, weak span is dropped, a longer or surer one kept. The matcher itself (text) keeps all three."""
    import rules
    from tests.rules.helpers import one_ngram_model

    seg = _segment([("孩子", 1.0, 1.4), ("喝了", 1.4, 1.8), ("能长高", 1.8, 2.4), ("个子", 2.4, 2.8)])
    for ngram, probability, kept in [("长高", 0.75, False), ("长高", 0.85, True), ("孩子喝了能长高个子", 0.75, True)]:
        matcher = rules.build_matcher(rule_base, second_opinion=False)
        matcher.classifier = one_ngram_model("medical_claim", probability, beside_rules=0.9, ngram=ngram)
        assert [h.how for h in matcher.match(seg.text)] == ["model"], (ngram, probability)
        assert bool(locate_hits(matcher, seg, None)) is kept, (ngram, probability)


def test_a_hit_wholly_in_the_previous_segment_is_not_repeated(rule_matcher):
    first = _segment([("这是", 1.0, 1.3), ("全网最低价", 1.3, 2.3)])
    second = _segment([("大家", 2.8, 3.1), ("快", 3.1, 3.3), ("下单", 3.3, 3.8)])
    assert [h.category for h in locate_hits(rule_matcher, first, None)].count("false_price") == 1
    assert not locate_hits(rule_matcher, second, first)


def test_a_long_pause_is_not_bridged(rule_matcher):
    first = _segment([("全网", 1.0, 1.5)])
    second = _segment([("最低价", 30.0, 30.8)])
    assert not [h for h in locate_hits(rule_matcher, second, first) if h.start < 30.0]


def test_hotwords_fit_whispers_limit_and_favour_severe_rules(rule_base):
    words = hotwords_for(rule_base)
    count = _token_counter()
    assert words and count(" " + words) <= HOTWORD_TOKENS
    chosen = words.split(" ")
    high = [r for r in rule_base.rules if r.severity == "high" and r.phrases]
    firsts = {r.phrases[0] for r in high if len(r.phrases[0]) >= 2}
    assert firsts & set(chosen)
    tiny = hotwords_for(rule_base, max_tokens=20)
    assert count(" " + tiny) <= 20 and tiny.split(" ")[0] in chosen


@pytest.mark.slow
def test_scan_writes_clips_that_hold_the_phrase(media, matcher, transcriber, tmp_path):
    hits = list(scan(str(media["kitchen"]), matcher=matcher, transcriber=transcriber, clips_dir=tmp_path))
    assert {"absolute_claim", "medical_claim"} <= {h.category for h in hits}, hits
    for hit in hits:
        assert hit.clip and hit.clip_sha256
    from transcription.source import open_audio
    for hit in hits:
        heard = sum(len(b.samples) for b in open_audio(hit.clip)) / 16000
        expected = min(hit.end + 5.0, 15.0) - max(0.0, hit.start - 5.0)
        assert abs(heard - expected) < 0.3, (hit, heard, expected)


class _ScriptedMatcher:
    """Answers each text with the hits written for it: the classifier's scores cannot be steered from a test."""

    def __init__(self, answers):
        self.answers = answers

    def match(self, text, uncertain=None, context=0):
        return list(self.answers.get(text, []))


def test_a_weak_span_never_reported_does_not_hide_a_claim_crossing_the_cut():
    """The previous segment's short, unsure classifier span was dropped there (SHORT_MODEL_SPAN); the same
    category crossing the cut in the next segment is still reported."""
    from rules.model import Hit

    first = _segment([("今天", 1.0, 1.4), ("原价", 1.4, 1.9)])
    second = _segment([("九百九", 2.3, 3.0), ("现在", 3.0, 3.3), ("九十九", 3.3, 4.0)])
    weak = Hit("model:false_price", "false_price", "medium", "", "今天原价", 0, 4, "model", 0.6)
    crossing = Hit("price-reference", "false_price", "medium", "", "原价九百九现在九十九", 2, 12, "pattern", 1.0)
    matcher = _ScriptedMatcher({first.text: [weak], first.text + second.text: [crossing]})
    assert locate_hits(matcher, first, None) == []
    hits = locate_hits(matcher, second, first)
    assert [h.rule_id for h in hits] == ["price-reference"], hits
    # a hit the previous segment did report still keeps the crossing one from being queued twice
    strong = Hit("price-reference", "false_price", "medium", "", "原价", 2, 4, "pattern", 1.0)
    matcher = _ScriptedMatcher({first.text: [strong], first.text + second.text: [crossing]})
    assert locate_hits(matcher, second, first) == []
