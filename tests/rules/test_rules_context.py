"""Claims versus mentions (issue 8): the context checks of rules/context.py, each with sentences that make a
claim and sentences that only mention one — a question answered no, a claim named as a thing a report found
false, a regulator's prohibition or finding, words about words, a misheard 姐妹 read as a negation."""
from __future__ import annotations

import pytest

from rules import context

from tests.rules.helpers import categories, every_category


def _span(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


def _not_a_claim(text: str, word: str) -> bool:
    return context.not_a_claim(text, *_span(text, word))


# -- a yes/no question answered with a denial ---------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("只有我们家能做到吗？不是的", "只有我们家能"),
    ("真的是全网最低吗？我们不敢这么说", "全网最低"),
    ("这个茶能降血压吗？不能，它就是普通的茶", "降血压"),
    ("是央视推荐的吗？不是，我们没有上过央视", "央视推荐"),
    ("这个理财稳赚不赔吗 不是的 理财有风险", "稳赚不赔"),             # Whisper's spaces, no question mark
    ("这款空调是不是最省电的？这个我们真不敢说", "最省电"),
])
def test_question_answered_no_is_not_a_claim(text, word):
    assert context.answered_no(text, *_span(text, word))
    assert _not_a_claim(text, word)


@pytest.mark.parametrize("text, word", [
    ("是不是全网最低？是！", "全网最低"),                               # answered yes
    ("这个茶能不能降血糖？能！喝一个月就降下来", "降血糖"),
    ("还有比这更低的全网最低价吗？没有！", "全网最低价"),              # asks for something better: 没有 claims
    ("这不就是全网最低价吗？不是吗？", "全网最低价"),                   # a rhetorical question back
    ("是不是全网最低？不是我吹，就是最低", "全网最低"),                 # 不是我吹 affirms
    ("今天全网最低价，不是的话全额退", "全网最低价"),                   # no question at all
    ("真的是全网最低吗？没错！", "全网最低"),
])
def test_question_answered_yes_or_not_asked_still_claims(text, word):
    assert not context.answered_no(text, *_span(text, word))


@pytest.mark.parametrize("text, word, mention", [
    ("有姐妹问这个枕头能治颈椎病吗", "治颈椎病", True),                # a viewer's question, unanswered
    ("刚才有宝宝问，这个酵素能减肥吗？这个是食品哦", "减肥", True),
    ("有姐妹问，这个能降血压吗？能！喝一个月就降", "降血压", False),     # the streamer affirms
    ("这个枕头能治颈椎病吗？能治", "治颈椎病", False),                  # nobody asked but the streamer
])
def test_a_viewers_question_is_not_a_claim_unless_affirmed(text, word, mention):
    assert context.answered_no(text, *_span(text, word)) is mention


# -- a claim named as a thing, in a report that found it false -----------------------------------------

@pytest.mark.parametrize("text, word", [
    ("宣称的“央视推荐”纯属虚构", "央视推荐"),
    ("经查，其所称“国家级”并无依据", "国家级"),
    ("所谓“根治”系夸大宣传", "根治"),
    ("执法人员查证后发现，主播宣称的“御医传人”以及标注的“研究院”，均为虚构", "御医传人"),
    ("一款宣称“已抢空”的商品，次日依然在直播间销售", "已抢空"),
    ("消协曾点名批评宣称能“根治近视”的护眼仪", "能“根治近视"),       # a frame starting before the quote
    ("所谓降血脂神器实为普通茶叶", "降血脂"),                         # unquoted: 所谓 + a finding
])
def test_nominal_mention(text, word):
    assert context.nominal_mention(text, *_span(text, word))


@pytest.mark.parametrize("text, word", [
    ("当事人在直播中称“该产品可根治糖尿病”", "根治"),                 # report voice: what the seller said
    ("经查，当事人在直播中宣称其绿萝“可预防白血病”，无科学依据", "预防白血病"),
    ("通报称，主播宣称净水器“经疾控中心检测推荐”，系伪造", "疾控中心检测推荐"),
    ("某东上卖的所谓五常大米都是勾兑的", "都是勾兑的"),                   # a streamer's 所谓, no finding
    ("所谓的大牌不过是智商税", "智商税"),
])
def test_report_of_what_the_seller_said_is_not_nominal(text, word):
    assert not context.nominal_mention(text, *_span(text, word))
    assert not _not_a_claim(text, word)


@pytest.mark.parametrize("text, word, mention", [
    ("这家店门口挂着“清仓甩卖”的牌子，已经挂了三年", "清仓甩卖", True),      # the sign's words, named
    ("网友调侃说，这家店的“最后一天”已经持续了半年", "最后一天", True),
    ("街口那家“厂家跳楼价”的，路人都笑它跳了一年", "跳楼价", True),
    ("某商家打着“央视推荐”的旗号卖保健品", "央视推荐", True),
    ("主播说“全网最低价，错过就没了”", "全网最低价", False),                # said, not named
    ("你们要的“降tang神器”来了，放心吃", "降tang神器", False),              # a seller's quoted euphemism
    ("荣获“全国十佳男科医院”称号", "全国十佳", False),                       # claiming the title
])
def test_a_short_quoted_term_standing_as_a_noun_is_named(text, word, mention):
    assert context.nominal_mention(text, *_span(text, word)) is mention


@pytest.mark.parametrize("text, word, mention", [
    ("对于声称能治愈糖尿病的保健品，消费者要提高警惕", "治愈糖尿病", True),
    ("号称稳赚不赔的理财产品多为骗局", "稳赚不赔", True),
    ("主播宣称这款茶能降血糖，很多老人买了", "降血糖", False),        # reported, not warned about
    ("今天稳赚不赔，大家不要错过", "稳赚不赔", False),                # no 宣称 / 号称: the streamer's own claim
])
def test_claims_warned_about_after_they_are_named(text, word, mention):
    assert context.warned_after(text, *_span(text, word)) is mention


@pytest.mark.parametrize("text, word, mention", [
    ('别被"开一家火一家"的宣传冲昏头', "开一家火一家", True),
    ("不要被全网最低价这种话术骗了", "全网最低价", True),
    ("别被吓到，这个真的能治好你的老胃病", "治好", False),             # the warning is another clause
    ("别被他们骗了，我们家才是全网最低价", "全网最低价", False),         # after the warning, a claim of one's own
    ("消费者应提高警觉，勿轻信提升免疫力、改善肠胃等夸大宣称", "提升免疫力", True),
    ("我们这个能治百病，别信别人的", "治百病", False),
])
def test_claims_one_is_told_not_to_be_fooled_by(text, word, mention):
    assert context.warned_after(text, *_span(text, word)) is mention


@pytest.mark.parametrize("text, word, mention", [
    ("网上说香薰能治失眠，那个不靠谱，就是闻着放松", "能治失眠", True),
    ("有人说这是全网最低价，瞎说的，我们不比价", "全网最低价", True),
    ("网上都说泡脚能治百病，那是夸大了", "能治百病", True),
    ("网上都说这是全网最低价，真不夸张", "全网最低价", False),          # the streamer agrees
    ("用过的都说能治失眠，效果特别好", "能治失眠", False),              # hearsay, no denial
    ("都说这是全网最低价，以后不可能再有这个价了", "全网最低价", False),  # 不可能 is about the future price
    ("这个能治失眠，网上说是瞎说的那是他们不懂", "能治失眠", False),    # the streamer's own claim
    ("弹幕里说是假货的那个，你他妈的买过吗，在这里乱说", "他妈的", False),   # hearsay in another clause
])
def test_what_others_say_denied_by_the_streamer(text, word, mention):
    assert context.refuted_hearsay(text, *_span(text, word)) is mention


@pytest.mark.parametrize("text, word, mention", [
    ("脚气这种得去皮肤科看，泡脚包根治不了的哈", "根治", True),
    ("这个霜去不掉老年斑，别想多了", "去", True),
    ("买了包你吃不了亏", "包你", False),                             # 吃不了亏 is the promise
    ("这个凉席百分之百不起球不掉色", "百分之百不起球", False),
    ("涂了三天痘痘就去掉了", "去掉", False),
    ("这个贴根治腰疼，用不了多少天", "根治腰疼", False),
])
def test_a_potential_complement_denies_the_claim(text, word, mention):
    assert context.denied_after(text, *_span(text, word)) is mention


@pytest.mark.parametrize("text, word, mention", [
    ("执法人员指出，“包治百病”的说法违反广告法", "包治百病", True),
    ("“全国第一”属于绝对化用语，经营者不得使用", "全国第一", True),
    ("当事人在直播中称“全国第一”，违反广告法", "全国第一", False),   # said by the seller: report voice
])
def test_a_quotation_judged_as_the_topic_of_its_clause(text, word, mention):
    assert context.nominal_mention(text, *_span(text, word)) is mention


# -- prohibitions, crackdowns, what was not proven, a law's condition -----------------------------------

@pytest.mark.parametrize("text, word", [
    ("禁止在直播中使用侮辱性语言", "侮辱性语言"),
    ("监管部门将重点整治直播带货中的虚假宣传、低俗表演等乱象", "低俗表演"),
    ("平台将打击引导用户私下交易的行为", "私下交易"),
    ("当事人无法提供证据证明其产品具有降血压功效", "降血压"),
    ("导致消费者误以为该产品可以治疗糖尿病", "治疗糖尿病"),
])
def test_object_of_a_prohibition_or_finding(text, word):
    assert context.regulator_object(text, *_span(text, word))


@pytest.mark.parametrize("text, word", [
    ("严禁外传，今天全网最低价", "全网最低价"),           # the prohibition is another clause
    ("舍不得全网最低价卖给你们", "全网最低价"),           # 舍不得 is no prohibition
    ("说不准明天就涨价", "明天就涨价"),
    ("这款茶喝了能降血压", "降血压"),
])
def test_no_prohibition_no_mention(text, word):
    assert not context.regulator_object(text, *_span(text, word))


def test_condition_of_a_rule_of_law():
    text = "保健食品声称具有治疗作用的，属于违法行为"
    assert context.legal_condition(text, *_span(text, "治疗"))
    text = "想要全网最低价的，赶紧下单"
    assert not context.legal_condition(text, *_span(text, "全网最低价"))


def test_items_of_a_rules_enumeration():
    text = "保健食品广告不得含有下列内容：（一）表示功效的断言；（二）涉及疾病预防、治疗功能"
    assert context.enumerated_rule(text, *_span(text, "治疗"))
    text = "给大家看下列表：第一款能治疗失眠"         # 下列 without a rule's colon
    assert not context.enumerated_rule(text, *_span(text, "治疗"))


def test_regulator_reporting_clause_is_not_an_endorsement():
    assert context.reporting_clause("市场监管局认定，商家标榜的工艺无法证明", 0, 7)
    assert not context.reporting_clause("经市场监管局认定，本品合格", 1, 8)      # 经…认定 is an endorsement
    assert not context.reporting_clause("卫健委推荐，放心买", 0, 5)


# -- words about words ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word, mention", [
    ("没有专门针对保健品或涉及疾病预防、治疗的词汇库", "治疗", True),
    ("研究人员统计了出现频率最高的违规词", "最高的", True),
    ("主播如何避免使用根治、特效等医疗用语", "特效", True),
    ("这个茶能治疗失眠的哦", "治疗失眠", False),
    ("“开盘即售罄”只是一个常规营销手法而已", "开盘即售罄", True),     # a phrase named as a sales trick
    ("开盘即售罄，手慢无", "开盘即售罄", False),
])
def test_words_about_words(text, word, mention):
    assert context.metalinguistic(text, *_span(text, word)) is mention


@pytest.mark.parametrize("text, word, mention", [
    ("判决书指出，“第一”一词在广告中具有排他性", "第一", True),
    ("“根治”二字不得出现在食品广告中", "根治", True),
    ("文章分析了“国家级”“最高级”等绝对化用语的认定标准", "国家级”“最高级”等绝对化用语的认定", True),
    ("主播说“今天最后三单”然后下播了", "最后三单", False),
])
def test_quoted_words_named_as_words(text, word, mention):
    assert _not_a_claim(text, word) is mention


@pytest.mark.parametrize("text, word", [
    ("消協提醒，警惕“包治百病”的理療儀", "包治百病"),                 # traditional script, Whisper's or a mirror's
    ("消协提醒，警惕“包治百病”的理疗仪", "包治百病"),
    ("市场监管局提醒：不要轻信保本保收益的投资宣传", "保本"),
])
def test_warnings_stay_mentions_in_either_script(text, word):
    assert context.advisory_mention(text, *_span(text, word))


def test_a_streamers_quoted_claim_is_not_advice():
    text = "主播说“今天全网最低价”，大家快拍"
    assert not context.advisory_mention(text, *_span(text, "全网最低价"))


# -- a misheard address read as a negation --------------------------------------------------------------

@pytest.mark.parametrize("text", ["姐没加我v", "老没加我威信，下单返现", "美没加我vx，给你们发福利"])
def test_negation_glued_to_an_address_is_misheard(text):
    assert not context.negated(text, text.index("加"))


@pytest.mark.parametrize("text", ["我们没加微信", "姐妹们别加私人微信", "我不加你微信", "我们这边没有办法加微信"])
def test_real_negation_still_negates(text):
    assert context.negated(text, text.index("加"))


