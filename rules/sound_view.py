"""Patterns heard by sound: the text and the patterns rewritten so that characters that sound alike are equal.

Whisper base prints what it hears, so a construction a pattern knows (最后三单, 原价1299) comes out as 醉后三单
or 圆价1299. Every Chinese character is replaced by one representative character of its folded toneless
syllable (pinyin_index.fold: z/zh, n/l, an/ang …), in the text and in the literal characters of a pattern;
the pattern then runs on the rewritten text. One character in, one character out, so offsets do not move.

A pattern such as 最[一-龥] or (?:磁|电)?理疗 would, by sound, fire on 奶嘴是 or 一次理疗; so a sound-view match
counts only when it rests on the pattern's own words: at least two characters heard right, one misheard, four
in all (heard_enough).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from rules.context import crosses_punctuation, cuts_two_char_word, is_dictionary_word
from rules.pinyin_index import fold, tables
from rules.regex_guard import (MAX_PATTERN_LEN, PatternPool, Re2Pattern, compile_derived, compile_safe, pattern_windows,
                               rewrite_literals)

MIN_LITERALS = 4
MIN_HEARD = 4


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


_sound_table: dict[int, str] | None = None


def sound_table() -> dict[int, str]:
    """Hanzi code point -> the representative of its folded syllable (the lowest code point reading so)."""
    global _sound_table
    if _sound_table is None:
        _sound_table = _build_sound_table()
    return _sound_table


def install_sound_table(table: dict[int, str]) -> None:
    """Use the table saved by rules.cache: building it costs 0.09 s of a cached start-up's first line."""
    global _sound_table
    _sound_table = table


def _build_sound_table() -> dict[int, str]:
    rep: dict[str, int] = {}
    by_cp = {}
    for cp, syllable in tables().raw.items():
        if not _is_han(chr(cp)) or not syllable:
            continue
        key = fold(syllable)
        by_cp[cp] = key
        if key not in rep or cp < rep[key]:
            rep[key] = cp
    return {cp: chr(rep[key]) for cp, key in by_cp.items() if rep[key] != cp}


def to_sound(text: str) -> str:
    return text.translate(sound_table())


def sound_pattern(pattern: str) -> str | None:
    """The pattern with its literal characters rewritten by sound, or None when it has fewer than
    MIN_LITERALS of them outside character classes or nothing changes.

    Character-class ranges (一-龥) keep their end points; escapes are copied as they are."""
    table = sound_table()
    literals = 0

    def heard(c: str, i: int, in_class: bool) -> str:
        nonlocal literals
        if not _is_han(c) or (in_class and _range_end(pattern, i)):
            return c
        literals += not in_class
        return table.get(ord(c), c)

    rewritten = rewrite_literals(pattern, heard)
    if literals < MIN_LITERALS or rewritten == pattern:
        return None
    return rewritten


def heard_enough(text: str, literals: frozenset[str], sound_literals: frozenset[str]) -> bool:
    """Does a sound-view match rest on the pattern's own words, with some of them misheard?

    Of the matched characters, those written in the pattern count as heard right, those that only sound
    like one as misheard; the rest were matched by a class. At least two right, one misheard and four
    in all: 醉后三单 (最后三单) passes; 奶嘴是 (最 + any character) or 一次理疗 (磁理疗) does not."""
    table = sound_table()
    right = misheard = 0
    for c in text:
        if c in literals:
            right += 1
        elif table.get(ord(c), c) in sound_literals:
            misheard += 1
    return right >= 2 and misheard >= 1 and right + misheard >= MIN_HEARD


def literal_chars(pattern: str) -> frozenset[str]:
    """Every Chinese character written in a pattern (classes included, range end points excluded)."""
    return frozenset(c for i, c in enumerate(pattern) if _is_han(c) and not _range_end(pattern, i))


def _range_end(pattern: str, i: int) -> bool:
    """Is pattern[i] an end point of a range (一-龥)? It bounds characters by code point, not by sound."""
    return (i > 0 and pattern[i - 1] == "-") or (i + 1 < len(pattern) and pattern[i + 1] == "-")


@dataclass(frozen=True)
class HeardPattern:
    """A pattern as heard: its sound rewrite (run on to_sound of a view) and what heard_enough needs."""
    source: str                     # the pattern as written
    rx: Re2Pattern                  # sound_pattern(source), compiled
    literals: frozenset[str]
    sound_literals: frozenset[str]

    def rests_on_words(self, text: str) -> bool:
        return heard_enough(text, self.literals, self.sound_literals)


@lru_cache(maxsize=8192)
def heard_pattern(pattern: str) -> HeardPattern | None:
    """The pattern heard by sound, or None when it has too few literals or RE2 refuses the rewrite
    (then the pattern still runs on the text). Rule patterns and frame slot patterns alike.
    Cached: a rule rebuild asks again for every unchanged pattern (a fifth of a rebuild's time)."""
    sp = sound_pattern(pattern)
    if sp is None:
        return None
    try:
        rx = compile_safe(sp) if len(sp) <= MAX_PATTERN_LEN else compile_derived(sp)
    except ValueError:
        return None
    lit = literal_chars(pattern)
    return HeardPattern(pattern, rx, lit, frozenset(to_sound("".join(lit))))


