"""Claim frames: a hit made of two or three slots that co-occur in one clause.

A single word proves little (治 is in 政治, 高血压 in 我妈有高血压); a cure verb and a disease in the same
clause (颈椎的毛病都能调好) is a claim. Each slot is any term of its lexicons or inline terms, or a
pattern (an amount: 吊牌价1299元). Slot terms match exactly on the normalised text and by sound
(toneless folded pinyin: 将压 for 降压, 去豆 for 祛痘); a slot marked `fuzzy` also matches terms of four or
more syllables with one syllable misheard. A sound-alike slot never hits alone: it needs a partner found by
its words, or enough syllables across the slots that chance is out. That is what keeps precision.

Coordinates: slot matches are found on the normalised views and reported as spans of the original text;
clauses and distances are measured on the original text.
"""
from __future__ import annotations

import bisect
import itertools
import operator
import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from rules import context
from rules.context import is_break as _is_break
from rules.model import Frame, Lexicon, Rule
from rules.normalize import NormalizedText, normalize
from rules.pinyin_index import PinyinText, encode, is_encoded
from rules.regex_guard import PatternPool, compile_digits_safe, compile_safe
from rules.sound_view import HeardPattern, heard_pattern, sound_view_name, to_sound

CLAUSE_GAP = 16        # same-clause frames: at most this many characters between neighbouring slots
MAX_PER_SLOT = 12      # partner matches tried around one anchor: bounds the combination search
MAX_FOUND = 4000       # slot matches kept per frame and slot in one line window (memory bound on hostile input)
FUZZY_MIN_SYLLABLES = 4
ALL_SOUND_MIN_CHARS = 5  # slot characters (≈ syllables) an all-sound frame needs
_SCORE = {"exact": 0.9, "pattern": 0.9, "pinyin": 0.8, "fuzzy": 0.7}
# 再也不失眠, 不再掉发: after the first slot, these "negations" state a cure, they don't deny one.
_CESSATION = ("再也不", "再也没", "不再", "再不", "就不", "都不", "永远不", "从此不", "没再")
_QUANTIFIER = re.compile(r"\{\d*,?\d*\}")
# Grammatical words in a two-syllable sound-alike slot: the text's own word, not a misheard term's half. The phrases'
# list (context.FUNCTION_CHARS) but 要, 有, 会, 能 — Whisper writes 药 as 要 (一个月廷要 is a misheard 一个月停药) — and
# with the particles 地, 得, 呀.
_SLOT_FUNCTION_CHARS = (context.FUNCTION_CHARS - frozenset("要有会能")) | frozenset("地得呀")
_EXACT, _SOUND, _OTHER = "exact", "sound", "other"      # kinds of kept slot matches (FrameIndex._collect)
_DIGIT_TOKEN = re.compile(r"\\d|[0-9]")


def uses_digits(pattern: str) -> bool:
    """Does a pattern look for digits (\\d, 0-9 outside {m,n})? Those run on the digits view."""
    return bool(_DIGIT_TOKEN.search(_QUANTIFIER.sub("", pattern)))


@dataclass(frozen=True)
class SlotMatch:
    slot: int
    start: int          # original offsets
    end: int
    how: str            # exact / pinyin / fuzzy / pattern
    # Canonical span of a two-character term, which must not cut through a longer word (降压 in 降压药).
    # Single characters (治, 降) are not checked: jieba glues them to their modal (能治), so a rule lists
    # the innocent words that contain them (政治, 治理) as exceptions instead.
    norm: tuple[int, int] | None


@dataclass(frozen=True)
class FrameHit:
    rule: int           # index into the matcher's rules
    start: int
    end: int
    score: float
    slots: tuple[tuple[str, str], ...]     # (slot name, matched original text), in slot order


@dataclass(frozen=True)
class _FrameDef:
    rule: int
    frame: Frame
    patterns: tuple[tuple[int, object, bool], ...]   # (slot index, compiled, runs on digits view)


def _is_latin(c: str) -> bool:
    return "a" <= c <= "z"


