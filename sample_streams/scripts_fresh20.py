"""Twentieth batch of held-out labelled streams (manifest_fresh20.json): four more product domains, written once,
never tuned on.

The four hosts sell car window film, Shaoxing yellow rice wine, broken-wall reishi spore powder and a slimming
coffee. They talk the way livestream sellers do on Douyin, Kuaishou and Taobao Live: they address the room as 老铁们,
家人们 or 姐妹们, wander from the product to the clock, the stock and the comment feed, answer a viewer's question
in passing and slide back into the pitch. Roughly half the sentences break a rule, and they avoid the textbook
keywords: superlatives are built freely (nobody can arm-wrestle it, 找不出第二家, 天花板, 独一份, nobody sells lower);
diseases are hinted or named before the promise rather than after a 治 (老寒腿, 放化疗以后, 结节囊肿, 血糖高,
便秘); results are promised with 拿人格担保, 打包票, a wager to be scolded or a refund-and-keep-it offer rather than
保证; reference prices come as a 4S-shop quote, a maker's suggested retail price, a winery-door price, a
hospital-gate shop price or a counter price; authorities are a national motorcade supply line, car bloggers, a state
banquet, an intangible-heritage expert, an academy professor, a TV health-show doctor, a foreign clinic's
dietitians and idol groups; rivals are a "some American old brand", a streamer surnamed Wang, the pink-box coffee,
pharmacy powder and supermarket wine; contact is moved off the platform with the homepage digits, the winery's
landline, an assistant who adds you, a private transfer and the little green bubble; insults and sexual innuendo
are aimed at viewers. The traps are disclaimers (not medicine, not the cheapest, not bulletproof, pregnant women
should not drink), advice with 最好/头一回/最近, real specifications (heat rejection, alcohol content, sachet weight,
water temperature), the in-platform 小黄车, 粉丝团 and 私信客服, an honest clock time and shipping cut-off, a
seller's own experience told as his own, and illnesses mentioned only to warn people off.

The car-film stream is rendered under demo conditions; the yellow-wine stream is sped up 1.2x and buried in noise
and music; the reishi and slimming-coffee streams get all four hard conditions (lower voice, two or three babble
voices, reverb, 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="car_film_fresh20",
        product="汽车贴膜 (car window film and installation)",
        voice=Voice(duration=1.0, f0=1.0),
        seed=2501,
        chords=(C, Am, F, G),
        utterances=(
            U("老铁们晚上好，今天直播间就干一件事，聊聊汽车贴膜。"),
            U("先说清楚，我们家这款是前挡加侧后挡的全车套装。"),
            U("这个隔热，说句不谦虚的，整个行业没人能跟它掰手腕。", "absolute_claim"),
            U("实验室测的隔热率是百分之六十多，报告就挂在小黄车详情里。"),
            U("我自己车上贴了两年，夏天进车里确实没以前那么闷了。"),
            U("贴上它十年不起泡不褪色，这话我撂这儿了。", "guarantee_claim"),
            U("路边几百块贴一整车的，说白了就是一层塑料纸糊弄你。", "disparagement"),
            U("四儿子店给你报价三千八，我这边一千出头就能搞定。", "false_price"),
            U("那个美国老牌子的膜，贴一年就发紫起泡，谁贴谁后悔。", "disparagement"),
            U("有老铁问防爆，实话说它能防碎玻璃飞溅，但不是防弹的啊。"),
            U("眼睛不好、有白内障苗头的老铁，贴了它开车都不流眼泪了。", "medical_claim"),
            U("爱晒斑的姐姐贴上它，脸上那些斑自己就慢慢淡下去了。", "medical_claim"),
            U("这批膜跟给国家车队供货的是同一条产线下来的，懂的都懂。", "false_endorsement"),
            U("工期的话，一般上午送车，下午四五点就能提车。"),
            U("厂家建议零售价标的三千二，今天直播间一千一百八十八。", "false_price"),
            U("安装的都是干了十几年的老师傅，边角收得干干净净。"),
            U("想约师傅上门的别在评论区问了，去我主页那串数字找我。", "off_platform"),
            U("评论区那个嫌贵的，穷就直说，别在这儿装懂车帝。", "vulgar"),
            U("我们家不是最便宜的，但每一卷膜都有防伪码可以查。"),
            U("质保卡上印着膜的批号，凭卡去合作门店都能免费重贴。"),
            U("刚才那波又被拍走一大半，后台就剩几套了，手慢别怪我。", "false_urgency"),
            U("最近好多老铁问深色膜年检能不能过，前挡一定选透光高的。"),
            U("论隔热论清晰度，这款膜在圈子里就是天花板级别的存在。", "absolute_claim"),
            U("车展上好几个汽车大博主的车贴的都是这款，人家专业的都认。", "false_endorsement"),
            U("今天直播间下单的，到店报一下直播间，多送一个后视镜防雨膜。"),
            U("真有质量问题，直接私信客服走平台售后，别私下跟师傅谈钱。"),
            U("石子崩上来玻璃一道裂都不会有，我拿脑袋跟你担保。", "guarantee_claim"),
            U("新车刚提的老铁，最好放个三五天散散味再来贴。"),
            U("好了老铁们，现在十点二十，我们再讲十分钟就下播。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up 1.2x and buried in noise and music.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="yellow_wine_fresh20",
        product="黄酒 (Shaoxing yellow rice wine)",
        voice=Voice(duration=0.98, f0=1.02),
        seed=2502,
        chords=(Am, F, C, G),
        utterances=(
            U("老铁们双击走一波，今天给大家上的是绍兴老家的手工黄酒。"),
            U("这一坛五斤装，酒精度十五度左右，冬天温着喝最舒服。"),
            U("我们这酒啊，绍兴城里你找不出第二家酿得这么地道的。", "absolute_claim"),
            U("手脚冰凉、一到冬天老寒腿就犯的，睡前来一小杯。", "medical_claim"),
            U("坐月子的喝上它，气血补得足足的，下奶都快。", "medical_claim"),
            U("未成年和孕妇别喝啊，开车的老铁也别碰，酒就是酒。"),
            U("这酒当年可是上过国宴的，外宾来了都点名要。", "false_endorsement"),
            U("超市那些几块钱一瓶的，全是酒精勾兑的糖水，喝了上头。", "disparagement"),
            U("酒厂门口零售三百六一坛，老铁们今天一百二十八拿走。", "false_price"),
            U("老铁们别急，一个一个来，我先开一坛给大家看看颜色。"),
            U("一天两小杯，三个月下来血管都软了，血脂蹭蹭往下掉。", "medical_claim", "guarantee_claim"),
            U("窖里统共就挖出这四十来坛，错过了你就等明年吧。", "false_urgency"),
            U("那个姓王的主播卖的黄酒，我敢说一半是兑的水。", "disparagement"),
            U("那个老哥说喝了头疼，喝酒别贪杯，一次一两就够了。"),
            U("要整箱批发的扣个一，我把咱酒坊的座机号念给你。", "off_platform"),
            U("你个瓜娃子，没钱就别在这儿刷屏问能不能便宜。", "vulgar"),
            U("喝了它晚上那方面都顶得住，嫂子第二天都得给你煮鸡蛋。", "medical_claim", "vulgar"),
            U("我爷爷那辈就在酿酒，我从小是闻着酒糟味长大的。"),
            U("这酒糖分是有的，控糖的老铁少喝一点，别贪嘴。"),
            U("省里的非遗专家来尝过，当场说这是他喝过的头一份。", "false_endorsement", "absolute_claim"),
            U("这个价只给今天这一场的老铁，明晚再来就是另一个数了。", "false_urgency"),
            U("我们不是最便宜的黄酒，但料是实打实的糯米和麦曲。"),
            U("到货有破损的，拍个视频私信客服，补发退款都行。"),
            U("小黄车一号链接，一坛装两坛装都有，自己看着拍。"),
            U("看这颜色，琥珀色的，挂杯也厚，倒出来香味就出来了。"),
            U("喝了不上头，第二天起来脑袋清清爽爽，我拿人格担保。", "guarantee_claim"),
            U("本来标三百九十八的礼盒装，直接砍到一百五，砍得我心疼。", "false_price"),
            U("现在是晚上九点四十，我们十点准时下播，有问题趁早问。"),
            U("行，老铁们喝酒不开车，点个关注，明天接着唠。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four hard conditions (lower voice, babble, reverb, 32 kb/s).
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="reishi_spore_fresh20",
        product="灵芝孢子粉 (broken-wall reishi spore powder, ordinary food)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=2503,
        chords=(Dm, G, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("家人们，今天咱们直播间讲的是长白山的破壁灵芝孢子粉。"),
            U("一盒六十袋，一袋两克，温水冲开就能喝，味道微苦。"),
            U("家里有做过放化疗的老人，术后一直没胃口的，这个真要备着。", "medical_claim"),
            U("我先说一句，这个是普通食品，不是药，不能代替任何治疗。"),
            U("结节啊囊肿啊，吃上三个月，复查的时候你自己看片子。", "medical_claim", "guarantee_claim"),
            U("破壁率做到这个程度的国内就我们一家，别的厂设备都跟不上。",
              "absolute_claim", "disparagement"),
            U("中科院那边的老教授，自己家里常年吃的就是我们这个。", "false_endorsement"),
            U("药房里几十块一瓶的，说白了就是拿木头渣子磨的粉。", "disparagement"),
            U("医院门口那些保健品店，这一盒标两千六，我们这边六百八。", "false_price"),
            U("最近换季，家人们早晚多穿件衣服，别贪凉。"),
            U("我自己吃了大半年，早上起来精神头好一点，这是我个人感受。"),
            U("有家人说她在吃降压药，药千万别停，这个替代不了药。"),
            U("今天吃下去，没效果你回来骂我，我就站这儿让你骂。", "guarantee_claim"),
            U("头茬的就这一批，谁抢到算谁的，下回再来就是二茬货了。", "false_urgency"),
            U("想长期拿货做代理的，评论区打个代字，我让助理加你。", "off_platform"),
            U("我们的价格真不是全网最低，但每一批都有第三方检测报告。"),
            U("检测报告在商品详情页第三张图，有疑问私信客服要原件。"),
            U("你不买就别在这儿叨叨，跟个长舌妇似的烦不烦。", "vulgar"),
            U("吃上它，这辈子就跟感冒发烧说再见了。", "medical_claim", "guarantee_claim"),
            U("电视上那个养生节目的老中医，点名推荐的就是我们这个牌子。", "false_endorsement"),
            U("冲的时候水温别太高，六十度左右，太烫了容易结块。"),
            U("原价一盒一千九百八，今天拍一发三，算下来一盒不到三百。", "false_price"),
            U("赠品只有今晚这一场，下了播这个链接我就撤了。", "false_urgency"),
            U("孕妇、哺乳期和过敏体质的，吃之前最好先问问医生。"),
            U("头一回买的家人们，先拍一盒试试，不用一下囤那么多。"),
            U("这个孢子粉在整个灵芝行当里，就是天花板，没有之一。", "absolute_claim"),
            U("怕平台扣点的，直接转账给我，我这边再让你一百。", "off_platform"),
            U("现在是九点整，我们九点半准时抽奖，大家别走开。"),
            U("好，家人们有问题私信客服，我们下周二同一时间见。"),
        ),
    ),
    HardStream(
        name="slimming_coffee_fresh20",
        product="减肥咖啡 (slimming coffee, ordinary food)",
        voice=Voice(duration=1.02, f0=0.88),
        seed=2504,
        chords=(Em, Am, Dm, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("姐妹们晚上好，今天咱们不卖别的，就这一款咖啡。"),
            U("一盒二十条，每条十二克，热水冷水都能冲开。"),
            U("早上一条代替早饭，一个月掉十斤肉，我身边好几个都做到了。",
              "medical_claim", "guarantee_claim"),
            U("小肚子、大象腿、拜拜肉，喝它就能一点一点收回去。", "medical_claim"),
            U("我得说一句啊，咖啡就是咖啡，管住嘴迈开腿才是正经事。"),
            U("配方是国外减重医院的营养师团队做的，好几个女团都在喝。", "false_endorsement"),
            U("那些网红代餐奶昔，喝了就是交智商税，钱全打水漂。", "disparagement"),
            U("专柜卖四百九十九一盒，直播间今天给姐妹们一百零九。", "false_price"),
            U("肚子胀、好几天上不出来的，喝上一包当天就通了。", "medical_claim", "guarantee_claim"),
            U("我刚开始喝的时候也跑了两趟厕所，喝一周就习惯了。"),
            U("圈子里身材数一数二的那几个博主，私下都在囤这款。", "false_endorsement"),
            U("喝不瘦全额退，退完这一盒你还留着喝，我不心疼。", "medical_claim", "guarantee_claim"),
            U("咖啡因是有的，下午四点以后别喝，心脏不好的也别碰。"),
            U("想跟我一起打卡的，来我的小绿泡泡，我每天在群里盯你们。", "off_platform"),
            U("胖成那样还舍不得这一百块，活该没人要。", "vulgar"),
            U("厂家刚发消息说这个口味停产了，拍完这些就真没了。", "false_urgency"),
            U("最近天热，做成冰美式的喝法也可以，加冰块就行。"),
            U("这个价在整个减肥咖啡赛道里，找遍了也没人比我低。", "absolute_claim", "false_price"),
            U("别家那个粉色包装的，喝了满脸起痘，好几个粉丝吃过亏。", "disparagement"),
            U("姐妹们加一下粉丝团，每周三有专属券，记得领。"),
            U("喝它不用节食，火锅烧烤照样吃，体重照样往下走。", "medical_claim"),
            U("这个口感，说真的，市面上的减肥咖啡里它是独一份。", "absolute_claim"),
            U("今晚十二点前拍的，明天一早就从仓库发出去。"),
            U("平台提醒过，喝了就瘦、停了不反弹这种话不能讲，我也不讲。"),
            U("有宝宝问孕妇能不能喝，不能，哺乳期也别喝。"),
            U("喝了大半年的老粉都说，停了也不反弹，这个我敢打包票。", "medical_claim", "guarantee_claim"),
            U("屏幕前的骚妹妹们，瘦下来了晚上老公都得黏着你。", "vulgar"),
            U("有问题直接私信客服，别信评论区里让你加好友的。"),
            U("好了姐妹们，喝完记得回来晒体重，咱们明晚八点见。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("car_film_fresh20", "yellow_wine_fresh20", "reishi_spore_fresh20", "slimming_coffee_fresh20"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
