"""Text normalisation with an offset map back to the original string.

Two views come out of one pass:
- `text`: the canonical view every phrase is matched against: simplified, half-width, lower-case,
  separators and emoji dropped, Arabic numbers spelled as Chinese numerals (699 -> 六百九十九),
  common contact-word evasions rewritten (v信/vx/威信 -> 微信).
- `digits`: the same with Chinese numerals as Arabic digits (原价六百九十九 -> 原价699), so a
  pattern like 原价\\d+ works whether Whisper printed digits or the streamer's words were kept.

Every character of both views maps to a [start, end) span of the original string, so a hit found
in a view is reported on the text the reviewer actually saw.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from opencc import OpenCC

from rules.regex_guard import Re2Match   # a match's offsets and text, the shape _rewrite reads

_CN_DIGITS = "零一二三四五六七八九"
# Financial numerals and digit glyphs that NFKC leaves alone (streamers use them to hide phone numbers).
_EXTRA_MAP = {
    **dict(zip("壹贰贰叁肆伍陆柒捌玖拾佰仟", "一二二三四五六七八九十百千")),
    **dict(zip("貳參陸", "二三六")),
    "⓿": "0", "〇": "零",
    # a name masked in a case file or a careful seller's line (××鲜果茶, ×××牌): kept as the Latin xx the rules read
    # as a masked name (XX牌), not dropped as a maths symbol
    "×": "x", "✕": "x", "╳": "x",
    **{chr(0x2776 + i): str((i + 1) % 10) for i in range(10)},   # ❶..❿ dingbat negative circled
    **{chr(0x2780 + i): str((i + 1) % 10) for i in range(10)},   # ➀..➉
    **{chr(0x278A + i): str((i + 1) % 10) for i in range(10)},   # ➊..➓
}
# Kept although they are symbols: they carry meaning inside numbers and contact evasions.
_KEEP_SYMBOLS = {"%", ".", "+"}

# Contact-word evasions. Latin forms only count as whole Latin words (vx in "vxyz" is not WeChat).
_SUBSTITUTIONS = {
    "v信": "微信", "威信": "微信", "薇信": "微信", "唯信": "微信", "维信": "微信", "徽信": "微信",
    "微x": "微信", "vx": "微信", "wx": "微信", "weixin": "微信", "wechat": "微信", "wecaht": "微信",
}
_SUB_RE = re.compile(
    "|".join(
        (f"(?<![a-z]){re.escape(k)}(?![a-z])" if k[-1].isascii() else f"(?<![a-z]){re.escape(k)}")
        for k in sorted(_SUBSTITUTIONS, key=len, reverse=True)
    )
)

_ARABIC_RE = re.compile(r"\d+(?:\.\d+)?%?")
_CN_NUM_CHARS = "零一二两三四五六七八九十百千万亿"
_CN_RUN_RE = re.compile(f"[{_CN_NUM_CHARS}]+(?:点[零一二三四五六七八九]+)?")
_CN_VALUE = {c: i for i, c in enumerate(_CN_DIGITS)} | {"两": 2}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}

_cc = OpenCC("t2s")
_char_cache: dict[str, str] = {}
_translate_table: dict[int, str] = {}     # same forms, for str.translate
_dropping: set[str] = set()               # chars whose form is empty
_expanding: set[str] = set()              # chars whose form is longer than one char
_cache_lock = threading.Lock()
_LATIN_RE = re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]")
_DIGIT_RE = re.compile(r"[0-9]")
_SUB_HINT = re.compile(r"[信xt]")


@dataclass(frozen=True)
class NormalizedText:
    original: str
    text: str
    offsets: list[int]       # offsets[i] = index in `original` where text[i] comes from
    ends: list[int]          # exclusive end in `original` of the source of text[i]
    digits: str
    digit_offsets: list[int]
    digit_ends: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the canonical span text[start:end] (end exclusive, end > start)."""
        return self.offsets[start], self.ends[end - 1]

    def digit_span(self, start: int, end: int) -> tuple[int, int]:
        return self.digit_offsets[start], self.digit_ends[end - 1]


