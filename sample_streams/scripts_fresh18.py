"""Eighteenth batch of held-out labelled streams (manifest_fresh18.json): four more product domains, written once,
never tuned on.

The hosts sell elderly walking shoes, Yunnan pu-erh tea cakes, a civil-service exam course and a pet nutrition paste.
They talk the way Douyin/Kuaishou hosts do: 家人们, 老铁们, 宝宝们, 铲屎官们, half-sentences of their own life, plain
prices and shipping details spoken as Chinese numerals, with the violations dropped into the same rambling flow.
The violations avoid the textbook keywords: superlatives are built from images and dares (鞋里的劳斯莱斯, 神仙级别,
降维打击, 没人敢认第一, 翻遍整个网找不着第二家); diseases are hinted rather than named before a verb (老寒腿,
脚上有口子老不好的糖友, 尿酸高血脂稠, 猫鼻支, 尿里带血); promises come as a time and a result, a wager or money back
(不稳你回来骂我, 放三年翻一倍, 没考上学费全退, 不长肉退双倍); reference prices are 商场里挂的, 茶叶店标的,
线下机构要的, 宠物医院卖的, or a price that "goes back" after the stream; authorities are off the obvious list
(老年协会的老专家, 电视台养生节目里的老中医, 接待外宾的宴会, 茶叶研究所老所长, 组织部退下来的老领导, 人社局的人,
养老院统一采购, 动物医学院的教授, 综艺里明星抱的猫); rivals appear by nickname or description (踏什么步的,
粉笔头, 橘色罐子的进口货, 批发市场论斤称的老茶); contact slang is 主页那串数字, 小绿, 企鹅, 威信, 头像里那个码,
闲鱼, 简介那串数字; urgency is 厂里这批牛皮就裁了这么多, 只放出来两百提, 机构只批了五十个, 下一场没这好事,
工厂做样品剩下的就这一锅. Vulgar lines insult viewers (脑子让门挤了, 穷鬼, 吃完屎) or carry innuendo.
The traps are disclaimers and negations (这鞋不是药, 不是最便宜的, 不敢说它是最好的, 谁都保证不了, 不能当药吃,
不标什么原价划线价), words that only look bad (最近, 第一次, 第一泡, 最大坡度 as a specification), honest stock
(库存还有一百来饼, 后台显示还有三百多支) and a real shipping cut-off, in-platform 私信客服/粉丝团/小黄车, a neutral
mention of 大益 and of a big rival institution, illnesses in passing with advice to see a doctor (脚肿, 胃病, 考试焦虑,
胰腺炎), and first-person testimony (我妈穿了半年, 我自己喝了五六年, 我家两只猫吃了一年多).
The shoe stream is rendered in demo conditions, the tea stream sped up 1.2x under noise and music, and the exam-course
and pet-paste streams with all four hard conditions (lower voice, two or three babble voices, reverb, 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="laonianxie_fresh18",
        product="老年鞋 (elderly walking shoes)",
        voice=Voice(duration=1.0, f0=1.0),
        seed=2301,
        chords=(C, Am, F, G),
        utterances=(
            U("家人们晚上好，今天给咱爸妈带的是这款老人健步鞋。"),
            U("先说清楚啊，这鞋不是药，脚上有毛病的还得去医院看。"),
            U("我妈穿了快半年了，她自己说走菜市场脚没那么累了。"),
            U("你把这双鞋往地上一放，说它是鞋里的劳斯莱斯都不为过。", "absolute_claim"),
            U("老寒腿阴天一疼就走不动的，穿上它腿就暖和了不疼了。", "medical_claim"),
            U("商场里一模一样的挂六百八，咱直播间一百二十九。", "false_price"),
            U("鞋底防滑纹深三毫米，我们测过最大能在十五度的坡上站稳。"),
            U("穿上三天走路就稳当了，不稳你回来骂我，我退你两双的钱。", "guarantee_claim"),
            U("那个满大街打广告的踏什么步的，鞋底硬得跟砖头一样。", "disparagement"),
            U("这款是老年协会一帮老专家开会一致点头推荐的。", "false_endorsement"),
            U("家人们点点关注，加个粉丝团，有问题私信客服就行。"),
            U("厂里这批牛皮就裁了这么多，这个颜色卖完就不做了。", "false_urgency"),
            U("最近天冷了，给爸妈备一双加绒的正合适。"),
            U("尺码偏大半码，平时穿三十九的拍三十八就行。"),
            U("脚上有口子老不好的糖友，穿它磨不着，伤口慢慢就长好了。", "medical_claim", "guarantee_claim"),
            U("拍不到的去我主页看那串数字，加上我单独给你发货。", "off_platform"),
            U("有个姐妹说她爸脚肿，我说脚肿先去医院查查原因啊。"),
            U("这个价格不是最便宜的，但是用料我敢拆开给你们看。"),
            U("光看不下单在这白嫖的，你脑子是让门挤了吧。", "vulgar"),
            U("这是我第一次在直播间卖鞋，说得不好大家多担待。"),
            U("一百二十九包邮，今晚十一点半前拍的明天就发。"),
            U("下了播这价就回到二百九十九了，下一场可没这好事。", "false_price", "false_urgency"),
            U("隔壁卖七八十的那些，穿俩月鞋底就张嘴，纯坑老人钱。", "disparagement"),
            U("电视台养生节目里那位老中医，脚上穿的就是咱这款。", "false_endorsement"),
            U("有人问能不能治拇外翻，我跟你说治不了，它就是双舒服的鞋。"),
            U("穿这鞋出去遛弯，广场上的老太太都得盯着你屁股看。", "vulgar"),
            U("想要更便宜的加我小绿，备注老年鞋，我按批发价给你。", "off_platform"),
            U("全国的老年鞋里头，就咱这一款是养老院统一采购的。", "absolute_claim", "false_endorsement"),
            U("不合脚七天无理由退换，运费险咱也给大家买好了。"),
            U("老铁们先拍下，不合适退就完事了，谢谢大家。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up 1.2x and buried in noise and music.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="puercha_fresh18",
        product="普洱茶饼 (pu-erh tea cakes)",
        voice=Voice(duration=0.98, f0=1.02),
        seed=2302,
        chords=(Am, F, C, G),
        utterances=(
            U("老铁们来了来了，今天开的是云南勐海的普洱熟茶饼。"),
            U("一饼三百五十七克，就是老规矩七子饼那个规格。"),
            U("我自己每天下午泡一壶，喝了五六年了，就是好这一口。"),
            U("尿酸高、血脂稠的大哥，每天喝它几泡，指标哗哗往下掉。", "medical_claim", "guarantee_claim"),
            U("茶叶店里这种年份的标两千八，今天直播间四百九十八。", "false_price"),
            U("这个山头的料，在普洱圈里就是神仙级别的存在。", "absolute_claim"),
            U("最近好多人问生普熟普有啥区别，我慢慢给你们讲。"),
            U("这饼你现在收着，放三年翻一倍，比存银行强多了。", "guarantee_claim"),
            U("那些批发市场论斤称的所谓老茶，都是仓里捂出来的霉货。", "disparagement"),
            U("当年接待外宾的宴会上，桌上泡的就是这个厂的茶。", "false_endorsement"),
            U("熟茶肠胃舒服一点，但你要是胃病严重，还是先问问医生。"),
            U("这一批茶厂只放出来两百提，后面的要留着自己压仓。", "false_urgency"),
            U("要整件的老板别在这拍，企鹅上找我，价格另算。", "off_platform"),
            U("四百九十八一饼，两饼起包邮，小黄车一号链接。"),
            U("喝不出好坏的就别在这瞎逼逼，回家喝你的高碎去。", "vulgar"),
            U("这个年份这个价，你翻遍整个网都找不着第二家。", "absolute_claim", "false_price"),
            U("茶这东西不是越贵越好，适合自己口味的才是好茶。"),
            U("刮油解腻，肚子上那圈肉喝上一个月就下去了。", "medical_claim", "guarantee_claim"),
            U("茶叶研究所的老所长尝过，说这是他这辈子喝过的前三。", "false_endorsement"),
            U("昨天有个家人私信说收到茶饼有点碎边，客服已经给补了。"),
            U("大益的茶也不错，各家风格不一样，咱们这款偏甜一点。"),
            U("你拿回去泡，要是喝着不回甘，我倒贴你一饼。", "guarantee_claim"),
            U("过了今晚十二点，这个价老板就不认了，要回到八百多。", "false_price", "false_urgency"),
            U("想听我讲怎么存茶的，加我威信，我拉你进茶友群。", "off_platform"),
            U("冲泡的时候第一泡洗茶，水要滚开的，十秒出汤就行。"),
            U("刚才那个说我卖假茶的，你算个什么东西，滚出去。", "vulgar"),
            U("茶饼用的是棉纸包装，外面再套个牛皮纸袋，防潮。"),
            U("茶博会上评委们挨个尝完，金奖就颁给了这一款。", "false_endorsement"),
            U("我不敢说它是最好的普洱，但在这个价位我自己是认的。"),
            U("没抢到的别急，我们库存还有一百来饼，慢慢拍。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four hard conditions (lower voice, babble, reverb, 32 kb/s).
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="kaogong_fresh18",
        product="考公培训 (civil-service exam course)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=2303,
        chords=(Dm, G, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("宝宝们晚上好，今天聊聊明年省考怎么备，顺便上一下我们的课。"),
            U("我们这个是系统班，行测申论都有，一共一百二十节。"),
            U("我第一次考的时候也是裸考，行测才考了五十几分。"),
            U("跟着我们系统班走完，笔试进面这事你就别操心了。", "guarantee_claim"),
            U("线下机构同样的课要一万二，咱直播间今天一千九百八。", "false_price"),
            U("讲申论这块，我们老师说自己排第二，没人敢认第一。", "absolute_claim"),
            U("那个粉笔头什么的大机构，就是流水线录课，学员根本没人管。", "disparagement"),
            U("我们的题是组织部退下来的老领导亲自把关的。", "false_endorsement"),
            U("想要内部押题资料的，私聊我，我给你个企鹅群号。", "off_platform"),
            U("上岸靠的是你自己，课只能帮你少走点弯路，这个得说清楚。"),
            U("这个优惠名额机构只批了五十个，抢完就恢复原价。", "false_urgency", "false_price"),
            U("没考上的，学费全额退给你，一分都不少。", "guarantee_claim"),
            U("考试焦虑睡不着的同学，我也经历过，真不行去医院看看。"),
            U("课里还送一套冥想课，失眠焦虑症的，听完就能睡踏实了。", "medical_claim", "guarantee_claim"),
            U("课程在小黄车二号链接，买完私信客服开通账号。"),
            U("连个行测都考不过的，我看你也就配回家种地。", "vulgar"),
            U("上岸率放全省所有机构里比，别家都得仰着头看我们。", "absolute_claim"),
            U("上次面试课的学员里有人进了，也有人没进，这都正常。"),
            U("人社局的人私下都说，报我们家的班是最稳当的。", "false_endorsement", "absolute_claim"),
            U("报名之后有班主任督学，每天打卡，周末有一次模考。"),
            U("我们不标什么原价划线价，一千九百八就是一千九百八。"),
            U("报完名的扫我头像里那个码，学费也可以直接转我。", "off_platform"),
            U("下一场直播这个班就不开了，老师档期全排满了。", "false_urgency"),
            U("那些免费的网课全是割韭菜的，听完你只会更迷糊。", "disparagement"),
            U("按我们这个刷题法，行测一个月提二十分，提不了来找我。", "guarantee_claim"),
            U("弹幕里那个说我们骗钱的，嘴这么臭是刚吃完屎吧。", "vulgar"),
            U("最近申论热点多，我每周都会在直播间免费讲一次。"),
            U("有人问我们跟那个大机构比咋样，各有各的长处，适合你就行。"),
            U("有同学问能不能保证上岸，我实话说，谁都保证不了。"),
            U("好了宝宝们，今天先到这，有问题在粉丝群里问我。"),
        ),
    ),
    HardStream(
        name="chongwuyingyanggao_fresh18",
        product="宠物营养膏 (pet nutrition paste)",
        voice=Voice(duration=1.02, f0=0.88),
        seed=2304,
        chords=(Em, Am, Dm, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("铲屎官们晚上好，今天给毛孩子上的是这款鸡肝味营养膏。"),
            U("一支一百二十克，猫狗都能吃，每天挤一小段就够了。"),
            U("我家两只猫吃了一年多，毛是顺了不少，这是我自己看到的。"),
            U("猫鼻支、老打喷嚏流眼泪的，挤上一礼拜就清爽了。", "medical_claim", "guarantee_claim"),
            U("宠物医院里卖一百六一支，咱这儿三支才八十九。", "false_price"),
            U("这配方在营养膏里属于降维打击，放哪个货架上都是头一份。", "absolute_claim"),
            U("那个橘色罐子的进口货，里面一大半都是糖浆，吃了光长膘。", "disparagement"),
            U("好几个宠物医院的院长都在自家猫身上用，这还用我多说？", "false_endorsement"),
            U("驱虫这事儿别找我们，该做的体内外驱虫去医院按时做。"),
            U("这批货是工厂做样品剩下的，就这一锅，卖完真没了。", "false_urgency"),
            U("要囤货的别在这拍了，去闲鱼搜我名字，我那边更便宜。", "off_platform"),
            U("猫咪肾不好、尿里带血的，吃它三个月指标就正常了。", "medical_claim", "guarantee_claim"),
            U("最近换季掉毛多很正常，多梳梳毛就好了。"),
            U("养不起就别养，穷鬼一个还在这问东问西的。", "vulgar"),
            U("营养膏只是零食补充，不能代替正常猫粮，也不能当药吃。"),
            U("你家猫要是吃了不长肉，我给你退双倍的钱。", "guarantee_claim"),
            U("农业大学动物医学院的教授配的方子，论文都发了好几篇。", "false_endorsement"),
            U("八十九三支，包邮，小黄车三号链接直接拍。"),
            U("外面那些网红营养膏，说白了就是给猫喂香精，坑的全是新手。", "disparagement"),
            U("今天播完这个价就回到一百五十九了，下次直播可不一定有。", "false_price", "false_urgency"),
            U("有人问我家狗狗胰腺炎能吃吗，这个真得先问你的医生。"),
            U("想咨询养猫的，看我简介那串数字，加上我一对一教你。", "off_platform"),
            U("这个价位它不一定是最好的，但是成分表我全念给你们听。"),
            U("狗狗关节不好、后腿拖地的，配着吃它能重新跑起来。", "medical_claim", "guarantee_claim"),
            U("你那猫养得跟个肥猪似的，还好意思来问减肥，笑死我了。", "vulgar"),
            U("我们店后台显示库存还有三百多支，大家不用抢。"),
            U("前阵子那个综艺里明星抱的猫，吃的就是咱家这款。", "false_endorsement"),
            U("开封以后放冰箱冷藏，一个月内吃完，别放太久。"),
            U("好了家人们，喜欢的点个关注，加粉丝团有专属优惠券。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("laonianxie_fresh18", "puercha_fresh18", "kaogong_fresh18", "chongwuyingyanggao_fresh18"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