# -- through the matcher: a strong claim phrase, claimed or mentioned ------------------------------------

@pytest.mark.parametrize("text, claimed", [
    ("家人们，今天是全网最低价", True),
    ("是不是全网最低价？是的！", True),
    ("报道称，主播宣称面膜“全网最低价”，实际价格更高", True),     # report voice is labelled a violation
    ("今天是全网最低价吗？不是的，双十一还会更低", False),
    ("执法人员查明，所谓“全网最低价”实为虚构", False),
    ("该平台宣称的“全网最低价”被证实高于其他平台", False),
    ("当事人不能提供“全网最低价”的比价依据", False),
])
def test_matcher_claims_and_mentions(matcher, text, claimed):
    assert ("false_price" in categories(matcher, text)) is claimed


def test_mention_checks_stay_linear_on_a_hostile_line():
    # 200k characters of one clause full of cues and quotes: every check reads a bounded window.
    line = ("所谓“全网最低价”吗禁止" * 20_000)[:200_000]
    for k in range(0, 200_000, 20_000):
        context.not_a_claim(line, k + 3, k + 8)


# -- a price without a price to compare it with ----------------------------------------------------------

@pytest.mark.parametrize("text, plain", [
    ("今天价格是一百二十九元", True),
    ("它的价格是三百九十九，两个颜色同价", True),
    ("一盒的价格是39块", True),
    ("金价今天五百九十八一克，工费另算", True),
    ("吊牌价1299元", False),                       # a reference price, even bare
    ("官网六千九，今天我们只要两千九", False),       # two amounts
    ("商场里卖八百八我们两百九", False),
    ("明天就回到128", False),                       # a later price
    ("比超市便宜二十块", False),
    # two sizes or pieces priced, no word of an offer: a price list (session 25: the classifier called these false prices)
    ("一斤装九百八十八，两斤装一千九百块，运费我们包了", True),
    ("这串两万六千八，那串一千二百八，都在小黄车里", True),
    ("一斤装九百八十八，两斤装今天只要一千五", False),                 # the deal's own words
    ("这串外面卖两万六千八，那串一千二百八", False),                   # a price asked elsewhere
    ("药房里同样的卖四百九十八一盒，咱们两盒加起来一百五", False),     # no list items: a comparison
    # single pieces, counts of them and add-ons (session 26's recordings)
    ("单条一百二十九，两条二百三十九，背心单拍六十九，尺码表在详情页", True),
    ("单灯是三百九十九，加一个夹子款的副灯是四百五十九，两个价格都在购物车里", True),
    ("单条平时一百二十九，两条今天只要一百九", False),                 # the deal's own words
    # a set and a piece sold singly (单卖): a listing, not an offer (session 33's recordings)
    ("书桌椅子套装一千二百九十九，椅子单卖四百九十九，套装多送一个台灯", True),
    ("书桌椅子套装一千二百九十九，外面单卖都要两千", False),           # a price asked elsewhere
])
def test_price_without_comparison(text, plain):
    from rules.normalize import normalize
    assert context.price_without_comparison(normalize(text).text) is plain


@pytest.mark.parametrize("text, claimed", [
    # a trade price as the bait of a lure off the platform: the lure is the breach (session 26)
    ("要批发的大户别在这拍，加我绿泡泡，一吨起给你出厂价", False),
    ("想拿货做代理的，主页简介里那串数字就是我的号，私聊给你批发价", False),
    ("想要整箱批发价的，加我微信，咱们私下走", False),
    # …but a trade price claimed in the room is a false price
    ("今天直播间直接给大家出厂价", True),
    ("工厂直发，批发价给到家人们", True),
])
def test_a_trade_price_offered_off_the_platform_is_the_lure_not_a_false_price(matcher, text, claimed):
    assert ("false_price" in categories(matcher, text)) is claimed


# -- a dictionary word made only by the punctuation normalisation drops --------------------------------
def test_a_word_glued_across_dropped_punctuation_does_not_hide_a_claim():
    from rules.normalize import normalize
    nt = normalize("无需经验、无需店面、包赚不赔")
    s = nt.text.index("包赚")
    # canonical text reads 店面包赚: jieba sees 面包 there, but the original has 、 between 面 and 包
    assert context.inside_longer_word(nt.text, s, s + 2)
    assert not context.inside_longer_word(nt.text, s, s + 2, nt=nt)
    # a real longer word still counts: 面包 in 这个面包赚钱 is bread, not 包赚
    bread = normalize("这个面包赚钱")
    b = bread.text.index("包赚")
    assert context.inside_longer_word(bread.text, b, b + 2, nt=bread)


def test_rules_hear_the_claim_after_an_enumeration(rule_matcher):
    # the rules alone: the classifier weighs the characters 包赚 whatever word they sit in
    assert "guarantee_claim" in categories(rule_matcher, "无需经验、无需技术、无需店面、包赚不赔")
    assert "guarantee_claim" not in categories(rule_matcher, "这个面包赚钱吗")


@pytest.mark.parametrize("text, word, caution", [
    ("电热床垫：糖尿病患者及皮肤感觉迟钝者慎用", "糖尿病", True),
    ("胃寒者不宜空腹饮用绿茶", "胃寒", True),
    ("贴敷后如出现红肿瘙痒，请立即揭下", "瘙痒", True),           # a condition, then what to do
    ("这个能降血压，孕妇慎用", "降血压", False),                   # the caution is another clause
    ("喝了能治好糖尿病，不用去医院了", "治好糖尿病", False),
    ("私下转账风险高，大家不要相信", "私下转账", True),               # a risk warned of
    ("零风险高回报，跟着我投", "零风险", False),                       # 风险高 inside 零风险高回报 warns of nothing
])
def test_cautions_name_an_illness_without_claiming_a_cure(text, word, caution):
    assert context.cautioned(text, *_span(text, word)) is caution


@pytest.mark.parametrize("text, word, approved", [
    ("保健功能：辅助降血脂。适宜人群：血脂偏高者", "辅助降血脂", True),
    ("本品经动物实验评价，具有缓解体力疲劳的保健功能", "保健功能", True),
    ("保健功能：降血压、治疗糖尿病", "治疗糖尿病", False),           # not an approved function
    ("这个茶有保健功能，能降血脂", "降血脂", False),                 # not the label form
    ("批准的保健功能为“调节血脂”", "调节血脂", True),                 # a name of the older list
    ("我们这个茶能调节血脂，喝一个月就下来了", "调节血脂", False),
])
def test_the_approved_label_of_a_health_food_is_no_claim(text, word, approved):
    assert context.approved_health_function(text, *_span(text, word)) is approved


def test_a_negation_covers_a_list_and_hearsay_without_evidence_is_refuted():
    text = "本品为普通化妆品，不具备祛痘、治疗作用"
    assert context.negated(text, text.index("治疗"))
    text = "网上说氢水能治百病，这种说法并没有可靠证据"
    assert context.refuted_hearsay(text, *_span(text, "治百病"))


@pytest.mark.parametrize("text, word, negated", [
    ("目前糖尿病无法彻底治愈", "治愈", True),      # a degree word between the negation and the claim
    ("这种病没法完全治好", "治好", True),
    ("彻底治愈糖尿病", "治愈", False),
    ("没办法百分百保证宠物的健康", "保证", True),    # a degree of any length (context._DEGREE)
    ("我们不能百分之百保证每只都成活", "保证", True),
    ("百分百保证每只都成活", "保证", False),
])
def test_a_degree_word_between_negation_and_claim_keeps_the_negation(text, word, negated):
    assert context.negated(text, text.index(word)) is negated


@pytest.mark.parametrize("text, word, negated", [
    ("这哪能降血压", "降血压", True),                                   # a question that denies
    ("一个枕头怎么可能治好颈椎病", "能治好", True),                     # the claim begins with the cue's 能
    ("没有科学证据证实这种草药有助治疗新冠", "治疗", True),             # no evidence, many words back
    ("目前尚无证据表明喝这个能降血糖", "降血糖", True),
    ("有临床证据证明能降血糖", "降血糖", False),
    ("怎么可能不是全网最低价", "全网最低价", False),                    # a denied denial is the claim
    ("谁说不是全网最低价", "全网最低价", False),
    ("你怎么可以错过全网最低价", "全网最低价", False),
    ("我不能跟您说它是最好的", "最好的", True),                           # a disclaimer said to someone
    ("这个我不敢给大家保证一定有效", "一定有效", True),
    ("我跟你说，这是最好的", "最好的", False),                            # said to someone, no disclaimer
    ("教育这东西没人能打包票", "打包票", True),                             # nobody can
    ("我不说我们的膜是最好的", "最好的", True),
    ("不说假话这是最好的", "最好的", False),                                # an idiom that asserts
    ("我不跟你们说做了就一定变白", "一定变白", True),
])
def test_rhetorical_questions_and_missing_evidence_deny_the_claim(text, word, negated):
    assert context.negated(text, text.index(word)) is negated


@pytest.mark.parametrize("text, word, report", [
    ("讲课的人称，现在糖尿病是可以通过服用胶囊治愈的", "治愈", True),          # a case file retells the claim
    ("主播称这款茶能降血压，涉嫌虚假宣传", "降血压", True),
    ('经查，当事人在直播中称其乳胶枕"能治疗颈椎病"', "治疗颈椎病", False),   # the seller's own words, quoted
    ("这款茶能降血压，大家放心喝", "降血压", False),
    ("姐妹们都说用了就白，真的假的你们试试", "白", False),                 # no case-file register
    ("该主播在直播中贬低竞品，构成商业诋毁", "贬低竞品", False),           # an act reported, not words retold
    ("被养生馆忽悠能治好病，每治疗一次就交一次钱", "治好病", True),          # a verb of selling talk, judged
    ("将普通食品包装成具有治疗、保健功能的产品，误导老年人", "治疗", True),
    ("别家都是虚假宣传，我们这个能降血压", "降血压", False),                # the seller's own voice
])
def test_a_case_file_retelling_a_claim_in_its_own_words_is_no_claim(text, word, report):
    assert context.paraphrased_report(text, *_span(text, word)) is report


def test_a_law_that_forbids_a_claim_mentions_it():
    text = "根据《中华人民共和国食品安全法》，食品、保健食品不能宣传疾病预防、治疗功能"
    assert context.advisory_mention(text, *_span(text, "治疗"))
    text = "我们家的食品能治疗胃病，安全放心"
    assert not context.advisory_mention(text, *_span(text, "治疗"))


@pytest.mark.parametrize("sentence, notice", [
    ("赠品数量有限送完即止", True),
    ("下单即送收纳袋一个送完为止", True),
    ("限量发售售完即止欲购从速", False),          # not a gift, and it presses
    ("赠品送完就没了大家赶紧抢", False),          # the pressure makes it urgency
    ("这个增品是小样数量有限送完几只", True),      # 即止 as Whisper wrote it: the same sounds
    ("数量有限送完几只大家赶紧抢", False),
    ("数量有限送完一只再补一只", False),          # other sounds, no notice
])
def test_a_gift_while_stocks_last_is_a_fact_not_urgency(sentence, notice):
    assert context.gift_stock_notice(sentence) is notice


@pytest.mark.parametrize("text, word, judged", [
    ("包治百病、快速见效等“神药”噱头", "包治百病", True),                    # the clause judges what it names
    ("“随便买随便赚”等承诺高额收益的误导性宣传行为", "承诺高额收益", True),
    ("这个茶能降血压，绝不是虚假宣传", "降血压", False),                    # the denial is a clause of its own
    ("喝了能降血压不是忽悠", "降血压", False),                              # denied judgement
    ("别家都是虚假宣传，我们这个能降血压", "降血压", False),                # before the claim, not after
    ("谎称\"医院价三千。今天最后十台八百\"构成价格欺诈", "最后十台", False),  # quoted, a sentence mark inside
])
def test_a_claim_judged_in_its_own_clause_is_a_description(text, word, judged):
    assert context.judged_in_clause(text, *_span(text, word)) is judged


@pytest.mark.parametrize("text, word, account", [
    ("法院查明，被告通过直播引导买家添加个人微信并转账，收款后拒不发货", "添加个人微信", True),
    ("部分商家会诱导消费者脱离平台交易，一旦钱款到手便杳无音信", "脱离平台交易", True),
    ("家人们想要更低价格的，添加主页上的微信号私下转账", "私下转账", False),    # spoken to the audience
    ("那个卖保健品的就是个诈骗犯", "诈骗犯", False),                          # an insult, not a case file
    ('法院查明，被告在直播中称“加我微信私下交易更便宜”', "私下交易", False),    # the seller's words, quoted
])
def test_a_third_party_account_of_conduct_is_no_claim(text, word, account):
    assert context.third_party_account(text, *_span(text, word)) is account


def test_what_no_authority_approved_is_no_claim_unless_the_seller_claims_it_anyway():
    text = "国家市场监管总局从未批准任何灵芝孢子粉具有治疗癌症的功效"
    assert context.regulator_object(text, *_span(text, "治疗癌症"))
    text = "这个茶没有认证但是能治疗高血压"
    assert not context.regulator_object(text, *_span(text, "治疗高血压"))
    text = "这个茶没有批准文号，能治疗高血压"
    assert not context.not_a_claim(text, *_span(text, "治疗高血压"))