# Hesitation sounds, dropped like punctuation: 全网最…嗯…低价 is still 全网最低价. Both are pure interjections,
# never part of a word a rule could need (啊, 哦 are: 啊 in 可不是嘛啊; they stay).
_FILLERS = frozenset("嗯呃")


def _char_form(ch: str) -> str:
    """What one original character becomes: '' (dropped) or one or more normalised characters."""
    if ch in _FILLERS:
        return ""
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        c = _EXTRA_MAP.get(c, c)
        if not c.isascii():
            c = _cc.convert(c) or c
        c = c.lower()
        cat = unicodedata.category(c[0])
        if c in _KEEP_SYMBOLS or cat[0] in "LN":
            if cat == "No" and not c.isdigit():
                # ½, ⅓ … : no digit value we can use
                continue
            out.append(c)
    return "".join(out)


def _char_forms(text: str) -> None:
    missing = set(text).difference(_char_cache)
    if missing:
        forms = {ch: _char_form(ch) for ch in missing}
        with _cache_lock:
            _translate_table.update({ord(ch): f for ch, f in forms.items()})
            _dropping.update(ch for ch, f in forms.items() if not f)
            _expanding.update(ch for ch, f in forms.items() if len(f) > 1)
            _char_cache.update(forms)


def _read_int(digits: str) -> str:
    """699 -> 六百九十九; long runs (phone numbers, codes) are read digit by digit as people say them."""
    if len(digits) > 5 or (len(digits) > 1 and digits[0] == "0"):
        return "".join(_CN_DIGITS[int(d)] for d in digits)
    n = int(digits)
    if n == 0:
        return "零"
    units = ["", "十", "百", "千", "万"]
    out, zero = [], False
    for i, d in enumerate(digits):
        v, pos = int(d), len(digits) - 1 - i
        if v == 0:
            zero = True
            continue
        if zero and out:
            out.append("零")
        zero = False
        out.append(_CN_DIGITS[v] + units[pos])
    s = "".join(out)
    return s[1:] if s.startswith("一十") else s


def arabic_to_chinese(token: str, next_char: str = "") -> str:
    percent = token.endswith("%")
    if percent:
        token = token[:-1]
    whole, _, frac = token.partition(".")
    if len(whole) == 4 and next_char == "年":
        spoken = "".join(_CN_DIGITS[int(d)] for d in whole)
    else:
        spoken = _read_int(whole)
    if frac:
        spoken += "点" + "".join(_CN_DIGITS[int(d)] for d in frac)
    if percent:
        return "百分之百" if token == "100" else "百分之" + spoken
    return spoken


def chinese_to_arabic(run: str) -> str:
    """六百九十九 -> 699, 一千六百八 -> 1680 (spoken short form), 三二一 -> 321, 一点二 -> 1.2."""
    whole, _, frac = run.partition("点")
    frac_digits = "".join(str(_CN_VALUE[c]) for c in frac if c in _CN_VALUE)
    if not any(c in _CN_UNIT or c in _CN_BIG for c in whole):
        int_part = "".join(str(_CN_VALUE[c]) for c in whole if c in _CN_VALUE)
    else:
        total = section = num = 0
        last_unit, prev_unit = 1, False
        for c in whole:
            if c in _CN_VALUE:
                num, prev_unit = _CN_VALUE[c], False
            elif c in _CN_UNIT:
                last_unit = _CN_UNIT[c]
                section += (num or 1) * last_unit
                num, prev_unit = 0, True
            else:
                big = _CN_BIG[c]
                total = (total + section + num) * big
                section = num = 0
                last_unit, prev_unit = big, True
        if num and not prev_unit and last_unit >= 100 and len(whole) >= 2 and (
            whole[-2] in _CN_UNIT or whole[-2] in _CN_BIG
        ):
            num *= last_unit // 10   # 一千六百八 = 1680, 三万五 = 35000
        int_part = str(total + section + num)
    return int_part + ("." + frac_digits if frac_digits else "")


