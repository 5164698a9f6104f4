"""Seventeenth batch of held-out labelled streams (manifest_fresh17.json): four more product domains, written once,
never tuned on.

The hosts talk the way Douyin, Kuaishou and Taobao Live sellers do: 家人们/宝宝们/老铁们, a little rambling, prices and
specifications spoken as Chinese words, asides to the bullet comments. The four domains are new: a Yixing zisha teapot
(ordinary conditions), a negative-ion hair dryer (fast and noisy), tiepi shihu dendrobium (hard) and an adult spoken-
English online course (hard). Roughly half of each stream violates and every one of the nine categories appears at least
four times over the batch, with a dozen or so sentences carrying two labels. The violations avoid the textbook keywords:
superlatives are built freely (整个宜兴找不出第二家, 没有哪台能跟它掰手腕, 全行业天花板, 头一号, 没有一家能打的, a price
no stall owner dares to quote); diseases come before the verb or are only hinted (血脂那点毛病, 胃不好的老铁, 发际线,
转氨酶那个指标, 多动注意力不集中, 结巴的, a sexual-vigour hint); promises carry a time and a result or a wager instead of
保证 (养三个月不出包浆我倒贴, 没效果来骂我, 罐子寄回来再赔一罐, 考不到七分陪你读到考过, 跳槽月薪多三千); reference prices
come as 专柜标, 商场柜台标价, a past auction, 药店一克, 大药房标价, 线下机构, and price rises after a batch or term;
urgency is a kiln sealed for a year, a factory's single batch, a cooperative's single allotment, 下一场没这个价, a class
teacher shouting in the earpiece; authorities are outside the obvious list (国家博物馆能查到, 紫砂协会点名表扬, 某卫视主持人,
钓鱼台招待外宾, 中医药大学老教授, 教育部推荐书单, a famous exam-English teacher's child); rivals are named by description
(某宝上那个大店, 卖三千多的紫色大牌, 九块九一大包的, 某东自营, 电梯里打广告的绿色大品牌, 背单词的软件); off-platform contact
is slang (小绿, 主页简介那串数字, 企鹅号在昵称后面, 私下转账, 留手机号让老师私下打来); vulgar lines are contempt for viewers
and innuendo. The traps are 最近/第一次/第一节/第一时间, 最好先问医生, a dryer's top temperature setting given as a
specification, 不是最便宜的, disclaimers that the goods are no medicine and no medical device, real stock counts from the
back end, plain prices and gifts, in-platform 私信客服/粉丝团/小黄车, a neutral mention of Dyson, first-person testimony
from the host and the host's mother, honest advice not to buy, and a host quoting a rival's fined phrase to warn against it.

The teapot stream is rendered under demo conditions; the hair-dryer stream is sped up 1.2x and buried in noise and
music; the dendrobium and English-course streams are rendered with all four hard conditions (lower voice, two or three
babble voices, 0.5 s reverb, 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="zisha_teapot_fresh17",
        product="紫砂壶 (Yixing zisha clay teapot)",
        voice=Voice(duration=1.0, f0=1.0),
        seed=2201,
        chords=(C, Am, F, G),
        utterances=(
            U("家人们晚上好，欢迎来到直播间，今天咱们好好聊聊紫砂壶。"),
            U("新来的宝宝先点个关注，加个粉丝团，有福利第一时间通知你。"),
            U("这把是朱泥西施壶，容量大概两百二十毫升，一个人泡茶刚刚好。"),
            U("说实话这把壶拿在手上那个油润感，整个宜兴你找不出第二家。", "absolute_claim"),
            U("我自己拿紫砂壶泡岩茶泡了六七年，最近换了这把，确实挺顺手。"),
            U("这是工艺美术大师亲手做的，证书编号国家博物馆那边都能查到。", "false_endorsement"),
            U("天天拿这个壶喝茶，血脂那点毛病慢慢就下去了，老茶客都知道。", "medical_claim"),
            U("专柜标的是一千六百八，家人们今天在直播间只要三百九十九。", "false_price"),
            U("别的直播间那些几十块的壶，都是化工泥灌浆的，谁买谁冤大头。", "disparagement"),
            U("我们这个不是最便宜的，但是泥料和做工大家都看得见。"),
            U("壶底有作者的印章，壶盖里面也有个小章，大家可以放大看一下。"),
            U("窑口说这一窑烧完就封窑了，错过今天您就再等一年吧。", "false_urgency"),
            U("想要作者手写收藏证书的，直接加我小绿，备注紫砂两个字。", "off_platform"),
            U("有问题的宝宝点右下角私信客服，售后都在平台上走。"),
            U("这泥养三个月要是不出包浆，我倒贴你一把新的。", "guarantee_claim"),
            U("现在后台显示还有四十二把，拍完就下架了，不是吓唬大家。"),
            U("有人问开壶怎么弄，第一次用先拿开水烫一遍，再放茶叶煮一煮。"),
            U("弹幕里那些嫌贵的，穷就别凑热闹了，买个塑料杯去吧。", "vulgar"),
            U("胃不好的老铁拿它泡红茶，喝上一个礼拜胃就暖过来了。", "medical_claim", "guarantee_claim"),
            U("上个月拍卖会上同款拍到两万多，今天你三百九十九就能带回家。", "false_price"),
            U("某宝上那个叫什么壶的大店，卖的全是机车壶冒充全手工。", "disparagement"),
            U("好多茶艺老师都拿它上课用，紫砂协会那边也点名表扬过。", "false_endorsement"),
            U("温馨提示一下，紫砂壶就是个泡茶的器具，它不能治病啊。"),
            U("小黄车一号链接就是这把，三百九十九包邮，还送一个壶垫。"),
            U("这价格你去丁蜀镇走一圈，没一个摊主敢报出来。", "absolute_claim", "false_price"),
            U("主播今天播到十点整，下播之前客服一直都在线。"),
            U("错过今晚这批，下一场我可真拿不到这个价了，厂里就给这一回。", "false_urgency"),
            U("好，拍了的宝宝扣个已拍，我们接着看下一把石瓢。"),
            U("谢谢大家，今晚拍了的都会按下单顺序依次发货。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up 1.2x and buried in noise and music.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="ion_hair_dryer_fresh17",
        product="负离子吹风机 (negative-ion hair dryer)",
        voice=Voice(duration=0.98, f0=1.02),
        seed=2202,
        chords=(Am, F, C, G),
        utterances=(
            U("宝宝们晚上好呀，今天给大家上的是这款负离子吹风机。"),
            U("先说参数，风速每秒六十五米，功率一千六百瓦，机身四百克。"),
            U("吹完头发那个顺滑度，我敢说市面上没有哪台能跟它掰手腕。", "absolute_claim"),
            U("商场柜台标价两千九百九，宝宝们今天直播间五百九十九到手。", "false_price"),
            U("掉发严重的姐妹用它吹一个月，发际线都能给你吹回来。", "medical_claim", "guarantee_claim"),
            U("我自己是自来卷，用了两个礼拜，感觉毛躁少了那么一点点。"),
            U("那个戴森我也用过，声音确实小一点，两个各有各的好。"),
            U("那个卖三千多的紫色大牌，说白了就是交智商税，吹出来一样干。", "disparagement"),
            U("好多美发沙龙的首席都在用，某卫视的主持人后台也是这台。", "false_endorsement"),
            U("没买过的宝宝可以先去小黄车看看详情页，不着急。"),
            U("厂家说这个价只开这一批，一共就备了三百台，抢完就恢复。", "false_urgency", "false_price"),
            U("宝宝们注意，这款不是医疗器械，头皮有问题还是要去医院看。"),
            U("头屑多的、头油的，每天吹五分钟，那个螨虫都给你杀干净。", "medical_claim", "guarantee_claim"),
            U("想要内部员工价的，看我主页简介那串数字，加了直接发你。", "off_platform"),
            U("哎你个穷逼在那刷屏说贵，买不起就滚出去行吗。", "vulgar"),
            U("它有三档温度，最高档大概九十度，别贴着头皮吹。"),
            U("用它吹一个礼拜，头发亮到能反光，没效果你来直播间骂我。", "guarantee_claim"),
            U("这个负离子浓度，检测报告上写的是每立方厘米两千万个。"),
            U("航天级的马达，每分钟十一万转，妥妥的全行业天花板。", "absolute_claim"),
            U("售后是一年质保，有问题私信客服就行，不用找别人。"),
            U("宝宝们手慢的真没了啊，下一场就没这个价，别到时候又来问我。", "false_urgency"),
            U("外面那些九十九的杂牌，吹两次就把头发烫焦，全是垃圾。", "disparagement"),
            U("这个颜色是雾霾蓝，还有一个奶白色，两个都是现货。"),
            U("好多宝宝最近在问能不能带上飞机，功率在限制内是可以的。"),
            U("头发稀的、产后掉得厉害的，这台给你调理好，毛囊都养起来。", "medical_claim"),
            U("今天直接送一个顺发风嘴，再送一个收纳袋。"),
            U("吹完这头发今晚回家，老公看了腿都软，懂的都懂哈。", "vulgar"),
            U("喜欢的宝宝点点小心心，我们马上上下一个链接。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four hard conditions (lower voice, babble, reverb, 32 kb/s).
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="dendrobium_fresh17",
        product="铁皮石斛 (tiepi shihu dendrobium stems)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=2203,
        chords=(Dm, G, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("老铁们下午好，今天给大家带的是云南的铁皮石斛枫斗。"),
            U("这是三年生的铁皮，一斤大概两百多颗，颗颗都是手工绕的。"),
            U("血糖高的老铁，每天早上嚼三颗，比吃药还管用。", "medical_claim"),
            U("我妈七十多了，每天泡几颗喝，她说嗓子舒服一点，我就说说我家的情况。"),
            U("石斛是能当食材的，但它不能代替药物，这个一定要说清楚。"),
            U("以前只有宫里的人才吃得上，现在钓鱼台招待外宾还拿它炖汤。", "false_endorsement"),
            U("药店里一克要卖十几块，我们这一斤才六百八十八。", "false_price"),
            U("那些直播间九块九一大包的，都是紫皮石斛染了色冒充的。", "disparagement"),
            U("这一罐吃完三个月，手脚冰凉、晚上睡不着，全都给你调过来。", "medical_claim", "guarantee_claim"),
            U("有老铁问孕妇能不能吃，最好先问问自己的医生。"),
            U("全国的石斛基地我跑遍了，没一家的货比得上我们山上这片。", "absolute_claim"),
            U("想来基地看看的，别在这问，去企鹅上找我，号就在我昵称后面。", "off_platform"),
            U("合作社就匀给我这一批，过了今天晚上，这个价谁来都不给。", "false_urgency"),
            U("小黄车里有两个规格，一百克的和二百五十克的，大家按需拍。"),
            U("天天应酬喝酒的老铁，转氨酶那个指标，吃上一个月就给你拉回来。", "medical_claim", "guarantee_claim"),
            U("中医药大学的老教授专门来基地考察过，说这是他见过头一号的。", "false_endorsement", "absolute_claim"),
            U("没吃出效果的，罐子寄回来，钱一分不少退你，再赔你一罐。", "guarantee_claim"),
            U("你们这些光看不买的，蹲这白嫖一下午，脸皮比城墙还厚。", "vulgar"),
            U("今天一斤六百八十八，拍两斤送一个研磨杯，就这么简单。"),
            U("后台现在还剩一百一十罐，我看着数在往下走，大家别急。"),
            U("最近天气干，泡的时候加两片西洋参也可以，口感好一点。"),
            U("你去那些大药房看看，一样的枫斗标价三千二，我们连零头都不到。", "false_price"),
            U("石斛就是一种食品，没什么神奇功效，大家理性消费。"),
            U("跟你们说句实在话，这种货某东自营根本拿不到，他们卖的全是陈货。", "disparagement"),
            U("喝完以后那个精神头，老爷们儿晚上都不一样了，懂吧。", "vulgar", "medical_claim"),
            U("我们的质检报告能查，报告就在详情页第三张图。"),
            U("想要批发价的老铁，私下转账给我，比小黄车便宜一百块。", "off_platform"),
            U("拍了的老铁记得备注一下要不要打粉，我们免费帮着磨。"),
            U("好，今天石斛就讲到这，喜欢的加个粉丝团，明天同一时间见。"),
        ),
    ),
    HardStream(
        name="english_course_fresh17",
        product="成人英语口语网课 (adult spoken-English online course)",
        voice=Voice(duration=1.02, f0=0.88),
        seed=2204,
        chords=(Em, Am, Dm, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("家人们好，今天不卖东西，给大家推荐一个成人英语口语的网课。"),
            U("这个课一共六十节，每节二十五分钟，都是外教一对一。"),
            U("我自己当年四级考了三次才过，口语更是张不开嘴。"),
            U("跟着学九十天，出国点菜问路张口就来，做不到全额退。", "guarantee_claim"),
            U("教育部那边都把我们列进推荐书单了，这个你们放心。", "false_endorsement"),
            U("我们的外教全是常春藤毕业的，整个行业找不出第二家。", "absolute_claim"),
            U("线下机构一期课动不动就两万八，我们这里只要两千九百八。", "false_price"),
            U("那个天天在电梯里打广告的绿色大品牌，老师全是兼职，照着念。", "disparagement"),
            U("现在报名的，课程顾问会在平台上私信你，帮你做个水平测试。"),
            U("留个手机号在评论区，我让老师私下打给你，学费直接转我就行。", "off_platform"),
            U("有人问是不是最便宜的，说实话不是，但性价比我觉得挺高。"),
            U("第一节课是免费试听的，大家先听听看合不合适。"),
            U("像你们这种哑巴英语的，不学就一辈子当个睁眼瞎吧，丢人。", "vulgar"),
            U("一个特别有名的考研英语名师私下跟我说，他孩子都在我们这学。", "false_endorsement"),
            U("这期名额就开了五十个，班主任说下期学费要涨一千。", "false_urgency", "false_price"),
            U("学完去考雅思，七分起步，考不到七分我们陪你免费读到考过。", "guarantee_claim"),
            U("不少家长反映，孩子跟着学半年，多动、注意力不集中都好多了。", "medical_claim"),
            U("还有那些结巴的，跟外教练一个月，说话都利索了。", "medical_claim", "guarantee_claim"),
            U("课程有效期是一年，一年内随时约课，过期可以申请延长一次。"),
            U("前两天有个同行被罚了，就因为说什么国家级最好，这种话咱不说。"),
            U("今天直播间报名的，送一本配套的口语手册，纸质的包邮。"),
            U("花两千多换个涨薪，学完跳槽月薪起码多三千，怎么算都不亏。", "guarantee_claim"),
            U("外面那些背单词的软件，说白了就是骗小白的，越背越哑巴。", "disparagement"),
            U("班主任刚在耳麦里喊我，说这期就剩两三个空位了，抢着点。", "false_urgency"),
            U("这课的口碑，放眼整个在线教育圈，没有一家能打的。", "absolute_claim"),
            U("有人在弹幕里打英文装什么装，拼都拼不对，脑子被驴踢了吧。", "vulgar"),
            U("最近很多人问上班族时间少怎么办，我们晚上十点后也能约外教。"),
            U("报名之前可以先看看课程目录，在小黄车二号链接的详情里。"),
            U("如果你只是想应付考试，我建议先去刷刷真题，别冲动报名。"),
            U("好了家人们，今天就到这，想报名的在小黄车拍下就行。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("zisha_teapot_fresh17", "ion_hair_dryer_fresh17", "dendrobium_fresh17", "english_course_fresh17"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