@pytest.mark.parametrize("text, word", [
    ("使用含疾病治疗宣称的PPT", "治疗"),
    ("其中含有不科学的表明疗效的断言或者保证", "疗效"),
    ("一律不能使用与疗效有关的文字", "疗效"),
])
def test_a_claim_word_naming_a_kind_of_claim_is_a_mention(text, word):
    assert context.metalinguistic(text, *_span(text, word))


@pytest.mark.parametrize("text, word", [
    ("全网第一那种词我们不讲", "全网第一"),
    ("最好这样的说法我们不用", "最好"),
])
def test_the_speakers_own_words_about_claim_words_are_a_mention(text, word):
    assert context.metalinguistic(text, *_span(text, word))


@pytest.mark.parametrize("text, word, report", [
    # the register model reads 宣传 and 广告费 as a report's words; the seller speaks as "we" among the buyers
    ("A厂为产品宣传花了很多广告费，广告费最后摊到了我们消费者身上", "广告费最后摊到", False),
    ("家人们，那个牌子宣传花了多少广告费，最后还不是摊到你们头上", "广告费", False),
    # a report stays one: it retells in the third person
    ("经查，当事人为产品宣传花了大量广告费，相关费用最终摊到消费者身上", "摊到", True),
])
def test_a_seller_speaking_as_we_is_not_a_report(text, word, report):
    assert context.report_line(text, *_span(text, word)) is report


@pytest.mark.parametrize("text, word, counted", [
    ("第一，我们的面料透气；第二，价格实惠", "第一", True),
    ("首先第一，这个颜色很正", "第一", True),
    ("我们是第一，别人都比不上", "第一", False),         # a rank claimed, then a pause
    ("销量第一，这种品质别家做不到", "销量第一", False),
    ("第一名的宝宝有奖", "第一", False),               # no pause after it: not this check's business
])
def test_a_bare_first_opening_its_clause_counts_points_rather_than_ranking(text, word, counted):
    assert context.enumeration_ordinal(text, *_span(text, word)) is counted


@pytest.mark.parametrize("text, word, warning", [
    ("合同和付款全部在平台上走，有人私下让你转账千万别理", "私下让你转账", True),
    ("有人让你加微信私下交易，一定要拒绝", "私下交易", True),
    ("陌生人要你加微信付款，直接拉黑", "微信付款", True),
    ("有人私下联系你，我们的客服会给你打折", "私下联系你", False),    # nobody is told to refuse
    ("加我微信私下交易，千万别告诉别人", "私下交易", False),          # the seller's own offer
    ("让你直接转账给个人的，一定是诈骗", "直接转账", True),            # anyone who asks: the clause opens on the request
    ("凡是要求你私下转账的，都是骗子", "私下转账", True),
    ("让你加我微信，我私下给你便宜", "私下给你", False),               # no verdict after it
    ("有人让你私下转账，我们可不是骗子", "私下转账", False),           # the seller denies being one: no verdict
])
def test_a_lure_someone_else_makes_that_the_buyer_is_told_to_refuse_is_a_warning(text, word, warning):
    assert context.stranger_asks(text, *_span(text, word)) is warning


def test_a_claim_called_not_allowed_in_its_own_clause_is_a_description():
    text = "买房就能上重点小学是不被允许的"
    assert context.judged_in_clause(text, *_span(text, "买房就能上"))


@pytest.mark.parametrize("text, word, warning", [
    ("不要加微信私下交易", "私下交易", True),
    ("千万别加陌生人微信", "微信", True),
    ("拒绝加微信转账等脱离平台支付的要求", "微信转账", True),
    ("别在这拍加我微信", "加我微信", False),         # the streamer's own channel: a lure, punctuation or not
    ("想要的别犹豫加微信", "加微信", False),          # 别 governs 犹豫, not the act
    ("别错过，加微信领优惠券", "加微信", False),
])
def test_the_buyer_told_not_to_do_the_act_is_a_warning(text, word, warning):
    assert context.told_not_to(text, *_span(text, word)) is warning


@pytest.mark.parametrize("text, word, mentioned", [
    ("“只剩最后500单!”“3、2、1,上链接!”", "只剩最后500单", False),      # nothing but the seller's words, quoted
    ("“氢气能抗癌”“坚持吸氢气能改善各种疾病”", "抗癌", False),
    ("“国家级”“最高级”“最佳”", "国家级", True),                          # a bare list of terms
    ("不得使用“国家级”“最高级”“最佳”等用语", "国家级", True),
])
def test_a_line_of_quoted_utterances_is_the_sellers_talk(text, word, mentioned):
    assert context.quoted_mention(text, *_span(text, word)) is mentioned


@pytest.mark.parametrize("text, word, knocked_down", [
    ("一双袜子就能治好脚气，简直是胡扯。", "治好脚气", True),
    ("说按摩椅能根治腰椎病，这是不可能的。", "根治", True),
    ("保健枕能治颈椎病？别做梦了，就是个普通枕头。", "能治", True),     # the question answered
    ("喝这种茶能降血糖？纯属忽悠。", "降血糖", True),
    ("全网最低价，不可能有比这更低的了", "全网最低价", False),        # 不可能 that does not end its clause
    ("家人们这个喝了能降血压，真不是胡扯。", "降血压", False),         # the seller denies the verdict
    ("这个真能治脚气，谁说是骗局我跟谁急", "能治脚气", False),
    ("这个能治失眠，网上说是瞎说的那是他们不懂", "能治失眠", False),    # others' doubt, reported
    ("我们这款茶能降血糖，别信那些说它没用的", "降血糖", False),        # "we", to the audience
])
def test_a_claim_followed_by_a_verdict_on_it_is_knocked_down(text, word, knocked_down):
    assert context.debunked(text, *_span(text, word)) is knocked_down


def test_a_verdict_on_a_rival_is_the_disparagement_not_its_refutation():
    text = "外面美容院的东西都是三无产品，纯属忽悠"
    assert context.debunked(text, *_span(text, "三无产品"))
    assert not context.not_a_claim(text, *_span(text, "三无产品"), category="disparagement")
    assert context.not_a_claim(text, *_span(text, "三无产品"), category="medical_claim")


@pytest.mark.parametrize("text, word, mentioned", [
    ("“市场最低价”不要轻易说出口", "最低价", True),
    ("“全网最低价”这种话不能乱说", "全网最低价", True),
    ("我们是“全网最低价”，别说我没告诉你", "全网最低价", False),     # a 别说 after a pause is anything
    ("“全网最低价”，不要犹豫", "全网最低价", False),
])
def test_a_quoted_word_the_speaker_is_told_not_to_say_is_mentioned(text, word, mentioned):
    assert context.advisory_mention(text, *_span(text, word)) is mentioned


@pytest.mark.parametrize("sentence, fair", [
    ("隔壁老张家也卖枸杞价格跟我们差不多大家自己比较", True),
    ("隔壁那家的枣花蜜也不错味道更浓", True),
    ("隔壁那家的蜂蜜都是糖水兑的", False),
    ("那个牌子怎么过检的我也很好奇", False),          # 也很好奇 is no praise
    ("跟那几个老牌子比人家做得早款式也多预算够的都可以去看看", True),   # the buyer sent to look at them too
    ("他们都是大机构体系完整可以都去试听对比", True),
    ("他们家的课就是念课件你去听一节就知道多水", False),
])
def test_a_rival_named_fairly_is_no_put_down(sentence, fair):
    assert context.fair_comparison(sentence) is fair



@pytest.mark.parametrize("text, word, mention", [
    ("牙刷只管把牙刷干净，它治不了病", "治不了病", True),                # the goods disown a cure
    ("身体有毛病的还是得去医院，别指望它治病", "治病", True),            # 别指望 denies what follows
    ("近视只能矫正，不能治愈", "矫正", True),                            # a limit told
    ("平台交易有保障，私下转账风险高", "私下转账", True),                # a risk warned of
    ("这个茶能治病，一喝就好", "治病", False),
    ("加我微信私下转账，便宜五十", "私下转账", False),
    ("没有风险，稳赚不赔", "稳赚不赔", False),                          # 没有风险 is the promise itself
])
def test_a_disclaimer_or_a_risk_warning_covers_its_clause(text, word, mention):
    start, end = _span(text, word)
    assert (context.not_a_claim(text, start, end) or context.negated(text, start)) is mention


@pytest.mark.parametrize("text, word, mention", [
    ("误导公众认为其店铺是政府唯一指定的配送店", "唯一指定", True),
    ("予人印象为将结束营业，只剩最后4天", "只剩最后4天", True),
    ("它们未经任何授权，擅自借助官方机构的权威性引流带货", "官方", True),
    ("以减免手续费为由，私下利用LINE与他联系", "私下", True),
    ("我们是政府唯一指定的配送店", "唯一指定", False),
    ("某些网红牛奶就是智商税，喝了还不如白开水", "智商税", False),      # who did it is no report: a seller's put-down
    ("在朋友圈卖高仿香烟获刑10个月", "在朋友圈卖", True),                 # the sentence that befell someone (session 25)
    ("私下交易被罚款的，平台会通报", "私下交易", True),
    ("在朋友圈卖的比直播间还便宜", "在朋友圈卖", False),
])
def test_a_case_files_retelling_is_no_claim(text, word, mention):
    assert context.third_party_account(text, *_span(text, word)) is mention


# -- a viewer's accusation repeated, and rivals praised (disparagement only) ----------------------------

@pytest.mark.parametrize("text, word, mention", [
    ("说锅是智商税的那个，你家吃饭都靠低保吧", "智商税", True),
    ("那个说我们竿子是贴牌货的，你个憨批", "贴牌货", True),
    ("弹幕那个说保险都是骗人的，你个老赖", "都是骗人的", True),
    # the seller's own put-down, or a clause that says more than "说…的": still a claim
    ("别家的都是智商税，只有我们是真的", "智商税", False),
    ("说这个是全网最便宜的，大家都来买，但不好用", "全网最便宜", False),
])
def test_a_viewers_accusation_repeated_is_not_the_sellers_put_down(text, word, mention):
    assert context.viewer_accusation(text, *_span(text, word)) is mention
    assert context.not_a_claim(text, *_span(text, word), "disparagement") is mention


@pytest.mark.parametrize("text, mention", [
    ("也有家长问跟回力、安踏儿童比怎么样，那些都是好牌子，各家楦型不一样", True),
    ("隔壁那家也不错，大家按需选择", True),
    ("外面那些都是贴牌货，我们是原厂", False),
])
def test_rivals_praised_are_not_put_down(text, mention):
    assert context.rival_praised(text, 0, 4) is mention


def test_the_two_checks_leave_other_categories_alone():
    text = "说锅是智商税的那个，你家吃饭都靠低保吧"
    assert not context.not_a_claim(text, *_span(text, "低保"), "vulgar")


def test_a_refund_promise_is_no_off_platform_lure_for_the_model():
    from rules.normalize import normalize
    assert context.refund_promise(normalize("你直接来找我，我按三倍的价钱赔给你").text)
    assert not context.refund_promise(normalize("想要的直接来找我，私下给你算便宜点").text)


@pytest.mark.parametrize("text, word", [
    ("该种子未通过国家级品种审定", "国家级"),            # a regulator's finding, not a seller's title
    ("这批货没有通过国家级检测", "国家级"),
    ("未取得国家级认证的产品不能这样宣传", "国家级"),
])
def test_a_qualification_not_obtained_is_no_claim_of_it(text, word):
    assert context.negated(text, text.index(word))


@pytest.mark.parametrize("text, word, mention", [
    ("私下交易存在很大风险，一定要走平台", "私下交易", True),      # a risk said to attach to the act: a warning
    ("这种投资有一定的风险，量力而行", "投资", True),
    ("私下交易得不到保障", "私下交易", True),
    ("保本保息，不存在风险", "保本保息", False),                   # 不存在风险 / 没有风险 are the promise itself
    ("保本保息，没有风险", "保本保息", False),
])
def test_a_clause_that_says_the_act_carries_a_risk_is_a_warning(text, word, mention):
    start = text.index(word)
    assert context.cautioned(text, start, start + len(word)) is mention


def test_a_disclaimer_said_on_someone_s_behalf_denies_too():
    text = "能不能过看自己，谁也不能替你打包票"
    assert context.negated(text, text.index("打包票"))
    text = "我敢替你打包票"
    assert not context.negated(text, text.index("打包票"))


@pytest.mark.parametrize("text", ["考试没通过全额退款", "未通过考试全额退款", "没有通过就免费重学"])
def test_a_refund_on_failing_stays_a_promise(matcher, text):
    # the not-obtained check reads only what stands right before the claim, so the failure itself is no denial
    assert "guarantee_claim" in categories(matcher, text)


# -- a buyer's complaint retells the broken promise -----------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("在网上被忽悠着买了理财，说是保本保收益，结果到期连本金都没拿回来", "保本保收益"),
    ("当初承诺的学区房名额，现在连学校大门都进不去", "学区房名额"),
    ("花了三万块做的祛斑，一点没好，太后悔了", "祛斑"),
])
def test_a_buyer_complaining_of_a_broken_promise_makes_no_claim(matcher, text, word):
    assert context.buyer_complaint(text, *_span(text, word))
    assert not categories(matcher, text) - {"disparagement"}


