"""Twenty-eighth batch of held-out streams: a home gel-nail kit, baby hand-and-mouth wipes, "anion" sanitary pads and
a loan-matching agency, four domains a district market regulator meets that no earlier batch used.

Hosts talk the way they do on air: short spoken sentences, 宝子们/家人们/姐妹们/老铁们, numbers spoken as words.
Violations avoid the textbook keywords: superlatives built freely (天花板, 找不出第二包, 就没人能快过我们), diseases
only hinted (指甲发灰发空, 小屁屁红红的, 下面闷得发痒, 整宿睡不着掉头发), promises without 保证 (消不了整箱退,
漏一滴我赔你一箱, 我包你三天之内拿到钱), reference prices against unverifiable counters (柜台上标的, 母婴店里,
超市货架上, 平常门店里收), urgency without 最后 (厂里就压了这一车, 下个月就排不上了), authorities described but not
named (女明星的美甲师, 儿童医院当主任的大夫, 部委下面搞标准的单位, 管金融的部门), contact by slang (主页背景图上的
号码, 绿色那个软件, 企鹅, 小绿, 个人码), rivals run down by description (粉色包装的网红牌子, 蓝色包装的大牌,
街边发小卡片的中介) and contempt or insults at viewers and rivals.
Traps are risky-looking but innocent: honest specs and smells, 最近/第一次/第一时间 in plain use, advice to ask a
doctor or go to hospital, 小黄车/私信客服 inside the platform, honest shipping times, honest rate ranges, a warning
about 保证金 scams, and first-person experience.
"""

from __future__ import annotations

from scripts import Am, C, Dm, Em, F, G, Stream, U, Voice, in_order
from scripts_hard import Conditions, HardStream

# Rendered by generate.render_stream (demo conditions).
ORDINARY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="nail_art_kit_fresh28",
        product="居家美甲套装 (gel nail polish kit with UV lamp)",
        voice=Voice(duration=1.0, f0=1.0),
        seed=3301,
        chords=(C, Am, F, G),
        utterances=(
            U("宝子们晚上好呀，欢迎来到直播间，今天咱们玩点手上的，一整套在家自己做的美甲。"),
            U("这个甲油胶的显色，我敢说整个圈子里没有哪家能跟它比，涂一层就是天花板。", "absolute_claim"),
            U("这套里面有十二瓶甲油胶，一瓶底胶一瓶封层，还有一台小的光疗灯。"),
            U("指甲发黄发厚、摸着空空的那种，涂上两三个月，新长出来的甲干干净净，灰的全没了。", "medical_claim"),
            U("这套在柜台上标的是三百九十九，今天直播间到手八十九。", "false_price"),
            U("光疗灯是四十八瓦的，照六十秒就干，插头是普通的充电口。"),
            U("外面那些几块钱一瓶的胶，全是工业料兑出来的，涂完手指头都得烂。", "disparagement"),
            U("第一次自己做的姐妹别怕，先从纯色开始，涂薄一点就不容易起皱。"),
            U("电视上那个女明星的美甲师，自己用的就是这一套，好几家美业协会的老师都点过头。", "false_endorsement"),
            U("这批货厂里就压了这一车，今晚拍不到的，下回什么时候有我也说不准。", "false_urgency"),
            U("想要批发回去开店的，看我主页那张背景图，上面那串号码加一下，咱们自己走账。", "off_platform"),
            U("弹幕那个说颜色土的，你自己长得土就别怪甲油，回家照照镜子吧。", "vulgar"),
            U("卸甲的时候用配的锡纸和卸甲水，包十分钟就能推下来，千万别硬抠。"),
            U("最近好多宝子问孕期能不能做，这个我不乱说，孕期的话建议先问一下医生。"),
            U("甲沟红肿、老是长倒刺的，每天抹一点配的营养油，一个礼拜就消下去了。", "medical_claim"),
            U("涂完三个礼拜要是掉了一片，你来找我，我一分不少把钱退给你。", "guarantee_claim"),
            U("这个胶是有点味道的，做的时候开个窗，味道散得挺快。"),
            U("底胶、色胶、封层，一层照一次灯，顺序别弄反了。"),
            U("不管你手多笨，照着我的步骤来，做出来就跟店里的一个样，做不出来全退。", "guarantee_claim"),
            U("这个色是研究所里搞了一辈子化学的老教授亲自调的，人家轻易不给别人调。", "false_endorsement"),
            U("吊牌上写的四百二，我今天把这个数划掉，不到一百给你们。", "false_price"),
            U("拍下的话明天下午统一发货，偏远地区可能要多等两三天。"),
            U("三、二、一，链接上了，就给一分钟，一分钟以后恢复三百多。", "false_urgency", "false_price"),
            U("那个粉色包装的网红牌子，就是个骗钱的玩意儿，买它的都是脑子进水的傻帽。", "disparagement", "vulgar"),
            U("我自己手上这个就是十天前做的，天天洗碗拖地，到现在边上还没翘。"),
            U("手上长了那种一块白一块空的指甲，涂这个胶盖着，里头的霉慢慢就给闷没了。", "medical_claim"),
            U("这个光疗灯的亮度，市面上同价位的你随便挑，没一个照得比它透。", "absolute_claim"),
            U("甲油胶开封以后放阴凉的地方，避光保存，大概能用一年左右。"),
            U("还有十几套了啊，我这一轮下完链接就撤，后面不补了。", "false_urgency"),
            U("我们家不是卖得最便宜的，但是每瓶胶都有检测报告，商品页面上能看到。"),
            U("有售后问题直接点小黄车进店铺，或者私信客服，平台上都有记录。"),
            U("好啦宝子们，点个关注，下周三晚上八点，我们来做法式和猫眼。"),
        ),
    ),
)

