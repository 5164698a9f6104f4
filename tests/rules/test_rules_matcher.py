"""The matcher on Whisper output and streamer evasions, with context that keeps innocent talk quiet."""
from __future__ import annotations

import copy
import random
from concurrent.futures import ThreadPoolExecutor

import pytest

import rules
from rules import rule_base_from_data

from tests.rules.helpers import categories


def _hits(matcher, text, category):
    return [h for h in matcher.match(text) if h.category == category]


# -- every evasion kind ------------------------------------------------------------------------

@pytest.mark.parametrize("text, category, how", [
    ("這款是全網最低價", "false_price", "exact"),              # traditional (Whisper)
    ("全网嘴低价", "false_price", "pinyin"),                   # homophone
    ("全*网*最*低*价", "false_price", "exact"),                # separators
    ("全网zui低价", "false_price", "pinyin"),                  # typed pinyin
    ("这款治Liao痘痘", "medical_claim", "pinyin"),             # typed pinyin, 2 syllables
    ("加我威信", "off_platform", "exact"),                     # contact-word variants
    ("加我v信", "off_platform", "exact"),
    ("有需要的vx联系", "off_platform", "exact"),
    ("加微♥信", "off_platform", "exact"),
    ("下單步走平台", "off_platform", "pinyin"),                # Whisper mishearing 不 -> 步
    ("用我們的鍋做飯能降薛之", "medical_claim", "pinyin"),      # 降血脂 -> 降薛之
    ("是國驗專用鍋", "false_endorsement", "pinyin"),            # 国宴 -> 国验
    ("楊式推薦過的", "false_endorsement", "pinyin"),            # 央视 -> 杨式
    ("這款區班精華", "medical_claim", "pinyin"),                # 祛斑 -> 區班
    ("原价六百九十九，现在只要六十九", "false_price", "pattern"),  # spoken numerals
    ("原價699,現在只要69", "false_price", "pattern"),           # Arabic digits
    ("电话：①③⑧①②③④⑤⑥⑦⑧", "off_platform", "pattern"),    # circled digits
    ("1 3 8 1 2 3 4 5 6 7 8找我", "off_platform", "pattern"),   # spaced digits
    ("全网ZUI低价", "false_price", "pinyin"),
    ("傻1逼", "vulgar", "pattern"),
    ("cao你大爷", "vulgar", "pinyin"),
    ("一个月赚不回学费就全额退款", "guarantee_claim", "fuzzy"),   # near miss of a long phrase
])
def test_evasions_are_caught(matcher, text, category, how):
    hits = _hits(matcher, text, category)
    assert hits, matcher.match(text)
    # A frame that heard a slot by sound (score < 0.9) may report the hit of a sound-alike phrase.
    assert how in {h.how for h in hits} or (how in ("pinyin", "fuzzy")
                                           and any(h.how == "frame" and h.score < 0.9 for h in hits)), hits


def test_a_near_miss_that_flips_a_negation_is_no_match():
    rule = {"id": "t-never", "category": "false_urgency", "severity": "medium", "basis": "b", "phase": ["promotion"],
            "phrases": ["过了今天就没有了", "以后都能买到原价"], "examples": {"hit": ["过了今天就没有了"], "miss": ["你好"]}}
    m = rules.build_matcher(rule_base_from_data([rule]), second_opinion=False)
    assert [h.how for h in m.match("过了今天就美有了")] == ["pinyin"]      # 没 misheard keeps its sound
    assert [h.how for h in m.match("过了今天他就没有了")] == ["fuzzy"]     # a word inserted
    assert m.match("过了今天就还有了") == []                              # the negation gone: the opposite
    assert [h.how for h in m.match("以后都能买到原件")] == ["fuzzy"]
    assert m.match("以后都没买到原价") == []                              # a negation added


