"""Twenty-fifth batch of held-out labelled streams (manifest_fresh25.json): four more product domains, written once,
never tuned on.

The products are ones a district market regulator meets on ordinary complaint days but that no earlier batch used:
a mulberry-silk quilt, wild camellia cooking oil, interior latex wall paint and a plant-oil mosquito repellent
(spray and bracelets). The hosts talk as real livestream sellers do: short spoken sentences, 家人们, 宝子们, 老铁,
姐妹们, 懂的都懂, countdowns and hawker patter in the camellia-oil stream, a renovation-forum tone in the paint stream.
Every number is spoken as Chinese words.

The violations avoid the textbook keywords. Superlatives are built freely (no one can touch its edge, the big brother
of the trade, a grandmaster of repellents, the Hermès of oils). Diseases are hinted or named colloquially (joints
that ache when the weather turns, waking in the middle of the night, acid reflux, a child's cough blamed on the
walls, asthma, dengue, menopausal hot flushes), and health functions are claimed for food, bedding and paint.
Promises come without the word for guarantee: twenty years without clumping or triple money back, a wall that never
moulds or a whole wall repaid, a night with no bites or scold me, not a trace of side effects. Reference prices are
set against unverifiable counters (a mall tag, a supermarket shelf, a building-materials store, a pharmacy, a
specialist counter, a hang-tag, an 原价), and a price that snaps back after midnight or after the countdown.
Urgency comes without the word for last: the factory stops weaving after this batch, a single truckload left, a
single-digit warehouse, the back office refreshing, five hundred orders only. Authorities and celebrities are
described rather than named (an old professor of a silk institute, a state guesthouse, a health programme's old
doctor, a food documentary, the Great Hall renovation, the head of a national coatings lab, CDC field staff, film
crews on an island). Off-platform contact is slang (the little green bubble, the penguin number in the bio, the
letters in the signature, a QR code in a profile photo, a transfer to a private card). Rivals are run down as
chemical-fibre fakes, gutter oil in a new bottle, flaking big-brand paint, rubber-band bracelets. Vulgarity is
contempt for poor or critical viewers, swearing and one sexual innuendo.

The traps are lines that look risky but carry no label: 不是市面上最便宜的, a quilt that does not replace a doctor, 我不敢说它能降血压
with the advice to keep taking medicine, a camellia oil that is no miracle drug, a pregnant woman told it is only
cooking oil, 最近 with the cold snap, rain or the damp southern spring, 第一次 and 第一遍 in honest testimony and
instructions, first-person use by the host, genuine specifications (fill weight, smoke point, oleic acid percentage,
coverage per bucket, active ingredient and pesticide registration), honest drying times and honest shipping notices,
warnings about eyes, allergies, babies under two and bites that need a pharmacy, and in-platform 小黄车, 私信客服 and
粉丝团.

The silk quilt is rendered by generate.render_stream under demo conditions; the camellia oil is rendered the same way
and then sped up 1.2x and buried in noise and music; the wall paint and the mosquito repellent go through
generate_hard.render with a lower voice, two or three babble voices, half-second reverb and 32 kb/s.
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="silk_quilt_fresh25",
        product="桑蚕丝被 (mulberry silk quilt)",
        voice=Voice(duration=1.0, f0=1.0),
        seed=3001,
        chords=(C, Am, F, G),
        utterances=(
            U("家人们晚上好，今天给大家上的是桑蚕丝被。"),
            U("这床被子的丝量，整个南浔镇你挑不出比它更足的。", "absolute_claim"),
            U("姐妹们看标签，百分之百桑蚕丝，填充物四斤。"),
            U("家里有关节一变天就酸的老人，盖一冬天准不酸了。", "medical_claim", "guarantee_claim"),
            U("商场那边挂牌四千八，咱们直播间一千二百九十九。", "false_price"),
            U("宝子们，我先说清楚，蚕丝被不能代替看医生哈。"),
            U("隔壁那几家直播间卖的，拆开全是化纤棉冒充的。", "disparagement"),
            U("这批丝是桑园今年春蚕的，我们上周刚去现场拍过。"),
            U("丝绸研究所的老教授亲手摸过，说这手感他服气。", "false_endorsement"),
            U("厂里放话了，这批压完织机就停，往后再也不织了。", "false_urgency"),
            U("想私聊砍价的，去小绿泡泡搜我名字拼音就行。", "off_platform"),
            U("那些嫌贵的穷鬼就别在这儿叽叽歪歪了。", "vulgar"),
            U("我们这个不是市面上最便宜的，但丝是实打实的。"),
            U("有人问能不能机洗，不能哈，只能晾晒拍打。"),
            U("盖着它睡觉，一到半夜就醒的毛病慢慢就没了。", "medical_claim"),
            U("这被子盖二十年不结块，结块你回来找我退三倍。", "guarantee_claim"),
            U("主播第一次盖蚕丝被是在外婆家，真的轻得像云。"),
            U("点一下左下角小黄车，一号链接就是这床。"),
            U("国宾馆的套房里铺的就是我们家这一款。", "false_endorsement"),
            U("吊牌写着六千六，今晚到手价打下来不到两千。", "false_price"),
            U("有问题的话私信客服，支持七天无理由退换。"),
            U("倒计时三、二、一，过了这一秒价格直接翻回去。", "false_urgency", "false_price"),
            U("别家那种蚕丝被，说白了就是给傻子交学费。", "disparagement", "vulgar"),
            U("最近降温降得厉害，大家晚上注意保暖啊。"),
            U("盖上这床被子，更年期那种一阵阵潮热都压得住。", "medical_claim"),
            U("论保暖，它在所有被子里就是天王级别，没得比。", "absolute_claim"),
            U("妈妈们问小孩能不能盖，可以，选两斤的就够了。"),
            U("重量有两斤、三斤、四斤三种，按床的尺寸选。"),
            U("老铁们手慢无啊，后台一刷新又少了一大截。", "false_urgency"),
            U("这床讲完了，下一个环节我们抽个免单。"),
            U("谢谢家人们，喜欢主播的点个关注加入粉丝团。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up 1.2x and buried in noise and music.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="camellia_oil_fresh25",
        product="野山茶油 (wild camellia cooking oil)",
        voice=Voice(duration=0.98, f0=1.02),
        seed=3002,
        chords=(Am, F, C, G),
        utterances=(
            U("来来来老铁们，江西山里的野山茶油上车了。"),
            U("每天早上空腹喝一勺，血脂那个指标哗哗往下掉。", "medical_claim"),
            U("喝满三个月，血管里那些垃圾给你冲得干干净净。", "medical_claim", "guarantee_claim"),
            U("论压榨工艺，整个油茶行业它就是老大哥。", "absolute_claim"),
            U("超市货架上标三百九十八，主播这里一百二十八。", "false_price"),
            U("我不敢说它能降血压，高血压的朋友该吃药还吃药。"),
            U("外面那种调和油，就是地沟油换了个瓶子。", "disparagement"),
            U("烟点是二百一十度左右，爆炒也不太冒烟。"),
            U("电视上那个养生节目的老中医，点名推荐的就是这桶。", "false_endorsement"),
            U("赶紧拍，仓库小哥说再发一车就彻底断货了。", "false_urgency"),
            U("要整箱批发的，签名那串字母加一下，私下给你算。", "off_platform"),
            U("谁在公屏刷假货的，你妈没教你好好说话是吧。", "vulgar"),
            U("吃这个油的孩子脑子转得快，考试分数往上蹿。", "medical_claim", "guarantee_claim"),
            U("这是我们自己山头的树，最近刚采完一茬果。"),
            U("茶油是好东西，但它也不是什么神药，别神化它。"),
            U("产地证明和检测报告，都在商品详情页里挂着。"),
            U("我们是合作社直营，没有中间商，所以价格能下来。"),
            U("胃不舒服老反酸的，喝上一礼拜立马不烧心。", "medical_claim", "guarantee_claim"),
            U("这个价出了我们直播间，你跑遍哪儿都拿不到。", "absolute_claim", "false_price"),
            U("就五百单，五百单没了就没了，手慢别怪我。", "false_urgency"),
            U("主播自己家炒菜用了两年，家里老人说香。"),
            U("有疑问的宝子们点右下角私信客服就行。"),
            U("孕妇吃茶油没问题，它就是正常食用油，别当补品。"),
            U("舌尖上那部纪录片拍过的油茶林，就是我们合作社这片。", "false_endorsement"),
            U("一桶五升，拍两桶送一个小玻璃瓶装。"),
            U("过了今晚十二点，这个价原地起飞回三百多。", "false_price", "false_urgency"),
            U("这油香得，跟那些狗屁网红油根本不是一个档次。", "vulgar", "disparagement"),
            U("老铁们记住，油要避光放，开封后半年内吃完。"),
            U("检测报告上油酸含量是百分之八十一，这个可以查。"),
            U("它就是油里的爱马仕，橄榄油见了都得让道。", "absolute_claim", "disparagement"),
            U("好了家人们，下一个链接是茶油皂，别走开。"),
            U("没抢到的别急，明天同一时间还有一场直播。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four hard conditions (lower voice, babble, reverb, 32 kb/s).
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="wall_paint_fresh25",
        product="乳胶漆 (interior latex wall paint)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=3003,
        chords=(Dm, G, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("装修的朋友们晚上好，今天聊聊墙面漆怎么选。"),
            U("这桶漆刷完当天就能住人，一丁点味都闻不到。", "guarantee_claim"),
            U("娃咳嗽老不好的，多半是墙在作怪，换我们的就好了。", "medical_claim", "guarantee_claim"),
            U("论除醛，在涂料这行没人摸得着它的边。", "absolute_claim"),
            U("建材城门店标价一千一一桶，直播间三百六十九。", "false_price"),
            U("环保等级按国标走，我不会跟你吹什么零甲醛。"),
            U("某大牌那个漆，刷完一年就起皮掉渣，谁买谁后悔。", "disparagement"),
            U("十五升一桶，一般能刷六十到八十平方的墙面。"),
            U("大会堂翻新那回，工人用的就是我们这个配方。", "false_endorsement"),
            U("老板刚来电话说原料涨了，明早开始这个价就没了。", "false_urgency", "false_price"),
            U("要上门施工的，扫我主页那张图里的码约师傅。", "off_platform"),
            U("刷墙都刷不明白的蠢货，买什么漆都白搭。", "vulgar"),
            U("有哮喘的小朋友房间刷我们这个，夜里喘得少多了。", "medical_claim"),
            U("刷漆前墙面要打磨干净，不然怎么刷都会起鼓。"),
            U("十年不开裂不发霉，发霉了我赔你一整面墙。", "guarantee_claim"),
            U("第一遍是底漆，等四个小时干透再上面漆。"),
            U("国家涂料检测中心的主任私下跟我说，就服这个。", "false_endorsement"),
            U("库房里就剩个位数了，犹豫一秒就被人抢光。", "false_urgency"),
            U("别家那些净味漆吹得跟仙丹一样，全是割韭菜。", "disparagement"),
            U("最近南方回南天，施工的时候记得关窗除湿。"),
            U("小黄车里有色卡可以先领，免费寄到家。"),
            U("住进刷了这漆的屋子，孕妇肚里的娃都更壮实。", "medical_claim"),
            U("那么多漆挑来挑去，真能打的就咱们这一桶。", "absolute_claim"),
            U("买两桶送滚筒刷和美纹纸，这个是真送。"),
            U("想走对公的老板，私下转我卡上，发票另外开。", "off_platform"),
            U("主播自己家去年刷的就是这个，入住前通风了两个月。"),
            U("你在评论区叭叭半天，脑子里是不是进了腻子粉。", "vulgar"),
            U("涂料是化工品，过敏体质的朋友施工时戴好口罩。"),
            U("专柜价两千八的进口漆，成分跟我们这个一模一样。", "false_price"),
            U("腻子干透以后摸上去不粘手，才能开始刷漆。"),
            U("施工上的问题私信客服，那边有师傅在线答。"),
            U("今天就讲到这，下一场教大家自己调色。"),
        ),
    ),
    HardStream(
        name="mosquito_repellent_fresh25",
        product="植物驱蚊喷雾与手环 (plant-oil mosquito repellent spray and bracelets)",
        voice=Voice(duration=1.02, f0=0.88),
        seed=3004,
        chords=(Em, Am, Dm, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("宝子们好，夏天到了，今天带来驱蚊喷雾和手环。"),
            U("这款喷雾的驱蚊时长，放眼整个日化圈谁也比不过。", "absolute_claim"),
            U("喷一下，一整晚蚊子都近不了身，不灵你骂我。", "guarantee_claim"),
            U("孩子被叮起大包的，喷上去包立马消，还不留疤。", "medical_claim", "guarantee_claim"),
            U("药店里同款卖一百八十八，我们直播间两瓶五十九。", "false_price"),
            U("我们这个不是药，被叮得严重的还是要去医院看。"),
            U("超市那种花露水，味冲得能把人熏晕，全是香精。", "disparagement"),
            U("有效成分是柠檬桉叶油，包装上有农药登记证号。"),
            U("疾控中心的人出去蹲点，包里揣的就是我们这瓶。", "false_endorsement"),
            U("工厂说今年原料就这么多，卖完就得明年见了。", "false_urgency"),
            U("要批发的宝子，企鹅号就挂在我的简介里。", "off_platform"),
            U("姐妹们喷了这个，晚上老公都舍不得离你远，懂的都懂。", "vulgar"),
            U("戴上手环，登革热那种蚊子传的病就不用怕了。", "medical_claim", "guarantee_claim"),
            U("第一次用的宝宝，先在手腕内侧试一小块。"),
            U("两岁以下的宝宝不建议用，包装上也写了。"),
            U("好多明星去海岛拍戏都带这个，剧组人手一瓶。", "false_endorsement"),
            U("别家的驱蚊手环就是个橡皮圈，戴了等于白戴。", "disparagement"),
            U("三二一上链接，没抢到的下一场可就没这个价了。", "false_urgency"),
            U("孕妇也能放心喷，零刺激，一点副作用都没有。", "guarantee_claim"),
            U("最近雨水多蚊子多，大家家里的积水记得倒掉。"),
            U("喷完别往眼睛里揉，沾到了赶紧用清水冲。"),
            U("这瓶喷雾在驱蚊界，算是祖师爷级别的存在。", "absolute_claim"),
            U("原价一百二十九的手环，今天九块九包邮到家。", "false_price"),
            U("订单多发不过来的话，我会在公屏说真实发货时间。"),
            U("被叮了痒得厉害的，还是去药店买止痒药膏。"),
            U("后台数字一直在跳，就剩二十几单，冲起来家人们。", "false_urgency"),
            U("加个小绿泡泡，私下转账我给你便宜十块。", "off_platform"),
            U("喷雾一瓶一百毫升，大概能用一个夏天。"),
            U("那个大主播卖的驱蚊液，我看就是骗傻子的玩意儿。", "disparagement", "vulgar"),
            U("手环的香味大概能维持两个礼拜，之后换芯就行。"),
            U("今天就到这儿，喜欢的点点关注，加个粉丝团。"),
            U("有任何售后问题，找小黄车里的官方客服就行。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("silk_quilt_fresh25", "camellia_oil_fresh25", "wall_paint_fresh25", "mosquito_repellent_fresh25"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