@pytest.mark.parametrize("text, category", [
    ("家人们别再被忽悠了，我们这款茶喝一个月就能降血压", "medical_claim"),     # the seller to the audience
    ("别家的都是骗人的，好多人被骗了，还是我们家的靠谱", "disparagement"),      # the put-down itself
    ("这款理财保本保收益，稳赚不赔", "guarantee_claim"),                       # no complaint at all
])
def test_a_seller_warning_of_being_taken_in_still_claims(matcher, text, category):
    assert category in categories(matcher, text)


# -- a promotion's end stated plainly ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "优惠价到今晚十点，十点以后恢复一百二十九，详情页上写着",
    "这个套餐的活动到12月31日，之后恢复门店价",
    "今天的团购价到晚上11点，11点以后恢复成59，页面上都有",
])
def test_an_offer_s_end_stated_as_a_time_with_its_everyday_price_is_no_urgency(matcher, text):
    assert context.stated_end_time(text, 0, 4)
    assert not categories(matcher, text) & {"false_urgency", "false_price"}


@pytest.mark.parametrize("text, category", [
    ("这个价只挂到十二点，过了十二点就涨回去了", "false_urgency"),      # pressure, and the price rises back
    ("今晚十二点以后恢复原价，想要的抓紧", "false_urgency"),           # 原价, and pressed
    ("原价三百九，今天一百九，十点以后恢复三百九", "false_price"),      # another reference price beside it
])
def test_an_end_time_said_with_pressure_or_beside_a_reference_price_still_counts(matcher, text, category):
    assert not context.stated_end_time(text, 0, 4)
    assert category in categories(matcher, text)


# -- an insult aimed at the viewer is vulgar, not a rival put down ---------------------------------------------------

@pytest.mark.parametrize("sentence, insult", [
    ("你那脖子又短又粗戴什么都像套了个狗圈", True),
    ("你家吃饭都靠低保吧没钱就闭上你那张臭嘴", True),
    ("别家的面膜都是三无产品你用了就烂脸", False),        # a rival named: the put-down stays one
    ("你那边外面那些店都是贴牌货", False),
])
def test_a_put_down_of_the_viewer_naming_no_rival_is_an_insult(sentence, insult):
    assert context.insults_the_viewer(sentence) is insult


@pytest.mark.parametrize("text", [
    "在那闲着的那位，你那脖子又短又粗，戴什么都像套了个狗圈",
    "你家吃饭都靠低保吧，没钱就闭上你那张臭嘴",
])
def test_the_classifier_calls_an_insult_of_the_viewer_vulgar(matcher, text):
    cats = categories(matcher, text)
    assert "vulgar" in cats and "disparagement" not in cats


# -- a superlative denied in its scope ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "这款不是市面上最便宜的，但用料扎实",
    "我们家不是网上最便宜的，贵在售后",
])
def test_not_the_cheapest_on_the_market_denies_the_superlative(matcher, text):
    assert not categories(matcher, text) & {"absolute_claim", "false_price"}


def test_a_scope_after_a_broken_clause_is_still_a_claim(matcher):
    assert "absolute_claim" in categories(matcher, "不是我吹，市面上最便宜的就是它")


def test_an_offer_s_end_with_the_price_changed_back_is_stated_too(matcher):
    text = "活动价到晚上十点结束，十点以后价格改回三百二十九"
    assert context.stated_end_time(text, 0, 4)
    assert not categories(matcher, text) & {"false_urgency", "false_price"}


def test_a_step_of_a_scale_is_no_unique_claim(matcher):
    assert "absolute_claim" not in categories(matcher, "度数从一百度到三百度，每五十度一档，按年龄选")


# -- session 35: denials the negation check missed, claims it let through -------------------------------------------

@pytest.mark.parametrize("text", [
    "这款不是是面上最便宜的，但用料扎实",          # Whisper's 是面上 for 市面上: the scope heard by sound
    "没有哪家能保证不掉色，洗的时候分开洗",          # nobody can promise it
    "没有谁敢说自己是行业第一",
    "我们家刀不是包用一辈子的，要定期磨",            # 包 between the negation and the promise
    "要说全网最便宜，这款真排不上",                  # raised to be conceded
    "论销量第一，我们还差得远",
])
def test_a_claim_denied_or_conceded_is_not_made(matcher, text):
    assert not categories(matcher, text) & {"absolute_claim", "false_price", "guarantee_claim"}


@pytest.mark.parametrize("text, category", [
    ("不是吹，是面上最便宜的就是它", "absolute_claim"),               # the sound of a scope alone denies nothing
    ("要说全网最低价还得是我们，别家都排不上", "absolute_claim"),    # the others concede, not the seller
    ("没有哪家比我们便宜，全网最低价", "absolute_claim"),
])
def test_a_denial_elsewhere_in_the_line_leaves_the_claim(matcher, text, category):
    assert category in categories(matcher, text)


@pytest.mark.parametrize("text, category", [
    ("你去商场问，人家开口就是四百五，咱们直播间只收八十九", "false_price"),
    ("拼夕夕上都卖三百多，我们今天一百二", "false_price"),
    ("花苗养死一盆赔十盆", "guarantee_claim"),                       # one faulty, N paid
    ("用我们的代充，封号的概率是零", "guarantee_claim"),            # failure said to have no chance
    ("这批真丝放着只会升值，现在囤几套等于投资", "guarantee_claim"),  # gains from keeping
    ("一位影帝来我们厂参观，当场订了十套", "false_endorsement"),    # a star's visit and order
    ("这款就是空气炸锅里的祖师爷", "absolute_claim"),               # the originator of its class
])
def test_kinds_added_in_session_35(matcher, text, category):
    assert category in categories(matcher, text)


@pytest.mark.parametrize("text", [
    "这款游戏的体力每五分钟恢复一点",
    "冬天老人家最需要的就是保暖",
    "奥运冠军都在用的护膝，我们同一个代工厂",
    "我们不卖假货，假一赔三",                    # the law's own floor, no promise beyond it
    "买书就等于投资自己",
])
def test_innocent_lines_near_the_new_kinds(matcher, text):
    cats = categories(matcher, text)
    assert not cats & {"false_urgency", "absolute_claim", "guarantee_claim", "false_price"}


def test_an_offer_s_end_with_the_price_back_at_a_clock_time_is_stated(matcher):
    """fresh13's host: the end given as a clock time and the price it returns to then (12点就恢复2499), Whisper
    having garbled the 结束 before it; a bare 恢复原价 at a time stays urgency."""
    assert not categories(matcher, "优惠券到今晚12点结束，我们12点就恢复2,499") & {"false_urgency", "false_price"}
    assert "false_urgency" in categories(matcher, "今晚12点就恢复原价，赶紧拍")
    assert not context.stated_end_time("新客价29.3元，下播后就恢复到98元/瓶", 0, 4)   # a price's 九点三 is no clock


@pytest.mark.parametrize("text, category", [
    # a case file relaying the seller's words as several quotations after one verb of saying
    ("经查，当事人在直播中宣称其净化器“净化能力全国第一”“零噪音”", "absolute_claim"),
    ("经查，该主播多次宣称“库存仅剩20台”“马上下架”", "false_urgency"),
    ("要是信号不好，差多少我按十倍给你补话费", "guarantee_claim"),    # the failure made good many times over
    ("这个护脊背心穿两个月，高低肩就掰正了", "guarantee_claim"),       # a posture fault promised fixed by a date
    ("腰椎间盘突出的，贴三个月就不用开刀了", "medical_claim"),        # the product in place of surgery
    ("孩子近视的，戴了以后度数就不涨了", "medical_claim"),
    ("失眠好多年的阿姨，换了这个枕头都能睡踏实", "medical_claim"),
])
def test_kinds_added_in_session_36(matcher, text, category):
    assert category in categories(matcher, text)


@pytest.mark.parametrize("text, category", [
    ("该主播在直播中使用“全网第一”“最低价”等绝对化用语", "absolute_claim"),       # a list of terms, named
    ("不少直播间打着福利的口号，声称“地板价”“骨折价”", "false_price"),          # a warning about a kind of seller
    ("这个颜色确实只剩六件了，后台库存大家看，补货要等两周", "false_urgency"),      # stock stated, restock given
    ("今天一共上了五百张卡，后台库存大家都能直接看到，卖完就是卖完了", "false_urgency"),
    ("十几年的颈椎病不是一个枕头能解决的，该做理疗做理疗", "medical_claim"),       # the cure denied inside the frame
    ("蜂胶不是万能的，那些说包治百病的别信", "medical_claim"),                   # others' claim, refuted
    ("平台提醒，任何让你私下转账、加个人微信的都不是我们，别上当", "off_platform"),  # a warning, not a lure
    ("这个项目不用开刀，恢复期短", "medical_claim"),                             # no disease, no surgery spared
])
def test_innocent_lines_near_session_36_kinds(matcher, text, category):
    assert category not in categories(matcher, text)


def test_stock_with_pressure_stays_urgency(matcher):
    assert "false_urgency" in categories(matcher, "只剩五件了，赶紧抢，补货要等一个月")
    assert "false_urgency" in categories(matcher, "今天这批锅厂家只给了三百口，卖完不补货了")


@pytest.mark.parametrize("text, category", [
    # a ninth hand's dev domains (session 37): kinds, each written afresh here
    ("洗脚盆泡不出效果你来直播间找我", "guarantee_claim"),          # the failure, then the seller answering for it
    ("零基础两周出单，没出单算我的", "guarantee_claim"),
    ("跟着我做，三年在城里全款买房不是梦", "guarantee_claim"),
    ("戴上这个护腰就再也不会腰肌劳损了", "guarantee_claim"),      # a complaint promised never to come
    ("老寒腿喝一个冬天都不用去医院", "guarantee_claim"),          # a season without falling ill
    ("敷两个月老年斑都能消", "guarantee_claim"),
    ("这款只在今晚这一场卖，以后店里都不会上架了", "false_urgency"),
    ("这个价是老板今晚临时给的，明天我自己都拿不到", "false_urgency"),
    # …and the read harvest hq43
    ("这把壶茶叶店里要卖到上万元，今天直播间只卖六百九", "false_price"),   # an approximate price elsewhere
    ("名额有限，欲报从速", "false_urgency"),
    ("拉五个人就能回本，后面收益还能翻倍", "guarantee_claim"),
])
def test_kinds_added_in_session_37(matcher, text, category):
    assert category in categories(matcher, text)


@pytest.mark.parametrize("text, category", [
    ("活动价到今晚十一点，页面上有倒计时，时间到了就回到日常价八十九", "false_urgency"),  # the page's own countdown
    ("优惠券到十二点失效，页面倒计时能看到", "false_urgency"),
    ("白色只剩九件，下一批是月底二十号到货，不着急的可以等", "false_urgency"),          # stock with its restock date
    ("这一期还剩八个名额，满了下一期是五月十号开课", "false_urgency"),
    ("之前有主播说阿胶能治贫血被罚了，所以我们不这么讲", "medical_claim"),          # others' claim, and its fine
    ("新闻里那家卖“量子保健鞋”的被罚了，我们不卖那种东西", "disparagement"),         # the news retold
    ("私下交易出了问题谁都保不了你，一律在直播间拍", "off_platform"),               # the harm, warned of
    ("坐顺风车一定不要私下交易，对乘客来说，私下交易都是一种伤害自身安全的行为", "off_platform"),
    ("平台规定不能引导大家加微信，有问题就在这里问", "off_platform"),
    ("有人问这个头盔是不是国家队认证的，不是啊，别乱传", "false_endorsement"),      # a viewer's question, answered no
    ("说实话，没有哪款洗面奶是最好的，适合自己最重要", "absolute_claim"),
    ("广告法不让说“最”，我就说它比较均衡", "absolute_claim"),
    ("泡脚盆代替不了治疗，脚气严重的还是要看医生", "medical_claim"),
    ("我们从来不说什么稳赚，做生意哪有稳赚的", "guarantee_claim"),
    ("跟你说能年轻十岁的，这种话都是骗人的", "disparagement"),
    ("头盔的最佳佩戴高度是眉毛上方两指", "absolute_claim"),                       # a tip, not a ranking
    ("这款前七天最低卖过三百二，价格记录详情页都能查到", "absolute_claim"),         # the law's own reference
    # …and near the read harvest's kinds
    ("喝碱性水能治百病，你信吗？", "medical_claim"),                                  # put to the listener to doubt
    ("有机构声称其课程“保证拿证”，这类承诺属于典型的虚假宣传", "guarantee_claim"),   # an example of a kind, judged
    ("店里要上千个人排队，我们这里只要十分钟", "false_price"),                         # a crowd, not a price
])
def test_innocent_lines_near_session_37_kinds(matcher, text, category):
    assert category not in categories(matcher, text)


def test_a_lure_with_the_risk_taken_on_stays_a_lure(matcher):
    assert "off_platform" in categories(matcher, "私下交易出了问题我负责，加我微信")
    assert "off_platform" in categories(matcher, "加我微信私下交易，没有任何风险")
    # a report's own quotation of what was punished stays the seller's words
    assert "vulgar" in categories(matcher, "据平台公告，某主播因直播中辱骂粉丝“狗东西”被封号七天")