def slot_terms(slot, lexicons: dict[str, Lexicon]) -> list[str]:
    out = list(slot.terms)
    for name in slot.lexicons:
        lex = lexicons.get(name)
        if lex is not None:
            out.extend(lex.terms)
    return out


class FrameIndex:
    """All frames of a rule base, compiled into two automata (words, sounds) and slot patterns."""

    def __init__(self, rules: tuple[Rule, ...], lexicons: dict[str, Lexicon], pool: PatternPool | None = None):
        """`pool`: the matcher's PatternPool, which the caller compiles; without one, a pool of its own."""
        self.frames: list[_FrameDef] = []
        # price and urgency frames read over a full stop (see search())
        self._over_full_stop = {i for i, r in enumerate(rules) if r.category in ("false_price", "false_urgency")}
        exact: dict[str, list[tuple[int, int]]] = {}
        sound: dict[str, list[tuple[int, int, int]]] = {}      # folded pinyin -> (frame, slot, syllables)
        # half of a long term -> (frame, slot, enc, offset, term)
        halves: dict[str, list[tuple[int, int, str, int, str]]] = {}
        for ri, rule in enumerate(rules):
            for frame in rule.frames:
                fid = len(self.frames)
                pats = []
                for si, slot in enumerate(frame.slots):
                    if slot.pattern:
                        digital = uses_digits(slot.pattern)
                        pats.append((si, (compile_digits_safe if digital else compile_safe)(slot.pattern), digital))
                    for term in slot_terms(slot, lexicons):
                        text, enc = _term_keys(term)
                        if not text:
                            continue
                        exact.setdefault(text, []).append((fid, si))
                        # Every word slot also matches by sound (ASR prints 将压 for 降压); the partner slot
                        # matched by its words keeps that precise. `fuzzy` adds a one-syllable edit on top.
                        if enc is None:
                            continue
                        sound.setdefault(enc, []).append((fid, si, len(enc)))
                        if slot.fuzzy and len(enc) >= FUZZY_MIN_SYLLABLES:
                            mid = len(enc) // 2
                            halves.setdefault(enc[:mid], []).append((fid, si, enc, 0, text))
                            halves.setdefault(enc[mid:], []).append((fid, si, enc, mid, text))
                self.frames.append(_FrameDef(ri, frame, tuple(pats)))
        # Which frames can be complete in a line is decided on one Python int for all frames: frame f owns the
        # bits [f*W, f*W+W) (slot si is bit f*W+si, the top bit a guard that catches a carry), and each
        # automaton key carries the bits of every (frame, slot) it names. A per-frame dict of slot masks,
        # updated for every frame of every key found, was a quarter of all matching time.
        self._width = width = max([2] + [len(f.frame.slots) + 1 for f in self.frames])
        self._exact = _automaton({k: (len(k), _dedup(v), _bits(v, width)) for k, v in exact.items()})
        self._sound = _automaton({k: (len(k), _dedup(v), _bits(v, width)) for k, v in sound.items()})
        self._halves = _automaton({k: (len(k), _term_groups(v, width), _bits(v, width)) for k, v in halves.items()})
        self._ones = sum(1 << (fid * width) for fid in range(len(self.frames)))     # the lowest bit of each field
        self._guards = self._ones << (width - 1)
        self._lows = self._guards - self._ones                                     # every bit of a field but its guard
        # a field's unused slot bits count as present, so "all slots present" is "all low bits set"
        self._unused = sum(((1 << (width - 1)) - (1 << len(f.frame.slots))) << (fid * width)
                           for fid, f in enumerate(self.frames))
        # Slot patterns rewritten by sound (rules.sound_view), where they have enough literals.
        self._sound_slots: dict[str, HeardPattern] = {}
        for f in self.frames:
            for _, rx, _ in f.patterns:
                if rx.pattern not in self._sound_slots:
                    heard = heard_pattern(rx.pattern)
                    if heard is not None:
                        self._sound_slots[rx.pattern] = heard
        # One pass per view says which slot patterns can match a line at all (most lines: none); the same
        # for their sound rewrites on the sound views. The pool shares each pass with the matcher's patterns.
        own_pool = pool is None
        pool = pool or PatternPool()
        # (Measured: a second, lazily asked set for the slot patterns of frames with words, asked only on
        # lines where those words are there, cost more than it saved: most lines have such words, and every
        # further Filter pass on a line starts with cold caches.)
        self._slot_sets = {d: pool.subset("digits" if d else "text",
                                          sorted({rx.pattern for f in self.frames for _, rx, dd in f.patterns
                                                  if dd == d})) for d in (False, True)}
        self._heard_sets = {d: pool.subset(sound_view_name(d),
                                           sorted({self._sound_slots[rx.pattern].rx.pattern for f in self.frames
                                                   for _, rx, dd in f.patterns
                                                   if dd == d and rx.pattern in self._sound_slots}))
                            for d in (False, True)}
        # Per view: every pattern slot's bits, and the bits of the (frame, slot)s each pattern of the view's
        # subset fills, by the subset's own index (what PatternSubset.matching answers with). The same for the
        # sound rewrites on the sound views: every heardable slot's bits, and the bits each rewrite may fill.
        bits_of: dict[bool, dict[str, int]] = {False: {}, True: {}}
        heard_bits_of: dict[bool, dict[str, int]] = {False: {}, True: {}}
        self._view_bits = {False: 0, True: 0}
        self._heard_view_bits = {False: 0, True: 0}
        for fid, f in enumerate(self.frames):
            for si, rx, d in f.patterns:
                bit = 1 << (fid * width + si)
                bits_of[d][rx.pattern] = bits_of[d].get(rx.pattern, 0) | bit
                self._view_bits[d] |= bit
                if rx.pattern in self._sound_slots:
                    heard = self._sound_slots[rx.pattern].rx.pattern
                    heard_bits_of[d][heard] = heard_bits_of[d].get(heard, 0) | bit
                    self._heard_view_bits[d] |= bit
        self._slot_bits = {d: [bits_of[d].get(p, 0) for p in sub.patterns] for d, sub in self._slot_sets.items()}
        self._heard_bits = {d: [heard_bits_of[d].get(p, 0) for p in sub.patterns]
                            for d, sub in self._heard_sets.items()}
        # a pattern slot with a sound rewrite may still be found by sound
        self._heardable = self._heard_view_bits[False] | self._heard_view_bits[True]
        # (frame, slot) bit -> (frame, slot, compiled, digits view) of every pattern slot: _collect walks the
        # set bits of a line's matched (or heardable) pattern slots of live frames instead of every slot of
        # every live frame (most lines have ten live frames and no pattern slot to run).
        self._pattern_slots = {fid * width + si: (fid, si, rx, d)
                               for fid, f in enumerate(self.frames) for si, rx, d in f.patterns}
        if own_pool:
            pool.compile()

    def __bool__(self) -> bool:
        return bool(self.frames)

    # -- slot matches -----------------------------------------------------------------------------
    def _collect(self, original: str, nt: NormalizedText, pt: PinyinText | None,
                 uncertain: list[bool] | None, sound_of=to_sound) -> dict[int, list[list[SlotMatch]]]:
        """Slot matches of the frames complete in this text (every slot matched), in order of first match.

        Three passes: the automata first only note which slots of which frames have a candidate; the
        candidates of frames whose every slot has one are then checked (Latin boundaries, dictionary words,
        one-syllable edits), noting only which slots kept a match; SlotMatch lists are built last, for the
        frames every slot of which kept one. Most lines complete no frame: measured on 1 MB of short lines,
        six of seven slot matches built belonged to frames left incomplete, and building them (and asking
        every slot of every live frame for a sound-heard pattern) was a quarter of this function's time."""
        s = nt.text
        n = len(s)
        exact_hits = list(self._exact.iter(s)) if self._exact is not None else []
        sound_hits = list(self._sound.iter(pt.enc)) if pt is not None and self._sound is not None else []
        half_hits = list(self._halves.iter(pt.enc)) if pt is not None and self._halves is not None else []
        words = 0                           # bits of the (frame, slot)s some automaton key names in this line
        for hits in (exact_hits, sound_hits, half_hits):
            for _end, value in hits:
                words |= value[2]
        width, guards, lows, ones = self._width, self._guards, self._lows, self._ones
        # One pass per view (shared with the rule patterns) names the slot patterns that match at all.
        patterns = 0                        # bits of the pattern slots whose pattern matches its view
        for d, subset in self._slot_sets.items():
            if not subset.patterns:
                continue
            matched = subset.matching(nt.digits if d else nt.text)
            if matched is None:
                patterns |= self._view_bits[d]
            else:
                bits = self._slot_bits[d]
                for i in matched:
                    patterns |= bits[i]
        # A frame can be complete when every slot has a word, a pattern match or a sound rewrite to try, and
        # one slot at least has a word or a pattern match (a sound rewrite is tried only beside those).
        real = words | patterns
        complete = ((((real | self._heardable | self._unused) & lows) + ones) & guards)
        complete &= ((real & lows) + lows) & guards
        if not complete:
            return {}
        live_bits = (complete >> (width - 1)) * ((1 << width) - 1)
        # The checked matches, in the order they are found: (bits of the live (frame, slot)s they fill, their
        # refs, original start, end, how, canonical span for SlotMatch.norm, kind). `have`: their bits.
        have = 0
        kept: list[tuple] = []
        unchecked: list[int] = []          # kept sound matches whose word check waits (see there)
        failed: set[int] = set()           # …and those that failed it

        def not_a_word(k: tuple) -> bool:
            return context.inside_longer_word(s, *k[5], hmm=False)

        def standing() -> int:             # `have` again, without the failed matches
            out = 0
            for i, k in enumerate(kept):
                if i not in failed:
                    out |= k[0]
            return out

        for end, (length, refs, bits) in exact_hits:
            live = bits & live_bits
            if not live:
                continue
            start = end - length + 1
            if _is_latin(s[start]) and start > 0 and _is_latin(s[start - 1]):
                continue
            if _is_latin(s[end]) and end + 1 < n and _is_latin(s[end + 1]):
                continue
            have |= live
            kept.append((live, refs, *nt.span(start, end + 1), "exact", (start, end + 1), _EXACT))
        for end, (length, refs, bits) in sound_hits:
            live = bits & live_bits
            if not live:
                continue
            ns, ne = pt.span(end - length + 1, end + 1)
            o_s, o_e = nt.span(ns, ne)
            # 时针 is a word, not a misheard 湿疹 — unless the ASR itself was unsure of it.
            unsure = uncertain is not None and all(uncertain[o_s:o_e])
            # (The checks below only drop a match, each on its own: the cheapest, a set test, goes first.)
            # A verb and its particle (吵了 is no 潮热), or a cut through a grammatical word (眼神是真不行 holds no
            # misheard 湿疹): two syllables of which one is 了, 的, 是, 比 … in the text, as for phrases (matcher)
            if length == 2 and not unsure and not _SLOT_FUNCTION_CHARS.isdisjoint(s[ns:ne]):
                continue
            if length <= 3 and context.is_dictionary_word(s[ns:ne]) and not unsure:
                continue        # (翻过来 is not a misheard 缓过来 either)
            # Nor is a sound-alike carved out of a real word (无仅 in 绝无仅有 is not 武警).
            if length <= 3 and not unsure and context.inside_dictionary_word(s, ns, ne):
                continue
            if context.crosses_punctuation(original, o_s, o_e):
                continue
            # …or two syllables heard across dictionary words (一整/纸机 is not 增值; 治湿针, where jieba glues
            # nothing known, may be 治湿疹). That check cuts words with jieba, the dearest step here: it is
            # made last, only for the frames these matches may complete (see `unchecked` below).
            if length == 2 and not unsure:
                unchecked.append(len(kept))
            # (A slot that matched these very characters exactly keeps only that match: see below. Its bit
            # is in `have` already, so the sound match's bits may go in whole.)
            have |= live
            kept.append((live, refs, o_s, o_e, "pinyin", (ns, ne), _SOUND))
        enc = pt.enc if pt is not None else ""
        for end, (length, refs, bits) in half_hits:
            if not bits & live_bits:
                continue
            h_start = end - length + 1
            # one check per term (a lexicon term is in several frames' slots), then its live (frame, slot)s
            for term_enc, offset, terms, group_bits, slots in refs:
                live = group_bits & live_bits
                if not live:
                    continue
                a = h_start - offset
                b = a + len(term_enc)
                if a < 0 or b > len(enc):
                    continue
                # The half found, [offset, offset + length) of the term, is equal by construction: the edit must lie
                # in the other half (two syllables at least). Its first two syllables both differing is two edits
                # already: most windows end here, without the slice and the count below (~140,000 of 160,000
                # on 1 MB of short lines).
                p = length if offset == 0 else 0
                if enc[a + p] != term_enc[p] and enc[a + p + 1] != term_enc[p + 1]:
                    continue
                window = enc[a:b]
                if window == term_enc or sum(map(operator.ne, window, term_enc)) != 1:
                    continue
                ns, ne = pt.span(a, b)
                # 有优惠 is the opposite of 没优惠, not a mishearing of it
                if any(context.flips_negation(term, s[ns:ne]) for term in terms):
                    continue
                o_s, o_e = nt.span(ns, ne)
                if not context.crosses_punctuation(original, o_s, o_e):
                    have |= live
                    kept.append((live, slots, o_s, o_e, "fuzzy", None, _OTHER))
        # A slot pattern (an amount) runs only for frames whose word slots are all there, and once per line
        # however many frames share it.
        spans_of: dict[tuple[str, bool], list[tuple[int, int]]] = {}
        # The pattern passes above named the slot patterns that match at all (most lines: none); no other runs.
        # `patterns` holds exactly those slots' bits (all of a view's when its pass could not say), so its
        # bits within live frames, lowest first, are the (frame, slot)s in frame and slot order. Nor do the
        # patterns of a frame run whose word slot lost every candidate to the checks above: it cannot be
        # complete (measured: a fifth of the pattern runs on 1 MB of short lines, whose views match 这里…\d+).
        field = (1 << width) - 1
        possible = (((((have | patterns | self._heardable | self._unused) & lows) + ones) & guards)
                    >> (width - 1)) * field
        pattern_slots = self._pattern_slots
        todo = patterns & live_bits & possible
        while todo:
            low = todo & -todo
            todo ^= low
            fid, si, rx, digital = pattern_slots[low.bit_length() - 1]
            key = (rx.pattern, digital)
            spans = spans_of.get(key)
            if spans is None:
                view, to_orig = (nt.digits, nt.digit_span) if digital else (nt.text, nt.span)
                spans = spans_of[key] = [to_orig(m.start(), m.end()) for m in rx.finditer(view)
                                         if m.end() > m.start()]
            if spans:
                have |= low
                kept.extend((low, ((fid, si),), o_s, o_e, "pattern", None, _OTHER) for o_s, o_e in spans)
        # A half-found frame may find its missing pattern slot by sound (知波江之要三百九 for 直播间只要三百九):
        # the slot's pattern rewritten by sound (rules.sound_view), only where the text view found nothing.
        # So: the live pattern slots with a sound rewrite that have no match yet, of frames that have one, and
        # of those only the ones whose rewrite the view's sound pass names (most lines: none).
        # (And, as above, only in frames that every other slot leaves a chance.)
        started = (((have & lows) + lows) & guards) >> (width - 1)     # lowest bit of each such frame's field
        possible = (((((have | self._heardable | self._unused) & lows) + ones) & guards) >> (width - 1)) * field
        todo = self._heardable & live_bits & (started * field) & possible
        if unchecked and todo & have:
            # a slot this pass would skip for a waiting match must know now whether that match stands
            failed |= {i for i in unchecked if kept[i][0] & todo and not_a_word(kept[i])}
            unchecked = [i for i in unchecked if not kept[i][0] & todo]
            have = standing()
        todo &= ~have
        for d, view_bits in self._heard_view_bits.items():
            if todo & view_bits:
                matched = self._heard_sets[d].matching(sound_of(nt.digits if d else nt.text))
                if matched is not None:
                    bits = self._heard_bits[d]
                    named = 0
                    for i in matched:
                        named |= bits[i]
                    todo &= named | ~view_bits
        while todo:
            low = todo & -todo
            todo ^= low
            fid, si, rx, digital = pattern_slots[low.bit_length() - 1]
            key = (rx.pattern, digital, True)
            spans = spans_of.get(key)
            if spans is None:
                heard = self._sound_slots[rx.pattern]
                view, to_orig = (nt.digits, nt.digit_span) if digital else (nt.text, nt.span)
                sound = sound_of(view)
                spans = spans_of[key] = [to_orig(m.start(), m.end()) for m in heard.rx.finditer(sound)
                                         if m.end() > m.start() and heard.rests_on_words(view[m.start():m.end()])]
            if spans:
                have |= low
                kept.extend((low, ((fid, si),), o_s, o_e, "pinyin", None, _OTHER) for o_s, o_e in spans)
        # The frames every slot of which kept a match, and their matches, in the order found.
        done = ((((have | self._unused) & lows) + ones) & guards)
        if done and unchecked:
            # The waiting word checks, of the matches in frames that are complete with them. A match that
            # fails leaves its frames' other matches to decide again (done can only shrink: the passes above
            # only searched more than they would have without it).
            done_bits = (done >> (width - 1)) * field
            failed |= {i for i in unchecked if kept[i][0] & done_bits and not_a_word(kept[i])}
        if failed:
            have = standing()
            kept = [k for i, k in enumerate(kept) if i not in failed]
            done = ((((have | self._unused) & lows) + ones) & guards)
        if not done:
            return {}
        done_bits = (done >> (width - 1)) * ((1 << width) - 1)
        found: dict[int, list[list[SlotMatch]]] = {}
        exact_spans: set[tuple[int, int, int, int]] = set()
        for bits, refs, o_s, o_e, how, span, kind in kept:
            if not bits & done_bits:
                continue
            for ref in refs:
                fid, si = ref[0], ref[1]
                if not done_bits >> (fid * width + si) & 1:
                    continue
                if kind is _EXACT:
                    exact_spans.add((fid, si, *span))
                elif kind is _SOUND and (fid, si, *span) in exact_spans:
                    continue        # the same characters matched this slot exactly: one match, the exact one
                per = found.get(fid)
                if per is None:
                    per = found[fid] = [[] for _ in self.frames[fid].frame.slots]
                if len(per[si]) < MAX_FOUND:
                    norm = span if kind is _EXACT and span[1] - span[0] == 2 else None
                    per[si].append(SlotMatch(si, o_s, o_e, how, norm))
        return found

    # -- frames -----------------------------------------------------------------------------------
    def search(self, original: str, nt: NormalizedText, pt: PinyinText | None,
               uncertain: list[bool] | None = None, sound_of=to_sound) -> list[FrameHit]:
        found = self._collect(original, nt, pt, uncertain, sound_of)
        parts: tuple[list[int], list[int]] | None = None
        two_breaths: tuple[list[int], list[int]] | None = None
        hits: list[FrameHit] = []
        for fid, per_slot in found.items():
            if any(not matches for matches in per_slot):
                continue
            fd = self.frames[fid]
            if fd.rule in self._over_full_stop and "。" in original:
                # A price set against another is said in two breaths, and Whisper (or a writer) puts a full stop
                # between them (母婴店…没有低于三百五的。我这边两罐才三百出头): price frames read over it; so do
                # urgency frames, a countdown and its loss (倒数十秒开枪。抢不到的明年再来 — session 39).
                if two_breaths is None:
                    two_breaths = _clause_ids(original, full_stop_ends=False)
                ids = two_breaths
            else:
                if parts is None:
                    parts = _clause_ids(original)
                ids = parts
            hits.extend(self._combine(original, nt, ids, fd, per_slot))
        return hits

    def _combine(self, original: str, nt: NormalizedText, parts: tuple[list[int], list[int]], fd: _FrameDef,
                 per_slot: list[list[SlotMatch]]) -> list[FrameHit]:
        clause, sentence = parts
        frame = fd.frame
        combos = []
        for combo in _local_combinations(per_slot, (frame.within or CLAUSE_GAP) * (len(per_slot) - 1)):
            if frame.ordered and any(combo[i].end > combo[i + 1].start for i in range(len(combo) - 1)):
                continue
            ordered = sorted(combo, key=lambda m: m.start)
            if any(ordered[i].end > ordered[i + 1].start for i in range(len(ordered) - 1)):
                continue        # slots may not share characters
            if frame.within:
                # A window may cross commas, never the end of a sentence (耳鸣。我第一次戴上就不想摘).
                if len({sentence[m.start] for m in ordered}) != 1:
                    continue
                if any(ordered[i + 1].start - ordered[i].end > frame.within for i in range(len(ordered) - 1)):
                    continue
            else:
                if len({clause[m.start] for m in ordered}) != 1:
                    continue
                if any(ordered[i + 1].start - ordered[i].end > CLAUSE_GAP for i in range(len(ordered) - 1)):
                    continue
            # A sound-alike slot counts only beside a slot that matched by its words, or when the slots
            # together carry enough syllables that chance is out (四正…下取了: 湿疹…下去了, both misheard).
            heard = sum(m.how in ("pinyin", "fuzzy") for m in combo)
            if heard == len(combo) and (any(m.how == "fuzzy" for m in combo)
                                        or sum(m.end - m.start for m in combo) < ALL_SOUND_MIN_CHARS):
                continue
            if len(combo) >= 3 and heard >= 2:
                continue        # 绝对是真乳胶: 是真 (湿疹) and 胶枕 (矫正) both by sound is chance, not a claim
            gaps = sum(ordered[i + 1].start - ordered[i].end for i in range(len(ordered) - 1))
            words = sum(m.end - m.start for m in combo)
            combos.append((gaps, -words, ordered[0].start, combo, ordered))
        # Closest slots first; of those, the longest words (能治 over 治).
        combos.sort(key=lambda c: c[:3])
        taken: list[tuple[int, int]] = []
        out: list[FrameHit] = []
        for *_key, combo, ordered in combos:
            start, end = ordered[0].start, ordered[-1].end
            if any(start < b and a < end for a, b in taken):
                continue
            if not self._in_context(original, nt, ordered):
                continue
            taken.append((start, end))
            score = min(_SCORE[m.how] for m in combo)
            slots = tuple((frame.slots[m.slot].name, original[m.start:m.end]) for m in combo)
            out.append(FrameHit(fd.rule, start, end, score, slots))
        return out

    @staticmethod
    def _in_context(original: str, nt: NormalizedText, ordered: list[SlotMatch]) -> bool:
        for k, m in enumerate(ordered):
            if m.norm is not None and context.inside_dictionary_word(nt.text, *m.norm):
                return False
            # a later slot is read after the slot before it: that slot's own negation (做不到 of a failed
            # result, then 来找我) is its meaning, not a denial of what follows
            lo = ordered[k - 1].end if k else 0
            if context.negated(original[lo:], m.start - lo):
                before = normalize(original[max(0, m.start - 4):m.start]).text
                if k == 0 or not any(before.endswith(c) or c in before for c in _CESSATION):
                    return False
        return True


