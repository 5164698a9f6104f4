"""Context checks that turn a candidate span into a hit or drop it.

- word boundaries: a short phrase must not sit inside a longer word (第一 in 第一次, 口交 in 路口交通);
  jieba segments only a small window around the candidate, never the whole transcript.
- negation and disclaimers right before the claim (不能治疗疾病, 不敢说是最好的, 不是最便宜的); a one-character cue
  glued to an address is Whisper's mishearing (姐没加我v: 姐妹), not a negation.
- mentions, not claims (`not_a_claim`): quoted or listed words, warnings, a claim named as a thing or found
  false (所谓“根治”系夸大宣传), the object of a prohibition or an unproven point, a law's condition or enumeration,
  words about words, a regulator's finding, and a yes/no question answered no (真的是全网最低吗？不是的).
  A report of what a seller said (当事人在直播中称“该产品可根治糖尿病”) stays a claim: the corpora label it so.
  Every check reads a bounded window around the candidate, so a line costs time linear in its candidates.
Exceptions per rule are plain overlap tests done by the matcher.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from functools import lru_cache

import jieba

from rules import register
from rules.normalize import normalize
from rules.pinyin_index import encode, is_encoded, raw_syllables

_jieba_ready = False
_jieba_lock = threading.Lock()
WINDOW = 6


def ensure_jieba() -> None:
    global _jieba_ready
    if not _jieba_ready:
        with _jieba_lock:
            if not _jieba_ready:
                jieba.setLogLevel(60)
                jieba.initialize()
                _jieba_ready = True


# Particles, modals and other grammatical words: a two-syllable sound-alike holding one is a cut of ordinary speech
# (人要 is no 人妖, 比持要 no 碧池). The matcher's phrases use this list; frame slots use it less 要/有/会/能 (Whisper
# writes 药 as 要: 一个月廷要 is a misheard 停药) and plus 地/得/呀 (rules.frames).
FUNCTION_CHARS = frozenset("的了是要在有会能就都也还和与着过吗呢吧啊嘛么个这那我你他她它们不没很比")


def is_dictionary_word(word: str) -> bool:
    ensure_jieba()
    return jieba.dt.FREQ.get(word, 0) > 0


@lru_cache(maxsize=4096)
def _tokens(window: str, hmm: bool = True) -> tuple[tuple[int, int], ...]:
    """jieba's cut of a short window, as (start, end) pairs. Cached: a claim's window of WINDOW characters either
    side recurs from line to line (the same claim in other chatter, a line asked twice), and each cut costs
    ~70 µs of Python; on 1 MB of short lines 1,658 cuts were of 1,011 windows. jieba's word table is fixed once
    loaded (nothing here adds words), so a window always cuts the same way."""
    ensure_jieba()
    out, pos = [], 0
    for tok in jieba.cut(window, HMM=hmm):
        out.append((pos, pos + len(tok)))
        pos += len(tok)
    return tuple(out)


def inside_longer_word(text: str, start: int, end: int, nt=None, hmm: bool = True) -> bool:
    """True when [start, end) cuts through a jieba word (so it is part of a longer, different word).

    Only a dictionary word counts: jieba's HMM glues runs of unknown characters into made-up tokens
    (脑残才买 → 脑残才 / 买), and a claim word glued to the 才 or 就 after it is still that word.
    With `nt` (text is nt.text), a "word" that spans punctuation the normalisation dropped is none:
    无需店面、包赚不赔 reads 店面包赚 in canonical text, and 面包 there is two clauses' ends.
    hmm=False cuts by the dictionary alone, a third of the time: the HMM only re-cuts runs of single characters,
    so the dictionary words found are the same but where a guessed token happens to be one (31,318 labelled
    lines: five lines' frame hits moved or were added, no category changed; the frames use it, the phrase layer
    keeps the HMM (without it, one probe line gains a false vulgar hit)."""
    lo = max(0, start - WINDOW)
    window = text[lo:min(len(text), end + WINDOW)]
    s, e = start - lo, end - lo
    return any((a < s < b or a < e < b) and is_dictionary_word(window[a:b])
               and not (nt is not None and _spans_break(nt, lo + a, lo + b)) for a, b in _tokens(window, hmm))


def _spans_break(nt, start: int, end: int) -> bool:
    o, c = nt.span(start, end)
    return any(is_break(ch) for ch in nt.original[o:c])


def inside_dictionary_word(text: str, start: int, end: int, longest: int = 4) -> bool:
    """True when a longer dictionary word covers [start, end) in `text` (降压 in 降压药, 结节 in 结节日).

    Unlike inside_longer_word this ignores how jieba happens to segment the line (线/下来 does not
    make 线下 innocent)."""
    ensure_jieba()
    freq = jieba.dt.FREQ
    n = len(text)
    for a in range(max(0, end - longest), start + 1):
        for b in range(max(end, a + 1), min(n, a + longest) + 1):
            if (a, b) != (start, end) and freq.get(text[a:b], 0) > 0:
                return True
    return False


def cuts_two_char_word(text: str, start: int, end: int) -> bool:
    """Does [start, end) begin inside a two-character dictionary word (可|以帮: 可以 is cut at 以)? A sound-alike found
    there is the tail of one word and the head of the next, not one misheard word (以帮 heard in 可以帮你 is no 一般)
    — session 46. (Only the start: a misheard word is often followed by a real one, 最今|天气 for 最近.)"""
    if start <= 0 or start >= len(text):
        return False
    ensure_jieba()
    return jieba.dt.FREQ.get(text[start - 1:start + 1], 0) > 0


def single_token(text: str, start: int, end: int) -> bool:
    """True when jieba keeps [start, end) together as one token (a misheard word, not two words)."""
    lo = max(0, start - WINDOW)
    spans = _tokens(text[lo:min(len(text), end + WINDOW)])
    return (start - lo, end - lo) in spans


# Negation cue, then at most a few filler characters, then the claim: 不敢说是[最好], 不能[治疗].
_NEG_CUES = ("不", "没", "无法", "没法", "没办法", "没有办法", "并非", "别", "谈不上", "算不上", "称不上", "禁止", "严禁", "不准", "不许", "杜绝",
             "避免", "切勿", "勿",
             # advice to be wary of the act (谨慎添加陌生好友, 慎重转账)
             "谨慎", "慎重",
             # a rhetorical question that denies (这哪能降血压, 一个枕头怎么可能治好颈椎病)
             "哪能", "哪里能", "怎么可能", "怎么能", "怎能", "哪有",
             # …and its longer forms (医疗器械只是起辅助作用，哪里有什么疗效) — session 46
             "哪里有", "哪儿有",
             # not playing that game (我们不搞什么全网最低价那一套, 不玩最低价): the claim refused as a practice
             "不搞什么", "不玩什么", "不搞", "不玩",
             # what may not be said (广告法不让说“最”) and what the goods cannot replace (代替不了治疗, 不能替代药物)
             "不让说", "不让讲", "不让用", "不让写", "代替不了", "替代不了", "取代不了", "不能代替", "不能替代", "无法代替", "无法替代",
             "怎么可",       # …whose 能 the claim begins with (怎么可|能治好颈椎病)
             # nobody can (教育这东西没人能打包票, 谁也不敢保证): the claim is denied to anyone
             "没人能", "没有人能", "没人敢", "没有人敢", "没人可以", "没有谁能", "谁也不能", "谁都不能", "谁也不敢", "谁都不敢",
             # hard to do (蚁巢位置隐闭，较难彻底根治; 很难说是最好的): the claim is denied as out of reach — session 47
             "很难", "较难", "比较难", "难以", "极难", "不易", "不容易")
# No evidence that it does (没有科学证据证实…有助治疗新冠, 尚无证据表明…能降血糖): denies whatever follows in the clause.
_NO_EVIDENCE = ("没有证据", "没有科学证据", "没有任何证据", "没有任何科学证据", "没有科学依据", "没有充分证据", "没有充分的证据",
                "缺乏证据", "缺乏科学证据", "缺乏临床证据", "缺乏充分证据", "尚无证据", "尚无科学证据", "并无证据", "目前无证据",
                # the evidence qualified (没有确切证据证明…有预防近视的作用, 暂无可靠证据表明)
                "没有确切证据", "没有明确证据", "没有可靠证据", "没有足够证据", "没有足够的证据", "无确切证据", "尚无确切证据",
                "缺乏确切证据", "缺乏可靠证据", "暂无证据", "暂无确切证据", "暂无可靠证据", "并无科学依据", "缺乏科学依据",
                "尚无科学依据", "没有临床证据", "尚无临床证据")
_FILLER = set("是说敢能会算叫称得上一定可以要太那么这个就都也还再用来去为对于到您你我们它他她真的宣传承诺保证夸张有什么任何应该"
              # 客服不会要求私下转账: what is asked is denied as plainly as what is said
              "求"
              "使含出现涉及标注写以等在把具备彻底完全根本真正"
              # 不是包用一辈子的: 包 (promised) between the negation and the promise it denies
              "包")
# A degree between the negation and the claim is filler: the short ones (彻底, 完全) are _FILLER's characters, these
# are taken out first because they would break its four-character gap (没办法百分百保证, 不能百分之百保证)
_DEGREE = re.compile("百分之百|百分百|100%|十足|完完全全")
# …and so is the scope the claim is made in (这副不是市面上最便宜的, 我们不是网上最便宜的): "not the cheapest on the
# market" denies the superlative as plainly as "not the cheapest".
_SCOPE_WORDS = ("市面上", "市场上", "网上", "全网", "全国", "业内", "行业里", "同价位里", "同价位", "这个价位里", "这个价位",
                "同类里")
# …or the verb of selling or making (我们家不是卖得最便宜的, 不是做得最好的) — session 46, fresh28. Read as written only:
# by sound 卖的 is 买的, and 不买的都是穷鬼 denies nothing.
_VERB_SCOPE_WORDS = ("卖得", "卖的", "做得", "做的")
_SCOPE = re.compile("|".join(sorted(_SCOPE_WORDS + _VERB_SCOPE_WORDS, key=len, reverse=True)))     # the longer first: 同价位里 before 同价位
_NEG_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, _NEG_CUES), key=len, reverse=True)) + ")")
_LOOKBACK = 10
# A qualification not obtained, right before the claim (该种子未通过国家级品种审定, 未取得国家级认证): not a disclaimer
# of the whole clause, which would deny 没通过全额退款 and 没有通过就免费重学 too.
_NOT_OBTAINED = re.compile("(?:未|没有|没)(?:通过|获得|取得|获|列入|入选)过?(?:任何)?$")
# Disclaimers deny whatever follows them in the clause, however many words stand between.
_DISCLAIMERS = ("不敢说", "不能说", "不敢保证", "不能保证", "不保证", "不承诺", "不是说", "并不是说", "没法说", "不好说",
                "不存在", "没有什么", "没有任何形式", "无任何形式", "不提供任何形式", "不存在任何形式", "不会说", "不会承诺", "不具有", "不具备", "并不具有", "并不具备",
                "没说过", "没有说过", "没讲过", "没有讲过", "从没说", "从来没说", "从未说", "从不说", "从来不说",
                # the mandatory notice of health foods and devices: 本品不能代替药物治疗
                "不能代替", "不能替代", "不可代替药", "不替代", "不代替",
                # what the goods are not for (它不是给鸡治病的, 不是用来治疗的)
                "不是给", "不是用来", "不是拿来", "并不是用来",
                # don't count on it (身体有毛病的还是得去医院，别指望它治病)
                "别指望", "不要指望", "不能指望", "别想着靠",
                # 我不说我们的膜是最好的 (but 不说假话 / 不说虚的 / 不说别的 go on to assert: _ASSERTING)
                "不说") + _NO_EVIDENCE
# What Whisper leaves of 不敢说 / 不一定 / 不见得 when it drops or mishears the 不 (敢说是最好的民宿, 又感受是最轻的, 这个一定是最好的):
# a disclaimer only with the concession that follows it in the same sentence (…，但是老板娘做的饭是真香), since 我敢说这是最好的
# alone is a claim — session 49, fresh14–fresh31 recordings.
_DISCLAIMER_REMNANT = re.compile("敢说|敢讲|感受|一定是|一定就是|见得是|见得")
_SUPERLATIVE_AT = re.compile("(?:全网|全国|全球|全市|全省|行业|同类|市面上|史上|国内)?(?:最|第一|顶级|唯一)")   # not 一定是有效的，但要坚持
_CONCESSION_AFTER = re.compile("[^。！？!?；;]{0,14}?[，,、 ]\\s*(?:但|不过|可是)")
_ASSERTING = ("不说假", "不说虚", "不说废话", "不说别的", "不说谎", "不说多", "不说大话", "不说空话", "不说了")


_REPORTED_QUESTION = re.compile("问(?:一下)?(?:[一-龥]{0,6}?)(?:是不是|有没有|能不能|会不会|是否)")
# Quotation marks do not end a clause: 不得使用“最”字 negates the quoted word.
_QUOTES = set("“”‘’「」『』\"'《》")


def is_break(ch: str) -> bool:
    """Does this character end a clause (punctuation, space, control; not a quotation mark)?"""
    cat = unicodedata.category(ch)
    return (cat[0] in "PZC" or ch in "~～…") and ch not in _QUOTES


def crosses_punctuation(original: str, start: int, end: int) -> bool:
    """Does original[start:end] hold a punctuation mark? A sound-alike never spans one: 预防、治 is two clauses,
    not one misheard word (an exact phrase may: 全，网，最，低 is an evasion spelled out)."""
    return any(unicodedata.category(c)[0] == "P" for c in original[start:end])


_NEGATORS = frozenset("不没无未别莫勿")       # not 非: 非常 is "very"


@lru_cache(maxsize=4096)
def flips_negation(term: str, heard: str) -> bool:
    """Is `heard`, a near-sound of `term` (an edit or two away), its opposite? It drops one of the term's
    negations (有优惠 for 没优惠: no syllable of 没 heard) or adds one (没治好 for 能治好). A misheard negation
    keeps its sound (美有 for 没有) and is no flip.
    Cached: the frames' one-syllable edits ask it about the same few words line after line (~1 % of matching)."""
    negations = [c for c in term if c in _NEGATORS]
    if sum(c in _NEGATORS for c in heard) > len(negations):
        return True
    if not negations:
        return False
    heard_sounds = Counter(encode(heard).enc)
    return any(heard_sounds[code] < n for code, n in Counter(encode("".join(negations)).enc).items())


def _last_match(rx: re.Pattern, text: str) -> re.Match | None:
    """The last of rx's matches in text (the one nearest a claim that follows), or None."""
    last = None
    for last in rx.finditer(text):
        pass
    return last


# "Cannot reach the effect of …": the denial comes first, the effect word last, and the claims listed between them
# (无法达到温经通络、散寒化痰的效果; 并不能起到降血压、降血脂的作用) are what is denied — session 46, read harvest.
_NOT_ACHIEVED = re.compile("(?:无法|不能|不可能|并不能|根本不能|没法|没办法|并不会|并没有|不会)(?:达到|起到|实现|取得)|起不到|达不到|实现不了")
_EFFECT_AFTER = re.compile("的(?:效果|作用|功效|疗效|目的)")
_LIST_LOOKBACK = 30


def _list_clause_before(original: str, start: int) -> str:
    """The claim's clause up to it (a list with 、 stays one clause), at most _LIST_LOOKBACK characters."""
    lo = start
    floor = max(0, start - _LIST_LOOKBACK)
    while lo > floor and not (is_break(original[lo - 1]) and original[lo - 1] != "、"):
        lo -= 1
    return original[lo:start]


def _effect_follows(original: str, start: int) -> bool:
    """Does the claim's clause (a list with 、 stays one clause) end in 的效果 / 的作用 …?"""
    hi = start
    stop = min(len(original), start + _LIST_LOOKBACK)
    while hi < stop and not (is_break(original[hi]) and original[hi] != "、"):
        hi += 1
    return _EFFECT_AFTER.search(original, start, hi) is not None


def negated(original: str, start: int) -> bool:
    """Is the claim starting at original[start] preceded, in the same clause, by a negation cue?"""
    lo = max(0, start - _LOOKBACK)
    clause = original[lo:start]
    # The clause ends at the last punctuation/space before the claim: 不说了，全网最低价 is not negated.
    for k in range(len(clause) - 1, -1, -1):
        if is_break(clause[k]) and clause[k] != "、":     # 不具备祛痘、治疗作用: a list stays in its clause
            clause = clause[k + 1:]
            break
    if _no_evidence_before(original, start):
        return True
    clause = normalize(clause).text      # traditional 沒/說 -> 没/说, full-width, case
    clause = _ADDRESSEE.sub(r"\1", clause)     # 不能跟您说 / 不敢给你保证 are the disclaimers 不能说 / 不敢保证
    if _NOT_OBTAINED.search(clause):
        return True
    if _effect_follows(original, start) and _NOT_ACHIEVED.search(_list_clause_before(original, start)):
        return True             # 无法达到温经通络、散寒化痰的效果: the effects listed are the ones denied
    if _REPORTED_QUESTION.search(clause):
        return True             # 有姐妹问是不是最显瘦的: a viewer's question, not the streamer's claim
    if _NOBODY_CAN.search(clause):
        return True             # 没有哪家代充能保证不封号: nobody can promise it, this seller included
    if _NEVER_VIA.search(clause):
        return True             # 客服绝不会通过QQ、微信联系你: the means of contact listed between the denial and the claim
    if _CANNOT_REPLACE_HEARD.search(clause):
        return True             # 不能改替治疗: Whisper's 不能代替 (fresh14), one syllable misheard
    for m in _NEG_RE.finditer(clause):
        a, b = m.start(), m.end()
        if b - a == 1 and 0 < a and b < len(clause) and clause[a - 1] == clause[b]:
            continue        # 是不是 / 有没有 / 能不能: a question, the claim is still made
        if m.group() == "别" and (clause[b:b + 1] in ("的", "人", "家", "处")
                                  or (a > 0 and is_dictionary_word(clause[a - 1:b]))):
            continue        # 别的店 / 别人家 / 同级别 / 特别: "other" or part of a word, not "don't"
        if b - a == 1 and a > 0 and _misheard_address(clause[a - 1], clause[a]):
            continue        # 姐没加我v: Whisper's 姐妹, an address, not "did not"
        if b - a == 1 and clause[:a].endswith(_RHETORICAL):
            continue        # 怎么可能不是全网最低价 / 谁说不是: a denied denial is the claim
        gap = _SCOPE.sub("", _DEGREE.sub("", clause[b:]))
        if len(gap) <= 4 and all(c in _FILLER for c in gap):
            return True
        if _scope_heard_in(gap):
            return True         # 这副不是是面上最便宜的: Whisper's 是面上 is 市面上, heard
        if any(clause.startswith(d, a) for d in _DISCLAIMERS) and not clause.startswith(_ASSERTING, a):
            return True         # 不敢说我们的金价是最低的: a disclaimer covers the rest of its clause
    if (_DISCLAIMER_REMNANT.search(clause) and _SUPERLATIVE_AT.match(original, start)
            and _CONCESSION_AFTER.match(original, start)):
        return True             # 又感受是最轻的，但是…: Whisper's 不敢说是, its 不 lost; the "but" that follows is the disclaimer's
    # Whisper mishears the disclaimer too (簿干说这是最好的): three-syllable disclaimers count by sound — but not a
    # sound carved out of the words really there (没见过世面的土鳖 holds no misheard 没讲过: 见过世面 is a word).
    pt = encode(clause)             # once, not once per disclaimer
    return any(not _crosses_a_word(clause, *pt.span(m.start(), m.end()))
               for m in _disclaimer_sounds().finditer(pt.enc))


def _crosses_a_word(text: str, start: int, end: int, longest: int = 4) -> bool:
    """Does a dictionary word of `text` of three characters or more straddle an end of [start, end) (见过世面 across
    没见过|世面)?"""
    ensure_jieba()
    freq = jieba.dt.FREQ
    for cut in (start, end):
        for a in range(max(0, cut - longest + 1), cut):
            for b in range(cut + 1, min(len(text), a + longest) + 1):
                if b - a >= 3 and freq.get(text[a:b], 0) > 0:
                    return True
    return False


# A warning that some party never reaches you by a channel (平台客服绝不会通过QQ、微信联系你): the channels listed between
# the denial and the contact claim. Not 不用通过平台直接加我 (不用 is no such denial, and 直接/私下 is the lure itself), nor
# 不会用淘宝的话加我微信 (can't use it, not won't): a bare 不会 only before 通过.
_NEVER = "绝不会|绝对不会|决不会|从不会|从来不会|从来不|从不|不会主动"
_NEVER_VIA = re.compile(f"(?:(?:{_NEVER}|不会)(?:主动)?(?:通过|借助|经由)|(?:{_NEVER})(?:主动)?(?:使用|用))"
                        "(?:(?!直接|私下)[一-龥a-z0-9、])*$")


# What the goods cannot replace, as Whisper may print it under babble (不能改替治疗 for 不能代替治疗): a denial, then one
# character and 替, just before the claim.
_CANNOT_REPLACE_HEARD = re.compile("(?:不能|不可以|不可|无法|并不能)[一-龥]替$")


# Nobody can make the claim (没有哪家能保证不掉色, 没有谁敢说自己是第一): the claim follows a denial whose subject is
# "no one", with the goods or the trade between — a gap the filler check above does not allow.
# The same for no such product (没有哪种茶能把血压降到正常, 没有那么神的面霜能让皱纹消失, 没有一种药物能够根治脱发): what it would
# do follows 能把/能让.
_NOBODY_CAN = re.compile("(?:没有|没|并没有|从来没有)(?:哪|谁|任何|一种|一款|那么神|这么神|那么神奇|这么神奇)[一-龥]{0,6}?"
                         "(?:能|敢|可以|会|能够|是)(?:说|讲|称|保证|承诺|把|让|使|帮)?"
                         "(?:自己|自家)?(?:是|就是)?(?:百分百|百分之百|完全|绝对)?(?:行业|业内|全网|全国|市面上)?(?:彻底|根)?$")


@lru_cache(maxsize=1)
def _scope_sounds() -> re.Pattern:
    """_SCOPE's words as Whisper may print them (是面上 for 市面上): their sounds, one search."""
    sounds = sorted({e for e in (encode(w).enc for w in _SCOPE_WORDS) if is_encoded(e)}, key=len, reverse=True)
    return re.compile("|".join(re.escape(s) for s in sounds))


def _scope_heard_in(gap: str) -> bool:
    """Is the gap between a negation and its claim a scope word heard by sound, with only filler beside it?"""
    if not gap or len(gap) > 8:
        return False
    heard = encode(gap)
    if heard.pos is not None:           # Latin inside: sounds and characters no longer line up
        return False
    m = _scope_sounds().search(heard.enc)
    if m is None:
        return False
    rest = gap[:m.start()] + gap[m.end():]
    return len(rest) <= 4 and all(c in _FILLER for c in rest)


# A disclaimer said to someone (我不能跟您说它是最好的, 不敢给大家保证): the listener dropped, the disclaimer stays.
_ADDRESSEE = re.compile("(不敢|不能|不会|没法|不好|不想|不是|并不是|从没|从来没|没有|不)(?:跟|和|对|给|向|替|帮)"
                        "(?:你们|您们|你|您|大家|各位|家人们|宝宝们|姐妹们|老铁们|朋友们)")
_RHETORICAL = ("怎么可能", "哪能", "怎么会", "谁说", "难道", "谁敢说")
_EVIDENCE_LOOKBACK = 30


def _no_evidence_before(original: str, start: int) -> bool:
    """Does the claim's clause say, before it, that there is no evidence (没有科学证据证实这种草药有助治疗新冠)? Read
    further back than the other cues: what the missing evidence would show may take many words."""
    before = original[max(0, start - _EVIDENCE_LOOKBACK):start]
    if "证" not in before and "證" not in before and "依据" not in before:
        return False
    k = max((i for i, ch in enumerate(before) if is_break(ch) and ch != "、"), default=-1)
    clause = normalize(before[k + 1:]).text
    return any(p in clause for p in _NO_EVIDENCE)


# Words a streamer calls the audience by. A one-character cue glued to the first character of one of them,
# sounding like its second (姐没 = jie mei = 姐妹), is that word misheard, not a negation.
_ADDRESS = ("姐妹", "姊妹", "妹妹", "美眉", "老妹", "小妹", "表妹", "学妹", "宝贝", "宝宝", "兄弟", "家人", "亲人",
            "老铁", "朋友", "友友", "老弟", "小伙伴")


@lru_cache(maxsize=64)
def _misheard_address(before: str, cue: str) -> bool:
    sound = encode(cue).enc
    return bool(sound) and any(w[0] == before and w[1] != cue and encode(w[1]).enc == sound
                               for w in _ADDRESS if len(w) == 2)


@lru_cache(maxsize=1)
def _disclaimer_sounds() -> re.Pattern:
    """One search for any three-syllable disclaimer's sound: is one of them in the clause's sound? (A test of
    `d in enc` per disclaimer was ~50 substring tests per candidate and negation cue.)"""
    sounds = [e for e in (encode(d).enc for d in _DISCLAIMERS if len(d) >= 3) if is_encoded(e)]
    return re.compile("|".join(map(re.escape, sounds)) if sounds else "(?!)")


_Q_REACH = 16           # characters from a claim to the question mark that ends its clause
_ASKED_FOR = re.compile("谁|哪|什么|怎么|还有|比")     # 还有比这更低的吗？没有！ — the denial makes the claim
_ANSWER_NO = re.compile("[我们咱其实说实话这个那倒也当然谁都真确就可嗯呃哎诶哈啊]{0,6}"
                        "(?:不是|并不是|没有|并没有|不能|不可以|不会|不行|不一定|不敢|不好说|不可能|没这回事|哪有|不存在|不对)")
_QUESTION_CHARS = frozenset("？?吗嗎么麼嘛")
_AFFIRM = re.compile("[嗯哎诶哈啊对]{0,2}(?:是|能|可以|对|当然|没错|会|有|肯定|必须|绝对|真的|确实|就是|必然)")
_ANSWER_YES = re.compile("不是我?吹|不是说|不夸张|不骗|不瞒|没错|没毛病|没问题|不用|不得不|没得说|不会吧")


def answered_no(original: str, start: int, end: int) -> bool:
    """Is [start, end) asked in a yes/no question that is denied, or that a viewer asked and nobody affirmed?

    只有我们家能做到吗？不是的 / 真的是全网最低吗？我们不敢这么说: the claim is put as a question and denied;
    有姐妹问这个能降血压吗: a viewer's question. A question answered yes (是不是全网最低？是！) still claims, and
    so does one that asks whether anything better exists (还有比这更低的吗？没有！): there the denial is the claim."""
    if _QUESTION_CHARS.isdisjoint(original[end:end + _Q_REACH + 1]):
        return False        # the cheap test first: most claims are not followed by a question
    n = len(original)
    q = end
    ceiling = min(n, end + _Q_REACH)
    while q < ceiling and not is_break(original[q]):
        q += 1
    if q == ceiling < n:
        return False
    lo = start
    floor = max(0, start - _Q_REACH)
    while lo > floor and not is_break(original[lo - 1]):
        lo -= 1
    question = normalize(original[lo:q]).text
    if original[q:q + 1] not in ("？", "?") and not question.endswith(("吗", "么", "嘛")):
        return False
    # a viewer's question: 问 before the claim, in its sentence (有姐妹问，这个能降血压吗)
    ask = original.rfind("问", max(0, start - _Q_REACH), start)
    asked = ask >= 0 and not any(c in _SENTENCE_ENDS for c in original[ask:start])
    a = q
    while a < n and a < q + 3 and is_break(original[a]):
        a += 1
    b = a
    while b < n and b < a + _Q_REACH and not is_break(original[b]):
        b += 1
    answer = normalize(original[a:b]).text
    if not answer:
        return asked
    if answer.endswith(("吗", "么", "呢")) or original[b:b + 1] in ("？", "?"):
        return False        # 不是吗？ — a rhetorical question back, the claim stands
    m = _ANSWER_NO.match(answer)
    if m is not None and not _ANSWER_YES.search(answer[:m.end() + 3]):
        return not _ASKED_FOR.search(question)
    return asked and not _AFFIRM.match(answer)


_OPEN_Q, _CLOSE_Q = "“「『‘", "”」』’"
_QUOTE_CHARS = frozenset("“”「」『』‘’\"")
# ...after a single quoted word, words that talk about it as a word (“第一”一词, “根治”二字); 的表述 / 的说法 do not:
# 当事人使用了“国内最好”的表述 reports what the seller said
_LIST_AFTER = ("等", "之类", "这类", "一类", "这些", "这样的", "字样", "一词", "这个词", "这一词", "二字", "三字", "四字",
               "字眼")
_QUOTE_REACH = 12


# A caution or contraindication names an illness to keep people away, not to cure it: 糖尿病患者慎用, 胃寒者不宜空腹
# 饮用, 腰椎疾病请遵医嘱治疗; and a condition with an instruction: 如出现红肿瘙痒，请立即停用. The marker must be in the
# claim's own clause (能降血压，孕妇慎用 keeps its claim), or, after 如/若/一旦 …, in the next one.
_CAUTION = re.compile("慎用|慎服|慎食|慎饮|禁用|禁服|禁食|忌用|忌服|忌食|不宜|不适宜|遵医嘱|遵照医嘱|咨询医生|"
                      "请咨询|在医生指导下|医师指导|请及时就医|请立即就医|及时就医|"
                      # the goods disowning a cure (牙刷只管把牙刷干净，它治不了病; 有毛病的还是得去医院)
                      "治不了病|不能治病|不治病|代替不了药|不能代替药|不能代替治疗|还是得去医院|还得去医院|"
                      # a limit told (近视只能矫正，不能治愈) and a risk warned of (私下转账风险高, 谨防…)
                      "只能矫正|只能控制|不能治愈|无法治愈|不能根治|无法根治|根治不了|"
                      # 零风险高回报 is a promise, not a warning: the risk word must not follow 零/无/低/没
                      "(?<![零无低没])风险(?:高|较高|很高|较大|极高)|谨防|提防|"
                      # …and said to carry one (私下交易存在很大风险, 有一定的风险, 得不到保障); not 不存在风险 or
                      # 没有风险, which are promises
                      "(?<!不)存在(?:很大|较大|极大|巨大|一定|安全)?的?(?:风险|隐患)|(?<![没无])有(?:很大|较大|极大|巨大|一定)的?风险|"
                      "得不到保障|没有任何保障|不受平台保护|不受保护")
_CONDITION = re.compile("(?:^|[后时])(?:如|若)|如果|一旦|万一|(?:如|若)(?:出现|有|发生|感到|感觉|伴有)")
_INSTRUCTION = re.compile("^(?:请|应|须|需|立即|马上|及时|停止|停用)")


def cautioned(original: str, start: int, end: int) -> bool:
    """Is [start, end) (its first or last character) in a clause of caution, or a condition with an instruction?"""
    lo, sentence = _sentence(original, start, end)
    clauses = re.split("([，,：:；;])", sentence)
    at = 0
    for k in range(0, len(clauses), 2):
        clause = clauses[k]
        if at <= start - lo < at + len(clause) + 1 or at <= end - 1 - lo < at + len(clause) + 1:
            if _CAUTION.search(normalize(clause).text):
                return True
            after = clauses[k + 2] if k + 2 < len(clauses) else ""
            if _CONDITION.search(clause) and _INSTRUCTION.search(after.lstrip()):
                return True
        at += len(clause) + (len(clauses[k + 1]) if k + 1 < len(clauses) else 0)
    return False


# The approved form of a registered health food's label (保健功能：辅助降血脂; 具有缓解体力疲劳的保健功能): the
# function is the one the registration grants, in its approved words. Only these words: 保健功能：降血压、治糖尿病
# names no approved function and stays a claim.
_APPROVED_FUNCTIONS = ("有助于增强免疫力", "增强免疫力", "有助于抗氧化", "抗氧化", "辅助改善记忆", "改善记忆", "缓解视觉疲劳",
                       "缓解视疲劳", "清咽润喉", "清咽", "有助于改善睡眠", "改善睡眠", "缓解体力疲劳", "提高缺氧耐受力",
                       "耐缺氧", "有助于控制体内脂肪", "减肥", "有助于改善骨密度", "增加骨密度", "改善缺铁性贫血",
                       "有助于改善痤疮", "祛痤疮", "有助于改善黄褐斑", "祛黄褐斑", "有助于改善皮肤水分状况",
                       "改善皮肤水分", "改善皮肤油分", "有助于调节肠道菌群", "调节肠道菌群", "有助于消化", "促进消化",
                       "有助于润肠通便", "通便", "辅助保护胃黏膜", "对胃黏膜有辅助保护功能",
                       "有助于维持血脂健康水平", "辅助降血脂", "有助于维持血糖健康水平", "辅助降血糖",
                       "有助于维持血压健康水平", "辅助降血压", "对化学性肝损伤有辅助保护作用", "对化学性肝损伤有辅助保护功能",
                       "对辐射危害有辅助保护功能", "对电离辐射危害有辅助保护作用", "有助于排铅", "促进排铅",
                       "促进泌乳", "改善营养性贫血", "改善生长发育", "缓解疲劳",
                       # the names of the 1996–2003 list, still on older registrations' labels (批准的保健功能为"调节血脂")
                       "调节血脂", "调节血糖", "调节血压", "免疫调节", "延缓衰老", "抗疲劳", "改善胃肠道功能",
                       "对胃粘膜有辅助保护功能", "对胃黏膜有辅助保护作用")
_LABEL_FORM = re.compile("保健功能(?:[：:]|为|是)|的保健功能")


def approved_health_function(original: str, start: int, end: int) -> bool:
    """Is [start, end) "保健功能" itself or inside an approved function, in a sentence in the label form?"""
    lo, sentence = _sentence(original, start, end)
    if _LABEL_FORM.search(sentence) is None:       # on the original: normalising drops the colon
        return False
    text = _sentence_text(original, start, end)
    span = normalize(original[start:end]).text
    if span == "保健功能" or "保健功能".startswith(span) or span.endswith("保健功能"):
        return True
    return any(span in f and f in text for f in _APPROVED_FUNCTIONS)


# A report that retells a claim in its own words, in the register of a case file or a warning: 经查，当事人宣称
# 上述产品具有治疗腰间盘突出的功效 / 讲课的人称，糖尿病可以治愈 / 一些违法保健食品广告…如声称可以治疗某种疾病.
# Published cases label such sentences the regulator's, not the seller's. A claim the report quotes in quotation
# marks (当事人在直播中称“能治疗颈椎病”) is the seller's own words and still counts (the corpus's convention).
_REPORTER = re.compile("当事人|经查|查明|涉事|涉案|该主播|该公司|该企业|该店|该商家|该直播间|该机构|不法商家|不法分子|"
                       "一些商家|部分商家|有些商家|少数商家|违法广告|讲课的人|店员|销售人员|推销人员|业务员|被告|原告|"
                       "据称|据报道|报道|媒体|记者|执法人员|通报|监管部门|市场监管|本案|该案")
_REPORT_VERB = re.compile("含有|包含|使用了|发布了|进行了|进行|实施了|宣称|声称|号称|谎称|自称|称|吹嘘|鼓吹|表示|(?<!来)说|宣传(?![中上里单册片语品])|推介|推销|忽悠|包装|标榜|介绍")
_JUDGED = re.compile("虚假|夸大|欺骗|违法|不法|诱饵|噱头|伪科学|误导|涉嫌|构成|违反|查处|整治|陷阱|骗取|骗局|不实|"
                     "忽悠|冒充|假借|虚构|谎称|吹嘘|鼓吹|幌子|以次充好|乱象|处罚|罚款|责令|违规|不正当")
# The seller's own voice (我们这个能降血压, 家人们…, 你们放心): a sentence that speaks to or for someone is talk,
# not a case file, whatever judgement it also holds (别家都是虚假宣传，我们这个能降血压).
_SELLER_VOICE = re.compile("我|咱|俺|你|您|家人|宝宝们|宝贝们|姐妹|老铁|亲们|朋友们|兄弟们|大家")


def paraphrased_report(original: str, start: int, end: int) -> bool:
    lo, sentence = _sentence(original, start, end)
    k = start - lo
    if _quoted_in(sentence, k, end - lo):
        # 称其护膝“可治疗风湿性关节炎”: the report quotes the seller's words; a quoted term nobody is said to say,
        # judged in its clause (以“全网最低价”为诱饵), is a thing the report names
        return not _said_or_spoken(sentence, k, end - lo) and judged_in_clause(original, start, end)
    text = _sentence_text(original, start, end)
    if _SELLER_VOICE.search(text):
        return False
    before = normalize(sentence[:k]).text
    verb = _last_match(_REPORT_VERB, before)
    if verb is None:            # 该主播在直播中贬低竞品，构成商业诋毁 reports an act, not words: the corpus counts it
        return judged_in_clause(original, start, end)
    return _REPORTER.search(before[:verb.start()]) is not None or _JUDGED.search(text) is not None \
        or judged_in_clause(original, start, end)


# An account of what others did, told by a third party: 部分商家还会诱导消费者脱离平台交易 / 引流团伙…吸引用户添加
#客服联系方式 / 法官分析称，私下交易时… — victims, fraudsters, buyers or the court are its people, and nobody in
# it speaks to the audience. A seller's claim has a speaker; quoted words (称“加我微信”) stay the seller's.
_THIRD_PARTY = re.compile("(?:构成|实施|涉嫌|电信|网络)诈骗|诈骗(?:罪|案|团伙|手法|分子|行为)|骗取|受骗|受害|不法分子|不法商家|团伙|犯罪|嫌疑人|法官|法院|记者(?:调查|暗访|发现|了解|注意到|查询|体验|采访)|"
                          "(?:诱导|引导|误导|欺骗|蒙骗|诱骗|愚弄)(?:广大)?(?:消费者|老年人|老人|用户|买家|粉丝|观众|网友|群众|患者|公众)|"
                          # how a case file retells the effect or the pretext (误导公众认为其店铺是…唯一指定, 予人印象为…,
                          # 未经任何授权，擅自借助…, 以减免手续费为由…); not who did it: 某些网红牛奶就是智商税 is a seller's
                          "予人印象|使人误认|让人误以为|令人误以为|使消费者误|造成消费者误|未经(?:任何)?授权|擅自(?:借助|使用|冒用|借用)|为由|"
                          # the sentence that befell someone (在朋友圈卖高仿香烟获刑10个月, 被行政拘留)
                          "获刑|被判|判处|刑拘|行政拘留|被拘|被罚")


def third_party_account(original: str, start: int, end: int) -> bool:
    lo, sentence = _sentence(original, start, end)
    if _quoted_in(sentence, start - lo, end - lo) or _open_quote_closes(sentence[end - lo:]):
        return False
    text = _sentence_text(original, start, end)
    return _THIRD_PARTY.search(text) is not None and _SELLER_VOICE.search(text) is None


def report_line(original: str, start: int, end: int) -> bool:
    """Is the claim's line a report about sales talk, by the register model (rules/register.py)? It learns
    what the checks above spell out, in wordings nobody here wrote. The whole line is read: a report's clauses
    (原价2万多的奢侈品包包,直播间只卖480元;标价近5万元的名表,直接“砍”到650元;…) each sound like a seller.
    A claim the report relays as the seller's direct speech (当事人在直播中称其护膝“可治疗风湿性关节炎”) stays
    a claim; a term it quotes in passing does not (使用“遥遥领先”宣传语, 销售“特供酒”, 一款宣称“已抢空”的商品)."""
    lo, sentence = _sentence(original, start, end)
    if _direct_speech(sentence, start - lo, end - lo) or _speaks_as_seller(sentence):
        return False
    return register.is_report(_line_text(original))


# A seller speaking: to the viewers, or as "we" among them (广告费最后摊到了我们消费者身上). The register model reads
# words (广告, 宣传, 消费者 are a report's as often as a seller's); a report retells, in the third person, and where it
# gives the seller's own words it quotes them. Not 你 / 我: consumer warnings speak to "you" (让你欲哭无泪), and a
# regulator's "I" is its office (我局).
_SPEAKER = re.compile("我们|咱们|咱家|俺们|家人们|宝宝们|宝贝们|姐妹们|老铁们?|亲们|兄弟们|直播间的朋友们")


def _speaks_as_seller(sentence: str) -> bool:
    spans = _quotes_in(sentence) if not _QUOTE_CHARS.isdisjoint(sentence) else []
    # Most sentences quote nothing: the sentence is then its own outside (a per-character walk over it cost
    # ~3 % of matching 1 MB of short lines).
    outside = "".join(c for i, c in enumerate(sentence) if not any(a <= i <= b for a, b in spans)) \
        if spans else sentence
    return _SPEAKER.search(normalize(outside).text) is not None


# Direct speech in a report: a verb of saying (or of showing: 标题显示“仅剩5台”, the seller's words on screen), at
# most a short object (其护膝, 该商品为), a quotation of more than two characters, and no 的 after it (宣称“已抢空”的
# 商品 names the goods by the claim).
_SAYS = re.compile("(?:称|说|表示|承诺|保证|写道|写着|标注|标示|标明|印有|发布|打出|标榜|吹嘘|鼓吹|喊|讲|骂|爆粗|显示|挂出|打上)[^，,。；;：:“”\"「」]{0,10}$")


@lru_cache(maxsize=256)
def _line_text(original: str) -> str:
    # normalize() keeps only texts up to 1,000 characters; a long line (a matching window is up to 4,000) has
    # a candidate every few characters, each asking for the same line's register.
    return normalize(original).text


_TERM_CHARS = 2         # a quotation this short is a term the report names (承诺“升值”), not the seller's speech


def _quotation_around(sentence: str, k: int, e: int) -> tuple[int, int] | None:
    """(open, close) of the first quotation of the sentence that overlaps [k, e), or None."""
    if _QUOTE_CHARS.isdisjoint(sentence):
        return None
    return next(((a, b) for a, b in _quotes_in(sentence) if a < e and k <= b), None)


def _said_before(text: str, a: int) -> bool:
    """Does a verb of saying (and at most a short object) stand right before text[a], a quotation's opening mark?"""
    return _SAYS.search(normalize(text[max(0, a - 14):a]).text) is not None


def _direct_speech(sentence: str, k: int, e: int) -> bool:
    q = _quotation_around(sentence, k, e)
    if q is None:
        return False
    a, b = q
    return b - a - 1 > _TERM_CHARS and _said_before(sentence, a) and not sentence[b + 1:b + 2] == "的"


def _said_or_spoken(sentence: str, k: int, e: int) -> bool:
    """Is the quotation around [k, e) of the sentence someone's words: after a verb of saying, or an utterance in
    its own right (long, or with punctuation of its own)? True when [k, e) is in no quotation."""
    q = _quotation_around(sentence, k, e)
    return q is None or _utterance(sentence, *q) or _said_before(sentence, q[0])


def _quoted_in(sentence: str, k: int, e: int) -> bool:
    """Does [k, e) of the sentence overlap one of its quotations (the seller's own words, quoted)?"""
    return _quotation_around(sentence, k, e) is not None


def _open_quote_closes(text: str) -> bool:
    """Does `text` close a quotation it did not open (the claim before it is inside that quotation)?"""
    if text.count('"') % 2:
        return True
    return any(text.find(c) >= 0 and o not in text[:text.find(c)] for o, c in _PAIRS.items() if o != '"')


# The claim in a clause that judges it: 包治百病、快速见效等“神药”噱头 / 承诺高额收益的误导性宣传行为 /
# 以“无效退款”等承诺欺骗消费者 — the judgement follows the claim before the clause ends, and is not denied
# (能降血压，不是虚假宣传 puts the denial in a clause of its own; 绝不是忽悠 denies it).
_JUDGED_AFTER = re.compile("噱头|诱饵|幌子|骗局|陷阱|伪科学|欺骗|蒙骗|骗取|误导|忽悠|虚假|夸大|不实|违法|违规|欺诈|不被允许|不允许|不合规|"
                           # the harm it does (私下交易都是一种伤害自身安全和利益的行为, …存在很大风险): a warning's
                           # judgement; 零风险 or 没有风险 after a promise is the promise (the 零 or 没 before it)
                           "伤害|危害|隐患|(?:有|的|存在|带来)(?:很大的?|极大的?|较大的?|巨大的?)?风险|风险(?:很|极|较|非常|太)?[大高]")
_NOT_BEFORE_JUDGED = re.compile("(?:不|没|非|无|别|零)[是有算属]?$")


_CLAUSE_ENDS = frozenset("，,。；;！？!?\n")


def _clause_after(original: str, end: int, reach: int) -> str:
    """The claim's clause after it, at most `reach` characters on (the twin of _clause_before)."""
    hi, ceiling = end, min(len(original), end + reach)
    while hi < ceiling and original[hi] not in _CLAUSE_ENDS:
        hi += 1
    return original[end:hi]


def judged_in_clause(original: str, start: int, end: int) -> bool:
    rest = _clause_after(original, end, 30)
    if _open_quote_closes(rest):
        # 谎称"…今天最后十台八百"构成价格欺诈: the claim is the seller's words, quoted after a verb of saying. A quoted
        # term with no such verb is a thing the report names (以"全网最低价"为诱饵): its judgement still counts.
        lo, sentence = _sentence(original, start, end)
        if _said_or_spoken(sentence, start - lo, end - lo):
            return False
    after = normalize(rest).text
    m = _JUDGED_AFTER.search(after)
    if m is None or _NOT_BEFORE_JUDGED.search(after[:m.start()]):
        return False
    return _SELLER_VOICE.search(_sentence_text(original, start, end)) is None


# The claim that got someone fined, told as news (前阵子新闻里那个卖治颈椎枕头被罚的, 之前有主播说燕窝能治病被罚了, 新闻里
# 说有人把山寨码表说成“国家队同款”被罚了): the penalty follows the claim in its clause, and the seller who tells it is
# distancing himself from it. Four of the ninth hand's traps (dev), the kind of the consumer warnings among the
# harvested quotes. Not when the penalty is denied or feared (说了不会被罚, 怕被罚): 不/没/怕/会 before 被.
_PUNISHED = re.compile("(?<![不没怕会])被(?:罚|处罚|罚款|查处|查了|查封|通报|立案|约谈|判|封号|封了|下架)")
_PUNISH_REACH = 12


def punished_after(original: str, start: int, end: int) -> bool:
    rest = _clause_after(original, end, _PUNISH_REACH)
    if "被" not in rest and "被" not in original[start:end]:
        return False            # the cheap test first: most claims have no 被 near
    # A report's own quotation of the words that were punished (某主播因辱骂粉丝“狗东西”被封号) stays the seller's
    # speech, as the corpus counts it; a seller retelling the news (…说成“国家队同款”被罚了，我们这款…) does not.
    lo, sentence = _sentence(original, start, end)
    if _quoted_in(sentence, start - lo, end - lo) and _SELLER_VOICE.search(_line_text(original)) is None:
        return False
    if _PUNISHED.search(normalize(rest).text) is not None:
        return True
    # …or the penalty inside a rival frame's own words, told as news (新闻里那个卖“防辐射孕妇手机壳”的被罚了)
    return _PUNISHED.search(normalize(original[start:end]).text) is not None \
        and _NEWS.search(sentence[:start - lo]) is not None


_NEWS = re.compile("新闻|报道|通报|曝光|公告|热搜")


# The claim put to the listener as a thing to doubt (饮用净水器过滤的水能治百病，你信吗？; …攻克癌症…，这人真能有这么神吗？):
# the question that ends its sentence asks for disbelief. An answer that affirms it (你信吗？真的能) keeps the claim.
_DO_YOU_BELIEVE = re.compile("^[，,\\s]?(?:(?:你|您|大家|你们)?(?:会|敢)?(?:信|相信)(?:吗|么|嘛|不)?"
                             # …or asked whether anything could be that wondrous (这人真能有这么神吗？)
                             "|[^，,。！？!?]{0,6}?(?:真|真的)?(?:能|会)?有(?:这么|那么|如此)神(?:奇)?(?:的事)?(?:吗|么|嘛))[？?]")
_AFFIRMED = re.compile("^(?:真的|是真的|确实|我信|反正我信|必须信|能|可以)")


def doubted_after(original: str, start: int, end: int) -> bool:
    k = end + len(_clause_after(original, end, 12))
    m = _DO_YOU_BELIEVE.match(original[k:])       # the clause's own 吗？ ends it: read on past it
    return m is not None and _AFFIRMED.match(original[k + m.end():].lstrip()) is None


# A quoted claim, then the kind of claim it is judged to be (某培训机构声称其课程“保证通过考试”，这种承诺属于典型的虚假
# 宣传行为): the report teaches the type with an example. A case's own verdict (宣称“…”，构成虚假广告) names no type and
# keeps the quoted words the seller's, as the corpus counts them.
_KIND_JUDGED = re.compile("(?:这种|这类|此类|这样的|类似的)(?:承诺|说法|宣传|话术|表述|用语|广告语?|噱头)(?:都|均|就|往往)?"
                          "(?:属于|是|构成|涉嫌|违反|为)")


def judged_as_a_kind(original: str, start: int, end: int) -> bool:
    if _QUOTE_CHARS.isdisjoint(original):
        return False            # the cheap test first: no quotation in the line
    lo, sentence = _sentence(original, start, end)
    if not _quoted_in(sentence, start - lo, end - lo):
        return False
    return _KIND_JUDGED.search(normalize(sentence[end - lo:]).text) is not None


# Whisper prints a seller's 我一… as 唯一 (我一台换一台 → 唯一台唯一台, 滚一边去 → 唯一颠去, 我一赔十 → 唯一陪时, 我一棵一棵
# → 唯一科一科: seven false alarms over the recordings of sessions 21-38). A 唯一 that opens its clause is a claim when
# what follows makes one (唯一的, 唯一一家, 唯一指定, 唯一能…); before anything else it is that mishearing.
_ONLY_GOES_ON = frozenset("的一指授真官正认能可拥获通采敢被专国全合持家款在做用有")


def misheard_wo_yi(original: str, start: int, end: int) -> bool:
    if original[start:end] != "唯一":
        return False
    if start > 0 and not is_break(original[start - 1]) and original[max(0, start - 3):start - 1] != "唯一":
        return False            # 这是唯一…, 全网唯一: a subject or a scope before it (唯一台唯一台 repeats the mishearing)
    return end < len(original) and not is_break(original[end]) and original[end] not in _ONLY_GOES_ON


def not_a_claim(original: str, start: int, end: int, category: str | None = None) -> bool:
    """Is [start, end) mentioned (quoted, listed, warned about, reported as found false) or asked and
    denied, rather than claimed? The matcher drops such a candidate. `category`: the claim's, where known (a
    verdict such as 智商税 or 别信 knocks a claim down, but about a rival it is the disparagement itself)."""
    return quoted_mention(original, start, end) or nominal_mention(original, start, end) \
        or regulator_object(original, start, end) or metalinguistic(original, start, end) \
        or reporting_clause(original, start, end) or legal_condition(original, start, end) \
        or enumerated_rule(original, start, end) or warned_after(original, start, end) \
        or _straddled_mention(original, start, end) \
        or answered_no(original, start, end) or refuted_hearsay(original, start, end) \
        or denied_after(original, start, end) or conceded_after(original, start, end) \
        or cautioned(original, start, end) \
        or approved_health_function(original, start, end) or paraphrased_report(original, start, end) \
        or third_party_account(original, start, end) or report_line(original, start, end) \
        or enumeration_ordinal(original, start, end) or stranger_asks(original, start, end) \
        or told_not_to(original, start, end) or punished_after(original, start, end) \
        or doubted_after(original, start, end) or judged_as_a_kind(original, start, end) \
        or (category not in _VERDICT_IS_THE_CLAIM and (debunked(original, start, end)
                                                       or buyer_complaint(original, start, end))) \
        or (category == "disparagement" and (viewer_accusation(original, start, end)
                                             or rival_praised(original, start, end))) \
        or (category == "false_price" and wholesale_off_the_platform(original, start, end)) \
        or (category == "off_platform" and lure_warned(original, start, end)) \
        or (category in ("false_urgency", "false_price") and stated_end_time(original, start, end)) \
        or (category == "false_urgency" and stock_disclosed(original, start, end)) \
        or (category == "absolute_claim" and misheard_wo_yi(original, start, end)) \
        or (category in ("medical_claim", "guarantee_claim") and cure_denied(original, start, end))


# A private deal named with what befalls the buyer (私下交易出了问题谁都保不了你, 私下转账被骗了平台不管): a warning, not a
# lure — unless the seller takes the risk on himself (私下交易出了问题我负责), which is the lure's sweetener.
_LURE_HARM = re.compile("出了问题|出问题|出了事|出事|被骗|上当|受骗|没有保障|没保障|不受保护|不受保障|维权难|维权困难|无法维权|"
                        "没法维权|平台不管|平台管不了|谁都保不了|谁也保不了|风险")
_SELLER_TAKES_IT = re.compile("我(?:们)?(?:负责|担|包|赔|兜底|来扛|扛)")


def lure_warned(original: str, start: int, end: int) -> bool:
    after = normalize(_clause_after(original, end, 16)).text
    m = _LURE_HARM.search(after)
    return m is not None and not _NOT_BEFORE_JUDGED.search(after[:m.start()]) \
        and _SELLER_TAKES_IT.search(after[m.end():]) is None


# 要批发的大户别在这拍，加我绿泡泡，一吨起给你出厂价 / 私聊给你批发价: the trade price is the bait of an off-platform
# lure, which is the breach (off_platform); no price is shown to compare. Dev lines so labelled (2 + their ASR forms),
# and four read recordings (批发价 after 加我绿泡泡, 电话里谈, 私聊给你) were false prices before.
_TRADE_PRICE = re.compile("批发|出厂价|拿货价|代理价|厂价|进货价")
_LURE = re.compile("私聊|私信|小窗|加我|加个|加一下|微信|绿泡泡|vx|v信|威信|主页|签名|简介|电话|手机号|号码|座机|联系我|联系方式|"
                   "找我|别在这拍|别在这里拍|不在这拍|不走平台|线下|私下|小群|进群|拉你进|拉群")


def wholesale_off_the_platform(original: str, start: int, end: int) -> bool:
    """Is [start, end) a trade price (批发价, 出厂价) offered in a sentence that lures buyers off the platform?"""
    if _TRADE_PRICE.search(normalize(original[start:end]).text) is None:
        return False
    return _LURE.search(_sentence_text(original, start, end)) is not None


# 第一，我们的面料透气；第二，… — a count of the points a seller makes, not a rank: the bare ordinal opens its clause
# (nothing before it but a filler such as 首先) and a pause follows it. 销量第一， / 我们是第一， keep their rank.
_ORDINAL = re.compile("^(?:第一|第1|no1)$")
_BEFORE_ORDINAL = re.compile("^(?:首先|那么|好|好的|ok|嗯|呃|这个|然后)?$")


def enumeration_ordinal(original: str, start: int, end: int) -> bool:
    after = original[end:end + 1]
    if not after or after not in "，,、：:；;":
        return False        # the cheap test first: most claims are not followed by a pause
    if not _ORDINAL.match(normalize(original[start:end]).text):
        return False
    lo = start
    floor = max(0, start - _PROSE_REACH)        # bounded, as _back_to: a hostile long clause stays linear
    while lo > floor and not is_break(original[lo - 1]):
        lo -= 1
    return _BEFORE_ORDINAL.match(normalize(original[lo:start]).text) is not None


def quoted_mention(original: str, start: int, end: int) -> bool:
    """Is [start, end) a word quoted in a list of quoted words (不得使用“国家级”“最高级”“最佳”等用语)?

    A list of short quoted terms is how regulations, penalty decisions and news *mention* banned words;
    a streamer's claim is not written that way. A single quoted claim (宣称“能治高血压”) is not a list,
    unless the sentence around it is advice or a prohibition (advisory_mention)."""
    original = paired_quotes(original)
    if advisory_mention(original, start, end) or listed_mention(original, start, end):
        return True
    if _only_quotations(original):
        return False        # “只剩最后500单!”“3、2、1,上链接!”: the seller's own words, quoted, with nobody's word around them
    lo = max(0, start - _QUOTE_REACH)
    left = original[lo:start]
    o = max(left.rfind(q) for q in _OPEN_Q)
    if o < 0 or any(q in left[o + 1:] for q in _CLOSE_Q):
        return False
    o += lo
    right = original[end:end + _QUOTE_REACH]
    c = min((i for i in (right.find(q) for q in _CLOSE_Q) if i >= 0), default=-1)
    if c < 0 or any(q in right[:c] for q in _OPEN_Q):
        return False
    c += end
    if _said_chain(original, o, c):
        return False
    after = original[c + 1:c + 4]
    before = original[max(0, o - 2):o]
    return (after[:1] in _OPEN_Q and after[:1] != "") or (after.startswith("、") and after[1:2] in _OPEN_Q) \
        or any(after.startswith(w) for w in _LIST_AFTER) \
        or (before[-1:] in _CLOSE_Q and before[-1:] != "") or (before[-1:] == "、" and before[-2:-1] in _CLOSE_Q)


def paired_quotes(original: str) -> str:
    """`original` with its straight double quotes written as opening and closing ones, in turn (伪装成"官方授权"
    "包过取证"等形式 → “官方授权”“包过取证”): a straight quote is both, so a list of them read as nested quotes.
    The length is kept, so offsets stay valid."""
    if '"' not in original:
        return original
    out = list(original)
    opening = True
    for i, ch in enumerate(out):
        if ch == '"':
            out[i] = "“" if opening else "”"
            opening = not opening
    return "".join(out)


# A case file relays the seller's words as several quotations after one verb of saying (当事人在直播中宣称其净化器
# “净化能力全国第一”“零噪音”; 多次宣称“库存仅剩20台”“马上下架”): direct speech, as a single quotation is, and the
# corpus labels it by the claim. A list of banned words names them (使用“国家级”“最佳”等用语): a list word follows.
_CHAIN_GAP = 40


def _said_chain(original: str, o: int, c: int) -> bool:
    """Do the quotations chained around the one at [o, c] follow a verb of saying, with no list word after them?"""
    a = o
    while True:
        k = a - 1
        if k >= 0 and original[k] == "、":
            k -= 1
        if k < 0 or original[k] not in _CLOSE_Q:
            break
        p = max(original.rfind(q, max(0, k - _CHAIN_GAP), k) for q in _OPEN_Q)
        if p < 0:
            break
        a = p
    b = c
    while True:
        k = b + 1
        if k < len(original) and original[k] == "、":
            k += 1
        if k >= len(original) or original[k] not in _OPEN_Q:
            break
        nxt = min((i for i in (original.find(q, k + 1, k + 1 + _CHAIN_GAP) for q in _CLOSE_Q) if i >= 0), default=-1)
        if nxt < 0:
            break
        b = nxt
    if a == o and b == c:
        return False        # a single quotation: the checks below in quoted_mention decide
    after = original[b + 1:b + 6]
    if any(after.startswith(w) for w in _LIST_AFTER) or after.startswith("的"):
        return False
    if not _said_before(original, a):
        return False
    # …by one seller the report names (当事人, 该主播): a warning about a kind of seller (不少直播间…声称“地板价”“骨折价”;
    # 假借“国家补贴”…承诺“定期返利”) retells a pattern, and the real quotes label it the warning's, not a claim
    before = normalize(original[max(0, a - 60):a]).text
    return _ONE_SELLER.search(before) is not None and _SOME_SELLERS.search(before) is None


_ONE_SELLER = re.compile("当事人|该主播|该直播间|涉事|涉案|被告|某主播|该商家|该店|该公司|该企业|该机构|主播")
_SOME_SELLERS = re.compile("不少|一些|部分|有些|有的|少数|多数|许多|很多|假借|利用|打着|冒用|往往|通常|常常|多以|不法")


@lru_cache(maxsize=64)
def _only_quotations(original: str) -> bool:
    """Is the line nothing but quotations (and the punctuation between them)? A report lists quoted words inside
    its own sentence (使用“国家级”“最佳”等用语); a line that is all quotes is an excerpt of the seller's talk."""
    if len(original) > 300 or _QUOTE_CHARS.isdisjoint(original):
        return False
    spans = _quotes_in(original)
    if not spans or any(c.isalnum() for c in _outside_quotes(original, spans)):
        return False
    # …and said, not a bare list of terms (“国家级”“最高级”“最佳” is a list of banned words, a heading)
    return any(_utterance(original, a, b) for a, b in spans)


# A quotation of something said whole (“只剩最后500单!”, “坚持吸氢气能改善各种疾病”), not a term (“国家级”,
# “瘦身减肥”): long, or a clause with its own punctuation.
_UTTERANCE_CHARS = 8


def _utterance(text: str, a: int, b: int) -> bool:
    """Is the quotation text[a] … text[b] (its marks) an utterance rather than a term?"""
    return b - a - 1 >= _UTTERANCE_CHARS or any(is_break(c) for c in text[a + 1:b])


_SENTENCE_ENDS = set("。！？!?；;\n")
_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", '"': '"'}
# Regulator prose talks about words (用语, 字眼), advises (提醒, 警惕) or forbids (禁止, 不得); a streamer's claim
# quoted in a penalty decision (当事人宣称“能治疗高血压”) does none of that around the quote.
_ADVISORY = re.compile("用语|词语|词汇|字眼|字样|表述|措辞|违禁词|极限词|敏感词|提醒|提示|警惕|当心|谨防|"
                       "不要相信|别信|轻信|切勿|谨慎|理性消费|理性购物|擦亮眼睛|一律不要|不要理会|禁止|严禁|不得|不准|不允许")
# A quoted word the speaker is told, right after it, not to say (“市场最低价”不要轻易说出口); a 别说 later in the
# sentence is anything (我们是“全网最低价”，别说我没告诉你).
_NOT_TO_SAY = re.compile("^(?:这种|这类|这样的|这个)?(?:话|词|说法|字眼)?(?:千万|一定)?(?:不要|不能|别|不可|不宜|慎)"
                         "(?:轻易|随便|乱|随意)?(?:说出口|说|讲|用|写)")


# Without quotation marks, only a sentence that names a regulator and then warns or forbids, before the claim.
_REGULATOR = re.compile("中华人民共和国|(?:安全|管理|保护|竞争|价格|商标|质量|卫生|权益)法|消协|消费者协会|消保委|市场监管|监管部门|监管局|工商|平台规则|平台公告|法院|判决|检察|网信|"
                        "新规|规定|法律|法规|条例|广告法|办法|该局|本局|分局|药监|卫健委|执法人员|执法部门|公安机关|通报")
# 警惕宣称能治病的… / 提醒消费者，对号称… : a warning about what sellers claim; the claim is its object, not said.
_CLAIMED = re.compile("宣称|声称|号称|自称|所谓|打着")
_WARNING = re.compile("提醒|提示|警惕|谨防|当心|切勿|一律不要|不要相信|不要轻信|勿信|勿轻信|禁止|严禁|不得|明确|"
                      "不能(?:宣传|声称|宣称|使用|标注|标示|含有|出现|涉及)")


def _outside_quotes(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with its quotations (`spans`, from _quotes_in) and their marks taken out."""
    outside, at = [], 0
    for a, b in spans:
        outside.append(text[at:a])
        at = b + 1
    outside.append(text[at:])
    return "".join(outside)


def _quotes_in(sentence: str) -> list[tuple[int, int]]:
    """(open, close) index pairs of the quotations in a sentence; ASCII " pairs in order."""
    out, i, n = [], 0, len(sentence)
    while i < n:
        close = _PAIRS.get(sentence[i])
        if close is not None:
            j = sentence.find(close, i + 1)
            if j < 0:
                break
            out.append((i, j))
            i = j
        i += 1
    return out


_LIST_ITEM = 8          # characters an item of an enumeration may have
_PROSE_REACH = 80       # how far either side of a claim its sentence is read for mentions
# ...等用语 / 等价格表示 / 之类的说法: the list is of words; 等慢性疾病 is a list of things, and may be a claim
_LIST_CLOSE = re.compile("(?:等|之类|这类|一类)的?(?:价格|用语|词|字|说法|宣传|表述|内容|方式|语言|表示|措辞|称号|称谓|名义|标识|广告语)")


def _back_to(original: str, start: int, stops: str) -> int:
    """Where the stretch of text ending at `start` begins: just after the last of `stops`, at most _PROSE_REACH
    characters back (bounded: a hostile 200k-character clause stays linear)."""
    floor = max(0, start - _PROSE_REACH)
    lo = start
    while lo > floor and original[lo - 1] not in stops:
        lo -= 1
    return lo


def listed_mention(original: str, start: int, end: int) -> bool:
    """Is [start, end) an item of an unquoted enumeration of words (标示的市场最低价、出厂价、批发价等价格表示)?

    Regulations and penalty decisions enumerate the words they forbid with 、; a streamer does not speak in
    enumeration commas, and Whisper does not print them."""
    lo = _back_to(original, start, "，,。；;：:！？!?\n")
    hi = end
    ceiling = min(len(original), end + _PROSE_REACH)
    while hi < ceiling and original[hi] not in "，,。；;：:！？!?\n":
        hi += 1
    part = original[lo:hi]
    if part.count("、") < 2:
        return False
    items = part.split("、")
    # the items before the last are short; the last one ends its item with 等 / 之类 / 这类 / 等等
    pos, inside = lo, False
    for k, item in enumerate(items):
        a, b = pos, pos + len(item)
        if a <= start and end <= b + (1 if k < len(items) - 1 else 0):
            inside = True
        if k < len(items) - 1 and k > 0 and len(item) > _LIST_ITEM:
            return False
        pos = b + 1
    last = items[-1]
    m = _LIST_CLOSE.search(last)
    return inside and m is not None and 0 < m.start() <= _LIST_ITEM and start < lo + len(part) - len(last) + m.start()


@lru_cache(maxsize=256)        # the mention checks ask it about the same candidate one after another
def _sentence(original: str, start: int, end: int) -> tuple[int, str]:
    """(offset, text) of the sentence around [start, end), at most _PROSE_REACH characters either side."""
    floor = max(0, start - _PROSE_REACH)
    lo = max(floor, max(original.rfind(c, floor, start) for c in _SENTENCE_ENDS) + 1)
    ceiling = min(len(original), end + _PROSE_REACH)
    ends = [k for k in (original.find(c, end, ceiling) for c in _SENTENCE_ENDS) if k >= 0]
    return lo, original[lo:min(ends, default=ceiling)]


@lru_cache(maxsize=256)        # the report and account checks read the same candidate's sentence in turn
def _sentence_text(original: str, start: int, end: int) -> str:
    """The sentence around [start, end), normalised (simplified, full-width folded, separators dropped)."""
    return normalize(_sentence(original, start, end)[1]).text


# The claim as a noun, the thing a report talks about: 主播宣称的“御医传人”…均为虚构, 所谓“根治”系夸大宣传,
# 一款宣称“已抢空”的商品. A report of the saying itself (当事人在直播中称“可根治糖尿病”) is not nominal: it
# states what the seller said, and the corpus labels it a violation.
_NOMINAL_BEFORE = re.compile("(?:所谓|所称|所说|所标|所写)的?$|(?:宣称|声称|号称|自称|称|谎称|标注|标称|标示|标明|标榜|宣传|"
                             "承诺|吹嘘|鼓吹|打出|写着|介绍)的$")
_RELATIVE_VERB = re.compile("(?:宣称|声称|号称|自称|谎称|标注|标称|标示|标明|标榜|宣传|承诺|吹嘘|鼓吹|打出|打着)"
                            "(?:能|可|可以|能够|具有|有)?$")
# The quotation as the topic of its clause, judged: 执法人员指出，“包治百病”的说法违反广告法 / 如“最佳”属于绝对化用语.
_TOPIC_BEFORE = re.compile("(?:^|[，,：:；;、（(\\s])(?:如|例如|诸如|諸如|像|比如|其中|即)?$")
_TOPIC_AFTER = re.compile("的?(?:说法|表述|宣传|提法|用语|字样)?(?:属于|构成|违反|违背|系|均属|均为|是否|涉嫌|不符合|没有依据|并无依据|无依据)")
# A short quoted term that stands as a noun names the claim, whoever made it: 挂着“清仓甩卖”的牌子, 这家店的“最后一天”
# 持续了半年, 中山路这家“厂家跳楼价”的 (the shop with that sign). Said, a claim is not followed by 的 or a sign's name.
_NAMED_TERM = 8
# (争夺“全网最低价”: a prize fought over is named, not claimed — session 45, read harvest)
_NAMING_BEFORE = re.compile("(?:的|这种|那种|这类|那类|这些|那些|什么|挂着|打着|贴着|顶着|挂出|贴出|挂上|贴上|喊着|喊出|争夺|争抢|追逐|比拼)$")
# (Not 称号 or 名义: 荣获“全国十佳”称号 claims the title; 冒用“央视推荐”名义 reports the faked endorsement itself.)
_NAMING_AFTER = re.compile("的(?!话)|牌子|招牌|横幅|标语|口号|字样|旗号|名号|幌子|噱头|说法|广告语|宣传语|标签|海报")


def _named_term(sentence: str, a: int, b: int) -> bool:
    """Is the quotation sentence[a..b] (its marks at a and b) a short term standing as a noun, in a sentence
    nobody says to the audience (a seller quotes a euphemism: 你们要的"降tang神器"来了)?"""
    return b - a - 1 <= _NAMED_TERM \
        and bool(_NAMING_BEFORE.search(normalize(sentence[max(0, a - 4):a]).text)
                 or _NAMING_AFTER.match(sentence[b + 1:b + 4])) \
        and _SELLER_VOICE.search(normalize(sentence).text) is None


# Without quotation marks only with a finding about the thing: 所谓降血脂神器实为普通茶叶, 标示的原价1999元系虚构
# (a genuine price found genuine, 标注的原价是有依据的, is no claim either).
_UNQUOTED_NOMINAL = re.compile("(?:所谓|所謂|所称|所稱|所说|所說)的?$|(?:宣称|声称|号称|标示|标注|标称|标明|谎称)的$")
_HEDGED_BEFORE = re.compile("(?:号称|所谓|声称|宣称|自称|谎称)(?:能够|能|可以|可|具有|有)?[一-龥]{0,2}$")
_ATTRIBUTIVE_AFTER = re.compile("[一-龥]{0,4}的[一-龥]")
_FOUND_FALSE = re.compile("虚构|虚假|不实|夸大|依据|有据|子虚乌有|编造|伪造|捏造|杜撰|不存在|不符|从未|并非|无从|核实|证实|"
                          "不可信|实为|实际上?(?:是|就是|只是|为)|系普通")


def nominal_mention(original: str, start: int, end: int) -> bool:
    """Is [start, end) a claim named as a thing (所谓“根治”, 宣称的“央视推荐”, 宣称“已抢空”的商品) rather than said?"""
    near = original[max(0, start - _LIST_ITEM - 3):start]
    quoted = not _QUOTE_CHARS.isdisjoint(original[max(0, start - _PROSE_REACH):end + _PROSE_REACH])
    if not quoted and "所" not in near and "的" not in near and "称" not in near:
        return False        # the cheap test first: no quotation, no 所谓 or …的 just before
    lo, sentence = _sentence(original, start, end)
    s, e = start - lo, end - lo
    for a, b in (_quotes_in(sentence) if quoted else ()):
        # inside the quotation, or starting at most two characters before it (a frame's 能“根治近视”)
        if (a < s and e <= b) or (a - 2 <= s <= a and a < e <= b + 1):
            before = normalize(sentence[max(0, min(a, s) - 6):min(a, s)]).text
            return bool(_NOMINAL_BEFORE.search(before)
                        or (_RELATIVE_VERB.search(before) and sentence[b + 1:b + 2] == "的")
                        or _named_term(sentence, a, b)
                        or (_TOPIC_BEFORE.search(sentence[max(0, a - 3):a])     # raw: its punctuation counts
                            and _TOPIC_AFTER.match(normalize(sentence[b + 1:b + 8]).text)))
        if a < s < b and _named_term(sentence, a, b):
            return True         # a frame's span may run on past the quotation: 挂着“清仓甩卖”的牌子，已经挂了
    # 号称能治颈椎病的枕头: a hedged claim as what describes a thing, unquoted (no seller hedges their own goods)
    if _HEDGED_BEFORE.search(normalize(sentence[max(0, s - 5):s]).text) and _ATTRIBUTIVE_AFTER.match(sentence[e:]):
        return True
    k = s
    while True:
        if _UNQUOTED_NOMINAL.search(sentence[max(0, k - 3):k]):
            return bool(_FOUND_FALSE.search(sentence[e:]))
        if k == 0 or s - k >= _LIST_ITEM or is_break(sentence[k - 1]):
            return False
        k -= 1


# The claim as the object of a prohibition or a crackdown (禁止在直播中使用侮辱性语言, 重点整治…低俗表演等乱象):
# the sentence is about conduct, not making the claim.
_PROHIBIT = re.compile("禁止|严禁|不得(?![不了])|不准|不许|请勿|切勿|打击|整治|查处|严查|惩治|整顿|"
                      # or what was not proven or was believed in error (无法提供证据证明其具有降血压功效, 误以为)
                      "(?:无法|不能|未能|未|没有|不能够)(?:提供)?(?:任何)?(?:证据|材料|依据|资料)?(?:证明|证实|佐证)|"
                      "(?:无法|不能|未能)提供|误以为|误认为|误信|"
                      # …or what no authority approved (国家市场监管总局从未批准任何灵芝孢子粉具有“治疗癌症”的功效)
                      "(?:从未|从来没有|从没|未|没有|并未)(?:批准|审批|认证|认定|核准)(?!文号|号|书|证)")
_CONTRAST = re.compile("但|可是|不过|却|然而")
_PROHIBIT_CHARS = frozenset("禁严嚴不请請切打整查惩懲无無未没沒误誤")
_NOT_PROHIBIT = re.compile("[说拿吃保料]不准|[舍怪巴恨记由顾免见值]不得")


def regulator_object(original: str, start: int, end: int) -> bool:
    if _PROHIBIT_CHARS.isdisjoint(original[max(0, start - _PROSE_REACH):start]):
        return False
    # the clause: 严禁外传，今天全网最低价 is still a claim; 、 and quotes do not end it
    lo = _back_to(original, start, "，,。；;！？!?\n")
    before = normalize(original[lo:start]).text
    last = _last_match(_PROHIBIT, before)
    if last is None or _CONTRAST.search(before[last.end():]):
        return False            # 没有认证但是能治疗高血压: the contrast asserts the claim
    return not _NOT_PROHIBIT.search(before[max(0, last.start() - 1):last.end()])


# The items of a rule's enumeration: 不得含有下列内容：（一）…（二）涉及疾病预防、治疗功能 — across its semicolons.
_ENUMERATION = re.compile("下列(?:情形|内容|行为|用语|事项|情况|规定|条件|要求|信息|广告|商品|表述|字样|活动)[^。：:]{0,10}[：:]")


# A regulator's list of example wordings (涉及中药材之效能者：例句：补肾。健脾。…): each item stands for a kind of claim,
# and the items may be cut into sentences of their own, so the heading counts anywhere before them in the line.
_EXAMPLE_LIST = re.compile("(?:例句|例示用[语語]|例示[词詞]句|示例用[语語]|[违違][规規法]用[语語]举例|[违違][规規法]用[语語]舉例)[：:]")


def enumerated_rule(original: str, start: int, end: int) -> bool:
    before = original[:start]
    if "例" in before and "\n" not in before and _EXAMPLE_LIST.search(before):
        return True
    if "下列" not in original[max(0, start - _PROSE_REACH):start]:
        return False
    return bool(_ENUMERATION.search(original[_back_to(original, start, "。！？!?\n"):start]))


# A rule of law's condition: 保健食品声称具有治疗作用的，属于违法行为 / …的，由市场监督管理部门责令改正.
_CONSEQUENCE = re.compile("属于|构成|由|依照|依据|按照|处以|处|责令|视为|认定为|予以|应当|一律")


def legal_condition(original: str, start: int, end: int) -> bool:
    if "的" not in original[end - 1:end + _PROSE_REACH]:
        return False
    k = end
    ceiling = min(len(original), end + _PROSE_REACH)
    while k < ceiling and not is_break(original[k]):
        k += 1
    if k >= len(original) or original[k - 1] != "的" or original[k] not in "，,":
        return False
    return bool(_CONSEQUENCE.match(normalize(original[k + 1:k + 6]).text))


def _straddled_mention(original: str, start: int, end: int) -> bool:
    """A span that leaves a quotation (“国家级”“最高级”等绝对化用语的认定: a frame built from a quoted word and
    the prose after it) is a mention when its quoted part is one."""
    if _QUOTE_CHARS.isdisjoint(original[start:end]):
        return False
    lo, sentence = _sentence(original, start, end)
    s, e = start - lo, end - lo
    for a, b in _quotes_in(sentence):
        if a < s < b < e - 1:
            return quoted_mention(original, start, lo + b)
        if s < a < e - 1 and e - 1 <= b and a - s > 2:
            return quoted_mention(original, lo + a + 1, end)
    return False


# What sellers claim, then the warning: 对于声称能治愈糖尿病的产品，消费者要提高警惕 / 号称稳赚不赔的理财多为骗局.
_WARN_AFTER = re.compile("警惕|谨慎|小心|提防|当心|不要相信|不要轻信|别信|不可信|切勿|谨防|骗局|陷阱|套路|噱头|理性消费|理性购物")


# Don't be fooled by it: 别被"开一家火一家"的宣传冲昏头 / 不要被全网最低价这种话术骗了 — in one clause, the claim sits
# between "don't be …" and what fools (宣传, 话术, 忽悠 …); 别被吓到，这个能治… is two clauses and stays a claim.
_BE_FOOLED = re.compile("(?:别|不要|莫|勿|切莫|千万别|不能|不会)被")
# …and told not to believe it: 勿轻信提升免疫力、改善肠胃等夸大宣称 / 别信那些能治百病的 — in the claim's clause.
_DONT_BELIEVE = re.compile("(?:勿|别|不要|切勿|千万别|千万不要|莫)(?:轻信|相信|听信|信)")
_FOOLING = re.compile("宣传|话术|广告|口号|说法|噱头|忽悠|骗|套路|迷惑|冲昏|洗脑|蒙蔽|误导|坑")
_CLAUSE_BREAK = re.compile("[，,。！？!?；;：:\n]")


def _clause_before(original: str, start: int) -> str:
    """The claim's clause up to it, at most 16 characters back."""
    return _CLAUSE_BREAK.split(original[max(0, start - 16):start])[-1]


def fooled_by(original: str, start: int, end: int) -> bool:
    before = _clause_before(original, start)
    if _DONT_BELIEVE.search(before) is not None:
        return True
    if _BE_FOOLED.search(before) is None:
        return False
    after = _CLAUSE_BREAK.split(original[end:end + 16])[0]
    return _FOOLING.search(normalize(after).text) is not None


# A viewer's accusation repeated to answer it (说锅是智商税的那个，…; 那个说我们竿子是贴牌货的，你…; 弹幕那个说保险都是
# 骗人的): the put-down is the viewer's, said of our goods, and what the host says back is the breach (vulgar). The
# clause is only "说 … 的" and a pointer to the viewer, nothing else.
_VIEWER_SAID = re.compile("^(?:(?:刚才|刚刚|弹幕|弹幕上|评论区|评论区里|公屏上)?(?:那个|那位|有个|有位|有人|哪个|谁)"
                          "|(?:刚才|刚刚|弹幕|弹幕上|评论区|评论区里|公屏上))(?:在)?(?:弹幕上?|评论区里?|公屏上)?说[一-龥a-z0-9]{1,24}?的"
                          "(?:那个|那位|那些|人|家伙|朋友|兄弟|姐妹|宝宝|老铁|哥们|那个人|那位朋友)?$"
                          "|^说[一-龥a-z0-9]{1,24}?的(?:那个|那位|那些|人|家伙|朋友|兄弟|姐妹|宝宝|老铁|哥们|那个人|那位朋友)$")


def viewer_accusation(original: str, start: int, end: int) -> bool:
    """Is [start, end) inside a clause that only repeats what a viewer said ("说…的那个")?"""
    lo = max(0, start - 30)
    before = _CLAUSE_BREAK.split(original[lo:start])[-1]
    after = _CLAUSE_BREAK.split(original[start:start + 40])[0]
    return _VIEWER_SAID.search(normalize(before + after).text) is not None


# Other brands praised, not put down (那些都是好牌子，各家楦型不一样; 别家的也不错，按需选择): a comparison that ends in
# "they are good too" is no disparagement, whatever rival words it names. It holds rule hits too, so it asks for the
# praise itself; fair_comparison (below) holds only the classifier's opinion, to a wider list (差不多, 看个人).
_RIVAL_PRAISED = re.compile("(?:都是|也是|都算|也算|都属于)(?:好牌子|大牌子|好品牌|大品牌|老牌子|不错的牌子|正规品牌|正规的牌子|"
                            "好东西|好产品|好货|正品)|(?:那家|那些|别家|别人家|他们家|他家|人家|其他家|其他品牌|那几家|同行)[一-龥]{0,4}?"
                            "(?:也|都)(?:挺)?(?:不错|挺好|很好|可以)|"
                            "各有(?:各的)?(?:好处|优势|特点|千秋|特色|长处)")


def rival_praised(original: str, start: int, end: int) -> bool:
    return _RIVAL_PRAISED.search(_sentence_text(original, start, end)) is not None


# Someone else asks for it, and the buyer is told to refuse (有人私下让你转账千万别理, 陌生人要你加微信付款，直接拉黑):
# a warning about the lure, not the lure. Both halves are needed: 有人让你加微信 alone may be the seller's own offer.
_STRANGER = re.compile("(?:有人|陌生人|骗子|对方|别人|有些人|有的人|任何人|任何|冒充客服的人|假客服)"
                       "(?:[一-龥]{0,4}?(?:让|叫|要|找|要求|诱导|引导|忽悠|喊)(?:你|您|你们)?[一-龥、]{0,8})?$|"
                       # …or anyone at all, the clause opening on the request (让你直接转账给个人的，一定是诈骗)
                       "^(?:凡是|但凡|只要是|只要)?(?:让|叫|要|要求|诱导|引导|忽悠)(?:你|您|你们)[一-龥]{0,10}$")
_REFUSE = re.compile("(?:千万|一定|务必)?(?:别|不要|勿|不能|莫)(?:理|信|听|上当|相信|答应|同意|照做|转|付|加)|拒绝|拉黑|举报|报警|"
                     # a verdict on the asker, not the seller's denial (我们可不是骗子)
                     "(?<![不非])是(?:骗子|骗局|诈骗)")


def stranger_asks(original: str, start: int, end: int) -> bool:
    if _STRANGER.search(normalize(_clause_before(original, start)).text) is None:
        return False
    lo, sentence = _sentence(original, start, end)
    return _REFUSE.search(normalize(sentence[end - lo:end - lo + 20]).text) is not None


# The buyer told not to do it (不要加微信私下交易, 千万别加陌生人微信, 避免在非实名社群私下汇款, 拒绝加微信转账等
# …的要求): the negation governs a verb phrase the claim sits in, which the negation cue's few filler characters do
# not reach. The phrase must start with the act (加, 私下, 转账 …) after at most a few words that name no speaker:
# 别在这拍加我微信 keeps its lure.
_TOLD_NOT = re.compile("(?:(?:千万|一定|务必|请)?(?:不要|别|勿|不能|莫|不可)|切勿|请勿|避免|拒绝|谨防|提防|严禁|禁止|不得)"
                       "(?:随便|轻易|私自|随意|再|去|和|跟|与|同|向|给|在|陌生人|任何人|对方|他人|别人|卖家|商家|主播|"
                       "[一-龥]{0,8}?(?:等|上|里|中)|的|"
                       # not to lead others to it (平台规定不能引导大家加微信)
                       "(?:引导|诱导|让|叫|要求)(?:大家|用户|观众|粉丝|你们|买家|消费者|顾客)?)*"
                       "(?:加|添加|私下|私聊|私信|扫|转账|汇款|付款|打款|联系|脱离|绕开|离开)")


def told_not_to(original: str, start: int, end: int) -> bool:
    before = normalize(_clause_before(original, start) + original[start:end]).text
    m = _last_match(_TOLD_NOT, before)
    return m is not None and "我" not in before[m.start():] and "咱" not in before[m.start():]


def warned_after(original: str, start: int, end: int) -> bool:
    if fooled_by(original, start, end):
        return True
    near = original[max(0, start - _LIST_ITEM - 2):start]
    if _CLAIMED.search(near) is None and _CLAIMED.search(normalize(near).text) is None:
        return False
    lo, sentence = _sentence(original, start, end)
    return bool(_WARN_AFTER.search(normalize(sentence[end - lo:]).text))


# What others say, then the streamer's denial: 网上说香薰能治失眠，那个不靠谱 / 有人说这是全网最低价，瞎说的.
# The denial must judge the claim (瞎说, 不靠谱, 夸大, 谣言 …); "不夸张" affirms it, and a bare 不可能 may be
# about anything that follows (以后不可能再有这个价), so neither counts.
_HEARSAY = re.compile("说什么|网上|网传|有人说|有的人说|那些说|有些说|有的说|都说|听说|据说|传说|别人说|人家说|外面说|他们说|说是|号称|所谓|宣称|声称|吹")
# (an A-not-A question is no verdict: 你说靠不靠谱, 是不是假的 — session 39)
_REFUTED = re.compile("瞎说|胡说|乱说|胡扯|瞎扯|扯淡|(?<!靠)不靠谱|(?<![不没])夸大|(?<!是不)是假的|没有依据|没依据|不科学|谣言|"
                      "不这么说|不能这么说|不敢这么说|骗人的|忽悠人|别信|不可信|不是真的|不是那么回事|没那么神|"
                      # a wording disowned (就因为说什么国家级最好，这种话咱不说 — session 40)
                      "(?:这种|这样的|这些|这类|那种|那样的)话(?:咱们?|我们|我|咱家)?(?:可|是)?(?:不说|不能说|不敢说|不会说|从来不说|不讲|说不得)|"
                      "(?:没有|并没有|并无|缺乏|缺少|毫无)(?:任何)?(?:可靠|科学|充分)?(?:的)?(?:证据|依据|根据)")
_HEARSAY_REACH = 12


def refuted_hearsay(original: str, start: int, end: int) -> bool:
    """Is [start, end) what others say, denied later in the same sentence?"""
    lo, sentence = _sentence(original, start, end)
    before = re.split("[，,：:、]", sentence[max(0, start - lo - _HEARSAY_REACH):start - lo])[-1]   # same clause
    if _HEARSAY.search(normalize(before).text) is None:
        return False
    return bool(_REFUTED.search(normalize(sentence[end - lo:]).text))


# A claim stated to be knocked down, the way consumer warnings and science columns do: 一条内裤就能治前列腺炎，
# 真是胡扯 / 说按摩椅能根治腰椎病，这是不可能的 / 保健枕能治颈椎病？别做梦了. The verdict follows the claim in
# its sentence, or answers the sentence's own question. A seller who waves a doubt away (真不是忽悠, 谁说是骗局)
# negates the verdict, speaks as "we" to the audience or quotes others' doubt: still a claim. A bare 不可能 is
# not a verdict (不可能有比这更低的价); it must end its clause (这是不可能的).
_VERDICT = re.compile(_REFUTED.pattern + "|胡扯|骗局|夸大其[辞词]|言过其实|无稽之谈|伪科学|毫无根据|"
                      "别做梦|白日做梦|纯属忽悠|(?:是|这|那)?不可能(?:的)?(?:事)?(?:了|啦|吧)?$")
# the cheap first test, on _SIMPLE's view of the raw text: it may say yes too often, never no too often
_VERDICT_CUE = re.compile(_VERDICT.pattern.replace("$", "").replace("(?<![不没])", ""))
# where a verdict or a complaint of being cheated is itself the violation (debunked and buyer_complaint skip them)
_VERDICT_IS_THE_CLAIM = frozenset({"disparagement", "vulgar"})
_VERDICT_NEGATED = re.compile("(?:不|没|非|别|并非|绝不|绝对不|真不|谁说)[是算属说]?(?:在)?$")


def debunked(original: str, start: int, end: int) -> bool:
    """Is the claim at [start, end) followed by a verdict that knocks it down (胡扯, 不可能的, 别做梦了 …)?"""
    lo, sentence = _sentence(original, start, end)
    after = sentence[end - lo:]
    stop = lo + len(sentence)
    if original[stop:stop + 1] in ("？", "?"):      # 能治颈椎病？别做梦了: the next sentence answers the question
        _, answer = _sentence(original, stop + 1, stop + 1)
        after += "，" + answer
    if _VERDICT_CUE.search(after.translate(_SIMPLE)) is None:
        return False            # most claims: no verdict anywhere after them
    if _SPEAKER.search(normalize(sentence).text) or _SPEAKER.search(normalize(after).text):
        return False
    for clause in re.split("[，,：:；;、？?！!]", after):
        text = normalize(clause).text
        for m in _VERDICT.finditer(text):
            if not _VERDICT_NEGATED.search(text[:m.start()]) and not _HEARSAY.search(text[:m.start()]):
                return True         # (网上说是瞎说的: others' doubt, reported by the seller, is no verdict)
    return False


# A buyer's complaint about a deal gone wrong (被忽悠着买了保险…承诺…结果到期连3.2%都不到, 当初承诺的独立产权，现在连
#铺位边界都找不到): news and case files quote the victims, and the promise they retell is the seller's broken one, not
# a claim made to anyone. Not for disparagement or insults (别家的都被骗了 and 你这种人活该被骗 are the put-down), and not
# in a sentence that speaks as the seller to the audience (家人们别再被骗了，我们这个…).
_COMPLAINT = re.compile("被忽悠|被骗|上当了|上了当|当初承诺|当初说好|到期连|现在连|退费无门|没有下文|血本无归|太后悔了|"
                        "后悔莫及")


def buyer_complaint(original: str, start: int, end: int) -> bool:
    """Is [start, end) in a sentence where a buyer complains of having been taken in?"""
    text = _sentence_text(original, start, end)
    return _COMPLAINT.search(text) is not None and _SPEAKER.search(text) is None


# A cure or removal verb with a potential complement that denies it: 泡脚包根治不了的, 这个去不掉老年斑. Only
# after such a verb: 百分之百不起球不掉色 promises, its 不掉 belongs to the next word.
_DENIED_AFTER = re.compile("^(?:不了|不掉|不好)(?!多少)")
_CURE_VERB_END = frozenset("治医好去除消祛降瘦减退断")


def denied_after(original: str, start: int, end: int) -> bool:
    return end > start and original[end - 1] in _CURE_VERB_END and bool(_DENIED_AFTER.search(original[end:end + 4]))


# A claim raised only to be conceded (要说全网最便宜，这款真排不上; 论销量第一，我们还差得远): the topic is set with 要说 /
# 论, and the next clause gives it up. Not when the giving up is others' (要说最低价还得是我们，别家都排不上).
_CONCEDE_TOPIC = re.compile("(?:要说|要论|说到|讲到|论到|论|要比|比起)[一-龥]{0,3}$")
_CONCEDED = re.compile("排不上|算不上|谈不上|称不上|轮不到|比不上|数不上|够不上|不敢当|差得远|还差点|还差一点|真不是我们|不是我们")
_NOT_CONCEDED = re.compile("别家|别人|他们|其他|同行|人家|还得是|还是我们|就是我们|当属|非我们|只有我们")


def conceded_after(original: str, start: int, end: int) -> bool:
    before = original[max(0, start - 8):start]
    k = max((i for i, ch in enumerate(before) if is_break(ch)), default=-1)
    if not _CONCEDE_TOPIC.search(_SCOPE.sub("", normalize(before[k + 1:]).text)):     # 要说(全网)最便宜
        return False
    after = normalize(original[end:end + 16]).text
    m = _CONCEDED.search(after)
    return m is not None and _NOT_CONCEDED.search(after[:m.end()]) is None


# A regulator reporting (市场监管局认定，… / 法院查明，…): its name and a finding verb before a pause are the
# report's subject and verb, not an endorsement (经卫健委认定 still is one).
_FINDING = re.compile("(?:认定|查明|认为|指出|发现|通报|表示|核实|判定|裁定|调查|提醒|提示)$")


def reporting_clause(original: str, start: int, end: int) -> bool:
    if end >= len(original) or original[end] not in "，,：:" or original[max(0, start - 1):start] in ("经", "經"):
        return False
    said = normalize(original[start:end]).text
    return bool(_FINDING.search(said)) and bool(_REGULATOR.search(said))


# Words about words: 涉及疾病预防、治疗的词汇库, 出现频率最高的违规词, 根治等医疗用语 — the claim modifies a
# vocabulary. Not 使用了“国内最好”的表述: that reports what the seller said.
_WORDS_NOUN = re.compile("^[^，,。；;：:！？!?\\n]{0,10}?(?:(?:的|等|之类的?)(?:词汇|词库|违禁词|违规词|敏感词|极限词|关键词)|"
                         "(?:等|之类的?|一类)(?:医疗|绝对化|夸大|违规|违禁|宣传)?(?:用语|词语|表述|说法|字眼)|"
                         # …or the speaker's own words about them (全网第一那种词我们不讲)
                         "(?:那种|这种|这类|那类|这一类|那一类|这些|那些|这样的|那样的|之类的?)(?:词|字眼|说法|用语|话|表述)|"
                         # …or a claim of a case file: 含疾病治疗宣称的PPT, 表明疗效的断言, 与疗效有关的文字
                         "(?:的|有关的)?(?:宣称|断言|文字|描述)|"
                         # …or a phrase called a sales trick (“开盘即售罄”只是一个常规营销手法): the trick is named, not used
                         "(?:只是|就是|不过是|无非是|都是)(?:一种|一个|个)?[一-龥]{0,4}?(?:营销|销售|宣传|促销)(?:手法|手段|套路|噱头|话术|说辞))")


def metalinguistic(original: str, start: int, end: int) -> bool:
    at = end - 1 if end > start and original[end - 1] == "的" else end     # 最高的违规词
    return bool(_WORDS_NOUN.match(original[at:at + 24]))


class _Simplified(dict):
    """str.translate table: each character as normalize() writes it, separators dropped — a cheap view for a
    first test that may say yes too often, never no too often."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = "" if is_break(ch) or unicodedata.category(ch)[0] == "S" else normalize(ch).text
        self[code] = out
        return out


_SIMPLE = _Simplified()


def advisory_mention(original: str, start: int, end: int) -> bool:
    """Is [start, end) inside a quotation in a sentence of regulator prose (消协提醒，警惕“包治百病”的理疗仪;
    不得使用"国家级""最高级"等用语; 主播让你"加微信"的一律不要理会)? Then the words are mentioned, not claimed."""
    lo, sentence = _sentence(original, start, end)
    before = sentence[:start - lo]
    if _WARNING.search(before.translate(_SIMPLE)):        # the cheap test first, then the exact one
        before = normalize(before).text
        w = _WARNING.search(before)
        if w is not None and (_REGULATOR.search(before[:w.start()]) or _CLAIMED.search(before[w.end():])):
            return True         # 消协提示：主播让你加微信私下转账的，一律不要理会 — the whole sentence is advice
    if _QUOTE_CHARS.isdisjoint(sentence):
        return False
    quotes = _quotes_in(sentence)
    # every character of the span inside a quotation (加微信""私下交易: one span over two quotes)
    if not quotes or not all(any(a < k <= b for a, b in quotes) for k in range(start - lo, end - lo)):
        return False
    for a, b in quotes:
        if a < end - lo <= b + 1 and b + 1 < len(sentence) and not is_break(sentence[b + 1]) \
                and _NOT_TO_SAY.search(normalize(sentence[b + 1:b + 12]).text):
            return True
    return bool(_ADVISORY.search(normalize(_outside_quotes(sentence, quotes)).text))


# A false price is a price set against another: a reference price (原价, 吊牌价, 专柜), another seller's, a
# later or earlier one, or a second amount. A sentence with one amount and none of these is a plain price
# (今天价格是一百二十九元), whatever a model's n-grams say. Read on the canonical text, which spells digits out.
_AMOUNT = re.compile("[零〇一二两俩三四五六七八九十百千万亿几点]{2,}|[一二两三四五六七八九十几](?=[块元毛折])")
_PRICE_REFERENCE = re.compile(
    "原价|原来|划线|吊牌|专柜|市场价|参考价|市面|回去|指导价|零售价|建议|官网|官方|门市|商场|超市|实体店|外面|别家|别人家|平时|"
    "日常|以前|之前|往常|恢复|回到|涨|明天|下播|下周|下个月|直降|降了|便宜了|省了|砍|折|亏|成本|出厂|批发|底价|最低|"
    "清仓|半价|价值|对比|同款|全网|某[东宝猫多音]|别的|别处|别地|别人|其他|哪家|任何一家|差价|不赚|找不到|更便宜|嘴低|"
    "比.{0,8}?(?:便宜|低|少|省|贵|高)")


# A gift or freebie that lasts while stocks last (赠品数量有限，送完即止) states a fact about stock; urgency needs the
# pressure too (抢, 赶紧, 最后, 倒计时, 从速 …): 限量发售，售完即止，欲购从速 is false urgency.
_GIFT_STOCK = re.compile("[送赠领]完(?:即止|为止|就没了|就没有了)")
_PRESSURE = re.compile("抢|赶紧|赶快|快|最后|倒计时|手慢|错过|只剩|仅剩|马上|秒|从速|抓紧|限时|仅限|先到先得|别犹豫")


# …as Whisper may write it: 送完几只 for 送完即止 (the shared samples' gift notice, heard), by sound.
_GIFT_STOCK_HEARD = re.compile("[送赠领]完([\u4e00-\u9fff]{2})")
_WHILE_STOCKS_LAST = (["ji", "zhi"], ["wei", "zhi"])


def gift_stock_notice(sentence: str) -> bool:
    """True for a canonical sentence that says a gift lasts while stocks last, and presses nobody."""
    if _PRESSURE.search(sentence) is not None:
        return False
    if _GIFT_STOCK.search(sentence) is not None:
        return True
    return any(raw_syllables(m.group(1)) in _WHILE_STOCKS_LAST for m in _GIFT_STOCK_HEARD.finditer(sentence))


# A promotion's end stated as a clock time or a date, with the everyday price it returns to (活动价到晚上十一点，之后
# 恢复四十九块九，页面上都标着; 十点半以后价格恢复日常; 十二点就恢复两千四百九十九, as fresh13's host put it): the research catalogue's C04 names "限时 with stated end time" a
# false positive, since the promotion rules ask for exactly that statement. The writers of fresh10–12 made such
# sentences their urgency traps, and they were 5 of fresh12's 17 false alarms when it was scored untouched. It stays urgency with pressure (只挂到十二点, 仅限今晚, 马上涨回去, 手慢无), when the price "rises back"
# or returns to an 原价 (过了十二点恢复原价: the corpus's and the tuners' urgency), and stays a false price beside
# another reference price (原价三千九，今天一千九…).
# (a clock, not a price read out with its decimal point: 二十九点三元 holds no 九点三)
_END_CLOCK = ("(?:(?<![零一二两三四五六七八九十百千万点])[零一二两三四五六七八九十]{1,3}点(?:半|[零一二三四五六七八九十]{1,3}分?)?(?![零一二三四五六七八九十]|[元块])|零点|午夜|"
              "[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号])")
_STATED_END = re.compile(_END_CLOCK + ".{0,10}?(?:之后|以后|过后|一过|过了|结束后|就|准时|准点).{0,6}?"
                         # …or the price it goes by then (十点以后按店铺日常价一百三十九一盒)
                         "(?:恢复|改回|调回|变回|回到|按照|按)(?:成|到|为)?"
                         # the price's name may come first, as Whisper garbles it (恢复利场价一百二十九 for 日常价; 按电铺日长加
                         # 一百三十九, 价 heard as 加)
                         "(?:[一-龥]{1,4}[价加])?(?:一[支瓶盒件套份个条袋斤])?(?:日常|平时|平常|正常|门店|门市|[零〇一二两三四五六七八九十百千万几]{2,}|"
                         "[一二两三四五六七八九十几](?=[块元]))")
_END_PRESSURE = re.compile("只|仅|才是|统统|一律|涨|原价|抢|赶紧|赶快|最后|手慢|错过|马上|立刻|秒|从速|抓紧|先到先得|别犹豫|"
                           "就没|没有了|不会再|机会")
# Not _PRICE_REFERENCE (below): that list holds the restoring words themselves (恢复, 回到, 日常, 以前 …), which every
# such sentence has; this one is the reference prices a sentence may add beside them.
_OTHER_REFERENCE = re.compile("划线|吊牌|专柜|市场价|参考价|指导价|零售价|官网|商场|超市|实体店|外面|别家|别人家|同款|全网|"
                              "直降|省了|砍|半价|价值|亏|成本|出厂|最低|比.{0,8}?(?:便宜|低|少|省)")


def stated_end_time(original: str, start: int, end: int) -> bool:
    """Is [start, end) in a sentence that states when an offer ends and the everyday price it returns to, or the end
    the page itself shows, pressing nobody and comparing with no other price?"""
    sentence = _sentence_text(original, start, end)
    return (_STATED_END.search(sentence) is not None or _PAGE_END.search(sentence) is not None) \
        and _END_PRESSURE.search(sentence) is None and _OTHER_REFERENCE.search(sentence) is None


# …or the end said with the page that shows it (满减活动到十二点整结束，页面上有倒计时; 活动到今晚十二点结束，页面上有倒计时，
# 时间是平台设置的): the platform's own countdown, read out, is the stated end the promotion rules ask for. Two hands wrote
# it as their trap (dev sleepwear, foot_bath_spa).
# (结束 may go unsaid: 限时价到今晚十点，页面上有倒计时 — the page's countdown says it; 到十二点失效 likewise)
_PAGE_END = re.compile(_END_CLOCK + "(?:整|钟)?(?:准时)?(?:结束|截止|失效|到期)?[^。！？]{0,12}?(?:页面|平台设置|平台定的|详情页|活动页)")


# Stock stated as it is, with the restock to come or the count shown to all (这个颜色确实只剩六件了，后台库存大家看，
# 补货要等两周; 仓库实际就剩二百一十件，后台数字是实时的，卖完要等工厂下周再补): a fact about stock, not invented scarcity.
# Two hands wrote such sentences as their genuine-stock traps (dev houseplants, knives_tools, sleepwear, insoles_posture,
# telecom_plans). The pressure words keep it urgency (抢, 赶紧, 手慢, 错过 …), as does stock that will never come back
# (卖完不补货: 补 after a negation is no restock).
_RESTOCK = re.compile("(?<![不没无])补货(?:要|得|需要|大概|预计)|(?:要|得|就得|需要)等[一-龥]{0,8}?(?:再补|补上|补货|下批|下一批|到货|那批出来|那批到)|"
                      "还会(?:继续|再)?补|会(?:继续|再)补|(?:下周|下个月|[一两三四五六七八九十]周(?:后|以后)?)(?:再|会)?补|"
                      "后台(?:的)?(?:数字|库存|数据)[一-龥]{0,6}?(?:大家|你们)(?:都)?(?:能|可以)?(?:直接)?看|(?:库存|数字)是实时的|不会假装|"
                      # the next batch or class with its date (下一批是月底二十八号到货, 下一批黑色周五补货, 下周二到仓,
                      # 满了下一期是三月十五号开课): nine hands' genuine-stock traps give the restock so
                      "下一[批期轮][一-龥0-9]{0,10}?(?:到货|到仓|补货|补上|上架|开课|开班|开团)|"
                      "(?:下周[一二三四五六日天]?|周[一二三四五六日天]|[一二三四五六七八九十]{1,3}[号日]|月底|月初)(?:就|会|能)?(?:到货|到仓|补货)|"
                      # …or the buyer told there is no hurry (周六还剩四间，周日还多，想周日来的不用急) — session 39
                      "(?:不用|不必|别|无需|用不着)(?:着急|急|抢)|不着急|(?:周[一二三四五六日天]|明天|下周|其他|别的)[一-龥]{0,4}?还(?:多|有很多|有好多|充足)")
_STOCK_PRESSURE = re.compile("抢|赶紧|赶快|手慢|手快|下手|错过|抓紧|先到先得|别犹豫|犹豫|再不|倒计时|下架|涨价|恢复原价|机会|就没了|没了就|"
                             "最后|马上|立刻|快没|快卖|快断|快拍|要的|想要|只有今天|今天不|不补")


def stock_disclosed(original: str, start: int, end: int) -> bool:
    """Is [start, end) in a sentence that states the stock with its restock or its live count, pressing nobody?"""
    sentence = _sentence_text(original, start, end)
    return _RESTOCK.search(sentence) is not None and _STOCK_PRESSURE.search(sentence) is None


# The cure said to be beyond the product, inside the claim's own words (十几年的颈椎病不是一个枕头能解决的, 老胃病哪是
# 喝几天茶能治好的): a frame spans the denial it holds, which the negation cue before the claim does not see.
_CURE_DENIED = re.compile("(?:不是|并不是|并非|哪是|可不是)[一-龥]{0,8}?(?:能|可以|就能)(?:解决|治好|治愈|根治|调好|调理好|搞定|治)")


def cure_denied(original: str, start: int, end: int) -> bool:
    return _CURE_DENIED.search(normalize(original[start:min(len(original), end + 4)]).text) is not None


# A rival named fairly (隔壁老张家也卖枸杞…价格跟我们差不多，大家自己比较; 他们家的也不错，看个人喜好): parity or the
# buyer's own judgement, said in the same sentence, is no put-down. Only the classifier's opinion is held to it: a
# rule hit names the put-down itself.
_FAIR = re.compile("差不多|差不了多少|大家自己比较|自己比较|自己对比|大家可以对比|如实说|实事求是|各有千秋|各有优势|各有各的|"
                   "都不错|也不错|看个人|看你自己|看自己需求|按需选择|都可以选|"
                   # the buyer sent to look at the rival too (预算充足的家长都可以去看看, 可以都去试听对比): fresh12's traps
                   "可以(?:都)?去(?:看看|试试|试听|试用|对比|比较|了解|问问)|可以多比较|货比三家")


def fair_comparison(sentence: str) -> bool:
    """True for a canonical sentence that grants the rival parity or leaves the judgement to the buyer."""
    return _FAIR.search(sentence) is not None


# A put-down aimed at the viewer, naming no rival (你那脖子又短又粗; 就你那点工资还在这装懂; 没钱就闭上你那张臭嘴): an
# insult, which the categories call vulgar; disparagement is about a rival's goods or business. The classifier that hears
# mixes the two on transcripts (both are full of contempt); only its opinion is held to this: on the read recordings it
# called three such insults put-downs (one beside the insult's own vulgar hit) and no text line changed.
_AT_THE_VIEWER = re.compile("你那|你这|就你|你家|你们家|你们这些|你们这帮|你们那|你个|看你|你自己|你的脸|臭嘴|闭嘴|滚")
_RIVAL_NAMED = re.compile("别家|别人家|人家|他们|他家|她家|那家|那些|这些家|同行|外面|外头|外边|其他|其它|隔壁|某[一-龥]|大牌|网红|"
                          "品牌|牌子|厂家|厂子|作坊|店|平台|主播|商家|卖家|对家|友商|市面|市场|机构")


def insults_the_viewer(sentence: str) -> bool:
    """True for a canonical sentence that puts down the person spoken to and names no rival."""
    return _AT_THE_VIEWER.search(sentence) is not None and _RIVAL_NAMED.search(sentence) is None


# "Come and find me" where the money comes back (穿满三个月还是罗圈腿，你直接来找我，我按三倍的价钱赔给你): the buyer is
# sent to the seller for a refund, not off the platform to deal. Only the classifier's opinion is held to it (a
# fresh recording's false alarm); a rule hit names the lure itself.
_REFUND = re.compile("赔给你|赔给您|赔你|赔您|退给你|退给您|退你|退您|退全款|全额退|退款|退钱|倍的价钱|双倍|三倍")


def refund_promise(sentence: str) -> bool:
    """True for a canonical sentence in which the seller promises money back."""
    return _REFUND.search(sentence) is not None


# Two amounts for two sizes or pieces (一斤装九百八十八，两斤装一千九百; 这串两万六千八，那串一千二百八) are a price
# list, not a price against another, unless the deal's own words are there too (今天, 直播间, 到手, 只要, 卖 …): on
# the read recordings the classifier called such lists false prices. The list is recognised by its items, not by
# missing words, since Whisper garbles 今天 and 卖 in a real comparison (晶天一百九十八).
_PRICED_ITEM = re.compile("[一二两三四五六七八九十半][一-龥]?装|(?:这|那)(?:串|款|个|件|套|瓶|盒|支|条|只|双|台|把|块|种|份)|"
                        "单买|单拍|单卖|单独买|单独卖|一起拍|组合价|套装|礼盒装|"
                        # a single piece and a count of them, an add-on (单条…两条…; 单灯…加一个副灯…): session 26's
                        # recordings, where the model called three such lists false prices
                        "^单[一-龥]|单(?:条|件|盒|瓶|支|只|双|台|套|份|杯|袋|罐|包|个|灯|机)|"
                        # …and a tier by count, one included (一盒九十九，两盒一百八十九: fresh16's, session 39)
                        "[一两二三四五六七八九十](?:条|件|盒|瓶|支|只|双|台|套|份|杯|袋|罐|包)|加(?:一个|个|一只|一条|一套)")
_OFFER = re.compile("今天|现在|直播|到手|只要|只需|(?<![单独])卖|才|仅|秒杀|福利|活动|特价|优惠|券|拍下|限时|抢|咱|外边|外头|外面|"
                    "要[零〇一二两三四五六七八九十百千万几]")


def price_without_comparison(sentence: str) -> bool:
    """True for a canonical sentence with no price to compare its amount with: at most one amount, or a price
    list (amounts for two items, no word of an offer)."""
    if _PRICE_REFERENCE.search(sentence):
        return False
    if len(_AMOUNT.findall(sentence)) < 2:
        return True
    return len(_PRICED_ITEM.findall(sentence)) >= 2 and _OFFER.search(sentence) is None


@lru_cache(maxsize=1)
def _two_char_readings() -> dict[tuple[str, str], int]:
    from rules.pinyin_index import tables
    ensure_jieba()
    raw = tables().raw
    counts: dict[tuple[str, str], int] = {}
    for word, freq in jieba.dt.FREQ.items():
        if freq > 0 and len(word) == 2:
            a, b = raw.get(ord(word[0])), raw.get(ord(word[1]))
            if a and b:
                counts[(a, b)] = counts.get((a, b), 0) + 1
    return counts


def homophone_words(syllables: tuple[str, ...]) -> int:
    """How many dictionary words read like this two-syllable phrase (极致: 20, 祛斑: 1)."""
    return _two_char_readings().get(tuple(syllables), 0) if len(syllables) == 2 else 0


def warm_up() -> None:
    ensure_jieba()
    _two_char_readings()