def test_a_verb_and_its_particle_are_no_sound_alike_slot(matcher):
    """吵了 sounds like 潮热 (r/l): a two-syllable sound-alike holding 了, 的, 着 … is the text's own word."""
    hits = matcher.match("吵了半天架，喝杯茶就好了")
    assert not [h for h in hits if h.how == "frame" and any(text == "吵了" for _, text in h.slots)]
    assert "medical_claim" in categories(matcher, "潮热盗汗的姐妹，喝一个月就好了")



def test_a_case_s_own_verdict_keeps_the_quoted_claim(matcher):
    assert "medical_claim" in categories(matcher, "经查，当事人在直播中宣称“这款枕头能治颈椎病”，构成虚假广告。")
    assert "medical_claim" in categories(matcher, "能治百病，你信吗？真的能！")


@pytest.mark.parametrize("text, category", [
    # the read harvest hq45 (session 38): kinds, each written afresh here
    ("投五百返六百", "guarantee_claim"),                      # a stake and a bigger sum back
    ("多投多返，上不封顶", "guarantee_claim"),
    ("这张收藏证书具有至高无上的权威", "absolute_claim"),
    # …and the fresh14 recordings (read after they were scored once)
    ("谁能找到比它还温和的染发膏，我当场把头发剃光", "absolute_claim"),     # a dare nobody can take up
    ("我们这款是全网最多人买的", "absolute_claim"),                        # 最多 with a scope is a ranking
])
def test_kinds_added_in_session_38(matcher, text, category):
    assert category in categories(matcher, text)


@pytest.mark.parametrize("text, category", [
    ("充一百返十块钱的券，下单直接抵扣", "guarantee_claim"),                   # a shop's voucher, no investment
    ("这批货价格甚至高的离谱，我们不进", "absolute_claim"),                     # 甚至 + 高, not 至高
    ("官方客服绝不会通过QQ、微信联系你，遇到了就是骗子", "off_platform"),        # the channels between denial and claim
    ("没有哪款面霜能让皱纹全部消失", "medical_claim"),                           # no such product can
    ("没有那么神的面霜能让皱纹全部消失", "medical_claim"),
    ("邻居大姐买了号称能治颈椎病的枕头，睡了半年还是疼", "medical_claim"),       # a hedged claim describing a thing
    ("通过率只是参考历年的招生标准", "vulgar"),                                   # 历年的 is a word, no misheard 你娘的
    ("停留时间最长别超过三十分钟，时间一到就冲掉", "absolute_claim"),            # a limit advised
    ("这期名额就放五十个，下一期什么价我都不敢说", "off_platform"),               # a price, no misheard 加我
    ("活动价到今晚十点整结束，十点以后按店铺日常价一百三十九一盒", "false_urgency"),  # the end and the price then
    ("这个国动价道今晚10点正结束,10点以后按电铺日长加139亿盒。", "false_urgency"),    # …as Whisper printed it
    ("这个东西不能改替治疗,已经有其中问题了,请尊一主。", "medical_claim"),           # 不能代替治疗, as Whisper printed it
])
def test_innocent_lines_near_session_38_kinds(matcher, text, category):
    assert category not in categories(matcher, text)


@pytest.mark.parametrize("text, category", [
    # the read harvest hq47 and the fresh15 recordings (session 39): kinds, each written afresh here
    ("这套生肖票全国独此一套", "absolute_claim"),                          # the only one there is
    ("能跟它打个平手的吹风机，一个都没有", "absolute_claim"),               # nobody fit to match it
    ("别的直播间都给不到这个价", "false_price"),                           # the price nobody else can give
    ("谁能尝出这蜂蜜里兑了糖，我倒贴你五万", "guarantee_claim"),            # a buyer's palate as the test, a sum staked
    ("这批老酒只有存量，没有产量", "false_urgency"),
    ("倒数十秒开抢。抢不到的明年再来", "false_urgency"),                    # the loss after the full stop Whisper writes
    # …and the fresh16 recordings (read after they were scored once)
    ("中国营养学会的专家都点过头的配方，你说靠不靠谱", "false_endorsement"),  # approval by a nod; 靠不靠谱 asks, no verdict
    ("央视的美食节目专门拍过我们的厨房", "false_endorsement"),
    ("喝过我们的，别的都是刷锅水", "disparagement"),                          # "the others", the kind left unsaid
    ("你要是找着比它还安静的风扇，我这台白送你", "absolute_claim"),
    ("整个镇上就我们院子能看见日出", "absolute_claim"),                        # the only place that can
    ("失眠的朋友来住三天，回去倒头就睡", "guarantee_claim"),                   # a cure by the clock, across a comma
    ("便秘的喝一瓶，当天就通", "guarantee_claim"),
])
def test_kinds_added_in_session_39(rule_matcher, text, category):
    assert category in categories(rule_matcher, text)


@pytest.mark.parametrize("text, category", [
    ("涉及中药材之效能者：例句：补肾。健脾。养胃。活血。化瘀。", "medical_claim"),   # a regulator's list of example wordings
    ("七天无理由退换，有任何问题联系客服处理。还在犹豫的可以先加购", "false_price"),   # customer service, no clearance sale
    ("你那眼神是真不行，回家多吃点核桃吧", "medical_claim"),                       # 是真 is two words, no misheard 湿疹
    ("这个钙补进去比持要还管用", "vulgar"),                                          # 比吃药 as Whisper printed it
    ("温度分三档，最高也就四十二度左右", "absolute_claim"),                            # a bound, not a ranking
    ("周六还剩两间，周日还多，想周日来的不用急", "false_urgency"),                      # stock told, nobody pressed
    ("整个过程就我们自己能看到", "absolute_claim"),                                    # 过程 heard as 国城 is no scope
    ("大家都在探索攻克癌症的办法，这人真有这么神吗？", "medical_claim"),                 # a claim asked about in doubt
])
def test_innocent_lines_near_session_39_kinds(heard_matcher, text, category):
    assert category not in categories(heard_matcher, text)


def test_a_price_list_by_count_is_no_price_comparison(matcher):
    """一盒…两盒…: amounts for two counts of one thing, no word of an offer (the text model called it a false price)."""
    assert "false_price" not in categories(matcher, "一盒九十九，两盒一百八十九，自己算算划不划算")
    assert "false_price" in categories(matcher, "外面一盒九十九，我们这两盒才一百")


def test_a_countdown_alone_is_no_rule_s_urgency(rule_matcher):
    """A countdown to the link states nothing false; the loss said with it is the pressure."""
    assert "false_urgency" not in categories(rule_matcher, "现在是晚上八点整，倒数五秒上链接")
    assert "false_urgency" not in categories(rule_matcher, "来，三二一上车")
    assert "false_urgency" in categories(rule_matcher, "倒数五秒上链接，晚一秒就没了")


@pytest.mark.parametrize("text", [
    "唯一台唯一台,再到T0百块。",                       # 我一台换一台，再倒贴五百块, as Whisper printed it
    "自己不会搭海怪帐篷,唯一颠去。",                    # …滚一边去
    "唯一科陪三科,活乎两算我的",                        # 死一棵赔三棵
])
def test_whisper_s_wei_yi_for_wo_yi_is_no_claim(matcher, text):
    assert "absolute_claim" not in categories(matcher, text)


@pytest.mark.parametrize("text", ["唯一指定供应商就是我们", "唯一一家敢这么做的", "我们是唯一能做到的", "这是全网唯一一款"])
def test_an_only_that_goes_on_as_a_claim_stays_one(matcher, text):
    assert "absolute_claim" in categories(matcher, text)


def test_a_denial_of_the_means_does_not_deny_a_lure(matcher):
    assert "off_platform" in categories(matcher, "我们不会通过平台，直接加我微信")
    assert "off_platform" in categories(matcher, "我从不通过别人，直接加我微信")
    assert "off_platform" in categories(matcher, "你不会用淘宝的话加我微信")          # can't use it, not won't
    assert "medical_claim" in categories(matcher, "我们这个枕头能治颈椎病的，大家放心")


@pytest.mark.parametrize("text, category", [
    # the read harvests hq51 and hq53 and the fresh17 recordings (session 40): kinds, each written afresh here
    ("每天早上嚼两颗这个山楂干，还你少女身材", "medical_claim"),             # a figure, not a weight, from a food
    ("我们可以给您二十岁的腰身", "medical_claim"),
    ("关节炎患者的好帮手，天天泡", "medical_claim"),                        # the disease group's companion
    ("这款润喉糖能消除咽喉不适", "medical_claim"),                          # an organ's discomfort relieved
    ("孩子说话结巴，上两个月课就给调过来了", "medical_claim"),
    ("这个酒喝完，男人晚上都不一样了", "medical_claim"),                    # potency only hinted
    ("入伙这个项目，每个月百分之八的回报", "guarantee_claim"),               # a monthly rate promised
    ("投两万进来，半年拿回六万", "guarantee_claim"),                        # a stake multiplied
    ("这个基金最少也有五倍收益", "guarantee_claim"),
    ("这个康养中心是我们跟卫健委联合投资的", "false_endorsement"),            # an authority's money said to be in it
    ("不买够一万块，今天谁也别想下车", "vulgar"),                            # a guide's shopping quota by threat
    ("这价钱你去古玩城转一圈，没一家敢卖出来", "false_price"),               # nobody there dares quote it
    # …and the fresh18 recordings, scored once with the rules above, then read
    ("这个价，你逛遍整个批发市场也找不着第二家", "false_price"),              # nowhere a second, across a comma
    ("下了播这价就回到三百八", "false_price"),                               # the price back after the stream
    ("今年酒厂只放出来三百箱", "false_urgency"),                             # the supplier's allotment
    ("跟着我们的冲刺班学完，上岸这事你就别操心了", "guarantee_claim"),       # the result taken off one's mind
    ("这点题都做不对，你们也就配去搬砖", "vulgar"),                           # fit only for the lowest work
    # …and the read harvest hq55
    ("这套纪念币收着，过半年价格就可翻一倍", "guarantee_claim"),              # a rise said as sure, with 就可
    ("不买是吧，回头我叫你们吃不了兜着走", "vulgar"),                          # a buyer threatened
    ("别家的染发膏会导致皮肤过敏，我们的不会", "disparagement"),               # a rival's goods said to harm
    ("老中医的秘方，专门治咳喘", "medical_claim"),
    ("这项技术是国际首例", "absolute_claim"),
])
def test_session_40_kinds(heard_matcher, text, category):
    assert category in categories(heard_matcher, text)


@pytest.mark.parametrize("text, category", [
    ("这件男士睡衣晚上穿着都不一样了", "medical_claim"),                    # clothes, not potency
    ("降温天让你出不了门也不怕，这个暖风机够劲", "vulgar"),                   # weather, not a threat
    ("练了半年普拉提，终于有了小蛮腰", "medical_claim"),                    # training gives the figure
    ("我一紧张说话就结巴", "medical_claim"),                                # a stammer told, nothing cured
    ("这只基金去年的年化收益是百分之三", "guarantee_claim"),                 # a past yearly figure
    ("如有不适，请立即停用", "medical_claim"),                              # 不适 alone is no disease
    ("有个同行就因为说什么国家级最好，这种话咱不说", "absolute_claim"),       # a wording disowned
    ("总有人问能不能保证过，我跟你说，谁都保证不了", "guarantee_claim"),      # a promise denied
    ("这个不一定是最好的，但是配料表我一个个念给你们听", "guarantee_claim"),  # 念给你 is telling, not 退给你
    ("我们不标什么原价划线价，三百九就是三百九", "false_price"),              # a reference price disowned
])
def test_innocent_lines_near_session_40_kinds(heard_matcher, text, category):
    assert category not in categories(heard_matcher, text)


def test_a_warranty_is_no_allotment(rule_matcher):
    """厂家只给了我们一年质保 sounds like the allotment 厂家只给了我们一批; the years of a warranty are not stock."""
    assert "false_urgency" not in categories(rule_matcher, "厂家只给了我们两年的质保")
    assert "false_urgency" in categories(rule_matcher, "这一批酒厂只放出来两百箱")


def test_a_free_event_promised_is_no_rule_s_guarantee(rule_matcher):
    """保证不收费 promises no charge, not an outcome (the text model still leans to guarantee on it)."""
    assert "guarantee_claim" not in categories(rule_matcher, "这场演出保证不收任何费用")
    assert "guarantee_claim" in categories(rule_matcher, "这场课保证你不会再挂科")


def test_a_hinted_change_is_potency_only_of_a_man_named(rule_matcher):
    """都不一样了 at night hints at potency only of 男人/老公/老爷们…; 他 may be a child who sleeps better."""
    assert "medical_claim" in categories(rule_matcher, "这个酒喝完，老公晚上都不一样了")
    assert "medical_claim" not in categories(rule_matcher, "宝宝换了这个枕头，他晚上睡觉都不一样了")


