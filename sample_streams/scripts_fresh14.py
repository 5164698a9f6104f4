"""Fourteenth batch of held-out labelled streams (manifest_fresh14.json): four more product domains, written once,
never tuned on.

Written in a single pass by a helper session that worked from the category definitions and the label policy only;
it did not read the rule base, the tests, the matcher, any labelled test data or the scripts of earlier batches, and
nothing here was adjusted after seeing what livewatch finds. The four hosts sell a foaming hair dye, grafted blueberry
seedlings, a posture-correcting back brace and a recorded hard-pen calligraphy course, and they talk the way
livestream sellers do, with audience address, countdowns and numbers spoken as words.

The violations are phrased to slip past a keyword list. Superlatives come as images and dares (nobody in the street can
match the colour, shave my head if you find a gentler one, a fruit that beats every other variety, a course nobody can
arm-wrestle). Health claims name a condition before the verb, hint at it or only describe its symptoms: an itchy
flaking scalp that stops for good, grey hair growing back dark, a crooked spine in a child, a disc that slips back,
blood sugar that drops after eating fruit, a restless child's attention problem, an old person's trembling hand and
fading memory. Promises avoid the usual verb: money back if the colour fades in three days, three seedlings for every
one that dies, a side photo after twenty-one days, a certificate exam passed at the first try or repeated for free, a
salary rise after the course, yearly earnings from a fruit tree. Reference prices cannot be checked (a mall counter, a
flower market, the factory's retail figure, what an institution charged last year). Urgency is made without the usual
words (the warehouse sent one batch, a field row nearly dug out, the factory allowed only so many, the price gone when
the stream ends, enrolments said to be flooding in). Off-platform contact is described rather than named: a green app
with the account under the avatar, paying in person at the nursery, a string of digits under the host's name, a direct
transfer that is cheaper than checking out. Rivals are described, not named, and endorsements come from a retired
dermatologist, an agricultural academy professor, hospital rehabilitation heads and an education bureau. The vulgar
lines insult the viewers or make an innuendo out of holding a pen.

About forty-five per cent of each stream is clean or a trap: usage steps and specifications with 最长/最多, advice with
最好, first-time and first-week wording, disclaimers that the product is no medicine and does not replace treatment,
an admission that the price is not the lowest, in-platform customer service and the shopping cart, plain prices and
gifts, a discount window with its clock times, a neutral mention of a rival brand, a special-cosmetics licence number and
a plant quarantine certificate, seven-day returns, and first-person testimonials, which the policy leaves unlabelled.

Conditions: the hair-dye stream is rendered under demo conditions; the seedling stream is sped up and buried in noise
and music; the posture-brace and calligraphy streams use a lowered voice with two and three babble voices, 0.5 s reverb
and 32 kb/s encoding.
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="hair_dye_fresh14",
        product="泡泡染发膏 (foaming home hair dye)",
        voice=Voice(duration=1.0, f0=1.0),
        seed=1901,
        chords=(C, Am, F, G),
        utterances=(
            U("家人们晚上好，今天给大家带的是这款泡泡染发膏，一盒能染两次。"),
            U("先说一下用法，戴好手套，挤出来揉出泡泡，从发根往下抹就行。"),
            U("停留时间最长别超过三十分钟，时间一到就冲掉。"),
            U("头皮敏感的姐妹最好先在耳朵后面试一点，四十八小时没反应再用。"),
            U("这个颜色上了头啊，你走一整条街都找不出第二个这么自然的。", "absolute_claim"),
            U("头皮一抓就掉白屑、痒得整夜睡不着的，染上两回，屑没了，痒也断了根。", "medical_claim"),
            U("少白头的孩子、熬夜熬出白头发的，坚持用三个月，新长出来的全是黑的。",
              "medical_claim", "guarantee_claim"),
            U("染完要是三天就掉色，你回来找我，钱一分不少退给你。", "guarantee_claim"),
            U("商场专柜同款的染发霜一盒卖三百八，今天直播间九十九拿两盒。", "false_price"),
            U("这个活动价到今晚十点整结束，十点以后按店铺日常价一百三十九一盒。"),
            U("仓库那边就给我发了这一批，拍完了厂里排产得排到下个月去。", "false_urgency"),
            U("隔壁那个粉盒子的网红牌子，染完头皮红一大片，谁用谁后悔。", "disparagement"),
            U("我们这个配方是皮肤科一位老专家把过关的，他门诊的病人他都让用这个。", "false_endorsement"),
            U("想要色卡对比图的姐妹，去那个绿色的软件上加我，号就在我头像下面。", "off_platform"),
            U("它不是药，头皮有破口、有炎症的，先去医院看看，别自己在家染。"),
            U("有人问跟大牌比哪个好，我不敢说是最好的，颜色大家自己看。"),
            U("还在那犹豫的，一个个穷鬼样，两盒染发膏都舍不得买。", "vulgar"),
            U("拍下的姐妹送一副手套、一个染发碗，还有一把尖尾梳。"),
            U("特证号是国妆特字G二零二三零四五六，详情页上能查到。"),
            U("颜色选不好的直接私信客服，或者在小黄车里点咨询。"),
            U("三、二、一，上链接！错过今天这个价，这辈子你都别想再碰到。", "false_urgency"),
            U("谁能找到比它还温和的染发膏，我当着直播间把头发剃光。", "absolute_claim"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="blueberry_seedling_fresh14",
        product="嫁接蓝莓果树苗 (grafted blueberry seedlings)",
        voice=Voice(duration=0.98, f0=1.02),
        seed=1902,
        chords=(Am, F, C, G),
        utterances=(
            U("来来来，刚进来的家人们点个关注，今天卖的是嫁接好的蓝莓苗。"),
            U("这是两年生的苗，根上带着原土球，发货用保湿袋加泡沫箱。"),
            U("北方的家人冬天最好把它搬进屋，零下十度以下它扛不住。"),
            U("第一次种的宝宝们别急着施肥，缓苗一个礼拜再说。"),
            U("种下去你只管浇水，第二年要是不挂果，我一棵一棵给你补新苗。", "guarantee_claim"),
            U("死一棵赔三棵，活不了算我的，你就放开胆子种。", "guarantee_claim"),
            U("这个果子，有糖尿病的老人也能放开吃，吃完血糖还往下走。", "medical_claim"),
            U("看东西发花、电脑看久了眼睛干涩的，一天一把，一个月眼睛就亮了。",
              "medical_claim", "guarantee_claim"),
            U("农科院的老教授来我们基地看过，说这个品种全国都找不着对手。",
              "false_endorsement", "absolute_claim"),
            U("花卉市场同样大小的苗要八十一棵，我今天三十九块九给你两棵。", "false_price"),
            U("别家拼单那种小苗，就是一根筷子插土里，寄到你家只剩一根干柴。", "disparagement"),
            U("这一垄地挖完就没了，再想要得等明年开春，手慢的别怪我。", "false_urgency"),
            U("想要五年生大棵的，直接来基地面对面挑，钱当面给我，省得被抽成。", "off_platform"),
            U("下单以后物流单号在订单里就能看到，一般三天左右到。"),
            U("植物检疫证书的编号在商品详情页最下面，大家可以自己去查。"),
            U("蓝莓就是普通水果，不是药，身体有毛病还是要去看医生。"),
            U("这个价钱不是全网最低的，但是苗的个头大家可以比一比。"),
            U("你们这帮白嫖的，光看不买还在公屏上瞎逼逼，滚出去。", "vulgar"),
            U("一棵两棵都能拍，满三棵送一包酸性营养土。"),
            U("有问题先在小黄车里找客服，客服会把种植手册发给你。"),
            U("这个品种结出来的果子，甜度是蓝莓里的顶配，吃过的没一个不服气。", "absolute_claim"),
            U("我跟你讲，种上三年，一棵树光卖果子每年就能挣回一千多，稳稳当当。", "guarantee_claim"),
            U("今晚八点半到九点这半个小时下单的，每单多送一把剪枝剪。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="posture_brace_fresh14",
        product="矫姿背背带 (posture-correcting back brace)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=1903,
        chords=(Dm, G, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("宝宝们，今天这款是矫姿带，后背两根软支撑条，魔术贴能调松紧。"),
            U("尺码按胸围选，七十到八十五的拍S码，再往上的拍M码。"),
            U("刚开始戴最好一天不超过两个小时，让身体慢慢适应。"),
            U("这个东西不能代替治疗，已经有脊柱问题的，请遵医嘱。"),
            U("孩子脊柱已经歪了、一边肩膀高一边低的，戴上两个月给你拉回来。",
              "medical_claim", "guarantee_claim"),
            U("腰那块老是酸、压得腿发麻的，戴它比推拿还管用，突出来的那块自己就回去了。", "medical_claim"),
            U("戴满二十一天拍张侧面照，驼背没变直的，整单退你，东西都不用寄回来。", "guarantee_claim"),
            U("好几家骨科医院康复科的主任，都在自己科室里摆着我们这个。", "false_endorsement"),
            U("戴上它就跟穿了一身隐形盔甲一样，地球上再找不出第二条这么服帖的。", "absolute_claim"),
            U("药店柜台上那个老牌子卖四百多，丑得跟刑具一样，戴出去要被人笑话。", "disparagement"),
            U("厂家报的零售价是五百九十八，今天在我这儿一百二十八就能带走。", "false_price"),
            U("厂家一共就给我批了三百条，抢没了我也变不出来。", "false_urgency"),
            U("下了播这个价就没了，明天再来就是原来的价，别说我没提醒。", "false_urgency"),
            U("想让我一对一教你怎么戴的，打我名字下面那串数字，打过来直接跟我说。", "off_platform"),
            U("面料是透气网布，夏天贴身戴也不会捂汗。"),
            U("有家人问是不是跟去年那款一样，不一样，今年支撑条换成了更软的材料。"),
            U("别的牌子像背背佳也挺好的，我们就是价格跟面料不太一样。"),
            U("支持七天无理由退货，吊牌没拆、没上过身的都能退。"),
            U("你那背驼得跟个虾米似的还不买，活该一辈子找不着对象。", "vulgar"),
            U("每单送一个护颈小枕头，规格在小黄车详情里写着呢。"),
            U("上班久坐的，最好隔一个小时起来走两步，光靠一条带子也不行。"),
            U("老是胸闷气短、心慌睡不着的，把背挺起来，这些毛病都会跟着好。", "medical_claim"),
            U("尺码拿不准的私信客服，报一下身高体重，客服帮你挑。"),
        ),
    ),
    HardStream(
        name="calligraphy_course_fresh14",
        product="硬笔书法录播课 (recorded hard-pen calligraphy course)",
        voice=Voice(duration=1.02, f0=0.88),
        seed=1904,
        chords=(Em, Am, Dm, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("家人们好，今天给大家介绍我们的硬笔书法录播课，一共六十节。"),
            U("第一周我们只练横竖撇捺，不着急写整字。"),
            U("每天最少练十五分钟，最多别超过一个钟头，手腕容易累。"),
            U("跟着练满三十天，字还是跟狗爬的一样，学费原路退回。", "guarantee_claim"),
            U("孩子要考书法等级的，报我们这个班，八级以前一次就过，不过的免费重读到过为止。",
              "guarantee_claim"),
            U("小朋友上课坐不住、注意力老跑的，练上一学期，那个多动的毛病就没了。", "medical_claim"),
            U("家里老人手抖、记性越来越差的，天天写一页，脑子就不会再往下退。", "medical_claim"),
            U("书协副主席亲自录的课，教育局都发了文让学校用我们这套。", "false_endorsement"),
            U("全国的练字课我都比过了，能跟我们这套掰手腕的一个都没有。", "absolute_claim"),
            U("这套课去年在机构里卖两千六，今天直播间二百九十九，你自己算算。", "false_price"),
            U("那个天天打广告的练字软件，就是拿机器糊弄人，交了钱根本没人管你。", "disparagement"),
            U("这期名额就放五十个，报满了助教带不过来，下一期什么价我都不敢说。", "false_urgency"),
            U("课程链接在小黄车，点进去可以先免费试听三节。"),
            U("作业在课程里点上传，老师在平台上批改，不用加任何私人联系方式。"),
            U("不想在直播间拍的，直接给我转个账也行，还能再便宜三十。", "off_platform"),
            U("有姐妹问能不能学毛笔，这套是硬笔的，毛笔课下个月单独开。"),
            U("我不是说练了字就能考上好大学，字只是卷面的一小部分。"),
            U("报名送一套字帖、一支钢笔，还有五十张练习纸。"),
            U("姐妹们手腕要软，握得要紧，上下来回那股劲儿，懂的都懂哈。", "vulgar"),
            U("练字本身不是药，孩子真有注意力方面的问题，还是去医院做个评估。"),
            U("已经一万多个学员报了名，今晚还在疯了一样往里涌。", "false_urgency"),
            U("学完拿我们的结业证书去应聘文员，工资起码多涨一千。", "guarantee_claim"),
            U("我自己跟着这套课练了半年，现在签个字都有人夸。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("hair_dye_fresh14", "blueberry_seedling_fresh14", "posture_brace_fresh14",
                    "calligraphy_course_fresh14"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
