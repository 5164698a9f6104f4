"""Nineteenth batch of held-out labelled streams (manifest_fresh19.json): four more product domains, written once,
never tuned on.

The hosts talk the way Douyin/Kuaishou/Taobao Live sellers do: 家人们/老铁们/宝宝们/姐妹们, short colloquial
sentences that wander a little, prices and quantities spoken as Chinese words, asides to the comment wall and to
people who only watch. The domains are a fingerprint and face smart door lock, a calcium supplement sold to the
elderly and to parents, investment gold bars, and a sleep aroma diffuser with essential oils. About half of every
stream violates and the violations avoid the textbook keywords: free superlatives (找不出第二家, 颜值天花板, 钙片界
的爱马仕, 独一份儿, 封神级别, 顶配没人比得过, 翻遍所有平台都找不着更低的); diseases only hinted or named before the
verb (晚上抽筋的, 拍片子说骨头疏松的, 个子矮的, 心里老发慌脑子停不下来的, 更年期出虚汗的, 靠药片才能睡着的, 偏头
痛, gold kept under the pillow to calm the mind); promises without 保证 (a wager on a house, 拿人头担保, a yearly
return, 差多少我掏腰包补上, 只涨不跌, 吃满三个月骨密度没涨原封不动退钱, 睡不着双倍退钱); reference prices (包装盒上
的建议零售价, 药店卖…咱…, 实体店卖…砍一半, 银行柜台多收一百多一克, 商场专柜同款, a price said to revert at
midnight or when a countdown ends); authorities outside the obvious list (派出所的民警自己家都装, 讲居家安全的电视节
目点名, 骨科老专家和医院大夫偷偷囤, 研究补钙一辈子的老教授, 人民银行的老领导, 大型国企年终福利指定款, 航天项目宇
航员同款配方, 睡眠研究所的老师); rivals by description or nickname (几百块的杂牌锁, 隔壁天天喊颜值的, 两百多个差评
的网红锁, 蓝瓶子的洋牌子, 某宝上九块九的, 那几个大金店, 别的直播间卖的那种, 夜市十块钱的香薰蜡烛); contact slang
(主页那串数字, 签名里那个威信, 企鹅, 小绿, 私下转账); urgency without 最后 (厂家就给三百台, 卖完工厂就不做了, 下一
场开播就不是这个价, 仓库就剩一小把今年不补, 头茬薰衣草收完就没了); vulgar contempt for viewers (抠抠搜搜的穷鬼,
木头桩子脑子有坑, 一辈子打工的命) and innuendo (比前男友靠谱想怎么摸就怎么摸, 老公香得不想撒手). Several sentences
carry two labels (a wager on a cure, a price that reverts when a countdown ends, a price superlative).

The traps are the other half: 最近/第一次 as plain time words, 最好 as advice (饭后吃, 先问医生), 最高/最长 as
specifications (一百组指纹, 九九九九纯度, 八小时定时), disclaimers (钙不能代替药物, 投资有风险, 香薰不是药, 不是最便宜的),
in-platform 粉丝团/私信客服/小黄车, plain prices and real stock read from the back end, the platform's own return rule,
neutral mentions of other brands (某米的锁, 某行的积存金, 无印那家), illnesses in passing (阿尔茨海默的老人忘带钥匙,
有结石的先问医生, 孕妇问产检医生), and first-person testimony told as one's own (我自己家装了快一年, 我自己吃了大半年
指甲不容易断, 前年买的金条涨了是运气, 换季睡不踏实点着挺放松).

Rendering: the smart lock stream in ordinary demo conditions; the calcium stream sped up 1.2x and buried in noise
and music; the gold bar and sleep aroma streams with all four hard conditions (lower voice, babble of two and three
voices, reverb RT60 0.5 s, 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="smartlock_fresh19",
        product="智能门锁 (fingerprint and face-recognition smart door lock)",
        voice=Voice(duration=1.0, f0=1.0),
        seed=2401,
        chords=(C, Am, F, G),
        utterances=(
            U("家人们晚上好，欢迎来到直播间，今天给大家上一款智能门锁。"),
            U("刚进来的宝宝们点个关注，加个粉丝团，待会儿有福袋。"),
            U("这是我们家最近新出的款，指纹加人脸，两种都能开。"),
            U("说实话，这个锁芯的防撬水平，整个行业里找不出第二家。", "absolute_claim"),
            U("你拿电钻对着它钻半个钟头，它都纹丝不动，钻开了我赔你一套房。", "guarantee_claim"),
            U("包装盒上印的建议零售价两千六百八，今天九百九十九带回家。", "false_price"),
            U("价格就是九百九十九，包安装，师傅上门不另外收钱。"),
            U("那种几百块的杂牌锁，小黑盒一碰就开，买了等于给小偷送钥匙。", "disparagement"),
            U("隔壁那家天天喊颜值的，锁体就是铁皮冲压的破烂玩意儿。", "disparagement"),
            U("好多派出所的民警自己家都装的这款，人家是内行，专门推荐的。", "false_endorsement"),
            U("我自己家装了快一年了，老人孩子用着都挺顺手。"),
            U("有宝宝问电池能用多久，正常一家四口大概能用八个月左右。"),
            U("最高能录一百组指纹，全家人加上保姆都够用。"),
            U("安装上的问题可以私信客服，客服会帮你约师傅上门。"),
            U("想要内部价的，去主页看那串数字，加上了我私下给你算。", "off_platform"),
            U("厂家这批货就给了我们三百台，拍完就断了，下一场真没有了。", "false_urgency"),
            U("后台库存我给大家念一下，现在是一千二百台，不着急。"),
            U("之前那个讲居家安全的电视节目，点名推荐的就是我们这个锁。", "false_endorsement"),
            U("别跟我墨迹，抠抠搜搜的穷鬼就别进来看了，浪费我口水。", "vulgar"),
            U("有人问跟某米的比怎么样，那个也不错，各有各的好。"),
            U("装上它，这辈子家里就跟小偷没关系了，我拿人头担保。", "guarantee_claim"),
            U("外面实体店卖一千八，到我这儿直接砍一半还多。", "false_price"),
            U("家里老人有阿尔茨海默的，忘带钥匙也不怕，刷脸就进门。"),
            U("锁面是全屋的颜值天花板，装上去门都贵了一个档次。", "absolute_claim"),
            U("今天下单的，七天内不满意可以无理由退，这是平台的规则。"),
            U("姐妹们放心，这锁比你前男友靠谱，想怎么摸就怎么摸。", "vulgar"),
            U("我们不是最便宜的，但是售后是实打实的，有事找得到人。"),
            U("倒计时三分钟，时间一到这个价就撤了，回到两千六百八。", "false_urgency", "false_price"),
            U("两百多个差评的那个网红锁，谁买谁后悔，全是智商税。", "disparagement"),
            U("好了宝宝们，小黄车一号链接，喜欢的直接拍。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up 1.2x and buried in noise and music.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="calcium_fresh19",
        product="钙片 (calcium tablets, a dietary supplement)",
        voice=Voice(duration=0.98, f0=1.02),
        seed=2402,
        chords=(Am, F, C, G),
        utterances=(
            U("老铁们来来来，今天这个钙片，先听我唠两句。"),
            U("这是咱家第一次上这个牌子，以前没卖过。"),
            U("家里老人腿脚不利索、晚上抽筋的，吃上一个礼拜就不抽了。", "medical_claim", "guarantee_claim"),
            U("拍片子说骨头疏松的，吃这个比去医院打针还管用。", "medical_claim"),
            U("孩子个子矮的，一天两片，一个暑假窜五公分，长不高回来找我。", "medical_claim", "guarantee_claim"),
            U("钙片是不能代替药物的啊，有病还是得去医院看。"),
            U("我自己吃了大半年，感觉指甲没那么容易断了，这是我个人感受。"),
            U("药店里这一瓶卖二百八十八，咱直播间九十九两瓶。", "false_price"),
            U("这是骨科老专家们自己吃的，好多医院的大夫都偷偷囤。", "false_endorsement"),
            U("有个老教授研究了一辈子补钙，退休以后就认这一个。", "false_endorsement"),
            U("那个蓝瓶子的洋牌子，吃进去全从尿里排出去了，纯纯交智商税。", "disparagement"),
            U("一粒的含钙量是六百毫克，一天一粒就够，别多吃。"),
            U("最好饭后吃，吸收得好一点，有结石的最好先问问医生。"),
            U("吸收率直接拉满，钙片界的爱马仕，谁来都得低头。", "absolute_claim"),
            U("这个价是厂家看我面子给的，就这一批，卖完工厂就不做了。", "false_urgency"),
            U("想要整箱批发的，去我签名里那个威信，备注钙片。", "off_platform"),
            U("你们这些光看不买的，跟个木头桩子似的，脑子是不是有坑。", "vulgar"),
            U("现在小黄车里还有四百多单，大家慢慢拍，够的。"),
            U("骨头嘎嘎响、一变天就疼的，吃三瓶，下雨天再也不用贴膏药了。", "medical_claim", "guarantee_claim"),
            U("满大街都在卖钙片，能做到这个吸收的，我只认咱这一家。", "absolute_claim"),
            U("有宝宝问孕妇能不能吃，这个您得问产检医生，我不乱说。"),
            U("瓶子上有蓝帽子标志，保健食品的批准文号都能查到。"),
            U("某宝上那些九块九的，全是石灰粉压出来的，吃多了伤肾。", "disparagement"),
            U("这个价过了今晚十二点就回到一百九十九，我说到做到。", "false_price", "false_urgency"),
            U("宝宝们关注一下主播，点点赞，咱们下一个福利马上来。"),
            U("不是说吃了钙片就啥都不用管了，运动晒太阳也得跟上。"),
            U("吃满三个月骨密度没涨，我把钱原封不动退给你，一分不少。", "medical_claim", "guarantee_claim"),
            U("钙片的口感是奶片味的，小孩子也爱嚼着吃。"),
            U("好啦老铁们，九十九两瓶，一号链接，去拍吧。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four hard conditions (lower voice, babble, reverb, 32 kb/s).
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="goldbar_fresh19",
        product="投资金条 (investment gold bars)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=2403,
        chords=(Dm, G, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("宝宝们下午好，今天直播间给大家讲讲投资金条。"),
            U("这是足金九九九九的，每根都有编号和证书。"),
            U("今天是按实时金价加工费算的，屏幕上那个数就是。"),
            U("现在买进去，明年这个时候少说涨个三成，稳稳的。", "guarantee_claim"),
            U("你要是亏了就来找我，差多少我自己掏腰包给你补上。", "guarantee_claim"),
            U("银行柜台同款金条要多收你一百多一克，我们这里直接抹掉。", "false_price"),
            U("人民银行那边的老领导都在我们家囤，你说靠不靠谱。", "false_endorsement"),
            U("金价有涨有跌，投资有风险，大家量力而行啊。"),
            U("我自己前年买了一点，现在确实涨了不少，但那是我运气。"),
            U("那几个大金店的金条，工费收得跟抢钱一样，纯纯割韭菜。", "disparagement"),
            U("不想在这儿拍的，看我主页那串数字，私下转账还能再便宜。", "off_platform"),
            U("给大家说句实在话，这个成色在整个圈子里是独一份儿。", "absolute_claim"),
            U("金条回购的话可以私信客服，按当天金价走平台流程。"),
            U("金条是国内正规精炼厂出的，包装上有厂名，可以查。"),
            U("今天金价低，下一场开播就不是这个价了，错过别哭。", "false_urgency"),
            U("黄金的最高纯度标到九九九九，这个是国家标准里写的。"),
            U("那些不敢买的，穷就穷呗，还装什么理财专家，一辈子打工的命。", "vulgar"),
            U("有宝宝说最近金价太高要不要等等，这个我不给建议，你自己判断。"),
            U("这批是金库直接调过来的，就剩这么一小把，抢完今年都不补。", "false_urgency"),
            U("这款金条是好几家大型国企年终发福利的指定款。", "false_endorsement"),
            U("买我的金条，就等于给你孩子存了一笔只涨不跌的钱。", "guarantee_claim"),
            U("小黄车里一克到一百克都有，看自己预算拍。"),
            U("别的直播间卖的那种，我不敢说是假的，你们自己拿去验一验。", "disparagement"),
            U("金价一天三变，但今天这个价，你翻遍所有平台都找不着更低的。", "absolute_claim", "false_price"),
            U("有朋友问某行的积存金，那个也是正规产品，看个人需要。"),
            U("第一次买金条的宝宝，建议先从小克重开始。"),
            U("想要大克重的，加我企鹅，我给你走内部渠道。", "off_platform"),
            U("金条放枕头底下能安神，睡不踏实的老人试试就知道了。", "medical_claim"),
            U("好了宝宝们，理性投资，按需购买，我们看下一款。"),
        ),
    ),
    HardStream(
        name="sleeparoma_fresh19",
        product="助眠香薰 (sleep aroma diffuser with essential oils)",
        voice=Voice(duration=1.02, f0=0.88),
        seed=2404,
        chords=(Em, Am, Dm, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("宝宝们晚上好，熬夜的姐妹进来，今天带的是助眠香薰。"),
            U("薰衣草加雪松的味道，淡淡的，一点都不冲鼻子。"),
            U("我最近换季老睡不踏实，自己点着用了两个礼拜，感觉挺放松的。"),
            U("靠药片才能睡着的，点它三个晚上，药瓶子就能扔了。", "medical_claim", "guarantee_claim"),
            U("心里老发慌、脑子停不下来的，闻两口整个人就好了。", "medical_claim"),
            U("更年期那阵子脾气躁、出虚汗的姐姐们，这个特别对症。", "medical_claim"),
            U("香薰不是药，有睡眠障碍的一定要去正规医院看。"),
            U("商场专柜同款精油一小瓶就要四百多，我们整套一百二十九。", "false_price"),
            U("这是给航天员配的同款配方，人家在太空里都用它。", "false_endorsement"),
            U("睡眠研究所的几位老师都拿去做过对比，结论就是用它。", "false_endorsement"),
            U("用法很简单，水加到刻度线，滴三到五滴就行。"),
            U("这个扩香机的最长定时是八小时，睡着了自己会关。"),
            U("夜市十块钱的香薰蜡烛，都是工业香精兑的，点着等于吸毒气。", "disparagement"),
            U("这味道在圈里是封神级别的，闻过它再闻别的都是将就。", "absolute_claim"),
            U("今晚用了还睡不着的，明天来直播间骂我，我双倍退钱。", "guarantee_claim"),
            U("这批是头茬薰衣草，厂家说收完就没了，下一场拿不到这个价。", "false_urgency"),
            U("现在链接里还有两百来套，够大家拍的，不用抢。"),
            U("孕妇和小宝宝用之前，最好先问问医生。"),
            U("想要定制味道的，下播去小绿找我，我私下给你调。", "off_platform"),
            U("点着它睡，你老公晚上都得抱着你不撒手，懂的都懂。", "vulgar"),
            U("关注一下主播，加入粉丝团，下一轮抽三套送出去。"),
            U("有宝宝问跟无印那家的比，那家也挺好，味道路线不一样。"),
            U("第一次用的宝宝，先少滴两滴试试味道。"),
            U("我们这精油的纯度做到了行业顶配，没人比得过。", "absolute_claim"),
            U("用满一个月，偏头痛再也没犯过，这话我撂这儿了。", "medical_claim", "guarantee_claim"),
            U("价格就是一百二十九，包邮，没有套路。"),
            U("主页那串数字是我助理的，加上去拉你进群，群里价更低。", "off_platform"),
            U("好了姐妹们，一号链接，今晚都早点睡。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("smartlock_fresh19", "calcium_fresh19", "goldbar_fresh19", "sleeparoma_fresh19"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
