"""Ninth batch of held-out labelled streams (manifest_fresh9.json): four more product domains, written once,
never tuned on.

Same label policy as scripts.py, scripts_hard.py and the earlier scripts_fresh*.py (labels = exactly the categories
the sentence itself violates, judged on the text by a person; traps carry none). The sentences were written from
the category definitions only (sample_streams/README.md's label policy, the research catalogue's category
descriptions), without reading the rule base, the tests, the matcher, any labelled test data or the git history,
and without reusing or paraphrasing the example sentences of the catalogue or of the earlier scripts, so that a
score on them is a held-out figure.

What is in them: superlatives built as rank talk or comparisons (能跟我们家掰手腕的一个都没有, 头一份, 找不出第二台,
天花板别人家只能跟在后面抄, 就我们一家, 谁都压不住它酒王, 百年一遇), health claims for children's shoes, a rice
cooker, a piano course and red wine with the condition named first or only hinted (扁平足内八字足弓长起来, 罗圈腿,
打胰岛素针都能停, 脂肪肝痛风指标回来, 多动坐不住注意力缺陷比吃药还管用, 血管里的斑块化开心梗脑梗, 血压往下走),
promises without 保证 (三倍价钱赔, 体检单血糖没降退双倍, 考级一次过没过学费不收, 两年考到十级做不到全退, 数学成绩
往上提二十分, 五年转手翻三倍比存银行强, 开了瓶也退全款), prices against an unprovable reference (百货商场挂牌,
去年双十一, 电器城里这个型号, 线下琴行一节课, 整套课原价, 酒庄国内专卖店标价, 进口商上个月的批发价), urgency
without 最后 (别的直播间调走, 主播一喝水就恢复原价, 老模具送去回炉, 在线人数对库存, 校长开的后门下了播就收回,
柜子里剩几十箱, 数三个数就改价), contact and payment off the platform (主页绿色泡泡的号, 背景板上的小号, 转支付宝
省手续费, 置顶里的企鹅号, 机构对公账户, 视频号, 司机送货现金结账), rivals by description or nickname (粉色大品牌的
科学鞋, 红色小熊当标志的牌子, 电梯广告里的陪练软件, 超市货架上几十块的进口酒, 自称品酒师的胖子主播), endorsements
off the usual lists and claims to be close to someone famous (儿童医院足踝外科主任, 中国营养学会理事长, 省电视台
生活频道的营养节目, 音乐学院附中校长, 郎朗的师妹, 驻法国使馆的参赞), abuse and innuendo aimed at viewers (鼻子坏了
还是脑子坏了, 靠低保闭上臭嘴, 蠢得跟猪一样, 土包子丢人现眼, 买给老公晚上床上的事).
Traps: disclaimers (足弓问题去骨科康复科, 糖尿病饮食用药听内分泌科, 有多动症诊断课不能代替治疗, 红酒不是保健品不能
当药喝, 未成年人不要喝酒喝酒不开车, 不是在劝大家拿它当投资), specifications and advice with 最/第一/首先 (醒酒半小时
口感最好, 最好每天固定时间练琴, 第一次买学步鞋, 第一次用先空锅煮, 第一节课是试听课, 首先说一下怎么用, 最后总结一下),
plain prices and terms (单品和组合的价, 能开发票, 七天无理由, 运费险, 两年保修, 未上课可退款, 破损平台包赔),
a stated end time of an offer, rivals mentioned neutrally (回力、安踏, 美的、苏泊尔, 其他机构, 张裕、长城),
the national standard and test report, customs declaration numbers, the platform's customer service, innocent
最近/我不敢说…便宜.

Conditions (generate_fresh.py --batch fresh9): kids_shoes_fresh9 like the demo set; rice_cooker_fresh9 rendered like
the demo set and then degraded like degrade.py (1.2x tempo, pink noise and a backing track 10 dB under the speech);
piano_course_fresh9 and red_wine_fresh9 like generate_hard.py with every condition at once (lower voice f0 0.86 and
0.88, babble of 3 and 2 voices, reverb RT60 0.5 and 0.45 s, AAC 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="kids_shoes_fresh9",
        product="儿童学步鞋和跑步鞋 (children's first-walker and running shoes)",
        voice=Voice(duration=0.99, f0=1.02),
        seed=1445,
        chords=(G, Em, Am, C),
        utterances=(
            U("各位爸爸妈妈晚上好，今天直播间给大家上的是小朋友的学步鞋和跑步鞋。"),
            U("鞋底是橡胶加发泡材料，前掌能对折，后跟有一圈加硬的包裹，鞋面是透气的网布。"),
            U("尺码从二十一码到三十五码，按脚长来选，脚长再加五毫米到一厘米就是合适的内长。"),
            U("说句实在话，做童鞋这么多年，脚感能跟我们家掰手腕的，一个都没有。", "absolute_claim"),
            U("孩子扁平足、走路内八字的，让他天天穿这双，穿上小半年，足弓自己就长起来了。", "medical_claim"),
            U("这里也提醒一下，鞋子只管穿着舒服，孩子足弓真有问题，还是要带去医院骨科或者康复科看看。"),
            U("这双鞋在百货商场童装楼层挂牌八百八十八，咱们今天一百六十九。", "false_price"),
            U("学步鞋一百六十九，跑步鞋一百九十九，两双一起拍减三十，链接都在小黄车里。"),
            U("儿童医院足踝外科的主任，自己孙子就穿这个，还专门在门诊里给家长推荐。", "false_endorsement"),
            U("穿满三个月，孩子的腿还是罗圈的，你直接来找我，我按三倍的价钱赔给你。",
              "medical_claim", "guarantee_claim"),
            U("粉色小码只剩三十几双，助理在后面喊着要被别的直播间调走了，犹豫一秒就没了。", "false_urgency"),
            U("第一次给孩子买学步鞋的，先看鞋头够不够宽，脚趾能不能在里面动。"),
            U("想拿更低价的，去我主页找那个绿色泡泡的号，备注童鞋，我拉你进团。", "off_platform"),
            U("那个主打什么科学鞋的粉色大品牌，说白了就是贴牌代工，鞋底薄得跟纸一样，迟早把孩子的脚穿坏。",
              "disparagement"),
            U("也有家长问跟回力、安踏儿童比怎么样，那些都是好牌子，各家楦型不一样，孩子穿着合适就行。"),
            U("那个说我们鞋有胶味的，你是鼻子坏了还是脑子坏了，穷得买不起就别在这瞎叫唤。", "vulgar"),
            U("最近天气转凉，跑步鞋这边加了一款里面带薄绒的，下周上架。"),
            U("论防滑，这鞋底放到全世界的童鞋里也是头一份，瓷砖上泼了水都站得稳。", "absolute_claim"),
            U("这个价格只放这一轮，主播一喝水就恢复原价，你们自己看着办。", "false_urgency"),
            U("七天无理由退换，尺码不合适可以换一次，运费险已经给大家买好了。"),
            U("鞋子是按儿童鞋的国家标准做的，检测报告的编号就在详情页里。"),
            U("去年双十一这双卖到九百块，今天这个价连那会儿的零头都不到。", "false_price"),
            U("鞋垫可以拿出来洗，洗完放阴凉地方晾干，别放在暖气片上烤。"),
            U("我不敢说这是最便宜的童鞋，但是这个做工这个价，大家可以自己对比。"),
            U("今天就到这里，有尺码问题的私信客服，客服会帮大家量脚对码。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="rice_cooker_fresh9",
        product="沥米汤低糖电饭煲 (low-sugar rice cooker that drains the starch water)",
        voice=Voice(duration=1.02, f0=1.04),
        seed=1456,
        chords=(C, G, Am, F),
        utterances=(
            U("家人们下午好，今天这口是能把米汤沥出去的低糖电饭煲，新来的朋友点点关注。"),
            U("容量是四升，够四到六个人吃，内胆是不粘涂层，底下有一个沥米汤的蒸笼。"),
            U("首先说一下怎么用，米淘好放进上面的蒸笼，水加到刻度线，按低糖饭这一档。"),
            U("有血糖高的、已经在打胰岛素的，天天吃这个锅煮的饭，慢慢地针都能停了。", "medical_claim"),
            U("说明一下，沥米汤只是饭的做法不一样，糖尿病人怎么吃饭、怎么用药，还是听内分泌科医生的。"),
            U("这口锅的控温精度，整个小家电圈里找不出第二台。", "absolute_claim"),
            U("外面电器城里这个型号卖一千零九十九，家人们今天两百九十九拿走。", "false_price"),
            U("单锅两百九十九，加一个陶瓷内胆是三百四十九，都能开发票。"),
            U("吃这个锅煮的饭，三个月以后体检单上血糖那个数要是没降，你拿着单子来找我，退你双倍。",
              "medical_claim", "guarantee_claim"),
            U("中国营养学会的理事长去年来我们厂参观，当场就给自己家订了两台。", "false_endorsement"),
            U("省电视台生活频道的营养节目专门拍了一期，节目里的营养师说控糖的家庭都该换这口锅。",
              "false_endorsement"),
            U("这一批是工厂用老模具赶出来的，模具明天一早就要送去回炉，拍不到就得等明年。", "false_urgency"),
            U("今天的优惠到晚上十点结束，结束时间在商品页面上写着。"),
            U("想要比直播间还便宜的，加我的小号，名字写在我身后的背景板上，拼音拼一下就能搜到。", "off_platform"),
            U("钱也可以直接转我支付宝，省掉平台那点手续费，货我当天就发。", "off_platform"),
            U("那个拿红色小熊当标志的牌子，内胆一刷就掉涂层，吃进肚子里的全是毒。", "disparagement"),
            U("也有人问美的、苏泊尔的怎么样，都是大厂，做工没问题，只是没有沥米汤这个功能。"),
            U("说锅是智商税的那个，你家吃饭都靠低保吧，没钱就闭上你那张臭嘴。", "vulgar"),
            U("最近新米上市了，东北大米和南方的籼米吸水不一样，水位要稍微调一下。"),
            U("家里老人有脂肪肝、痛风的，吃上这锅米饭，几个月以后再去查，指标全都回来了。", "medical_claim"),
            U("这口锅沥出来的饭，全国没有哪口锅比它沥得更干净，一粒淀粉都不剩。", "absolute_claim"),
            U("我不敢说全网就数我们家便宜，价格大家可以货比三家，心里有数就行。"),
            U("第一次用的话，先空锅加水煮一遍，把内胆上的味道去掉。"),
            U("保修是两年，内胆涂层掉了也包换，售后在订单页面找平台客服。"),
            U("好了，最后总结一下，锅两百九十九，陶瓷内胆另加五十，有问题随时私信客服。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="piano_course_fresh9",
        product="少儿钢琴一对一网课 (one-to-one online piano course for children)",
        voice=Voice(duration=1.0, f0=0.86),
        seed=1467,
        chords=(Dm, F, C, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("各位家长好，欢迎来到直播间，今天介绍我们的少儿钢琴网课，适合四岁到十二岁的孩子。"),
            U("一共九十六节课，每节二十五分钟，老师一对一连线，课后有练琴的打卡表。"),
            U("第一节课是试听课，不收钱，家长可以陪在旁边看老师怎么带。"),
            U("报了我们这套课，孩子考级一次就过，没过的话学费一分不收，还免费陪你学到过为止。",
              "guarantee_claim"),
            U("我们这套教学体系，放眼整个钢琴教育行业都是天花板，别人家只能跟在后面抄。", "absolute_claim"),
            U("孩子多动、坐不住、注意力缺陷的，练上两个月琴，比吃药还管用，再去医院都查不出毛病了。",
              "medical_claim"),
            U("当然，弹琴能让孩子练练专注，但孩子要是真有多动症的诊断，该看医生还是看医生，上课不能代替治疗。"),
            U("音乐学院附中的校长亲自审的教案，还在家长会上说全市的琴童都该照着这个学。", "false_endorsement"),
            U("线下琴行一节课收三百八，我们这一节算下来不到四十，整整是人家的十分之一。", "false_price"),
            U("整套课原价一万二，今天直播间只要两千九百八。", "false_price"),
            U("学完这一套，孩子一年之内弹到八级，两年考到十级，做不到的我们把两年学费全退给你。",
              "guarantee_claim"),
            U("名额是按老师的档期排的，今天这一场只开五十个位子，已经有四十多个家长抢走了。", "false_urgency"),
            U("这个价是校长给我开的后门，我一下播他就收回去，以后你找谁都没用。", "false_urgency"),
            U("家长们，报课别在这报，看我置顶那条评论，有个小企鹅的号，加了我直接给你内部价。", "off_platform"),
            U("学费可以直接打到我们机构的对公账户上，不从这里走，还能再减五百。", "off_platform"),
            U("那个天天在电梯里打广告的陪练软件，老师都是在校大学生兼职，孩子越练手型越歪。", "disparagement"),
            U("有家长问跟其他机构比怎么样，说实话每家老师风格不一样，可以都去听一听试听课再决定。"),
            U("在评论区说我们骗钱的那个，你家孩子弹成那样还好意思说话，蠢得跟猪一样。", "vulgar"),
            U("我自己就是郎朗的师妹，跟他是同一个老师带出来的。", "false_endorsement"),
            U("最好每天固定一个时间练琴，饭后半小时比较合适，手指不容易累。"),
            U("练了我们的课，孩子记忆力翻一倍，数学成绩一个学期就能往上提二十分。", "guarantee_claim"),
            U("钢琴需要自己准备，我们不卖琴，想租琴的话找本地琴行就行。"),
            U("在全国的钢琴网课里，能让孩子一年连考三级的，就我们一家。", "absolute_claim"),
            U("课程可以开发票，报名后七天内没上过正式课的，可以申请退款。"),
            U("好，今天先讲到这里，大家有问题可以私信客服，我们明晚八点继续。"),
        ),
    ),
    HardStream(
        name="red_wine_fresh9",
        product="法国波尔多进口干红葡萄酒 (imported Bordeaux dry red wine)",
        voice=Voice(duration=0.98, f0=0.88),
        seed=1478,
        chords=(G, Em, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.45, bitrate="32k"),
        utterances=(
            U("朋友们晚上好，今天开的是法国波尔多产区的干红，年份二零一九，一箱六支。"),
            U("酒精度十三度半，赤霞珠和梅洛混酿，醒酒半小时再喝，口感最好。"),
            U("未成年人不要喝酒，开车的朋友也不要喝，喝酒不开车。"),
            U("每天晚上喝上一小杯，血管里的斑块慢慢就化开了，心梗脑梗都找不上门。", "medical_claim"),
            U("红酒本身不是保健品，更不能当药喝，身体有毛病的朋友喝之前先问问医生。"),
            U("这款酒在波尔多同价位里谁都压不住它，说它是酒王一点都不夸张。", "absolute_claim"),
            U("酒庄在国内的专卖店一支标价一千六，我今天一箱六支才卖八百八。", "false_price"),
            U("这酒现在买进来放着，五年以后转手至少翻三倍，比存银行强多了，稳稳当当的。", "guarantee_claim"),
            U("收藏酒的事我多说一句，价格会涨也会跌，我不是在劝大家拿它当投资。"),
            U("驻法国使馆的参赞来我们酒窖品过这一支，回国以后整箱整箱地订。", "false_endorsement"),
            U("喝了一个月没觉得血压往下走的，开了瓶的也给你退全款。", "medical_claim", "guarantee_claim"),
            U("这个柜子里就剩下几十箱了，我一转身可能就没了，犹豫的朋友以后别来找我。", "false_urgency"),
            U("我数三个数就改价，三、二、一，价格马上往上调两百，没拍的赶紧。", "false_urgency"),
            U("要整箱批发的，去我的视频号上找我，那边一箱再少一百。", "off_platform"),
            U("货到了当面给钱也行，我让司机直接送到你家门口，现金结账。", "off_platform"),
            U("超市货架上那些几十块的所谓进口酒，都是拿酒精兑色素兑出来的，喝多了伤肝。", "disparagement"),
            U("有个天天喊自己是品酒师的胖子主播，他卖的酒连酒标都是印错的，专门骗外行。", "disparagement"),
            U("有人问跟张裕、长城的国产干红比怎么样，国产的也有好酒，口味偏好不同而已。"),
            U("在那刷屏问是不是假酒的，你个土包子喝过几瓶酒啊，回家喝你的二锅头去，别在这丢人现眼。", "vulgar"),
            U("姐妹们给老公买一箱，喝完了晚上床上那点事，你们自己体会吧，嘿嘿。", "vulgar"),
            U("最近好多朋友问酒怎么存，横着放，温度十几度，别放在太阳能照到的地方。"),
            U("这个年份是百年一遇，往前往后一百年，都出不了第二个这样的年份。", "absolute_claim"),
            U("每支酒的瓶身都有中文背标和进口报关单号，可以对着查。"),
            U("上个月进口商的批发价都要一百八一支，我今天等于是亏着本卖给大家。", "false_price"),
            U("好，今天就到这里，收到酒有破损的，拍照私信客服，平台包赔。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("kids_shoes_fresh9", "rice_cooker_fresh9", "piano_course_fresh9", "red_wine_fresh9"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