# Rendered by generate.render_stream, then sped up 1.2x and buried in noise and music.
FAST_NOISY_STREAMS: tuple[Stream, ...] = (
    Stream(
        name="baby_wipes_fresh28",
        product="婴儿手口湿巾 (baby hand-and-mouth wet wipes)",
        voice=Voice(duration=0.98, f0=1.02),
        seed=3302,
        chords=(Am, F, C, G),
        utterances=(
            U("家人们下午好，今天给咱们家里有小宝宝的，带一款婴儿手口湿巾。"),
            U("小屁屁红红的、起小疙瘩的，擦上两天红就退了，比涂药膏还灵。", "medical_claim"),
            U("宝宝嘴边那一圈口水疹，用它擦一个礼拜准能消下去，消不了整箱给你退。", "medical_claim", "guarantee_claim"),
            U("这款湿巾的柔软度，放眼整个母婴圈，找不出第二包比它更软的。", "absolute_claim"),
            U("母婴店里一包要卖二十九，我们今天一整箱才六十九。", "false_price"),
            U("一包八十抽，一箱十二包，湿巾布是无纺布的，比一般的厚一点。"),
            U("那个蓝色包装卖得特别火的大牌，擦完宝宝屁股都是红的，里面加了什么谁知道。", "disparagement"),
            U("我家老二从出生就用这个，现在两岁了，出门包里都会塞两包。"),
            U("儿童医院好几位当主任的大夫，自己家孙子都在用这一款。", "false_endorsement"),
            U("厂家就给了这两千箱，抢没了今年都不会再开这个价。", "false_urgency"),
            U("团购十箱以上的宝妈，私我要个号，去绿色那个软件上我给你算底价。", "off_platform"),
            U("还在那问东问西不下单的，就是抠门抠惯了，穷就直说呗。", "vulgar"),
            U("新生儿天天用这个擦，我打包票一整个夏天都不长痱子。", "medical_claim", "guarantee_claim"),
            U("配料就是水和一点点保湿成分，不加酒精，也没有香精。"),
            U("湿巾开口有个翻盖，用完记得盖严实，不然容易干。"),
            U("最近天气热，快递路上可能会闷，到手要是有漏液的，直接拍照找客服。"),
            U("湿巾不是药，宝宝皮肤破了、渗水了，一定要带去医院看。"),
            U("擦一遍手上的细菌全清干净，宝宝再也不闹肚子，闹了你回来找我。", "medical_claim", "guarantee_claim"),
            U("说句实在话，这个价格这个质量，整个平台你都翻不出更低的了。", "absolute_claim", "false_price"),
            U("三、二、一，上链接，手快有手慢无，晚一秒就是别人的了。", "false_urgency"),
            U("每包底下都印着生产日期和批号，翻过来一看就知道。"),
            U("第一次买的家人可以先拍一包试试，觉得好用再囤整箱。"),
            U("克重是五十克，拿在手里有分量，不是那种一扯就破的。"),
            U("电视台那个育儿节目专门请人来测过，说这款是放心款。", "false_endorsement"),
            U("想让我多塞几包赠品的，钱走我个人码，我这边给你单独安排。", "off_platform"),
            U("线下门店一箱标一百九十八，今天直接砍到六十九，明天一早运营就给改回去了。", "false_price", "false_urgency"),
            U("某多多上九块九一大包的那种，就是拿来擦桌子的破烂，给孩子用的当妈的脑子怕是有坑。", "vulgar", "disparagement"),
            U("拍下以后四十八小时内发货，江浙沪一般两天就到。"),
            U("有什么问题点小黄车进店铺，找在线客服，七天无理由都支持。"),
            U("除了软，它锁水也做得到位，别家那种擦完发干掉渣的，跟它一比就是垃圾。", "absolute_claim", "disparagement"),
            U("宝宝皮肤特别敏感的，建议先在手臂内侧擦一下，观察一天再用。"),
            U("好了家人们，没抢到的点个关注，下次开播第一时间通知你。"),
        ),
    ),
)

