"""Twenty-third batch of held-out labelled streams (manifest_fresh23.json): four more product domains, written once,
never tuned on.

The hosts talk the way small sellers do on a busy evening: an appliance seller pushing a 1.5-horsepower inverter
air conditioner with installation (aircon_fresh23), a grower selling 妃子笑 lychee from his own
orchard in Maoming (lychee_fresh23), a host coaxing 叔叔阿姨 into an herbal moxa-and-ginger foot patch (foot_patch_fresh23), and a course seller pitching a kids' online
public-speaking class to parents (kids_speech_fresh23). Each stream has 28-30 sentences, 16-17 of them violations,
and together they cover all nine categories at least six times each, vulgar seven times.

The violations mostly avoid the textbook keywords. Superlatives are built freely (同价位里找不出第二台, 天花板级别,
吃遍整个广东都找不出比它更甜的, 独一份, 没有第二家能比). Diseases are hinted rather than named (老寒腿, 一站起来就头晕,
控糖的朋友, 体检单上那几个箭头往上的, 一急就卡壳重复头一个字, 不看人眼睛总自己玩, 坐不住小动作停不下来) and paired with
promises that never say 保证 (再也不闹, 往后下雨都不闹了, 八节课给你纠正过来, 不甜你回来骂我, 伤不着身子, 面试答辩都稳了).
Prices lean on unverifiable references (商场门店标价, 超市里标, 专柜卖, 线下机构一年收, 外面卖多少我们少一千, 回本价下一场
就恢复). Urgency comes without 最后 (后台只剩个位数, 厂家只给了这一批, 下一场就没这个价, 老板留着自家吃的就放这几十箱, 三年陈艾
用完就没了). Authority is outside the obvious (电视台家电节目, 家电协会的专家, 农科院专家, 三农节目, 老字号坐堂老中医, 某医院
的主任, 教育局推荐). Rivals go by nickname (某东, 某多多, 某书, 隔壁直播间, 网红口才班, 药店里几十块一盒的). Off-platform
contact is slang (V我, 小绿泡泡, 企鹅, 主页那串数字, 评论区留手机号, 加我的V). Vulgar lines insult viewers (穷成这样, 土包子,
耳朵背听不懂, 棺材本, 笨得要死, 一辈子当哑巴) or make crude innuendo about the fruit.

The traps look dangerous but are fine: negations (不敢说最省电/最好/全国最甜), disclaimers (空调不是医疗设备, 足贴不是药,
课程不是治疗), a specification 最低运行功率, an honest stock figure shown on screen and an honest season end, genuine discounts
with a stated reason (以旧换新补贴, 平台补贴三百), disclosed extra charges, 坏果包赔 and platform refunds, in-platform contact
(订单里找客服, 私信客服, 粉丝团, 平台直播教室), a warning not to transfer money to anyone, first-person testimony, 最近,
第一次 and 最后一个环节.

Rendering: aircon_fresh23 under demo conditions; lychee_fresh23 sped up 1.2x under noise and music; foot_patch_fresh23
and kids_speech_fresh23 with all four hard conditions (lower voice, two or three babble voices, 0.5 s reverb, 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="aircon_fresh23",
        product="变频空调含安装 (household air conditioner with installation)",
        voice=Voice(duration=1.0, f0=1.0),
        seed=2801,
        chords=(C, Am, F, G),
        utterances=(
            U("家人们晚上好，今天给大家上一台一级能效的变频空调。"),
            U("一点五匹的，适合十五到二十平的卧室。"),
            U("这台的制冷速度，我敢说同价位里找不出第二台。", "absolute_claim"),
            U("开机三分钟，屋里温度肯定给你降到二十六度以下。", "guarantee_claim"),
            U("家里老人怕风的，防直吹模式开着，老寒腿都能养回来。", "medical_claim"),
            U("自带除菌滤网，开着它一家人换季再也不闹鼻炎。", "medical_claim", "guarantee_claim"),
            U("商场门店标价五千六，咱们直播间两千六百九到手。", "false_price"),
            U("今天便宜是叠了以旧换新补贴，下单页面能看到明细。"),
            U("安装师傅是品牌授权的，包含打孔和三米铜管。"),
            U("铜管超出三米的部分每米六十，这个提前说清楚。"),
            U("某东上那些低价机，铜管都偷换成铝的，装上就是坑你。", "disparagement"),
            U("这款电视台的家电节目专门测过，测完主持人都说选它。", "false_endorsement"),
            U("家电协会的专家都讲了，这个系列是他们自己家里装的。", "false_endorsement"),
            U("后台安装名额只剩个位数了，这个月排不上就得等秋天。", "false_urgency"),
            U("我不敢说它是最省电的，但一晚上大概一度多电。"),
            U("想插队先装的，V我一下，我直接给你约师傅。", "off_platform"),
            U("装好以后有问题，直接在订单里找客服，售后都有记录。"),
            U("弹幕那个问能不能再便宜的，穷成这样就别装空调了，吹风扇吧。", "vulgar"),
            U("最近天热，换空调的家庭多，师傅上门可能要晚一两天。"),
            U("它的最低运行功率是一百五十瓦，说明书上写着呢。"),
            U("压缩机用十年都不带坏的，这个我给你打包票。", "guarantee_claim"),
            U("这个静音做得，整个行业没人压得过它，天花板级别。", "absolute_claim"),
            U("外面卖多少，咱们直接比外面少一千，就这一场。", "false_price", "false_urgency"),
            U("第一次在我们家买空调的，记得先领新人券再下单。"),
            U("下一场就没这个价了，厂家只给了这一批机器。", "false_urgency"),
            U("给宝宝房装上，新风一开孩子少跑医院，抵抗力就上来了。", "medical_claim"),
            U("空调不是医疗设备，身体不舒服还是要去看医生。"),
            U("要团十台以上的老板，去我主页那串数字找我谈。", "off_platform"),
            U("最后一个环节，抽三位家人送一次免费清洗。"),
            U("好，三二一上链接，小黄车一号就是它。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up 1.2x and buried in noise and music.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="lychee_fresh23",
        product="果园直发荔枝 (fresh lychee shipped from the orchard)",
        voice=Voice(duration=0.98, f0=1.02),
        seed=2802,
        chords=(Am, F, C, G),
        utterances=(
            U("宝宝们看镜头，这是刚从树上剪下来的妃子笑。"),
            U("我们就在茂名的果园里，身后这一片都是自家的树。"),
            U("这个甜度，你吃遍整个广东都找不出比它更甜的。", "absolute_claim"),
            U("荔枝吃多了容易上火，吃的时候配点淡盐水。"),
            U("脸色发黄、一站起来就头晕的姐妹，多吃几颗气血就补上了。", "medical_claim"),
            U("超市里标五十九一斤，咱们这里二十九块九五斤。", "false_price"),
            U("隔壁直播间那些冷库货，放了半个月拿出来冒充现摘。", "disparagement"),
            U("我们是凌晨采摘，当天发顺丰冷链，物流随时能查。"),
            U("坏果包赔，坏一颗赔一颗，拍照找客服就行。"),
            U("不甜你回来骂我，我再倒贴你十斤。", "guarantee_claim"),
            U("这批是老板留着自家吃的，外面买不到，就放出这几十箱。", "false_urgency"),
            U("那个嫌荔枝贵的，你是没吃过好东西吧，土包子。", "vulgar"),
            U("农科院的专家来果园看过，说我们这片品质全市第一。", "false_endorsement", "absolute_claim"),
            U("老人孩子都能吃，但一次别吃太多，糖分比较高。"),
            U("控糖的朋友也放心吃，这个是果糖，不会往上走。", "medical_claim"),
            U("要整箱批发的，加一下小绿泡泡，我私下给你算。", "off_platform"),
            U("后台只剩个位数了啊，拍完这一波今年就不开了。", "false_urgency"),
            U("说实话今年雨水多，个头比去年小一点，价格也降了。"),
            U("五斤是净重，不含冰袋和泡沫箱，大家看清楚。"),
            U("某多多上九块九那种，全是打了药的酸果子，吃了拉肚子。", "disparagement"),
            U("这果肉白白嫩嫩水又多，跟小姑娘似的，懂的都懂哈。", "vulgar"),
            U("最近好多宝宝问怎么保存，冷藏放两三天没问题。"),
            U("电视台三农节目都来我们果园拍过，认准这个牌子。", "false_endorsement"),
            U("荔枝季就这一个多月，过了七月确实就没有鲜果了。"),
            U("我第一次吃这个品种，也以为是冰过的，太清甜了。"),
            U("我不敢说是全国最甜的，但每一颗都是当天剪的。"),
            U("有问题直接私信客服，或者进粉丝团，群里有人回复。"),
            U("一天十颗，连吃一周，手脚冰凉的姐妹都能暖起来。", "medical_claim", "guarantee_claim"),
            U("三号链接上了，五斤装二十九块九，拍完记得备注。"),
            U("这是我们果园独一份的品种，整个茂名就这一片。", "absolute_claim"),
        ),
    ),
)

# Rendered by generate_hard.render with all four hard conditions (lower voice, babble, reverb, 32 kb/s).
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="foot_patch_fresh23",
        product="艾草生姜足贴 (herbal foot patch sold to the elderly)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=2803,
        chords=(Dm, G, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("叔叔阿姨们好，今天给大家带来的是艾草生姜足贴。"),
            U("晚上洗完脚，贴在脚心这里，第二天早上撕掉。"),
            U("早上撕下来黑乎乎的，那都是身子里的湿毒排出来了。", "medical_claim"),
            U("腿脚发麻、夜里起来三四趟的，贴上一个月就能睡整觉。", "medical_claim", "guarantee_claim"),
            U("我们这个足贴不是药，不能代替医院的治疗。"),
            U("省里一家老字号的坐堂老中医，亲自给这个方子把过关。", "false_endorsement"),
            U("某医院的主任，自己家老人都在贴，他都说好。", "false_endorsement"),
            U("药店里几十块一盒的，都是香精掺锯末，贴了白贴。", "disparagement"),
            U("专柜卖三百九十八一盒，今天给叔叔阿姨九十九两盒。", "false_price"),
            U("阿姨您听我说，这是回本价，下一场就恢复了。", "false_price", "false_urgency"),
            U("体检单上那几个箭头往上的，贴一阵子就下来了。", "medical_claim"),
            U("孕妇和皮肤破了的地方不要贴，这个一定记住。"),
            U("贴完要是过敏了，马上撕掉，找客服就给您退。"),
            U("纯草本的东西，老人天天贴也伤不着身子。", "guarantee_claim"),
            U("全中国能把艾绒做到这个纯度的，就咱们这一家。", "absolute_claim"),
            U("阿姨您耳朵背就别问了，问了也听不懂，直接拍就完了。", "vulgar"),
            U("孩子不在身边的，评论区留个手机号，我让人给您送上门。", "off_platform"),
            U("要给老姐妹们带的，去企鹅上找我，十盒起再送一盒。", "off_platform"),
            U("后台库存显示两百一十二盒，数字就在屏幕右下角。"),
            U("最近降温了，好多阿姨说脚冰凉，睡前泡泡脚也挺好。"),
            U("一盒三十贴，一晚上两贴，一盒够用半个月。"),
            U("厂家这批是三年陈艾，用完就没了，下批要等一年。", "false_urgency"),
            U("膝盖一到阴天就疼的，贴满三盒，往后下雨都不闹了。", "medical_claim", "guarantee_claim"),
            U("我不敢说这个能治什么病，它就是让您脚底暖和一点。"),
            U("我自己贴了一个星期，晚上脚是暖和一些，这是我的感受。"),
            U("不会操作的叔叔阿姨，让孩子在平台上下单，别给任何人转账。"),
            U("有儿女帮着下单的，直接点小黄车，地址填老人家的。"),
            U("还在那犹豫的老头，抠抠搜搜的，棺材本留着干嘛。", "vulgar"),
            U("点点关注，明天早上七点我们接着讲怎么贴。"),
        ),
    ),
    HardStream(
        name="kids_speech_fresh23",
        product="少儿口才演讲课 (kids' public-speaking online course)",
        voice=Voice(duration=1.02, f0=0.88),
        seed=2804,
        chords=(Em, Am, Dm, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("各位宝妈宝爸晚上好，今天聊聊孩子的口才和演讲。"),
            U("我们这个课是线上小班，一个班六个孩子，每周两节。"),
            U("说话一急就卡壳、老重复头一个字的，八节课给你纠正过来。", "medical_claim", "guarantee_claim"),
            U("不看人眼睛、总自己玩的孩子，我们这套方法能把那个倾向调过来。", "medical_claim"),
            U("报了名的孩子，区里的演讲比赛一个个都拿奖，拿不到你来找我。", "guarantee_claim"),
            U("我们这套课程体系，国内做少儿口才的没有第二家能比。", "absolute_claim"),
            U("这个课是教育局推荐的，好几个重点小学校长都用我们的教材。", "false_endorsement"),
            U("外面那些网红口才班，就是让孩子背稿子，学完更不敢说了。", "disparagement"),
            U("线下机构一年收一万二，咱们这里一千九百八一整年。", "false_price"),
            U("今天便宜是因为平台补贴了三百，订单页面能看到。"),
            U("这期班一开就被抢疯了，后台只剩个位数，再晚就得排到明年。", "false_urgency"),
            U("有的家长自己说话都不利索，难怪孩子是个闷葫芦，笨得要死。", "vulgar"),
            U("我不敢说这是最好的课，但每节课都有回放，家长可以看。"),
            U("试听课是免费的，不满意在平台申请退款，七天内都可以。"),
            U("想要老师一对一的，加一下我的V，私下给你排课，便宜五百。", "off_platform"),
            U("报名后进粉丝团，班主任会在群里发课表。"),
            U("上课坐不住、小动作停不下来的，上了这个课那毛病也好了。", "medical_claim"),
            U("第一次上课的孩子都会紧张，这个很正常。"),
            U("课程不是治疗，孩子真有语言发育问题，建议先去医院看看。"),
            U("那些说口才课没用的，你家孩子一辈子就当个哑巴吧。", "vulgar"),
            U("这个课程是全网独一份的原创体系。", "absolute_claim"),
            U("课程主页那串数字就是我的号，搜出来直接找我报名。", "off_platform"),
            U("每节课四十五分钟，中间有五分钟让孩子喝水休息。"),
            U("最近期末了，上课时间可以调到周末上午。"),
            U("学完这个，孩子以后面试答辩都稳了，一辈子受用。", "guarantee_claim"),
            U("某书上那些晒奖状的机构，奖状都是自己印的。", "disparagement"),
            U("课上用的是平台的直播教室，不用另外下载软件。"),
            U("好，小黄车二号链接，试听课零元，先去体验一下。"),
            U("今晚报名的送一本绘本，我看了下还有四十来本。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("aircon_fresh23", "lychee_fresh23", "foot_patch_fresh23", "kids_speech_fresh23"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
