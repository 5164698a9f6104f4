"""Patterns heard by sound (rules/sound_view.py): the construction a pattern knows, misheard by the ASR."""
from __future__ import annotations

import rules
from rules.sound_view import heard_enough, literal_chars, sound_pattern, to_sound

URGENCY = {
    "id": "t-last", "category": "false_urgency", "severity": "medium", "basis": "《广告法》第二十八条",
    "phase": ["promotion"], "patterns": ["最后[一二三四五六七八九十两0-9]+单"],
    "exceptions": ["最后一单不发货"],
    "examples": {"hit": ["最后三单"], "miss": ["最近三单"]},
}


def _ids(m, text):
    return [h.rule_id for h in m.match(text)]


def test_sound_view_keeps_offsets_and_equates_sound_alikes():
    assert to_sound("醉后") == to_sound("最后")
    assert len(to_sound("最后3单abc，")) == len("最后3单abc，")
    assert to_sound("最后") != to_sound("最近")


def test_pattern_rewrite_keeps_ranges_and_needs_enough_literals():
    sp = sound_pattern("最后[一-龥]{2}单单单")
    assert sp is not None and "[一-龥]" in sp
    assert sound_pattern("最[一-龥]") is None          # one literal: by sound it would fire on 醉了, 罪名


def test_a_match_must_rest_on_the_patterns_own_words():
    lit = literal_chars("(?:磁|电)?理疗仪器")
    sound = frozenset(to_sound("".join(lit)))
    assert heard_enough("理疗以器", lit, sound)         # three right, one misheard
    assert not heard_enough("理疗仪器", lit, sound)     # nothing misheard: the text view's business
    assert not heard_enough("次理", lit, sound)         # too short to trust


def test_misheard_construction_hits_and_exceptions_count_by_sound():
    rule = dict(URGENCY, patterns=["最后(?:一|二|三|两)单了"])
    m = rules.build_matcher(rules.rule_base_from_data([rule]), second_opinion=False)     # the rule's mechanics
    hits = m.match("家人们醉后三单了")
    assert [h.how for h in hits] == ["pinyin"]
    assert _ids(m, "家人们最近三单了") == []
    rule = dict(rule, exceptions=["后三单了"])
    m = rules.build_matcher(rules.rule_base_from_data([rule]), second_opinion=False)
    assert _ids(m, "家人们醉厚三单了") == []            # the exception, heard by sound, still applies


def test_an_innocent_word_misheard_still_excuses_a_pattern():
    rule = dict(URGENCY, id="t-zui", category="absolute_claim", patterns=["最[一-龥]"], exceptions=["最后", "最好"],
                examples={"hit": ["最强"], "miss": ["最后"]})
    m = rules.build_matcher(rules.rule_base_from_data([rule]), second_opinion=False)     # the rule's mechanics
    assert _ids(m, "这是最强的") == ["t-zui"]
    assert _ids(m, "今天是最候一天") == []              # 最候: Whisper's 最后
    assert _ids(m, "手机最毫别边充电边玩") == []        # 最毫: Whisper's 最好


def test_a_phrase_heard_by_sound_stays_inside_a_clause():
    rule = dict(URGENCY, id="t-floor", category="false_price", patterns=[], phrases=["底价出"],
                exceptions=[], examples={"hit": ["底价出"], "miss": ["原价"]})
    m = rules.build_matcher(rules.rule_base_from_data([rule]))
    assert _ids(m, "厂家底价出货") == ["t-floor"]
    assert _ids(m, "我们低价出货") == ["t-floor"]           # 低价出 sounds like 底价出
    assert _ids(m, "不是最低价、出厂价") == []               # 低价、出: two items, not one misheard phrase


def test_a_real_word_is_not_excused_by_an_exception_that_only_sounds_like_it():
    rule = dict(URGENCY, id="t-promise", category="guarantee_claim", patterns=["保证[一-龥]{2}"],
                exceptions=["保真"], examples={"hit": ["保证有效"], "miss": ["保真"]})
    m = rules.build_matcher(rules.rule_base_from_data([rule]))
    assert _ids(m, "我们保证有效") == ["t-promise"]       # 保证 is a word: not a misheard 保真


def test_a_pattern_heard_across_a_dictionary_word_is_that_word(matcher):
    # 祖 in 祖师爷 sounds like 猪 (z/zh), but the span 它就是祖 cuts the word 祖师爷: the founder of a trade, no insult
    assert "vulgar" not in {h.category for h in matcher.match("做扫地机这一行，它就是祖师爷")}
    assert "vulgar" in {h.category for h in matcher.match("你这人就是猪，说了几遍都不懂")}
