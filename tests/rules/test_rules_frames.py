"""Claim frames, lexicons and overlapping categories, on a small rule base of their own (not the bundled one)."""
from __future__ import annotations

import copy

import pytest

import rules
from rules.lexicon import LexiconError, parse_lexicon
from rules.model import Lexicon

LEXICONS = (
    Lexicon("verb", "疗效动词", ("调好", "治", "不犯了", "降下来", "治好", "能治")),
    Lexicon("disease", "疾病", ("颈椎", "腰椎", "老胃病", "高血压", "湿疹", "祛痘", "失眠")),
    Lexicon("innocent", "无害", ("最近", "最后")),
)
CURE = {
    "id": "t-cure", "category": "medical_claim", "severity": "high", "basis": "《广告法》第十七条",
    "phase": ["promotion"],
    "frames": [{"slots": [{"name": "疗效动词", "terms": ["@verb"]},
                          {"name": "疾病", "terms": ["@disease"], "fuzzy": True}]}],
    "exceptions": ["政治"],
    "examples": {"hit": ["颈椎腰椎的毛病都能调好"], "miss": ["我妈有高血压"]},
}


def _matcher(*extra: dict, lexicons=LEXICONS) -> rules.Matcher:
    return rules.build_matcher(rules.rule_base_from_data([copy.deepcopy(CURE), *extra], lexicons=lexicons),
                               second_opinion=False)       # the frames' mechanics, not the classifier


def _found(m: rules.Matcher, text: str) -> list[rules.Hit]:
    return [h for h in m.match(text) if h.rule_id == "t-cure"]


@pytest.mark.parametrize("text", ["颈椎腰椎的毛病都能调好", "老胃病喝一阵就不犯了", "这个能治湿疹", "用了以后高血压降下来了"])
def test_frame_fires_in_either_order(text):
    hits = _found(_matcher(), text)
    assert len(hits) == 1 and hits[0].how == "frame"


@pytest.mark.parametrize("text", [
    "我妈有高血压，所以很注意",          # a disease alone
    "政治课上讲到了高血压",              # 治 inside an exception word
    "不能治高血压",                      # negated first slot
    "高血压不能治",                      # negated second slot
    "高血压。回去好好治",                # two clauses
    "能治好的只有时间，高血压要吃药",    # verb and disease in different clauses
])
def test_frame_stays_quiet(text):
    assert _found(_matcher(), text) == []


def test_cessation_after_the_first_slot_is_a_claim_not_a_negation():
    assert _found(_matcher(), "老胃病喝了就不犯了")
    assert _found(_matcher(), "能治失眠，再也不失眠")


def test_hit_names_its_slots():
    (hit,) = _found(_matcher(), "这个能治湿疹")
    assert dict(hit.slots) == {"疗效动词": "能治", "疾病": "湿疹"}
    assert hit.to_json()["slots"] == [{"slot": "疗效动词", "text": "能治"}, {"slot": "疾病", "text": "湿疹"}]


def test_sound_alike_slot_needs_its_partner_by_words():
    m = _matcher()
    assert _found(m, "这个能治湿针")[0].how == "frame"           # 湿针 sounds like 湿疹 (2 syllables, no word)
    assert _found(m, "这个能治时针") == []                        # 时针 is a real word
    assert _found(m, "去豆") == []                                # a sound alone never hits


def test_every_word_slot_is_heard_by_sound_beside_a_partner():
    plain = copy.deepcopy(CURE)
    plain["frames"][0]["slots"][1].pop("fuzzy")          # no `fuzzy`: sound matching is still on
    m = rules.build_matcher(rules.rule_base_from_data([plain], lexicons=LEXICONS), second_opinion=False)
    assert _found(m, "这个能治湿针")


def test_both_slots_misheard_count_only_with_enough_syllables():
    lex = (Lexicon("verb", "v", ("一觉到天亮",)), Lexicon("disease", "d", ("失眠",)),
           Lexicon("innocent", "i", ("最近",)))
    m = _matcher(lexicons=lex)
    assert _found(m, "实眠的都能一觉到填亮")                # 2 + 5 syllables, all by sound: a claim
    lex = (Lexicon("verb", "v", ("治",)), Lexicon("disease", "d", ("失眠",)), Lexicon("innocent", "i", ("最近",)))
    assert _found(_matcher(lexicons=lex), "这是志实眠") == []  # 1 + 2 syllables by sound: chance


