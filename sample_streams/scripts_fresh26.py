"""Twenty-sixth batch of held-out labelled streams: four household domains no earlier batch touched, spoken the way hosts really talk.

Products: an electric pressure cooker (ordinary demo conditions), arch-support orthopaedic insoles (fast and noisy),
hand-made cold-process soap and a dual-control electric blanket (both under the four hard conditions). Hosts address
家人们 / 宝子们 / 姐妹们 / 老铁们 in short spoken sentences with every number said in Chinese words.

Same label policy as scripts.py (labels = the categories the sentence itself violates, judged on the text). The
violations avoid textbook keywords: superlatives built freely (找不出第二口, 独一份, 没对手, 天花板), diseases hinted
through the audience or the symptom (老胃病, 脚后跟一着地就疼, 老寒腿, 宫寒), promises without 保证 (不见好我把钱原样退给你,
漏了我上门给你换新的), reference prices against counters nobody can check (商场专柜标的, 医疗器械店里同款, 吊牌上写的),
urgency without 最后 (这一轮, 倒数十个数, 这一波库存清完就不进了), authorities described rather than named (国宴后厨的大师傅,
卫生部门的人, 国家队的队医, 消防那边的人), contact by slang (头像上的号码, 小绿, 那个绿色的, 外面的群), rivals run down by
description (做了几十年的老牌子, 号称运动科技的大牌子, 网红皂工作室, 某多多), and contempt or innuendo (让门夹了, 闲得蛋疼,
站街, 没脑子的玩意儿).

Traps stay unlabelled: honest specs (七十千帕, 氢氧化钠皂化, 一百二十瓦, 国标认证), disclaimers and advice to see a doctor,
最近 / 第一次 / 最后 / 最好 in innocent use, negated comparisons (不是全网最便宜的, 不敢说它是顶好的), in-platform 小黄车 and
私信客服, honest shipping and first-person experience.
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="pressure_cooker_fresh26",
        product="电压力锅 (electric pressure cooker)",
        voice=Voice(duration=1.0, f0=1.0),
        seed=3101,
        chords=(C, Am, F, G),
        utterances=(
            U("家人们晚上好，今天厨房专场，给大家上一口五升的电压力锅。"),
            U("说句实在话，炖肉能炖得这么软烂的锅，整个市面上你找不出第二口。", "absolute_claim"),
            U("锅盖上有三重防护，限压阀、浮子阀，还有一个开盖保护。"),
            U("家里老人胃不好的，用它熬小米粥天天喝，一个月就不反酸了，不见好我把钱原样退给你。", "medical_claim", "guarantee_claim"),
            U("商场专柜标的一千二百九十九，今天我们直播间三百六十九就带走。", "false_price"),
            U("内胆是五层复合的，带不粘涂层，洗的时候拿软布擦一下就好。"),
            U("那个做了几十年的老牌子，锅胆薄得跟纸一样，用半年就鼓包，谁买谁后悔。", "disparagement"),
            U("首先把排骨冷水下锅焯一遍，然后再放进压力锅里。"),
            U("好几位国宴后厨的大师傅都在用这口锅，电视上那个美食节目也专门拍过。", "false_endorsement"),
            U("这个价我就放这一轮，等会儿换下一个品，链接就改回去了。", "false_urgency"),
            U("想多买几台送亲戚的，点我头像，上面有个号码，咱们不走这边，我直接给你发。", "off_platform"),
            U("弹幕那个说锅会炸的，你脑子是不是让门夹了，没用过就闭上你的臭嘴。", "vulgar"),
            U("最近好多家人问能不能做蛋糕，可以的，它有一个烘焙模式。"),
            U("它的工作压力是七十千帕，在国家标准的范围里面，大家放心用。"),
            U("血糖高的老人吃它压出来的杂粮饭，饭后那个数一直挺稳，药都能少吃点。", "medical_claim"),
            U("这口锅你就踏踏实实用，十年八年都不会漏气，漏了我上门给你换新的。", "guarantee_claim"),
            U("我第一次用的时候还有点怕，听见排气那个声音吓一跳，后来就习惯了。"),
            U("压力锅只是做饭的工具，血糖血压的问题还是要按时去医院复查。"),
            U("这口锅是几个营养学会的教授一起挑出来的，连卫生部门的人都点过头。", "false_endorsement"),
            U("别的直播间卖四百多的同款，我们今天砍到一半都不到。", "false_price"),
            U("小黄车一号链接就是它，想要别的颜色在规格里面选。"),
            U("后台就剩两位数了，抢完就回到七百多，手快的先拍。", "false_urgency", "false_price"),
            U("那些九块九包邮的杂牌锅就是一堆破铜烂铁，卖那玩意儿的良心都喂了狗，一帮孙子。", "disparagement", "vulgar"),
            U("定时最长可以定二十四个小时，早上放好料，晚上回家就能吃。"),
            U("尿酸高、老痛风的家人们，用它煲的汤喝上一阵，关节那个疼就找不着了。", "medical_claim"),
            U("这口锅压出来的米饭，说它是天花板都算谦虚了，谁家都比不过。", "absolute_claim"),
            U("我们的价格不是全网最便宜的，但是售后是厂家直接管的。"),
            U("发货是从广东仓出，一般两三天能到，偏远地区会慢一点。"),
            U("现在不下手，下一场就不是这个价了，厂家只肯让这一回。", "false_urgency"),
            U("有什么问题直接私信客服，订单在平台上都查得到。"),
            U("好了家人们，喜欢的点个关注，我们明天晚上同一时间见。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up 1.2x and buried in noise and music.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="arch_insoles_fresh26",
        product="足弓支撑矫形鞋垫 (arch-support orthopaedic insoles)",
        voice=Voice(duration=0.98, f0=1.02),
        seed=3102,
        chords=(Am, F, C, G),
        utterances=(
            U("宝子们下午好，今天给大家带来一款足弓支撑鞋垫，可以照着自己的鞋码剪。"),
            U("扁平足的小朋友垫上三个月，足弓就慢慢长起来了。", "medical_claim"),
            U("腰间盘突出、膝盖疼的，垫上这双走路就不疼了，不管用你拿回来，我一分不少退你。", "medical_claim", "guarantee_claim"),
            U("这个支撑结构在鞋垫这一行里是独一份，别人家仿都仿不出来。", "absolute_claim"),
            U("医疗器械店里的同款卖六百八，咱们今天一百二十九一双。", "false_price"),
            U("材料是记忆棉加一块热塑的足弓片，厚度大概五毫米。"),
            U("那个号称运动科技的大牌子，鞋垫就是一片海绵，垫两天就塌，纯纯割韭菜。", "disparagement"),
            U("第一次垫的时候脚心会有点顶，这是正常的，一般一个礼拜就适应了。"),
            U("好多大医院骨科的主任都让病人买这一款，说比他们院里配的还强。", "false_endorsement"),
            U("这一批工厂就给了我三百双，拍完了就没得补了。", "false_urgency"),
            U("要给单位批量采购的，搜我名字后面那串数字，加上了咱们私下算。", "off_platform"),
            U("弹幕里那个一直刷骗人的，你是不是闲得蛋疼，没钱就滚一边去。", "vulgar"),
            U("站着上班、脚后跟一着地就疼的，垫上一礼拜筋膜炎就消了，不消我自己掏钱赔你。", "medical_claim", "guarantee_claim"),
            U("尺码是三十五到四十五，拿不准的可以看详情页里的对照表。"),
            U("鞋垫不是药，脚疼得厉害的话，还是要先去医院拍个片子。"),
            U("我自己跑步跑了五年，换了这种带足弓的鞋垫，跑完脚底确实没那么累。"),
            U("最近天气热，鞋垫可以拿出来用凉水手洗，别扔洗衣机里。"),
            U("孩子走路内八、外八的，垫上半年腿型就正过来了，不正过来你来找我。", "medical_claim", "guarantee_claim"),
            U("我不敢说它是顶好的，可是同一个价位里面，用料算是扎实的。"),
            U("这个价你翻遍整个网都找不到更低的，吊牌上写的三百九十九，今天两双才一百八十八。", "absolute_claim", "false_price"),
            U("倒数十个数，数完这个链接我就下了，今天不会再上。", "false_urgency"),
            U("下单以后四十八小时内发货，走的是普通快递，偏远地区要多等两天。"),
            U("想要定制款的，评论区扣个一，我让小助理拉你进咱们外面那个群，群里付款更便宜。", "off_platform"),
            U("国家队的队医都拿这个给运动员用，电视台体育频道还专门讲过。", "false_endorsement"),
            U("首先把鞋子里原来的垫子拿出来，再把这双放进去，后跟对齐。"),
            U("今天拍的一百二十九，明天就涨回三百多，现在不拍就是白白亏两百。", "false_price", "false_urgency"),
            U("地摊上十块钱那种鞋垫就是垃圾，买那玩意儿的脑子里装的都是浆糊。", "vulgar", "disparagement"),
            U("有问题可以私信客服，支持七天无理由，剪过的除外。"),
            U("小黄车二号是儿童款，三号是成人款，大家别拍错了。"),
            U("别家那些鞋垫摆在它旁边就是一堆破布，论支撑力没有一个打得过它。", "absolute_claim", "disparagement"),
            U("最后提醒一下，刚开始每天先垫两三个小时，再慢慢加。"),
            U("好啦宝子们，点个关注，下周同一时间见。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four hard conditions (lower voice, babble, reverb, 32 kb/s).
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="handmade_soap_fresh26",
        product="冷制手工皂 (hand-made cold-process soap)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=3103,
        chords=(Dm, G, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("姐妹们晚上好，今天给大家带来我们工作室自己做的冷制手工皂。"),
            U("这块皂洗一个月，皮肤不变细腻我整单退给你，连运费都不用你出。", "guarantee_claim"),
            U("湿疹、脚气、头皮屑，用这块皂洗上半个月就都没了，没好你来找我。", "medical_claim", "guarantee_claim"),
            U("这么温和的皂，你跑遍哪家都买不到第二块一样的。", "absolute_claim"),
            U("商场进口皂的柜台，这么大一块卖一百六十八，我们今天三十九。", "false_price"),
            U("成分是橄榄油、椰子油、乳木果油，加氢氧化钠皂化，晾了六个礼拜。"),
            U("超市里那些香皂全是工业油脂加香精，洗多了脸都要烂。", "disparagement"),
            U("我第一次做皂的时候配比没算好，切出来全是碎渣。"),
            U("皮肤科的大夫来我们工作室看过，说这个配方他们都敢推荐给病人用。", "false_endorsement"),
            U("今天这个价就这一场，明天开始回到六十九，想要的抓紧。", "false_urgency", "false_price"),
            U("要批量做伴手礼的，看我头像那个小绿，私聊给你出厂价，不用在这儿拍。", "off_platform"),
            U("那个说手工皂是智商税的，你懂个锤子，一天天的在这儿放屁。", "vulgar"),
            U("宝宝身上起红疹子的，用这块洗两天就退了，比药膏还好使。", "medical_claim"),
            U("皂要放在沥水的皂盒里，别泡在水里，不然化得很快。"),
            U("洗到第三块还不见效，钱全退，这话我撂这儿了。", "guarantee_claim"),
            U("皂是偏碱性的，洗完脸觉得紧绷，后面抹一点保湿霜就好。"),
            U("好多明星的化妆师私下找我们订，说进组拍戏前都拿它洗脸。", "false_endorsement"),
            U("这个价就给大家十分钟，倒计时一到链接马上改价。", "false_urgency"),
            U("那些网红皂工作室用的是现成皂基，融了再倒一遍就说是手工，专骗小姑娘。", "disparagement"),
            U("最近天冷了，洗完手记得擦点护手霜。"),
            U("这是普通的清洁用品，皮肤有毛病的还是去医院看看，别指望一块皂。"),
            U("长斑的、有黄褐斑的，用这块洗三个月，斑就淡得差不多了。", "medical_claim"),
            U("这块皂起的泡沫细到什么程度，整个圈子里就没人能做到这么绵。", "absolute_claim"),
            U("一块大概一百克，正常洗脸可以用一个多月。"),
            U("想要内部价的，评论区打个一，我让助理挨个加你，你直接扫码转给她。", "off_platform"),
            U("小黄车三号链接是无香款，孕妇和敏感肌可以选这个。"),
            U("一晚上光看不买的，跟站街的一样在那儿杵着，图个啥呀。", "vulgar"),
            U("我们不是什么大品牌，包装也简单，钱都花在油上了。"),
            U("别看标的是三十九，我们自己成本都要四十多，是亏着卖给大家的。", "false_price"),
            U("发货会用气泡袋包好，压坏了可以拍照找客服补发。"),
            U("有问题私信客服，平台上都有记录。"),
            U("好了姐妹们，今天就到这儿，喜欢的点个关注。"),
        ),
    ),
    HardStream(
        name="electric_blanket_fresh26",
        product="双人双控电热毯 (dual-control electric blanket)",
        voice=Voice(duration=1.02, f0=0.88),
        seed=3104,
        chords=(Em, Am, Dm, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("老铁们晚上好，天冷了，今天给大家上一款双人双控的电热毯。"),
            U("这毯子发热有多匀，市面上你拿哪家来比都得服气，压根没对手。", "absolute_claim"),
            U("这条毯子睡十年，线路出一点毛病，我这边一分钱不要给你换新的。", "guarantee_claim"),
            U("老寒腿、风湿的，铺着睡一冬天，开春腿就不疼了，不好使我把钱退你。", "medical_claim", "guarantee_claim"),
            U("超市里同款标价五百九十八，咱们直播间今天一百四十九。", "false_price"),
            U("功率是一百二十瓦左右，三档调温，过热会自动断电。"),
            U("那个老牌子的电热毯，里面的线跟头发丝一样细，睡着睡着就冒烟。", "disparagement"),
            U("我第一次给我爸买的时候他还嫌麻烦，现在一入冬就自己铺上了。"),
            U("消防那边的人来厂里测过，说咱家这毯子放心用，回去还给单位的人推荐。", "false_endorsement"),
            U("这一波库存清完就不进了，明天再来就是空的。", "false_urgency"),
            U("要十条以上的老板，看我主页那串数字，加个好友私下聊，咱们走线下。", "off_platform"),
            U("那些还在弹幕里叨叨的，冻死你们活该，一帮没脑子的玩意儿。", "vulgar"),
            U("宫寒、痛经的姐妹，每天晚上铺着睡，一个月以后那几天就不遭罪了，不管用找我。", "medical_claim", "guarantee_claim"),
            U("睡前提前半小时打开，睡觉的时候调到低档就行。"),
            U("外面这层布套可以拆下来洗，里面的发热线不能沾水。"),
            U("电视台那个讲养生的老大夫，节目里拿出来给观众看的就是我们这款。", "false_endorsement"),
            U("别家直播间那种几十块的，就是拿电线缠在布上，烧着了都没人管。", "disparagement"),
            U("倒数三个数，这个价就收回去了，三，二，一。", "false_urgency"),
            U("失眠的老人铺上它，身上一暖和，那些安眠药就能慢慢停了。", "medical_claim"),
            U("电热毯不要折起来用，铺平了再开，这个很重要。"),
            U("有糖尿病、腿脚没知觉的老人，别开高档，最好先问问医生。"),
            U("我敢说今年冬天你能买到的取暖的东西，就数它最省电，谁也比不了。", "absolute_claim"),
            U("商场卖三四百的，今天一百四十九还送两个枕套，这价搁哪儿都是白捡。", "false_price"),
            U("最近好多老铁问能不能铺在沙发上，可以，小号的那款正合适。"),
            U("问价格的别在这儿问了，加我那个绿色的，备注电热毯，我私下给你算。", "off_platform"),
            U("下了这个链接，今年冬天就不会再有这个价了。", "false_urgency"),
            U("某多多上那些都是贴牌的破烂，买那种的脑子都冻坏了吧，活该挨冻。", "disparagement", "vulgar"),
            U("毯子有国标的认证标志，型号和检测报告都放在详情页了。"),
            U("快递走顺丰，下单以后两天内发出。"),
            U("有问题找平台客服，或者私信客服，七天无理由。"),
            U("最后跟大家说一句，用完记得拔插头。"),
            U("好了老铁们，今天就到这儿，明晚八点见。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("pressure_cooker_fresh26", "arch_insoles_fresh26", "handmade_soap_fresh26", "electric_blanket_fresh26"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
