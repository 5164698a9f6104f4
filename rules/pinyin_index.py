"""Toneless pinyin encoding, so homophones and ASR mishearings match the same rule phrase.

Each syllable becomes one private-use character, which lets the same Aho-Corasick automaton
machinery run over pinyin: 最低价, 嘴低价, zui低价 and 醉低价 all encode to the same three characters.
Confusable initials/finals are folded (zh/z, ch/c, sh/s, n/l, r/l, f/hu, an/ang, en/eng, in/ing; ian/iang and
uan/uang follow from an/ang) because
Mandarin accents and Whisper blur exactly those.

Hanzi use their most common reading (the first in pypinyin's table); text and phrases are encoded
the same way, so heteronyms stay consistent.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_PUA = 0xE000           # BMP private use area: normalisation drops Co chars, so never in text
_TONE_RE = re.compile(r"[\u0300-\u036f]")
_LATIN_RUN = re.compile(r"[a-z]+")
MAX_LATIN_RUN = 100


def _strip_tone(reading: str) -> str:
    reading = reading.replace("ü", "v").replace("ǖ", "v").replace("ǘ", "v").replace("ǚ", "v").replace("ǜ", "v")
    return _TONE_RE.sub("", unicodedata.normalize("NFD", reading))


_F_TO_HU = {"u": "hu", "ei": "hui", "an": "huan", "ang": "huang", "en": "hun", "o": "huo", "a": "hua"}


def fold(syllable: str) -> str:
    s = syllable
    for a, b in (("zh", "z"), ("ch", "c"), ("sh", "s")):
        if s.startswith(a):
            s = b + s[2:]
            break
    if s.startswith("n") and len(s) > 1:
        s = "l" + s[1:]
    elif s.startswith("r") and len(s) > 1:      # r/l: 肉 rou ~ 漏 lou in southern accents
        s = "l" + s[1:]
    elif s.startswith("f"):                     # f/hu: 飞 fei ~ 灰 hui, 方 fang ~ 慌 huang
        s = _F_TO_HU.get(s[1:], "h" + s[1:])
    for a, b in (("ang", "an"), ("eng", "en"), ("ing", "in")):
        if s.endswith(a):
            s = s[: -len(a)] + b
            break
    return s


@dataclass(frozen=True)
class _Tables:
    raw: dict[int, str]          # hanzi code point -> toneless syllable
    syllables: frozenset[str]    # every valid toneless syllable (for Latin pinyin like zui, liao)
    ids: dict[str, int]          # folded syllable -> id
    translate_folded: dict[int, str]


_tables: _Tables | None = None


def tables() -> _Tables:
    """The encoding tables: built from pypinyin once per process, or installed from the matcher cache."""
    global _tables
    if _tables is None:
        _tables = _build_tables()
    return _tables


def install_tables(t: _Tables) -> None:
    """Use tables saved by rules.cache: importing pypinyin and folding 42k readings costs 0.4 s at start-up."""
    global _tables
    _tables = t
    _encode_short.cache_clear()


def _build_tables() -> _Tables:
    from pypinyin.pinyin_dict import pinyin_dict     # imported here: a cached start-up never needs it
    raw = {cp: _strip_tone(readings.split(",")[0]) for cp, readings in pinyin_dict.items()}
    syllables = frozenset(raw.values())
    folded = sorted({fold(s) for s in syllables})
    ids = {s: i for i, s in enumerate(folded)}
    translate = {cp: chr(_PUA + ids[fold(s)]) for cp, s in raw.items()}
    return _Tables(raw, syllables, ids, translate)


def syllable_char(syllable: str) -> str:
    return chr(_PUA + tables().ids[fold(syllable)])


def _split_latin(run: str, syllables: frozenset[str]) -> list[str] | None:
    """Split a Latin run into pinyin syllables (fewest syllables wins); None if it is not pinyin.

    One count and one back-pointer per position, never a copied path: a 1 MB run of one letter once
    took 22 GB. Runs longer than MAX_LATIN_RUN are not typed pinyin (nobody types that much unbroken).
    """
    n = len(run)
    if n > MAX_LATIN_RUN:
        return None
    count = [-1] * (n + 1)      # fewest syllables covering run[:j]; -1 = not reachable
    back = [0] * (n + 1)        # where the last syllable of that split starts
    count[0] = 0
    for i in range(n):
        if count[i] < 0:
            continue
        for j in range(min(n, i + 6), i, -1):
            if run[i:j] in syllables and (count[j] < 0 or count[j] > count[i] + 1):
                count[j] = count[i] + 1
                back[j] = i
    if count[n] < 0:
        return None
    out: list[str] = []
    j = n
    while j > 0:
        out.append(run[back[j]:j])
        j = back[j]
    out.reverse()
    return out


@dataclass(frozen=True)
class PinyinText:
    """Folded-pinyin encoding of a canonical text: enc[k] is one syllable from text[pos[k]:end[k]]."""
    enc: str
    pos: list[int] | None     # None means identity (one char = one syllable slot)
    end: list[int] | None

    def span(self, k_start: int, k_end: int) -> tuple[int, int]:
        if self.pos is None:
            return k_start, k_end
        return self.pos[k_start], self.end[k_end - 1]


SHORT = 10      # texts this short are encoded once per process: terms and negation clauses recur


def encode(text: str) -> PinyinText:
    if len(text) <= SHORT:
        return _encode_short(text)
    return _encode(text)


@lru_cache(maxsize=1 << 16)
def _encode_short(text: str) -> PinyinText:
    return _encode(text)


def _encode(text: str) -> PinyinText:
    t = tables()
    enc = text.translate(t.translate_folded)
    if not _LATIN_RUN.search(text):
        return PinyinText(enc, None, None)
    parts: list[str] = []
    pos: list[int] = []
    end: list[int] = []
    last = 0
    for m in _LATIN_RUN.finditer(text):
        a, b = m.start(), m.end()
        parts.append(enc[last:a])
        pos.extend(range(last, a))
        end.extend(range(last + 1, a + 1))
        split = _split_latin(m.group(), t.syllables)
        if split:
            k = a
            for syl in split:
                parts.append(chr(_PUA + t.ids[fold(syl)]))
                pos.append(k)
                end.append(k + len(syl))
                k += len(syl)
        else:
            parts.append(m.group())
            pos.extend(range(a, b))
            end.extend(range(a + 1, b + 1))
        last = b
    parts.append(enc[last:])
    pos.extend(range(last, len(text)))
    end.extend(range(last + 1, len(text) + 1))
    return PinyinText("".join(parts), pos, end)


def raw_syllables(text: str) -> list[str]:
    """Unfolded toneless syllables of a text (hanzi and Latin pinyin); other chars give ''."""
    t = tables()
    out: list[str] = []
    last = 0
    for m in _LATIN_RUN.finditer(text):
        out.extend(t.raw.get(ord(c), "") for c in text[last:m.start()])
        split = _split_latin(m.group(), t.syllables)
        out.extend(split if split else [""] * len(m.group()))
        last = m.end()
    out.extend(t.raw.get(ord(c), "") for c in text[last:])
    return out


def is_encoded(enc: str) -> bool:
    """True if every char of an encoded phrase is a syllable (no raw Latin/digit left over)."""
    return bool(enc) and all(ord(c) >= _PUA for c in enc)
