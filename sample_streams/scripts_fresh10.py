"""Tenth batch of held-out labelled streams (manifest_fresh10.json): four more product domains, written once,
never tuned on.

Same label policy as scripts.py, scripts_hard.py and the earlier scripts_fresh*.py (labels = exactly the categories
the sentence itself violates, judged on the text by a person; traps carry none). The sentences were written from
the category definitions only (sample_streams/README.md's label policy, the research catalogue's category
descriptions), without reading the rule base, the tests, the matcher, any labelled test data or the git history,
and without reusing or paraphrasing the example sentences of the catalogue or of the earlier scripts, so that a
score on them is a held-out figure.

What is in them: superlatives built as contests nobody else can enter (没碰到过对手, 翻个遍都没有它充得足, 全行业都得
排在后头, 王中王没人敢反驳, 摸不到我们的边, 全省排第一好几年没被超过, 没人能做到比它更准, 当之无愧的老大), health
claims for a down jacket, a nut gift box, a driving school and a smartwatch with the condition named first or only
hinted (老寒腿关节炎缓过来, 血脂高血管堵医生问你吃了什么药, 背书过目不忘, 便秘痔疮比开塞露管用, 手抖心慌多年的焦虑
症, 房颤心律不齐比心电图机准, 打呼憋气呼吸暂停自己消了), promises without 保证 (冻得打哆嗦原封不动退钱衣服白送,
过了年价格翻一番囤着就是赚, 一个月拿证拿不到全退, 校长跟考场打招呼下次让你过, 摔倒没打出电话赔新表加一千, 腰围
少五厘米不然退款表留着), prices against an unprovable reference (品牌线下门店标价, 品牌官网一直挂着, 超市年货区价签,
外面驾校普遍的报名价, 数码城柜台标价, 别家同样传感器的表), urgency without 最后 (一百多人卡在付款页面, 老板进直播间
就撤价, 已经卖出八万多盒仓库催停, 工厂放假年前不补货, 直播间报了三百多教练不够, 财务特批关播作废, 芯片断供卖完停产,
三万人抢两百块), contact and payment off the platform (胸口卡片上仓库的电话, 货款直接打到厂里账上, 手机壳背面的群二维码,
训练场现金交费不开单子, 名字后面那串数字的私人号码, 市中心门店报暗号, 不点链接直接发红包), rivals by description or
nickname (机场里挂红白蓝圆标的加拿大大鹅, 综艺里打广告的零食大牌, 九块九一大包拿漂白水泡的, 路口拉横幅的老牌驾校,
咬了一口的水果牌子), endorsements off the usual lists (国家登山队队长穿着登顶, 坚果炒货协会会长给协会发年货, 交警
大队长让亲戚来报名, 亚洲拉力赛冠军当技术顾问, 协和心内科老教授讲座演示, 奥运冠军训练馆里戴着上了转播), abuse and
innuendo aimed at viewers (歪瓜裂枣, 刷火箭转个圈口水流下来, 没人要来找存在感废物一个, 智商拿了驾照也是马路杀手,
车里就你们俩懂的都懂, 没见过世面的东西).
Traps: disclaimers (衣服只能保暖关节疼去风湿免疫科, 坚果是零食别指望代替降脂药, 能不能过看自己练谁也不能打包票,
手表数据只能参考不能当诊断, 吃着降压药的照吃手表代替不了医生), specifications and advice with 最/第一 (续航最长十天
左右, 第一次买看含绒量和充绒量, 最好中性洗涤剂手洗, 检测报告在详情页最后一张图, 第一次吃先少尝一点, 开了袋最好夹上
封口夹, 第一次考试的费用, 练车最好穿平底鞋, 第一次用先装官方配套软件, 最后再对一遍价格), plain prices and terms
(两件一起拍减五十, 分三期付, 补考费按车管所标准另交, 七天内不影响二次销售能退, 一年质保, 没开始练车可退款),
stated end times of an offer (晚上十一点结束, 零点以后恢复日常价有倒计时), rivals mentioned neutrally (波司登、雪中飞,
良品铺子、百草味, 其他驾校, 华为、小米), the national standard and test report, the radio type approval code, the
traffic police's free exam app, the platform's customer service, innocent 最近.

Conditions (generate_fresh.py --batch fresh10): down_jacket_fresh10 like the demo set; nut_giftbox_fresh10 rendered
like the demo set and then degraded like degrade.py (1.2x tempo, pink noise and a backing track 10 dB under the speech);
driving_school_fresh10 and smartwatch_fresh10 like generate_hard.py with every condition at once (lower voice f0 0.87
and 0.89, babble of 2 and 3 voices, reverb RT60 0.55 and 0.4 s, AAC 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="down_jacket_fresh10",
        product="白鹅绒羽绒服 (white goose-down jackets, long and short)",
        voice=Voice(duration=1.01, f0=0.97),
        seed=1501,
        chords=(G, Am, F, C),
        utterances=(
            U("哈喽各位，欢迎进直播间，今天给大家带的是一批白鹅绒的长款和短款羽绒服。"),
            U("这批的含绒量是百分之九十，长款充绒两百二十克，短款一百六十克，面料是防泼水的尼龙。"),
            U("我敢拍着胸脯说，论保暖，我在所有卖羽绒服的直播间里就没碰到过对手。", "absolute_claim"),
            U("家里老人有老寒腿、膝盖一到冬天就疼的，穿上这件长款过一冬，腿不疼了，关节炎都能缓过来。",
              "medical_claim"),
            U("有一点要说清楚，衣服只能保暖，关节疼得厉害的，还是要去医院风湿免疫科查一查。"),
            U("这一件在品牌的线下门店标价两千四百九十九，来直播间一件只要五百九十九。", "false_price"),
            U("长款五百九十九，短款四百七十九，两件一起拍再减五十，全部包邮。"),
            U("去年我们给国家登山队做过一批定制款，队长就是穿着咱们这件登顶的。", "false_endorsement"),
            U("零下四十度你穿着它在外面站一晚上，只要冻得打一个哆嗦，钱我原封不动退你，衣服白送。",
              "guarantee_claim"),
            U("后台跟我说黑色大码就剩十来件了，一百多个人在付款页面卡着，手慢的真的抢不到。", "false_urgency"),
            U("第一次买羽绒服的，别光看价格，先看标签上的含绒量和充绒量这两个数。"),
            U("想要出厂价的姐妹，我胸口别着的那张卡片上有我们仓库的电话，打过去报我的名字就行。", "off_platform"),
            U("机场里那个挂着红白蓝圆标的加拿大大鹅，一件卖一万多，里面的绒还不如我们的边角料。", "disparagement"),
            U("也有人问跟波司登、雪中飞比怎么样，都是做了几十年的老牌子，款式和版型各有各的特点。"),
            U("说这衣服丑的那位，先照照镜子看看自己长什么样，歪瓜裂枣的穿什么都白搭。", "vulgar"),
            U("最近北方降温了，短款上下班通勤够用，要去东北滑雪的建议直接上长款。"),
            U("同样这个价钱，你把全国的羽绒服翻个遍，绒子都没有它充得足。", "absolute_claim"),
            U("这个价我是跟老板磨了三天才磨下来的，等会儿老板进直播间一看见，肯定立马给我撤了。", "false_urgency"),
            U("洗的时候最好用中性洗涤剂手洗，千万别用洗衣机甩干，晾的时候拍一拍让绒子蓬起来。"),
            U("羽绒服是按国家标准做的，含绒量的检测报告在商品详情页最后一张图上。"),
            U("这款在品牌官网上一直挂着一千九百九十九，今天在我这儿连三折都不到。", "false_price"),
            U("腰这么一收，胸前这么一鼓，老铁们口水都流下来了吧，想看的刷个火箭，我转个圈给你们看。", "vulgar"),
            U("收到衣服不满意，七天之内不影响二次销售都可以退，来回的运费我们出。"),
            U("有朋友问会不会钻绒，面料是高密的，正常穿偶尔冒出一两根小绒毛是正常的。"),
            U("好，今天的活动到晚上十一点结束，尺码拿不准的，在订单页面找平台客服帮您看。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="nut_giftbox_fresh10",
        product="每日坚果和坚果礼盒 (daily nut packs and New Year nut gift boxes)",
        voice=Voice(duration=0.98, f0=1.05),
        seed=1502,
        chords=(Am, C, G, Dm),
        utterances=(
            U("宝子们晚上好，年货节提前开始了，今天上的是每日坚果和过年送人的坚果礼盒。"),
            U("礼盒里一共八种，有碧根果、夏威夷果、巴旦木、腰果，还有蔓越莓干，一盒两千克左右。"),
            U("长辈血脂高、血管堵的，每天早上嚼一包，吃完这一盒去医院复查，医生都得问你吃了什么药。",
              "medical_claim"),
            U("坚果是普通零食，热量也不低，一天一小把就够了，别指望它代替降脂药。"),
            U("孩子考试前吃上一个月，脑子转得飞快，背书过目不忘，期末排名往前窜一大截。", "medical_claim"),
            U("我们家的巴旦木，颗粒大小也好，脆度也好，全行业都得排在我们后头。", "absolute_claim"),
            U("超市年货区同样重量的礼盒，价签上印着四百六十八，我们今天一百二十九就给您送到家。", "false_price"),
            U("单买每日坚果，一箱三十包是八十九，礼盒一百二十九，两盒起拍每盒再便宜十块。"),
            U("中国坚果炒货协会的会长上回来我们厂里，尝完当场就订了五百盒，说过年协会里每个人都发一盒。",
              "false_endorsement"),
            U("这批货是从新疆的果园直接拉过来的，检测报告和生产日期都印在盒子背面。"),
            U("家人们看屏幕上的数，已经卖出去八万多盒了，仓库那边一直在催我赶紧停。", "false_urgency"),
            U("这一批卖完工厂就放假了，年前不会再补货，错过了就只能干等。", "false_urgency"),
            U("要两百盒以上的企业团购，别在链接里拍了，钱直接打到我们厂的账上，我让货车给你拉过去。",
              "off_platform"),
            U("福利群的二维码我贴在手机壳背面了，我举起来三秒钟，截个图扫进来，群里天天发内部价。", "off_platform"),
            U("那家天天在综艺里打广告的零食大牌，坚果都是库里压了一年的陈货，返了潮再回锅炒一遍。", "disparagement"),
            U("良品铺子、百草味的礼盒也不错，口味偏甜一点，大家按自己喜欢的挑。"),
            U("一晚上就你一个人在那挑刺，你是没人要才跑到直播间来找存在感的吧，废物一个。", "vulgar"),
            U("最近天气干，开了袋的坚果最好夹上封口夹，放在阴凉的地方，不然容易软。"),
            U("对坚果过敏的朋友，尤其是小朋友，第一次吃先少尝一点，看看有没有反应。"),
            U("吃了我们这坚果，便秘一个礼拜就通了，痔疮也不犯了，一个礼拜没通你来找我，整盒钱退给你。",
              "medical_claim", "guarantee_claim"),
            U("这礼盒囤着绝对不亏，过了年坚果价格肯定翻一番，现在多囤几箱就等于在赚钱。", "guarantee_claim"),
            U("这夏威夷果的奶香味，说它是坚果里的王中王，没有一个人敢站出来反驳。", "absolute_claim"),
            U("今天这个价就开到零点，零点以后恢复日常价，页面上有倒计时。"),
            U("嫌我们贵的，外面那些九块九一大包的，都是拿漂白水泡过的烂果子，你也敢给孩子吃？", "disparagement"),
            U("最后再跟大家对一遍价格，礼盒一百二十九，每日坚果八十九，下播以后有问题私信客服。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="driving_school_fresh10",
        product="驾校小车驾照培训 (driving school car-licence course)",
        voice=Voice(duration=1.01, f0=0.87),
        seed=1503,
        chords=(Em, Dm, C, G),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.55, bitrate="32k"),
        utterances=(
            U("大家好，这里是驾校的官方直播间，今天给想考驾照的朋友讲讲我们小车手动挡和自动挡的班型。"),
            U("报名的年龄要满十八周岁，报名前要去指定医院做个体检，主要查视力和听力。"),
            U("学费里包含科目一到科目四的培训和第一次考试的费用，补考费按车管所的标准另外交。"),
            U("在我们这学，一个月之内驾照就能拿到手，拿不到的话学费一分不少全退给你。", "guarantee_claim"),
            U("科目二考不过也没关系，我们校长跟考场那边都是熟人，打个招呼，下一次肯定让你过。", "guarantee_claim"),
            U("考试是车管所统一安排的，能不能过关键看自己练得怎么样，谁也不能替你打包票。"),
            U("全市这么多驾校，论通过率，没有一家能摸到我们的边。", "absolute_claim"),
            U("外面的驾校现在报名普遍都是六千八，还个个乱收费，在我这三千二百八全包，一分钱不多收。",
              "false_price", "disparagement"),
            U("手动挡三千二百八，自动挡三千五百八，可以分三期付，都在直播间的链接里下单。"),
            U("交警大队的一位大队长，他儿子就是在我们这学的，现在他逢人就让亲戚朋友来我们这报名。",
              "false_endorsement"),
            U("后台刚跟我说，今天直播间已经报了三百多个，再这么报下去教练就不够用了，想报的赶紧。", "false_urgency"),
            U("今天这个价是我跟财务硬申请的特批，关了直播就作废，明天再来问一律按门市价。", "false_urgency"),
            U("想少花点钱的，下了播直接来训练场找我，现金交费，不开单子还能再便宜八百。", "off_platform"),
            U("我名字后面那串数字就是我的私人号码，搜到了跟我打声招呼，价钱咱们单独谈。", "off_platform"),
            U("那个路口天天拉横幅的老牌驾校，教练收烟收红包，不给钱就不让你摸车，学员被骂哭是家常便饭。",
              "disparagement"),
            U("其他驾校也有做得好的，大家可以多比较，看看离家远近和练车时间合不合适。"),
            U("练车的时候最好穿平底鞋，别穿拖鞋和高跟鞋，踩离合踩刹车都不安全。"),
            U("科目一的题可以在交管一二一二三的官方软件上免费刷，不用另外花钱买题库。"),
            U("问我教练凶不凶的那个，就你这智商，拿了驾照也是马路杀手，趁早别出来祸害人。", "vulgar"),
            U("好多学员本来一上车就手抖、心慌，跟着我们的教练练上几天，多年的焦虑症都好了。", "medical_claim"),
            U("我们学员的一次通过率在全省排第一，好几年了都没被别人超过。", "absolute_claim"),
            U("女学员单独来练车的，教练一对一，车里就你们俩，想怎么练都行，懂的都懂哈。", "vulgar"),
            U("拿过亚洲拉力赛冠军的那位车手是我们的技术顾问，他亲口说让想学车的粉丝都来我们这里。",
              "false_endorsement"),
            U("学费可以开发票，报名后还没开始练车的可以申请退款，具体问平台客服。"),
            U("好，今天先到这，明天晚上七点还是这个直播间，给大家讲科目三的灯光操作。"),
        ),
    ),
    HardStream(
        name="smartwatch_fresh10",
        product="健康监测智能手表 (smartwatch with heart-rate, blood-oxygen and sleep tracking)",
        voice=Voice(duration=0.99, f0=0.89),
        seed=1504,
        chords=(F, Em, Dm, C),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.4, bitrate="32k"),
        utterances=(
            U("朋友们晚上好，今天给大家看的是一款能测心率、血氧和睡眠的智能手表。"),
            U("屏幕是一点四三寸的圆屏，正常用续航最长十天左右，开着全天血氧大概五天。"),
            U("家里老人有房颤、心律不齐的，戴上这块表，比医院的心电图机查得还准，不用再跑医院排队了。",
              "medical_claim"),
            U("这里要说清楚，手表上的心率和血氧只能给大家做个参考，不能当诊断用，身体不舒服请直接去医院。"),
            U("晚上睡觉打呼噜、老憋气的，戴着它睡上一个月，呼吸暂停的毛病自己就慢慢消了。", "medical_claim"),
            U("测心率准到什么程度？全世界做手表的，就没人能做到比它更准。", "absolute_claim"),
            U("在数码城的柜台里，这块表的标价是一千六百九十九，直播间今天四百九十九。", "false_price"),
            U("四百九十九是标准版，带旋转表冠的版本五百九十九，都送一根备用表带。"),
            U("协和医院心内科有位老教授，在他的科普讲座上专门拿这块表给观众演示过。", "false_endorsement"),
            U("那个咬了一口的水果牌子的手表，测血氧全是瞎编的数，就是骗你们交智商税。", "disparagement"),
            U("华为、小米也有不错的手表，侧重点不一样，看重运动的和看重续航的可以自己比一比。"),
            U("老人戴着它，摔倒了手表会自动打电话给你，要是哪一次没打出来，我赔你一块新表再加一千块钱。",
              "guarantee_claim"),
            U("戴着它跑步，一个月腰围少五厘米，少不了的直接退款，表你留着。", "guarantee_claim"),
            U("这一批用的是进口芯片，厂里说芯片断供了，卖完这一批就彻底停产，以后加钱都拿不到。", "false_urgency"),
            U("我这边看到在线的有三万多人，表一共就备了两百块，你们自己算算能不能抢到。", "false_urgency"),
            U("门店就在市中心百货大楼旁边那条街上，过去报直播间的暗号打八折，比在这拍便宜。", "off_platform"),
            U("下单别点那个链接，点了平台要扣我们两成，你直接发红包给我，我从厂里给你发货。", "off_platform"),
            U("第一次用，先在手机上装好官方的配套软件，蓝牙配对以后把身高体重填准确，数据才有参考价值。"),
            U("在评论区说这表是山寨货的，你这种人活该一辈子戴地摊上十块钱的电子表，没见过世面的东西。", "vulgar"),
            U("这表的手感和做工，说句不谦虚的话，同价位里它是当之无愧的老大。", "absolute_claim"),
            U("防水是五十米，游泳可以戴，但是别戴着去泡温泉和蒸桑拿。"),
            U("有高血压正吃着药的朋友，药该怎么吃还怎么吃，手表代替不了医生，也代替不了药。"),
            U("这款表通过了国家的无线电型号核准，核准代码就印在包装盒的侧面。"),
            U("有个奥运冠军上周在训练馆里戴的就是我们这块，电视转播的镜头都拍到了。", "false_endorsement"),
            U("同样的传感器，别家的手表起码要卖两千往上，我们四百九十九，等于一块表的钱买了四块。", "false_price"),
            U("一年质保，屏幕和电池有问题免费换，在订单页面联系平台客服就行。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("down_jacket_fresh10", "nut_giftbox_fresh10", "driving_school_fresh10", "smartwatch_fresh10"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
