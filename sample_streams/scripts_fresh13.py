"""Thirteenth batch of held-out labelled streams (manifest_fresh13.json): four more product domains, written once,
never tuned on.

Same label policy as scripts.py, scripts_hard.py and the earlier scripts_fresh*.py (labels = exactly the categories
the sentence itself violates, judged on the text by a person; traps carry none). The sentences were written from
the category definitions only (sample_streams/README.md's label policy, the research catalogue's category
descriptions), without reading the rule base, the tests, the matcher, any labelled test data, the sentences of the
earlier scripts_fresh*.py or the git history, and without reusing or paraphrasing the example sentences of the
catalogue or of the earlier scripts, so that a score on them is a held-out figure.

What is in them: superlatives as images and dares (nobody reaches its heel, the founding father of the trade,
search the whole county for a second pot, the ceiling of the trade); health claims for reading glasses, a robot
vacuum, donkey-hide gelatin cake and a degree course, with the condition described rather than named (a white mist
in old eyes, dry and tearing eyes, a child sneezing at night, a sallow face and dizziness on standing up, irregular
periods, sleepless nights, years of trying for a baby); promises without 保证 (the presbyopia goes back or the money
does, a hair on the floor gets the machine refunded plus a bonus, empty boxes sent back for a refund, graduation in
eighteen months, the thesis defence as good as passed, the fee earned back within a year); prices against
references nobody can check (the optician's, the appliance mall's, the distributor's buying price, the pharmacy
counter, an ex-factory price, a walk-in school's front desk, last year's price); urgency without 最后 (the
factory's bottom-of-the-box stock, buyers piling onto the payment page, the next shipment at month's end, a pot
that will not be boiled again this year, places being taken as we speak); contact and payment off the platform (a
phone number read out for a relative's house call, the number under the avatar, a green icon on the profile page,
the factory accountant's payment code, a campus landline with cash at the office, a name to search in another app);
rivals by description or nickname (the ten-yuan glasses at the chemist's door, the young seller next door, the
white disc on 某东, brands paying stars, supermarket gelatin boiled from pig skin, the school across the street);
endorsements off the usual lists (a seniors' university, a satellite research institute and academicians, a TV
home-makeover host, a retired hospital director, a general's wife, the exam setters, visiting ministry officials);
abuse and innuendo aimed at viewers.
Traps: disclaimers (glasses and gelatin cake are not medicine, see a doctor, pregnant and diabetic buyers ask
first, the course cannot sit the exam or change marks, no fake certificates), plain specifications and advice with
最/第一 (最常用的度数, 最好收起来, 最好用干净的刀, 第一次, 第一节公开课, 最后总结), plain prices, gifts and terms, a
per-piece price worked out aloud, offers ending at a stated clock time, rivals named neutrally, a food production
licence number, official exam dates, the platform's customer service and 私信客服, innocent 最近, 不是最便宜的,
testimonials (unlabelled by policy).

Conditions (generate_fresh.py --batch fresh13): reading_glasses_fresh13 like the demo set; robot_vacuum_fresh13
rendered like the demo set and then degraded like degrade.py (1.2x tempo, pink noise and a backing track 10 dB under
the speech); ejiao_fresh13 and adult_degree_fresh13 like generate_hard.py with every condition at once (lower voice
f0 0.86 and 0.87, babble of 2 and 3 voices, reverb RT60 0.5 s, AAC 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="reading_glasses_fresh13",
        product="老花镜 / 阅读眼镜 (reading glasses for older buyers)",
        voice=Voice(duration=1.02, f0=0.98),
        seed=1801,
        chords=(Em, Am, Dm, G),
        utterances=(
            U("叔叔阿姨们下午好，今天咱们直播间专门给上了年纪的朋友挑老花镜，看报纸、看手机都用得上。"),
            U("先跟大家说清楚，老花镜只是帮您看清近处的字，它不是治眼病的，眼睛疼、视力突然往下掉，一定先去医院查。"),
            U("度数从一百度到三百五十度，每五十度一档，五十岁出头的朋友，最常用的是一百五到两百度。"),
            U("眼睛里起了一层白雾、看人总像隔着毛玻璃的老人家，天天戴着它，那层雾一点一点就淡下去了。",
              "medical_claim"),
            U("眼睛干涩发痒、一出门迎风就流泪的老毛病，戴上两个礼拜，不用滴眼药水，自己就好利索了。",
              "medical_claim"),
            U("就说这镜片的通透劲儿，放眼整个眼镜行当，我敢拍胸脯，没有哪一家能够得着它的脚后跟。",
              "absolute_claim"),
            U("镜腿是记忆钛合金的，掰弯了自己能弹回来，整副眼镜称过，十八克左右，戴一天耳朵不勒。"),
            U("您去街上的眼镜店配一副这样的，人家开口就是六百八，咱们今天直播间只收您六十九。", "false_price"),
            U("说句实在话，这副不是市面上最便宜的，几十块钱的老花镜也有的是，我们贵就贵在镜片和做工上。"),
            U("药店门口那种十块钱一副的，全是拿玻璃片糊弄老人的，度数乱七八糟，戴久了眼睛准得戴坏。",
              "disparagement"),
            U("咱们这款是省老年大学指定给学员配的，校长亲自一副一副试过，才点头定下来的款式。",
              "false_endorsement"),
            U("天天戴着它看书，老花的度数一年能往回缩一百度，缩不回去，您拿着镜子回来找我退钱。",
              "medical_claim", "guarantee_claim"),
            U("第一次给爸妈买老花镜的，先看一下屏幕左上角那张度数表，按年龄对着选，拿不准就选低一档。"),
            U("这批货是厂里压箱底的，车间说了这一批走完就改做别的，您犹豫个一两分钟，可就真碰不着了。",
              "false_urgency"),
            U("今天的优惠到晚上十点整，十点以后恢复平时的七十九块，想买的看好时间。"),
            U("想配散光或者定做度数的，别在公屏上说了，把您家电话念给我，我让我侄子上门去量，钱当面交给他就行。",
              "off_platform"),
            U("收到货有任何问题，点右下角直接找平台客服，退货换货都走平台，支持七天无理由。"),
            U("隔壁直播间那个卖眼镜的小年轻你们都见过吧，嘴上说得天花乱坠，卖的全是没厂没牌的三无货。",
              "disparagement"),
            U("有几个老头子在公屏上问了半个钟头一副不买，占着茅坑不拉屎，老不死的，看着就来气。", "vulgar"),
            U("镜盒、镜布、防滑挂绳这三样都送，跟着镜子一块儿发，不另外收钱。"),
            U("平时还开车的叔叔注意，老花镜看远处是模糊的，千万别戴着它开车，看远要另外配。"),
            U("镜片表面有一层硬化膜，不容易刮花，平时用镜布擦，别拿衣服角去蹭。"),
            U("我妈今年六十七，天天戴着它织毛衣、看手机，她说比她以前那副舒服多了。"),
            U("后台刚弹出来，又有三百多人同时卡在付款那一步，库存条眼看就要见底了，手快的先拍。",
              "false_urgency"),
            U("镀的那层防蓝光膜，我跑遍了义乌的眼镜城，再也找不出第二家能做出这个效果的。", "absolute_claim"),
            U("好，最后给大家总结一下：树脂镜片，钛合金镜腿，六十九块包邮，晚上十点截止。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="robot_vacuum_fresh13",
        product="扫地机器人 (robot vacuum with self-washing mop base)",
        voice=Voice(duration=0.97, f0=1.03),
        seed=1802,
        chords=(C, F, Am, G),
        utterances=(
            U("来来来，刚进来的朋友点个关注，今天上的是这台扫拖一体的扫地机器人，自动集尘，自动洗拖布。"),
            U("吸力是八千帕，电池五千二百毫安，一次充满大概能扫两百平，扫完自己回去充电。"),
            U("说它是扫地机里的祖师爷一点都不过分，后来出的那些机器，哪个不是照着它的路子学的。",
              "absolute_claim"),
            U("避障我当场试过，拖鞋、袜子、数据线全扔在地上，它一根都没碰着，在这个价位上压根没有对手。",
              "absolute_claim"),
            U("最近梅雨天，好多人问拖布会不会发臭，它有热风烘干，四十五度烘两个钟头。"),
            U("家里孩子一到晚上就打喷嚏、鼻子痒得睡不着的，开着它天天扫，那个过敏性鼻炎慢慢就不犯了。",
              "medical_claim"),
            U("电器城里同款的价签上标的是四千六百九十九，今天在我这儿，两千一百九十九就能拿走。", "false_price"),
            U("今天这个价，比厂家给各地经销商的拿货价还低三百，我这是贴着钱在卖。", "false_price"),
            U("某东上卖得贼火的那个白色圆盘子，拖完地满屋一股馊味，扫两天就迷路，一个劲儿地撞墙。",
              "disparagement"),
            U("这台不是最便宜的扫地机，一千出头的也有，您看自己家的面积和预算来选。"),
            U("石头、科沃斯家的激光导航也都挺成熟的，各有各的长处，喜欢哪个都行。"),
            U("它的导航算法是从搞卫星的研究所里拿出来的，好几位院士看过都说，这就是国家队的水平。",
              "false_endorsement"),
            U("电视台那个家居改造的节目，主持人自己家里用的就是这一台，节目里当着镜头夸了好几回。",
              "false_endorsement"),
            U("第一次用的时候，先让它跑一遍建图，大概二十分钟，中途别把它抱起来。"),
            U("三号链接这批货只剩二十几台了，下一批到港要排到月底，等不起的现在就拍。", "false_urgency"),
            U("后台刚给我看，一分钟进来一千多人在抢，库存那个数字一直往下跳，抢到手就是赚到。", "false_urgency"),
            U("买回去用一个月，地上要是还能捡着一根头发，你整台退回来，我再倒贴你一百块辛苦费。",
              "guarantee_claim"),
            U("想拿旧机器来换新的，别在这儿拍了，看我头像下面那串数字，打过去找店长单独谈，还能再让两百。",
              "off_platform"),
            U("要开发票的公司客户，去我主页简介里点那个绿色小图标，加上以后，钱直接打到我的卡上就行。",
              "off_platform"),
            U("下单以后有任何问题，在订单页点联系客服，平台客服会跟进，整机保修两年，电池一年。"),
            U("优惠券到今天晚上十二点整失效，过了十二点就恢复两千四百九十九。"),
            U("有些人光在那儿问问问，问完了一台不买，穷鬼就别来凑热闹了，滚回去扫你自己的地。", "vulgar"),
            U("拖布的转速是每分钟一百八十转，下压力八牛，差不多就是人手使劲擦的劲儿。"),
            U("提醒一下，家里铺长毛地毯的，带流苏的那种最好先收起来，容易缠在滚刷上。"),
            U("我自己家一百四十平，养了两只猫，天天掉毛，用了半年，每天下班回家地上都是干净的。"),
            U("那些网红牌子的价钱里，一大半是请明星的广告费，你花的冤枉钱全进了明星腰包，机器本身根本不值。",
              "disparagement"),
            U("好，再给大家过一遍：两千一百九十九，送一年的耗材包，尘袋、边刷都有，晚上十二点截止。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="ejiao_fresh13",
        product="阿胶糕 (donkey-hide gelatin cake with sesame, walnut and dates)",
        voice=Voice(duration=1.0, f0=0.86),
        seed=1803,
        chords=(Dm, G, Em, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("姐妹们晚上好，今天现场给大家熬一锅阿胶糕，阿胶、黑芝麻、核桃仁、红枣、枸杞，熬好了切给你们看。"),
            U("先说好，阿胶糕是普通食品，不是药，身体有病的姐妹该看医生就看医生，别指望吃它治病。"),
            U("脸色蜡黄，一蹲一站眼前发黑的，早晚各吃一片，过两个月再去抽血，化验单上的数字蹭蹭往上涨。",
              "medical_claim"),
            U("每个月那几天量少、颜色发暗、拖拖拉拉走不干净的，吃完这一盒，下个月就规规矩矩的了。",
              "medical_claim"),
            U("夜里两三点还睁着眼睛数羊的，吃满两盒要是还睡不踏实，空盒子寄回来，钱我原样退给你。",
              "medical_claim", "guarantee_claim"),
            U("备孕两三年肚子一直没动静的姐妹，我见过太多吃了我们这个就怀上的，这一盒就当给宝宝铺路了。",
              "medical_claim"),
            U("这一锅胶熬出来的成色，整个东阿县城翻个底朝天，也找不出第二锅比它更透亮的。", "absolute_claim"),
            U("原料的阿胶是东阿产的，盒子背面印着食品生产许可证编号，大家可以拍下来去查。"),
            U("嚼起来软糯不粘牙，甜度是减过的，一片大概十克，办公室里拿着吃也方便。"),
            U("这个方子是省中医院退休的老院长开的，他自己家逢年过节都拿这个送人。", "false_endorsement"),
            U("前两天给部队大院里一位首长家送货，首长夫人一口气订了二十盒，说比他们单位发的还地道。",
              "false_endorsement"),
            U("吃进嘴里的东西，我们家用的驴皮是头一份干净的，别家连跟我们比的资格都没有。", "absolute_claim"),
            U("药店柜台上同样一斤装的阿胶糕，标价一千零八十，姐妹们今天三百九十八抱走两斤。", "false_price"),
            U("给大家算笔账，三百九十八块两斤，一片十克，算下来一片四块钱左右。"),
            U("这一锅本来出厂就要卖六百多，今天是厂长看在老粉的面子上，贴着钱给你们走量。", "false_price"),
            U("超市里几十块一大盒的，拿猪皮牛皮熬的，再兑一堆糖精，吃了上火长痘还伤肝。", "disparagement"),
            U("这一锅切完就没了，师傅说胶不够再熬一锅，今天不下手的姐妹，真要等到明年开春。", "false_urgency"),
            U("屏幕上那个数字你们盯着看，刚才还四百多单，一眨眼就只剩八十几了，我都不敢眨眼。", "false_urgency"),
            U("今天这个价到晚上九点半结束，九点半以后链接改回四百五十八。"),
            U("想整箱拿货的老板，别走购物车，找我要厂里会计的收款码，钱扫过去，货从厂里直接给你发。",
              "off_platform"),
            U("孕妇、哺乳期和血糖高的朋友，吃之前先问问医生，感冒发烧那几天先停一停。"),
            U("有的人一进来就问是不是假的，你那眼睛是长在脚底板上了吧，不信就滚，别耽误别人买。", "vulgar"),
            U("收到货放冰箱冷藏，开封以后一个月内吃完，切的时候最好用干净的刀。"),
            U("福牌、东阿阿胶这些老牌子也都不错，价位比我们高一些，大家按自己的预算挑。"),
            U("有问题随时私信客服，或者在订单里申请售后，平台都会给你处理。"),
            U("第一次吃阿胶糕的，先从一天半片开始，吃着舒服了再加到一片。"),
        ),
    ),
    HardStream(
        name="adult_degree_fresh13",
        product="成人学历提升 / 自考专升本辅导课 (coaching course for the adult self-study bachelor's degree)",
        voice=Voice(duration=1.02, f0=0.87),
        seed=1804,
        chords=(F, C, Dm, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("各位上班的朋友晚上好，今天聊聊成人学历提升，自考专升本怎么报名、怎么考、大概要多长时间。"),
            U("先跟大家交个底，自考是国家统一考试，我们只是辅导机构，不能替你去考，也改不了分数。"),
            U("跟着我们的班走，十三门课一门都不用重修，一年半以后毕业证稳稳落到你手里。", "guarantee_claim"),
            U("报了我们的无忧班，哪一科没过下次辅导费一分不收，一直陪你考，考不下来学费全数退给你。",
              "guarantee_claim"),
            U("我们跟阅卷和答辩那边都有些老交情，论文交上去，你就当这一关已经过了。", "guarantee_claim"),
            U("拿了本科证，评职称、考编制、涨工资，一年起码多挣两三万，这点学费你第二年就赚回来了。",
              "guarantee_claim"),
            U("整个成人教育这一块，我们的通过率就是天花板，别家拿什么跟我们比。", "absolute_claim"),
            U("自考单科的通过率其实不高，所以一定要按计划复习，别想着考前几天临时抱佛脚。"),
            U("线下机构报个全程班，前台张口就是一万六千八，咱们直播间今天四千九百八全包。", "false_price"),
            U("这个学费还是去年的老价格，别家早就涨到八千多了，我们给直播间硬是锁住没动。", "false_price"),
            U("后台名额就剩十九个，刚才那一下又被抢走六个，手慢的朋友只能等明年再来了。", "false_urgency"),
            U("报名截止是本月三十号下午五点，具体以省考试院官网公布的时间为准。"),
            U("我们的教材是跟省考试院出题的老师一起编的，考点全在这几本书里。", "false_endorsement"),
            U("教育部来调研的领导专门听过我们一节课，当场夸我们是成人教育的样板。", "false_endorsement"),
            U("街对面那个什么学堂，老师都是刚毕业的大学生，自己都没考明白，教出来的学员十个挂九个。",
              "disparagement"),
            U("课程有视频回放，手机上随时能看，每周两次直播答疑，还有班主任督促学习。"),
            U("报名费、教材费和考试费是分开的，考试费交给考试院，每科三十块左右，不经过我们。"),
            U("想要内部加急名额的，在这儿不方便细说，记一下我们校区的座机号，打过来报，学费直接交到校区财务。",
              "off_platform"),
            U("有的人一看学费就在那儿骂骗子，高中都没念明白的脑残，活该一辈子在工地搬砖。", "vulgar"),
            U("看我简介最后那两个字，懂的都懂，去那个软件里搜我名字，一对一给你规划，定金在那边转。",
              "off_platform"),
            U("报名之前先想清楚，自己每天能不能挤出两个小时学习，实在没时间的，别冲动下单。"),
            U("那个叫甜心宝贝的，头像拍成那样，是想让我们教务老师晚上单独给你补点什么课呀。", "vulgar"),
            U("自考、成考、国开这几种都是国家承认的学历，学信网上可以查，我们不卖证，也不代考。"),
            U("最近好多宝子问，本科学历能不能直接考研，可以的，但要看报考学校自己的要求。"),
            U("第一节公开课是免费的，大家可以先听一听，觉得合适再报名。"),
            U("开课七天内不满意可以申请退课，按没上的课时退费，规则都写在商品详情页里。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("reading_glasses_fresh13", "robot_vacuum_fresh13", "ejiao_fresh13", "adult_degree_fresh13"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
