"""Twenty-second batch of held-out labelled streams (manifest_fresh22.json): four more product domains, written once,
never tuned on.

The hosts talk the way real sellers do: a stroller host chatting to 宝妈们 while folding and pushing the pram on
camera, a fish-maw seller soaking 花胶 live for 姐妹们 over a noisy bed of music, an elderly-care host talking down
to 叔叔阿姨们 about their knees, and a stock-software salesman calling his viewers 老铁 while he points at signal
lines. The violations mostly avoid the textbook keywords. Superlatives are built freely (找不出第二台, 说第二没人敢说
第一, 独一份, 没人敢跟我比, 圈里头一号). Diseases are hinted rather than named (腿坐成O型, 宫寒手脚冰凉, 骨头里长刺,
阴天下雨腿就疼, 盯盘盯得睡不着), alongside growth, wound-healing, lactation, wrinkle and cartilage-regrowth claims for
ordinary goods. Promises come without 保证 (推到上小学都不会坏, 吃完没效果回来骂我, 还得拄拐拿瓶子来找我, 一抓一个
准, 跟一把就回本). Prices are reference prices from 商场母婴店, 海味街老铺子, 药店柜台 and a 标价 annual fee, a price
that "goes back" after the stream, and unprovable price superlatives. Urgency is 后台只剩个位数, a 厂家特批 batch,
下一场不是这个价, a 名额 cap that locks. Off-platform contact is V我, 小绿泡泡, 主页那串数字, 把电话留在评论区 and
paying by direct transfer instead of 小黄车. Authority comes from 某儿童医院的主任, 电视台育儿节目, 国宴供货,
香港老中医, 某医院骨科老主任, 老年健康协会, 财经电视台嘉宾 and 证券业协会. Rivals are 那些网红款, 隔壁直播间,
某宝, 电视上卖氨糖的, 外面那些荐股群. Vulgar lines insult viewers (没长脑子, 穷就别看, 老东西, 手贱) or are crude
innuendo about a mother's figure and the texture of the maw.

Traps look dangerous but carry no label: negations (不敢说最轻, 不敢说最顶级, 不敢说百分之百准), disclaimers
(普通食品不能代替药物, 股市有风险), advice to ask a doctor or get an X-ray, 首先/第一次/最近/最底下/第一位 as ordinary
words, first-person testimony marked as one's own feeling, a discount with a stated reason (旧色号清仓, 仓库搬迁,
店庆平台补贴, 周年庆活动页写着到周日), a real spec or pack size, and in-platform contact (私信客服, 粉丝团).

The stroller stream is rendered under demo conditions; the fish-maw stream is sped up 1.2x and buried in noise and
music; the glucosamine and stock-software streams are rendered with all four hard conditions (lower voice, babble of
two or three other voices, 0.5 s reverb, 32 kb/s AAC).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="stroller_fresh22",
        product="婴儿推车 (baby stroller)",
        voice=Voice(duration=1.0, f0=1.0),
        seed=2701,
        chords=(C, Am, F, G),
        utterances=(
            U("宝妈们晚上好，今天给大家推一台能直接拎上飞机的婴儿推车。"),
            U("车重五点八公斤，你们看，单手一拉它就能收起来了。"),
            U("这台车的避震，同价位里我真找不出第二台。", "absolute_claim"),
            U("宝宝躺着睡脊柱不会长歪，腿也不会坐成O型。", "medical_claim"),
            U("我不敢说它是市面上最轻的，但是拎着上下地铁真的不累。"),
            U("座椅面料是A类标准的，宝妈们收到货可以上手摸一摸。"),
            U("商场母婴店这台挂三千二，咱们直播间一千零九十九。", "false_price"),
            U("那些网红款推车，推两个月轮子就散架了。", "disparagement"),
            U("某儿童医院的主任，给自家孙子买的就是这台。", "false_endorsement"),
            U("轮子是橡胶实心的，你看我推过这个减速带，一点声音都没有。"),
            U("这车架我敢说，推到孩子上小学都不会坏。", "guarantee_claim"),
            U("后台跟我说这个颜色只剩个位数了，宝妈们冲。", "false_urgency"),
            U("最近南方雨水多，今天拍的宝妈雨罩我们单独再送一个。"),
            U("想要团购价的宝妈V我一下，我拉你进群。", "off_platform"),
            U("都说了八遍了还在问安不安全，你是没长脑子还是没长眼啊。", "vulgar"),
            U("首先把脚下这个刹车踩下去，听到咔一声就说明锁住了。"),
            U("今天便宜是因为厂家出了新款，这个旧色号是清仓处理的。"),
            U("第一次推的宝妈会觉得有点紧，推两天就顺了。"),
            U("这个价下了播就回到一千八了，宝妈们自己算算差多少。", "false_price", "false_urgency"),
            U("遮阳棚能拉到最底下，中午出门也不怕晒。"),
            U("这台的做工，推车里它说第二没人敢说第一。", "absolute_claim"),
            U("电视台的育儿节目都拿它当样车，懂的都懂。", "false_endorsement"),
            U("隔壁直播间那台，说白了就是贴牌的便宜货。", "disparagement"),
            U("宝妈推着它一扭一扭的，老公在后面直咽口水。", "vulgar"),
            U("这个价全平台你找不到比我低的，找到我补差价。", "absolute_claim", "false_price"),
            U("今晚厂家就给开两百单，开完这场直接下架，不返场。", "false_urgency"),
            U("坐垫能调到一百七十五度，刚出生的小宝宝也能平躺着。"),
            U("有售后问题直接私信客服，平台上都有记录。"),
            U("篮子底下能装一大袋菜，承重标的是五公斤，别超了。"),
            U("好了宝妈们，今天就到这里，喜欢的点个关注，我们明晚八点见。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up 1.2x and buried in noise and music.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="fish_maw_fresh22",
        product="花胶 (dried fish maw)",
        voice=Voice(duration=0.98, f0=1.02),
        seed=2702,
        chords=(Am, F, C, G),
        utterances=(
            U("姐妹们晚上好，今晚这锅花胶我们现场泡发给你们看啊。"),
            U("这是广东过来的鳘鱼胶，干度很足，敲着邦邦响。"),
            U("月子里吃上一个月，伤口好得快，奶水也追回来了。", "medical_claim"),
            U("宫寒、一到冬天手脚冰凉的姐妹，炖它比喝什么药都强。", "medical_claim"),
            U("脸上那些细纹，吃上三个月自己就平了。", "medical_claim", "guarantee_claim"),
            U("海味街老铺子卖两千八一斤，今天咱们九百九。", "false_price"),
            U("就这个成色，我放话出去，整个直播圈没人敢跟我比。", "absolute_claim"),
            U("某宝那些便宜花胶，十个有九个是双氧水泡白的。", "disparagement"),
            U("香港那边的老中医，都拿它给病人补身子。", "false_endorsement"),
            U("我不敢说是最顶级的，但同价位你随便拿去比。"),
            U("本品是普通食品，不能代替药物，有病先看医生。"),
            U("孕妇能不能吃，最好先问一下你的产检医生。"),
            U("泡发前先用冷水泡一晚上，中间记得换两次水，别偷懒啊。"),
            U("我刚问了后台，就剩七八斤了，这批一断货就要等到明年了。", "false_urgency"),
            U("要整箱的姐妹，去小绿泡泡上找我，私下给你算。", "off_platform"),
            U("今天便宜是因为我们仓库月底要搬家，压仓的这批就便宜走了。"),
            U("弹幕里那个一直喊贵的，穷就别看了，净在这浪费我流量。", "vulgar"),
            U("你们看这胶又滑又嫩的，摸着就跟摸小姑娘似的。", "vulgar"),
            U("这个产地是专门给国宴供货的，懂行的都知道。", "false_endorsement"),
            U("你回去炖上三次就知道了，真没效果你回来直播间骂我。", "guarantee_claim"),
            U("下一场可就不是这个价了，要的姐妹现在拍。", "false_urgency"),
            U("炖的时候加几颗红枣和半个雪梨一起，味道很清甜的。"),
            U("一号链接是五百克一盒的，二号链接是二百五十克的小盒。"),
            U("炖好的花胶放冰箱能放三天，吃不完就分小碗装好。"),
            U("这厚度，说它是花胶里的天花板都不为过。", "absolute_claim"),
            U("全网就我家敢这么卖，你去比，找不出第二家。", "absolute_claim", "false_price"),
            U("拍下的姐妹有问题私信客服，七天无理由。"),
            U("看这片泡了六个小时，已经涨成原来两倍大了。"),
            U("我第一次自己炖的时候水放多了，稀得跟汤一样，大家别学我。"),
            U("好了姐妹们，喜欢的加一下粉丝团，下一场我们来讲鲍鱼。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four hard conditions (lower voice, babble, reverb, 32 kb/s).
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="glucosamine_fresh22",
        product="氨糖软骨素钙片 (glucosamine joint supplement for the elderly)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=2703,
        chords=(Dm, G, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("叔叔阿姨们上午好，今天咱们不着急，跟大家好好聊聊膝盖的事。"),
            U("今天这款是氨糖软骨素加钙片，一天两粒，饭后温水吃。"),
            U("上下楼梯膝盖咔咔响的，吃完一瓶就不响了。", "medical_claim", "guarantee_claim"),
            U("骨头里长刺的老哥哥老姐姐，就是给你们准备的。", "medical_claim"),
            U("一到阴天下雨腿就疼的，吃它可比你贴膏药强多了。", "medical_claim"),
            U("它不是药，不能代替药物，在治疗的别停药。"),
            U("膝盖磨成什么样，最好还是去医院拍个片子。"),
            U("某医院骨科的老主任，自己天天就吃这个。", "false_endorsement"),
            U("老年健康协会都推荐过的，你看包装盒上有那个红章。", "false_endorsement"),
            U("药店柜台这一瓶卖六百多，直播间一百二十八。", "false_price"),
            U("吃完三个疗程还得拄拐，你拿瓶子来找我。", "medical_claim", "guarantee_claim"),
            U("电视购物里卖的那些氨糖，说白了全是拿淀粉压的片子。", "disparagement"),
            U("这个配方的含量，在整个行业里是独一份。", "absolute_claim"),
            U("我不敢说吃了能跑马拉松，就是平时保养一下。"),
            U("首先大家看一下背面的配料表，排在第一位的就是氨糖。"),
            U("一瓶是六十粒，一天吃两粒，正好够吃一个月的量。"),
            U("后台显示只剩个位数了，叔叔阿姨赶紧喊孩子过来帮你拍。", "false_urgency"),
            U("不会手机付钱的，把电话留在评论区，我们打给你。", "off_platform"),
            U("你们这些老东西，抠得要死，命都不要了还省钱。", "vulgar"),
            U("今天是店庆，平台给了补贴，活动页写着到明天。"),
            U("最近天气降温了，叔叔阿姨们早上出门记得把膝盖护好。"),
            U("有不清楚的私信客服，也可以在粉丝团里问。"),
            U("吃了它，膝盖里磨掉的那层软骨能重新长出来。", "medical_claim"),
            U("吸收率这块，我敢说没有哪家比得过它。", "absolute_claim"),
            U("这一批是厂家特批的，下一场就没这个价了。", "false_urgency"),
            U("我自己吃了半年，爬山感觉轻松点，个人感受。"),
            U("肾不好或者对海鲜过敏的，买之前先问问医生。"),
            U("别家氨糖动不动三百块一瓶，纯属收智商税。", "disparagement"),
            U("一天算下来也就几块钱，比去做一次理疗要便宜一些。"),
            U("好，叔叔阿姨们，今天就先讲到这里，我们明天上午九点见。"),
        ),
    ),
    HardStream(
        name="stock_app_fresh22",
        product="炒股软件会员 (stock-picking software membership)",
        voice=Voice(duration=1.02, f0=0.88),
        seed=2704,
        chords=(Em, Am, Dm, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("老铁们晚上好，今天不荐股，就给大家演示一下这套选股软件。"),
            U("大家看屏幕，打开以后左边是自选股，右边这一栏是信号提示。"),
            U("信号一亮就进，跟着走的老铁这个月没一个亏的。", "guarantee_claim"),
            U("一年会员费，跟一把就回本，剩下都是白捡的。", "guarantee_claim"),
            U("股市有风险，软件只是辅助，买卖自己决定。"),
            U("这套算法，国内做量化的没有第二家做得出来。", "absolute_claim"),
            U("财经电视台那几个节目嘉宾，私下都在用我们的。", "false_endorsement"),
            U("这套系统证券业协会那边都是认可的，你们放心上车。", "false_endorsement"),
            U("外面那些荐股群，就是拿你们当韭菜割的。", "disparagement"),
            U("隔壁直播间那个软件，信号都是事后画上去的。", "disparagement"),
            U("年费标价一万二，今晚老铁们只要一千九百八。", "false_price"),
            U("名额只开五十个，满了系统就锁，下一期明年。", "false_urgency"),
            U("想要内部版的，看我主页那串数字，备注老铁。", "off_platform"),
            U("付款别走小黄车了，直接转我，多送三个月。", "off_platform"),
            U("还在犹豫，就你这脑子，炒股不亏钱谁亏钱。", "vulgar"),
            U("我不敢说它百分之百准，它只是帮你缩小范围。"),
            U("第一次用的老铁别急着下单，先看回放，把这三个指标搞明白。"),
            U("首先看这根黄线，从下往上穿就是一个提示。"),
            U("最近行情震荡得厉害，仓位一定要控制好，千万别满仓。"),
            U("这软件抓涨停板，我跟你们说，那真是一抓一个准。", "guarantee_claim"),
            U("天天盯盘盯得睡不着的，用了它晚上睡得踏实。", "medical_claim"),
            U("今天是周年庆，活动页写着到周日，不是我编的。"),
            U("跟着我们的信号做，一个月账户翻个倍真的不是梦。", "guarantee_claim"),
            U("这套系统圈里公认头一号，用过的都回不去。", "absolute_claim"),
            U("有售后问题私信客服，会员到期平台会提醒。"),
            U("这个信号是昨天的回放，大家看它后面是怎么走的。"),
            U("下一个环节，我拿自己的模拟账户给大家操作一遍。"),
            U("亏了钱别跑来直播间哭哭啼啼，自己手贱还能怪谁。", "vulgar"),
            U("会员开通以后电脑和手机都能登，一个账号可以绑两台设备。"),
            U("好了老铁们，今天就到这，点个关注，明晚九点我们继续讲盘。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("stroller_fresh22", "fish_maw_fresh22", "glucosamine_fresh22", "stock_app_fresh22"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
