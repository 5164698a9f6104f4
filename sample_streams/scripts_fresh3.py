"""Third batch of held-out labelled streams (manifest_fresh3.json): four more product domains, written once,
never tuned on.

Same label policy as scripts.py, scripts_hard.py, scripts_fresh.py and scripts_fresh2.py (labels = exactly the
categories the sentence itself violates, judged on the text by a person; traps carry none). The sentences were
written from the category definitions only (sample_streams/README.md's label policy, the research catalogue's
category descriptions), without reading the rule base, any labelled test data or the git history, and without
reusing or paraphrasing the example sentences of the catalogue or of the earlier scripts, so that a score on them
is a held-out figure.

What is in them: superlatives as slang or images (永远滴神, 天花板, 性价比之王, 全城做得最正, 找不出第二张), health
claims for formula, bedding and clinic services (脑子转得快, 换季感冒不用跑医院, 骨刺压回去, 腰间盘突出, 黄褐斑,
痘坑填平), promises without 保证 (空罐来找我退, 钱原封不动打回你卡上, 自掏腰包补一次, 闭着眼睛翻一倍, 少一分我补),
prices compared in new ways (母婴店问问, 家居卖场标价, 别的平台挂的价, 银行柜台的保费), urgency without 最后
(仓库不给留, 运营喊要改回原价, 库存剩两位数, 喝口水的功夫, 名额数着走, 补贴随时撤, 下月停售, 额度抢完系统关),
contact off the platform (扫头像上的码, 打我电话, 助理的私人号转账, 线下办公室刷卡, 小绿软件客户群), rivals
(进口洋品牌智商税, 天天打广告的大牌, 小作坊, 隔壁团购博主, 银行理财经理), authorities off the usual lists
(社区医院儿保科主任, 部队干休所, 整形美容协会会长, 金融监管总局, 电视上的经济学家), abuse aimed at viewers
(装什么专家滚一边去, 沙雕, 特么, 丑人多作怪, 老赖穷鬼命).
Traps: 母乳是宝宝最好的食物 (the notice formula sellers are expected to give), 奶粉是食品不是药, 我不说它能治失眠,
我不跟你们说做了就一定变白, 我不说它收益最高, specifications (冲调水温, 九百克, 弹簧床垫尺寸, 枕头高度, 疗程间隔),
terms (溯源码, 一百天试睡, 团购券有效期, 犹豫期十五天, 现金价值表), quoted rules (医美广告不能用患者对比,
理财非存款), advice (大便有变化先减量问医生, 做完别化妆别沾水, 如实告知), innocent 第一次/最近/最后/最重要,
rivals mentioned neutrally (慕思, 平安、国寿), the platform's customer service and an insurer's official hotline.

Conditions (generate_fresh.py --batch fresh3): infant_formula_fresh3 like the demo set; mattress_fresh3 rendered like the demo
set and then degraded like degrade.py (1.2x tempo, pink noise and a backing track 10 dB under the speech);
beauty_clinic_fresh3 and insurance_fresh3 like generate_hard.py with every condition at once (lower voice,
babble of 3 and 2 voices, reverb, AAC 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="infant_formula_fresh3",
        product="婴幼儿奶粉 (infant formula, stage 3 and 4)",
        voice=Voice(duration=1.01, f0=1.04),
        seed=911,
        chords=(F, C, G, Am),
        utterances=(
            U("家人们晚上好，今天给大家带的是三段和四段的奶粉，一岁以上的宝宝喝的。"),
            U("先说一句，母乳是宝宝最好的食物，能喂母乳的妈妈还是尽量喂母乳。"),
            U("这罐奶粉喝上两个月，宝宝脑子转得特别快，认字都比同龄的孩子早。", "medical_claim"),
            U("这罐奶粉，宝妈圈里都管它叫永远滴神，配方奶里的天花板，别的罐子根本不够看。", "absolute_claim"),
            U("冲调的时候水温四十到五十度，先放水后放粉，一平勺兑三十毫升。"),
            U("宝宝一换季就反反复复感冒的，喝了这个，一整个冬天都不用往医院跑。", "medical_claim"),
            U("社区医院儿保科的主任，自己都给孙子囤了好几箱，她说这个配方靠谱。", "false_endorsement"),
            U("你去楼下母婴店问问，这一罐没有低于三百五的，我这边两罐才三百出头。", "false_price"),
            U("有妈妈问会不会上火，这个因人而异，大便有变化的话先减量，还不行就问问医生。"),
            U("那些进口的洋品牌，说穿了就是换个罐子收你智商税，里面的奶源跟咱们没两样。", "disparagement"),
            U("咱们这一罐是九百克的大罐，保质期两年，生产日期都是今年九月份的。"),
            U("这个价我跟厂家磨了半个月，等这一箱发完，仓库那边就不给我们留货了。", "false_urgency"),
            U("要整箱的宝妈别在这儿拍了，扫我头像上那个码加一下，私下给你算便宜点。", "off_platform"),
            U("每一罐都有溯源码，扫一下能查到批次，平台这边也有正品保障。"),
            U("喝了宝宝还是不长肉，你拿着空罐子来找我，我一罐一罐给你退钱。", "guarantee_claim"),
            U("还有人问是不是第一次来我们直播间，第一次来的点个关注，上新会提醒你。"),
            U("别听那帮黑粉瞎咧咧，一群没当过妈的在这儿装什么专家，都给我滚一边去。", "vulgar"),
            U("奶粉是食品，不是药，宝宝过敏、湿疹这些还是得去医院看，别指望换个奶粉就能好。"),
            U("有些宝宝刚换奶粉放屁会多一点，这是正常的，一般一两周就适应了。"),
            U("后台运营在我耳边喊了，这个链接一会儿就要改回原来的价，手慢的只能等下次了。", "false_urgency"),
            U("最近很多人问羊奶粉和牛奶粉哪个好，其实各有各的好，主要看宝宝的体质。"),
            U("好了今天就到这儿，有售后问题找平台客服，别私下找人转账，小心被骗。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="mattress_fresh3",
        product="床垫和枕头 (mattresses and pillows)",
        voice=Voice(duration=0.96, f0=1.0),
        seed=922,
        chords=(G, Em, C, Dm),
        utterances=(
            U("来来来，刚进来的朋友，今天咱们卖床垫和枕头，先把尺寸给大家报一下。"),
            U("一米五乘两米和一米八乘两米的都有，厚度二十五公分，独立袋装弹簧。"),
            U("颈椎不好的，早上起来脖子发僵的，枕这个枕头半个月，那个骨刺都能给你压回去。", "medical_claim"),
            U("腰间盘突出的睡这个床垫，睡上一阵子腰就不疼了，比贴膏药强多了。", "medical_claim"),
            U("这张床垫我敢说，全国你找不出第二张躺着这么舒服的，谁家都比不了。", "absolute_claim"),
            U("不过我得说一句，床垫软硬是个人感受，没有哪张床垫适合所有人。"),
            U("家居卖场里这一张标着一万二，咱们今天三千九百九，直接搬回家。", "false_price"),
            U("那家天天打广告的大牌床垫，钱全花在明星身上了，里面塞的就是一堆黑心棉。", "disparagement"),
            U("这款枕头的乳胶是从泰国进口的，报关单我们都放在详情页里了。"),
            U("助眠的事我不乱说，我不说它能治失眠，它就是让你躺得舒服一点，失眠还是得看医生。"),
            U("部队干休所统一采购的就是这一款，老干部们睡了都说好。", "false_endorsement"),
            U("一百天试睡，睡得不舒服可以退，这是品牌的售后政策，详情页里写着。"),
            U("睡了我这张床垫你要是还腰疼，我把钱原封不动打回你卡上。", "medical_claim", "guarantee_claim"),
            U("要定制尺寸的别在这儿拍，直接打我电话，幺三九开头，后面几位我写在背景板上。", "off_platform"),
            U("现在下单送一对枕套和一个床笠，赠品的数量写在商品页上。"),
            U("库存就剩两位数了，这一批卖完，工厂要排到年后才能再做。", "false_urgency"),
            U("最后给大家讲一下怎么保养，每三个月把床垫掉个头，受力更均匀。"),
            U("弹幕里说我们卖假货的那位，你是不是沙雕啊，买不起就别在这儿叫唤。", "vulgar"),
            U("枕头有低枕和中枕两种高度，侧着睡的选中枕，平躺睡的选低枕。"),
            U("我喝口水的功夫，这个价格可能就没了，抢到就是赚到。", "false_urgency"),
            U("慕思的床垫也挺好的，预算够的可以去看看，咱们家主打的是性价比。"),
            U("好，三号链接上了，有问题点右下角找在线客服，物流是送货上门的。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="beauty_clinic_fresh3",
        product="医美团购：水光针、热玛吉、祛斑 (beauty-clinic vouchers)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=933,
        chords=(Am, F, C, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("姐妹们晚上好，今天这场是医美团购，水光针、热玛吉、祛斑都有，到店核销。"),
            U("先提醒一下，医美是医疗项目，做之前都要面诊，有过敏史和怀孕的不能做。"),
            U("我们合作的机构都有医疗机构执业许可证，医生的资质在详情页可以查到。"),
            U("脸上那些黄褐斑，打两次就淡没了，打完以后再也不会反黑。", "medical_claim", "guarantee_claim"),
            U("这家的热玛吉是全城做得最正的，别的家跟它一比都是小作坊。", "absolute_claim", "disparagement"),
            U("水光针一个疗程是三次，每次间隔四周左右，具体还是听医生的安排。"),
            U("别的平台上同样的套餐挂三千八，我这儿给姐妹们一千六百八，差了一半还多。", "false_price"),
            U("中国整形美容协会的会长，亲自来给这家机构站过台，这个分量你们懂的。", "false_endorsement"),
            U("有姐妹问做完能不能马上化妆，二十四小时之内别化妆，也别沾水。"),
            U("热玛吉做完你不满意，回来找我，我自掏腰包给你再补做一次。", "guarantee_claim"),
            U("还在那边问东问西的，穷就直说，特么别耽误大家时间，丑人多作怪。", "vulgar"),
            U("团购券三个月有效，过期没用会自动退款，这是平台的规则。"),
            U("这个价只放五十个名额，我数着呢，已经走了四十七个了。", "false_urgency"),
            U("想约周末好时段的，加我助理的私人号，她帮你插队，钱直接转给她就行。", "off_platform"),
            U("我不跟你们说做了就一定变白，每个人的肤质都不一样。"),
            U("隔壁那个团购博主卖的都是兑了水的假货，做完烂脸的一抓一大把。", "disparagement"),
            U("最近天气干，做完水光一定要多补水，防晒也要跟上。"),
            U("国家规定医美广告不能用患者做前后对比，所以对比图我们就不放了。"),
            U("熬夜长的痘印和痘坑，做这个点阵激光，一次就给你填平了。", "medical_claim"),
            U("这个价是平台补贴的，补贴随时会撤，撤了我也没办法，犹豫的姐妹后面别来找我哭。", "false_urgency"),
            U("好了，下单以后在订单里预约时间，核销有问题找平台客服处理。"),
        ),
    ),
    HardStream(
        name="insurance_fresh3",
        product="保险和理财：重疾险、增额寿、储蓄型产品 (insurance and savings products)",
        voice=Voice(duration=0.98, f0=0.86),
        seed=944,
        chords=(Dm, Am, C, G),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.4, bitrate="32k"),
        utterances=(
            U("大家好，今天聊聊保险和储蓄型的产品，先说清楚，我是持证的保险代理人。"),
            U("理财非存款，产品有风险，投资须谨慎，这句话我每场开头都要念一遍。"),
            U("这款产品，放进去的钱闭着眼睛都能翻一倍，十年以后你就躺着拿钱。", "guarantee_claim"),
            U("它每年的现金价值在合同里都写着，第几年退保能拿多少，表格放在详情页了。"),
            U("这款重疾险，说它是市面上的性价比之王，一点都不夸张，根本没有对手。", "absolute_claim"),
            U("同样五十万的保额，你去银行柜台买得掏八千多，在我这儿三千出头就搞定。", "false_price"),
            U("那些银行的理财经理，就会坑你们老年人的养老钱，吃人不吐骨头。", "disparagement"),
            U("犹豫期是十五天，十五天之内退保，保费全额退还，这是监管的规定。"),
            U("这个产品是金融监管总局重点推荐给老百姓的，国家给你兜底，你怕什么。",
              "false_endorsement", "guarantee_claim"),
            U("有人问带病能不能投保，一定要如实告知，高血压这些要看核保的结果。"),
            U("下个月一号这款就停售了，以后再想买这么高的利率，门都没有。", "false_urgency"),
            U("要签大单的别在这儿下单，来我们线下办公室，签完直接刷卡给我。", "off_platform"),
            U("我不说它收益最高，它就是稳，适合不想折腾的人。"),
            U("第一年的保费可以按月交，也可以按年交，按年交会便宜一点点。"),
            U("你买了我给你拍胸脯，每年百分之六的收益雷打不动，少一分我补给你。", "guarantee_claim"),
            U("弹幕那个说保险都是骗人的，你个老赖，活该一辈子穷鬼命。", "vulgar"),
            U("上周有个大姐问我，最近存款利率又降了，还要不要存定期，我说看你的用途。"),
            U("名额是按额度走的，额度一抢完系统就直接关了，你刷新都没用。", "false_urgency"),
            U("想要返点的私信我，我拉你进小绿软件里的客户群，返你一成保费。", "off_platform"),
            U("平安、国寿这些大公司的产品也可以对比着看看，适合自己的最重要。"),
            U("这套方案是一位经济学家帮我们设计的，他在电视上天天讲，你们肯定见过。", "false_endorsement"),
            U("好，今天就到这儿，有问题问平台客服，或者拨打保险公司的官方热线。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("infant_formula_fresh3", "mattress_fresh3", "beauty_clinic_fresh3", "insurance_fresh3"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