def test_a_half_found_frame_hears_its_pattern_slot_by_sound():
    frame = {"slots": [{"name": "原价", "terms": ["原价"]},
                       {"name": "现价", "pattern": "直播间只要[一二三四五六七八九十百]+"}], "within": 12}
    rule = dict(copy.deepcopy(CURE), id="t-price", category="false_price", frames=[frame],
                examples={"hit": ["原价八百，直播间只要三百"], "miss": ["直播间只要三百"]})
    m = rules.build_matcher(rules.rule_base_from_data([rule], lexicons=LEXICONS), second_opinion=False)
    found = [h for h in m.match("原价八百，知波江之要三百") if h.rule_id == "t-price"]
    assert found and dict(found[0].slots)["现价"] == "知波江之要三百"
    assert [h for h in m.match("知波江之要三百") if h.rule_id == "t-price"] == []   # no partner: nothing


def test_three_slots_take_at_most_one_by_sound():
    frame = {"slots": [{"name": "承诺", "terms": ["绝对"]}, {"name": "问题", "terms": ["@disease"]},
                       {"name": "结果", "terms": ["矫正"]}], "within": 12}
    rule = dict(copy.deepcopy(CURE), id="t-three", frames=[frame], examples={"hit": ["绝对湿疹矫正"], "miss": ["没有"]})
    m = rules.build_matcher(rules.rule_base_from_data([rule], lexicons=LEXICONS), second_opinion=False)
    three = [h for h in m.match("绝对湿针能矫正") if h.rule_id == "t-three"]
    assert three                                             # one slot by sound
    assert [h for h in m.match("绝对是真乳胶枕") if h.rule_id == "t-three"] == []   # 是真 + 胶枕: two by sound


def test_a_sound_alike_is_not_carved_from_a_real_word_nor_spans_punctuation():
    lex = (Lexicon("verb", "v", ("认证",)), Lexicon("disease", "d", ("武警", "预防针")),
           Lexicon("innocent", "i", ("最近",)))
    m = _matcher(lexicons=lex)
    assert _found(m, "国家认证的舞警同款")                  # 舞警 ~ 武警 beside an exact partner
    assert _found(m, "认证的配方，绝无仅有") == []          # 无仅 sits inside 绝无仅有
    assert _found(m, "认证预防真好")                        # 预防真 ~ 预防针
    assert _found(m, "认证预防、真好") == []                # 预防、真 is two clauses, not a misheard 预防针


def test_fuzzy_slot_tolerates_one_misheard_syllable_in_long_terms():
    lex = (Lexicon("verb", "v", ("能治",)), Lexicon("disease", "d", ("慢性咽喉炎",)))
    m = _matcher(lexicons=lex + (Lexicon("innocent", "i", ("最近",)),))
    assert _found(m, "能治慢性烟喉炎")          # same folded sound
    assert _found(m, "能治慢性咽猴盐")          # one syllable off
    assert _found(m, "能治慢性咽喉炎")



def test_a_misheard_syllable_is_never_a_negation():
    # 有优惠 is the opposite of 没优惠, and 天这个价 is no 没这个价: a one-syllable edit that adds or drops a
    # negation flips the claim instead of mishearing it.
    rule = {"id": "t-urgency", "category": "false_urgency", "severity": "medium", "basis": "b",
            "phase": ["promotion"],
            "frames": [{"slots": [{"name": "期限", "terms": ["明天"]},
                                  {"name": "损失", "terms": ["就没这个价", "能买到原价"], "fuzzy": True}]}],
            "examples": {"hit": ["明天就没这个价"], "miss": ["今天天气很好"]}}
    m = rules.build_matcher(rules.rule_base_from_data([rule]), second_opinion=False)

    def found(text: str) -> bool:
        return any(h.rule_id == "t-urgency" for h in m.match(text))

    assert found("明天就美这个价")            # the same sound: a mishearing of 没
    assert found("明天就没这个家")            # the same sound again
    assert found("明天就没这一价")            # one syllable off, not the negation
    assert not found("明天就有这个价")        # the term's negation swapped for 有
    assert found("明天能买到原件")            # one syllable off
    assert not found("明天没买到原价")        # the line's negation for the term's 能