@pytest.mark.parametrize("term, heard, flips", [
    ("没优惠", "有优惠", True), ("没优惠", "美优惠", False), ("能治好", "没治好", True),
    ("能治好", "能治愈", False), ("不会反弹", "不会反贪", False), ("不会反弹", "还会反弹", True),
])
def test_flips_negation(term, heard, flips):
    assert rules.context.flips_negation(term, heard) is flips


# -- context -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "本品不能治疗疾病", "我不敢说是最好的", "我们不是最便宜的", "千万不要私下转账", "它并非全网最低价",
    "效果因人而异，不保证一定有效", "這款不是最好的",
    "我不敢说他是最好的耳机", "我不敢说她是最好的老师",     # a pronoun between the cue and the claim
    "投资有风险，我们不保证收益",
    "本品不能代替药物治疗", "本课程不替代专业治疗",           # the mandatory health notice
    "我部敢说这是最好的耳机",                                 # the disclaimer misheard (不敢说)
])
def test_negation_and_disclaimers_suppress(matcher, text):
    assert matcher.match(text) == []


@pytest.mark.parametrize("text, category", [
    ("我不说了，全网最低价", "false_price"),          # negation ended with the clause
    ("你是不是傻逼", "vulgar"),                       # A-not-A question is not a negation
    ("不要错过最后一波", "false_urgency"),             # 不 negates 错过, not the claim
    ("他是最好的耳机", "absolute_claim"),              # the pronoun alone negates nothing
])
def test_negation_is_local(matcher, text, category):
    assert category in categories(matcher, text)


@pytest.mark.parametrize("text", [
    "最近很多宝宝私信问我", "我第一次用的时候", "第一排的宝宝", "首先看一下", "最后给大家总结一下",
    "我们的锅是食品级涂层", "你最好先试一下", "这款的最佳赏味期是七天", "他妈妈也在用", "这个路口交通很方便",
    "今天推荐裸妆", "废物利用", "我们为新客户准备了优惠", "数量有限，送完即止", "支持微信支付",
])
def test_innocent_talk_is_quiet(matcher, text):
    assert matcher.match(text) == []


def test_rule_exception_only_masks_its_own_span(matcher):
    hits = matcher.match("最近我发现这是最好的")
    assert hits and all(h.start >= 7 and h.matched.startswith("最好") for h in hits)    # nothing on 最近


@pytest.mark.parametrize("text, absolute", [
    ("这个烧水壶唯一的却点就是有点重", False),        # 却点: a misheard 缺点, the rule's own exception heard by sound
    ("这款台灯唯一的嗡题是线短了点", False),          # 嗡题 = 问题 (en/eng)
    ("我们是全网唯一的正品授权店", True),
])
def test_a_rules_own_long_exception_is_heard_by_sound_for_an_exact_hit(rule_matcher, text, absolute):
    assert ("absolute_claim" in categories(rule_matcher, text)) is absolute


def test_two_syllable_homophones_need_a_rare_reading(rule_matcher):
    # sound matching of the rules (the classifier has its own view of 送完即止 alone; in a line it is quiet, above)
    assert rule_matcher.match("送完即止") == []         # ji zhi = 极致, but 20 dictionary words read so
    assert rule_matcher.match("这是极致的体验")          # the word itself still hits


def test_three_syllables_one_confusion_away_do_not_cut_through_a_word(rule_matcher):
    # bu yao liang|bai: 不要两 is one an/ang confusion from 不要脸, but 两百 is a word (a haggled price)
    assert "vulgar" not in categories(rule_matcher, "不要三百，不要两百，九十九带走")
    assert "vulgar" in categories(rule_matcher, "你个不要两")       # no word cut: still heard as 不要脸


def test_latin_phrases_need_word_boundaries(rule_matcher):
    assert categories(rule_matcher, "你就是个sb") == {"vulgar"}
    assert rule_matcher.match("absbc") == []


# -- hits ----------------------------------------------------------------------------------------

