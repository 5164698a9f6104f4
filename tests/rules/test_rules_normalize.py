"""Normalisation: every view maps back to the original text, and Whisper's habits fold to one form."""
from __future__ import annotations

import pytest

import rules
from rules import normalize


def _check_offsets(nt):
    assert len(nt.offsets) == len(nt.ends) == len(nt.text)
    assert len(nt.digit_offsets) == len(nt.digit_ends) == len(nt.digits)
    for s, e in zip(nt.offsets, nt.ends):
        assert 0 <= s < e <= len(nt.original)
    assert nt.offsets == sorted(nt.offsets)


@pytest.mark.parametrize("raw, canon", [
    ("這款是全網最低價", "这款是全网最低价"),           # OpenCC t2s
    ("ＡＢＣ１２３％", "abc百分之一百二十三"),          # full width, case, percent
    ("全*网*最*低*价", "全网最低价"),                  # separators between characters
    ("全 网 最 低 价", "全网最低价"),
    ("微♥信😀", "微信"),                              # emoji / symbols
    ("加我威信", "加我微信"), ("加我v信", "加我微信"), ("加vx", "加微信"), ("加我weixin", "加我微信"),
    ("+V我", "加v我"),
    ("原價699", "原价六百九十九"),                     # Arabic -> Chinese numerals
    ("第1名", "第一名"), ("1.2公斤", "一点二公斤"), ("100%有效", "百分之百有效"),
    ("2023年", "二零二三年"), ("13812345678", "一三八一二三四五六七八"),
])
def test_canonical_text(raw, canon):
    nt = normalize(raw)
    assert nt.text == canon
    _check_offsets(nt)


@pytest.mark.parametrize("raw, digits", [
    ("原价六百九十九，现在只要六十九", "原价699现在只要69"),
    ("原價699,現在只要69", "原价699现在只要69"),
    ("专柜价一千六百八", "专柜价1680"),                 # spoken short form 一千六百八 = 1680
    ("一百零八", "108"), ("倒计时三二一", "倒计时321"), ("一点二公斤", "1.2公斤"), ("第一", "第1"),
    ("三万五", "35000"), ("万能", "万能"),
])
def test_digit_view_unifies_numerals(raw, digits):
    nt = normalize(raw)
    assert nt.digits == digits
    _check_offsets(nt)


@pytest.mark.parametrize("raw, digits", [
    # two numbers a comma kept apart stay two in the digit view (before: 立减159到手, 二十一百三十九 read as one)
    ("领券立减二十，一百三十九到手", "领券立减20，139到手"),
    ("五、四、三、二、一，上链接", "5，4，3，2，1上链接"),
    ("到手价六十八，两盒一百", "到手价68，2盒100"),
    ("三 百 九 十 九", "399"),                  # spaced out, it is still one number
])
def test_punctuation_keeps_numbers_apart(raw, digits):
    nt = normalize(raw)
    assert nt.digits == digits
    _check_offsets(nt)
    assert "159" not in normalize("立减二十，一百三十九").digits


def test_offsets_point_into_original():
    raw = "原價 699 ， 現在只要69！全*網*最*低*價"
    nt = normalize(raw)
    _check_offsets(nt)
    i = nt.text.index("最低价")
    s, e = nt.span(i, i + 3)
    assert raw[s:e] == "最*低*價"
    j = nt.text.index("六百九十九")
    s, e = nt.span(j, j + 5)
    assert raw[s:e] == "699"
    k = nt.digits.index("69", nt.digits.index("只要"))
    s, e = nt.digit_span(k, k + 2)
    assert raw[s:e] == "69"


def test_latin_words_stay_apart():
    # "vx" inside a longer Latin word is not WeChat; separated Latin words keep a boundary
    assert normalize("vxyz").text == "vxyz"
    assert normalize("vx abc").text == "微信 abc"


@pytest.mark.parametrize("raw", ["", "   ", "！！！", "\x00\x01", "\ud800", "a" * 5000, "①②③⑸⒋", "½⅓"])
def test_never_breaks(raw):
    _check_offsets(normalize(raw))


def test_hesitation_sounds_are_dropped_like_punctuation():
    nt = normalize("全网最…嗯…低价")
    assert nt.text == "全网最低价"
    assert nt.span(3, 5) == (6, 8)              # 低价 maps back past the filler


def test_letters_spelled_one_by_one_are_one_word():
    # s b, n m s l: an evasion by spacing; two Latin words stay two words
    assert normalize("评论区那个s b，你").text == "评论区那个sb你"
    assert normalize("n m s l，拉黑").text.startswith("nmsl")
    assert normalize("vx abc").text == "微信 abc"
    assert normalize("a bc d").text == "a bc d"


def test_a_masked_name_keeps_its_mask():
    # case files write a rival's name as ×× (××鲜果茶); dropped as a maths symbol, the rival went with it
    nt = normalize("××鲜果茶用的是过期果酱")
    assert nt.text.startswith("xx鲜果茶")
    assert nt.span(0, 2) == (0, 2)


def test_a_plus_between_numbers_keeps_them_apart():
    """160+400+37000 is three numbers; dropping the + made the 11-digit mobile number 16040037000 (a false
    off-platform hit on a quote about chanted number cures). A + elsewhere is still dropped: +86 138…, 满100+."""
    assert "16040037000" not in normalize("通过念160+400+37000治疗此病").digits
    assert normalize("加我+86 13812345678").digits.endswith("13812345678")
    assert "+" not in normalize("满100+送好礼").text
    m = rules.build_matcher(rules.load_rule_dir())
    assert not any(h.category == "off_platform" for h in m.match("通过念160+400+37000治疗此病"))
