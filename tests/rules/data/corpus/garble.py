"""Turn a written corpus line into what Whisper `base` typically prints for it.

`garble(text, seed)` is deterministic (same text + seed -> same output) and always returns a string that
differs from its input. It imitates the ways the small Whisper model mangles Mandarin livestream speech,
as seen in real transcripts (祛斑→區班, 降血脂→降薛之, 祛痘→去豆, 降压→将压, 私聊→思聊, 蠢货→扯货, 最低价→嘴低价):

1. Sound-alike substitution (always). 15-30 % of the Chinese characters (at least one) are replaced by
   another *common* character with the same toneless pinyin (70 % of substitutions) or with a confusable
   reading (30 %: z/zh, c/ch, s/sh, n/l, f/h, r/l initials; an/ang, en/eng, in/ing, ian/iang, uan/uang
   finals). Characters of content words (jieba words of two or more characters that are not function
   words) are picked first, as those are the ones an acoustic model gets wrong; punctuation, digits,
   Latin letters and Chinese numerals are never substituted. "Common" = the character's summed jieba
   dictionary frequency (over the words containing it) is at least COMMON_MIN; among candidates the
   more frequent ones are likelier, as a language model prefers them.
2. Numbers as digits (p = 0.4 per line): Chinese numerals with a unit (三百九十九, 两千, 十万) become
   Arabic digits (399, 2000, 100000), and years read digit by digit too (二零一八年 → 2018年). Other digit
   runs without a unit (三四个) are left alone: they are ranges, not numbers.
3. Traditional characters (p = 0.2 per line): the whole line goes through OpenCC s2t, as Whisper
   often answers Mandarin in traditional script without a simplified-Chinese prompt.
4. Punctuation (p = 0.5 per line): each punctuation mark is dropped (40 %), turned into a space (30 %)
   or into another mark (30 %), as Whisper base punctuates erratically.

The homophone table is built once, lazily, from jieba.dt.FREQ and pypinyin; nothing is downloaded.
"""
from __future__ import annotations

import logging
import random
import re
from collections import defaultdict
from functools import lru_cache

import jieba
from opencc import OpenCC
from pypinyin import Style, pinyin

jieba.setLogLevel(logging.WARNING)  # its "Building prefix dict" chatter is noise in build output

COMMON_MIN = 1000  # summed word frequency; keeps ~3300 characters, about the size of a common-character list
SAME_READING_SHARE = 0.7
P_DIGITS, P_TRADITIONAL, P_PUNCT = 0.4, 0.2, 0.5

_HAN = re.compile(r"[\u4e00-\u9fff]")
_NUMERAL_CHARS = "零一二三四五六七八九十百千万两"
_NUMERAL_RUN = re.compile(f"[{_NUMERAL_CHARS}]{{2,}}")
_PUNCT = "，。！？、；：,.!?;:…~～"
_FUNCTION_WORDS = set("的了吗呢啊吧呀哦哈嘛啦么我你他她它们这那是在有就都也还和跟把被给很太又才再让要会能可以") | {
    "我们", "你们", "他们", "这个", "那个", "就是", "然后", "一个", "什么", "怎么", "还是", "已经", "因为", "所以",
}
_INITIAL_SWAPS = [("zh", "z"), ("ch", "c"), ("sh", "s"), ("z", "zh"), ("c", "ch"), ("s", "sh"),
                  ("n", "l"), ("l", "n"), ("f", "h"), ("h", "f"), ("r", "l"), ("l", "r")]
_FINAL_SWAPS = [("iang", "ian"), ("uang", "uan"), ("ang", "an"), ("eng", "en"), ("ing", "in"),
                ("ian", "iang"), ("uan", "uang"), ("an", "ang"), ("en", "eng"), ("in", "ing")]


def _reading(ch: str) -> str:
    return pinyin(ch, style=Style.NORMAL, heteronym=False)[0][0]


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, list[tuple[str, int]]], dict[str, str]]:
    """reading -> [(char, weight)] sorted by weight desc, and char -> reading, for common characters."""
    jieba.initialize()
    weight: dict[str, int] = defaultdict(int)
    for word, freq in jieba.dt.FREQ.items():
        if freq > 0:
            for ch in word:
                if _HAN.match(ch):
                    weight[ch] += freq
    by_reading: dict[str, list[tuple[str, int]]] = defaultdict(list)
    reading_of: dict[str, str] = {}
    for ch in sorted(weight):
        if weight[ch] >= COMMON_MIN:
            r = _reading(ch)
            reading_of[ch] = r
            by_reading[r].append((ch, weight[ch]))
    for r in by_reading:
        by_reading[r].sort(key=lambda cw: (-cw[1], cw[0]))
    return dict(by_reading), reading_of


def _confusable_readings(r: str) -> list[str]:
    out = []
    for a, b in _INITIAL_SWAPS:
        # "zh"/"ch"/"sh" must not be read as z/c/s + h; "l" has two confusions (n and r), so no break
        if r.startswith(a) and not (len(a) == 1 and r[1:2] == "h" and a in "zcs"):
            out.append(b + r[len(a):])
    for a, b in _FINAL_SWAPS:
        if r.endswith(a):
            out.append(r[: -len(a)] + b)
            break
    return out


