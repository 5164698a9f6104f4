"""Fourth batch of held-out labelled streams (manifest_fresh4.json): four more product domains, written once,
never tuned on.

Same label policy as scripts.py, scripts_hard.py and the earlier scripts_fresh*.py (labels = exactly the categories
the sentence itself violates, judged on the text by a person; traps carry none). The sentences were written from
the category definitions only (sample_streams/README.md's label policy, the research catalogue's category
descriptions), without reading the rule base, any labelled test data or the git history, and without reusing or
paraphrasing the example sentences of the catalogue or of the earlier scripts, so that a score on them is a
held-out figure.

What is in them: superlatives as images or comparisons without 最 (干净到顶, 挑不出对手, 镯中之王, 扛把子, 车尾灯,
蜜里的爱马仕, 满山头就这一家), health claims for water, jade, shakes and honey (结石化掉, 拉肚子, 心慌血压,
脂肪肝复查, 多囊周期, 几天上不了厕所, 反酸烧心胃镜, 一年到头不感冒), promises without 保证 (机器白送, 原价收回,
翻一番比存银行强, 掉秤不到五斤全退, 验出一滴糖浆赔一万), prices against an unprovable reference (建材城专卖店,
去年有人出五万, 进口超市货架, 城里特产店), urgency without 最后 (补贴数字往下掉, 一分钟走了八百多台, 库存条红了,
六千多人在抢, 工厂只开一条线, 冰雹蜂死了一大半), contact off the platform (座机号打在公屏上, 扫主页的码进群省抽成,
私人号码甩给你, 往我老婆卡上打钱), rivals (拼团里的杂牌机, 某翡哥, 健身房私教卖的代餐粉, 超市里的牌子蜜),
authorities off the usual lists (自来水公司总工程师, 故宫修文物的老师傅, 省体工队, 县扶贫办), abuse aimed at
viewers (接的是粪坑, 你妈没教过你说人话, 肥猪, 狗日的).
Traps: 不敢说能防什么病, 手镯就是个饰品, 代餐是普通食品不是药, 蜂蜜别拿它当药吃, 不敢跟你打包票,
specifications (过滤精度, 废水比, 圈口, 每袋热量和蛋白质, 五百克玻璃瓶, 木耳泡发), terms (免费装机, 平台售后规则,
平台鉴定中心, 碎了拍照补发, 食品经营许可证), quoted rules and notices (涉水批件, 酸洗注胶不算天然翡翠, 一岁以下不能喝蜂蜜,
孕期哺乳期和未成年不建议代餐, 糖尿病先问医生), innocent 最近/第一次/第一只/第一眼/最后, rivals mentioned neutrally
(小米的净水器, 那个很出名的蜂蜜牌子), the platform's customer service.

Conditions (generate_fresh.py --batch fresh4): water_purifier_fresh4 like the demo set; jade_fresh4 rendered like the
demo set and then degraded like degrade.py (1.2x tempo, pink noise and a backing track 10 dB under the speech);
meal_replacement_fresh4 and honey_farm_fresh4 like generate_hard.py with every condition at once (lower voice,
babble of 2 and 3 voices, reverb, AAC 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="water_purifier_fresh4",
        product="家用净水器 (under-sink household water purifier)",
        voice=Voice(duration=0.99, f0=1.05),
        seed=1013,
        chords=(C, Em, F, G),
        utterances=(
            U("家人们好，今天这场讲净水器，厨下式的，就是装在水槽下面那种，先带大家看看机器。"),
            U("它是反渗透的，过滤精度零点零零零一微米，出水量每分钟一点八升左右。"),
            U("家里老人有结石的，天天喝这个水，肚子里那些小石头慢慢就化掉排出来了。", "medical_claim"),
            U("市面上这么多净水器，这一台的出水是干净到顶了，没有哪台能比它滤得更纯。", "absolute_claim"),
            U("自来水里的水垢、余氯，这台滤完以后，水喝起来一点怪味都没有。"),
            U("滤芯多久换一次看你家水质，一般前置的半年一换，反渗透的两到三年。"),
            U("你去建材城的专卖店看，这个型号挂的是五千八，今天直播间一千九百九十九带走。", "false_price"),
            U("装机是免费的，师傅上门，打孔走管都包了，这是品牌写在服务条款里的。"),
            U("喝了这个水你家娃还三天两头拉肚子，你来找我，这台机器我白送你。", "medical_claim", "guarantee_claim"),
            U("省自来水公司的总工程师，自己家里装的就是这一台，他说比他们厂里出的水还放心。", "false_endorsement"),
            U("有人问跟小米的比怎么样，小米那款也不错，便宜一些，就是通量小一点，看你家几口人。"),
            U("拼团里那种三百块的杂牌机，滤出来的水比下水道强不了多少，谁买谁倒霉。", "disparagement"),
            U("我不敢说喝了它能防什么病，它就是把水滤干净，身体有问题该看医生看医生。"),
            U("品牌给的补贴是按台算的，我这后台数字一直往下掉，掉到零这个价就收回去了。", "false_urgency"),
            U("最近南方回南天，机器放在柜子里的，记得柜门留条缝透透气。"),
            U("给公司采购的别走链接，你把座机号打在公屏上，我们业务员直接打过去跟你谈。", "off_platform"),
            U("国家要求净水器要有涉水批件，我们的批件号就贴在机身的侧面，大家可以对一下。"),
            U("刚才那一分钟就走了八百多台，后台都卡住了，手慢的真的抢不到。", "false_urgency"),
            U("弹幕里那个说我们卖摆设的，你家水龙头接的是粪坑吧，嘴这么臭。", "vulgar"),
            U("签收以后不满意，按平台的售后规则申请退换，装过机的按安装情况处理。"),
            U("第一次装净水器的朋友不用怕，有任何问题找平台客服，他们会转给安装师傅。"),
            U("废水比是二比一，就是出两杯纯水排一杯废水，这个废水可以拿去拖地浇花。"),
            U("好了，四号链接就是这一台，拍之前看清楚型号，厨房柜子的尺寸也量一下。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="jade_fresh4",
        product="翡翠手镯和原石 (jade bangles and rough jade)",
        voice=Voice(duration=1.02, f0=0.97),
        seed=1024,
        chords=(Dm, F, C, Am),
        utterances=(
            U("哥哥姐姐们，镜头前面这一盘是今天的手镯，全部是缅甸的天然翡翠，每一只都带证书。"),
            U("证书是国检的，编号可以在检测站的官网上查，收到货自己对一下。"),
            U("这只冰种飘花，种水放在整个腾冲都挑不出对手，绝了。", "absolute_claim"),
            U("圈口是五十六，就是内径五十六毫米，手骨大的姐妹建议试五十八的。"),
            U("老话说玉养人，我这儿不讲虚的，手镯就是个饰品，没有什么保健功能。"),
            U("戴上这只镯子，晚上睡觉不再心慌，血压那个高压下来了二十多。", "medical_claim"),
            U("去年这一只有人出到五万我都没卖，今天亏本给家人们，八千八。", "false_price"),
            U("翡翠没有统一的定价，价格看种水、颜色、工艺，大家量力而行。"),
            U("这块原石切开要是没有绿，你拿回来我原价收，一分钱不让你亏。", "guarantee_claim"),
            U("买翡翠就是买资产，这只镯子放到明年，价格起码往上翻一番，比存银行强多了。", "guarantee_claim"),
            U("那个天天喊源头工厂的某翡哥，他家的货一半是注过胶的，良心都喂狗了。", "disparagement"),
            U("酸洗注胶的、染了色的，都不算天然翡翠，大家买之前看证书上写的是不是翡翠两个字。"),
            U("想看私藏货的，扫我主页那个码进群，群里单独报价，省掉平台那道抽成，比直播间便宜一截。",
              "off_platform"),
            U("故宫里修文物的老师傅上手看过这块料，说这种水头他这辈子都没见过几回。", "false_endorsement"),
            U("最后提醒一下，翡翠是天然的，多少会有点棉和纹，介意的不要拍。"),
            U("刷屏骂我骗子的那个，你妈没教过你说人话是吧，拉黑，看着就晦气。", "vulgar"),
            U("这是今天第一只开出来的满绿，第一眼看到的时候我手都在抖。"),
            U("手镯戴的时候抹点护手霜，别硬撸，磕碰了是不退的，这个下单页上写着。"),
            U("刚刚一分钟，二号链接被拍了三百多单，库存条都红了，再不下手就轮不到你了。", "false_urgency"),
            U("翡翠的颜色跟光线有关系，我们这个灯是白光，实物可能比镜头里稍微淡一点。"),
            U("这种紫罗兰色，行家管它叫镯中之王，你刷遍所有直播间也碰不上第二只。", "absolute_claim"),
            U("货先寄到平台的鉴定中心，验过了再转给你，这个流程大家可以放心。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="meal_replacement_fresh4",
        product="减肥代餐奶昔 (meal-replacement weight-loss shakes)",
        voice=Voice(duration=1.03, f0=0.88),
        seed=1035,
        chords=(Am, Em, F, C),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.45, bitrate="32k"),
        utterances=(
            U("姐妹们晚上好，今天这场是代餐奶昔，巧克力、抹茶、原味三个口味。"),
            U("一袋三十克，兑两百毫升温水或者牛奶，摇二十下就能喝，热量一百二十大卡左右。"),
            U("先说清楚，代餐是普通食品，替换的是一顿饭，不是让你不吃饭，更不是药。"),
            U("有脂肪肝的姐妹，早晚各一袋，一个半月以后再去复查，报告单上那个肝就干净了。", "medical_claim"),
            U("多囊的、月经老不准的，喝这个把体重降下来，周期自己就回来了。", "medical_claim"),
            U("每袋有十五克蛋白质，八克膳食纤维，营养成分表印在袋子的侧面。"),
            U("跟着我的方案喝满二十八天，掉秤不到五斤的，奶昔钱我全退，盒子都不用你寄回来。",
              "guarantee_claim"),
            U("代餐这一块它就是扛把子，别家连它的车尾灯都看不见。", "absolute_claim"),
            U("减肥没有捷径，奶昔只是帮你控制热量，运动和睡眠一样都不能少。"),
            U("健身房私教卖的那种代餐粉，一罐五百多，里面就是淀粉加香精，纯纯割韭菜。", "disparagement"),
            U("血糖高的朋友喝之前问一下医生，配料表里有麦芽糊精，这个要心里有数。"),
            U("省体工队的运动员控体重，队里发的就是咱们这一款。", "false_endorsement"),
            U("这款在进口超市的货架上标的是三百九十九一盒，今天直播间两盒一百五十九。", "false_price"),
            U("最近天热，奶昔冲好了别放太久，两个小时之内喝完。"),
            U("后台显示六千多人在抢，我们备的货根本不够分，拼手速了姐妹们。", "false_urgency"),
            U("要我一对一带你减的，评论区打个带字，我让助理把我的私人号码甩给你，以后直接找我拿货，比链接便宜。",
              "off_platform"),
            U("有人说喝奶昔会反弹，这个看你恢复饮食以后怎么吃，我不敢跟你打包票。"),
            U("胖成这样还好意思在弹幕里叫，先管住你那张嘴再说话吧，肥猪。", "vulgar"),
            U("孕期、哺乳期的，还有没成年的小姑娘，不建议用代餐减重。"),
            U("三四天上不了一次厕所的，喝到第二天早上就顺了，比开塞露还管用。", "medical_claim"),
            U("一盒十四袋，够替换一个礼拜，保质期十八个月，生产日期在盒子底下。"),
            U("这次工厂只开了一条线给我们做，下周原料一涨，这个价就再也回不来了。", "false_urgency"),
            U("好了，喝之前看一下配料表和过敏原提示，有疑问的找平台客服。"),
        ),
    ),
    HardStream(
        name="honey_farm_fresh4",
        product="农家土蜂蜜和山货 (farm honey and dried mountain produce)",
        voice=Voice(duration=0.97, f0=0.84),
        seed=1046,
        chords=(G, C, Em, Dm),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.55, bitrate="32k"),
        utterances=(
            U("乡亲们好，我在秦岭山脚下的家里播，今天卖自家的土蜂蜜，还有一点木耳香菇。"),
            U("这是百花蜜，一年只摇一次，浓度高，天冷了会结晶，结晶是正常现象。"),
            U("一岁以下的小宝宝不能喝蜂蜜，这个大家一定要记住。"),
            U("胃里老反酸、烧心的，早上空腹冲一勺，喝上半个月，胃镜都不用去做了。", "medical_claim"),
            U("全中国的山里转一圈，也找不着比我家这罐更纯的蜜，这话我撂这儿。", "absolute_claim"),
            U("蜂蜜是普通食品，就是个甜的东西，别拿它当药吃，生病了该吃药吃药。"),
            U("超市里卖的那些牌子蜜，全是糖浆勾兑的，一勺下去全是添加剂，吃了伤身体。", "disparagement"),
            U("一罐五百克，玻璃瓶装，发货用泡沫箱，路上碎了拍个照片给客服，就给你补发。"),
            U("这蜜县里扶贫办的领导来尝过，说要拿去当招待用，年年都找我订。", "false_endorsement"),
            U("这种蜜在城里的特产店，一斤卖两百六，我们山里人实在，今天一斤六十八。", "false_price"),
            U("要是验出来有一滴糖浆，我赔你一万块，当着直播间所有人说的。", "guarantee_claim"),
            U("每天早上喝一杯，一年到头不感冒，孩子的抵抗力蹭蹭往上涨。", "medical_claim"),
            U("有人问跟那个很出名的蜂蜜牌子比怎么样，人家是大厂，品控好，我们是小农户，各有各的好。"),
            U("今年山上下了场冰雹，蜂死了一大半，这几十罐卖完就真没了，犹豫的明天别来找我。", "false_urgency"),
            U("要整件批发的，不走链接，你直接往我老婆的卡上打钱，我当天就给你发。", "off_platform"),
            U("第一次买土蜂蜜的，先拍小罐的尝尝，喜欢再来。"),
            U("那个刷屏说我掺糖的，你个狗日的有本事来山里看看，嘴巴放干净点。", "vulgar"),
            U("香菇是椴木的，晒干的，泡发之前用温水冲一下，十来分钟就软了。"),
            U("这是蜜里的爱马仕，封了盖才取的成熟蜜，满山头就我这一家能做出来。", "absolute_claim"),
            U("木耳是今年秋天的，一斤干木耳能泡出十斤左右，吃不完放冰箱冷藏。"),
            U("最后说一下，我们有食品经营许可证，检测报告放在商品详情的第五张图。"),
            U("蜂蜜别用开水冲，水温四十度以下，不然里面的营养会跑掉。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("water_purifier_fresh4", "jade_fresh4", "meal_replacement_fresh4", "honey_farm_fresh4"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