def _local_combinations(per_slot: list[list[SlotMatch]], reach: int):
    """Combinations of one match per slot that lie near each other.

    The slot with the fewest matches anchors; the other slots contribute only matches within `reach`
    characters of the anchor (at most MAX_PER_SLOT of them, nearest first), so a long line with many
    claims costs time in proportion to its claims, not to the product of all matches."""
    anchor_slot = min(range(len(per_slot)), key=lambda i: len(per_slot[i]))
    others = [sorted(ms, key=lambda m: m.start) for ms in per_slot]
    starts = [[m.start for m in ms] for ms in others]
    seen: set[tuple] = set()
    for a in per_slot[anchor_slot]:
        choices = []
        for si, ms in enumerate(others):
            if si == anchor_slot:
                choices.append([a])
                continue
            lo = bisect.bisect_left(starts[si], a.start - reach - 40)
            hi = bisect.bisect_right(starts[si], a.end + reach)
            near = sorted(ms[lo:hi], key=lambda m: abs(m.start - a.start))[:MAX_PER_SLOT]
            if not near:
                break
            choices.append(near)
        else:
            for combo in itertools.product(*choices):
                if combo not in seen:
                    seen.add(combo)
                    yield combo


@lru_cache(maxsize=1 << 17)
def _term_keys(term: str) -> tuple[str, str | None]:
    """A slot term's canonical text and its sound key (None when it has under two encoded syllables).
    Cached: the lexicons' slot terms are the same in nearly every rebuild, and encoding them again was a
    third of one."""
    text = normalize(term).text
    enc = encode(text).enc if text else ""
    return text, (enc if len(enc) >= 2 and is_encoded(enc) else None)


