"""Held-out labelled streams (manifest_fresh.json): four more product domains, written once, never tuned on.

Same label policy as scripts.py and scripts_hard.py (labels = exactly the categories the sentence itself
violates, judged on the text by a person; traps carry none). The sentences were written from the category
definitions only (sample_streams/README.md, the research catalogue's category descriptions), without reading
the rule base or any labelled test data, and without reusing the example sentences of the catalogue or of the
earlier scripts, so that a score on them is a held-out figure.

What is new in them: superlatives by slang (天花板, 断层领先, 就我们一家敢写, 全国就他一个人会), diseases named as
what the product makes go away (耳鸣消停, 肠息肉化掉, 湿疹不冒头, 失眠心慌睡踏实, 腰就不疼了), promises without
保证 (钓不上鱼我倒贴饵钱, 双倍把钱退你, 按今天的价回收一分不亏, 没拖住您来找我), bare or veiled reference prices
(四位数都不用, 连出厂价都不到, 两盒加起来一百五), urgency by hype (抢得七七八八, 链接就挂三分钟, 明早开盘就往上跳),
contact by circumlocution (地址电话留在公屏, 粉丝群发收款码, 加我小号, 线下店现金交易), rivals by nickname
(拼某某, 某多多, 街上那些金店), authorities by slang or off the usual list (听力中心主任, 钓鱼协会会长, 央妈,
营养学会, 新闻联播, 黄金协会), abuse by dialect and veiled words (脑子被驴踢了, 憨批, 懂个锤子, 瞎逼逼, 穷酸).
Traps: 我不能跟您说它是最好的, 我不保证它一定涨, 我不是说用了就一定爆护, 最大拉力 (a specification), 最好先问问医生 /
洗澡前最好摘下来 (advice), 保修一年 / 保修是两年 / 保质期, 扫码就能查到克重 (a certificate), 第一次, 最近, 最后一步,
另外一个牌子 / 隔壁那家 / 大品牌金店 mentioned neutrally, 平台客服, 益生菌是普通食品不是药.

Conditions (generate_fresh.py): hearing_aid_fresh like the demo set; fishing_fresh rendered like the demo set and
then degraded like degrade.py (1.2x tempo, pink noise and a backing track 10 dB under the speech);
probiotic_fresh and gold_bangle_fresh like generate_hard.py with every condition at once (lower voice, babble of
2-3 voices, reverb, AAC 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="hearing_aid_fresh",
        product="老人助听器 (hearing aids for the elderly)",
        voice=Voice(duration=1.02, f0=0.97),
        seed=711,
        chords=(F, C, G, Am),
        utterances=(
            U("叔叔阿姨们上午好，今天给家里有老人的朋友讲讲助听器。"),
            U("这款是耳背式的，一共十六个通道，音量可以自己调。"),
            U("跟大家交个底，这个降噪芯片在助听器里就是天花板，谁家都比不了。", "absolute_claim"),
            U("老人耳朵背了，先去医院做个听力检查，再来选型号。"),
            U("戴上它耳鸣一个月就消停了，神经性的听力也能慢慢养回来。", "medical_claim"),
            U("我妈妈第一次戴上的时候，说终于听清孙子喊奶奶了。"),
            U("药店里那种几百块的，就是个扩音喇叭，越戴耳朵越废。", "disparagement"),
            U("听力中心的主任给自己老父亲配的就是这一款，电视台的健康节目也讲过。", "false_endorsement"),
            U("保修是两年，一颗电池能用七到十天。"),
            U("验配中心一副要卖六千八，今天家人们四位数都不用。", "false_price"),
            U("听不清您就拿回来，钱一分不少退给您。", "guarantee_claim"),
            U("我不能跟您说它是最好的，合不合适还得看您的听力图。"),
            U("这批是厂家直发的，已经被抢得七七八八了，剩下没几台。", "false_urgency"),
            U("想上门验配的，把家里地址和电话留在公屏上，我们师傅私下联系您。", "off_platform"),
            U("有售后问题，点右下角找平台客服，都有记录。"),
            U("最近换季，耳道容易潮，晚上摘下来放进干燥盒里。"),
            U("弹幕里那个说老人戴助听器丢人的，你脑子被驴踢了吧，滚一边去。", "vulgar"),
            U("老人戴上它，老年痴呆准能往后拖个十年，没拖住您来找我。", "medical_claim", "guarantee_claim"),
            U("这个价连出厂价都不到，我们是倒贴运费在卖。", "false_price"),
            U("另外一个牌子的那款也是正规产品，预算多一点的也可以看看。"),
            U("最后一步，把耳塞轻轻推进去，转一下就戴好了。"),
            U("好了叔叔阿姨们，有问题随时问，我们下午再见。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="fishing_fresh",
        product="钓鱼装备 (fishing rods and bait)",
        voice=Voice(duration=0.98, f0=1.03),
        seed=722,
        chords=(G, Em, C, Dm),
        utterances=(
            U("钓友们晚上好，今天直播间上一套野钓的装备，竿子加饵料。"),
            U("这根竿子四米五，碳素的，整根才一百六十克出头。"),
            U("这个饵料用了就爆护，打一窝连竿一下午，钓不上鱼我倒贴你饵钱。", "guarantee_claim"),
            U("新手第一次调漂，先把铅皮剪小一点，慢慢往上加。"),
            U("这竿子的腰力在整个渔具圈都是断层领先，别家拍马都追不上。", "absolute_claim"),
            U("钓鱼协会的会长亲自下场试过，说这是他用过手感最好的竿。", "absolute_claim", "false_endorsement"),
            U("拼某某上那些三十块的竿子，甩两下就断，买了就是给人家送钱。", "disparagement"),
            U("主线零点八号，最大拉力四公斤左右，钓鲫鱼够用了。"),
            U("渔具店里这一套要卖八百多，今天直播间连竿带饵三百出头。", "false_price"),
            U("链接就挂三分钟，三分钟一到我直接下架，拍不到别怪我。", "false_urgency"),
            U("野钓注意安全，下过雨的河边别站太近，高压线底下千万别甩竿。"),
            U("要整箱饵料的老板，来我粉丝群，群里发收款码，比这里便宜二十。", "off_platform"),
            U("腰椎间盘突出的钓友，用这把带腰托的钓椅，坐一阵腰就不疼了。", "medical_claim"),
            U("那个说我们竿子是贴牌货的，你个憨批，钓不上鱼就怪竿子。", "vulgar"),
            U("最近天冷，鱼口轻，打窝的量要少一点。"),
            U("已经有两万多个钓友下单了，仓库都发不过来了。", "false_urgency"),
            U("售后找平台客服就行，竿子保修一年，断了可以换竿节。"),
            U("隔壁那家的竿子也不错，调性偏硬一点，喜欢硬调的可以去看看。"),
            U("国家队训练指定用的就是这根，央妈的钓鱼节目也拿它出过镜。", "false_endorsement"),
            U("饵料开袋以后加水搓成团，醒十分钟再挂钩。"),
            U("我不是说用了这套就一定爆护，水情不好谁也没办法。"),
            U("好了钓友们，祝大家天天连竿，我们下一场再见。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="probiotic_fresh",
        product="益生菌固体饮料 (probiotic powder, ordinary food)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=733,
        chords=(Am, F, C, G),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("宝子们下午好，今天给大家带一款益生菌固体饮料，一盒三十条。"),
            U("每条里面是两百亿的活菌，用的是鼠李糖乳杆菌和双歧杆菌。"),
            U("便秘好多年的姐妹，喝上三天就通了，肠息肉都能慢慢化掉。", "medical_claim"),
            U("益生菌是普通食品，不是药，肠胃一直不舒服的要去消化科看看。"),
            U("家里小孩湿疹反反复复的，冲一条在奶里，喝完两盒就再也不冒头了。", "medical_claim"),
            U("两百亿活菌这个数，整个行业就我们一家敢写，别人想都不敢想。", "absolute_claim"),
            U("营养学会的专家团队给我们背过书，儿童医院的医生自己家孩子也在喝。", "false_endorsement"),
            U("冲的时候水温别超过四十度，太烫了会把菌烫死。"),
            U("第一次喝的可以先喝半条，适应了再加量。"),
            U("某多多上那种几十块一大罐的，拆开全是麦芽糊精，就是骗老人钱的。", "disparagement"),
            U("药房里同样菌数的卖四百九十八一盒，咱们今天两盒加起来一百五。", "false_price"),
            U("这个价是我跟老板磨了一个礼拜才磨下来的，下播就撤，不会再有了。", "false_urgency"),
            U("喝完一盒肠道没变化，你来找我，我双倍把钱退你。", "guarantee_claim"),
            U("平时作息规律一点，多吃蔬菜，益生菌只是个补充。"),
            U("最近好多宝子问孕妇能不能喝，能喝，但是最好先问问产检医生。"),
            U("想拿代理价的，加我小号，名字跟直播间一样，私下给你算。", "off_platform"),
            U("你懂个锤子，没喝过就在这瞎逼逼，赶紧滚。", "vulgar"),
            U("一盒三十条，保质期十八个月，开封以后放冰箱冷藏。"),
            U("抵抗力差、一换季就感冒的，每天一条，我打包票一冬天都不带感冒的。", "medical_claim", "guarantee_claim"),
            U("有问题直接点客服，平台的客服二十四小时都在。"),
            U("价格上我们没法跟批发市场比，但每一批都有检测报告。"),
            U("好了宝子们，今天就聊到这，明天同一时间见。"),
        ),
    ),
    HardStream(
        name="gold_bangle_fresh",
        product="足金手镯 (gold bangles, sold partly as a store of value)",
        voice=Voice(duration=0.98, f0=0.85),
        seed=744,
        chords=(Dm, Am, F, C),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.45, bitrate="32k"),
        utterances=(
            U("家人们晚上好，今天直播间上的是足金的古法手镯，克重从二十克到五十克都有。"),
            U("金价是跟着上海黄金交易所走的，今天的大盘价我放在屏幕左上角了。"),
            U("买金就是最稳的理财，比存银行强多了，放几年稳稳翻一番。", "absolute_claim", "guarantee_claim"),
            U("黄金价格有涨有跌，买来投资的要想清楚，我不保证它一定涨。"),
            U("这款是老师傅一锤一锤敲出来的，全国就他一个人会打这种花纹。", "absolute_claim"),
            U("街上那些金店，工费一克收你七八十，心黑得很，纯纯坑人。", "disparagement"),
            U("金店柜台里同款一只一万三，今天直播间到手不到九千。", "false_price"),
            U("老话说戴金养人，戴上这个，失眠心慌的晚上都能睡踏实。", "medical_claim"),
            U("我们家的手镯上过新闻联播，黄金协会的会长自己都在戴。", "false_endorsement"),
            U("今晚金价还是这个数，明早一开盘就要往上跳，现在不上车就只能干看着。", "false_urgency"),
            U("每一只都有证书和检测编号，扫码就能查到克重。"),
            U("戴的时候别跟硬物磕碰，洗澡前最好摘下来。"),
            U("第一次买金的姐妹，先量一下手腕最宽的地方，再选圈口。"),
            U("量大的老板别在这拍，直接到我们线下店里，现金交易还能再让一点。", "off_platform"),
            U("一帮穷酸，兜比脸还干净，在这唧唧歪歪个屁。", "vulgar"),
            U("最近金价波动大，家人们按自己预算来，千万别借钱买金。"),
            U("现在买了，以后不管金价怎么走，我们都按今天的价回收，一分不亏。", "guarantee_claim"),
            U("这个圈口就剩五只了，刚才一眨眼又少了三只。", "false_urgency"),
            U("售后找平台客服，支持七天无理由，刻了字的除外。"),
            U("跟大品牌金店比，纯度是一样的，都是足金九九九，区别在款式和工费。"),
            U("最后给大家看一下内圈，可以刻名字。"),
            U("好啦家人们，喜欢的先收藏，我们明晚八点接着聊。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("hearing_aid_fresh", "fishing_fresh", "probiotic_fresh", "gold_bangle_fresh"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
