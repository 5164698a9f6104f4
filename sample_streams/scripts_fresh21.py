"""Twenty-first batch of held-out labelled streams (manifest_fresh21.json): four more product domains, written once,
never tuned on.

The hosts talk the way small Douyin and Kuaishou sellers do: 家人们, 老铁们 and 宝宝们, answers to the comment
scroll, asides to an unseen assistant or operator, detours into their own kitchen or gym, and a hard turn back to
the price. The ordinary stream sells a solid-wood chopping board, the fast and noisy one a whey protein powder, and
the two hard streams the riskiest goods of the pool, a "quantum energy" bracelet and cemetery plots sold like an
investment. Roughly half of the sentences break a rule, with one or two labels each, and the violations avoid the
textbook keywords: superlatives built freely (nobody dares claim second place, a whole province without a second
plot, standing at the head of every brand), diseases hinted through symptoms before the verb (numb hands from the
neck, getting up at night, old people weak in the legs, kids with loose stomachs), promised results phrased as
wagers or plain forecasts without any 保证 (handstands on stream, scold me if nothing changes, resale doubling in
five years, descendants rising in office), reference prices in several shapes (a tag price, a gym-counter price, a
sales-office list price, a strike-through link price, a future price after the Qingming season), scarcity told as
factory leftovers, an operator's hand signal, a row that will not be planned again or plots booked a moment ago,
off-platform contact as 小绿, a QQ group number in the avatar, a code on a board behind the host, a private number
or a transfer to a company account, rivals named by description or nickname (the host in the checked shirt, a big
tub from a certain self-run store, the cemetery with the red gate), authorities outside the obvious list (a national
team's nutritionist, an aerospace institute, an old health official, local civil-affairs leaders, feng-shui
masters, Michelin kitchens), and insults aimed at viewers who find the goods too dear or doubt them.

The traps sit between them: real specifications (thickness, weight, grams of protein per scoop, strap range, plot
size, travel time, yearly maintenance fee), honest stock and clock time, the everyday price in the cart stated as
such, a deposit link explained, negations and disclaimers (not the cheapest, not a medicine, the word quantum left
unexplained, not a financial product), illnesses mentioned in passing with advice to ask a doctor (kidneys, heart
stents, lactose intolerance, allergies), 最近, 第一次, 最好 and 最后一个环节 used harmlessly, the host's own modest
testimony, and in-platform 私信客服, 粉丝团 and 小黄车.

Rendering: the chopping-board stream under demo conditions; the protein-powder stream sped up 1.2x and buried in
noise and music; the bracelet and cemetery streams with all four hard conditions (a lower voice, two and three
babble voices respectively, reverb of half a second and 32 kb/s audio).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="wooden_board_fresh21",
        product="实木砧板 (solid-wood chopping board)",
        voice=Voice(duration=1.0, f0=1.0),
        seed=2601,
        chords=(C, Am, F, G),
        utterances=(
            U("家人们晚上好，刚进来的点个关注，咱们今天就卖砧板。"),
            U("这块是整木的乌檀木，没有拼接，厚度三厘米，你们看这纹路。"),
            U("说句实在话，我干这行十年，没见过比它更扎实的料子。", "absolute_claim"),
            U("有个老铁问会不会发霉，出厂前都做了低温碳化处理。"),
            U("家里小孩老闹肚子的，换上这块板子，肠胃就消停了。", "medical_claim"),
            U("吊牌上印的是六百八十八，今天小黄车里一百二十九。", "false_price"),
            U("隔壁那个穿格子衫的主播卖的竹板，胶水全是工业胶，谁用谁中招。", "disparagement"),
            U("弹幕问能不能进洗碗机，不建议啊，实木的就手洗晾干。"),
            U("这批木头是山里老师傅挑的，过了这一批就得等明年了。", "false_urgency"),
            U("好几家米其林的后厨都在用这个牌子，大厨私下找我订的。", "false_endorsement"),
            U("我不敢说它是全网最便宜的，但同样厚度的整木你去比比。"),
            U("想要定制刻字的，别在这问了，去小绿上搜我名字。", "off_platform"),
            U("那个说太贵的，穷就直说，别在这叽叽歪歪的。", "vulgar"),
            U("这板子用个二三十年不开裂，裂了你拿来砸我。", "guarantee_claim"),
            U("我家这块自己用了快三年，就边角有点发白，别的都还好。"),
            U("重量大概两斤八两，女生单手也拿得动。"),
            U("跟厂长磨了一下午才拿到这个价，商场同款标着四百多呢。", "false_price"),
            U("最近天干，用完擦干竖着放，千万别泡在水池里。"),
            U("这是我们第一次跟这家木工坊合作，样品就摆在镜头前。"),
            U("切生肉和熟食最好分开两块，这是卫生习惯，不是我瞎说。"),
            U("木头自带抗菌，细菌在上面活不过一晚，切完生肉都不用消毒。", "guarantee_claim"),
            U("砧板界的天花板，咱家要是认第二，就没人敢认第一。", "absolute_claim"),
            U("运营在旁边比手势了，说就剩一只手数得过来的量。", "false_urgency"),
            U("现在库存一百二十块，小黄车上的数字是实时的，大家看着拍。"),
            U("老铁们别私下转账啊，有任何问题都走平台售后。"),
            U("你眼睛是出气用的吧，拿放大镜看看这纹路像不像假的。", "vulgar"),
            U("某红书上吹的那些网红砧板，拿回家三个月就长黑斑。", "disparagement"),
            U("好，九点整了，福袋开奖，没中的别走，还有第二轮。"),
            U("谢谢宝宝们，我们明晚七点半接着卖锅铲。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up 1.2x and buried in noise and music.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="protein_powder_fresh21",
        product="蛋白粉 (whey protein powder, ordinary food)",
        voice=Voice(duration=0.98, f0=1.02),
        seed=2602,
        chords=(Am, F, C, G),
        utterances=(
            U("老铁们来了啊，今天蛋白粉专场，练不练的都听一听。"),
            U("一罐九百克，每一勺含乳清蛋白二十四克，配料表我放屏幕上了。"),
            U("就说这个吸收率，市面上所有牌子排一排，它站最前头。", "absolute_claim"),
            U("家里老人腿脚没劲、术后恢复慢的，冲两勺喝一个月就能下地溜达。",
              "medical_claim", "guarantee_claim"),
            U("肾不好的朋友先别着急买，高蛋白这事真得听医生的。"),
            U("健身房前台卖四百六一罐的那种，跟我这个一个厂出的，我这一百五十九。", "false_price"),
            U("早上拿它代一顿饭，能刮油，小肚子慢慢就平了。", "medical_claim"),
            U("国家队的营养师私底下用的就是这一款，我就不点名了啊。", "false_endorsement"),
            U("某东自营那个大罐子，香精味冲得能熏死人，懂的都懂。", "disparagement"),
            U("冲的时候水温别超过四十度，不然容易结块。"),
            U("这批是工厂给的尾货，拍完这一轮，仓库就彻底空了。", "false_urgency"),
            U("有团购需求的健身房老板，看我主页简介那串数字，备注蛋白粉。", "off_platform"),
            U("你瞅瞅你那小细胳膊，还好意思在弹幕里跟我抬杠？", "vulgar"),
            U("我自己练了六年，一开始也不喝，后来是教练让我试的。"),
            U("不是说喝了就能长肌肉啊，该练还得练，该吃饭还得吃饭。"),
            U("一个月喝完，胳膊不粗一圈，我在直播间倒立给你们看。", "guarantee_claim"),
            U("蛋白粉不是药，有基础病的家人先问问医生再决定。"),
            U("这个链接划线价二百九十九，你们自己看，今天砍一半还多。", "false_price"),
            U("运营刚说了，这个价拍到十点就撤，十点以后可不是这个数。", "false_urgency"),
            U("巧克力味和香草味都有，香草味甜度低一点。"),
            U("最近好多宝宝问乳糖不耐受能不能喝，这款是分离乳清，乳糖很少。"),
            U("健身圈公认的口碑王，溶解度没有哪个牌子敢跟它比。", "absolute_claim"),
            U("配料表第一位是乳清蛋白，没加植脂末，大家可以自己对照。"),
            U("嫌贵的就别在这儿装大款了，兜比脸还干净。", "vulgar"),
            U("粉丝团的宝宝今天多送一个摇摇杯，点亮灯牌就能领。"),
            U("我喝了三个月血糖都稳了，糖尿病的朋友可以放心冲。", "medical_claim"),
            U("第一次买的建议先拍小罐试试口味，别一上来就囤。"),
            U("想拿批发价的别走小黄车了，扫我身后牌子上那个码。", "off_platform"),
            U("体育总局那边的检测中心都给我们出过证明，放心喝。", "false_endorsement"),
            U("行，最后一个环节抽奖，抽完我们今天就下播了。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four hard conditions (lower voice, babble, reverb, 32 kb/s).
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="quantum_bracelet_fresh21",
        product="量子能量手环 (\"quantum energy\" bracelet)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=2603,
        chords=(Dm, G, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("宝宝们晚上好，今天给大家看一款量子能量手环，先别急着划走。"),
            U("圈是钛钢的，里面嵌了十二颗小石头，整只重二十一克。"),
            U("颈椎压着手发麻的，戴上三天手指头就松快了。", "medical_claim", "guarantee_claim"),
            U("量子这个词啊，我也讲不太明白，大家就当个饰品看。"),
            U("这技术是从一个航天研究所里出来的，一般人根本接触不到。", "false_endorsement"),
            U("血压高的、血糖不稳的常年戴着，药量都能慢慢往下减。", "medical_claim"),
            U("手环不能代替药物，该吃的药一颗都别停啊。"),
            U("专卖店里挂八百九十八的同一个系列，今天一百六十八带走。", "false_price"),
            U("这批是工厂年会剩下的，统共就放出来这么一点点。", "false_urgency"),
            U("弹幕说这是智商税的，我理解，有疑问可以先看看检测报告。"),
            U("戴满一百天身上要是没变化，你回来骂我我都认。", "guarantee_claim"),
            U("那些什么磁疗珠子，跟我们这个一比就是小孩玩具。", "disparagement"),
            U("做过心脏支架的朋友，戴之前还是问一下医生。"),
            U("整个行业能把能量场做到这个强度的，就我们独一份。", "absolute_claim"),
            U("想了解原理的，企鹅群我拉你们，群号就在我头像里。", "off_platform"),
            U("那个老在弹幕捣乱的，你是没断奶还是脑子进水了？", "vulgar"),
            U("表带可以调节，手腕十四到二十厘米都能戴。"),
            U("卫生口的一个老领导自己戴了五年，逢人就推荐。", "false_endorsement"),
            U("夜里老起夜、翻来覆去睡不着的，戴着睡一晚就知道差别了。", "medical_claim"),
            U("小黄车里一百六十八是我们平时的日常价，没有虚标。"),
            U("有人问跟别家的有啥区别，我不评价别人，只说我们自己的。"),
            U("线下渠道卖一千出头，直播间少了一大截，自己算算。", "false_price"),
            U("不管男女老少，戴上就见效，一百个人里一百个说好。", "guarantee_claim"),
            U("我自己戴着是觉得手腕凉凉的挺舒服，别的不敢乱说。"),
            U("下一场就换品了，这个手环以后直播间都不会再上。", "false_urgency"),
            U("七天无理由是支持的，运费险也给大家带上了。"),
            U("你们这些不识货的，活该一辈子被人当韭菜割。", "vulgar"),
            U("家里老人要多买几个的，私下转账我给你算便宜点。", "off_platform"),
            U("最后提醒一句，过敏体质的先戴一会儿试试，不舒服就摘。"),
            U("好了今天就聊到这儿，关注一下主播，明天见。"),
        ),
    ),
    HardStream(
        name="cemetery_plot_fresh21",
        product="陵园墓地 (cemetery plots)",
        voice=Voice(duration=1.02, f0=0.88),
        seed=2604,
        chords=(Em, Am, Dm, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("各位家人们好，今天这场比较特殊，咱们聊聊陵园的事。"),
            U("园区在城东四十公里，开车过去大概五十分钟。"),
            U("双穴的面积是一点二平米，碑用的是整块的山西黑。"),
            U("论风水，整个省里你找不出第二块这么好的地。", "absolute_claim"),
            U("现在买下来，五年以后转手，起码翻一番。", "guarantee_claim"),
            U("我不跟大家聊投资，墓位是给家里人用的，不是理财产品。"),
            U("咱们市民政口的几位领导，都来这儿给父母选过位置。", "false_endorsement"),
            U("北边那家挂大红门的，地势低洼，一下雨就泡水，谁选谁后悔。", "disparagement"),
            U("售楼处挂牌十二万八，今天直播间拍定金，总价七万出头。", "false_price"),
            U("这一排朝南的位置，开发商说卖完就不再规划了。", "false_urgency"),
            U("家里老人还在的，提前看看也不忌讳，现在很多人都这样。"),
            U("葬在这个位置，子孙做生意顺风顺水，当官的步步高升。", "guarantee_claim"),
            U("要看实景的，加我私人号，周末我开车带你去。", "off_platform"),
            U("想占便宜又舍不得花钱的，那你就把骨灰撒河里吧。", "vulgar"),
            U("园区是民政部门审批的合法公墓，证件放在屏幕下方了。"),
            U("这块地气养人，家里有人身子骨弱的，安葬后都慢慢硬朗了。", "medical_claim"),
            U("小黄车挂的是一千块的定金链接，不是全款，大家看清楚。"),
            U("最近清明前后咨询的多，客服回复慢一点，请大家谅解。"),
            U("同样的位置，过了清明要涨一倍，现在拍就是捡钱。", "false_price", "false_urgency"),
            U("城西那个什么园的销售，嘴里没一句实话，去了就挨宰。", "disparagement"),
            U("刚才后面同事说，南三区又被订走两个，真的不多了。", "false_urgency"),
            U("绿化在业内是标杆，国家级的示范陵园，别处比不了。", "absolute_claim", "false_endorsement"),
            U("维护费每年两百，二十年一交，合同上写得清清楚楚。"),
            U("具体价格我在这儿说了不算，可以帮大家问问有没有优惠。"),
            U("付款就别在平台拍了，直接打公司对公账户，还省手续费。", "off_platform"),
            U("那个弹幕问骨灰盒的，你自己先躺进去试试大小呗。", "vulgar"),
            U("好几位大师都看过，说这是龙脉上的宝地，百年难遇。", "false_endorsement", "absolute_claim"),
            U("第一次来直播间的家人，可以先点个关注，回头慢慢了解。"),
            U("今天就到这里，有问题私信客服，我们工作日都在线。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("wooden_board_fresh21", "protein_powder_fresh21", "quantum_bracelet_fresh21",
                    "cemetery_plot_fresh21"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
