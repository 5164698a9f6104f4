"""Seventh batch of held-out labelled streams (manifest_fresh7.json): four more product domains, written once,
never tuned on.

Same label policy as scripts.py, scripts_hard.py and the earlier scripts_fresh*.py (labels = exactly the categories
the sentence itself violates, judged on the text by a person; traps carry none). The sentences were written from
the category definitions only (sample_streams/README.md's label policy, the research catalogue's category
descriptions), without reading the rule base, the tests, the matcher, any labelled test data or the git history,
and without reusing or paraphrasing the example sentences of the catalogue or of the earlier scripts, so that a
score on them is a held-out figure.

What is in them: superlatives as images, rank words or slang without 最 (拔尖…没有哪家能压它一头, 坐头把交椅,
电动车里的天花板, 行业标杆别家照着抄, 祖师爷, 全国就我们一家做得出来, 找不出第二串能打平手, 沉香里的王者),
health claims for sea cucumber, an electric bicycle's saddle, a foot bath and an agarwood bracelet with the
disease named first or only hinted (转氨酶偏高/脂肪肝, 孩子一个暑假窜五公分, 腰椎间盘突出, 糖友脚发麻发凉,
睡不着觉扔安眠药, 老人起夜三四趟, 心慌心悸, 高压往下掉), promises without 保证 (精气神没变化吃掉的也退,
没窜上去退双倍, 续航掉一半换电池再倒贴五百, 哪个零件先坏赔一台新车, 起夜没少退盆补一百, 不解乏钱原样退, 三年翻倍
亏了原价回收, 鉴定不是天然一赔十), prices against an unprovable reference (超市冷柜标价, 电动车店挂牌, 比给经销商
的出厂价还低, 商场货架, 比给批发商的还低, 去年秋拍), urgency without 最后 (一个批次二百单, 红色数字往下跳, 数到十撤
链接, 黑色一台不剩白色十几台, 五百台拍走四百八, 厂长酒醒了反悔, 老坑封了手上就三串, 两百多个老板同时盯着),
contact and payment off the platform (评论区扣八私下发收款码, 码头边现场称重现场给钱, 电话号码报一半, 不点售后打
私人电话, 助理举起收款码, 点头像进主页看联系方式私下视频看货, 懂的走小窗换个地方谈), rivals by description or
nickname (海边天天上电视打广告的大牌子, 车头印着一头牛的网红牌子, 对面穿白大褂的直播间, 某多多上九十九的盆, 城西
那家什么香堂), authorities off the usual lists (国家队训练基地的运动员食堂, 三甲医院营养科主任, 邮政快递车和交警
大队巡逻车, 中医药大学的国医大师, 故宫的老专家), abuse aimed at viewers or rivals (穷鬼滚出去, 脑子被门夹了闭上鸟嘴,
老不死的, 那帮孙子, 眼睛长屁股上懂个屁).
Traps: disclaimers (海参是普通食品不是药, 泡脚盆治不了病药一顿别落, 沉香是香木不是药), specifications (脂肪最多零点
几克, 最高时速二十五公里, 满电最远九十公里, 水温最高四十八度, 最好让家里人先试), terms and plain prices (一斤装两斤装
的价, 电池电机质保三年车架五年, 单盆和加艾草包的价, 两串的价都在小黄车), rivals mentioned neutrally (雅迪、爱玛),
safety and the law (楼道里别充电, 改限速违法不教不帮改, 戴头盔), innocent 第一次/最近/首先, the platform's customer
service and order messages, a warning against private accounts that pose as customer service, how to tell resin-filled
agarwood.

Conditions (generate_fresh.py --batch fresh7): sea_cucumber_fresh7 like the demo set; ebike_fresh7 rendered like the
demo set and then degraded like degrade.py (1.2x tempo, pink noise and a backing track 10 dB under the speech);
foot_bath_fresh7 and agarwood_fresh7 like generate_hard.py with every condition at once (lower voice f0 0.88 and
0.86, babble of 2 and 3 voices, reverb RT60 0.5 and 0.55 s, AAC 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="sea_cucumber_fresh7",
        product="淡干海参和即食海参 (dried and ready-to-eat sea cucumber)",
        voice=Voice(duration=1.0, f0=0.95),
        seed=1239,
        chords=(Am, F, C, G),
        utterances=(
            U("晚上好各位，今天给大家拿的是大连的淡干海参，还有一款即食的，先看干货。"),
            U("这款是淡干的，没加盐没加糖，一斤六十到七十头，泡发以后能涨八到十倍。"),
            U("说句实在话，咱这个刺参的肉厚度，放在整个渤海湾都是拔尖的，没有哪家能压它一头。",
              "absolute_claim"),
            U("第一次泡发的朋友别慌，首先拿纯净水泡两天，每天换两回水，全程别沾油。"),
            U("体检转氨酶偏高、有点脂肪肝的，连着吃两盒，再去医院一查，指标基本就正常了。", "medical_claim"),
            U("海参就是普通食品，不是药，身体有病还是得听医生的，别拿它当药吃。"),
            U("超市冷柜里同样规格的标价两千六百八一斤，咱们今天一斤九百八十八就到手。", "false_price"),
            U("一斤装九百八十八，两斤装一千九百块，运费我们包了，冷链发货。"),
            U("吃满一个月，精气神要是一点没变化，剩下的连盒子寄回来，吃掉的也算我的，钱全退。",
              "guarantee_claim"),
            U("北京一个国家队的训练基地，运动员食堂里顿顿都有咱们家这个参。", "false_endorsement"),
            U("论营养，海里头的东西它坐头把交椅，别的都得往后稍一稍。", "absolute_claim"),
            U("今天这个价厂里只批了一个批次，一共二百单，拍完直接恢复原价，明年开海之前别想了。",
              "false_urgency"),
            U("想整箱拿货送礼的老板，评论区扣个八，我让小姑娘私下把收款码发给你，不用走链接。", "off_platform"),
            U("海边那个天天上电视打广告的大牌子，泡出来一大半是胶，吃进去的都是化学玩意儿。", "disparagement"),
            U("好多人问是不是糖干的，咱们这款不是，你拿一根泡泡看，不会缩水。"),
            U("弹幕里说我卖假货的那个，一个吃不起海参的穷鬼在这叫唤什么，给我滚出去。", "vulgar"),
            U("后台小伙伴刚喊我，一号链接那个红色数字一直在往下跳，现在是四十七，眨眼就没。", "false_urgency"),
            U("省里一家三甲医院营养科的主任，自己做完手术就吃这个，还让病房里的病人都去买。",
              "false_endorsement"),
            U("营养成分表上写着，每一百克泡发海参蛋白质十六克左右，脂肪最多也就零点几克。"),
            U("上初中的孩子每天一根，一个暑假能窜五公分，没窜上去你截图找我，我退双倍。",
              "medical_claim", "guarantee_claim"),
            U("收到货有任何问题，在订单页面点客服，平台上都能处理，不用加别的。"),
            U("最近天气热，干货放冰箱冷藏，即食的开了袋一个礼拜内吃完。"),
            U("我们基地就在大连码头边上，开车过来的直接找我，现场称重现场给钱，比网上还省一截。",
              "off_platform"),
            U("有人说以前被私人号骗过钱，大家记住，凡是让你私下转账的都别信。"),
            U("好了，一号链接是淡干的，二号链接是即食的，喜欢的家人们去拍吧。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="ebike_fresh7",
        product="新国标电动自行车 (electric bicycle)",
        voice=Voice(duration=0.98, f0=1.04),
        seed=1250,
        chords=(C, Em, F, G),
        utterances=(
            U("骑车的朋友们晚上好，今天上的是新国标电动自行车，带脚蹬子的，买回去能上牌。"),
            U("整车五十四公斤左右，四十八伏二十四安的锂电池，最高时速限在二十五公里。"),
            U("这个电机爬坡，说它是电动车里的天花板都算谦虚了，谁家的拉来比都白搭。", "absolute_claim"),
            U("续航我们在平路上实测过，满电最远跑了九十公里，带人爬坡的话会少一些。"),
            U("这块电池跟邮政快递车用的是同一个型号，交警大队的巡逻车也用这一款。", "false_endorsement"),
            U("电动车店里这个配置挂的是四千三，今天直播间下单，两千一百九十九送到家。", "false_price"),
            U("电池和电机都质保三年，车架五年，质保卡在箱子里，凭订单号就能保。"),
            U("骑一年要是续航掉了一半，我不光给你换电池，再倒贴你五百块，就这么硬气。", "guarantee_claim"),
            U("这个座垫是减震的，腰椎间盘突出的骑它上下班，骑三个月腰就不疼了，比贴膏药强多了。",
              "medical_claim"),
            U("头盔一定要戴，这是交规要求的，下单送一顶带强制认证的头盔。"),
            U("我数到十就把链接撤掉，十、九、八、七，没抢到的只能等下个月了。", "false_urgency"),
            U("给外卖站点批量配车的老板，拿笔记一下，幺三八零七二五，后四位待会儿报，电话里谈批发价。",
              "off_platform"),
            U("车头印着一头牛的那个网红牌子，卖的就是个壳子，电池拆开全是翻新的旧货。", "disparagement"),
            U("雅迪、爱玛这些大牌子质量都不错，我们主要是同配置价格低一点。"),
            U("刷屏说车不行的那个，你脑子是被门夹了吧，买不起就闭上你那张鸟嘴。", "vulgar"),
            U("充电的时候别推到楼道里，也别在家过夜充，尽量去小区的充电棚。"),
            U("仓库那边刚来消息，黑色的已经一台不剩，白色还有十几台，灰色的我看也悬了。", "false_urgency"),
            U("第一次买电动车的，先查清楚自己城市怎么上牌，新国标的车基本都没问题。"),
            U("前后都是碟刹，下雨天刹车也稳，下坡的时候心里有底。"),
            U("这个价比我们厂给经销商的出厂价还低两百，等于我自己往里贴钱卖。", "false_price"),
            U("骑坏了也不用在平台上点售后，直接打我私人电话，我派师傅上门给你修。", "off_platform"),
            U("这车架焊得，整个电动车圈子里就是标杆，别家都是照着我们抄的。", "absolute_claim"),
            U("这车骑十年都不用修，哪个零件先坏了，我直接赔你一台新车。", "guarantee_claim"),
            U("有人问能不能解限速，改限速是违法的，我们不教也不帮改，别问了。"),
            U("好了，黑白灰三个颜色都在一号链接，付款后四十八小时内发货。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="foot_bath_fresh7",
        product="中老年加热按摩足浴盆和艾草泡脚包 (heated foot bath for the elderly)",
        voice=Voice(duration=1.02, f0=0.88),
        seed=1261,
        chords=(Dm, F, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("叔叔阿姨们晚上好，今天给大家带的是全自动加热的足浴盆，泡脚用的。"),
            U("盆里有十六个按摩滚轮，水温从三十五度到四十八度可以调，默认四十二度。"),
            U("脚发麻发凉的糖友，每天晚上泡二十分钟，一个疗程下来脚就有知觉了，血糖也能稳住。",
              "medical_claim"),
            U("水温最高只能调到四十八度，糖尿病人脚上感觉不灵，温度要调低一点，最好让家里人先试。"),
            U("泡脚就是泡脚，舒服是真的，它治不了病，该吃的药一顿别落。"),
            U("睡不着觉、躺下两三个钟头眼睛还睁着的，泡完沾枕头就着，安眠药都能扔了。", "medical_claim"),
            U("商场里带加热的足浴盆，货架上标着一千五百八，咱们今天三百六十九包邮到家。", "false_price"),
            U("单买盆是三百六十九，加四十块送一包艾草泡脚包，一共三十小包。"),
            U("中医药大学一位九十多岁的国医大师，自己家里用的就是这台，还让学生们都去买。",
              "false_endorsement"),
            U("说句不谦虚的，足浴盆这一行它就是祖师爷，别家都是跟在它屁股后面学。", "absolute_claim"),
            U("用满一个月，老人家晚上起夜还是三四趟的，盆退回来运费我出，再额外补您一百块。",
              "medical_claim", "guarantee_claim"),
            U("对面那个穿白大褂卖磁疗盆的直播间，说什么量子共振，其实就是塑料桶插根电热丝，专骗老人钱。",
              "disparagement"),
            U("这台盆卖得太快了，一上午工厂送来的五百台，已经被拍走四百八了。", "false_urgency"),
            U("家里老人不会在手机上点的，让助理把收款码举起来，直接扫这个码付钱也一样。", "off_platform"),
            U("子女给爸妈下单的，地址填老人家的就行，平台会发短信告诉你到哪了。"),
            U("老年人泡脚时间别太长，二十分钟左右就够，吃完饭半小时之内先别泡。"),
            U("公屏上一直刷骗子的那位，一把年纪了嘴这么臭，我看你就是个老不死的。", "vulgar"),
            U("某多多上九十九块钱那种盆，加热片用两个月就锈穿，泡着泡着能把人电一下。", "disparagement"),
            U("这个加热的技术，全国就我们一家做得出来，别人想仿都仿不了。", "absolute_claim"),
            U("这个价是厂长喝多了松的口，比给批发商的还低一截，明天酒醒了肯定反悔。",
              "false_price", "false_urgency"),
            U("好多阿姨问要不要加个联系方式教怎么用，不用，说明书写得很清楚，有问题找平台客服。"),
            U("插头带漏电保护，盆底是双层隔热的，泡的时候手碰到外壳也不烫。"),
            U("您买回去泡一个月，觉得不解乏、不舒服，盆您留着，钱我原样退给您。", "guarantee_claim"),
            U("好，一号链接是单盆，二号链接带艾草包，喜欢的叔叔阿姨让孩子帮着拍。"),
        ),
    ),
    HardStream(
        name="agarwood_fresh7",
        product="沉香手串和小叶紫檀 (agarwood and red sandalwood bead bracelets)",
        voice=Voice(duration=0.98, f0=0.86),
        seed=1272,
        chords=(Em, C, G, Dm),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.55, bitrate="32k"),
        utterances=(
            U("各位老板晚上好，今天上的是沉香手串，还有几串小叶紫檀，都是现货。"),
            U("这串是二点零的珠子，一共一百零八颗，产地越南芽庄，沉水级别的。"),
            U("首先跟大家说一下，沉香是天然的东西，每串的纹路和油线都不一样，以实物为准。"),
            U("这个香味，甜里带着凉，全国的香料市场你转个遍，也找不出第二串能跟它打平手。", "absolute_claim"),
            U("心慌心悸、晚上老做噩梦的，戴着它睡，一个礼拜心就定下来了，比吃药还灵。", "medical_claim"),
            U("血压高的老板，每天盘它闻它，高压能往下掉二三十，这个是做过实验的。", "medical_claim"),
            U("文玩是个人爱好，它是香木，不是药，身体不舒服还是去医院。"),
            U("去年秋天拍卖行里，同品级的一串拍到了十八万，今天在我这只要两万六千八。", "false_price"),
            U("这串两万六千八，那串小叶紫檀一千二百八，都在小黄车里，价格写得清清楚楚。"),
            U("故宫一位老专家上个月来看货，捏在手里半天不撒手，当场就说这料子他认。", "false_endorsement"),
            U("这种料子老坑早就封了，挖一串少一串，我手上就这三串，哪位老板手快就是哪位的。",
              "false_urgency"),
            U("买沉香就是买升值，这串放家里三年，翻个倍不成问题，亏了我按原价收回来。", "guarantee_claim"),
            U("大件的摆件直播间里挂不了，点我头像进主页，里面有联系方式，咱们私下视频看货。", "off_platform"),
            U("城西那家叫什么香堂的，那帮孙子卖的全是注胶料，开水一烫就现原形。", "disparagement", "vulgar"),
            U("有人问注胶的怎么分辨，教大家一个办法，看油线自不自然，太亮太匀的要小心。"),
            U("说我这是木头染色的那个，你眼睛长屁股上了吧，懂个屁，别在这瞎咧咧。", "vulgar"),
            U("讲一下保养，别沾水，别沾化妆品，洗手洗澡的时候摘下来。"),
            U("这串现在有两百多个老板同时盯着，谁先付款算谁的，晚一秒就是别人的了。", "false_urgency"),
            U("这串是天然的，没做任何处理，支持第三方机构鉴定，证书随货走。"),
            U("最近好多人冒充我们家客服，私信让你加个人号转账，那都是骗子，我们只在平台上收钱。"),
            U("论油性，这串在沉香里就是王者，别家的放一块儿直接就没了颜色。", "absolute_claim"),
            U("七天之内随便找一家鉴定所，鉴定出来不是天然沉香，我一赔十，当场打款。", "guarantee_claim"),
            U("第一次玩沉香的朋友，建议先从小一点的珠子入手，价格也好接受。"),
            U("做批发的老板，懂的走个小窗，咱们换个地方慢慢谈价。", "off_platform"),
            U("好了，芽庄这串一号链接，紫檀二号链接，有问题点右下角找客服。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("sea_cucumber_fresh7", "ebike_fresh7", "foot_bath_fresh7", "agarwood_fresh7"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
