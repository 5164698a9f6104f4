"""Sixteenth batch of held-out labelled streams (manifest_fresh16.json): four more product domains, written once,
never tuned on.

These scripts were written by a helper session working only from the nine category definitions and the label
policy (label_policy.md). The helper did not read the rule base, the tests, the matcher, any labelled test data or
any earlier batch of scripts; it wrote the four streams in a single pass and did not adjust a sentence or a label
after seeing how the monitor scored them. Labels are a person's reading of the text: each violating sentence
carries every category it breaks, and first-person testimonials are left unlabelled, as the policy says.

The hosts talk like Douyin, Kuaishou and Taobao Live sellers: they address 家人们, 宝宝们 and 老铁们, count down,
speak every number as Chinese words, ramble a little and use northern colloquialisms (根儿, 俩月, 半个钟头). The
violations avoid the textbook keywords. Superlatives are built as images and dares (a second machine and the host
eats it, the 头一把交椅, a cloud sea that can be seen from nowhere else, no second firm in the trade). Medical claims
put the disease first and the verb after (干眼症、飞蚊症的宝宝们, 便秘十几年的老铁), or describe the body instead
(eyes that go dry and blurry in the afternoon, the ring of fat round the belly, sugar and lipid figures that drop,
sleep and blood pressure after a stay in the hills). Guarantees come without 保证: a time and a result, a wager
(come and scold me, the charger is free), money back or double the room price back, an electricity bill that pays
for the charger in half a year, and homestay vouchers sold on for a steady yearly return. False prices use
unverifiable reference prices (专柜标价, 超市里卖, 外面报价 with an 官方指导价, 门市价) or a price that goes back up
tomorrow. Urgency avoids 最后: one batch only, a factory holding back the next batch, a subsidy quota, National Day
rooms being booked as the host speaks, a price that ends when the stream does. Off-platform contact is described
rather than named: the account on the host's page, the string of digits under the avatar, cash to the installer,
a number under the host's name, phoning the landlady, a green app and a guests' group. Rivals are described, not
named (cheap eye massagers, nine-yuan enzyme drinks on other apps, the other charger makers, the hotels in town).
Endorsements lean on authorities outside the obvious list: a city eye hospital's chief, a TV health programme, a
nutrition society, a State Grid engineer, a CCTV motoring show, the provincial culture and tourism department.
Vulgarity is an insult to viewers who only watch and two pieces of innuendo. Several sentences mix two categories.

About half of each stream is clean talk or traps that should not be flagged: 最近, 第一次, 最好 as advice, 最高,
最长 and 最多 as specifications, 不是全网最便宜的, 不敢说是最好的, 不是医疗器械 and 不能代替药物 with advice to
see a doctor, in-platform 私信客服, 小黄车 and 粉丝团, 七天无理由,
plain prices, neutral mentions of another brand or the neighbouring village's homestays, real
licences and certificates in the detail page, first-person and family testimonials, honest countdowns with the real
clock time, and a true statement of remaining rooms that tells viewers not to hurry.

Conditions: the eye massager stream (护眼仪) is rendered under ordinary demo conditions; the enzyme drink stream
(酵素饮) is sped up and buried in noise and music; the home EV charger stream (家用充电桩安装, two babble voices)
and the rural homestay stream (乡村民宿预订, three babble voices) are rendered with all four hard conditions,
reverberation of half a second and a thirty-two kilobit codec.
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="eye_massager_fresh16",
        product="护眼仪 (eye-care massager with heat and vibration)",
        voice=Voice(duration=1.0, f0=1.0),
        seed=2101,
        chords=(C, Am, F, G),
        utterances=(
            U("家人们晚上好，欢迎来到直播间，今天给大家讲讲这款护眼仪。"),
            U("热敷加震动两个功能，温度分三档，最高也就四十二度左右。"),
            U("全网你要能找出第二台热敷这么匀的，我当场把它吃了。", "absolute_claim"),
            U("一次最长可以定十五分钟，到点自己就关了，睡前戴着也放心。"),
            U("干眼症、飞蚊症的宝宝们，一天敷两回，一个月眼药水就扔了。", "medical_claim", "guarantee_claim"),
            U("我自己最近看完手机就戴一会儿，眼睛那块热乎乎的，挺舒服。"),
            U("家里小孩近视的，戴上三个月度数往回退，退不下来你来找我。", "medical_claim", "guarantee_claim"),
            U("一到下午眼睛就干涩发花、看东西重影的，它能把根儿给你拔了。", "medical_claim"),
            U("它不是医疗器械哈，眼睛真有毛病的，还是得去医院看大夫。"),
            U("我们市眼科医院的主任，自己家就备着这台，还让病人都买。", "false_endorsement"),
            U("上过电视台的健康节目，节目里专家专门拿这款做的演示。", "false_endorsement"),
            U("咱们家不是全网最便宜的，但是做工和售后，大家可以放心。"),
            U("专柜标价八百八十八，今天直播间一百九十九直接拿走。", "false_price"),
            U("今天直播间一百九十九，包邮，再送一个收纳包。"),
            U("这个价就这一批，厂家说走完就不给了，犹豫一下就没了啊。", "false_urgency"),
            U("那些几十块的护眼仪，拆开就是暖宝宝加个小马达，戴久了伤眼。", "disparagement"),
            U("有啥问题点右下角私信客服，别在公屏上刷，客服那边看不到。"),
            U("想团购的加我主页那个号，私下给你们算个厂家价。", "off_platform"),
            U("支持七天无理由，拆开戴了不喜欢也能退，运费险也给带上了。"),
            U("戴完眼睛亮得跟换了一对新的似的，市面上没有哪台能比。", "absolute_claim"),
            U("老铁们第一次来的点个关注，加个粉丝团，领一张专属券。"),
            U("光看不买的穷鬼赶紧划走，别在这儿占地方。", "vulgar"),
            U("充一次电大概能用一个礼拜，充电线就是普通手机那种。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="enzyme_drink_fresh16",
        product="酵素饮 (fruit and vegetable enzyme drink)",
        voice=Voice(duration=0.98, f0=1.02),
        seed=2102,
        chords=(Am, F, C, G),
        utterances=(
            U("宝宝们，今天这款是果蔬酵素饮，一盒十瓶，一瓶五十毫升。"),
            U("肚子上那一圈游泳圈，喝上十天自己往下掉，掉不了你来骂我。", "medical_claim", "guarantee_claim"),
            U("饭后喝一瓶就行，最好常温喝，别冰着喝，肠胃受不了。"),
            U("便秘十几年的老铁，一瓶下去当天就通，比开塞露还灵。", "medical_claim", "guarantee_claim"),
            U("这是食品，不能代替药物，身上真有病的还是去医院看。"),
            U("血糖高的、血脂稠的，喝上一阵子，那个指标唰唰往下走。", "medical_claim"),
            U("我妈喝了小半年了，她自己说早上起来精神头不错。"),
            U("营养学会的老师都点过头的方子，你说靠不靠谱。", "false_endorsement"),
            U("配料给大家念一下，苹果、菠萝、木瓜、低聚果糖，就这些。"),
            U("别的软件上九块九那种酵素，就是糖水兑香精，喝多了伤肝。", "disparagement"),
            U("有人问跟那个日本牌子比，人家也挺好，我们这个偏甜一点。"),
            U("超市里卖三百多一盒，今天直播间九十九，闭眼冲。", "false_price"),
            U("一盒九十九，两盒一百八十九，自己算算划不划算。"),
            U("这一批就压了五百单，工厂说下一批得等俩月，抢完真没了。", "false_urgency"),
            U("这口感在酵素里是头一把交椅，喝过它别的都是刷锅水。", "absolute_claim", "disparagement"),
            U("链接今晚十一点下架，现在十点四十，还有二十分钟。"),
            U("整箱拿的看我头像下面那串数字，打过来给你算批发价。", "off_platform"),
            U("点点小黄车，三号链接就是，拍之前看清楚几盒装的。"),
            U("下了播这个价就收回，明天恢复一百六十八，现在不拍就亏了。", "false_urgency", "false_price"),
            U("生产许可证和检测报告都挂在详情页里，自己点开看。"),
            U("连着喝一个月，脸不透亮，你拿空瓶子来我把钱退你。", "guarantee_claim"),
            U("喝了这个的姐妹，晚上老公都舍不得睡了，懂的都懂啊。", "vulgar"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="ev_charger_fresh16",
        product="家用充电桩安装 (home EV charger with installation)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=2103,
        chords=(Dm, G, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("老铁们好，今天讲家用充电桩，七千瓦的，包一次上门安装。"),
            U("装之前先找物业开个证明，再去供电所报装，这流程得走。"),
            U("同价位里你要找着比它还稳的桩，我这台白送你。", "absolute_claim"),
            U("师傅上门先勘测，线超过三十米的部分要另外算钱。"),
            U("国家电网的工程师来看过，说这是他见过做得最扎实的桩。", "false_endorsement", "absolute_claim"),
            U("其他那几家的桩子用不到一年就跳闸，半夜充着冒烟的都有。", "disparagement"),
            U("咱不是最便宜的，但线用的是足量铜线，师傅会当面剪开给你看。"),
            U("安装费直接现金给师傅，不走平台，能省下一百多。", "off_platform"),
            U("产品有强制认证，证书在详情页第三张图，大家自己翻。"),
            U("外面报价四千多，官方指导价三千九，今天一千九百九包安装。", "false_price"),
            U("一般的电动车充满大概七八个小时，晚上插上早上就满了。"),
            U("补贴名额今天就剩十五个，发完了就是原价，不等人。", "false_urgency"),
            U("地库潮的，最好加个防雨罩，师傅到了也会跟你说。"),
            U("一年电费省好几千，半年桩钱就挣回来了，挣不回来你找我。", "guarantee_claim"),
            U("有人问比亚迪能不能用，国标接口的车都能插，放心。"),
            U("要商用大功率的，打我名字下面那个号码，私底下给你装。", "off_platform"),
            U("下单以后在订单页私信客服约时间，别找外面不认识的人装。"),
            U("充电速度比同功率的都快，整个行业没有第二家做得到。", "absolute_claim"),
            U("我家车库装的就是这台，用了两年多，一次毛病没出过。"),
            U("央视那个汽车节目拍过我们工厂，你说这质量能差得了吗。", "false_endorsement"),
            U("这批是厂家压箱底的，走完就断货，下一批得排到过年。", "false_urgency"),
            U("装上以后十年不坏，坏了上门给你换台新的，不花你一分钱。", "guarantee_claim"),
            U("五点整准时下播，现在四点半，还有半个钟头，慢慢问。"),
        ),
    ),
    HardStream(
        name="homestay_fresh16",
        product="乡村民宿预订 (rural homestay booking packages)",
        voice=Voice(duration=1.02, f0=0.88),
        seed=2104,
        chords=(Em, Am, Dm, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("家人们，今天带大家看看我们山里的民宿，离县城开车四十分钟。"),
            U("整个山头就我们院子能看见云海，别处你站哪儿都看不着。", "absolute_claim"),
            U("套餐是两晚住宿加早餐，周末和节假日要加钱，详情页写着。"),
            U("省文旅厅都把我们列进重点推荐了，说是全省乡村样板。", "false_endorsement"),
            U("一间房最多住三个大人，带小孩的提前说，我们给加床。"),
            U("镇上那几家酒店，床单一个月都不换，你敢躺上去吗。", "disparagement"),
            U("院子里能烧烤，晚上能看星星，下雨天就看不着了哈。"),
            U("想便宜的直接打电话给老板娘订，别在这儿拍，一晚省八十。", "off_platform"),
            U("两晚套餐一千一百九十八，含两个人的早餐。"),
            U("门市价一千二一晚，今天直播间五百九十九，等于打五折。", "false_price"),
            U("我们不敢说是最好的民宿，但老板娘做的饭是真香。"),
            U("加个绿色的软件，我拉你进住客群，房费直接转给我就行。", "off_platform"),
            U("我第一次来这个村子是大学那会儿，后来就留下不走了。"),
            U("买十晚的房券放着，节假日转手卖出去，一年稳稳赚两成。", "guarantee_claim"),
            U("营业执照和特种行业许可证都有，挂在前台，来了就能看到。"),
            U("国庆那几间眼看就没了，刚又被订走一间，手慢的只能睡帐篷。", "false_urgency"),
            U("隔壁村也有几家民宿，风格不太一样，大家可以都看看。"),
            U("失眠的来住三天，回去倒头就睡，血压都跟着往下走。", "medical_claim", "guarantee_claim"),
            U("这个价关了播就没了，明天起恢复门市价。", "false_urgency"),
            U("后台显示周六还剩四间，周日还多，想周日来的不用急。"),
            U("小两口来住正合适，墙厚隔音好，晚上怎么折腾都行，懂吧。", "vulgar"),
            U("玩得不开心你回来找我，房费我翻倍退给你。", "guarantee_claim"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("eye_massager_fresh16", "enzyme_drink_fresh16", "ev_charger_fresh16", "homestay_fresh16"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