def sound_view_name(digital: bool) -> str:
    """The PatternPool view of to_sound(the digits view) or to_sound(the canonical text)."""
    return "sound:digits" if digital else "sound:text"


class SoundPatterns:
    """A rule base's patterns rewritten by sound, run on the sound view of each line.

    Built from the matcher's (rule index, compiled pattern, runs on the digits view) triples; yields
    candidates the matcher scores as `pinyin`. One combined search per window says whether any can match."""

    def __init__(self, patterns: list[tuple[int, object, bool]], pool: PatternPool | None = None):
        """`pool`: the matcher's PatternPool, which the caller compiles; without one, a pool of its own."""
        own_pool = pool is None
        pool = pool or PatternPool()
        self.views: list[tuple[bool, object, list[tuple[int, HeardPattern]]]] = []
        for canonical in (True, False):
            pats = []
            for ri, rx, digital in patterns:
                heard = heard_pattern(rx.pattern) if digital != canonical else None
                if heard is not None:
                    pats.append((ri, heard))
            if pats:
                self.views.append((canonical, pool.subset(sound_view_name(not canonical),
                                                          [h.rx.pattern for _, h in pats]), pats))
        if own_pool:
            pool.compile()

    def __bool__(self) -> bool:
        return bool(self.views)

    def search(self, nt, budget=None, sound_of=None):
        """(rule index, original start, original end, canonical span or None) of every sound-view match.

        `sound_of(view)` gives to_sound(view), made once per line for everyone who needs it."""
        sound_of = sound_of or to_sound
        for canonical, combined, pats in self.views:
            plain, to_orig = (nt.text, nt.span) if canonical else (nt.digits, nt.digit_span)
            for lo, window, (ri, heard) in pattern_windows(sound_of(plain), combined, pats, budget):
                for m in heard.rx.finditer(window):
                    a, b = lo + m.start(), lo + m.end()
                    if b > a and heard.rests_on_words(plain[a:b]):
                        yield (ri, *to_orig(a, b), (a, b) if canonical else None)

    @staticmethod
    def in_exception(nt, start: int, end: int, exceptions: tuple[str, ...], found: dict,
                     heard: bool = True, sound_of=to_sound) -> bool:
        """Does a rule exception, heard by sound, overlap original [start, end)? (锥好问一下 is 最好问一下.)

        For a candidate found on the text itself (heard=False) an exception counts only where the text
        is no real word: 最候 is a misheard 最后, but 保证 is not a misheard 保真.
        The exception spans of a line are found once per rule's exception list (`found`, per line)."""
        key = (exceptions, heard)
        spans = found.get(key)
        if spans is None:
            sound = found.get("")
            if sound is None:
                sound = found[""] = sound_of(nt.text)
            spans = []
            heard_as = _heard_exceptions(exceptions)
            for last, (length, excs) in heard_as.iter(sound) if heard_as is not None else ():
                i = last - length + 1
                o_s, o_e = nt.span(i, i + length)
                # 贱，买 is no 贱卖: an exception heard by sound stays inside one clause
                said = nt.text[i:i + length]
                if not crosses_punctuation(nt.original, o_s, o_e) and (
                        heard or said in excs or not (is_dictionary_word(said)
                                                      or cuts_two_char_word(nt.text, i, i + length))):
                    spans.append((o_s, o_e))
            spans.sort()
            reach, far = [], -1
            for _, o_e in spans:
                far = max(far, o_e)
                reach.append(far)
            spans = found[key] = ([o_s for o_s, _ in spans], reach)
        starts, reach = spans
        k = bisect.bisect_left(starts, end)     # exception spans starting before the candidate ends
        return bool(k) and reach[k - 1] > start


def line_sounds(known: dict[str, str] | None = None):
    """to_sound for the views of one line, each computed once however many layers ask (frames' slot
    patterns, the sound patterns, sound-alike exceptions). `known`: view -> sound already made (a batch)."""
    memo: dict[str, str] = dict(known) if known else {}

    def sound_of(view: str) -> str:
        out = memo.get(view)
        if out is None:
            out = memo[view] = to_sound(view)
        return out
    return sound_of


@lru_cache(maxsize=1024)
def _heard_exceptions(exceptions: tuple[str, ...]) -> ahocorasick.Automaton | None:
    """A rule's exceptions by their sound view, in one automaton (key: the sound view; value: its length and
    the exceptions that sound so); None without exceptions. Built once per list, not once per line: a rule
    naming a lexicon has ~1,500 exceptions, and a str.find per exception per line was ~4 % of matching 1 MB."""
    heard: dict[str, list[str]] = {}
    for exc in exceptions:
        if exc:
            heard.setdefault(to_sound(exc), []).append(exc)
    if not heard:
        return None
    automaton = ahocorasick.Automaton()
    for target, excs in heard.items():
        automaton.add_word(target, (len(target), tuple(excs)))
    automaton.make_automaton()
    return automaton