@pytest.mark.parametrize("text, category", [
    # the read harvests hq57, hq59, hq61, hq63 and the fresh20 and fresh21 recordings (session 41): kinds, each written
    # afresh here
    ("喝了这款茶，脂肪无处附着，自然就瘦了", "medical_claim"),            # the fat said to go, named first
    ("睡前把它贴在肚脐上，一觉醒来就变瘦", "guarantee_claim"),           # a night as the period
    ("我们学校去年的本科达线率百分之九十二", "guarantee_claim"),         # a pass rate
    ("这是政府扶持的投资项目，大家放心", "false_endorsement"),             # the state behind a project
    ("在家躺着就能月入过万，动动手指的事", "guarantee_claim"),            # money for no effort
    ("年底保底能赚回来三万", "guarantee_claim"),
    ("老板不计成本，就为交个朋友", "false_price"),
    ("名额有限，机会难得", "false_urgency"),
    ("这种增高鞋垫，穿三个月增高五公分", "guarantee_claim"),              # a height gain in figures
    ("这个价你走遍整个市场都找不着", "false_price"),                     # searched everywhere in vain
    ("全省最多药店选用的品牌", "absolute_claim"),                         # a region's scope
    ("你的屁股真翘，看得我心痒", "vulgar"),
    ("这个霜每天按摩，能把胸按大", "medical_claim"),
    ("喝完这个酒，晚上那方面杠杠的", "medical_claim"),                    # 那方面 is the hint
    ("啤酒肚的大哥，拿它代晚饭，一个月肚子就平了", "medical_claim"),      # a body part's fat said to go
    ("坚持喝两个月，扔掉拐杖不是梦", "guarantee_claim"),                  # walking again promised
    ("这个配方是从军工研究所里出来的", "false_endorsement"),
    ("拿到这个价不容易，专柜同款挂着八百多", "false_price"),               # ours first, then the shop's price
    ("想一起减肥打卡的，到我的绿泡泡来", "off_platform"),
    ("你眼睛是摆设吗，这纹路看不清？", "vulgar"),
    ("这个品种的苗，全国都找不着对手", "absolute_claim"),               # no rival in a whole scope
])
def test_session_41_kinds(heard_matcher, text, category):
    assert category in categories(heard_matcher, text)


@pytest.mark.parametrize("text, category", [
    ("我跑了十年车，一个月最低也有八千", "absolute_claim"),                  # a floor on income, no ranking
    ("这件衣服拉伸五厘米都不变形", "guarantee_claim"),                      # a fabric's stretch
    ("夏天冰着喝最舒服，冬天温着喝", "absolute_claim"),                      # how best to drink it
    ("这次学习机会难得，大家认真做笔记", "false_urgency"),
    ("好几家饭店的大厨私下找我订的", "off_platform"),                       # a story, not a lure
    ("过敏体质的先戴一会儿试试，不舒服就摘", "medical_claim"),               # caution
    ("吃完饭小肚子鼓起来了，过一会就好", "medical_claim"),                  # bloating, not slimming
    ("苦瓜茶是我们店的控油明星", "false_endorsement"),                       # a star product, no star
])
def test_innocent_lines_near_session_41_kinds(rule_matcher, text, category):
    assert category not in categories(rule_matcher, text)


@pytest.mark.parametrize("text, category", [
    # the read harvests hq65, hq67, hq69, hq71 and the fresh22 recordings (session 42): kinds, each written afresh here
    ("用了我们的眼霜，至少年轻8岁", "guarantee_claim"),                   # age turned back by a figure
    ("这款白茶喝不出兰花香算我输", "guarantee_claim"),                   # a wager on the result
    ("这个膏药，顽固的湿疹九十天断尾", "guarantee_claim"),                # 断尾 is Cantonese for 断根
    ("两个星期瘦8磅，不用节食", "guarantee_claim"),                       # pounds, as Hong Kong ads count
    ("这款代餐粉越吃越瘦", "guarantee_claim"),
    ("纯植物的染发膏，不伤身体", "guarantee_claim"),                      # harmless, promised
    ("在店里消费满一年，所有花费年底全额返还", "guarantee_claim"),        # everything spent back
    ("存三年，到期本金如数退还，利息每月先付", "guarantee_claim"),
    ("跟着我们信号操作的，上个月没一个亏钱的", "guarantee_claim"),        # nobody who followed lost
    ("这个护腰现在是店里卖得最好", "absolute_claim"),                     # 最好 as the predicate
    ("这家的技术领先全球", "absolute_claim"),                             # 世界领先 turned round
    ("这套邮票是有史以来首套带防伪码的", "absolute_claim"),
    ("这把紫砂壶是第七代传承人亲手做的", "false_endorsement"),           # a heritage title vouching
    ("我们是社区净水普及惠民工程，只收安装费", "false_endorsement"),      # a sale dressed as a programme
    ("年底了，店里羽绒服亏本大甩卖", "false_price"),                     # a clearance at a loss
    ("把泡脚水里的黑渣一看，就知道毒素都被逼出来了", "medical_claim"),    # toxins named first
    ("颈椎里长了骨刺的大姐，这个就是给你们准备的", "medical_claim"),
    ("输了钱就哭，自己手贱怪谁", "vulgar"),
    # …and the second harvest hq73, hq75, hq77, hq79 and the fresh23 recordings
    ("专卖店什么价你们自己查，我们比专卖店少五百", "false_price"),        # a margin under a named elsewhere
    ("控糖的朋友放心喝，零蔗糖", "medical_claim"),                       # blood sugar named by its diet
    ("艾草做的，孕妇贴也伤不着身子", "guarantee_claim"),
    ("跟着练一个月，比赛就稳了", "guarantee_claim"),                     # a result everyone is sure of
    ("犹豫半天的大爷，棺材本留着干嘛", "vulgar"),                        # contempt for an elderly buyer
    ("嫌贵就滚，没人求你买", "vulgar"),
    ("你毛都没长齐，还来跟我讲价", "vulgar"),                           # a person told they are too young
    ("这个热玛吉效果能维持五年", "guarantee_claim"),                     # an effect said to last years
    ("做完不会红肿，当天就能上班", "guarantee_claim"),                   # a procedure promised no mark
    ("投资5万，半年就能拿到1万分红", "guarantee_claim"),                 # sum in, period, sum back
    ("两个月轻了3.5千克，一点不反弹", "guarantee_claim"),
])
def test_session_42_kinds(heard_matcher, text, category):
    assert category in categories(heard_matcher, text)


def test_a_cure_by_date_is_a_promise_and_a_treatment_claim(heard_matcher):
    """One hit, both categories: the promised date makes the guarantee, the cure the medical claim (categories)."""
    hits = [h for h in heard_matcher.match("这个膏药，顽固的湿疹九十天断尾") if h.rule_id == "gua-cure-by-date"]
    assert hits and hits[0].categories[:2] == ("guarantee_claim", "medical_claim")


@pytest.mark.parametrize("text, category", [
    ("姐，你穿这件看起来年轻十岁", "guarantee_claim"),                    # a compliment on looks
    ("这个病一般要三个月才能痊愈，别急", "guarantee_claim"),              # how long healing takes
    ("想要效果好，最好先做个皮试", "absolute_claim"),                     # 最好 as advice
    ("以旧换新有国家补贴，下单自动减", "false_endorsement"),              # a real subsidy
    ("我手贱又下单了一件", "vulgar"),                                     # said of oneself
    ("买一单就送一个收纳袋", "guarantee_claim"),
    ("这台空调的最低运行功率是一百二十瓦", "absolute_claim"),            # a rated floor
    ("我以前也买不起，攒了半年钱才买的", "vulgar"),                       # one's own past
    ("还没有这类产品的国家级强制性标准", "absolute_claim"),              # a kind of standard
    ("脱离平台进行交易不在平台的保障范围内", "off_platform"),             # the platform's own warning
    ("这个回本价已经很低了", "false_price"),                              # the text set's convention: no claim
    ("这批小鸡苗的毛还没长齐，要放保温箱", "vulgar"),                     # a chick's feathers
    ("这件衣服的价格最贱，九块九", "vulgar"),                             # 最贱 is no 嘴贱
    # new terms heard alike by sound, which phrases and patterns are matched by as well
    ("上完课有不懂的地方，老师都问了", "guarantee_claim"),                # 问了 is no 稳了
    ("我们比外面少收一点运费", "false_price"),                            # a little less is no margin
    ("一人推荐一个好物给大家", "false_endorsement"),                      # 一人推荐 is no 艺人推荐
    ("临北的朋友们晚上好", "vulgar"),                                     # 临北 is no 林北
])
def test_innocent_lines_near_session_42_kinds(rule_matcher, text, category):
    assert category not in categories(rule_matcher, text)


@pytest.mark.parametrize("text, category", [
    # the read harvest hq81, hq83, hq85, hq87 (session 43): kinds, each written afresh here
    ("有病治病，没病强身，这个水全家都能喝", "medical_claim"),             # a cure of everything claimed
    ("这个灯对一百多种疾病都有效果", "medical_claim"),
    ("来我们店里理疗的，十个人里有八个都见效", "guarantee_claim"),        # a cure rate told in counts
    ("这个锅现在特别抢手，家人们赶紧拍", "false_urgency"),               # demand as the pressure
    ("这款理财很抢手，建议马上认购", "false_urgency"),
    ("这个险种什么病都能赔", "guarantee_claim"),                          # blanket cover
    ("交满十年，期满返还全部本金", "guarantee_claim"),                    # the principal back at term
    ("年底清库存，实木床甩卖突破价格底线", "false_price"),               # the price floor said broken
    # …the fresh24 recordings and the second harvest hq89, hq91, hq93, hq95
    ("腰椎不好的大姐，天天坐这个凳子，个把月就利索了", "guarantee_claim"),  # a span of time as the promise
    ("老伴睡不踏实的，枕这个枕头就睡沉了", "medical_claim"),               # sleep trouble hinted, then cured
    ("整个行业没有一家做得出这种手感", "absolute_claim"),                 # nobody in a whole trade
    ("省里医院的护士都喝我们家的茶", "false_endorsement"),                # an authority using the goods
    ("这个釉色厂家说以后不生产了", "false_urgency"),                       # discontinued from now on
    ("这套沙发结实，小两口怎么折腾都不响", "vulgar"),                     # innuendo about a couple
    ("不给钱你别想活着出去", "vulgar"),                                   # a threat on one's life
    ("第一个疗程没好的，免费给你治，直到治好为止", "guarantee_claim"),     # treatment until cured
    ("跟着老师的稳赢策略，一年翻倍", "guarantee_claim"),                  # a certain win
])
def test_session_43_kinds(heard_matcher, text, category):
    assert category in categories(heard_matcher, text)


def test_a_cure_rate_in_counts_is_a_promise_and_a_treatment_claim(heard_matcher):
    """One hit, both categories (categories): 十个里有八个见好 promises a result and claims a treatment."""
    hits = [h for h in heard_matcher.match("吃了我们这个的，十个里有八个见好") if h.rule_id == "gua-cure-count"]
    assert hits and hits[0].categories[:2] == ("guarantee_claim", "medical_claim")


@pytest.mark.parametrize("text, category", [
    ("宠物有问题可以换一只，但不承诺退款", "guarantee_claim"),            # a refund refused
    ("没有质量问题的不接受退款", "guarantee_claim"),
    ("明天有人去你家上门回收旧家电", "vulgar"),                           # a collector's visit
    ("这款香水是我们设计师的最爱", "absolute_claim"),                     # someone's favourite
    ("这个颜色很抢手，我们已经补了很多货", "false_urgency"),              # demand without pressure
    ("库存紧张的话，我们会尽快补货", "false_urgency"),                     # the seller acts, not the buyer
    ("吸烟和两百多种疾病有关", "medical_claim"),                          # a health fact
    ("世上没有包治百病的东西", "medical_claim"),
    ("十个人里有九个都说好吃", "guarantee_claim"),                        # taste, not a cure
    ("做人不能突破底线", "false_price"),
    ("这批猪肉三天就没了", "guarantee_claim"),                              # stock, not a complaint
    ("有一个最笨的办法，就是多练", "absolute_claim"),                     # the simplest way
    ("他们家的服务态度很好", "guarantee_claim"),                          # heard as 假的…封号
    ("免费给大家检查身体，不要挂号", "guarantee_claim"),
    # new terms heard alike by sound, which phrases and patterns are matched by as well
    ("最后我们再玩一个小游戏", "false_urgency"),                          # 再玩 is no 再晚
    ("金巧的手艺，大家赶紧来看", "false_urgency"),                         # 金巧 is no 紧俏
    ("文英老师的课今晚开讲", "guarantee_claim"),                           # 文英 is no 稳赢
    ("王民正老师推荐这本书", "false_endorsement"),                         # 民正 is no 民政
])
def test_innocent_lines_near_session_43_kinds(rule_matcher, text, category):
    assert category not in categories(rule_matcher, text)


