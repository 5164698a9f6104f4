"""Context checks that turn a candidate span into a hit or drop it.

- word boundaries: a short phrase must not sit inside a longer word (第一 in 第一次, 口交 in 路口交通);
  jieba segments only a small window around the candidate, never the whole transcript.
- negation and disclaimers right before the claim (不能治疗疾病, 不敢说是最好的, 不是最便宜的).
Exceptions per rule are plain overlap tests done by the matcher.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import jieba

from rules.normalize import normalize
from rules.pinyin_index import encode, is_encoded

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


def is_dictionary_word(word: str) -> bool:
    ensure_jieba()
    return jieba.dt.FREQ.get(word, 0) > 0


def _tokens(window: str) -> list[tuple[int, int]]:
    ensure_jieba()
    out, pos = [], 0
    for tok in jieba.cut(window, HMM=True):
        out.append((pos, pos + len(tok)))
        pos += len(tok)
    return out


def inside_longer_word(text: str, start: int, end: int) -> bool:
    """True when [start, end) cuts through a jieba word (so it is part of a longer, different word)."""
    lo = max(0, start - WINDOW)
    spans = _tokens(text[lo:min(len(text), end + WINDOW)])
    s, e = start - lo, end - lo
    return any(a < s < b or a < e < b for a, b in spans)


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


def single_token(text: str, start: int, end: int) -> bool:
    """True when jieba keeps [start, end) together as one token (a misheard word, not two words)."""
    lo = max(0, start - WINDOW)
    spans = _tokens(text[lo:min(len(text), end + WINDOW)])
    return (start - lo, end - lo) in spans


# Negation cue, then at most a few filler characters, then the claim: 不敢说是[最好], 不能[治疗].
_NEG_CUES = ("不", "没", "无法", "并非", "别", "谈不上", "算不上", "称不上", "禁止", "严禁", "不准", "不许", "杜绝",
             "避免", "切勿", "勿")
_FILLER = set("是说敢能会算叫称得上一定可以要太那么这个就都也还再用来去为对于到您你我们它他她真的宣传承诺保证夸张有什任何"
              "使含出现涉及标注写以等在把")
_NEG_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, _NEG_CUES), key=len, reverse=True)) + ")")
_LOOKBACK = 10
# Disclaimers deny whatever follows them in the clause, however many words stand between.
_DISCLAIMERS = ("不敢说", "不能说", "不敢保证", "不能保证", "不保证", "不承诺", "不是说", "并不是说", "没法说", "不好说",
                "不存在", "没有什么", "不会说", "不会承诺",
                # the mandatory notice of health foods and devices: 本品不能代替药物治疗
                "不能代替", "不能替代", "不可代替药", "不替代", "不代替")


_REPORTED_QUESTION = re.compile("问(?:一下)?(?:是不是|有没有|能不能|会不会|是否)")
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


def negated(original: str, start: int) -> bool:
    """Is the claim starting at original[start] preceded, in the same clause, by a negation cue?"""
    lo = max(0, start - _LOOKBACK)
    clause = original[lo:start]
    # The clause ends at the last punctuation/space before the claim: 不说了，全网最低价 is not negated.
    for k in range(len(clause) - 1, -1, -1):
        if is_break(clause[k]):
            clause = clause[k + 1:]
            break
    clause = normalize(clause).text      # traditional 沒/說 -> 没/说, full-width, case
    if _REPORTED_QUESTION.search(clause):
        return True             # 有姐妹问是不是最显瘦的: a viewer's question, not the streamer's claim
    for m in _NEG_RE.finditer(clause):
        a, b = m.start(), m.end()
        if b - a == 1 and 0 < a and b < len(clause) and clause[a - 1] == clause[b]:
            continue        # 是不是 / 有没有 / 能不能: a question, the claim is still made
        if m.group() == "别" and (clause[b:b + 1] in ("的", "人", "家", "处")
                                  or (a > 0 and is_dictionary_word(clause[a - 1:b]))):
            continue        # 别的店 / 别人家 / 同级别 / 特别: "other" or part of a word, not "don't"
        gap = clause[b:]
        if len(gap) <= 4 and all(c in _FILLER for c in gap):
            return True
        if any(clause.startswith(d, a) for d in _DISCLAIMERS):
            return True         # 不敢说我们的金价是最低的: a disclaimer covers the rest of its clause
    # Whisper mishears the disclaimer too (簿干说这是最好的): three-syllable disclaimers count by sound.
    enc = encode(clause).enc        # once, not once per disclaimer
    return any(d in enc for d in _disclaimer_sounds())


@lru_cache(maxsize=1)
def _disclaimer_sounds() -> tuple[str, ...]:
    return tuple(e for e in (encode(d).enc for d in _DISCLAIMERS if len(d) >= 3) if is_encoded(e))


_OPEN_Q, _CLOSE_Q = "“「『‘", "”」』’"
_LIST_AFTER = ("等", "之类", "这类", "一类", "这些", "这样的", "字样")
_QUOTE_REACH = 12


def quoted_mention(original: str, start: int, end: int) -> bool:
    """Is [start, end) a word quoted in a list of quoted words (不得使用“国家级”“最高级”“最佳”等用语)?

    A list of short quoted terms is how regulations, penalty decisions and news *mention* banned words;
    a streamer's claim is not written that way. A single quoted claim (宣称“能治高血压”) is not a list,
    unless the sentence around it is advice or a prohibition (advisory_mention)."""
    if advisory_mention(original, start, end) or listed_mention(original, start, end):
        return True
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
    after = original[c + 1:c + 4]
    before = original[max(0, o - 2):o]
    return (after[:1] in _OPEN_Q and after[:1] != "") or (after.startswith("、") and after[1:2] in _OPEN_Q) \
        or any(after.startswith(w) for w in _LIST_AFTER) \
        or (before[-1:] in _CLOSE_Q and before[-1:] != "") or (before[-1:] == "、" and before[-2:-1] in _CLOSE_Q)


_SENTENCE_ENDS = set("。！？!?；;\n")
_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", '"': '"'}
# Regulator prose talks about words (用语, 字眼), advises (提醒, 警惕) or forbids (禁止, 不得); a streamer's claim
# quoted in a penalty decision (当事人宣称“能治疗高血压”) does none of that around the quote.
_ADVISORY = re.compile("用语|词语|词汇|字眼|字样|表述|措辞|违禁词|极限词|敏感词|提醒|提示|警惕|当心|谨防|"
                       "不要相信|别信|轻信|切勿|谨慎|理性消费|理性购物|擦亮眼睛|一律不要|不要理会|禁止|严禁|不得|不准|不允许")


# Without quotation marks, only a sentence that names a regulator and then warns or forbids, before the claim.
_REGULATOR = re.compile("消协|消费者协会|消保委|市场监管|监管部门|监管局|工商|平台规则|平台公告|法院|判决|检察|网信|"
                        "新规|规定|法律|法规|条例|广告法|办法|该局|本局|分局|药监|卫健委|执法人员|执法部门|公安机关|通报")
# 警惕宣称能治病的… / 提醒消费者，对号称… : a warning about what sellers claim; the claim is its object, not said.
_CLAIMED = re.compile("宣称|声称|号称|自称|所谓|打着")
_WARNING = re.compile("提醒|提示|警惕|谨防|当心|切勿|一律不要|不要相信|禁止|严禁|不得|明确")


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


def listed_mention(original: str, start: int, end: int) -> bool:
    """Is [start, end) an item of an unquoted enumeration of words (标示的市场最低价、出厂价、批发价等价格表示)?

    Regulations and penalty decisions enumerate the words they forbid with 、; a streamer does not speak in
    enumeration commas, and Whisper does not print them."""
    lo = start
    floor = max(0, start - _PROSE_REACH)    # bounded: a hostile 200k-character clause stays linear
    while lo > floor and original[lo - 1] not in "，,。；;：:！？!?\n":
        lo -= 1
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


def advisory_mention(original: str, start: int, end: int) -> bool:
    """Is [start, end) inside a quotation in a sentence of regulator prose (消协提醒，警惕“包治百病”的理疗仪;
    不得使用"国家级""最高级"等用语; 主播让你"加微信"的一律不要理会)? Then the words are mentioned, not claimed."""
    lo = start
    floor = max(0, start - _PROSE_REACH)
    while lo > floor and original[lo - 1] not in _SENTENCE_ENDS:
        lo -= 1
    hi = end
    ceiling = min(len(original), end + _PROSE_REACH)
    while hi < ceiling and original[hi] not in _SENTENCE_ENDS:
        hi += 1
    sentence = original[lo:hi]
    before = normalize(sentence[:start - lo]).text
    w = _WARNING.search(before)
    if w is not None and (_REGULATOR.search(before[:w.start()]) or _CLAIMED.search(before[w.end():])):
        return True         # 消协提示：主播让你加微信私下转账的，一律不要理会 — the whole sentence is advice
    quotes = _quotes_in(sentence)
    # every character of the span inside a quotation (加微信""私下交易: one span over two quotes)
    if not quotes or not all(any(a < k <= b for a, b in quotes) for k in range(start - lo, end - lo)):
        return False
    outside, last = [], 0
    for a, b in quotes:
        outside.append(sentence[last:a])
        last = b + 1
    outside.append(sentence[last:])
    return bool(_ADVISORY.search(normalize("".join(outside)).text))


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