def test_within_and_ordered():
    price = {
        "id": "t-price", "category": "false_price", "severity": "medium", "basis": "b", "phase": ["promotion"],
        "frames": [{"slots": [{"name": "参考价", "terms": ["吊牌价", "原价"]}, {"name": "金额", "pattern": r"\d+"}],
                    "ordered": True, "within": 4}],
        "examples": {"hit": ["吊牌价1299元"], "miss": ["1299的吊牌价"]},
    }
    m = _matcher(price)
    got = lambda t: [h for h in m.match(t) if h.rule_id == "t-price"]  # noqa: E731
    assert got("吊牌价1299元") and got("原价三百九十八")                # Chinese numerals read as digits
    assert not got("1299的吊牌价")                                      # wrong order
    assert not got("吊牌价这个东西大家都懂的1299")                       # too far apart


def test_also_carries_every_category_and_basis():
    lowest = {
        "id": "t-lowest", "category": "false_price", "severity": "high", "basis": "价格规定", "phase": ["promotion"],
        "phrases": ["全网最低价"], "also": [{"category": "absolute_claim", "basis": "《广告法》第九条第（三）项"}],
        "examples": {"hit": ["全网最低价"], "miss": ["价格合适"]},
    }
    (hit,) = [h for h in _matcher(lowest).match("今天全网最低价") if h.rule_id == "t-lowest"]
    assert hit.category == "false_price"
    assert hit.categories == ("false_price", "absolute_claim")
    assert hit.bases == ("价格规定", "《广告法》第九条第（三）项")


def test_lexicon_references_in_phrases_and_exceptions():
    zui = {
        "id": "t-zui", "category": "absolute_claim", "severity": "medium", "basis": "b", "phase": ["promotion"],
        "patterns": ["最[一-龥]"], "exceptions": ["@innocent"],
        "examples": {"hit": ["最正宗"], "miss": ["最近很忙"]},
    }
    m = _matcher(zui)
    got = lambda t: [h.matched for h in m.match(t) if h.rule_id == "t-zui"]  # noqa: E731
    assert got("最正宗的做法") == ["最正"]
    assert got("最近很忙，最后说一下") == []
    assert got("最近最火的一款") == ["最火"]


@pytest.mark.parametrize("frames, message", [
    ([{"slots": [{"name": "a", "terms": ["x"]}]}], "two or three slots"),
    ([{"slots": [{"name": "a", "terms": ["@nope"]}, {"name": "b", "terms": ["y"]}]}], "unknown lexicon '@nope'"),
    ([{"slots": [{"name": "a", "terms": ["x"]}, {"name": "b"}]}], "needs terms"),
    ([{"slots": [{"name": "a", "terms": ["x"]}, {"name": "b", "terms": ["y"]}], "within": 500}], "within"),
    ([{"slots": [{"name": "a", "terms": ["x"]}, {"name": "b", "terms": ["y"]}], "near": 3}], "unknown key 'near'"),
    ([{"slots": [{"name": "", "terms": ["x"]}, {"name": "b", "terms": ["y"]}]}], "needs a name"),
])
def test_malformed_frames_are_refused_with_one_line(frames, message):
    bad = dict(copy.deepcopy(CURE), frames=frames)
    with pytest.raises(rules.RuleFileError) as err:
        rules.rule_base_from_data([bad], source="ui", lexicons=LEXICONS)
    assert message in str(err.value) and "field 'frames'" in str(err.value)
    assert "\n" not in str(err.value)


def test_snapshot_round_trips_rules_and_lexicons():
    rb = rules.rule_base_from_data([copy.deepcopy(CURE)], lexicons=LEXICONS)
    snap = rules.rule_base_snapshot(rb)
    again = rules.rule_base_from_data(snap)
    assert again.checksum == rb.checksum
    assert again.lexicon("disease").terms == LEXICONS[1].terms
    snap["lexicons"][1]["terms"].append("痛风")          # editing a lexicon changes the base
    assert rules.rule_base_from_data(snap).checksum != rb.checksum