def _candidates(ch: str, same: bool) -> list[tuple[str, int]]:
    by_reading, reading_of = _table()
    r = reading_of.get(ch) or _reading(ch)
    readings = [r] if same else _confusable_readings(r)
    cands = [cw for rr in readings for cw in by_reading.get(rr, []) if cw[0] != ch]
    return cands[:12]  # the long tail of a reading is rare characters a language model would not print


def _pick(rng: random.Random, cands: list[tuple[str, int]]) -> str:
    # square root flattens the huge frequency range so the top character does not always win
    return rng.choices([c for c, _ in cands], weights=[w ** 0.5 for _, w in cands])[0]


def _substitute(text: str, rng: random.Random) -> str:
    positions: list[tuple[int, bool]] = []  # (index, is content word)
    i = 0
    for word in jieba.lcut(text):
        content = len(word) >= 2 and word not in _FUNCTION_WORDS
        for k, ch in enumerate(word):
            if _HAN.match(ch) and ch not in _NUMERAL_CHARS and ch not in _FUNCTION_WORDS:
                positions.append((i + k, content))
        i += len(word)
    if not positions:
        positions = [(j, False) for j, ch in enumerate(text) if _HAN.match(ch) and ch not in _NUMERAL_CHARS]
    n_han = len(_HAN.findall(text))
    want = max(1, round(n_han * rng.uniform(0.15, 0.30)))
    content = [p for p, c in positions if c]
    other = [p for p, c in positions if not c]
    rng.shuffle(content)
    rng.shuffle(other)
    chars = list(text)
    done = 0
    for p in content + other:
        if done >= want:
            break
        same = rng.random() < SAME_READING_SHARE
        cands = _candidates(chars[p], same) or _candidates(chars[p], not same)
        if cands:
            chars[p] = _pick(rng, cands)
            done += 1
    return "".join(chars)


_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNIT = {"十": 10, "百": 100, "千": 1000}


def _parse_below_wan(s: str) -> int | None:
    total, digit, last_unit = 0, None, 10_000
    for ch in s:
        if ch == "零":
            if digit is not None:
                return None
        elif ch in _DIGIT:
            if digit is not None:
                return None  # two digits in a row: a range like 三四, not a number
            digit = _DIGIT[ch]
        else:
            u = _UNIT[ch]
            if u >= last_unit:
                return None
            total += (digit if digit is not None else 1) * u
            digit, last_unit = None, u
    if digit is None:
        return total
    if len(s) >= 2 and s[-2] in "百千":
        return total + digit * last_unit // 10  # 两百五 = 250, 三千二 = 3200
    return total + digit


def chinese_number(s: str) -> int | None:
    """Value of a Chinese numeral with a unit (十/百/千/万), else None (三四 is a range; 千万 means "by all means")."""
    if not any(u in s for u in "十百千万") or s.count("万") > 1 or s[0] not in "一二两三四五六七八九十":
        return None
    hi, wan, lo = s.partition("万")
    top = _parse_below_wan(hi)
    if not wan:
        return top
    if top is None:
        return None
    if len(lo) == 1 and lo in _DIGIT and lo != "零":
        return top * 10_000 + _DIGIT[lo] * 1000  # 三万五 = 35000
    low = _parse_below_wan(lo) if lo else 0
    return None if low is None else top * 10_000 + low


_YEAR = re.compile("([零一二三四五六七八九]{4})年")


def _digits(text: str) -> str:
    def repl(m: re.Match) -> str:
        v = chinese_number(m.group())
        return str(v) if v is not None else m.group()
    # years are read digit by digit (二零一八年) and printed as 2018年
    text = _YEAR.sub(lambda m: "".join(str(_DIGIT[c]) for c in m.group(1)) + "年", text)
    return _NUMERAL_RUN.sub(repl, text)


_OTHER_MARK = {"，": "。", "。": "，", "！": "。", "？": "。", "、": "，", "；": "，", "：": "，",
               ",": ".", ".": ",", "!": ".", "?": ".", ";": ",", ":": ",", "…": "。", "~": "", "～": ""}


def _punctuation(text: str, rng: random.Random) -> str:
    out = []
    for ch in text:
        if ch in _PUNCT:
            x = rng.random()
            out.append("" if x < 0.4 else " " if x < 0.7 else _OTHER_MARK.get(ch, "，"))
        else:
            out.append(ch)
    return re.sub(r" {2,}", " ", "".join(out)).strip()


@lru_cache(maxsize=1)
def _s2t() -> OpenCC:
    return OpenCC("s2t")


def garble(text: str, seed: int) -> str:
    """One plausible Whisper-base rendering of `text`; deterministic in (text, seed), never equal to text."""
    rng = random.Random(seed)
    do_digits, do_trad, do_punct = (rng.random() < p for p in (P_DIGITS, P_TRADITIONAL, P_PUNCT))
    out = _digits(text) if do_digits else text
    out = _substitute(out, rng)
    if do_punct:
        out = _punctuation(out, rng)
    if do_trad:
        out = _s2t().convert(out)
    if out == text:  # no substitutable character: fall back to the surface operations
        out = _s2t().convert(_punctuation(_digits(text), rng))
    if out == text:
        out = text + "。" if not text.endswith("。") else text[:-1]
    return out


if __name__ == "__main__":
    import sys
    for n, line in enumerate(sys.stdin):
        print(garble(line.rstrip("\n"), n))
