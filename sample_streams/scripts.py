"""What the demo streamers say, and which rule categories each sentence violates.

Label policy: an utterance's labels are exactly the categories the sentence itself violates, judged by
a human reading the text (not by what the matcher finds). Sentences written as false-positive traps
(最近, 第一次, 首先, 食品级, 本品不能代替药物, 不是最便宜的, 私信客服, 宝宝们, 他妈妈, 投资有风险 …)
carry no label. Categories are the rule base's ids (see rules/data/).

Numbers are written in Chinese characters because that is what the streamer says; Whisper prints
them as Arabic digits, which the matcher unifies.
"""

from dataclasses import dataclass, field

CATEGORIES = (
    "absolute_claim",
    "medical_claim",
    "guarantee_claim",
    "false_price",
    "false_urgency",
    "off_platform",
    "disparagement",
    "false_endorsement",
    "vulgar",
)


@dataclass(frozen=True)
class Utterance:
    text: str
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Voice:
    """FastSpeech2 variance ratios. `duration` > 1 speaks slower (it scales predicted durations)."""

    duration: float
    f0: float
    energy: float = 1.0


@dataclass(frozen=True)
class Stream:
    name: str
    product: str
    voice: Voice
    seed: int
    chords: tuple[tuple[float, ...], ...]  # background loop, one chord (Hz) per bar
    utterances: tuple[Utterance, ...] = field(default_factory=tuple)


def U(text: str, *labels: str) -> Utterance:
    return Utterance(text, tuple(labels))


# Chord voicings in Hz (root position triads around C3-C4), kept quiet under the speech.
C = (130.81, 164.81, 196.00)
Am = (110.00, 130.81, 164.81)
F = (87.31, 110.00, 130.81)
G = (98.00, 123.47, 146.83)
Dm = (73.42, 87.31, 110.00)
Em = (82.41, 98.00, 123.47)

