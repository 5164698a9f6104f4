"""The harder labelled streams (manifest_hard.json): new product domains, spoken-style violations, hard audio.

Same label policy as scripts.py (labels = the categories the sentence itself violates, judged on the text).
These sentences were written from the category definitions in README.md, without reading the rule base, so
they test what the rules have not seen: freely built superlatives (独一份, 口感最细腻), diseases named before
the verb or only hinted (老胃病喝一阵就不犯了), bare reference prices (吊牌价…), promises without 保证
(一个疗程就断根), authorities outside the usual list (卫健委, 疾控中心, 某院士), rivals by nickname (某猫,
那个大品牌), contact by slang (绿泡泡, 企鹅, 看我签名), urgency without 最后 (下一场就没这个价).

Audio conditions per stream (see generate_hard.py): a lower voice (f0 ratio ~0.85), crowd babble (other
TTS voices 12-18 dB under the speech), room reverb (a synthetic impulse response), AAC at 32 kb/s.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scripts import Am, C, Dm, Em, F, G, U, Utterance, Voice


@dataclass(frozen=True)
class Conditions:
    babble_voices: int = 0          # other voices mixed under the speech (0 = none)
    reverb_rt60: float = 0.0        # seconds; 0 = dry
    bitrate: str = "40k"            # AAC bitrate of the encode


@dataclass(frozen=True)
class HardStream:
    name: str
    product: str
    voice: Voice
    seed: int
    chords: tuple[tuple[float, ...], ...]
    conditions: Conditions
    utterances: tuple[Utterance, ...] = field(default_factory=tuple)


# Other voices for the babble: neutral chatter (viewers, a neighbouring stall), never a violation, so a hit
# on babble is a false alarm of the system, not a missing label.
BABBLE_LINES: tuple[str, ...] = (
    "三号链接是什么颜色的，能不能再拿近一点看看。",
    "我刚刚已经拍下了，什么时候能发货呀。",
    "这个尺寸我家里放得下吗，有没有小一点的。",
    "主播今天的衣服挺好看的，在哪里买的。",
    "隔壁老王说他昨天就买了一个，用着还行。",
    "快递一般几天能到，我们这边比较偏。",
    "有没有人一起拼单的，两个人能便宜一点吗。",
    "我先去做饭了，等会儿回来再看。",
    "这个能不能寄到新疆，运费多少钱。",
    "好的好的，我再考虑一下，先收藏了。",
    "今天人好多呀，大家都是从哪里来的。",
    "上次买的那个还没用完，这次先不买了。",
)

HARD_STREAMS: tuple[HardStream, ...] = (
    HardStream(
        name="petfood_hard",
        product="冻干猫粮 (pet food)",
        voice=Voice(duration=1.0, f0=0.85),
        seed=611,
        chords=(C, G, Am, F),
        conditions=Conditions(babble_voices=3),
        utterances=(
            U("哈喽各位铲屎官，欢迎来到直播间，今天给毛孩子们带来一款冻干猫粮。"),
            U("这款粮的蛋白质含量是百分之四十二，主要用的是鸡肉和三文鱼。"),
            U("说实话，这个配方在猫粮里是独一份的，别家根本做不出来。", "absolute_claim"),
            U("猫咪软便、掉毛、泪痕重的，吃上两个礼拜就全好了。", "medical_claim"),
            U("我家两只猫从小吃到大，毛色一直挺亮的。"),
            U("那个大品牌的猫粮，里面全是谷物填充，谁买谁上当。", "disparagement"),
            U("吊牌价三百六十八，今天到手一百一十九。", "false_price"),
            U("这个价下一场就没有了，厂家只给了这一批。", "false_urgency"),
            U("换粮的时候记得新旧混着喂，七天慢慢过渡。"),
            U("肾不好的老猫也可以放心吃，吃一阵指标就降下来了。", "medical_claim"),
            U("某猫上卖的跟我们是同一个工厂，他们那边贵一倍还掺假。", "disparagement"),
            U("宠物医院的院长都在推荐这款，疾控中心也检测过。", "false_endorsement"),
            U("猫咪生病了还是要先带去医院，猫粮不能代替治疗。"),
            U("一袋吃完，瘦猫准能胖两斤，吃不胖我负责到底。", "guarantee_claim"),
            U("想要整箱批发价的，加我绿泡泡，咱们私下走。", "off_platform"),
            U("最近天气热，开封以后记得密封，放在阴凉的地方。"),
            U("第一次买的可以先拍小包装试试，猫咪爱吃再买大包。"),
            U("弹幕那个说我们卖假粮的，你是不是脑子进水了，滚。", "vulgar"),
            U("我们不敢说是最好的粮，但是配料表大家可以自己对比。"),
            U("售后有问题直接找平台客服，七天无理由。"),
            U("已经有好多家人下单了，喜欢的点个关注，下次上新早知道。"),
        ),
    ),
    HardStream(
        name="baijiu_hard",
        product="酱香白酒 (liquor)",
        voice=Voice(duration=0.97, f0=1.0),
        seed=622,
        chords=(Dm, F, C, G),
        conditions=Conditions(reverb_rt60=0.6, bitrate="32k"),
        utterances=(
            U("各位老板晚上好，今天直播间给大家上一款酱香型白酒。"),
            U("五十三度，一瓶五百毫升，用的是本地的红缨子高粱。"),
            U("这个酒是纯粮固态发酵的，配料只有高粱、小麦和水。"),
            U("这个酒口感最细腻，回味最长，同价位里无出其右。", "absolute_claim"),
            U("每天晚上喝一小杯，老胃病喝一阵就不犯了。", "medical_claim"),
            U("这个酒上过国宴，人民日报还专门报道过。", "false_endorsement"),
            U("喝酒不开车，开车不喝酒，未成年人请不要购买。"),
            U("商场里卖八百八十八，我们直播间只要二百九十九。", "false_price"),
            U("外面那些网红款都是酒精勾兑的，喝了头疼。", "disparagement"),
            U("风湿骨痛的老哥试试这个，泡上药材喝一个冬天就不疼了。", "medical_claim"),
            U("这批酒放十年只会越来越香，放坏了我全额退钱。", "guarantee_claim"),
            U("首先倒一点在杯子里，看挂杯，酒花很细。"),
            U("后台显示只剩个位数了，手慢的就等明年吧。", "false_urgency"),
            U("我们家的酒不是最贵的，但是每一瓶都有防伪码。"),
            U("要定制酒的老板，看我签名，加我的企鹅号，私下聊。", "off_platform"),
            U("去年我第一次来这个酒厂，闻到那个窖香就走不动了。"),
            U("酒的储存要避光，放在常温的地方就可以。"),
            U("那些说酱香不好喝的，就是穷惯了喝不起，别来这里狗叫。", "vulgar"),
            U("某院士来厂里考察过，亲口说这个酒值得推荐。", "false_endorsement"),
            U("明天恢复六百九十九，今天不抢就亏大了。", "false_price", "false_urgency"),
            U("最后给大家总结一下，酱香、五十三度、五百毫升。"),
            U("好了老板们，喜欢的点点关注，我们下周同一时间见。"),
        ),
    ),
    HardStream(
        name="birdnest_hard",
        product="即食燕窝、阿胶糕 (tonic food)",
        voice=Voice(duration=1.03, f0=0.9),
        seed=633,
        chords=(F, Am, G, C),
        conditions=Conditions(babble_voices=2, bitrate="32k"),
        utterances=(
            U("姐妹们下午好，今天给大家带来一款即食燕窝，还有一款阿胶糕。"),
            U("一瓶七十克，固形物含量写在瓶身上，大家可以看一下。"),
            U("孕期的姐妹吃这个，宝宝生出来皮肤白，还不容易生病。", "medical_claim"),
            U("这个燕窝是绝无仅有的品质，整个行业都找不到第二家。", "absolute_claim"),
            U("卫健委都点名推荐过燕窝，很多三甲医院的主任也在吃。", "false_endorsement"),
            U("经常熬夜、手脚冰凉、月经不调的，吃一个疗程就断根。", "medical_claim", "guarantee_claim"),
            U("燕窝是普通食品，不能代替药物，身体不舒服还是要看医生。"),
            U("某东上那些便宜的燕窝，十瓶有九瓶是糖水，智商税。", "disparagement"),
            U("厂家建议零售价九百九十九，今天直播间三百九十九拿走。", "false_price"),
            U("阿胶糕吃满一个月，脸色不红润我把钱退给你。", "guarantee_claim"),
            U("我自己坚持吃了三年，最近同事都说我皮肤变好了。"),
            U("这个价格就这一场，下一场就没这个价了。", "false_urgency"),
            U("想要拿货做代理的，留个手机号，我让助理私下联系你。", "off_platform"),
            U("吃燕窝要空腹吃，早上起来一瓶，味道清甜。"),
            U("弹幕里那个说燕窝没用的，你懂个屁，没钱就闭嘴。", "vulgar"),
            U("我们不是全网最便宜的，但是每一批都有溯源码。"),
            U("第一口下去就能吃到很明显的燕丝，不是糊糊。"),
            U("厂家就给了两百单，卖完今年都不会再补货了。", "false_urgency"),
            U("阿胶糕里面有核桃、黑芝麻和红枣，当零食吃也可以。"),
            U("有任何问题找平台客服，我们支持七天无理由退换。"),
            U("血糖高的朋友试试这款无糖的，很多老顾客吃完复查都正常了。", "medical_claim"),
            U("好啦，今天就到这里，爱你们，明天下午两点见。"),
        ),
    ),
    HardStream(
        name="massager_hard",
        product="颈椎按摩仪 (massage device)",
        voice=Voice(duration=1.0, f0=0.87),
        seed=644,
        chords=(Em, C, G, Dm),
        conditions=Conditions(babble_voices=1, reverb_rt60=0.4, bitrate="32k"),
        utterances=(
            U("家人们，今天给大家带来一款颈椎按摩仪，挂在脖子上就能用。"),
            U("一共有三档力度，充一次电可以用一个礼拜。"),
            U("颈椎腰椎的毛病都能调好，坐办公室的必备。", "medical_claim"),
            U("这是目前市面上揉捏手法最逼真的一款，没有之一。", "absolute_claim"),
            U("这个按摩仪是航天员都在用的同款，中央电视台也介绍过。", "false_endorsement"),
            U("每天按十五分钟，肩膀再也不会酸了，按不好全额退。", "guarantee_claim"),
            U("按摩仪不能代替治疗，有基础病的先问问医生。"),
            U("那个大品牌的按摩仪就是个电动玩具，用两天就坏。", "disparagement"),
            U("专柜价一千五百九十九，今天家人们只要三百五十九。", "false_price"),
            U("首先把电极片贴在这两个位置，然后按一下开关。"),
            U("最长可以连续按三十分钟，到时间自动关机。"),
            U("头晕手麻的家人们试试，用完手就不麻了。", "medical_claim"),
            U("库存只剩个位数，错过今天就要等下个月。", "false_urgency"),
            U("想要团购价的扫我主页上的二维码，加绿泡泡私聊。", "off_platform"),
            U("我妈第一次用的时候还有点怕，现在天天抢着用。"),
            U("你们这些白嫖的，看了一晚上一单不下，真够贱的。", "vulgar"),
            U("最近降温了，按完可以顺便开一下热敷功能。"),
            U("某猫旗舰店卖一千多的那款，质量还不如我们的零头。", "disparagement"),
            U("我们的价格不是最低的，但是保修是两年。"),
            U("有问题私信客服，平台上都能查到订单。"),
            U("好了家人们，今天就到这里，我们下次再见。"),
        ),
    ),
)
