"""Twenty-fourth batch of held-out labelled streams (manifest_fresh24.json): four more product domains, written once,
never tuned on.

The hosts are small sellers on a busy evening: a thermos seller who talks to office workers like old friends, a mahjong
table seller who calls everybody 老铁 and drifts into jokes, a hongmu furniture dealer who addresses 叔叔阿姨 and drops
into trade talk about timber, and a pet cremation service whose host swings between gentle comfort and impatience.
Every line is one spoken sentence, numbers are written as they are said, and fillers (家人们, 宝子们, 老铁, 懂的都懂)
run through all four streams.

The violations avoid the textbook keywords. Superlatives are built freely (nobody in the trade can match it, you will
not find another workshop that carves like this) rather than 最好 or 第一; diseases are hinted (acid reflux, cold
hands and feet, a stiff neck, a foggy memory in old age, sleepless nights, grief that will not lift) and the cures are
promised by a time without 保证 or 治疗; reference prices are set against a counter, a furniture mall or "elsewhere"
that nobody can check, or said to jump back after the stream; urgency comes from a factory that stops a finish, a
shipment cut off at the source or a craftsman who will not take the job next month, never from 最后; authorities are
aerospace engineers, a national sports body, palace conservators, state guest houses, civil affairs officials and
celebrities; rivals are named by nickname or description; off-platform contact hides behind the numbers in a profile,
a QR code in the avatar, a small group, a green bubble or a green app; and the vulgar lines insult the viewers or
slip into crude innuendo. Lines that break several rules carry several labels.

The traps sit next to them: specifications that use 最 (longest insulation time, largest tiles, maximum load,
smallest box), negations and disclaimers (not the cheapest, not a substitute for a vet, no gambling features),
honest clock time and a platform's own coupon or anniversary discount, 私信客服, 粉丝团 and 小黄车, warnings never to
transfer money privately, first-person testimony, and 最近, 第一次 and 最后一个环节.

The thermos stream is rendered under the demo conditions. The mahjong table stream is sped up 1.2x and buried in
noise and music. The hongmu furniture and pet cremation streams get all four hard conditions: a lower voice, two or
three babble voices, 0.5 s of reverb and 32 kb/s encoding.
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="thermos_cup_fresh24",
        product="保温杯 (stainless steel vacuum insulated cup)",
        voice=Voice(duration=1.0, f0=1.0),
        seed=2901,
        chords=(C, Am, F, G),
        utterances=(
            U("家人们晚上好，刚下班的宝子们先进来坐会儿。"),
            U("今天这款杯子，三一六不锈钢内胆，容量五百毫升。"),
            U("老铁们，这保温效果啊，市面上真找不出能打的。", "absolute_claim"),
            U("开水灌进去，十二个小时以后还有六十多度，这是实测。"),
            U("胃不舒服老反酸的，天天用它喝温水，俩月就消停了。", "medical_claim", "guarantee_claim"),
            U("隔壁商场柜台挂三百多，家人们在这儿一百一十九拿走。", "false_price"),
            U("我自己办公室用了快两年了，盖子到现在没漏过。"),
            U("那个号称德国工艺的某象牌，内胆薄得跟纸一样，别去当冤种。", "disparagement"),
            U("航天那边的工程师都拿咱这杯子带去上班，懂的都懂。", "false_endorsement"),
            U("仓库那边说这批货压根不补了，抢完就真没了。", "false_urgency"),
            U("要拿批发价的老板，敲我简介里那几个数，咱们单聊。", "off_platform"),
            U("不买的别在这儿杵着，跟个木头桩子似的，穷就直说。", "vulgar"),
            U("注意啊，这杯子不能装碳酸饮料，也不建议长期泡牛奶。"),
            U("最近天冷，很多阿姨问能不能放微波炉，不能啊。"),
            U("这杯子你用上就再也不用换第二个，十年不掉温。", "guarantee_claim"),
            U("泡点枸杞喝，手脚冰凉那毛病一个冬天就没了。", "medical_claim", "guarantee_claim"),
            U("这做工，整个杯子圈里没有能跟它叫板的。", "absolute_claim"),
            U("下了播这价就回到三百多，家人们自己掂量。", "false_price", "false_urgency"),
            U("这是今天第一次上这个颜色，雾霾蓝，大家看看。"),
            U("粉丝团的宝子有问题直接私信客服，别私下给任何人转账。"),
            U("小黄车一号链接，满两件减二十，是平台的跨店活动。"),
            U("那些九块九的杯子，喝进去的全是重金属，你心里没数吗。", "disparagement"),
            U("明星机场街拍拿的就是这款，人家天天用的。", "false_endorsement"),
            U("保温最长可以到二十四小时，那是盖严了放室温的数据。"),
            U("拍两个的小哥哥，主播今晚亲自给你暖被窝去。", "vulgar"),
            U("这杯子喝水养肝养肾，熬夜党的救命杯。", "medical_claim"),
            U("别犹豫了宝子们，厂里说这种磨砂工艺以后不做了。", "false_urgency"),
            U("杯身有划痕的可以七天无理由退，运费险也有。"),
            U("好了，最后一个环节，抽三个宝子送杯套。"),
            U("杯子刚到手先用开水烫一遍，再正常用就行。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up 1.2x and buried in noise and music.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="mahjong_table_fresh24",
        product="麻将机 (automatic mahjong table)",
        voice=Voice(duration=0.98, f0=1.02),
        seed=2902,
        chords=(Am, F, C, G),
        utterances=(
            U("老铁们来了啊，今晚咱聊聊家里打麻将那点事儿。"),
            U("这台是四口机，折叠款，桌面八十五公分见方。"),
            U("洗牌声音小到楼下都听不见，整个行当没人做得出来。", "absolute_claim"),
            U("老人家天天摸两圈，脑子越来越灵光，不糊涂。", "medical_claim"),
            U("外头店里挂一万二的机器，咱直播间四千八抱回家。", "false_price"),
            U("某东那个蓝标旗舰店卖的，电机全是翻新货。", "disparagement"),
            U("棋牌运动管理中心那边比赛，专门挑的咱家机子。", "false_endorsement"),
            U("这台机子用十年不出毛病，坏了我直播间给你磕头。", "guarantee_claim"),
            U("想要批发价开棋牌室的，扣个一，我拉你进小群。", "off_platform"),
            U("注意啊，我们不提供任何赌博相关的功能，纯娱乐。"),
            U("打牌输了别赖机器，赖你自己手臭脑子笨。", "vulgar"),
            U("厂家这次就给我们开了一个柜，拉完就停产线。", "false_urgency"),
            U("我爸打了三十年麻将，他自己说这台比他以前那台安静。"),
            U("小黄车二号链接，今天有平台补贴的三百块券，官方活动。"),
            U("拍下以后有问题点右下角私信客服，别信私下退款的电话。"),
            U("全国几百个棋牌室，找不出比咱家跑得更稳的第二台。", "absolute_claim"),
            U("手腕疼肩膀僵的叔叔，换上这桌子坐着不累，个把月就松快了。", "medical_claim", "guarantee_claim"),
            U("倒计时三分钟，三分钟后这个价直接作废，我不开玩笑。", "false_urgency"),
            U("这台配的是四十四号牌，最大号，手感厚实。"),
            U("今晚是我们第一次播麻将机，有不懂的多包涵。"),
            U("去年大平台补贴前卖七千九，现在这价闭眼冲。", "false_price"),
            U("那些杂牌子机器，说白了就是拿洗衣机电机凑的破烂。", "disparagement"),
            U("搬家的时候记得把桌腿收起来，别硬拖。"),
            U("买了的宝子，长按我头像里那个码，进群领赠品。", "off_platform"),
            U("姐妹们搓完麻将，这桌子还能干点别的，懂的都懂。", "vulgar"),
            U("你要是买回去不满意，我倒贴你一台。", "guarantee_claim"),
            U("有叔叔问能不能放小区活动室，只要有插座就行。"),
            U("好，今天最后一个环节，抽一位老铁送一套备用牌。"),
            U("晚上九点到十一点下单的顺丰包邮，这是平台活动时间。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four hard conditions (lower voice, babble, reverb, 32 kb/s).
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="hongmu_furniture_fresh24",
        product="红木家具 (rosewood hongmu furniture)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=2903,
        chords=(Dm, G, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("叔叔阿姨们晚上好，今天带大家看一套大红酸枝的沙发。"),
            U("这一套十一件，长的那张三米二，榫卯结构，没用一颗钉子。"),
            U("这木料的油性，我干这行二十年，没见过能压过它的。", "absolute_claim"),
            U("红酸枝有股香味，家里有人睡不踏实的，闻着就睡沉了。", "medical_claim"),
            U("家具城那边同样的料，开口就是三十八万，咱这儿十二万八。", "false_price"),
            U("故宫修文物的老师傅来看过，说这手艺够格进宫里。", "false_endorsement"),
            U("那个叫森林什么王的连锁店，卖的全是染色巴花冒充的。", "disparagement"),
            U("这套摆家里，三年后转手起码翻一倍，比存银行强。", "guarantee_claim"),
            U("老板们要看原木，加我小绿泡泡，我单独给你拍视频。", "off_platform"),
            U("提醒一下，红木家具别放暖气片边上，容易开裂。"),
            U("这一批料子是缅甸断供前囤的，卖一套少一套。", "false_urgency"),
            U("我家客厅摆的就是同款，坐了八年，漆面还亮。"),
            U("我们这价格不是最便宜的，但每件都带检测报告。"),
            U("你家那破出租屋摆得下吗，别在这儿瞎问。", "vulgar"),
            U("颈椎不好腰椎突出的，坐这硬木椅子一段时间就板正了。", "medical_claim", "guarantee_claim"),
            U("下播后这套立马回到四十万，今晚是亏本冲量。", "false_price", "false_urgency"),
            U("卖家具的那些网红，一个个都是割韭菜的骗子。", "disparagement"),
            U("国宾馆的会客厅，摆的就是咱们这个师傅的活儿。", "false_endorsement"),
            U("这张茶桌最大承重三百公斤，搬的时候要四个人。"),
            U("要定制尺寸的，粉丝团里发尺寸图，客服会回复。"),
            U("有人问能不能分期，平台支持花呗分期，在小黄车里选。"),
            U("这料子买回去，传三代都不带变形的，我敢拍胸脯。", "guarantee_claim"),
            U("仙游那边几百家作坊，没一家雕得出这个味道。", "absolute_claim"),
            U("我们这边最近刚到一批货，大家可以慢慢看。"),
            U("大哥，这罗汉床结实，晚上两口子怎么折腾都不响。", "vulgar"),
            U("注意，让你私下转账订货的都是骗子，只在平台下单。"),
            U("这套也就今晚露个脸，明天就被老板收回去自己摆了。", "false_urgency"),
            U("好了，咱们进入最后一个环节，讲讲保养。"),
            U("保养就用核桃油，一年擦一两回就够。"),
        ),
    ),
    HardStream(
        name="pet_cremation_fresh24",
        product="宠物殡葬 (pet cremation and memorial service)",
        voice=Voice(duration=1.02, f0=0.88),
        seed=2904,
        chords=(Em, Am, Dm, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("宝子们晚上好，这个直播间聊的是毛孩子走了以后的事。"),
            U("我们做的是单独火化，全程可以视频看着，骨灰给你装好。"),
            U("整个城里做宠物善后的，没一家比得上我们体面。", "absolute_claim"),
            U("隔壁那家叫天堂什么站的，几十只一锅烧，骨灰随便铲一勺。", "disparagement"),
            U("别的地方单独火化起码报两千八，咱这套今天九百九。", "false_price"),
            U("民政那边的领导来参观过，说我们就是行业模板。", "false_endorsement"),
            U("这个价的档期，过了这个月师傅就不接了。", "false_urgency"),
            U("想要上门接的，直接打我简介里那串号码，别走平台了。", "off_platform"),
            U("骨灰做的纪念晶石戴身上，晚上心慌睡不着都能压下去。", "medical_claim"),
            U("做了我们的超度仪式，毛孩子下辈子稳稳投个好人家。", "guarantee_claim"),
            U("舍不得这几百块的，当初养它干嘛，白眼狼。", "vulgar"),
            U("我自己的狗走的那年，我也是哭了一个礼拜，我懂。"),
            U("提醒一下，我们不能替代兽医的诊断，生病了先去医院。"),
            U("纪念盒是胡桃木的，最小号能放进一只仓鼠。"),
            U("这骨灰晶石放十年二十年颜色都不带变的，我打包票。", "guarantee_claim"),
            U("加急的宝子，去那个绿色软件搜我名字，我半夜都回。", "off_platform"),
            U("粉丝团的宝子可以在群里约时间，客服九点到二十二点在线。"),
            U("好多明星家的猫狗走了都是找我们办的，圈里都知道。", "false_endorsement"),
            U("这场直播下完，这套餐就涨回一千八了，不骗你。", "false_price", "false_urgency"),
            U("天天以泪洗面缓不过来的，来我们这儿做完告别就走出来了。", "medical_claim", "guarantee_claim"),
            U("今天是我们第一次开直播，说得不好大家担待。"),
            U("有人私下找你说能便宜，让你先转定金的，千万别信。"),
            U("小黄车里的纪念相框，满三百减三十，是店铺周年庆。"),
            U("你们这些哭唧唧的，直播间不是给你们嚎丧的地方。", "vulgar"),
            U("我们家的服务，说句不谦虚的，业内压根找不着对手。", "absolute_claim"),
            U("下单后留个能打通的号码，咱们私下约，不用在这儿聊。", "off_platform"),
            U("最近天热，遗体要尽快冷藏，冰袋放在肚子底下。"),
            U("火化证明和骨灰袋都会一起交到你手上。"),
            U("最后一个环节，给大家讲讲告别仪式的流程。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("thermos_cup_fresh24", "mahjong_table_fresh24", "hongmu_furniture_fresh24", "pet_cremation_fresh24"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
