"""Fifteenth batch of held-out labelled streams (manifest_fresh15.json): four more product domains, written once,
never tuned on.

The sentences were written by a helper session in a single pass, working only from the nine category definitions
and the label policy. The helper did not read the rule base, the tests, the matcher, any labelled test data or any
earlier batch of scripts, and nothing was changed after seeing results. The four domains are camel milk powder for
older people, a children's basketball summer camp, old coins and stamps for collectors, and a mouthpiece against
snoring. Hosts talk the way Douyin, Kuaishou and Taobao Live sellers do: they address the audience as 家人们, 宝宝们,
姐妹们 or 藏友, count down, speak every number as Chinese words, and ramble a little.

Almost none of the violations use the textbook words. Superlatives are built freely or as images and dares (nobody
can arm-wrestle our tin, not one rival can even draw level, you cannot count a second shop with this grade, one
specimen in the whole country). Diseases and symptoms come before the verb or are only described: older people with
三高, getting up three or four times a night, joints that creak on cloudy days, a child who cannot sit still, snoring
like a tractor and waking up gasping, even a bronze coin by the bed easing back pain and insomnia. Promises avoid
保证: the stamp set will somersault in price or the shop closes, come and find me if it has not worked, a summer of
training adds several centimetres or the fee comes back, a certificate that will add exam points one hundred per
cent. Reference prices cannot be checked (专柜, the front-desk price board, last autumn's auction hammer price, what
pharmacies charge). Urgency avoids 最后: the ranch kept one batch for us, the warehouse has fewer than ten tins,
enrolment places are being snapped up, twenty more orders and the listing closes. Off-platform contact is described
(the string of digits on the profile page, a QR code on the wall behind the coach, name and phone number, a bank
card transfer, paying cash in the shop at the antiques market, phone numbers typed on the public screen). Rivals are
described (supermarket camel milk cut with cow's milk, basketball classes in shopping malls, forged coins on 某鱼,
cheap nose strips). Endorsements come from a team of academicians, state banquets, the sports bureau, doctors,
人民日报, an expert from the Palace Museum, a bank president, a respiratory department head at a top hospital, and
airline captains. Vulgar lines insult viewers or their children and make a bedroom innuendo. Several sentences mix
two categories (medical with guarantee, medical with endorsement, endorsement with absolute or guarantee, price with
absolute).

About forty-five per cent of each stream is clean talk or traps: usage, specs, shipping and greetings, 最近, 第一次,
第一节课, 首先, 食品级, 最好 as advice, 最长 as a specification, 不是最便宜的, 本品不能代替药物 and 去医院做睡眠监测,
投资有风险 and 不是说买了就能发财, in-platform 小黄车, 粉丝团 and 私信客服, 七天无理由, plain prices, a neutral
mention of another brand (顺丰, 飞利浦), a genuine production-licence number and grading-box serial numbers,
first-person testimonials (unlabelled by policy) and countdowns that state their real clock time.

Conditions: the camel milk stream is rendered in ordinary demo conditions; the basketball camp stream is sped up and
buried in noise and music; the coin and stamp stream and the anti-snoring stream are hard, with a lower voice, two
or three babble voices, reverberation (RT60 0.5 s) and a 32k bitrate.
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="camel_milk_fresh15",
        product="驼奶粉 (camel milk powder for older people)",
        voice=Voice(duration=1.0, f0=1.0),
        seed=2001,
        chords=(C, Am, F, G),
        utterances=(
            U("家人们晚上好，欢迎来到直播间，今天给大家带的是新疆驼奶粉。"),
            U("这是我们家最近刚到的新批次，奶源在阿勒泰那边的牧场。"),
            U("一罐四百克，每天早上两勺，用四十度左右的温水冲开就行。"),
            U("家里有三高的老人，每天一杯坚持下来，那几个指标慢慢就都正常了。", "medical_claim"),
            U("晚上起夜三四回、睡不踏实的老人，喝上半个月就能一觉到天亮。", "medical_claim", "guarantee_claim"),
            U("驼奶这个东西啊，说实话市面上就没有哪一罐能跟我们家的掰手腕。", "absolute_claim"),
            U("本品是食品，不能代替药物，老人有慢性病的还是要按时去医院复查。"),
            U("专柜那边一罐标的是六百八十八，今天直播间两罐才三百九十九。", "false_price"),
            U("这批货是牧场单独给我们留的，就这么一批，卖完了要等明年开春。", "false_urgency"),
            U("我自己爸妈喝了快两年了，早上起来精神头比以前足。"),
            U("某院士的团队专门研究过驼奶，人家都说这是老年人每天该喝的。", "false_endorsement"),
            U("不是最便宜的啊家人们，但罐底印着生产许可证编号，拿到可以自己查。"),
            U("想要更便宜的，加一下我主页上那串数字，私下给你按批发价走。", "off_platform"),
            U("外面超市那些所谓驼奶粉，一半是牛奶粉兑出来的，喝了等于白喝。", "disparagement"),
            U("喝完这一箱血糖还不往下走，你直接回来找我，我一分钱不要你的。", "medical_claim", "guarantee_claim"),
            U("十、九、八，倒数完就是晚上八点半整，小黄车三号链接上架。"),
            U("七天无理由退换，收到以后有任何问题联系客服处理。"),
            U("还在那犹豫半天的，脑子是跟你家老人一样转不过弯来了吗？", "vulgar"),
            U("运营在旁边比划，仓里还剩不到十罐了，手慢一点就抢不着。", "false_urgency"),
            U("关节咯吱响、一到阴天腿就酸的，这个钙补进去比吃药还管用。", "medical_claim"),
            U("粉丝团点一下，灯牌亮了的宝宝们私信客服领一张十元券。"),
            U("国宴上招待外宾用的就是这个牧场的奶，这个档次你们自己品。", "false_endorsement"),
            U("好，今天就到这，喜欢的家人们明天晚上七点准时见。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="kids_basketball_fresh15",
        product="少儿篮球训练营 (kids' basketball summer camp)",
        voice=Voice(duration=0.98, f0=1.02),
        seed=2002,
        chords=(Am, F, C, G),
        utterances=(
            U("宝宝们下午好，我是教练阿杰，今天来聊聊咱们暑期少儿篮球营。"),
            U("第一节课是体能测试，主要看孩子的协调和弹跳，不会上来就练对抗。"),
            U("每期二十节课，一节课九十分钟，六岁到十二岁的孩子都可以报。"),
            U("孩子是第一次接触篮球也没关系，我们按基础分班，慢慢来。"),
            U("一个暑假练下来，孩子个头起码往上窜四五厘米，长不高学费全退。", "guarantee_claim"),
            U("孩子有点驼背、扁平足的，来我们这练一期，体态自己就正回来了。", "medical_claim", "guarantee_claim"),
            U("全市这么多篮球培训，论教学没有一家敢跟我们碰一碰。", "absolute_claim"),
            U("体育局的领导来我们馆看过，当场就说这套教法要在全市推广。", "false_endorsement"),
            U("外面商场里那些篮球班，教练自己都投不进，纯属带孩子玩。", "disparagement"),
            U("门店前台牌子上挂的是四千八百八，直播间今天一千九百九十九。", "false_price"),
            U("场馆在城东体育中心，家长可以在看台上陪着，有空调有饮水机。"),
            U("名额就剩七八个了，群里家长还在抢，一满这期就关了。", "false_urgency"),
            U("想单独约私教课的，直接把孩子名字和电话号码报给我，我们线下谈。", "off_platform"),
            U("报名在小黄车二号链接，下单后私信客服登记孩子身高体重。"),
            U("也不是说来了就能进校队啊，我们就是让孩子先爱上运动。"),
            U("你们家孩子胖成那个样子还不来练，当家长的心是真大啊。", "vulgar"),
            U("隔壁那家的课，一个班塞四十个娃，你交的钱全是给老板买房的。", "disparagement"),
            U("孩子多动坐不住那方面毛病的，医生都说打篮球比吃药强。", "medical_claim", "false_endorsement"),
            U("倒数五个数，五、四、三、二、一，下午三点整，优惠券开抢。"),
            U("拿我们的结业证书去考体育特长生，那是百分之百能加分。", "guarantee_claim"),
            U("每节课最后十分钟是拉伸放松，防止孩子第二天肌肉酸痛。"),
            U("有任何问题评论区留言，我们助教会一条一条回复。"),
            U("报完名的家长，扫一下我背后墙上那个码，加上了我拉你进家长群。", "off_platform"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="coins_stamps_fresh15",
        product="古钱币邮票收藏 (old Chinese coins and stamps for collectors)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=2003,
        chords=(Dm, G, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("各位藏友晚上好，今晚给大家看几套老邮票和几枚清代铜钱。"),
            U("这枚是乾隆通宝，背面满文宝泉局，品相中上，边上有点磨损。"),
            U("每一件都配了评级公司的封装盒，盒子上的编号可以自己去官网查。"),
            U("收藏这东西投资有风险，我不是说你买了就能发财。"),
            U("这套猴票现在入手，放个两三年，价钱不翻个跟头我把店关了。", "guarantee_claim"),
            U("全国玩钱币的圈子里，能拿出这个品相的，你数不出第二家。", "absolute_claim"),
            U("拍卖行去年秋拍，同款落槌价八万多，今天直播间一万二带走。", "false_price"),
            U("人民日报前两年专门写过这个版别，说是国家级的珍品。", "false_endorsement"),
            U("这种货我手里就剩三四套了，下了播就撤回库房不卖了。", "false_urgency"),
            U("最近好多人问纪念币怎么保存，放在干燥的地方，别用手直接摸。"),
            U("看准了的藏友，加我手机号，货款直接打我卡上，还能再让你两百。", "off_platform"),
            U("某鱼上那些同款，十个里九个是做旧的假货，买了就是交学费。", "disparagement"),
            U("还在问真的假的，你那眼神是真不行，回家多吃点猪脑子吧。", "vulgar"),
            U("首先给大家讲一下怎么看包浆，老包浆是温润的，不是油亮的。"),
            U("故宫搞钱币研究的老专家看过实物，说这个版别全国独此一枚。", "false_endorsement", "absolute_claim"),
            U("邮票发货用硬卡纸夹着，外面再套防水袋，顺丰保价寄出。"),
            U("收藏不能光看涨不涨，最好还是挑自己真喜欢的题材。"),
            U("我手里这套生肖票放了十几年，当初是真喜欢才留着的。"),
            U("这枚铜钱放在卧室床头，腰酸失眠的毛病慢慢就压下去了。", "medical_claim"),
            U("今晚十点整开一轮捡漏，我倒数十个数，大家手放在屏幕上。"),
            U("想上手看实物的，直接来古玩城三楼我们铺子，当面现金结还能再让点。", "off_platform"),
            U("银行行长都在我这收，放三年稳稳当当翻一番，比存定期划算多了。", "false_endorsement", "guarantee_claim"),
        ),
    ),
    HardStream(
        name="snore_stopper_fresh15",
        product="止鼾器 (mandibular anti-snoring mouthpiece)",
        voice=Voice(duration=1.02, f0=0.88),
        seed=2004,
        chords=(Em, Am, Dm, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("家人们，今天这款是下颌式止鼾器，晚上睡觉戴在嘴里的。"),
            U("第一次戴会有点异物感，一般三四个晚上就习惯了。"),
            U("材质是食品级硅胶，可以用热水塑形，按自己的牙齿咬一个模子。"),
            U("呼噜打得跟拖拉机似的、半夜憋醒喘不上气的，戴上当晚就顺了。", "medical_claim", "guarantee_claim"),
            U("真有睡眠呼吸暂停的，这个不能代替治疗，一定要去医院做个睡眠监测。"),
            U("市面上止鼾的东西我都试过，效果能跟它打个平手的一个都没有。", "absolute_claim"),
            U("三甲医院呼吸科的一位主任，自己家里都在用我们这个。", "false_endorsement"),
            U("戴满一个月还在打，你拿着盒子来找我，我自己掏钱赔你。", "guarantee_claim"),
            U("外面那种几块钱的鼻贴，贴了跟没贴一样，纯纯骗老实人的。", "disparagement"),
            U("药店里同类的卖到四百多，今天一百二十九，哪个平台都压不到这个价。", "false_price", "absolute_claim"),
            U("一盒里面有两个，一个日常用一个备用，配了清洁盒和牙套刷。"),
            U("老公打呼噜吵得你睡不着的姐妹们，可以给他买一个试试看。"),
            U("厂家说这个价是亏本冲量的，这一波放完价格就回去了。", "false_urgency"),
            U("说真的，你男人鼾声那么大，床上肯定也不中用吧，哈哈。", "vulgar"),
            U("想要团购价的，把你的手机号打在公屏上，我让助理一个个打过去。", "off_platform"),
            U("戴上以后高血压都跟着降了，血氧一上去，心脑血管的风险就小了。", "medical_claim"),
            U("有朋友问跟飞利浦的呼吸机比，那是医疗器械，我们这个只是辅助的小物件。"),
            U("最长可以连续戴八个小时，早上摘下来用清水冲一下就行。"),
            U("库房那边说再卖二十单就封单了，后面的只能等下个月。", "false_urgency"),
            U("这个版本是航空公司给机长定做的同款，以前普通人根本买不到。", "false_endorsement"),
            U("下单以后有问题私信客服，七天无理由，运费险也帮你买好了。"),
            U("现在是晚上九点四十，倒数三、二、一，小黄车一号链接放券。"),
            U("感谢家人们今晚的陪伴，点个关注，明晚同一时间再来。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("camel_milk_fresh15", "kids_basketball_fresh15", "coins_stamps_fresh15", "snore_stopper_fresh15"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
