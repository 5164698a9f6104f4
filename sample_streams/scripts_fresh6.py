"""Sixth batch of held-out labelled streams (manifest_fresh6.json): four more product domains, written once,
never tuned on.

Same label policy as scripts.py, scripts_hard.py and the earlier scripts_fresh*.py (labels = exactly the categories
the sentence itself violates, judged on the text by a person; traps carry none). The sentences were written from
the category definitions only (sample_streams/README.md's label policy, the research catalogue's category
descriptions), without reading the rule base, the tests, the matcher, any labelled test data or the git history,
and without reusing or paraphrasing the example sentences of the catalogue or of the earlier scripts, so that a
score on them is a held-out figure.

What is in them: superlatives as images, comparisons or slang without 最 (说自己是老二就没人敢称老大, 独一档,
连车尾灯都看不见, 扛把子, 王炸, 只能给它提鞋, 全省头牌, 同行都得叫师傅), health claims for a toothbrush, a water
flosser, toothpaste, a sleeping bag, a camp chair, a hair serum, a shampoo and a make-up artist's essence with the
disease named first or only hinted (牙龈出血是牙周炎, 蛀牙的小黑洞长回去, 口腔溃疡收口, 牙结石自己掉, 老寒腿,
腰肌劳损, 脂溢性脱发, 斑秃, 产后掉发, 痘和红血丝), promises without 保证 (二十一天没白两个色号退钱, 牙结石掉不下来
退双倍, 渗进一滴水赔新的再加五百, 冻醒一次全款退, 斑秃那块没长毛原样退, 头发不蓬松三倍赔, 看不出瘦十斤退双倍定金,
漏一个镜头整单退), prices against an unprovable reference (商场柜台, 户外店挂牌, 去年国庆别的平台, 理发店推的同款,
影楼门市价, 上个月婚博会), urgency without 最后 (三百份进度条到八成, 两万多人在抢库存两位数, 工厂尾单卖完断货,
五千多人涌进来只剩一百来瓶, 买二送一挂二十分钟, 好日子档期剩两个有八十多对在问, 赠品送出十七份, 只挂到今晚十二点),
contact and payment off the platform (公屏打字让助理加你走对公转账, 自己的小程序商城, 扫背后板子上的码加领队, 另一个
软件上的小号直播不抽成, 联系方式写在包裹卡片上, 到店付全款比线上少一千, 老板私人号是屏幕底下那串数字), rivals by
description or nickname (广告满天飞的蓝色大牌子, 名字里带骆驼的牌子, 打着生姜旗号的老牌子, 街对面挂大红灯笼招牌的
影楼), authorities off the usual lists (北大口腔医院的老教授, 珠峰登山队, 国家地理的摄影师, 国家毛发研究中心, 金马奖
男演员, 市婚庆行业协会和婚姻登记处), abuse aimed at viewers (臭嘴, 狗嘴里吐不出象牙, 睁眼瞎, 秃驴, 穷得叮当响丢人现眼).
Traps: disclaimers (牙刷治不了病去口腔医院, 精华液是化妆品不能替你看病, 米诺地尔是药要听医生的, 化妆品过敏先看医生,
卡式炉别在帐篷里点), specifications (最长续航, 帐篷最大能扛七级风, 睡袋极限温标, 精修最多放大到二十四寸), terms and
quoted rules (保修两年刷头是耗材, 七天无理由但用过沾泥的不行, 开封后不支持七天无理由, 定金和改期费写在合同里), prices
stated plainly (冲牙器单买和组合价, 洗发水单买和两瓶价, 加一套服装四百), innocent 第一次/最近/第一站/首先, rivals mentioned
neutrally (飞利浦和欧乐B, 黑鹿和牧高笛, 同一条街上的好几家影楼), the platform's customer service and order messages, a
warning against private accounts that pose as customer service.

Conditions (generate_fresh.py --batch fresh6): toothbrush_fresh6 like the demo set; camping_gear_fresh6 rendered
like the demo set and then degraded like degrade.py (1.2x tempo, pink noise and a backing track 10 dB under the
speech); hair_growth_fresh6 and wedding_photo_fresh6 like generate_hard.py with every condition at once (lower
voice f0 0.87 and 0.89, babble of 3 and 2 voices, reverb RT60 0.45 and 0.55 s, AAC 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="toothbrush_fresh6",
        product="声波电动牙刷、冲牙器和牙膏 (electric toothbrush, water flosser, toothpaste)",
        voice=Voice(duration=1.01, f0=0.97),
        seed=1195,
        chords=(G, Em, C, Dm),
        utterances=(
            U("哈喽大家好，今天这场专讲口腔护理，电动牙刷、冲牙器和牙膏都有。"),
            U("先看这支声波牙刷，每分钟摆动四万次左右，五个模式，充一次电能用四十天。"),
            U("清洁力这块儿，它说自己是老二，整个市面上就没有哪支牙刷敢称老大。", "absolute_claim"),
            U("一刷牙就出血的，那是牙周炎找上你了，换它刷半个月，牙龈就不肿也不出血了。",
              "medical_claim"),
            U("牙齿松动、出血老不好的，还是得去口腔医院看，牙刷只管把牙刷干净，它治不了病。"),
            U("商场柜台上这支标着八百八十九，咱们今天二百九十九到手，还多送两个刷头。",
              "false_price"),
            U("冲牙器单买一百九十九，跟牙刷一起拍的话，两样一共四百五十九。"),
            U("牙缝里老塞东西的，每天拿冲牙器冲一冲，蛀牙不会再长，已经有的小黑洞也能慢慢长回去。", "medical_claim"),
            U("用满二十一天，牙齿没白两个色号，你把牙刷寄回来，钱我一分不少退给你。", "guarantee_claim"),
            U("北大口腔医院的一位老教授来过我们直播间，当场就说这支是他平时让病人去买的。", "false_endorsement"),
            U("第一次用电动牙刷的，头一两个礼拜牙龈会有点麻，这是正常的，先开柔和模式慢慢适应。"),
            U("送刷头的活动仓库一共就备了三百份，大家看右边那个进度条，已经走到八成了。", "false_urgency"),
            U("开诊所的朋友要批量拿货，别在这拍，公屏上打个团字，我让助理加你，走对公转账直接发货。",
              "off_platform"),
            U("那个广告打得满天飞的蓝色大牌子，马达就是玩具水平，刷俩月就没劲了，纯属交智商税。", "disparagement"),
            U("有人问飞利浦和欧乐B，都是老牌子，做得不错，我们这支就是价格更友好。"),
            U("弹幕里说主播牙黄的那个，先把你那张臭嘴闭上，狗嘴里吐不出象牙。", "vulgar"),
            U("整机保修两年，电池也在保修里面，刷头算耗材，不在保修范围。"),
            U("牙结石厚的，用它刷一个月，石头自己就掉下来了，掉不下来我退你双倍的钱。",
              "medical_claim", "guarantee_claim"),
            U("牙膏是含氟的，大人每次挤黄豆大小就够了。"),
            U("口腔溃疡反反复复的，拿这个牙膏刷一个礼拜，溃疡就收口了，以后也不再犯。", "medical_claim"),
            U("五分钟以后就恢复原价，我让助理把表挂上，现在还剩四分多钟。", "false_urgency"),
            U("还想更便宜的，私信我要个口令，去我们自己的小程序商城下单，比这里再少五十。", "off_platform"),
            U("最长续航我们测的是四十二天，按一天刷两次算。"),
            U("收到货有问题，在订单页面点联系客服，七天无理由退换，这个是平台的规定。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="camping_gear_fresh6",
        product="帐篷、睡袋、卡式炉和折叠椅 (camping gear: tent, sleeping bag, camp stove, folding chair)",
        voice=Voice(duration=1.03, f0=1.05),
        seed=1206,
        chords=(Am, Dm, G, C),
        utterances=(
            U("户外的朋友们晚上好，今天露营专场，帐篷、睡袋、卡式炉、折叠椅，一场全给大家讲完。"),
            U("先看这顶帐篷，三到四个人住，铝合金杆，外帐防水三千毫米，收起来十一斤左右。"),
            U("帐篷最大能扛七级左右的风，前提是地钉和风绳全打好，风再大就别硬扛了，赶紧撤。"),
            U("同价位的帐篷我摸过不下两百顶，防水做到这个份上的，它是独一档，后面的连车尾灯都看不见。",
              "absolute_claim"),
            U("户外店里这顶帐篷挂牌一千六百八，今天直播间六百三十九，地席和天幕我还白送。", "false_price"),
            U("睡袋是鸭绒的，舒适温标零下五度，极限温标零下十二度，去高海拔之前自己看好温标再选。"),
            U("老寒腿、关节一到阴天就疼的，晚上钻进这个睡袋捂上一宿，第二天腿就不疼了，比贴膏药还管用。",
              "medical_claim"),
            U("这顶帐篷你拉到山上淋一整夜雨，里面只要渗进来一滴水，我赔你一顶新的，再加五百块路费。",
              "guarantee_claim"),
            U("珠峰登山队上去那一年，大本营里搭的就是我们这个牌子，人家是专门点名要的。", "false_endorsement"),
            U("卡式炉千万不要在帐篷里面点，一氧化碳中毒是会出人命的，做饭到外面通风的地方做。"),
            U("看一下屏幕上的数，现在两万三千多人在抢这顶帐篷，库存那一栏已经变成两位数了。", "false_urgency"),
            U("要整套装备去草原自驾的，别一件一件拍了，扫我背后那块板子上的码，加我们领队，价钱私下好商量。",
              "off_platform"),
            U("那个名字里带骆驼的牌子，帐篷一下雨就漏成筛子，睡一晚上跟泡澡一样。", "disparagement"),
            U("黑鹿和牧高笛的我也都用过，各有各的好，喜欢轻量化的也可以去看看他们家的。"),
            U("说我们帐篷是垃圾的那个，你个睁眼瞎，自己不会搭还怪帐篷，滚一边去。", "vulgar"),
            U("第一次去露营的新手，我建议先在离家近的营地住一晚，别一上来就往深山里钻。"),
            U("这把折叠椅坐过的人都说回不去了，露营椅里的扛把子，谁坐谁知道。", "absolute_claim"),
            U("去年国庆这把椅子在别的平台卖三百多，今天一百一十九，两把一起拍再减二十。", "false_price"),
            U("腰肌劳损坐久了就疼的，这把椅子的靠背是照着脊柱曲线做的，坐上一个月腰就养回来了。", "medical_claim"),
            U("椅子这一批是工厂的尾单，卖完就断货，下回补货得等到明年开春了。", "false_urgency"),
            U("想要更便宜的，晚上十点以后我在另一个软件上开小号直播，那边不抽成，价格直接砍三成。", "off_platform"),
            U("国家地理的摄影师带着这个睡袋进了无人区，零下三十度，你睡着要是冻醒一次，我全款退给你。",
              "false_endorsement", "guarantee_claim"),
            U("露营装备都支持七天无理由，但是帐篷用过了、沾了泥的就不行了，这个平台规则里写着。"),
            U("发货以后物流在订单里能看到，有问题找平台客服，别信那些自称是我们客服的私人号。"),
            U("好，帐篷一号链接，睡袋二号，卡式炉三号，椅子四号，卡式炉一台一百二十九，大家看好再拍。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="hair_growth_fresh6",
        product="养发精华液和控油洗发水 (hair-growth serum and anti-hair-loss shampoo)",
        voice=Voice(duration=0.99, f0=0.87),
        seed=1217,
        chords=(F, Am, Em, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.45, bitrate="32k"),
        utterances=(
            U("晚上好各位，今天聊头发，一瓶养发精华液，一瓶控油洗发水，掉头发的多听一会儿。"),
            U("精华液一瓶六十毫升，每天晚上洗完头吹干，往头皮上点十几滴，按摩两分钟。"),
            U("脂溢性脱发的，发际线都退到头顶了，拿它抹三个月，秃掉的那一块能重新长出一层黑头发。",
              "medical_claim"),
            U("斑秃的朋友，一个疗程抹下来，那一块要是没长出毛来，我把钱原封不动退给你。",
              "medical_claim", "guarantee_claim"),
            U("掉发特别厉害、一抓一大把的，先去医院皮肤科查一查，精华液是化妆品，不能替你看病。"),
            U("这瓶精华液在养发这个圈子里就是王炸，别家出什么新品都压不住它。", "absolute_claim"),
            U("理发店里给你推的同款精华，一瓶要价五百八，今天直播间一百六十八，还是买二送一。", "false_price"),
            U("国家毛发研究中心给它出过一份报告，专门把它列成防脱这一类里的推荐产品。", "false_endorsement"),
            U("洗发水是氨基酸的，一瓶五百毫升，油头一天一洗，干性头皮两三天洗一次就够了。"),
            U("洗发水单买八十九一瓶，跟精华液一起拍的话，两瓶一共二百三十九。"),
            U("生完孩子掉头发掉得厉害的宝妈，用这个洗发水洗一个月，头发就不掉了，发量还能回到怀孕以前。",
              "medical_claim"),
            U("那个打着生姜旗号的老牌子，洗完头皮又痒又油，里面全是硅油，谁用谁秃。", "disparagement"),
            U("后台显示这一会儿涌进来五千多个头发少的兄弟，精华液就只剩一百来瓶了。", "false_urgency"),
            U("发量特别少、想要一对一出方案的，私下找我，头皮管理师的联系方式我写在包裹里的小卡片上。",
              "off_platform"),
            U("最近天热，头皮出油多，洗完一定把头皮吹干，别湿着头发就去睡觉。"),
            U("说主播自己头发都是假的那个兄弟，你个秃驴，先管好你自己那三根毛吧。", "vulgar"),
            U("也有朋友在用米诺地尔，那个是药，得听医生的，跟我们这个化妆品不是一回事。"),
            U("这瓶精华液用完，头发没有明显变得蓬松有型，我三倍赔给你。", "guarantee_claim"),
            U("控油这一项，它一出来，别的洗发水都只能给它提鞋。", "absolute_claim"),
            U("去年拿了金马奖的那位男演员，拍戏前后都靠它撑发量，他经纪人亲口跟我说的。", "false_endorsement"),
            U("首先说清楚，头皮有伤口的，还有怀孕和哺乳期的，先别用精华液。"),
            U("精华液开封以后半年内用完，拆了封的不支持七天无理由，没拆的随便退。"),
            U("这个买二送一就挂二十分钟，表一停我就改回原价，后面的直播也不会再有了。", "false_urgency"),
            U("好，精华液一号链接，洗发水二号，有问题在订单里找客服。"),
        ),
    ),
    HardStream(
        name="wedding_photo_fresh6",
        product="婚纱照和婚礼跟拍套餐 (wedding photography, local service package)",
        voice=Voice(duration=1.03, f0=0.89),
        seed=1228,
        chords=(C, G, Am, F),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.55, bitrate="32k"),
        utterances=(
            U("新人们晚上好，今天是婚纱照和婚礼跟拍专场，我们在本地做了十来年，先说内景。"),
            U("基础套餐三套服装，内景加一个外景，精修三十张，入册二十张，送一个摆台。"),
            U("我们家摄影师拍的片子，放在整个省里都是头牌，同行见了都得叫一声师傅。", "absolute_claim"),
            U("一样是三套服装的套餐，影楼门市价报的是一万二，直播间今天拍下来四千九百九。", "false_price"),
            U("加一套服装是四百块，多精修一张三十块，都是明码标价，拍完了不会再让你加钱。"),
            U("我们拍出来的新娘，个个比本人瘦十斤，你拿到片子看不出瘦，定金我退你双倍。", "guarantee_claim"),
            U("新娘脸上长痘、有红血丝的，化妆师自己调的精华头天晚上一敷，第二天痘就消了，红血丝也退了。",
              "medical_claim"),
            U("对化妆品过敏的新娘提前说一声，可以用你自己带的化妆品，皮肤有毛病的先去看医生。"),
            U("我们是市婚庆行业协会点名的定点摄影单位，婚姻登记处大厅里挂的样片都是我们拍的。", "false_endorsement"),
            U("今年的好日子就那么几天，五月二十那天摄影师的档期就剩两个了，后台还有八十多对在问。",
              "false_urgency"),
            U("想要更多优惠的，别在直播间拍，直接来店里付全款，刷卡现金都行，比线上还能少一千。", "off_platform"),
            U("街对面那家挂着大红灯笼招牌的影楼，拍完就往死里加钱，底片还不给你，就是个坑人的窝。",
              "disparagement"),
            U("同一条街上还有好几家影楼，大家可以多看看样片比一比，选自己喜欢的风格就好。"),
            U("外景第一站我们一般去湿地公园，那边有湖有草坪，秋天的芦苇特别出片。"),
            U("嫌贵的那个，没钱就别结婚了，穷得叮当响还在这挑三拣四，丢人现眼。", "vulgar"),
            U("婚礼跟拍选我们，当天下雨也不怕，拍出来要是漏了一个重要镜头，整单我全退。", "guarantee_claim"),
            U("跟拍的档期我这边不好查，把婚期和名字发到我们老板的私人号上，就是屏幕底下那串数字。", "off_platform"),
            U("定金五百，合同里写着，拍摄日期前三十天改期不扣钱，三十天以内改期按合同收改期费。"),
            U("上个月婚博会上这个套餐卖七千八，今天四千九百九，只挂到今晚十二点，过了零点就涨回去。",
              "false_price", "false_urgency"),
            U("送相册的名额一共二十份，我刚看了一眼，已经送出去十七份了。", "false_urgency"),
            U("精修的照片最多能放大到二十四寸，再大就糊了。"),
            U("好，内景套餐一号链接，跟拍二号链接，拍下以后客服会在平台消息里约你看样片。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("toothbrush_fresh6", "camping_gear_fresh6", "hair_growth_fresh6", "wedding_photo_fresh6"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