def test_lexicon_file_format():
    lex = parse_lexicon("disease", "# title: 疾病\n# sources: 自写\n# licence: Apache-2.0\n# 第一部分\n高血压\n\n痛风\n高血压\n")
    assert (lex.title, lex.sources, lex.licence, lex.terms) == ("疾病", "自写", "Apache-2.0", ("高血压", "痛风"))
    with pytest.raises(LexiconError, match="contains a space"):
        parse_lexicon("disease", "高 血压\n")
    with pytest.raises(LexiconError, match="no terms"):
        parse_lexicon("disease", "# title: x\n")
    with pytest.raises(LexiconError, match="lexicon name"):
        parse_lexicon("Bad-Name", "x\n")


def test_bundled_rule_base_loads_its_lexicons():
    rb = rules.load_rule_dir()
    names = {x.name for x in rb.lexicons}
    used = {name for r in rb.rules for f in r.frames for s in f.slots for name in s.lexicons}
    assert used and used <= names


def test_low_probability_words_are_heard_more_loosely():
    m = _matcher()
    text = "这个能治时针"
    assert _found(m, text) == []                                   # 时针 is a word: not 湿疹 ...
    unsure = [False] * 4 + [True, True]                             # ... unless Whisper was unsure of it
    assert [h.rule_id for h in m.match(text, unsure)] == ["t-cure"]
    assert m.match(text, [True]) == m.match(text)                   # a wrong-length mask is ignored


def test_a_three_syllable_sound_alike_that_is_itself_a_word_is_not_misheard():
    lexicons = (Lexicon("verb", "疗效动词", ("缓过来", "治")),) + LEXICONS[1:]
    m = _matcher(lexicons=lexicons)
    assert _found(m, "颈椎患过来了")                                # 患过来: no word, heard as 缓过来
    text = "颈椎翻过来了"
    assert _found(m, text) == []                                   # 翻过来 is a word of its own ...
    assert [h.rule_id for h in m.match(text, [False, False, True, True, True, False])] == ["t-cure"]   # ... unless unsure


def test_every_claim_of_a_long_line_is_found():
    m = _matcher()
    line = "颈椎腰椎的毛病都能调好，今天给大家介绍一下。" * 150         # 3,300 characters, one window
    assert len(_found(m, line)) == 150


def test_a_window_crosses_commas_but_not_sentences():
    price = {
        "id": "t-near", "category": "medical_claim", "severity": "high", "basis": "b", "phase": ["promotion"],
        "frames": [{"slots": [{"name": "疾病", "terms": ["耳鸣"]}, {"name": "结果", "terms": ["就不想摘"]}],
                    "within": 12}],
        "examples": {"hit": ["耳鸣，戴上就不想摘"], "miss": ["耳鸣。我戴上就不想摘"]},
    }
    m = _matcher(price)
    got = lambda t: [h for h in m.match(t) if h.rule_id == "t-near"]  # noqa: E731
    assert got("耳鸣，戴上就不想摘") and not got("耳鸣。我戴上就不想摘")


def test_a_price_frame_reads_over_a_full_stop_and_no_other_does():
    """A price set against another is said in two breaths, and Whisper writes 。 between them; the same window in
    another category still stops at the sentence's end, and a price frame still stops at ！？ and ；."""
    def rule(rid: str, category: str) -> dict:
        return {"id": rid, "category": category, "severity": "high", "basis": "b", "phase": ["promotion"],
                "frames": [{"slots": [{"name": "别处", "terms": ["母婴店"]}, {"name": "我们", "terms": ["我这边"]}],
                            "within": 16, "ordered": True}],
                "examples": {"hit": ["母婴店卖三百五，我这边三百"], "miss": ["我这边三百"]}}
    m = _matcher(rule("t-price", "false_price"), rule("t-other", "disparagement"))
    found = lambda t: {h.rule_id for h in m.match(t)} & {"t-price", "t-other"}  # noqa: E731
    assert found("母婴店卖三百五，我这边三百") == {"t-price", "t-other"}
    assert found("母婴店卖三百五。我这边三百") == {"t-price"}
    assert found("母婴店卖三百五！我这边三百") == set()
