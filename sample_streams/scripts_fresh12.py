"""Twelfth batch of held-out labelled streams (manifest_fresh12.json): four more product domains, written once,
never tuned on.

Same label policy as scripts.py, scripts_hard.py and the earlier scripts_fresh*.py (labels = exactly the categories
the sentence itself violates, judged on the text by a person; traps carry none). The sentences were written from
the category definitions only (sample_streams/README.md's label policy, the research catalogue's category
descriptions), without reading the rule base, the tests, the matcher, any labelled test data or the git history,
and without reusing or paraphrasing the example sentences of the catalogue or of the earlier scripts, so that a
score on them is a held-out figure.

What is in them: superlatives as slang and images (土鸡蛋圈子里的天花板够都够不着, 卖了八年桌子没见过哪个牌子能跟它
掰手腕, 别家想抄都抄不来整个行业就这一棵独苗, 全国的艾条摆一块论纯度排头一个没得商量, 排在前头的还没生出来, 整个圈子里
只有我们的课是教授亲手设计的), health claims for eggs, a study desk, moxa patches and a coding course with the
condition named first (血脂高血管堵体检单上的箭头全下去了, 挑食个子蹿不上去, 吃凉的胃疼蒸蛋羹胃药收起来, 脑袋埋进本子里假性
近视拉回来, 高低肩驼背脊柱侧弯背自己挺直, 每个月那几天疼得打滚, 老寒腿骨刺化掉, 宫寒怀不上, 感冒发烧熏大椎第二天退,
注意力不集中坐不住多动症没了, 老年痴呆不容易得, 智力发育慢说话晚比康复训练见效快), promises without 保证 (长不高回来找
我, 散黄发臭一盒赔十盒, 分数上不去全额退, 用完一盒不够热东西留着全款退, 奥赛初赛拿不下学费原路退, 考不进前五免费再陪一年),
prices against an unprovable reference (城里有机生鲜店一盒卖, 商场儿童家具区同款吊牌价, 药房里同样五年陈的艾条, 线下
机构一学期), urgency without 最后 (攒了一礼拜就剩两百来盒三分钟抢空, 浅蓝色就剩三十几套再要排到开学以后, 七百多人卡在
付款页厂长要撤链接, 五年陈的艾绒就剩这一缸, 链接被拍了两轮不敢说第三轮还能上, 名额一刷新又少了二十多个撑不到九点, 校长
只给直播间开这一次), contact and payment off the platform (地址电话打在公屏上挨个打过去直接转钱, 头像上的名字去绿色聊天
软件里搜进群付钱, 主页简介里的一串数字艾条直接从我这拿不走店, 扫身后牌子上的码转给教务老师), rivals by description or
nickname (隔壁县卖蛋的网红从批发市场拉货抹鸡屎, 狗东上主打网红款的护眼桌甲醛熏人, 别人家艾条掺树叶锯末, 外面打着编程
旗号搭积木的机构, 那个大机构一个老师对着五十个孩子念课件), endorsements off the usual lists (省农科院搞家禽的老教授让
研究生每月拉两箱, 省台美食节目主持人, 北京三甲医院眼科主任贴海报, 教育局给学校配的课桌是我们代工的, 中医药大学老教授亲手
改配方, 省中医院康复科病房在用, 市教委领导家的孩子, 清华计算机系教授), abuse and innuendo aimed at viewers (没脑子的
玩意儿滚远点, 弯腰捡蛋慢慢弯给你看, 抠门爹妈脑子进水, 睁眼瞎去你大爷的, 懂个屁祖宗八代, 刷火箭把衣服往下拉, 跟个臭虫似的
在这恶心人, 大碴子味儿那旮旯回去种地).
Traps: disclaimers (鸡蛋就是普通吃的三高药照吃, 脊柱侧弯去医院骨科桌椅治不了病, 暖贴就是日用品有病痛去医院, 孕妇和
皮肤破损不要用慢性病先问医生, 奖不是买来的, 本课程不承诺任何升学结果), breakage paid piece for piece, specifications and
advice with 最/第一 (第一次买土鸡蛋, 第一次买升降桌, 最好胳膊平放, 第一次用看说明书, 最后一个阶段是竞赛算法, 第一节试听课),
plain prices and terms (拍两盒送保温箱, 桌椅套装送书架, 保修五年免费上门, 组合包邮, 十二期免息, 七天无理由退课按课时
退费), stated end times of an offer (十一点以后恢复, 周日晚上十二点, 六点以后恢复, 十点截止), rivals mentioned neutrally
(德青源、圣迪乐, 护童、西昊, 同仁堂, 编程猫、核桃编程), third-party test report, national-standard test report number,
production licence number, the platform's customer service and 私信客服, innocent 最近, 不是最便宜的.

Conditions (generate_fresh.py --batch fresh12): farm_eggs_fresh12 like the demo set; study_desk_fresh12 rendered like
the demo set and then degraded like degrade.py (1.2x tempo, pink noise and a backing track 10 dB under the speech);
moxa_fresh12 and kids_coding_fresh12 like generate_hard.py with every condition at once (lower voice f0 0.88 and
0.85, babble of 2 and 3 voices, reverb RT60 0.5 and 0.55 s, AAC 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="farm_eggs_fresh12",
        product="林下散养土鸡蛋 (free-range eggs from the seller's own hillside chicken farm)",
        voice=Voice(duration=1.0, f0=1.02),
        seed=1701,
        chords=(G, Em, C, Dm),
        utterances=(
            U("家人们晚上好，我是山里养鸡的小周，今天上的是我们后山林子里散养的土鸡蛋。"),
            U("鸡白天在板栗林里自己刨虫子吃，晚上才回棚，一只鸡一天顶多下一个蛋。"),
            U("一盒三十枚，单个四十五克到五十克，蛋壳颜色有深有浅，这是正常的。"),
            U("这蛋黄一磕开，橙红橙红的，我敢这么讲，在整个土鸡蛋圈子里它就是天花板，别家够都够不着。",
              "absolute_claim"),
            U("家里老人血脂高、血管有点堵的，每天早上给他煮两个，吃上小半年，体检单上那几个箭头全下去了。",
              "medical_claim"),
            U("不过说清楚，鸡蛋就是普通吃的，老人真有三高，药照吃，定期去医院复查。"),
            U("这种品质的蛋，城里那些有机生鲜店一盒要卖一百六十八，咱今天三十枚只要三十九块九。", "false_price"),
            U("拍两盒送一个泡沫保温箱，江浙沪次日达，偏远地区补一点邮费。"),
            U("路上磕破了不用担心，拍个照片，破几个赔几个。"),
            U("孩子挑食、个子蹿不上去的，每天一个蛋，半年下来保准比同班同学高出半个头，长不高你回来找我。",
              "medical_claim", "guarantee_claim"),
            U("省农科院搞家禽的一位老教授来我们鸡场转过，尝了一口就竖大拇指，现在每个月让研究生来拉两箱。",
              "false_endorsement"),
            U("最近天热，蛋收到以后放冰箱冷藏，大头朝上，别用水洗。"),
            U("隔壁县那个天天直播卖蛋的网红，蛋都是从批发市场拉回来的，往壳上抹点鸡屎就敢说是土鸡蛋。",
              "disparagement"),
            U("也有家人拿德青源、圣迪乐跟我们比，那两家是大厂子，供货稳当，我们是小鸡场，各有各的买家。"),
            U("后台说这一批是攒了一个礼拜的，就剩两百来盒了，我这一喊估计三分钟就抢空，犹豫的下回就真没了。",
              "false_urgency"),
            U("想长期订、每礼拜送上门的，别在这拍了，把电话打在公屏上，我让我姐挨个打过去，钱直接转给她。",
              "off_platform"),
            U("公屏上说我们是假土鸡蛋的那个，你个没脑子的玩意儿，自己吃不起就滚远点。", "vulgar"),
            U("第一次买土鸡蛋的家人，教你们一招，打在碗里蛋黄能立起来，这就是新鲜的。"),
            U("我拍着胸脯跟你说，这一盒里要是吃出一个散黄的、发臭的，一盒我赔你十盒。", "guarantee_claim"),
            U("每一批蛋都送第三方检测过，兽药残留的报告就在商品详情页里。"),
            U("吃点凉的就胃疼、嗳气的，每天拿我们的蛋蒸一碗蛋羹，养上一阵，胃药那个瓶子都可以收起来了。", "medical_claim"),
            U("省台那个美食节目的主持人专门来拍过一期，在节目里说这是全省老百姓都该吃上的放心蛋。",
              "false_endorsement"),
            U("刚进来的几个大哥，光看鸡蛋有什么意思，想看主播弯腰捡蛋的，把小心心点满，我慢慢弯给你们看。",
              "vulgar"),
            U("签收以后四十八小时之内发现坏蛋的，都可以找平台客服处理。"),
            U("咱家不是最便宜的，比菜市场贵一截，贵就贵在鸡养得慢。"),
            U("活动价到晚上十一点，之后恢复四十九块九，页面上都标着。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="study_desk_fresh12",
        product="儿童升降学习桌椅 (height-adjustable children's study desk and chair)",
        voice=Voice(duration=0.98, f0=0.97),
        seed=1702,
        chords=(F, C, G, Am),
        utterances=(
            U("哈喽各位爸爸妈妈，今天直播间专场就卖一样东西，孩子写作业用的升降学习桌，还有配套的椅子。"),
            U("桌面一米二乘六十五，手摇升降，高度从五十八厘米调到八十二厘米，桌板还能往前倾零到四十度。"),
            U("孩子写字脑袋恨不得埋进本子里的，换上这套桌椅坐一个学期，假性近视直接给你拉回来，眼镜都不用配。",
              "medical_claim"),
            U("高低肩、驼背、脊柱有点侧弯的，坐我们这把椅子一年，背自己就挺直了，矫正带都可以扔了。",
              "medical_claim"),
            U("这里多说一句，孩子真有脊柱侧弯的，得去医院骨科拍片子，桌椅只能让他坐得舒服点，治不了病。"),
            U("用料、做工、调起来顺不顺手，三样加在一块，我卖了八年桌子，没见过哪个牌子能跟它掰手腕。",
              "absolute_claim"),
            U("狗东上那个主打网红款的护眼桌，桌板是刨花板压的，开箱那股甲醛味能把人熏一跟头，还好意思卖三千多。",
              "disparagement"),
            U("商场儿童家具区同款的吊牌价是四千二百八，咱们直播间今天一千三百九十九，桌子椅子一起带走。",
              "false_price"),
            U("一千三百九十九是桌椅套装，单买椅子是五百九十九，套装再送一个桌面书架和一对防滑脚垫。"),
            U("桌子保修五年，升降的机构坏了免费上门修，这个写在保修卡上的。"),
            U("家长群里都传开了，用我们这套桌椅的孩子，期末平均提了二十分，买回去分数上不去，我全额退给你。",
              "guarantee_claim"),
            U("北京一家三甲医院的眼科主任，自己外孙女就用的这套，还把我们的海报贴在她门诊的宣传栏里。",
              "false_endorsement"),
            U("仓库主管刚给我发语音，浅蓝色就剩三十几套，这场下了播，再想要就得排到开学以后。",
              "false_urgency"),
            U("想要团购价的家长，评论区别问了，记住我头像上那个名字，去那个绿色的聊天软件里搜，进了群我单独报价，钱也在群里付。",
              "off_platform"),
            U("第一次买升降桌的家长记住，先量孩子坐着的时候膝盖到地面的高度，再对着表去调椅子。"),
            U("最近开学季咨询的人多，客服回得慢一点，大家耐心等，有问题都可以在平台上私信客服。"),
            U("一直在公屏上刷贵的那位，给自己孩子花点钱都舍不得，这么抠门生什么娃，脑子进水了吧。", "vulgar"),
            U("这套桌椅是照着国标里儿童家具那一条做的，送检的报告编号大家往详情页最底下翻就能看到。"),
            U("桌子高度怎么调呢，最好是孩子坐下以后，胳膊平放在桌面上，手肘差不多弯成九十度。"),
            U("教育局给学校配的课桌，都是我们厂代工的，全市的小学都在用，你说放不放心。", "false_endorsement"),
            U("别家想抄都抄不来，放眼整个儿童家具行业，能做成这样的就咱这一棵独苗。", "absolute_claim"),
            U("今晚这个价是厂长亲自批的，后台七百多个人卡在付款页，厂长说再不付就把链接撤了。", "false_urgency"),
            U("安装有视频教程，三十分钟就能装好，实在不会装的可以预约师傅上门，上门费我们出。"),
            U("跟护童、西昊这些牌子比，人家做得早，款式也多，预算充足的家长都可以去看看。"),
            U("那个说我们是三无产品的，你个睁眼瞎，去你大爷的，赶紧滚出我直播间。", "vulgar"),
            U("今天的价格到周日晚上十二点，之后恢复一千六百九十九，七天无理由退货都支持。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="moxa_fresh12",
        product="艾草暖贴和手工艾条 (mugwort heat patches and hand-rolled moxa sticks)",
        voice=Voice(duration=1.0, f0=0.88),
        seed=1703,
        chords=(Am, Dm, G, C),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("姐妹们下午好，这一场上的是艾草暖贴和老师傅手工卷的艾条，艾草是南阳收的。"),
            U("暖贴一盒十二片，撕开三五分钟就发热，能热八个小时，贴在衣服外面，别直接贴皮肤。"),
            U("每个月那几天肚子疼得在床上打滚的，来之前三天贴上，连着贴三个月，以后就再也不疼了。",
              "medical_claim"),
            U("膝盖一到阴天就酸胀、上楼梯咯吱响的老寒腿，每天熏二十分钟，一盒熏完，骨刺都能给你化掉。",
              "medical_claim"),
            U("跟大家讲清楚，暖贴就是个日用品，只能让你暖和一点，有病痛的还是去医院看。"),
            U("别人家的艾条点起来满屋子呛眼睛，那都是拿树叶子和锯末掺的，那个烟你闻多了才要生病。",
              "disparagement"),
            U("我们的艾绒是五年陈的，三斤艾叶才出一两绒，你把全国的艾条摆一块儿，论纯度它排头一个，没得商量。",
              "absolute_claim"),
            U("艾条一盒十根，一根能熏四十分钟左右，点着以后离皮肤三到五厘米，别烫着。"),
            U("中医药大学的一位老教授，八十多了还天天熏，我们的配方就是他亲手改的，他带的研究生全用我们家的。",
              "false_endorsement"),
            U("药房里同样是五年陈的艾条，一盒要卖二百九十八，我们今天九十九两盒，还送一个随身灸的小盒子。",
              "false_price"),
            U("暖贴单拍二十九块九一盒，艾条加暖贴的组合一百二十九，包邮。"),
            U("宫寒好几年怀不上的，每天熏肚脐下面那一块，好几个姐妹熏了半年就怀上了，还是双胞胎。",
              "medical_claim"),
            U("你用完一盒，觉得不够热、不够劲，东西留着不用寄回，我照样全款退你，这话是当着几万人讲的。",
              "guarantee_claim"),
            U("最近降温了，晚上贴一片在后腰上，睡觉之前记得撕掉。"),
            U("库房里五年陈的艾绒就剩这一缸了，卷完这批就断货，老师傅说明年都不一定能有。", "false_urgency"),
            U("想学找穴位、要一对一指导的，我主页简介里有一串数字，加上以后我手把手教你，艾条也直接从我这拿，不走这个店。",
              "off_platform"),
            U("有人问孕妇能不能用，孕妇和皮肤破了的地方都不要用，有慢性病的先问问医生。"),
            U("那个说艾灸是骗人的，你懂个屁，你们家祖宗八代都没见过好东西。", "vulgar"),
            U("上个月省中医院康复科组织护士来我们基地学习，现在他们病房里用的就是我们的艾条。",
              "false_endorsement"),
            U("每一批艾条都有质检报告，生产许可证编号印在盒子侧面。"),
            U("感冒发烧的，点一根熏熏后脖子那个大椎穴，比去医院挂水还管用，第二天烧就退了。", "medical_claim"),
            U("刚才直播间又涌进来三千多人，链接已经被拍了两轮了，第三轮还能不能上我真不敢说，手快有手慢无。",
              "false_urgency"),
            U("直播间的大哥们，熏艾是要露肚子的，想看我示范的刷个火箭，我把衣服往下拉一拉给你们看位置。",
              "vulgar"),
            U("同仁堂这些老字号也有艾条卖，那个也挺好，看自己习惯。"),
            U("艾条熏完插回灭火筒里，第一次用的姐妹先把说明书看一遍。"),
            U("今天的直播就到六点，六点以后暖贴恢复三十九块九，售后有问题找平台客服。"),
        ),
    ),
    HardStream(
        name="kids_coding_fresh12",
        product="少儿编程网课 (online coding course for children aged six to twelve)",
        voice=Voice(duration=1.03, f0=0.85),
        seed=1704,
        chords=(C, Am, Em, F),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.55, bitrate="32k"),
        utterances=(
            U("家长们晚上好，我是乐乐老师，这一场讲我们的少儿编程课，六到十二岁都能学。"),
            U("课程分三个阶段，先学图形化编程，再学代码编程，最后一个阶段是竞赛算法，一周两节直播课。"),
            U("孩子注意力不集中、上课坐不住的，学上三个月，多动症的毛病自己就没了。", "medical_claim"),
            U("报了我们的课，明年信息学奥赛的初赛稳稳拿下，拿不下来，学费原路退给你。", "guarantee_claim"),
            U("当然，奖不是买来的，能学到什么程度，看孩子自己下的功夫。"),
            U("市教委有位领导家的孩子就在我们这儿学，他私下跟我讲，以后小升初，编程肯定吃香。", "false_endorsement"),
            U("外面那些打着编程旗号的机构，其实就是让孩子搭积木、玩游戏，老师连本科都没毕业，纯纯割韭菜。",
              "disparagement"),
            U("线下机构一个学期就要一万二，我们一整年九十六节课，今天在直播间报名才三千九百八。", "false_price"),
            U("三千九百八包含教材和一套编程小机器人，可以分十二期免息。"),
            U("我们这个教研团队，放眼全国做少儿编程的，排在我们前头的还没生出来呢。", "absolute_claim"),
            U("第一节试听课是免费的，家长可以陪着孩子一起听，觉得合适再报名。"),
            U("学了我们的课，孩子数学成绩蹭蹭往上涨，期末考不进班级前五，我们免费再陪他学一年。", "guarantee_claim"),
            U("今年的优惠名额只放两百个，刚才一刷新又少了二十多个，照这个速度撑不到九点。", "false_urgency"),
            U("报名的家长不用在链接里拍，直接扫我身后这个牌子上的码，钱转给我们的教务老师，能便宜五百。",
              "off_platform"),
            U("有家长问跟编程猫、核桃编程比怎么样，他们都是大机构，体系完整，可以都去试听对比。"),
            U("一节课四十五分钟，每二十分钟会提醒孩子看看远处，休息眼睛。"),
            U("评论区一直在刷骗钱机构四个字的那位，你自己没出息，就见不得别人家孩子好，跟个臭虫似的在这恶心人。", "vulgar"),
            U("七天无理由退课，开课以后按剩下的课时退费，写在合同里。"),
            U("孩子学了编程，脑子转得快，连老年痴呆都不容易得，大人跟着一起学还能预防。", "medical_claim"),
            U("整个圈子里，只有我们的课是清华计算机系的教授一节一节亲手设计的，名字就印在教材封面上。",
              "absolute_claim", "false_endorsement"),
            U("那个大机构的课，一个老师对着五十个孩子念课件，交了钱就没人管了，谁报谁后悔。", "disparagement"),
            U("这个价格校长只给直播间开这一次，以后再也不会有了，他说错过的家长来找他也没用。", "false_urgency"),
            U("孩子智力发育慢、说话晚的，来上编程课，比去医院做康复训练见效快多了。", "medical_claim"),
            U("打字一股子大碴子味儿的那位，你们那旮旯的孩子学什么编程，回去种地吧。", "vulgar"),
            U("另外提醒一下，本课程不承诺任何升学结果，比赛的证书是行业协会发的，不代表学校认可。"),
            U("今天的报名优惠到晚上十点截止，十点以后恢复四千六百八，有问题找平台客服。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("farm_eggs_fresh12", "study_desk_fresh12", "moxa_fresh12", "kids_coding_fresh12"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