@pytest.mark.parametrize("text, category", [
    # the read harvest hq97, hq99, hq101, hq103, hq105, hq107 (session 44): kinds, each written afresh here
    ("跟着群里的老师，每周稳稳有八个点的收益", "guarantee_claim"),         # a rate in points per period
    ("这个币上了交易所至少有三十倍的溢价", "guarantee_claim"),             # a multiple as a premium
    ("这批纪念钞收着，过两年转手就能赚一笔", "guarantee_claim"),           # a resale at a profit
    ("在家串珠子，每串一条手链可赚三块", "guarantee_claim"),              # a piece rate as easy money
    ("买下这间铺面，每个月坐收一万二", "guarantee_claim"),                # money while sitting
    ("这个艾草贴敷上，各种毛病全都没了", "medical_claim"),                # every illness gone
    ("这款小米粥专门调理脾胃", "medical_claim"),                          # the digestion tuned
    ("这个精华一涂无痘，第二天就见效", "guarantee_claim"),                # one application, nothing left
    ("哺乳期的宝妈也可以放心吃", "guarantee_claim"),                      # safety for the most fragile
    ("戴这副眼镜三个月，视力能回升到五点零", "guarantee_claim"),          # eyesight back to a figure
    ("我们的老师能帮你家孩子考上重点高中", "guarantee_claim"),            # admission as the seller's doing
    ("这种老料以后就是绝版了，喜欢的早点下定", "false_urgency"),          # settle early
    # …and the fresh25 recordings
    ("说到保温，这一行没人够得着我们这个杯子", "absolute_claim"),          # nobody in this trade reaches it
    ("挑了一圈，真能打的就我们这一款", "absolute_claim"),                  # the only one that holds up
    ("进口大牌的吹风机见了它都得让道", "disparagement"),                  # a rival kind told to give way
    ("老寒腿的大爷，穿一冬天准不疼了", "guarantee_claim"),                # the promise in one syllable
    ("更年期那种一阵阵潮热，喝了都压得住", "medical_claim"),              # the complaint held down
    ("怀孕的时候喝，肚里的娃更壮实", "medical_claim"),                    # a stronger unborn child
    # …and the second read harvest hq109, hq111, hq113, hq115, hq117, hq119
    ("这口铁锅放心买，用上二三十年没问题", "guarantee_claim"),             # decades of use promised
    ("上完这期课，能明显提高孩子的记忆力", "guarantee_claim"),            # a child's mind promised better
    ("坚持做这个训练，帮孩子早日摘掉眼镜", "guarantee_claim"),            # glasses said to come off
    ("这款眼贴每天敷一敷，能慢慢降低度数", "medical_claim"),              # myopia said to recede
    ("这个防辐射围裙能屏蔽99%的电磁波辐射", "guarantee_claim"),           # radiation blocked to the last fraction
    ("敷完这一贴，湿疹也好了", "guarantee_claim"),                        # a finished course, the complaint gone
    ("这个项目明年挂牌，现在入股就能升值赚钱", "guarantee_claim"),        # a rise and a profit promised
    ("这次庙会就开三天，错过了要再等六十年", "false_urgency"),            # a wait of decades
    ("这块表原价3万，今天给你打个八折", "false_price"),                   # a reference price in thousands
    ("我师父是这套针法的唯一传人", "false_endorsement"),                  # the sole heir of a master
])
def test_session_44_kinds(rule_matcher, text, category):
    assert category in categories(rule_matcher, text)


@pytest.mark.parametrize("text, category", [
    ("别想着转手赚差价，喜欢再收", "guarantee_claim"),                    # a resale talked down
    ("每卖一件我们才赚两块钱", "guarantee_claim"),                        # the seller's thin margin
    ("这个杯子用了三年，什么毛病都没有", "medical_claim"),                # goods that never broke
    ("调理肠胃还是要去医院看医生", "medical_claim"),                      # advice, not a claim
    ("伪劣兽药中约九成无任何疗效", "medical_claim"),                      # no effect at all
    ("我这边能给您的最低价是五十六万", "absolute_claim"),                 # a haggler's floor
    ("宝宝可以放心玩，边角都是圆的", "guarantee_claim"),                  # play, not a body
    ("视力下降到零点五就要配眼镜", "guarantee_claim"),                    # a fall, not a promise
    ("一擦就干净的抹布", "guarantee_claim"),
    ("真能打的选手都在外面", "absolute_claim"),
    ("见到老师都要问好", "disparagement"),
    ("想要的早点下单，明天就发货", "false_urgency"),
    # new terms heard alike by sound, which phrases and patterns are matched by as well
    ("这台车开了十几年都没问题", "guarantee_claim"),                      # a past told, not a promise
    ("睡觉前记得摘掉眼镜", "guarantee_claim"),
    ("如何提高孩子的专注力", "guarantee_claim"),                          # a question, no promise
    ("错过了这班车还得等二十分钟", "false_urgency"),
    ("这个病的治愈率是多少，要问医生", "guarantee_claim"),
    ("左手一个，右手一个", "guarantee_claim"),                            # 左手 is no 坐收
])
def test_innocent_lines_near_session_44_kinds(rule_matcher, text, category):
    assert category not in categories(rule_matcher, text)


@pytest.mark.parametrize("text, category", [
    # the read harvest hq121, hq123, hq125, hq127, hq129, hq131 (session 45): kinds, each written afresh here
    ("这套听力课坚持听一个月，就能练出超强记忆力", "guarantee_claim"),    # a child's mind transformed
    ("用了我们的学习灯，孩子的右脑就会被激活", "guarantee_claim"),
    ("报了这个班，数学成绩就会蹭蹭往上涨", "guarantee_claim"),
    ("不用上课也能拿到本科文凭，交钱就行", "guarantee_claim"),            # a credential without the study
    ("我们有免考渠道，半年拿证", "guarantee_claim"),
    ("论文交给我们，两个月就能见刊", "guarantee_claim"),                  # a paper placed by date
    ("这个半永久唇做完不疼不肿不掉痂", "guarantee_claim"),                # a procedure without its aftermath
    ("这幅字画以后转手出售就能获利", "guarantee_claim"),                  # a resale at a profit
    ("只要拿下这个证书，就能拿到高工资", "guarantee_claim"),              # a high wage as the sure outcome
    ("这款红参片常年吃，能改善你的体质", "medical_claim"),                # the constitution changed
    ("和田玉戴久了，玉养人", "medical_claim"),
    ("我这块表是正宗的军品，一般人买不到", "false_endorsement"),
    ("这款理财每年承诺百分之十二的收益", "guarantee_claim"),            # a return promised as a rate
    ("在家每天点点赞就有佣金", "guarantee_claim"),                        # easy tasks said to pay
    ("万一卖不掉，您也不会有任何损失", "guarantee_claim"),                # no loss whatever happens
    ("正规医院那边都是坑人的，我们这里实在", "disparagement"),            # medicine itself run down
    ("去医院输液全都有副作用，还是喝我们的汤", "disparagement"),
    # …and the second read harvest hq133, hq135, hq137, hq139, hq141, hq143
    ("另外还有两个客户也看中了这套房，您得快点定", "false_urgency"),      # another buyer about to take it
    ("如果不马上交定金，这个车位就会被别人订走", "false_urgency"),
    ("这款钙片销量已经二十多万瓶了", "false_urgency"),                    # a sales figure in tens of thousands
    ("商场即将结业，全场三折", "false_price"),                            # a closing said to be near
    # …and the fresh26 recordings
    ("那些卖假货的，良心早就喂了狗", "vulgar"),
    ("这一波卖完就回到三百九", "false_price"),                            # the stock sets the date
])
def test_session_45_kinds(rule_matcher, text, category):
    assert category in categories(rule_matcher, text)


@pytest.mark.parametrize("text, category", [
    ("伤口拆线以后现在不红不肿了", "guarantee_claim"),                    # a wound that healed, told
    ("说话不痛不痒的，没意思", "guarantee_claim"),
    ("你们的期刊知网可查吗", "guarantee_claim"),                          # a question
    ("这孩子的大脑开发得很好", "guarantee_claim"),
    ("想着转手获利的，劝你别买", "guarantee_claim"),
    ("要改善体制机制", "medical_claim"),                                  # 体制 is no 体质
    ("寒性体质的人少吃生冷", "medical_claim"),
    ("能够让宝宝学会游泳自救", "guarantee_claim"),                        # 宝宝学会 is no 包学会
    ("发货会用纸箱包好，压坏了可以补发", "guarantee_claim"),              # wrapped, not promised
    ("还对健康没效果，我要求他们全额退款", "guarantee_claim"),            # a buyer's demand
    ("目前没有确切证据证明它有预防近视的作用", "medical_claim"),          # no evidence that it does
    ("没有任何形式的保证录取渠道", "guarantee_claim"),
    ("客服不会要求你私下转账", "off_platform"),                           # what is asked, denied
    ("谨慎添加陌生好友，不要轻信", "off_platform"),                       # advice to be wary
    ("头部主播都在争夺“全网最低价”", "absolute_claim"),                   # a prize fought over, named
    ("某甲公司承诺整车质量符合生产厂家的出厂标准", "disparagement"),      # a court's masked name; 厂家的 is no 掺假的
    ("别的客户看中了另一款颜色", "false_urgency"),
    ("其他人也对这个感兴趣的话，可以点个关注", "false_urgency"),           # an invitation, not a rival buyer
    ("改变体质需要长期锻炼", "medical_claim"),                            # advice
    ("医院的医生都很负责，有病要去看", "disparagement"),
    ("去年收益一万多，不算多", "guarantee_claim"),                        # a past told
])
def test_innocent_lines_near_session_45_kinds(rule_matcher, text, category):
    assert category not in categories(rule_matcher, text)


# Session 46: kinds read in the read half of the harvest of farm inputs, games and draws, home renovation, agencies,
# farm produce and appearance services (hq145-hq155, the odd ones); each line written here in other words.
@pytest.mark.parametrize("text, category", [
    ("十连抽必出传说皮肤", "guarantee_claim"),                              # a prize promised by the draw itself
    ("这款盲盒开盒必中限定款", "guarantee_claim"),
    ("每五发必出稀有卡", "guarantee_claim"),
    ("百分之百抽中最新款手机", "guarantee_claim"),
    ("交了会费包成功娶到媳妇", "guarantee_claim"),                          # a partner promised
    ("没多久就帮你找到合适的伴侣", "guarantee_claim"),
    ("三个月内就能找到对象", "guarantee_claim"),
    ("这个新品种亩产能到八千斤", "guarantee_claim"),                        # a yield in figures
    ("玉米单产1500公斤以上", "guarantee_claim"),
    ("产量是普通品种的三倍", "guarantee_claim"),
    ("养殖户放心，我们承诺按每斤30元回收", "guarantee_claim"),              # a buy-back at a price
    ("公司保证以市场价回购", "guarantee_claim"),
    ("首充500日赚300", "guarantee_claim"),                                  # a stake that pays by the day
    ("投2000每天返80", "guarantee_claim"),
    # …the second harvest's read half (hq157-hq167, the odd ones) and the fresh27 recordings
    ("跟着老师学，一周之内就能说一口流利的日语", "guarantee_claim"),       # a skill within days
    ("只要帮忙转发，每单能赚50元", "guarantee_claim"),                      # earnings per order
    ("做我们的代理，轻松盈利十万", "guarantee_claim"),
    ("每个区只开放两个代理名额", "false_urgency"),                          # places said to be few
    ("老师每期只收五个徒弟", "false_urgency"),
    ("这个价不买可就后悔了", "false_urgency"),                              # regret promised
    ("那家的货就是一坨屎", "vulgar"),                                       # dung, and a fool for buying
    ("谁用谁是冤大头", "vulgar"),
    ("放眼全网，没一件比得过它", "absolute_claim"),
    ("这一波走完就回到三百九", "false_price"),                              # the batch gone, the price back
    ("欢迎来逛窑子", "vulgar"),
    # …the third harvest's read half (hq169-hq179, the odd ones) and the fresh28 recordings
    ("黑户白户都能办，当天下款", "guarantee_claim"),                       # a loan whatever the record
    ("只要有身份证就能贷款", "guarantee_claim"),
    ("我们可以帮你修复征信", "guarantee_claim"),
    ("有逾期的也照样能批下来", "guarantee_claim"),
    ("最快半个小时就能到账", "guarantee_claim"),
    ("不含焦油，对身体无危害", "guarantee_claim"),                          # harmless, said of the goods
    ("这个凉茶清热去火", "medical_claim"),
    ("吃了让你返老还童", "medical_claim"),
    ("你把整个平台翻遍了，也翻不出更低的了", "absolute_claim"),
    ("你数来数去就我们一家能做", "absolute_claim"),
])
def test_session_46_kinds(rule_matcher, text, category):
    assert category in categories(rule_matcher, text)


@pytest.mark.parametrize("text, category", [
    ("抽奖必须先关注直播间", "guarantee_claim"),                             # 必须, not 必出
    ("开盒必须全程录像，方便售后", "guarantee_claim"),
    ("何必呢，在家自己做就好", "guarantee_claim"),
    ("为了确保成功发货，请核对地址", "guarantee_claim"),                     # 确保 is care, not a promise
    ("今年全县小麦亩产1200斤，比去年多", "guarantee_claim"),                # a harvest reported
    ("产量是去年的两倍，大丰收", "guarantee_claim"),                         # a year compared with itself
    ("我三个月就找到对象了，介绍人很靠谱", "guarantee_claim"),              # a past told
    ("我们负责回收包装盒", "guarantee_claim"),
    ("承诺回收废旧电池", "guarantee_claim"),
    ("充100送20话费", "guarantee_claim"),
    ("这些骗局往往伪装成\"官方授权\"\"包过取证\"等形式", "guarantee_claim"),  # straight quotes listing words
    ("医疗器械只起辅助作用，哪里有什么疗效", "medical_claim"),               # a rhetorical denial
    ("三天之内发货", "guarantee_claim"),
    ("一个月内学会游泳的孩子多吗", "guarantee_claim"),                       # a question, nothing promised
    ("全国只有三家门店", "false_urgency"),                                   # 家门 is no 加盟
    ("买了不后悔", "false_urgency"),
    ("我们走完这个流程，价格回到199", "false_price"),                        # a procedure, not a batch
    ("你一拖时间，价格就涨了", "vulgar"),                                    # 一拖时 is no 一坨屎
    ("二百五十克一袋", "vulgar"),
    ("这个茶并不能起到降血压、降血脂的作用", "medical_claim"),               # the effects listed are denied
    ("无法达到温经通络、散寒化痰的效果", "medical_claim"),
    ("吸烟并非无危害", "guarantee_claim"),
    ("这款包的五金刻字做得最假", "absolute_claim"),                         # a fault at its worst
    ("尽量规避私下交易，最大程度降低风险", "absolute_claim"),
    ("我们家不是卖得最便宜的，但每瓶都有检测报告", "absolute_claim"),        # a superlative denied, a verb between
    ("这个污渍一擦就弄干净了", "guarantee_claim"),
    ("周末抽空必出去走走", "guarantee_claim"),                               # no draw without a count before 抽
    ("抽烟必出事", "guarantee_claim"),
    ("有身份证就能借书", "guarantee_claim"),                                 # a library, not a loan
])
def test_innocent_lines_near_session_46_kinds(rule_matcher, text, category):
    assert category not in categories(rule_matcher, text)