def _bits(refs: list, width: int) -> int:
    """The (frame, slot) bits of the refs of one automaton key (FrameIndex: field `width` per frame)."""
    out = 0
    for ref in refs:
        out |= 1 << (ref[0] * width + ref[1])
    return out


def _term_groups(refs: list, width: int) -> tuple:
    """The refs (frame, slot, term encoding, offset, term) of one half-term key, grouped by (term encoding,
    offset): (encoding, offset, the terms so encoded, bits of its (frame, slot)s, its (frame, slot)s), in order
    of first appearance."""
    # dicts as ordered sets: two homophone terms of one slot share its (frame, slot) once
    groups: dict[tuple[str, int], dict[tuple[int, int], None]] = {}
    terms: dict[tuple[str, int], dict[str, None]] = {}
    for fid, si, enc, offset, text in refs:
        groups.setdefault((enc, offset), {})[fid, si] = None
        terms.setdefault((enc, offset), {})[text] = None
    return tuple((enc, offset, tuple(terms[enc, offset]), _bits(slots, width), tuple(slots))
                 for (enc, offset), slots in groups.items())


def _dedup(items: list) -> tuple:
    return tuple(dict.fromkeys(items))


def _automaton(keys: dict[str, tuple]) -> ahocorasick.Automaton | None:
    if not keys:
        return None
    a = ahocorasick.Automaton()
    for k, v in keys.items():
        a.add_word(k, v)
    a.make_automaton()
    return a


_SENTENCE_END = set("。！？!?；;\n")


def _clause_ids(original: str, full_stop_ends: bool = True) -> tuple[list[int], list[int]]:
    """Clause and sentence number of every original character (+1 slot for the end).

    Punctuation splits clauses; so does a space between two runs of two or more characters (Whisper's
    pause), but not the spaces of a spaced-out evasion (全 网 最 低). 。！？； end sentences."""
    clauses, sentences = [], []
    c = s = 0
    n = len(original)
    for i, ch in enumerate(original):
        if _is_break(ch) and not (ch == " " and _single_char_run(original, i, n)):
            c += 1
        if ch in _SENTENCE_END and (full_stop_ends or ch != "。"):
            s += 1
        clauses.append(c)
        sentences.append(s)
    clauses.append(c)
    sentences.append(s)
    return clauses, sentences


def _single_char_run(text: str, i: int, n: int) -> bool:
    left = i >= 1 and not _is_break(text[i - 1]) and (i < 2 or _is_break(text[i - 2]))
    right = i + 1 < n and not _is_break(text[i + 1]) and (i + 2 >= n or _is_break(text[i + 2]))
    return left or right