def test_hits_point_into_the_original_text(matcher):
    text = "哈囉！這款是 全*網*最*低*價，原價699,現在只要69，加我 V 信"
    hits = matcher.match(text)
    assert {"false_price", "off_platform"} <= {h.category for h in hits}
    for h in hits:
        assert text[h.start:h.end] == h.matched
        assert h.how in rules.HOW and 0 < h.score <= 1
        assert h.basis and h.severity in rules.SEVERITIES
    spans = {h.matched for h in hits}
    assert "全*網*最*低*價" in spans and "V 信" in "".join(spans)


def test_overlapping_hits_of_one_rule_are_merged(matcher):
    hits = [h for h in matcher.match("全网最低价") if h.rule_id == "price-lowest-claim"]
    assert len(hits) == 1 and (hits[0].start, hits[0].end) == (0, 5)
    hits = [h for h in matcher.match("最低价，真的是最低价") if h.rule_id == "price-lowest-claim"]
    assert len(hits) == 2


def test_disabled_rules_do_not_fire(rule_base):
    data = rules.rule_base_to_data(rule_base)
    for d in data:
        d["enabled"] = d["category"] != "false_price"
    m = rules.build_matcher(rule_base_from_data(data), second_opinion=False)
    assert "false_price" not in categories(m, "全网最低价")


@pytest.mark.parametrize("text", [
    "", " ", "\x00", "\ud800\udfff", "🤬" * 50, "a" * 10_000, "(" * 500, "最" * 3000, "\u202e反转\u202c",
    "zui" * 2000, "1" * 500, "十百千万亿" * 200,
])
def test_match_never_raises(matcher, text):
    assert isinstance(matcher.match(text), list)


def test_match_accepts_non_strings(matcher):
    assert matcher.match(None) == []          # type: ignore[arg-type]


def test_long_text_and_random_noise(matcher):
    rng = random.Random(7)
    alphabet = "最低价全网加微信第一次治疗 ，。!?*vxzui0123456789零一二三百千万" + "".join(chr(c) for c in range(0x4e00, 0x4e80))
    for _ in range(200):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        for h in matcher.match(s):
            assert s[h.start:h.end] == h.matched
    big = "今天给大家带来一款好锅，全网最低价。" * 3000
    hits = matcher.match(big)
    assert len([h for h in hits if h.rule_id == "price-lowest-claim"]) == 3000


def test_pattern_windows_cover_long_text(matcher):
    text = "闲聊" * 400 + "原价699现在只要69" + "闲聊" * 400
    assert "false_price" in categories(matcher, text)


def test_concurrent_reads_agree(matcher):
    texts = ["全网嘴低价，加我威信", "这口锅是史上最好用的锅，用了一辈子都不坏", "本品不能治疗疾病", "原价699现在只要69"] * 50
    expected = [matcher.match(t) for t in texts]
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(matcher.match, texts))
    assert got == expected


def test_rule_edit_takes_effect_on_rebuild(rule_base):
    data = rules.rule_base_to_data(rule_base)
    extra = {
        "id": "t-new", "category": "false_urgency", "severity": "low", "basis": "《广告法》第二十八条第二款第（二）项",
        "phase": ["promotion"], "phrases": ["闪电清仓"], "examples": {"hit": ["闪电清仓啦"], "miss": ["清仓"]},
    }
    m = rules.build_matcher(rule_base_from_data(data + [copy.deepcopy(extra)]))
    assert [h.rule_id for h in m.match("闪电清仓啦")] == ["t-new"]


def test_worst_allowed_pattern_on_adversarial_input_finishes():
    # The loader allows one unbounded wide repeat plus a narrow one; windows keep it polynomial and small.
    rule = {
        "id": "t-worst", "category": "false_price", "severity": "low", "basis": "《广告法》第二十八条",
        "phase": ["promotion"], "patterns": ["最.*低\\d+价"],
        "examples": {"hit": ["最便宜的低99价"], "miss": ["低价"]},
    }
    m = rules.build_matcher(rule_base_from_data([rule]), second_opinion=False)
    assert m.match("最低1" * 30_000) == []
    assert [h.rule_id for h in m.match("最低1" * 50 + "价")] == ["t-worst"]