STREAMS: tuple[Stream, ...] = (
    Stream(
        name="tea_health_demo",
        product="养生茶 (health tea, ordinary food)",
        voice=Voice(duration=1.0, f0=1.0),
        seed=101,
        chords=(C, Am, F, G),
        utterances=(
            U("家人们晚上好，欢迎来到直播间，今天给大家带来一款养生茶。"),
            U("这款茶是用枸杞、红枣和菊花配的，口感偏甜。"),
            U("我们的茶每天喝一杯，降血压，降血糖，三高人群一喝就好。", "medical_claim"),
            U("最近好多宝宝问我，这个茶孕妇能不能喝，我统一回答一下。"),
            U("孕妇和小朋友建议先问问医生，本品不能代替药物使用。"),
            U("这是全网效果最好的养生茶，没有之一。", "absolute_claim"),
            U("好几位老中医专家都推荐过，央视也报道过。", "false_endorsement"),
            U("坚持喝一个月，保证降血脂，没效果全额退款。", "medical_claim", "guarantee_claim"),
            U("茶包用的是食品级的无纺布，泡完直接扔掉就行。"),
            U("外面药店卖的那些都是智商税，喝了等于白喝。", "disparagement"),
            U("我第一次喝的时候也觉得有点苦，加点蜂蜜就好了。"),
            U("原价三百九十八一盒，今天直播间只要三十九块九。", "false_price"),
            U("只剩最后二十单了，卖完马上涨价，抓紧下单。", "false_urgency"),
            U("一盒二十包，每包三克，开水冲泡五分钟就可以。"),
            U("想再便宜点的，加个好友私聊，私下转账给你打五折。", "off_platform"),
            U("我们不是最便宜的，但是用料真的很扎实。"),
            U("有什么售后问题，直接私信客服，平台都有记录的。"),
            U("弹幕里说是假货的那个，你他妈的买过吗，在这里乱说。", "vulgar"),
            U("这款茶还能预防癌症，我家老人喝了三年身体倍棒。", "medical_claim"),
            U("最后一波了，错过今天就没有了，大家抓紧。", "false_urgency"),
            U("最后给大家总结一下，这款茶适合平时泡着喝。"),
            U("喜欢的宝宝们点个关注，我们明天晚上八点见。"),
        ),
    ),
    Stream(
        name="skincare_demo",
        product="祛斑面霜 (face cream, ordinary cosmetic)",
        voice=Voice(duration=0.93, f0=1.07),
        seed=202,
        chords=(F, G, Em, Am),
        utterances=(
            U("哈喽宝宝们，今天这场我们只讲一款产品，就是这瓶面霜。"),
            U("它的质地是乳霜状的，涂开以后很快就吸收了。"),
            U("这是世界上最好用的面霜，效果第一，绝无仅有。", "absolute_claim"),
            U("用一周斑点全部消失，还能治疗湿疹和痘痘。", "medical_claim"),
            U("我们家的面霜纯天然，保证没有副作用。", "guarantee_claim"),
            U("首先，洗完脸以后先拍一点爽肤水。"),
            U("然后取一点面霜，在脸上轻轻打圈按摩。"),
            U("皮肤科医生都在用，很多明星也指定用这一款。", "false_endorsement"),
            U("我第一次上脸的时候就觉得特别舒服，一点都不油。"),
            U("某宝上那些大牌面霜，都是花钱买广告，根本没用。", "disparagement"),
            U("这瓶在专柜要卖一千二百八十元，今天直播间只要九十九。", "false_price"),
            U("宝宝们注意了，这个价格只有今天，下播马上恢复原价。", "false_urgency"),
            U("不满意可以七天无理由退货，运费险也给大家买好了。"),
            U("烂脸的宝宝们放心用，我给你们包退，无效退款。", "guarantee_claim"),
            U("还在犹豫的都是穷鬼吧，连一百块都舍不得。", "vulgar"),
            U("最近天气比较干，晚上可以多涂一层当睡眠面膜。"),
            U("这是全网独一无二的配方，绝对的顶级。", "absolute_claim"),
            U("要团购的姐妹加我微信，钱直接转给我，不走平台还能再便宜。", "off_platform"),
            U("面霜不是药，皮肤有问题还是要去医院看看。"),
            U("库存只剩最后三十瓶了，手慢就没了啊。", "false_urgency"),
            U("今天的面霜就介绍到这里，谢谢宝宝们的支持。"),
        ),
    ),
    Stream(
        name="airfryer_demo",
        product="空气炸锅 (kitchen appliance)",
        voice=Voice(duration=1.07, f0=0.93),
        seed=303,
        chords=(Am, F, C, G),
        utterances=(
            U("大家好，欢迎来到厨房小家电专场，今天主推这台空气炸锅。"),
            U("容量是五点五升，一次可以烤一整只鸡。"),
            U("这台炸锅是史上最好用的炸锅，行业第一，销量冠军。", "absolute_claim"),
            U("用它做菜不用放油，吃了能减肥，还能降血脂。", "medical_claim"),
            U("内胆是食品级的不粘涂层，清洗很方便。"),
            U("首先我们把薯条放进去，温度调到两百度。"),
            U("隔壁那家的炸锅都是三无产品，用久了还会爆炸。", "disparagement"),
            U("这款是军工级的技术，还是国家免检产品。", "false_endorsement"),
            U("原价一千零九十九，今天直播间只要一百九十九，亏本冲销量。", "false_price"),
            U("坐在第一排的宝宝看得很清楚，表面已经金黄了。"),
            U("我们承诺用十年都不坏，坏了包换新的。", "guarantee_claim"),
            U("我们的价格不是全网最低的，但是售后是厂家直接负责的。"),
            U("后台说只剩最后十台了，三二一上链接，抢完就没了。", "false_urgency"),
            U("有问题的可以私信客服，我们平台售后七天无理由。"),
            U("弹幕里小王说，他妈妈上次买了一台，烤红薯特别香。"),
            U("想要更低价的加我扣扣，咱们线下交易。", "off_platform"),
            U("你是不是脑子有病，听不懂人话吗，说了不要再问了。", "vulgar"),
            U("最近很多人问定时功能，最长可以定六十分钟。"),
            U("这台炸锅央视都报道过，人民日报也推荐。", "false_endorsement"),
            U("马上就要涨价了，只有今天这个价格，明天就恢复原价。", "false_urgency"),
            U("最后给大家总结一下，五点五升，两百度，六十分钟定时。"),
            U("好的，喜欢的点个关注，我们下一个产品见。"),
        ),
    ),
    Stream(
        name="earbuds_demo",
        product="蓝牙耳机 (digital gadget)",
        voice=Voice(duration=0.97, f0=1.03),
        seed=404,
        chords=(C, G, Am, Em),
        utterances=(
            U("家人们，今天数码专场的第一款，无线蓝牙耳机。"),
            U("续航大概是八个小时，充电盒还能再充三次。"),
            U("这款耳机的音质全球领先，顶级中的顶级。", "absolute_claim"),
            U("戴着它睡觉能治失眠，还能预防耳鸣。", "medical_claim"),
            U("我第一次戴上就不想摘下来了，降噪效果真的很明显。"),
            U("某东上卖一千多的那些，都是骗人的垃圾货。", "disparagement"),
            U("很多专家都推荐这一款，用的还是航天专供的材料。", "false_endorsement"),
            U("官方指导价八百八十八，今天只要六十九，随便买。", "false_price"),
            U("现在下单的，保证一年内不会坏，假一赔十。", "guarantee_claim"),
            U("首先我们打开蓝牙，盖子一开就能自动配对。"),
            U("要买两副以上的，私下转账给我，我直接给你发货。", "off_platform"),
            U("你们这帮喷子就是欠骂，滚出我的直播间。", "vulgar"),
            U("这个耳机支持防水，下雨天跑步也没问题。"),
            U("库存告急，只剩最后五十副了，错过这次就没有了。", "false_urgency"),
            U("最近有宝宝说左耳有杂音，可以私信客服给你换新。"),
            U("这是全网唯一一款能做到零延迟的耳机。", "absolute_claim"),
            U("我不敢说它是最好的耳机，但是同价位里做工很扎实。"),
            U("已经卖了十万单，直播间十万人在抢，赶紧下单。", "false_urgency"),
            U("想要内部价的，把手机号码发给我，我私下联系你。", "off_platform"),
            U("充电口是通用的接口，数据线家里都有。"),
            U("最后给大家总结一下，续航长，降噪好，戴着舒服。"),
            U("好啦，今天就到这里，谢谢家人们。"),
        ),
    ),
    Stream(
        name="finance_course_demo",
        product="理财入门课 (investment course)",
        voice=Voice(duration=1.03, f0=0.96),
        seed=505,
        chords=(Dm, G, C, Am),
        utterances=(
            U("大家好，今天直播间给大家讲一套理财入门课。"),
            U("课程一共三十节，每节二十分钟左右，可以反复回看。"),
            U("跟着我的方法买基金，稳赚不赔，零风险。", "guarantee_claim"),
            U("学完以后一个月赚不回学费，全额退款。", "guarantee_claim"),
            U("投资有风险，入市需谨慎，这个大家一定要记住。"),
            U("这是全网最好的理财课程，没有之一。", "absolute_claim"),
            U("好多银行行长和经济学家都推荐这套课。", "false_endorsement"),
            U("原价三千八百元，今天只要一百九十九元。", "false_price"),
            U("第一节课我们讲的是怎么看懂一只基金。"),
            U("外面那些割韭菜的老师，全都是骗子。", "disparagement"),
            U("名额只剩最后十个了，报满就关闭，错过再等一年。", "false_urgency"),
            U("你们这些傻子不学理财，活该一辈子穷。", "vulgar"),
            U("最近市场波动比较大，大家不要盲目追涨。"),
            U("想进内部群的加我微信，学费直接转给我。", "off_platform"),
            U("这套课央视新闻都推荐过，证监会都认可。", "false_endorsement"),
            U("报名以后可以私信客服领取学习资料。"),
            U("我不是说这个课能让你暴富，它只是帮你打基础。"),
            U("学了这套课，保证你三个月收益翻倍。", "guarantee_claim"),
            U("听课还能治好你的焦虑和失眠，比吃药还管用。", "medical_claim"),
            U("倒计时最后一分钟，马上涨价，抓紧时间报名。", "false_urgency"),
            U("最后给大家总结一下，理财先学会控制风险。"),
            U("感谢大家的观看，我们下次直播再见。"),
        ),
    ),
)


def in_order(names: tuple[str, ...], *groups) -> tuple:
    """The streams of `groups` in the order of `names` (their manifest's order)."""
    streams = {s.name: s for group in groups for s in group}
    return tuple(streams[name] for name in names)


def check_labels(streams=STREAMS) -> None:
    """Every label is a category (any scripts module's streams; the demo set's by default)."""
    for stream in streams:
        for utt in stream.utterances:
            unknown = set(utt.labels) - set(CATEGORIES)
            if unknown:
                raise ValueError(f"{stream.name}: unknown label(s) {sorted(unknown)} on {utt.text!r}")