def _rewrite(text: str, starts: list[int], ends: list[int], matches, replace):
    """Replace regex matches; each replacement char maps to the whole source span of its match."""
    edits = []
    same_length = True
    for m in matches:
        new = replace(m)
        if new is None or new == m.group():
            continue
        edits.append((m.start(), m.end(), new))
        same_length = same_length and len(new) == m.end() - m.start()
    if not edits:
        return text, starts, ends
    parts, pos = [], 0
    if same_length:         # 一 -> 1: the offsets do not move
        for a, b, new in edits:
            parts.append(text[pos:a])
            parts.append(new)
            pos = b
        parts.append(text[pos:])
        return "".join(parts), starts, ends
    s_parts: list[int] = []
    e_parts: list[int] = []
    for a, b, new in edits:
        parts.append(text[pos:a])
        s_parts.extend(starts[pos:a])
        e_parts.extend(ends[pos:a])
        parts.append(new)
        s_parts.extend([starts[a]] * len(new))
        e_parts.extend([ends[b - 1]] * len(new))
        pos = b
    parts.append(text[pos:])
    s_parts.extend(starts[pos:])
    e_parts.extend(ends[pos:])
    return "".join(parts), s_parts, e_parts


def _latin_at(text: str, i: int) -> bool:
    return i < len(text) and text[i].isascii() and text[i].isalpha()


def _char_pass_slow(text: str) -> tuple[list[str], list[int]]:
    cache = _char_cache
    chars: list[str] = []
    starts: list[int] = []
    dropped = False
    spelled = False         # the Latin word being built came one letter at a time (s b, n m s l)
    for i, ch in enumerate(text):
        form = cache[ch]
        if not form:
            dropped = True
            continue
        latin = form[0].isascii() and form[0].isalpha()
        after_latin = bool(chars) and chars[-1].isascii() and chars[-1].isalpha()
        if latin and after_latin and dropped:
            # Keep one space between Latin words so "vx abc" stays two words, not "vxabc"; letters spelled
            # out one by one are one word.
            alone = len(form) == 1 and not _latin_at(text, i + 1)
            if alone and (spelled or not (len(chars) > 1 and chars[-2].isascii() and chars[-2].isalpha())):
                spelled = True
            else:
                chars.append(" ")
                starts.append(i - 1)
                spelled = False
        elif latin and not after_latin:
            spelled = False
        dropped = False
        if len(form) == 1:
            chars.append(form)
            starts.append(i)
        else:
            chars.extend(form)
            starts.extend([i] * len(form))
    return chars, starts


def _char_pass(text: str) -> tuple[list[str] | str, list[int]]:
    """Per-character forms with offsets; a C-speed path for the usual one-char-to-at-most-one case."""
    if _expanding.isdisjoint(text) and not (_LATIN_RE.search(text) and not _dropping.isdisjoint(text)):
        translated = text.translate(_translate_table)
        if len(translated) == len(text):
            return translated, list(range(len(text)))
        drop = _dropping
        return translated, [i for i, ch in enumerate(text) if ch not in drop]
    return _char_pass_slow(text)


SHORT = 10      # texts this short are normalised once per process (see normalize)
SENTENCE_CHARS = 64     # longer texts up to this length (a sentence, a short line): the last SENTENCES are kept
SENTENCES = 4096
RECENT_CHARS = 1000     # longer texts up to this length: the last RECENT ones normalised are kept
RECENT = 64


def normalize(text: str) -> NormalizedText:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if len(text) <= SHORT:
        # Phrases, lexicon terms and exceptions (a rule rebuild normalises tens of thousands, many shared by
        # several frames) and the clause before each candidate (the negation check) come back again and
        # again. Nobody mutates a NormalizedText, so one object may be shared.
        return _normalize_short(text)
    if len(text) <= SENTENCE_CHARS:
        # A stream repeats its sentences (宝宝们晚上好，欢迎来到直播间) in ever new lines, and the context checks
        # normalise the sentence around each candidate: on 1 MB of short lines ~16 % of the texts normalised
        # had been normalised before, out of reach of the last RECENT. A few MB at most.
        return _normalize_sentence(text)
    if len(text) <= RECENT_CHARS:
        # The context checks normalise a candidate's sentence (often the whole line) once per check and per
        # candidate: measured on 1 MB of short lines, a third of the calls repeated one of the last 16.
        return _normalize_recent(text)
    return _normalize(text)


