"""Fifth batch of held-out labelled streams (manifest_fresh5.json): four more product domains, written once,
never tuned on.

Same label policy as scripts.py, scripts_hard.py and the earlier scripts_fresh*.py (labels = exactly the categories
the sentence itself violates, judged on the text by a person; traps carry none). The sentences were written from
the category definitions only (sample_streams/README.md's label policy, the research catalogue's category
descriptions), without reading the rule base, the tests, the matcher, any labelled test data or the git history,
and without reusing or paraphrasing the example sentences of the catalogue or of the earlier scripts, so that a
score on them is a held-out figure.

What is in them: superlatives as images, comparisons or slang without 最 (天花板, 找不出第二条, 头一号, 碾压局,
陪跑, 靠边站, 镇山之宝, 祖师爷级别), health claims for a tour, a massage gun, a skipping rope, study material and a
mite vacuum with the disease named first or only hinted (老慢支, 骨刺, 腰椎间盘突出, 蹿高三公分, 坐不住老走神,
近视度数往回退, 晚上鼻子痒打喷嚏, 湿疹), promises without 保证 (看不见雪顶退一半团费, 少一公分赔一百, 没涨二十分
双倍赔, 考不上第二年免费再跟, 测出一只螨虫一台换一台), prices against an unprovable reference (旅行社门店, 体育用品店,
去年双十一, 线下培训机构, 线下门店), urgency without 最后 (名额剩九个, 十秒倒计时, 数字往下跳, 五百套被拍走四百,
一万多家长同时在看, 十九八七, 半小时倒计时, 全城两千多户下单), contact and payment off the platform (电话留在评论区
私下报价, 机场出口当面交现金, 私人手机号, 主页小号线下交学费, 转我支付宝), rivals by description or nickname
(九百九的低价团, 某多多, 标志是小猴子的机构, 小程序上约的阿姨, 喊买一送三的那家), authorities off the usual lists
(文旅部领导, 影帝, 国家体育总局训练基地, 奥运冠军, 教育部考试中心, 清华北大的学霸, 人民大会堂, 商务部的标准),
abuse aimed at viewers and a rival (脑子被驴踢了, 死肥宅, 蠢货, 穷鬼, 不要脸的东西).
Traps: 不敢说它是最好的, 我们不承诺提多少分, 除螨仪不是医疗器械, disclaimers for the heart, blood pressure, pregnancy
and pacemakers, specifications (最大转速, 最长续航, 回放最长, 吸力, 海拔), terms and quoted rules (合同不进购物店,
旅游法扣实际费用, 七天内没拆封能退, 网课卡激活不退, 运费险, 保修一年, 持证上岗, 氯漂白别混用), prices stated plainly
(儿童八百, 跳绳六十九, 哑铃一对五百九十九), innocent 最近/第一天/第一次/首道门票/首先/最后, rivals mentioned
neutrally (另一家旅行社, 迪卡侬, 那个很大的家政平台), the platform's customer service and messages, 出版社的防伪查询.

Conditions (generate_fresh.py --batch fresh5): travel_tour_fresh5 like the demo set; fitness_gear_fresh5 rendered
like the demo set and then degraded like degrade.py (1.2x tempo, pink noise and a backing track 10 dB under the
speech); study_books_fresh5 and home_cleaning_fresh5 like generate_hard.py with every condition at once (lower
voice f0 0.86 and 0.88, babble of 2 and 3 voices, reverb RT60 0.4 and 0.5 s, AAC 32 kb/s).
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="travel_tour_fresh5",
        product="云南跟团游线路套餐 (guided group tour package)",
        voice=Voice(duration=0.98, f0=1.03),
        seed=1051,
        chords=(F, C, G, Am),
        utterances=(
            U("朋友们晚上好，今天给大家带的是云南六天五晚的跟团游，昆明进丽江出，我先把行程过一遍。"),
            U("第一天接机入住，第二天去石林，第三天坐动车到大理，晚上住在洱海边上的客栈。"),
            U("这条线路放在整个云南游里就是天花板，你翻遍所有旅行社也找不出第二条这么排的。", "absolute_claim"),
            U("团费里包含往返机票、五晚住宿、景区首道门票和每天的早餐，正餐是八菜一汤。"),
            U("旅行社门店里这个团挂的是六千八一位，今天在直播间下单，三千二就能出发。", "false_price"),
            U("有心脏病、高血压的叔叔阿姨，出发前先问问自己的医生，丽江海拔两千四，车上备着氧气。"),
            U("老慢支的人去丽江住上一个礼拜，那边空气一养，回来咳了好多年的毛病就不犯了。", "medical_claim"),
            U("全程不进购物店，这一条写进了合同，导游要是带你进店，直接找平台客服投诉。"),
            U("这趟去了要是没看见玉龙雪山的雪顶，回来我把一半团费退给你，天气不好也算。", "guarantee_claim"),
            U("文旅部的领导去年下来考察，坐的就是我们的车，回去专门点名表扬了这条线。", "false_endorsement"),
            U("最近昆明早晚温差大，白天穿短袖，晚上得套件外套，行李箱里记得带上。"),
            U("这个价一共只放了四十个名额，我后台看着已经剩九个了，手快有手慢无。", "false_urgency"),
            U("带孩子的问一下，一米二以下的小朋友不占床，只收车位和早餐，一共八百块。"),
            U("想再便宜五百的，把你的电话留在评论区，我让计调私下给你报价，钱直接转到公司账上。", "off_platform"),
            U("外面那些九百九的低价团，就是把人拉过去关在玉石店里宰，谁报谁是冤大头。", "disparagement"),
            U("弹幕里那个说我们是骗子团的，你脑子被驴踢了吧，没钱旅游就滚出去。", "vulgar"),
            U("有朋友说另一家旅行社同样的线路便宜两百，那家住的是市区的酒店，不在洱海边，大家按需要选。"),
            U("出发前七天以上取消的，按合同全额退团费，七天以内的按旅游法的规定扣除实际发生的费用。"),
            U("我们的导游在圈子里那是头一号的，换谁来讲都讲不过她。", "absolute_claim"),
            U("倒计时十秒，十秒一到三千二这个链接我就撤了，再上架就不是这个价了。", "false_urgency"),
            U("最后说一下保险，团费里含旅行社责任险，个人意外险建议大家自己另外买一份。"),
            U("前阵子很火的那位影帝，就是跟我们这个团走的，回来发朋友圈说这是他跟过的良心团。", "false_endorsement"),
            U("包车自由行的不用在这拍，到了昆明机场出口找举我们旗子的人，当面交现金，比线上便宜。", "off_platform"),
            U("今天的线就是三号链接，拍下以后客服会在平台消息里跟你对出发日期。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up and buried in noise and music like degrade.py.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="fitness_gear_fresh5",
        product="筋膜枪、跳绳和可调节哑铃 (home fitness gear: massage gun, skipping rope, dumbbells)",
        voice=Voice(duration=1.04, f0=0.99),
        seed=1062,
        chords=(Em, G, Am, C),
        utterances=(
            U("兄弟们姐妹们，今天是居家健身专场，筋膜枪、跳绳、可调节哑铃都有，先上筋膜枪。"),
            U("这款筋膜枪配了六个按摩头，五档力度，最大转速每分钟三千二百转，充一次电能用两个礼拜。"),
            U("颈椎长了骨刺的，每天拿它打十分钟，那块骨刺慢慢就给你打平了。", "medical_claim"),
            U("腰椎间盘突出的老铁，理疗店不用去了，这把枪就是你家里的理疗师。", "medical_claim"),
            U("说句实在的，这个价位的筋膜枪我不敢说它是最好的，但是手感和声音我自己用着是满意的。"),
            U("用的时候避开脖子前面和骨头凸起的地方，孕妇和装了心脏起搏器的别用，说明书上都写着。"),
            U("国家体育总局训练基地的队员，休息室里人手一把，就是我手上这个型号。", "false_endorsement"),
            U("同价位的筋膜枪放一块比，它就是碾压局，其他的都是陪跑的。", "absolute_claim"),
            U("体育用品店里同款标的是八百九十九，咱们直播间今天三百四十九，还送一个收纳包。", "false_price"),
            U("接下来是跳绳，钢丝绳芯外面包了一层胶，手柄带计数，一根六十九，两根一起拍一百二十九。"),
            U("家里小孩每天跳一千个，一个暑假下来个子起码蹿高三公分，少一公分我赔你一百块。",
              "medical_claim", "guarantee_claim"),
            U("我第一次跳的时候也是一百个就喘，所以新手每组一百个起步，膝盖不好的垫个瑜伽垫。"),
            U("某多多上那种九块九的跳绳，绳子跳两天就断，手柄一摔就裂，纯纯的一堆垃圾。", "disparagement"),
            U("看上面这个数字在跳，三百、两百八、两百五，跳到零就没有这个价了。", "false_urgency"),
            U("哑铃是可调节的，一只从两公斤调到二十公斤，转一下把手就能换重量，一对五百九十九。"),
            U("去年双十一这一对哑铃卖到一千二，今天直播间五百九十九，相当于打了五折。", "false_price"),
            U("想配一整套家庭健身房的，别在这下单，记一下我的私人手机号，幺三八开头，后面几位我打在屏幕上。",
              "off_platform"),
            U("刚才那个说主播胳膊细还卖哑铃的，你个死肥宅先管好自己的肚子，少在这放屁。", "vulgar"),
            U("迪卡侬的哑铃我也买过，质量没毛病，就是固定重量的，一个重量得买一对，我们这个一对能调好几档。"),
            U("奥运冠军代言的那个牌子，电机跟我们是一个厂出的，他本人私底下用的也是我们这款。", "false_endorsement"),
            U("仓库只给我们批了五百套，我这边已经被拍走四百出头了，剩下的就看谁手快。", "false_urgency"),
            U("哑铃这种重货，退回去的运费有运费险兜着，这个是平台出的。"),
            U("哑铃保修一年，把手螺纹坏了的，拿着订单号找平台客服申请换新。"),
            U("好，最后提醒一下，哑铃放地上要轻拿轻放，家里是木地板的记得铺块垫子。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four conditions.
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="study_books_fresh5",
        product="初中教辅书和网课卡 (middle-school workbooks and online course cards)",
        voice=Voice(duration=1.02, f0=0.86),
        seed=1073,
        chords=(Dm, Am, C, G),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.4, bitrate="32k"),
        utterances=(
            U("各位家长晚上好，今天这场是初中的教辅书和网课卡，七年级到九年级都有。"),
            U("先看这套数学同步练习，一套四本，按人教版的章节排的，每一课后面有基础题和提高题。"),
            U("孩子用了我们这套资料，期末数学要是没涨二十分，书钱加网课钱我双倍赔给你。", "guarantee_claim"),
            U("这套题是教育部考试中心出题组的老师亲手编的，跟中考卷子就是一个路子。", "false_endorsement"),
            U("书都是正版，每本封底有防伪码，刮开涂层扫一下，跳出来的是出版社自己的查询页面。"),
            U("我不敢说它是市面上最好的一套，每个孩子底子不一样，适不适合先翻翻样章再决定。"),
            U("什么补习班的讲义，在这套书面前都得靠边站，它就是教辅里的镇山之宝。", "absolute_claim"),
            U("孩子坐不住、上课老走神的，每天听二十分钟我们配的专注力音频，一个学期多动症就好了。", "medical_claim"),
            U("网课卡一共三十六节课，每节四十分钟，激活以后一年内有效，回放最长能看到明年中考结束。"),
            U("这一套在线下培训机构里要三百八十八，今天直播间一百零九，四本全带走。", "false_price"),
            U("网课卡激活的步骤印在卡背面，照着扫一下就行，哪一步卡住了就在订单里点联系客服。"),
            U("那家标志是个小猴子的机构出的卷子，答案错得一塌糊涂，给孩子做就是在害孩子。", "disparagement"),
            U("后台显示全省有一万两千多个家长同时在看这个链接，库存只剩两百多套了。", "false_urgency"),
            U("要报一对一的家长，这里不方便细说，去我主页找那个小号，学费线下直接交给老师，能省一大截。",
              "off_platform"),
            U("弹幕里骂我们割韭菜的那位，你自己孩子考个倒数还有脸在这叫，蠢货一个。", "vulgar"),
            U("退换货按平台规则来，书没拆封七天内都能退，网课卡一旦激活就不能退了，这个先说清楚。"),
            U("孩子做完题一定要自己对答案、改错题，光做不改，做再多也没用。"),
            U("清华北大的学霸备考用的都是这一套，我手上这张就是他们写给我们的推荐信。", "false_endorsement"),
            U("十，九，八，七，数到一我就把链接下掉，下回上架得等到寒假了。", "false_urgency"),
            U("首先说明一下，成绩提高靠的是孩子自己练，资料只是工具，我们不承诺提多少分。"),
            U("这套书用的是护眼纸，孩子写满一个学期，近视的度数能往回退一百度。", "medical_claim"),
            U("报了我们中考冲刺班的，考不上重点高中，第二年免费再跟一遍，跟到考上为止。", "guarantee_claim"),
            U("好了，一号链接是数学，二号是英语，三号是网课卡，下单之前看清楚年级。"),
        ),
    ),
    HardStream(
        name="home_cleaning_fresh5",
        product="上门保洁、重油污清洁剂和除螨仪 (home cleaning service, degreaser, mite vacuum)",
        voice=Voice(duration=0.96, f0=0.88),
        seed=1084,
        chords=(C, F, Am, Em),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("大家好，今天直播间是家政专场，有上门保洁，有厨房重油污清洁剂，还有一台除螨仪。"),
            U("先说保洁，四个小时起订，两位阿姨一起上门，工具和耗材都自己带，你家什么都不用准备。"),
            U("这瓶清洁剂往油烟机上一喷，等三分钟一擦就掉，去油这一块它是祖师爷级别的。", "absolute_claim"),
            U("用的时候戴好手套，别跟含氯的消毒水混着用，放在小孩够不着的地方。"),
            U("一到晚上就鼻子痒、打喷嚏的过敏性鼻炎，每天拿它把床吸一遍，鼻炎就不再犯了。", "medical_claim"),
            U("孩子身上的湿疹反反复复，就是床上螨虫闹的，用它吸满一个月，湿疹自己就消下去了。", "medical_claim"),
            U("除螨仪吸力一万二千帕，带紫外线灯和拍打，最长续航大概四十分钟。"),
            U("阿姨都是持证上岗，身份证和健康证平台都审核过，订单页面上就能看到。"),
            U("线下门店做一次深度保洁收六百，今天直播间拍三百九十九，一样是两个阿姨四个小时。", "false_price"),
            U("吸完以后拿试纸测，床上还能测出一只螨虫的，我一台换一台，再倒贴你五百块。", "guarantee_claim"),
            U("这瓶清洁剂跟人民大会堂后勤用的是同一个配方，那种地方对干净的要求有多高，大家想想。",
              "false_endorsement"),
            U("最近新来的一批阿姨，都在总部培训满一个月才上岗的。"),
            U("小程序上随便约的那种阿姨，进门手脚不干净，丢了东西都没人管，你们也敢用。", "disparagement"),
            U("那个很大的家政平台也能约保洁，价格跟我们差不多，区别是我们的阿姨是自己培训的。"),
            U("包年保洁的老客户别在链接里拍，直接把钱转到我支付宝上，一年我再给你让一千。", "off_platform"),
            U("看右上角，半小时的倒计时已经走了一半，时间一到，这批上门名额就全部关掉。", "false_urgency"),
            U("这会儿全城已经有两千多户人家下了单，阿姨的排班表眼看就排满了。", "false_urgency"),
            U("这里声明一下，除螨仪不是医疗器械，家里人过敏比较严重的，该去医院还是要去医院。"),
            U("那个嫌贵的穷鬼，滚回去自己拿抹布擦，别在我直播间里唧唧歪歪。", "vulgar"),
            U("商务部出的家政服务标准，就是拿我们公司的流程当蓝本写的。", "false_endorsement"),
            U("对面那个天天喊买一送三的卖除螨仪的，不要脸的东西，他那机器里装的是玩具马达。",
              "disparagement", "vulgar"),
            U("付完款平台会发短信告诉你阿姨的名字和上门时间，要改时间在平台消息里改就行。"),
            U("好了，保洁是一号链接，清洁剂是二号，除螨仪是三号，大家按需要拍。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("travel_tour_fresh5", "fitness_gear_fresh5", "study_books_fresh5", "home_cleaning_fresh5"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
