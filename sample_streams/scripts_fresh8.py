"""Eighth batch of held-out labelled streams (manifest_fresh8.json): four more product domains, written once,
never tuned on.

Same label policy as scripts.py, scripts_hard.py and the earlier scripts_fresh*.py (labels = exactly the categories
the sentence itself violates, judged on the text by a person; traps carry none). The sentences were written from
the category definitions only (sample_streams/README.md's label policy, the research catalogue's category
descriptions), without reading the rule base, the tests, the matcher, any labelled test data or the git history,
and without reusing or paraphrasing the example sentences of the catalogue or of the earlier scripts, so that a
score on them is a held-out figure.

What is in them: superlatives as idioms, rank words or comparisons without 最 (独占鳌头, 做到头了谁家也超不过去,
独一档, 拉出来一条都能把别人家吊起来打, 别家都得拿它来校准, 卖得头一份连续几年销量冠军, 说第二没人敢说第一,
找不到更好的), health claims for a desk lamp, yoga trousers, a blood-pressure monitor and a second-hand handbag
with the disease named first or only hinted (假性近视度数退回去, 眼睛干涩发红, 腹直肌分离, 腿上青筋鼓出来,
脉冲把血压往下调药都减了, 头晕手麻心口堵, 颈椎不好肩周炎), promises without 保证 (视力没往上走一行钱打回去,
腰围没小两公分退钱多给一百, 三个月血压回到正常回不去全款退, 转手只会更贵稳赚不亏, 照原价收回去白背几年), prices
against an unprovable reference (商场灯具区标价, 比学校集采的协议价还低, 上个月活动前的标价, 药店柜台贴的价,
上门推销卖给老人的价, 上周店里的标价), urgency without 最后 (开学季单独留的三百台库存见底, 这首歌放完链接就下,
仓库催下架怕超卖, 染缸拆了停产这个颜色, 老年节拨的五百台一分钟掉二十台, 仓库要锁库存, 全球几百只这辈子碰不到,
老板两口子闹离婚关店清仓), contact and payment off the platform (扫墙上的二维码进家长群, 主页简介那串数字,
头像进粉丝群走私人店, 座机号码打在评论区货到付现金, 视频看货钱转卡上, 去另一个平台的账号留言), rivals by
description or nickname (吹自己防蓝光的白色网红灯, 满大街都是的加拿大贵牌子, 对面自称瑜伽老师的女主播, 超市门口
几十块的杂牌, 自称中古一姐的直播间, 做回收的大平台), endorsements off the usual lists and claims to be someone
famous (眼科医院的视光学教授, 国家体育总局训练局的集训队, 我就是健美操世锦赛冠军, 省医院心内科护士站, 我就是养生节目
里讲血压的老主任, 一线女明星背过经纪人寄卖, 海关罚没的包请他看真假), abuse and innuendo aimed at viewers (你也配当
家长, 管好你那张嘴滚出去, 你老公眼睛都直了懂的都懂, 缺德玩意儿嘴臭去刷牙, 一辈子背帆布袋的命少在这放屁).
Traps: disclaimers (台灯只让光线舒服近视去医院验光, 不是医用压力袜去看血管外科, 血压计只管量不管治降压药听医生的,
孕期先问产检医生), specifications and advice with 最/第一 (检测报告在详情页最后一张图, 最好先量臀围, 最好早上起床后测,
第一次用, 第一只, 最后提醒), plain prices and terms (单灯和副灯的价, 单条两条和背心的价, 单机和套装的价能开发票,
分期手续费在结算页, 质保保修, 七天退换运费险), rivals mentioned neutrally (飞利浦、明基, 迪卡侬, 欧姆龙、鱼跃,
别的正规中古店), the registration certificate of a class-II device, the platform's customer service, a warning against
impostors who message viewers privately, innocent 最近/首先/我不敢说它是最便宜的.

Conditions (generate_fresh.py --batch fresh8): desk_lamp_fresh8 like the demo set; yoga_wear_fresh8 rendered like the
demo set and then degraded like degrade.py (1.2x tempo, pink noise and a backing track 10 dB under the speech);
bp_monitor_fresh8 and luxury_bag_fresh8 like generate_hard.py with every condition at once (lower voice f0 0.84 and
0.89, babble of 2 and 3 voices, reverb RT60 0.6 and 0.42 s, AAC 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="desk_lamp_fresh8",
        product="儿童护眼台灯 (eye-care desk lamp for schoolchildren)",
        voice=Voice(duration=1.01, f0=0.98),
        seed=1401,
        chords=(Em, Am, Dm, G),
        utterances=(
            U("哈喽大家好，欢迎刚进来的朋友，今天咱们聊聊孩子写作业用的台灯。"),
            U("这一款灯头能转一百八十度，色温从三千到五千开可以调，亮度分五档。"),
            U("照度和色温的检测报告我们放在商品详情页最后一张图，大家可以自己看。"),
            U("论光线柔和，这盏灯在所有台灯里独占鳌头，谁家也比不了。", "absolute_claim"),
            U("孩子已经有假性近视的，每天晚上在这盏灯底下写两个小时作业，半年下来度数能退回去。",
              "medical_claim"),
            U("要说明一下，台灯只是让光线舒服一点，孩子近视了还是要去医院眼科验光，该戴眼镜就戴眼镜。"),
            U("这盏灯在商场灯具区挂的标价是一千二百九十九，今天直播间三百九十九就带回家。", "false_price"),
            U("单灯是三百九十九，加一个夹子款的副灯是四百五十九，两个价格都在购物车里。"),
            U("眼科医院的视光学教授在讲座上点名推荐这一款，说家长闭着眼买都行。", "false_endorsement"),
            U("用满一个学期，孩子视力表上要是没往上走一行，灯您留着，钱我一分不少打回去。",
              "medical_claim", "guarantee_claim"),
            U("这批货是工厂给开学季单独留的，就三百台，现在库存已经见底了，手慢的下一批要等到十月份。",
              "false_urgency"),
            U("首先教大家怎么摆，灯放在写字那只手的对面，右手写字的就放左边。"),
            U("扫一下我背后墙上那个二维码，拉你进家长群，群里下单比这里便宜五十。", "off_platform"),
            U("有一家天天吹自己防蓝光的白色网红灯，拆开里面就是几块钱的灯珠，闪得跟迪厅一样，伤孩子眼睛。",
              "disparagement"),
            U("有朋友问跟飞利浦、明基比怎么样，它们也是正经大牌子，参数大家可以对照着看，各有各的长处。"),
            U("刷屏说智商税的那位，你这种人也配当家长，给我闭上嘴滚蛋。", "vulgar"),
            U("最近好多家长问有没有频闪，我们拿手机摄像头对着灯拍给大家看，屏幕上没有条纹。"),
            U("蓝光这一项我们是做到头了，再往上已经没有提升的空间，谁家也超不过去。", "absolute_claim"),
            U("运营在旁边给我比手势了，说这个价只挂到这首歌放完，歌一停链接就下。", "false_urgency"),
            U("灯是三年质保，灯珠坏了免费换，售后直接在订单里找平台客服就行。"),
            U("孩子写一会儿作业就揉眼睛、眼睛干涩发红的，换了这盏灯以后那些毛病全没了。", "medical_claim"),
            U("今天这个价比给学校集采的协议价还低，学校拿货都拿不到这个数。", "false_price"),
            U("灯座底下有防滑垫，电源线长一米八，插座离桌子远一点也够用。"),
            U("第一次用的时候，把灯臂拉到离桌面四十公分左右，光刚好铺满一张试卷。"),
            U("今天就讲到这里，最后提醒一句，不管用什么灯，孩子每写四十分钟都要起来看看远处。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="yoga_wear_fresh8",
        product="裸感瑜伽裤和运动背心 (yoga trousers and sports tops)",
        voice=Voice(duration=0.97, f0=1.06),
        seed=1412,
        chords=(F, Dm, G, C),
        utterances=(
            U("姐妹们好，今天上的是裸感瑜伽裤和运动背心，刚进来的先点个关注。"),
            U("面料是锦纶加氨纶，氨纶含量百分之二十五，四面弹，深蹲也不透。"),
            U("这个面料的贴合度，说是全行业独一档，真不是我吹。", "absolute_claim"),
            U("生完孩子肚子松、腹直肌分离的姐妹，每天穿着它练二十分钟，两个月肚子就收回去了。",
              "medical_claim"),
            U("腿上青筋一根根鼓出来的，这条裤子有压力分级，穿一阵子那些筋就平了。", "medical_claim"),
            U("先说清楚，它不是医用的压力袜，腿上有静脉的毛病要去看血管外科，别指望一条裤子。"),
            U("上个月活动前这条标的是五百九十八，今天直接打到一百二十九。", "false_price"),
            U("单条一百二十九，两条二百三十九，背心单拍六十九，尺码表在详情页。"),
            U("我就是上一届健美操世锦赛的冠军，我自己比赛训练穿的就是这一条。", "false_endorsement"),
            U("国家体育总局训练局的教练组，给集训队一次就订了三千条。", "false_endorsement"),
            U("穿着练满三十天，腰围要是没小两公分，你把裤子寄回来，我退钱还多给你一百。", "guarantee_claim"),
            U("黑色的码子只剩两位数了，仓库一直在催我下架，说再卖就超卖了。", "false_urgency"),
            U("工厂明天就停产这个颜色，染缸都拆了，今天拍不到就真没了。", "false_urgency"),
            U("想拿货做代理的，主页简介里那串数字就是我的号，备注瑜伽，私聊给你批发价。", "off_platform"),
            U("下单别在这拍，点我头像进粉丝群，群里发链接走私人店，便宜三十。", "off_platform"),
            U("那个满大街都是的加拿大贵牌子，穿两次就起球，纯纯交智商税。", "disparagement"),
            U("也有人问迪卡侬的怎么样，平价里面做得挺扎实的，预算少的买它也没问题。"),
            U("问屁股大能不能穿的那个，先管好你那张嘴，阴阳怪气的，不买就给我滚出去。", "vulgar"),
            U("这条裤子一穿上，你老公晚上眼睛都直了，懂的都懂。", "vulgar"),
            U("最好先量一下臀围再选码，腰围卡在两个码中间的就选大一码。"),
            U("洗的时候冷水手洗，别进烘干机，第一次穿之前先过一遍清水。"),
            U("论不卷边不勒肚子，这条裤子随便拉出来一条都能把别人家的吊起来打。", "absolute_claim"),
            U("对面那个天天喊自己是瑜伽老师的女主播，她那裤子是拿泳衣料子做的，一出汗就有味儿。",
              "disparagement"),
            U("七天内都能退换，吊牌别剪，在订单里申请就行，运费险我们送了。"),
            U("怀孕的姐妹练瑜伽之前先问问产检医生，动作千万别勉强。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="bp_monitor_fresh8",
        product="上臂式家用电子血压计 (home upper-arm blood-pressure monitor)",
        voice=Voice(duration=1.01, f0=0.84),
        seed=1423,
        chords=(Am, G, F, Em),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.6, bitrate="32k"),
        utterances=(
            U("叔叔阿姨们下午好，今天咱们说说家里量血压用的电子血压计。"),
            U("这款是上臂式的，袖带周长二十二到四十二厘米，一般胳膊粗细都套得上。"),
            U("它是二类医疗器械，注册证号印在盒子侧面，买之前可以自己查一查。"),
            U("高血压的老人每天早上套上测一测，它那个脉冲能顺便把血压往下调，有的人药都减了。",
              "medical_claim"),
            U("血压计只管量，不管治，降压药吃不吃、吃多少，一定听医生的，千万别自己停。"),
            U("准确度这一块，它就是血压计里的标准答案，别家都得拿它来校准。", "absolute_claim"),
            U("省人民医院心内科的护士站，每张床头配的都是我们这个型号。", "false_endorsement"),
            U("我就是养生节目里讲了十几年血压的那个老主任，我推荐的东西大家尽管放心。", "false_endorsement"),
            U("药店柜台里同一款贴的是六百八，在我这里一百九十八还包邮。", "false_price"),
            U("单机一百九十八，加一个大号袖带的套装是二百二十八，都能开发票。"),
            U("每天坚持测，配合我们送的那套呼吸操，三个月血压稳稳回到正常，回不去全款退给您。",
              "medical_claim", "guarantee_claim"),
            U("这批是厂家给老年节备的货，一共就拨了五百台，您看屏幕上的数，一分钟掉了二十台。",
              "false_urgency"),
            U("我儿子在后面说仓库那边要锁库存了，再有十来单就关链接。", "false_urgency"),
            U("不会在手机上下单的叔叔阿姨，把家里座机号码打在评论区，我让闺女打过去，货到了给快递员现金就行。",
              "off_platform"),
            U("超市门口摆的那种几十块的杂牌，量三次出三个数，跟掷骰子一样，买回去就是害人。", "disparagement"),
            U("欧姆龙、鱼跃也都是正规厂家，您家里已经有一台的就不用再买了。"),
            U("说我骗老人钱的，你家里没老人是吧，缺德玩意儿，嘴这么臭先去刷刷牙。", "vulgar"),
            U("头晕手麻、半夜心口堵得慌的，测完配着我们送的降压茶喝，一个月啥事都没有。", "medical_claim"),
            U("量的时候要坐好，先静坐五分钟，胳膊跟心脏一样高，量的时候别说话。"),
            U("一天测两次就够了，最好是早上起床上完厕所、吃早饭以前测。"),
            U("机器保修五年，袖带一年，坏了在订单里找客服，平台给您寄新的。"),
            U("这个型号全中国卖得头一份，连续几年的销量冠军，没有哪个牌子追得上。", "absolute_claim"),
            U("外面上门推销的卖给老人四百八的就是这一台，我这里一百九十八。", "false_price"),
            U("第一次用的把说明书翻到第三页，上面有图，袖带的管子要朝着手心这一侧。"),
            U("最后再说一句，量出来高压连着几天过了一百四的，别光看机器，赶紧去社区医院。"),
        ),
    ),
    HardStream(
        name="luxury_bag_fresh8",
        product="二手中古奢侈品包 (second-hand designer handbags)",
        voice=Voice(duration=0.99, f0=0.89),
        seed=1434,
        chords=(C, Dm, Em, F),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.42, bitrate="32k"),
        utterances=(
            U("各位晚上好，今天直播间全是二手中古包，每一只都单独拍了细节，先看第一只。"),
            U("这只是九成新的，五金有一点点划痕，内衬干净，肩带的边油没有开裂。"),
            U("每只包发货前都过第三方鉴定，鉴定证书跟包一起寄，可以自己扫码核对。"),
            U("要说中古包的成色把关，我们家在圈子里说第二，没人敢说第一。", "absolute_claim"),
            U("这只经典款放家里背两年，转手卖只会比现在贵，稳赚不亏，比存银行强多了。", "guarantee_claim"),
            U("哪天不想背了拿回来，我们照着你买的价收回去，相当于白背几年。", "guarantee_claim"),
            U("上周这只在我们店里标的是三万二，今天直播间一万二到手。", "false_price"),
            U("这只是一万二千八，支持分期，分期手续费在结算页写得清清楚楚。"),
            U("这只是一位一线女明星自己背过的，她经纪人亲手拿来寄卖的，照片我不方便放。", "false_endorsement"),
            U("我们的鉴定师给拍卖行掌过眼，海关罚没的包都是请他去看真假。", "false_endorsement"),
            U("这个颜色全球就出了几百只，国内流通的一只手数得过来，今天错过这辈子碰不到第二只。",
              "false_urgency"),
            U("老板娘跟老板闹离婚，店要关了，这一批全部清仓，清完就散伙。", "false_urgency"),
            U("贵的这几只不在链接里挂，想看的私下找我，视频给你看实物，钱直接转我卡上。", "off_platform"),
            U("想要的款在这找不到的，去我简介里那个小红书号留言，我那边有全部库存。", "off_platform"),
            U("隔壁那个自称中古一姐的直播间，卖的一半是高仿，被人抓到好几回了。", "disparagement"),
            U("也有人在别的中古店买过，正规店都有鉴定，货比三家是应该的。"),
            U("问是不是假货的那个，你买得起吗，一辈子背帆布袋的命，少在这放屁。", "vulgar"),
            U("这只是小羊皮的，背着不压肩，颈椎不好、肩周炎的姐姐背它，肩膀慢慢就不疼了。", "medical_claim"),
            U("这种成色、这种价格，整个市场上你找不到更好的了，闭着眼拍。", "absolute_claim"),
            U("我不敢说它是最便宜的，但是每一只的瑕疵我都给你讲明白，不藏着掖着。"),
            U("收到货七天内不喜欢可以退，鉴定扣别拆，在平台上申请退货就行。"),
            U("提醒一下，有人冒充我们私信说能打折，那不是我们，所有交易只在平台上走。"),
            U("那个做回收的大平台，收你包的时候压价压得跟抢劫一样，鉴定师一半是刚毕业的学生。",
              "disparagement"),
            U("最近天气潮，皮包放防尘袋里，里面塞点纸，别跟樟脑丸放在一起。"),
            U("这只的尺寸是长二十五、高十八、宽十二，能放下手机和一把折叠伞。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("desk_lamp_fresh8", "yoga_wear_fresh8", "bp_monitor_fresh8", "luxury_bag_fresh8"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