@pytest.mark.parametrize("text", [
    "广告不得使用“国家级”“最高级”“最佳”等绝对化用语",
    "诸如“首创”、“销量第一”等结论需有依据",
    "使用“仅限今日”“明天涨价”等语言诱导顾客购买",
])
def test_quoted_lists_are_mentions_not_claims(matcher, text):
    assert matcher.match(text) == []


def test_a_streamers_own_reminder_is_no_regulators_warning(matcher):
    assert "false_price" in categories(matcher, "提醒一下大家，全网最低价就今天")
    assert "medical_claim" in categories(matcher, "市场监管局查明，当事人在直播中宣称“能治疗颈椎病”")


def test_an_enumeration_of_things_can_still_be_a_claim(matcher):
    assert "medical_claim" in categories(matcher, "预防肿瘤、心血管疾病、糖尿病等慢性疾病")


def test_a_single_quoted_claim_still_counts(matcher):
    assert "medical_claim" in categories(matcher, "主播宣称“喝了能降血压”")
    assert "medical_claim" in categories(matcher, '当事人在直播间宣称该枕头"能治疗颈椎病"')   # ASCII quotes


@pytest.mark.parametrize("text", [
    "消协提醒，警惕“包治百病”的理疗仪",
    '判决书指出，"国家级""世界级"等属于广告法禁止的绝对化用语',
    "中消协提示，警惕直播间宣称“全网最低价”的厨具",
    '新规明确，家纺直播不得宣称产品有"治疗失眠"的功效',
    "标示的市场最低价、出厂价、批发价、特价、极品价等价格表示无依据",      # an enumeration of words, unquoted
    '平台规则写明，主播不得用"加微信""私下交易"等方式引导站外成交',        # one span over two quotes
    "消协提示：主播让你加微信私下转账的，一律不要理会",                    # a regulator warns, no quotes
    "该局提醒消费者，对宣称能治病的保健品要提高警惕",                      # an office named only as 该局
    "大家要警惕那些号称能根治糖尿病的产品",                                # a warning about what is claimed
])
def test_quotes_in_advice_or_prohibitions_are_mentions(matcher, text):
    assert matcher.match(text) == []


@pytest.mark.parametrize("text", ["有姐妹问是不是最显瘦的，我只能说我穿着挺显瘦", "不要把手机号打在公屏上"])
def test_reported_questions_and_warnings_are_not_claims(matcher, text):
    assert matcher.match(text) == []


def test_other_is_not_dont(matcher):
    assert "disparagement" in categories(matcher, "别的4S店都是骗子，坑人")
    assert "absolute_claim" in categories(matcher, "同级别里无人能及，绝对的天花板")


def test_a_two_syllable_sound_alike_holding_a_grammatical_word_is_ordinary_speech():
    rule = {"id": "t-slur", "category": "vulgar", "severity": "high", "basis": "《网络直播营销管理办法（试行）》第十八条",
            "phase": ["interaction"], "phrases": ["人妖"], "examples": {"hit": ["人妖"], "miss": ["人要"]}}
    m = rules.build_matcher(rule_base_from_data([rule]), second_opinion=False)
    # jieba's HMM cuts 一个人要带 as 一个 / 人要 / 带, so 人要 passed as a token that sounds like the slur
    assert _hits(m, "我一个人要带两个孩子", "vulgar") == []
    assert _hits(m, "每个人要喝八杯水", "vulgar") == []
    cure = {"id": "t-spots", "category": "medical_claim", "severity": "high", "basis": "《广告法》第十七条",
            "phase": ["promotion"], "phrases": ["祛斑"], "examples": {"hit": ["祛斑"], "miss": ["区别"]}}
    m = rules.build_matcher(rule_base_from_data([cure]), second_opinion=False)
    assert [h.how for h in _hits(m, "区班效果很好", "medical_claim")] == ["pinyin"]     # Whisper's 祛斑 still heard