# Rendered by generate_hard.render with all four hard conditions (lower voice, babble, reverb, 32 kb/s).
HARD_FRESH_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="sanitary_pad_fresh28",
        product="负离子卫生巾 (\"anion chip\" sanitary pads)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=3303,
        chords=(Dm, G, C, Am),
        conditions=Conditions(babble_voices=2, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("姐妹们晚上好，今天给大家上一款卫生巾，日用夜用都有。"),
            U("用完这一箱，要是下面还闷得难受，你直接来找我，钱原路退给你。", "guarantee_claim"),
            U("那种老是闷得发痒、有点异味的，垫上它两三个周期就清清爽爽，再也不犯。", "medical_claim", "guarantee_claim"),
            U("这个吸收速度，我说句大话，整个行业里就没有比它更快的。", "absolute_claim"),
            U("超市货架上同样的一包要卖四十五，直播间两包才三十九。", "false_price"),
            U("日用是二百四十毫米，夜用是三百三十毫米，一包十片。"),
            U("那个电视上天天打广告的大牌子，里面用的是回收料，垫久了准得妇科病。", "disparagement"),
            U("我自己用了大半年，夜用的晚上翻身也不容易侧漏，这是实话。"),
            U("妇幼保健院好几位老护士长，都让自家闺女用这一款。", "false_endorsement"),
            U("这个价我跟厂长磨了一个月才磨下来，就这一场，下了这场价格就回去了。", "false_urgency", "false_price"),
            U("要拿货做代理的姐妹，加我企鹅，钱直接打我卡上，比平台便宜不少。", "off_platform"),
            U("在弹幕里瞎叫唤的那个男的，大半夜蹲在卫生巾直播间，你是变态吧，滚出去。", "vulgar"),
            U("一到那几天肚子就疼得直不起腰的，换上它，暖暖的，疼就慢慢没了。", "medical_claim"),
            U("最近有姐妹问能不能带上飞机，可以的，这个就是普通的日用品。"),
            U("垫上它一整天都不用换，漏一滴我赔你一箱。", "guarantee_claim"),
            U("每片都是独立包装的，放在包里不会弄脏。"),
            U("有个部委下面专门搞标准的单位，把我们这款拿去当了样板。", "false_endorsement"),
            U("后台仓库就剩几百包了，一会儿拍完就真没了。", "false_urgency"),
            U("那些某宝上几毛钱一片的，说白了就是纸壳子，垫着跟砂纸一样磨。", "disparagement"),
            U("卫生巾就是卫生巾，身体真有不舒服、分泌物不对劲的，还是要去医院看。"),
            U("第一次用夜用款的姐妹，后面加宽的那一截要贴在靠后的位置。"),
            U("芯片里放出来的东西能把下面的坏菌压住，那些反反复复的小毛病慢慢就养好了。", "medical_claim"),
            U("说实话这个舒适度，全国你找不出第二家，天花板就是它。", "absolute_claim"),
            U("拍下以后七十二小时内发货，外包装是不透明的，不用担心尴尬。"),
            U("想要每个月定期给你寄的，看我头像旁边那串数字，钱直接走我这儿，我给你安排。", "off_platform"),
            U("用的时候有什么问题，直接私信客服，小黄车里的店铺也能找到。"),
            U("那些嫌贵的，一个月几十块钱都舍不得花在自己身上，活该过得这么糙。", "vulgar"),
            U("材料检测报告挂在商品详情页第三张图，大家可以放大看。"),
            U("专柜标价一包五十九，我今天就当交个朋友，十九块九。", "false_price"),
            U("夜用的建议睡前换上，早上起来记得及时换。"),
            U("护垫和卫生巾不一样，经期量大的还是要用卫生巾。"),
            U("好啦姐妹们，明天晚上同一时间，我们聊聊护垫怎么选。"),
        ),
    ),
    HardStream(
        name="loan_agency_fresh28",
        product="贷款中介助贷服务 (loan-matching agency service)",
        voice=Voice(duration=1.02, f0=0.88),
        seed=3304,
        chords=(Em, Am, Dm, G),
        conditions=Conditions(babble_voices=3, reverb_rt60=0.5, bitrate="32k"),
        utterances=(
            U("老铁们晚上好，今天不卖货，给手头紧的朋友讲讲贷款怎么办。"),
            U("咱这下款速度，说句不谦虚的，整个行业就没人能快过我们。", "absolute_claim"),
            U("在我们这儿办，征信花了、有逾期的，照样能批下来，批不下来一分钱不收。", "guarantee_claim"),
            U("钱一到账，你那整宿睡不着、头发一把一把掉的毛病，比吃什么药都好得快。", "medical_claim"),
            U("服务费平常门店里收百分之五，今天直播间只收一个点。", "false_price"),
            U("我们是帮你对接银行和持牌机构的，放款的是机构，不是我们自己。"),
            U("那些街边发小卡片的中介，都是些吸血鬼，专门坑你的钱。", "disparagement"),
            U("第一次贷款的朋友先别慌，身份证、银行流水准备好就行。"),
            U("我们跟好几家大行内部都有关系，上面管金融的那个部门也点过头。", "false_endorsement"),
            U("这个低息额度一个月就放这么一批，这周不办，下个月就排不上了。", "false_urgency"),
            U("资料别在公屏上发，加我的小绿，咱们一对一慢慢聊，不在这儿说。", "off_platform"),
            U("弹幕那个说我们是骗子的，连贷款都批不下来的怂货，有什么资格在这儿叫。", "vulgar"),
            U("白户也好，征信黑了也好，只要来找我，我包你三天之内拿到钱。", "guarantee_claim"),
            U("办下来以后利息照样按月还，先息后本还是等额本息，你自己选。"),
            U("利率多少要看你自己的资质，一般是年化百分之三点几到百分之十几不等。"),
            U("电视台财经频道那位老主持人，自己家亲戚就是在我们这儿办的。", "false_endorsement"),
            U("隔壁那个天天投流的大中介，合同里全是坑，签一个死一个。", "disparagement"),
            U("名额还剩十几个，排上了就是你的，过了今晚不一定还有这个口子。", "false_urgency"),
            U("征信上有逾期的，我这有办法给你弄干净，下回再批款稳稳当当。", "guarantee_claim"),
            U("最近监管查得严，正规机构都要面签，这个是正常流程。"),
            U("借钱之前想清楚自己的还款能力，千万不要拆东墙补西墙。"),
            U("整个圈子里能当天放款的，你数来数去就我们一家。", "absolute_claim"),
            U("原本加急要收两千块的加急费，今天看在老铁的面子上全免。", "false_price"),
            U("我们不会让你先交什么保证金，凡是放款前先收钱的，大家都要当心。"),
            U("我们对接的每一家机构，营业执照和牌照在背景板上都挂着。"),
            U("这个通道是内部临时开的，说关就关，今晚不上车，明天就只能普通排队了。", "false_urgency"),
            U("急用钱的，把身份证照片和卡号直接发我小号上，我找人给你加急走。", "off_platform"),
            U("额度批多少都是机构定的，我这边只能帮你把资料准备齐。"),
            U("那帮在评论区带节奏的同行，跟条疯狗似的到处咬人，有本事你们也当天放款啊。", "disparagement", "vulgar"),
            U("以前我自己也背过房贷，知道每个月盯着还款日是什么滋味。"),
            U("有问题可以私信客服，或者点小黄车里的预约，后面有专人给你回电话。"),
            U("好了老铁们，今天就到这儿，明晚八点我们接着聊房贷转贷的事儿。"),
        ),
    ),
)

# The batch's streams in manifest order (generate_fresh.py checks their labels and renders them).
STREAMS = in_order(("nail_art_kit_fresh28", "baby_wipes_fresh28", "sanitary_pad_fresh28", "loan_agency_fresh28"),
                   ORDINARY_STREAMS, FAST_NOISY_STREAMS, HARD_FRESH_STREAMS)