# Session 47: kinds read in the session's harvest (luck and faith goods, app and game ads, vapes, urgency and
# endorsement in the first person); each written in general form, with innocent lines near it.
@pytest.mark.parametrize("text, category", [
    ("这串手链请回家佩戴就会转运", "guarantee_claim"),                        # luck promised by a blessed object
    ("貔貅摆在收银台旁边就能招财", "guarantee_claim"),
    ("这道符烧了可保全家三代平安", "guarantee_claim"),
    ("下载这个软件，边玩手机边赚钱", "guarantee_claim"),                      # money for no work
    ("宝妈们边带娃边赚零花钱", "guarantee_claim"),
    ("打开得38元，红包可立即提现", "guarantee_claim"),                        # an app's cash promised
    ("上线即领红包，提现无套路", "guarantee_claim"),
    ("看个视频能赚10元", "guarantee_claim"),
    ("装备可回收换现金", "guarantee_claim"),
    ("今天不拍，以后就没有这么便宜的价格了", "false_urgency"),                # the price gone for good
    ("下次可没这么大的力度了", "false_urgency"),
    ("我为这款蜂蜜代言", "false_endorsement"),                               # an endorser in the first person
    ("我为我们家的大米代言", "false_endorsement"),
    ("用了它就能戒烟", "medical_claim"),                                     # quitting smoking as a health function
    ("戒烟神器，一个月戒掉烟瘾", "medical_claim"),
    ("每天喝两口，疾病都溜走", "medical_claim"),                             # illness said to leave
    ("这款育发液十天就能止脱", "guarantee_claim"),                           # hair by a date
    ("八秒快速增发", "guarantee_claim"),
    ("跟着我们的课程，能大幅度提升孩子的成绩", "guarantee_claim"),           # grades raised by a course
    ("这么好的芝麻丸，谁家都做不出这个口感", "absolute_claim"),              # nobody else can make it
    ("行业里就我们一家还坚持九蒸九晒", "absolute_claim"),                    # the only one of a trade
])
def test_session_47_kinds(rule_matcher, text, category):
    assert category in categories(rule_matcher, text)


@pytest.mark.parametrize("text, category", [
    ("骑电动车要戴头盔保平安", "guarantee_claim"),                           # the road-safety slogan
    ("系好安全带保平安", "guarantee_claim"),
    ("到了记得给家里报平安", "guarantee_claim"),
    ("祝大家心想事成，万事如意", "guarantee_claim"),                         # a wish, not a promise
    ("这个摆件放在书房特别好看", "guarantee_claim"),
    ("边看边学，跟着我一起做", "guarantee_claim"),
    ("余额提现需要手续费", "guarantee_claim"),
    ("提现到银行卡要一到三天", "guarantee_claim"),
    ("积分可以兑换礼品", "guarantee_claim"),
    ("以后没有这么好的天气了", "false_urgency"),
    ("我为自己代言", "false_endorsement"),                                   # a slogan, no goods named
    ("我为美丽家乡代言", "false_endorsement"),
    ("我已经戒烟三年了", "medical_claim"),                                   # a past told
    ("医生建议你尽早戒烟", "medical_claim"),
    ("车的毛病都没了，修得很好", "medical_claim"),                           # a car's faults, not illness
    ("戴上它你就是我的唯一", "absolute_claim"),                              # 唯一 of a person
    ("这些百分百是假货，别买", "absolute_claim"),                            # a fake denounced
    ("只有努力学习才能提高成绩", "guarantee_claim"),                         # advice: only by work
    ("可以查询期末成绩", "guarantee_claim"),
    ("目前没有一种药物能够根治脱发", "medical_claim"),                       # no such product
    ("蚁巢位置隐蔽，因此较难彻底根治", "medical_claim"),                     # out of reach
    ("这种病很难根治", "medical_claim"),
    ("上海有专门的脑瘫儿童康复机构", "vulgar"),                             # the condition, not the insult
    ("哪家都有自己的特色", "absolute_claim"),
    ("谁家都做不到十全十美", "absolute_claim"),                              # a modesty, not a claim
    ("行业里就我们一家人在做这个小生意", "absolute_claim"),                  # 一家人: a family
])
def test_innocent_lines_near_session_47_kinds(rule_matcher, text, category):
    assert category not in categories(rule_matcher, text)


# Session 48: a quoted term nobody is said to say, judged in its own clause, is a thing the report names; a quotation
# after a verb of saying, or an utterance in its own right, stays the seller's words.
@pytest.mark.parametrize("text, category, claimed", [
    ("这类商品往往以“全网最低价”为诱饵，实际交付的货品包装粗糙", "absolute_claim", False),
    ("该店以“国家级”为噱头吸引老人", "absolute_claim", False),
    ("“入住读名校”仅仅是销售噱头", "guarantee_claim", False),
    ("当事人宣称“国家级”，构成虚假广告", "absolute_claim", True),            # said: the seller's words
    ("我们是“国家级”品质，不是噱头", "absolute_claim", True),               # the seller's voice
    ("主播在直播中称“这款是全网最低价，错过今天就没有了”，系虚假宣传", "absolute_claim", True),
])
def test_quoted_term_judged_by_the_report(rule_matcher, text, category, claimed):
    assert (category in categories(rule_matcher, text)) == claimed


@pytest.mark.parametrize("text, category", [
    ("高温洗过的碗，孩子吃饭再也不会闹肚子", "medical_claim"),               # a stomach upset as people say it
    ("用了它，家里再也不会有人上吐下泻", "medical_claim"),
    ("喝了是真的解酒，第二天照样上班", "medical_claim"),                     # a hangover cured
    ("从源头补充解酒酶，加速酒精代谢", "medical_claim"),
    ("他那张嘴跟放屁一样", "vulgar"),                                      # words called farting
    ("那些说贵的，一看就是没见过世面的土鳖", "vulgar"),                    # 没见过 is no misheard 没讲过
    ("保证价格处于最低水平", "false_price"),                                 # the lowest price a few words on
    ("我们的价格绝对最低", "false_price"),
    ("这个价格是物价局核定的，绝对公平", "false_endorsement"),               # an authority as the seller's insider
    ("我们直接对接省招办，名额肯定有", "false_endorsement"),
    ("抹上一抹，7天祛斑", "guarantee_claim"),                                # a blemish gone by a date
    ("这块石头切开妥妥大涨", "guarantee_claim"),                             # a jade gamble sold as sure
    ("跟着我们学，考研英语七十分没问题", "guarantee_claim"),                 # an exam score promised
    ("学校随便选，但名额有限，要尽快交钱", "false_urgency"),                 # scarcity, then pay at once
])
def test_session_48_kinds(rule_matcher, text, category):
    assert category in categories(rule_matcher, text)


@pytest.mark.parametrize("text, category", [
    ("吃坏了东西会闹肚子，要注意饮食卫生", "medical_claim"),
    ("电解质水不是解酒的，喝了酒就别开车", "medical_claim"),
    ("红酒开瓶后用醒酒器醒酒半小时", "medical_claim"),
    ("宝宝放屁多是肠胀气，可以揉揉肚子", "vulgar"),
    ("价格不是最低的，但品质我们有信心", "false_price"),
    ("发改委定价的电费每度五毛", "false_endorsement"),
    ("招生办的老师说报名截止到周五", "false_endorsement"),
    ("一周祛斑两次就够了", "guarantee_claim"),                               # how often, not by when
    ("切开以后才知道有没有绿", "guarantee_claim"),
    ("这次数学考了九十分，没问题", "guarantee_claim"),                       # a score told, not promised
    ("诚信第一，顾客至上", "absolute_claim"),                                # a motto, not a rank
    ("报名时间到周五，请尽快报名", "false_urgency"),                         # a deadline told, no scarcity
])
def test_innocent_lines_near_session_48_kinds(rule_matcher, text, category):
    assert category not in categories(rule_matcher, text)


# Session 49: kinds from the fresh29–fresh31 recordings' misses and the read harvest, each with innocent neighbours.
@pytest.mark.parametrize("text, category", [
    ("管烟草的那个单位下来抽检过，人家看完都说可以放心推", "false_endorsement"),    # an authority by its remit
    ("市里管食品的那个局的领导来厂里转了一圈，走的时候亲口夸我们", "false_endorsement"),
    ("他们自称是自来水公司的，来免费检测水质", "false_endorsement"),              # a utility's name borrowed
    ("对方客服自称是“海尔专修”，会安排师傅上门", "false_endorsement"),           # …or a maker's
    ("这几百件拍空了就断了，往后再也配不出来", "false_urgency"),                   # sold out, then gone for good
    ("下一锅要等一个多月，现在不拍真轮不上", "false_urgency"),                     # the next batch far off
    ("等我下播运营就改回一百五十九", "false_price"),                               # the price it "goes back to"
    ("这个套餐55天瘦30斤", "medical_claim"),                                       # weight by a date: slimming…
    ("这个套餐55天瘦30斤", "guarantee_claim"),                                     # …and a promised result
    ("不节食不运动，一个月可以瘦十斤", "medical_claim"),                            # no exercise, says the copy
    ("省里管儿童用品安全的那个单位，开会都拿咱这辆当样板", "false_endorsement"),
    ("看我主页签名那串数，存下来聊，咱不在这儿拍", "off_platform"),               # the seller's own "not here"
    ("今晚过后恢复两百九，现在一百五", "false_price"),                             # the amount in words
    ("消除结节，不易复发", "guarantee_claim"),                                     # a relapse said to be unlikely
    ("在减肥行业十年了，从来没有失败案例", "guarantee_claim"),
    ("清疣去疱，一抹就干净", "medical_claim"),                                     # warts
    ("用它冲上半个月，那个毛病就消下去了", "medical_claim"),                       # an ailment pointed at, gone
    ("关节那个疼就一天天没了", "medical_claim"),
    ("去医院一查那个指标就下来了", "medical_claim"),
])
def test_session_49_kinds(rule_matcher, text, category):
    assert category in every_category(rule_matcher, text)


@pytest.mark.parametrize("text, category", [
    ("我们厂管质量的那个部门每批都抽检，不合格的不出厂", "false_endorsement"),   # the seller's own department
    ("有问题可以打给管消费者投诉的那个部门", "false_endorsement"),
    ("我是燃气公司的抄表员，来抄表的", "false_endorsement"),
    ("坏了就再也修不好了，大家用的时候轻一点", "false_urgency"),                 # care advice, not scarcity
    ("下一批要等一个礼拜左右，介意的可以先不拍", "false_urgency"),               # an honest restock notice
    ("减肥是一个长期过程，不要追求一周瘦十斤", "medical_claim"),                 # a warning against the hope
    ("这条裤子瘦一个码，建议拍大一号", "medical_claim"),
    ("跟着私教练，三个月瘦了二十斤", "medical_claim"),                           # lost by training
    ("我们不在这儿拍照，去外景拍", "off_platform"),                             # a photo shoot
    ("这款面霜恢复三个月了，效果不错", "false_price"),
    ("这个病不容易复发，但是也要注意饮食", "guarantee_claim"),
    ("刷个机，那个毛病就好了", "medical_claim"),                                 # a phone's fault
    ("这个月的销售指标就下来了", "medical_claim"),                               # a sales target
])
def test_innocent_lines_near_session_49_kinds(rule_matcher, text, category):
    assert category not in every_category(rule_matcher, text)


# Whisper drops or mishears the 不 of a disclaimer (不敢说是最好的 -> 敢说是最好的 / 又感受是最好的); what is left of it, with
# the "but" that follows, still disclaims the superlative. Without the concession, or with 我敢说, the claim stands.
@pytest.mark.parametrize("text, claimed", [
    ("我们又感受是最轻的书包,但是同样的容量,分量算轻的", False),
    ("敢说是最好的民宿,但老板娘做的饭是真香", False),
    ("这个价位它一定是最好的,但成分表我全念给你们听", False),
    ("我敢说这是全网最低价，大家放心拍", True),
    ("这款一定是最好的，闭眼入", True),
    ("这是全网最便宜的，但是质量一点不差", True),
])
def test_disclaimer_remnant_before_a_concession(rule_matcher, text, claimed):
    assert ("absolute_claim" in every_category(rule_matcher, text)) == claimed