@lru_cache(maxsize=1 << 16)
def _normalize_short(text: str) -> NormalizedText:
    return _normalize(text)


@lru_cache(maxsize=SENTENCES)
def _normalize_sentence(text: str) -> NormalizedText:
    return _normalize(text)


@lru_cache(maxsize=RECENT)
def _normalize_recent(text: str) -> NormalizedText:
    return _normalize(text)


def _normalize(text: str) -> NormalizedText:
    _char_forms(text)
    chars, starts = _char_pass(text)
    # Symbols we kept only make sense in context: 1.2 and 50% yes, a stray dot or plus no.
    if "." in chars or "%" in chars or "+" in chars:
        chars = list(chars)
        kept_c, kept_s = [], []
        n = len(chars)
        for j, c in enumerate(chars):
            if c == "." and not (kept_c and kept_c[-1].isdigit() and j + 1 < n and chars[j + 1].isdigit()):
                continue
            if c == "%" and not (kept_c and kept_c[-1].isdigit()):
                continue
            if c == "+":
                if j + 1 < n and chars[j + 1] == "v":
                    c = "加"      # +V, +v我 = add me on WeChat
                elif not (kept_c and kept_c[-1].isdigit() and j + 1 < n and chars[j + 1].isdigit()):
                    continue
                # between digits it stays: 160+400+37000 is three numbers, not the mobile number 16040037000
            kept_c.append(c)
            kept_s.append(starts[j])
        chars, starts = kept_c, kept_s
    base = chars if isinstance(chars, str) else "".join(chars)
    ends = [s + 1 for s in starts]
    if _SUB_HINT.search(base):
        base, starts, ends = _rewrite(base, starts, ends, _SUB_RE.finditer(base),
                                      lambda m: _SUBSTITUTIONS[m.group()])

    canon, c_starts, c_ends = base, starts, ends
    if _DIGIT_RE.search(base):
        canon, c_starts, c_ends = _rewrite(
            base, starts, ends, _ARABIC_RE.finditer(base),
            lambda m: arabic_to_chinese(m.group(), base[m.end():m.end() + 1]) if m.group().isascii() else None,
        )
    digits, d_starts, d_ends = _rewrite(base, starts, ends, _numeral_runs(text, base, starts), _safe_digits)
    return NormalizedText(text, canon, c_starts, c_ends, digits, d_starts, d_ends)


def _numeral_runs(text: str, base: str, starts: list[int]):
    """The numeral runs of `base`, cut where the original had punctuation between them: 立减二十，一百三十九到手 is
    two numbers (20，139), not 二十一百三十九 read as one (159). Each run but the last of a cut keeps a comma in
    the digits view, so \\d+ never joins them either. Spaces do not cut: 三 百 九 十 九 is one number spelled out."""
    for m in _CN_RUN_RE.finditer(base):
        a, b = m.start(), m.end()
        cut = a
        for k in range(a, b - 1):
            gap = text[starts[k] + 1:starts[k + 1]]
            if gap and not gap.isspace():
                yield _Cut(base, cut, k + 1)
                cut = k + 1
        yield m if cut == a else Re2Match(base, cut, b)


class _Cut(Re2Match):
    """A numeral run that punctuation ended: its digits keep the comma."""
    __slots__ = ()


def _safe_digits(m) -> str | None:
    digits = _run_digits(m.group())
    if isinstance(m, _Cut):
        return (digits if digits is not None else m.group()) + "，"
    return digits


@lru_cache(maxsize=4096)
def _run_digits(run: str) -> str | None:
    if not any(c in _CN_VALUE or c == "十" for c in run):
        return None     # 万能, 百分之: a bare unit word is not a number
    try:
        return chinese_to_arabic(run)
    except (KeyError, ValueError):
        return None


def normalize_phrase(phrase: str) -> str:
    return normalize(phrase).text
