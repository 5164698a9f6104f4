"""Eleventh batch of held-out labelled streams (manifest_fresh11.json): four more product domains, written once,
never tuned on.

Same label policy as scripts.py, scripts_hard.py and the earlier scripts_fresh*.py (labels = exactly the categories
the sentence itself violates, judged on the text by a person; traps carry none). The sentences were written from
the category definitions only (sample_streams/README.md's label policy, the research catalogue's category
descriptions), without reading the rule base, the tests, the matcher, any labelled test data or the git history,
and without reusing or paraphrasing the example sentences of the catalogue or of the earlier scripts, so that a
score on them is a held-out figure.

What is in them: superlatives built as dares and head counts (找不出第二条能压过它的, 翻遍全国的养殖场也就这一家拿得
出来, 得站在队伍最前头后面的都望尘莫及, 防晒这行里谁都跑不过它, 谁敢说比我们干净我把店门关了, 全国找出第二台我当场
磕一个, 掰着指头都数不出第二家, 挑不出比我们更贴心的), health claims for a pearl necklace, a sunscreen, a used car
and a confinement centre with the condition named first or only hinted (颈椎不舒服睡不着戴半个月睡得香, 孕妇戴珍珠能
安胎, 晒出来的斑和蝴蝶斑一个夏天褪下去比打激光省事, 晒伤起皮第二天就消炎, 坐骨神经痛开一个月腿不麻针灸不用扎,
剖腹产刀口渗脓一个礼拜长平, 半夜偷偷抹眼泪住满一个月抑郁的影子都没了, 黄疸退得快湿疹不长), promises without 保证
(十年后回收只会比今天高亏了算我的, 晒黑一点点一瓶钱全退不用寄回, 斑没淡剩多少都退, 泡水火烧事故车查出一台拿十倍的钱,
开三年卖回五万亏了差价我补, 腰围回不去月子费退一半), prices against an unprovable reference (去年珠宝展上的报价, 日本
珍珠店里一颗好几百, 去年刚上市的时候卖, 外面随便一个车行开口就是, 门店前台价目表), urgency without 最后 (正圆珠子剩下
的一个巴掌数得过来, 单子一过三百老板叫停, 两千多人放在购物车里没付款只剩四位数, 品牌方就批了这一场明年夏天也给不出,
四十多个人在问停不过今晚, 八月的房手里就攥着三间说话这会儿又少一间, 总经理看到人多肯定要涨), contact and payment off
the platform (围裙上印着塘口的号码直接打过去, 评论区打个一回你的那个号存下来以后直接找我拿货, 来店里找我定金转过去链接
不用拍, 招牌底下那串号码周末打有惊喜价, 主页置顶视频里的电话报暗号, 定金打到财务小刘的卡上), rivals by description or
nickname (穿旗袍现场开蚌的主播, 电梯广告里的蓝胖子喷雾, 别家雇来刷评论的水军, 电视上喊没有中间商的大平台, 开口就坑人
的外面车行, 商场楼上晒下午茶的网红会所), endorsements off the usual lists (给王妃设计过首饰的英国老设计师, 网上几百万
粉丝的皮肤科主任, 市交通局车管科科长, 省赛车队退下来的老队长, 市妇幼保健院产科主任, 给女明星调理过月子的老中医), abuse
and innuendo aimed at viewers (脖子短粗像套了狗圈, 给对象带一条今晚不用睡沙发你细品, 丑就重新投个胎, 说假货的那个蠢货
装什么懂, 蹬你的三轮去, 陪哥兜一圈价钱好商量, 你妈生你的时候怎么没把你塞回去, 刷个嘉年华让小姐姐扭一段).
Traps: disclaimers (珍珠就是首饰睡眠不好去医院, 珍珠不是投资品别想靠它挣钱, 防晒只是减少晒伤起水泡去皮肤科, 我们不拉群
不私聊都在小黄车下单, 不承诺每台车都完美, 产后情绪不好两周以上跟医生说), specifications and advice with 最/第一
(第一次买珍珠看三样最要紧, 最长可以加一段延长链, 第一次用先在耳朵后面试, 开了封最好一年内用完, 新手第一台最好买二手的,
最后一台是飞度, 第一周以清淡为主, 刚生完最好不要马上大补), plain prices and terms (两样一起拍送首饰盒, 满两百减二十,
裸车价过户费另算首付三成, 先付定金预产期前一个月付尾款, 入住日期免费调整, 七天内可退), stated end times of an offer
(十点半以后恢复日常, 十二点结束有倒计时, 周六周日到店试驾送洗车, 九点以后恢复门店价), rivals mentioned neutrally
(周大福、周生生, 安热沙、理肤泉, 懂车帝、汽车之家, 爱帝宫、喜喜), the drug agency's special-cosmetic licence, the
testing body's certificate, third-party inspection report, the nursery staff's certificates, the platform's customer
service, innocent 最近.

Conditions (generate_fresh.py --batch fresh11): pearl_fresh11 like the demo set; sunscreen_fresh11 rendered like the
demo set and then degraded like degrade.py (1.2x tempo, pink noise and a backing track 10 dB under the speech);
used_car_fresh11 and postpartum_care_fresh11 like generate_hard.py with every condition at once (lower voice f0 0.86
and 0.90, babble of 3 and 2 voices, reverb RT60 0.45 and 0.6 s, AAC 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="pearl_fresh11",
        product="淡水珍珠项链和耳钉 (freshwater pearl necklaces and stud earrings from the seller's own farm)",
        voice=Voice(duration=1.0, f0=0.96),
        seed=1601,
        chords=(C, Em, F, G),
        utterances=(
            U("家人们晚上好，我是小鹿，今天直播间上的是咱家自己养殖场出来的淡水珍珠，有项链也有耳钉。"),
            U("这条项链的珠子是九到十毫米的近圆珠，一共四十三颗，扣子是九二五银镀的金。"),
            U("说句实在话，这光泽你拿到哪个珠宝柜台去比，都找不出第二条能压过它的。", "absolute_claim"),
            U("颈椎不舒服、晚上翻来覆去睡不着的姐妹，把它贴着脖子戴上半个月，觉睡得香了，脖子也不僵了。",
              "medical_claim"),
            U("话说回来，珍珠就是个首饰，戴着好看而已，睡眠老是不好的，还是得去医院看看，别指望一条项链。"),
            U("这种品相的，去年珠宝展上的报价少说也要三千八，咱家今天六百六十六就给你包好寄出去。", "false_price"),
            U("项链六百六十六，配套的耳钉一百九十九，两样一起拍，再送一个皮质的首饰盒。"),
            U("前阵子有位给王妃设计过首饰的英国老设计师来我们塘口，拿着放大镜看了半天，说这批他要全包下来带回伦敦。",
              "false_endorsement"),
            U("这一条你今天戴回去，十年以后再拿去回收，价钱只会比你今天买的高，真要亏了算我的。", "guarantee_claim"),
            U("我刚看了一眼库存，这个尺寸的正圆珠子，仓库里剩下的一个巴掌都数得过来了。", "false_urgency"),
            U("第一次买珍珠的，教大家一个办法，看光泽、看瑕疵、看圆不圆，这三样最要紧。"),
            U("想挑大颗的、想看原珠的，我围裙上印着塘口的名字和号码，大家记一下，直接打过去找我，私底下单独给你挑。", "off_platform"),
            U("那个天天穿着旗袍、拿着蚌现场开的主播，开出来的珠子都是提前塞进去的，专门蒙你们这些看热闹的。",
              "disparagement"),
            U("也有人问跟周大福、周生生的珍珠比怎么样，人家是大品牌，款式多，价格也高一些，各有各的好。"),
            U("在那嫌这嫌那的那位，你那脖子又短又粗，戴什么都像套了个狗圈。", "vulgar"),
            U("最近天气潮，珍珠别跟香水、化妆品放在一块，戴完拿软布擦一擦再收起来。"),
            U("这个颜色，这个圆度，再加上这个价，你翻遍全国的养殖场，也就咱们这一家拿得出来。", "absolute_claim"),
            U("老人都说孕妇戴珍珠能安胎，肚子里的宝宝生出来皮肤又白又嫩，好多老顾客戴了都说灵。", "medical_claim"),
            U("每一条都配了检测机构出的证书，证书上的编号在检测机构的网站上能查到。"),
            U("这种光泽的，日本人的珍珠店里一颗就要卖好几百，你算算一条四十三颗该多少钱，今天才六百六十六。", "false_price"),
            U("这个价是老板让我试试水的，他就在办公室盯着后台，单子一过三百他就要叫停。", "false_urgency"),
            U("再说一句，珍珠是普通饰品，不是文物也不是投资品，买来就是戴的，别想着靠它挣钱。"),
            U("刚进来那位大哥，给你对象带一条回去吧，戴上以后今晚肯定不让你睡沙发了，嘿嘿，你品，你细品。", "vulgar"),
            U("收到以后七天之内不满意可以退，珍珠有天然的小瑕疵，介意的下单前先看详情页的实拍图。"),
            U("项链的长度是四十五厘米，最长可以再加一段五厘米的延长链。"),
            U("好，今天就播到十点半，十点半以后价格恢复日常，售后的问题都找平台客服。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="sunscreen_fresh11",
        product="防晒乳和防晒喷雾 (sunscreen lotion and spray)",
        voice=Voice(duration=0.97, f0=1.06),
        seed=1602,
        chords=(Dm, F, C, Am),
        utterances=(
            U("哈喽宝宝们，夏天马上就到了，今天这一场就卖一样东西，防晒，有防晒乳也有防晒喷雾。"),
            U("这支防晒乳的防晒指数标的是五十，防水防汗，一支四十毫升，质地是偏清爽的乳液。"),
            U("防晒产品属于特殊化妆品，咱家这支有药监局批的特证，特证编号就印在包装背面。"),
            U("脸上晒出来的斑、怀孕长的蝴蝶斑，抹上它一个夏天，一点一点就褪下去了，比去医院打激光还省事。", "medical_claim"),
            U("论防晒力，把市面上的防晒霜排个队，它得站在队伍的最前头，后面的都望尘莫及。", "absolute_claim"),
            U("网上有几百万粉丝的那位皮肤科主任，自己出门就抹这一支，还给他门诊的病人开过。", "false_endorsement"),
            U("户外暴晒一整天，只要晒黑了一点点，拍个照片发给客服，一瓶的钱全退给你，东西都不用寄回来。",
              "guarantee_claim"),
            U("这支去年刚上市的时候卖三百二十八，今天我自己做主，九十九块钱，还是两支。", "false_price"),
            U("九十九是两支防晒乳，喷雾单拍是六十九，满两百减二十，全部包邮。"),
            U("后台显示有两千多个人把它放在购物车里没付款，库存就只剩四位数了，付款慢的肯定没了。", "false_urgency"),
            U("问孩子能不能用的，三岁以上可以用，第一次用先在耳朵后面试一小块，不红不痒再往脸上抹。"),
            U("想拿代理价的，在评论区打个一，我挨个回，回你的那个号你存下来，以后直接找我拿货，不用在这边拍。",
              "off_platform"),
            U("电梯广告里天天放的那个蓝胖子喷雾，里面加了一大堆酒精，喷完脸又红又痒，还好意思卖那么贵。",
              "disparagement"),
            U("安热沙、理肤泉这些也都是不错的防晒，每个人肤质不一样，按自己的情况去选。"),
            U("长得丑就少在我直播间说话，防晒救不了你那张脸，回去重新投个胎吧。", "vulgar"),
            U("最近紫外线强，出门前十五分钟就要抹，一次挤一个一元硬币那么大，两三个小时补一次。"),
            U("它本身就能修复晒伤，晒伤起皮的地方抹上去，第二天就消炎了，一点都不疼。", "medical_claim"),
            U("防晒只是减少晒伤，真晒得起水泡、发烧了，赶紧去医院皮肤科，别自己在家瞎抹。"),
            U("我们这个配方，别家还在追我们三年前的版本，防晒这行里谁都跑不过它。", "absolute_claim"),
            U("这个价品牌方就批了这一场，这场一过去，明年夏天你再来找我，我也给不出这个价。", "false_urgency"),
            U("有句话我说在前头，我们不拉群，也不私聊，所有的订单都在直播间的小黄车里下。"),
            U("说我们是假货的那个蠢货，就你那点工资摸过正品吗，在这儿装什么懂。", "vulgar"),
            U("那些说我们家防晒闷痘的评论，都是别家花钱雇来的水军刷的，大家别信。", "disparagement"),
            U("两支用完，脸上的斑要是没淡，你再来找我，剩下多少我都按原价给你退。", "guarantee_claim"),
            U("开了封的防晒最好一年内用完，别放在车里晒，高温放久了防晒效果会打折扣。"),
            U("今晚的优惠到十二点结束，页面上有倒计时，十二点一过就恢复成一支五十九。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="used_car_fresh11",
        product="二手家用车车行 (used family-car dealer)",
        voice=Voice(duration=1.02, f0=0.86),
        seed=1603,
        chords=(Em, G, C, Am),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.45, bitrate="32k"),
        utterances=(
            U("各位老铁晚上好，这里是咱家二手车行的直播间，今天给大家过几台刚收回来的家用车。"),
            U("第一台是一八年的日产轩逸，一点六的自动挡，表显七万二千公里，白色的。"),
            U("每台车都做过第三方的检测，有一份两百多项的检测报告，下单之前可以在详情页里看。"),
            U("咱家收的车，泡过水的、着过火的、出过大事故的一台都没有，真查出来一台，你来找我拿十倍的钱。",
              "guarantee_claim"),
            U("这台轩逸，外面随便一个车行开口都是八万五，那帮人张嘴就是坑人，我这今天五万八直接开走。",
              "false_price", "disparagement"),
            U("五万八是裸车价，过户费和上牌的手续费另外算，也能做分期，首付三成。"),
            U("这车今年买回去，开上三年再卖，少说还能卖回五万，等于白开三年，亏了的差价我补给你。", "guarantee_claim"),
            U("二手车没有两台一模一样的，每台的情况都不同，看中了建议您自己来店里试驾一下。"),
            U("我们这车况，放到全省的二手车圈子里去，谁敢说比我们干净，我把店门关了。", "absolute_claim"),
            U("那个天天在电视上喊没有中间商的大平台，车都是贩子挂上去的，调过表的一抓一大把。", "disparagement"),
            U("也有人说先去懂车帝、汽车之家上看看行情，这个可以，多对比一下，心里有个数。"),
            U("市交通局车管科的一位科长，去年就在我这儿给他闺女挑了一台，他说全市的车行他就信我一家。",
              "false_endorsement"),
            U("这台车直播间里已经有四十多个人在问了，我跟你们说，这种车在我店里停不过今天晚上。", "false_urgency"),
            U("要砍价的别在直播间里谈，你直接来店里找我，定金先给我转过去就行，平台那个链接不用拍。", "off_platform"),
            U("第二台是二零年的大众朗逸，手动挡，一手车，四万八千公里，保养记录在品牌店里都能查到。"),
            U("有坐骨神经痛的大哥上来坐坐，这台朗逸的座椅托腰托得好，开上一个月腿就不发麻了，针灸都不用去扎了。", "medical_claim"),
            U("问价问了半天又不买的，穷就直说，蹬你的三轮车去吧，别耽误老子卖车。", "vulgar"),
            U("最后一台是一七年的本田飞度，小巧好停车，适合刚拿驾照的新手，价格四万三。"),
            U("就这个价钱这个车况，你在全国给我找出第二台来，我当场给你磕一个。", "absolute_claim"),
            U("我们车行招牌底下喷着一串号码，大家记一下，周末打那个号约看车，有个不在网上报的惊喜价。",
              "off_platform"),
            U("有驾校教练跟我说过，新手的第一台车最好买个二手的，剐了蹭了不心疼，这话我觉得在理。"),
            U("车子都是过户包办的，手续齐全，有没有抵押、有没有违章，过户之前都会给你查清楚。"),
            U("刚刚说车贵的那个小姐姐，你要实在买不起，今晚陪哥出去兜一圈，价钱好商量。", "vulgar"),
            U("省赛车队退下来的那位老队长，自己的代步车就是在我这儿挑的，逢人就说买二手车只认我们家。",
              "false_endorsement"),
            U("我不承诺每台车都完美，二手车嘛，小划痕小磕碰肯定有，该告诉你的我都在视频里讲了。"),
            U("这周末店里搞活动，周六周日两天，到店试驾的送一次免费洗车。"),
        ),
    ),
    HardStream(
        name="postpartum_care_fresh11",
        product="月子会所入住套餐和月子餐 (postpartum confinement centre stays and confinement meals)",
        voice=Voice(duration=1.0, f0=0.9),
        seed=1604,
        chords=(F, Am, G, Em),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.6, bitrate="32k"),
        utterances=(
            U("各位宝妈、准妈妈们好，今天给大家介绍我们月子会所的入住套餐，还有可以单点的月子餐。"),
            U("入住套餐是二十八天，单间带独立卫生间，二十四小时有护士值班，宝宝有专门的育婴师照顾。"),
            U("月子餐一天五顿，营养师按产后的不同阶段来配，第一周以清淡、好消化为主。"),
            U("剖腹产的刀口长不好、老是往外渗脓的，喝上我们的鸽子汤，一个礼拜伤口就长得平平整整。", "medical_claim"),
            U("生完孩子掉头发、情绪低、半夜偷偷抹眼泪的，在我们这住满一个月，抑郁的影子都找不着了。",
              "medical_claim"),
            U("产后情绪不好超过两个礼拜的，一定要跟医生说，我们的护士也会帮忙联系医院的心理门诊。"),
            U("住进来的宝妈，出去的时候肚子一定瘦回怀孕以前的样子，腰围回不去，月子费退一半给你。", "guarantee_claim"),
            U("整个城市的月子会所，服务能做到我们这么细的，你掰着指头都数不出第二家。", "absolute_claim"),
            U("市妇幼保健院的产科主任，自己儿媳妇生孩子就住在我们这儿，还跟她科里的产妇推荐过我们。",
              "false_endorsement"),
            U("门店前台价目表上写的是十二万八，今天在直播间下单，六万八就能住进来。", "false_price"),
            U("六万八是标准单间，景观套房八万八，可以先付两千定金，预产期前一个月再付尾款。"),
            U("刚才又有两个宝妈交了定金，八月份的房我手里就攥着三间，说话这会儿可能又少了一间。", "false_urgency"),
            U("开在商场楼上、天天晒下午茶的那家网红会所，护士都是临时招来的，连证都没有，宝宝交给她们你敢吗。",
              "disparagement"),
            U("每家会所的风格都不一样，像爱帝宫、喜喜这些老牌子也做得不错，建议大家多去几家实地看看。"),
            U("想看房间实拍的别在这儿干等，我主页置顶那条视频里有个电话，打过去报直播间三个字，有专车接你来参观。",
              "off_platform"),
            U("定金要是嫌在平台上付麻烦，直接打到我们财务小刘的卡上也行，我这边给你开收据。", "off_platform"),
            U("宝宝喝了吃我们月子餐下的奶，黄疸退得特别快，生下来带的湿疹也不长了。", "medical_claim"),
            U("宝妈们注意，刚生完最好不要马上大补，下奶的汤要等奶管通了再喝。"),
            U("我们的育婴师都是持证上岗，证书和健康证都挂在会所前台的墙上。"),
            U("评论区那个说坐月子是矫情的大哥，你妈生你的时候怎么没把你塞回去，狗都嫌你。", "vulgar"),
            U("这种服务，说句不客气的，全国都挑不出比我们更贴心的。", "absolute_claim"),
            U("我们的月子餐方子，是跟一位给好几个女明星调理过月子的老中医一起定的，她们出了月子一个比一个上镜。",
              "false_endorsement"),
            U("订了以后万一提前生了或者推后了，入住日期可以免费调整，不另外收钱。"),
            U("这一档的价格是我跟总经理磨了好久才磨下来的，他今晚随时会进来看，看见人多肯定要往上涨。",
              "false_urgency"),
            U("直播间的哥哥们别光顾着看，想看身材的刷个嘉年华，我让做产后修复的小姐姐给你们扭一段。", "vulgar"),
            U("好了，今天就到这里，九点以后入住套餐恢复门店价，有问题在订单页面联系平台客服。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("pearl_fresh11", "sunscreen_fresh11", "used_car_fresh11", "postpartum_care_fresh11"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
