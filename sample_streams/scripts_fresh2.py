"""Second batch of held-out labelled streams (manifest_fresh2.json): four more product domains, written once,
never tuned on.

Same label policy as scripts.py, scripts_hard.py and scripts_fresh.py (labels = exactly the categories the
sentence itself violates, judged on the text by a person; traps carry none). The sentences were written from the
category definitions only (sample_streams/README.md, the research catalogue's category descriptions), without
reading the rule base or any labelled test data, and without reusing or paraphrasing the example sentences of the
catalogue or of the earlier scripts, so that a score on them is a held-out figure.

What is in them: superlatives by circumlocution (没有一家比我们更严, 要说第二没人敢说第一, 做膜圈子里的一哥, 排头名),
diseases named as what goes away (近视往回降, 血糖指标往下掉药都能停, 胸闷气短, 多动症坐得住, 鼻炎不打喷嚏), promises
without 保证 (卡了回来找我退全款, 考不上九十分学费退您, 拿不到奖免费续课, 油耗没降赔你两瓶), prices compared in new
ways (cheaper than the buy-back price, a pharmacy's per-gram price, 专卖店/汽车城 prices, 出厂价 in a fan club),
urgency without 最后 (运营一会儿来改价, 老板随时让我改回去, 只挂到这首歌放完, 一清完就停产, a countdown to the
stock release), contact off the platform (当面验机当面给钱省得平台扣点, 绿泡泡, a phone number on the board, 家长群
and a payment code, 车友会群号 in the profile), rivals by nickname (某鱼, 某帮某猿, 某宝, 路边小店, 超市里那种),
authorities off the usual lists (部委机关公务机, 省中医院的老主任, 教育部点名, 重点小学的校长, 交警队指定, 中石化内部
配方), abuse and innuendo (闲得蛋疼, 懂个屁, 你全家都是骗子, 车震).
Traps: 不是说这台是最好的, 我不说我们的膜是最好的, 我们不承诺提分, 没人能打包票, 添加剂不是什么神药, 枸杞是普通食品不是药,
specifications (电池健康, 四加一百二十八, 分辨率), warranty and refund terms (店保一年, 全国联保, 按没上的课时退钱,
免费重贴一次), quoted rules (手机辐射的国家标准, 药食同源目录, 前挡透光率不能低于百分之七十), advice (别用开水烫,
一天十五到二十克, 孕妇不建议, 一次别超过四十分钟), innocent 最近/第一次/第一单元/最关心/最后说一下, a rival mentioned
neutrally (隔壁老张家, 隔壁直播间), the platform's customer service, a link with a stated end time (挂到十点).

Conditions (generate_fresh.py --batch fresh2): used_phone_fresh2 like the demo set; goji_herbs_fresh2 rendered like the demo set
and then degraded like degrade.py (1.2x tempo, pink noise and a backing track 10 dB under the speech);
kids_tablet_fresh2 and car_gear_fresh2 like generate_hard.py with every condition at once (lower voice, babble of
2-3 voices, reverb, AAC 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="used_phone_fresh2",
        product="二手手机、官翻机 (second-hand and refurbished phones)",
        voice=Voice(duration=1.0, f0=1.02),
        seed=811,
        chords=(C, G, Am, Em),
        utterances=(
            U("哈喽各位晚上好，今天这一场全是二手和官翻的手机，规矩先跟大家讲清楚。"),
            U("电池健康低于百分之八十五的，我们都换过新电芯，详情页里写着呢。"),
            U("说句不谦虚的，验机这块，整个二手圈子没有一家比我们更严的。", "absolute_claim"),
            U("外面回收商收这台都得给两千出头，我们卖你一千八，等于倒贴钱给你。", "false_price"),
            U("有人问是不是翻新机，我们是官翻，主板没拆过，序列号在设置里就能查。"),
            U("这机子你放心用，用到你换下一台之前都不会卡，卡了回来找我退全款。", "guarantee_claim"),
            U("某鱼上那些个人卖的，十台里有八台是拼装机，买了就是给自己找罪受。", "disparagement"),
            U("买回去不满意，七天无理由退货，平台还送运费险，放心拍。"),
            U("想再便宜点的别在公屏上问，直接加我绿泡泡，私下给你报个底价。", "off_platform"),
            U("保修的话我们给一年店保，人为进水和摔坏的不在保修范围，这个先说清楚。"),
            U("这批是某部委机关统一换下来的公务机，机关里都用这个牌子，质量有公家给你兜底。", "false_endorsement"),
            U("最近好多人问苹果和安卓哪个保值，说实话两边都有掉价快的型号，看你自己怎么用。"),
            U("天天拍了又退的那几位，你是不是闲得蛋疼，赶紧滚出我的直播间。", "vulgar"),
            U("这块是护眼屏，孩子拿它上网课，用上半年，近视还能往回降个五十度。", "medical_claim"),
            U("手机壳和钢化膜都送，第一次买二手机的朋友可以选这个套餐。"),
            U("这个价是我跟老板磨了一下午才磨下来的，他随时可能让我改回去，想要的现在就拍。", "false_urgency"),
            U("有人担心辐射，手机辐射是有国家标准的，我们这些机子都在标准范围里面。"),
            U("本地的朋友可以直接来我们华强北的档口，当面验机当面给钱，省得平台扣点。", "off_platform"),
            U("我不是说这台是最好的，预算有限的话它还算划算，想拍照好的还是加点钱上新款。"),
            U("成色这么好的，全城你找不出第二台，运营一会儿就来改价，要的抓紧。", "absolute_claim", "false_urgency"),
            U("拍下以后有任何问题，点右下角找平台客服，别私下给任何人转钱。"),
            U("好了，今天就到这儿，明天同一时间还是二手机专场，拜拜。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="goji_herbs_fresh2",
        product="枸杞、黄芪、当归 (goji berries and herbal ingredients, sold as ordinary food)",
        voice=Voice(duration=0.97, f0=0.99),
        seed=822,
        chords=(Am, Dm, G, C),
        utterances=(
            U("家人们，欢迎来到宁夏老乡的直播间，今天上枸杞、黄芪和当归，都是当普通食材卖的。"),
            U("这枸杞是中宁的头茬果，颗粒大，一斤大概四百多粒，泡水不掉色。"),
            U("血糖高的家人，每天抓一把干嚼，三个月下来指标蹭蹭往下掉，药都能停。", "medical_claim"),
            U("泡水之前先用温水过一遍，别用开水烫，这样甜味出来得快。"),
            U("超市里那种红得发亮的，全是硫磺熏出来的，吃它还不如不吃。", "disparagement"),
            U("黄芪煮水当茶喝，那种老是胸闷气短的，喝个把月心脏都舒坦了。", "medical_claim"),
            U("枸杞是普通食品，不是药，身体有毛病的还是得去医院，别指望它治病。"),
            U("我们家当归是省中医院的老主任亲自挑的，他们医院药房都从我们这进货。", "false_endorsement"),
            U("五百克一袋，药店里按克称要卖一百八，咱直播间三十九块九。", "false_price"),
            U("有人问一天吃多少，一般十五到二十克就够了，吃多了容易上火。"),
            U("场控说已经抢走一大半了，链接我只挂到这首歌放完。", "false_urgency"),
            U("黄芪是国家公布的药食同源目录里的，能当食材卖，但说到底它是食品，不是保健品。"),
            U("要整箱批发的别在这拍，打我电话，一三八零九五一开头那个，我写在小黑板上了。", "off_platform"),
            U("当归炖汤放两三片就行，孕妇和经期的女生不建议吃，这个要注意。"),
            U("公屏那个说我们卖假货的，你懂个屁，一边凉快去，少在这放屁。", "vulgar"),
            U("在中宁这片儿，我们家的货要说第二，没人敢说第一。", "absolute_claim"),
            U("隔壁老张家也卖枸杞，他家是做批发的，价格跟我们差不多，大家自己比较。"),
            U("吃一个月，看手机眼睛还发干发涩的，你回来找我，钱原封不动退给你。", "medical_claim", "guarantee_claim"),
            U("我们有检测报告，农残那一页放在商品详情的第三张图。"),
            U("刚刚一下子又进来两千多人，货根本不够分，手慢的今天肯定抢不到。", "false_urgency"),
            U("最后说一下发货，今天拍的明天下午从银川发，偏远地区要补运费。"),
            U("点个关注，加入粉丝团，每周三的福利都在平台上领。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="kids_tablet_fresh2",
        product="儿童学习机和网课 (children's learning tablets and courses)",
        voice=Voice(duration=1.0, f0=0.88),
        seed=833,
        chords=(G, C, Em, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.55, bitrate="32k"),
        utterances=(
            U("各位家长晚上好，今天跟大家聊聊学习机怎么选，孩子几年级该用什么配置。"),
            U("这款是八英寸的屏，四加一百二十八的内存，小学六年的课本都预装好了。"),
            U("买了这套课，期末数学考不上九十分，学费我一分不少退给您。", "guarantee_claim"),
            U("家长最关心的是护眼，这块屏过了低蓝光认证，不过再护眼，一次也别超过四十分钟。"),
            U("我们同步课请的都是北师大的特级教师，教育部都点名推荐过这一套。", "false_endorsement"),
            U("有多动症的孩子，每天跟着专注力训练练二十分钟，一个月就坐得住了。", "medical_claim"),
            U("有人问能不能装游戏，我们有家长管控，孩子自己装不了，这个您放心。"),
            U("某帮、某猿那几家，题库都是网上扒来东拼西凑的，买它就是交智商税。", "disparagement"),
            U("同样配置的机子，外面专卖店都卖四千多，我们连机器带课，今天两千九百九。", "false_price"),
            U("家长们也别焦虑，学习机只是个工具，孩子成绩好不好，关键还是陪伴。"),
            U("仓库刚在群里喊了，这批货一清完就停产，不会再有了，犹豫的家长今晚就得定。", "false_urgency"),
            U("第一单元的课可以免费试听，孩子愿意听您再下单。"),
            U("公屏上说我们是骗子的那个，你算什么东西，你全家都是骗子。", "vulgar"),
            U("识别率这一块，整个行业我们排头名，别家都是跟在后面学的。", "absolute_claim"),
            U("我们不承诺提分，每个孩子基础不一样，但学习报告每周都会推给您。"),
            U("报名以后拉您进我们自己的家长群，课费扫我的收款码，比在这拍能便宜三百。", "off_platform"),
            U("售后是全国联保，坏了就近找线下的服务点，维修记录在平台上都能查。"),
            U("好几个市重点小学的校长私下都跟我说，自家孩子用的就是这款。", "false_endorsement"),
            U("别信那些说学了就能进重点中学的，教育这东西没人能打包票。"),
            U("报我们的编程课，孩子十二岁之前拿个省级奖不成问题，拿不到我们免费续课到拿到为止。", "guarantee_claim"),
            U("课程有效期是三年，中途想退课，按没上的课时退钱，合同里写得很清楚。"),
            U("今天就讲到这儿，下课，明天晚上八点还是这个直播间。"),
        ),
    ),
    HardStream(
        name="car_gear_fresh2",
        product="汽车用品：行车记录仪、车窗膜、燃油添加剂 (car accessories)",
        voice=Voice(duration=0.98, f0=0.86),
        seed=844,
        chords=(Em, C, G, Dm),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.4, bitrate="32k"),
        utterances=(
            U("老铁们晚上好，今天车品专场，记录仪、隔热膜、燃油添加剂都有。"),
            U("这个记录仪前后双录，前面是两千五百九十二的分辨率，夜里车牌也能看清。"),
            U("贴膜之前说一句，前挡的透光率国家规定不能低于百分之七十，太黑的我们不给前挡贴。"),
            U("加完这瓶，百公里油耗要是没降一个油，你把空瓶寄回来，我赔你两瓶。", "guarantee_claim"),
            U("这膜在做膜的圈子里就是一哥，隔热这一项谁也超不过它。", "absolute_claim"),
            U("路边小店贴的那种膜，贴完就起泡，车里一股怪味，他们就是专坑小白的。", "disparagement"),
            U("贴膜师傅都有十年以上的经验，贴完不满意可以免费重贴一次，这个写在商品页了。"),
            U("车载净化器开着，有鼻炎的车主一路都不打喷嚏，过敏也给你压下去。", "medical_claim"),
            U("想拿出厂价的，别在直播间拍，车友会的群号在我主页简介里，进群再说。", "off_platform", "false_price"),
            U("最近下雨天多，记录仪记得把停车监控打开，被剐了能找到人。"),
            U("这款记录仪是交警队指定的，交警同志自己车上装的都是它。", "false_endorsement"),
            U("这膜一贴，车里干啥外面都看不见，车震都没人知道，懂的都懂。", "vulgar"),
            U("这卷膜今天一百九十八包施工，同样的膜你去汽车城问问，没三千下不来。", "false_price"),
            U("添加剂不是什么神药，车况差的该修还是得修，别指望加一瓶就好。"),
            U("倒数五个数放库存，五，四，三，二，一，开抢，晚一秒就是空的。", "false_urgency"),
            U("隔壁直播间也卖同款记录仪，他们送的储存卡容量大一点，这个如实说。"),
            U("有任何售后问题，在订单页面点申请售后，平台客服二十四小时都在。"),
            U("我不说我们的膜是最好的，贴膜这东西看施工，选个靠谱的店比选牌子重要。"),
            U("某宝上那些几十块的记录仪，拍出来跟马赛克一样，纯纯的电子垃圾。", "disparagement"),
            U("这个链接挂到十点，十点以后我们就切下一个品。"),
            U("这燃油宝用的是中石化的内部配方，加油站的人自己车里加的都是这个。", "false_endorsement"),
            U("好了兄弟们，安全驾驶，喝酒不开车，明天见。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("used_phone_fresh2", "goji_herbs_fresh2", "kids_tablet_fresh2", "car_gear_fresh2"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
