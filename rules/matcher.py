"""The matcher: normalised text in, rule hits (on the original text) out.

Layers, cheapest first, all on the normalised text:
1. exact   one Aho-Corasick pass over every phrase of every rule;
2. pinyin  a second Aho-Corasick pass over the folded-pinyin encoding (嘴低价, zui低价, 治Liao);
3. fuzzy   rapidfuzz on long phrases that share enough syllable bigrams with the text;
4. pattern each rule's regular expressions, on the numeral-unified views, over bounded windows.
Then context (rule exceptions, word boundaries for short phrases, negation) and a per-rule merge.
Last, a second opinion (rules/classifier.py) may add a category no rule hit, unless the rules ruled that
category's words out as a mention or a negation.

A Matcher is immutable after construction: share one between threads, rebuild on a rule edit.
"""
from __future__ import annotations

import gc
import logging
from bisect import bisect_left, bisect_right
from contextlib import contextmanager
from dataclasses import dataclass, replace

import ahocorasick

from rules import context
from rules.context import inside_longer_word   # _match's `context` argument is the lines of context it returns
from rules.classifier import Classifier, sentences
from rules.frames import FrameIndex, uses_digits
from rules.fuzzy import FuzzyIndex
from rules.model import Hit, Rule, RuleBase
from rules.normalize import NormalizedText, normalize
from rules.pinyin_index import encode, is_encoded, raw_syllables
from rules.sound_view import SoundPatterns, line_sounds, to_sound
from rules.regex_guard import LineBudget, PatternPool, compile_digits_safe, compile_safe, pattern_windows
from rules.windows import LINE_WINDOW, windows

log = logging.getLogger(__name__)

SHORT_PHRASE = 2            # phrases this short must not sit inside a longer word
MAX_HOMOPHONES = 2          # two-syllable phrases with more dictionary homophones get no pinyin matching
# Exceptions are heard by sound for what was itself found by sound, and for patterns: 最候 is a misheard
# 最后 (an innocent word of abs-zui), not a superlative. Exact phrases and frames keep exact exceptions
# (measured: hearing frame exceptions by sound cost more recall than it bought precision).
SOUND_EXCEPTION_HOWS = ("pinyin", "pattern")
_HOW_RANK = {"exact": 0, "pattern": 1, "frame": 2, "pinyin": 3, "fuzzy": 4}


@dataclass(frozen=True)
class _Phrase:
    rule: int           # index into Matcher.rules
    text: str           # normalised phrase
    syllables: tuple[str, ...]
    latin_start: bool
    latin_end: bool
    rule_homophones: int   # dictionary words sharing a two-syllable phrase's reading


@dataclass(frozen=True)
class _Cand:
    rule: int
    start: int          # original offsets
    end: int
    how: str
    score: float
    short: bool         # needs the word-boundary check
    norm: tuple[int, int] | None   # canonical span, when known
    slots: tuple[tuple[str, str], ...] = ()    # frame hits: (slot name, matched text)


def _own_word_where_it_differs(seen: str, phrase: str) -> bool:
    """Do the characters of `seen` (a sound-alike of `phrase`, as long) hold a dictionary word of two or more
    characters over a position where they differ from the phrase, a word the phrase does not have there?"""
    if len(seen) != len(phrase):
        return False
    differ = [i for i in range(len(seen)) if seen[i] != phrase[i]]
    for i in range(len(seen) - 1):
        for j in range(i + 2, len(seen) + 1):
            if any(i <= k < j for k in differ) and context.is_dictionary_word(seen[i:j]):
                return True
    return False


def _is_latin(c: str) -> bool:
    return "a" <= c <= "z"


class Matcher:
    def __init__(self, rule_base: RuleBase, *, include_disabled: bool = False,
                 classifier: Classifier | None = None):
        self.rule_base = rule_base
        self.classifier = classifier
        self.rules: tuple[Rule, ...] = tuple(r for r in rule_base.rules if r.enabled or include_disabled)
        self.phrases: list[_Phrase] = []
        self._exact = ahocorasick.Automaton()
        self._pinyin = ahocorasick.Automaton()
        exact_keys: dict[str, list[int]] = {}
        pinyin_keys: dict[str, list[int]] = {}
        fuzzy_enc: dict[int, str] = {}
        context.warm_up()
        # (rule, regex, uses digits): digit patterns run on the digits view, the rest on the canonical one
        self.patterns: list[tuple[int, object, bool]] = []   # RE2 pattern objects
        self.exceptions: list[tuple[str, ...]] = []
        # Each rule's own exceptions of four characters or more (not its lexicons' innocent words): heard by sound
        # for an exact hit too, where the text is no dictionary word — 唯一的却点 is a misheard 唯一的缺点. The
        # lexicons' hundreds of words, heard so, excused real claims (第一品牌); three-character ones did too
        # (第一围巾 heard as 第一位).
        self._own_exceptions: list[tuple[str, ...]] = []
        # Rules whose exceptions include a lexicon of innocent words (@superlative_innocent: 最新, 最终, 最低消费):
        # such a word in a line rules the category out for the classifier, like a mention or a negation.
        self._innocent_words = frozenset(ri for ri, rule in enumerate(self.rules)
                                         if any(e.startswith("@") for e in rule.exceptions))
        lexicons = {x.name: x for x in rule_base.lexicons}
        for ri, rule in enumerate(self.rules):
            for p in _expand(rule.phrases, lexicons):
                text = normalize(p).text
                if not text:
                    continue
                pid = len(self.phrases)
                syl = tuple(raw_syllables(text))
                self.phrases.append(_Phrase(ri, text, syl, _is_latin(text[0]), _is_latin(text[-1]),
                                            context.homophone_words(syl)))
                exact_keys.setdefault(text, []).append(pid)
                enc = encode(text).enc
                if is_encoded(enc) and len(enc) >= 2:
                    pinyin_keys.setdefault(enc, []).append(pid)
                    fuzzy_enc[pid] = enc
            for pat in rule.patterns:
                digital = uses_digits(pat)
                self.patterns.append((ri, compile_digits_safe(pat) if digital else compile_safe(pat), digital))
            self.exceptions.append(tuple(e for e in (normalize(x).text for x in _expand(rule.exceptions, lexicons))
                                         if e))
            self._own_exceptions.append(tuple(e for e in (normalize(x).text for x in rule.exceptions
                                                          if not x.startswith("@")) if len(e) >= 4))
        # Every user of a view (rule patterns, frame slot patterns, both also heard by sound) asks one
        # PatternSet per view: a line's view is scanned once (rules.regex_guard.PatternPool).
        pool = PatternPool()
        self._frames = FrameIndex(self.rules, lexicons, pool)
        for key, pids in exact_keys.items():
            self._exact.add_word(key, (len(key), tuple(pids)))
        for key, pids in pinyin_keys.items():
            self._pinyin.add_word(key, (len(key), tuple(pids)))
        self._has_exact = bool(exact_keys)
        self._has_pinyin = bool(pinyin_keys)
        if self._has_exact:
            self._exact.make_automaton()
        if self._has_pinyin:
            self._pinyin.make_automaton()
        self._fuzzy = FuzzyIndex(fuzzy_enc)
        # Every rule's exceptions in one automaton: a line's exception spans come from one pass, not from
        # a str.find per exception (a rule naming a lexicon has hundreds of them).
        self._exc_groups: list[tuple[str, ...]] = list(dict.fromkeys(e for e in self.exceptions if e))
        exc_keys: dict[str, list[int]] = {}
        for g, excs in enumerate(self._exc_groups):
            for e in dict.fromkeys(excs):
                exc_keys.setdefault(e, []).append(g)
        self._exc_auto = ahocorasick.Automaton()
        for key, groups in exc_keys.items():
            self._exc_auto.add_word(key, (len(key), tuple(groups)))
        if exc_keys:
            self._exc_auto.make_automaton()
        # One pass per view and window names the patterns that match there (most lines: none); only those
        # run, for their spans.
        self._views: list[tuple[bool, object, list[tuple[int, object]]]] = []
        for canonical in (True, False):
            pats = [(ri, rx) for ri, rx, digital in self.patterns if digital != canonical]
            if pats:
                self._views.append((canonical, pool.subset("text" if canonical else "digits",
                                                           [rx.pattern for _, rx in pats]), pats))

        self._sound = SoundPatterns(self.patterns, pool)   # the same patterns heard by sound: rules.sound_view
        pool.compile()
        self._pattern_sets = pool.sets          # view name -> the one PatternSet every user of the view asks

    @property
    def phrase_count(self) -> int:
        return len(self.phrases)

    # -- public -------------------------------------------------------------------------------
    def match(self, text: str, uncertain: list[bool] | None = None, context: int = 0) -> list[Hit]:
        """All hits in `text`; never raises (a broken input yields no hits, and is logged).

        `uncertain[i]` says the ASR was unsure of character i (a low-probability word): a two-syllable
        sound-alike that is also a dictionary word is accepted there, since the word may be misheard.
        `context`: the first characters are the previous utterance's tail, joined so that a phrase cut in two
        is whole (monitor.scan.locate_hits). A rule hit lying wholly inside them belongs to that utterance:
        it neither raises the classifier's bar for this one nor keeps its category from it."""
        try:
            if not isinstance(text, str):
                text = "" if text is None else str(text)
            if not text:
                return []
            budget = LineBudget(len(text))      # one pattern-time budget for the whole line, across its windows
            spans = windows(len(text))
            if uncertain is not None and len(uncertain) != len(text):
                uncertain = None
            if len(spans) == 1:
                return self._match(text, budget, uncertain, context=context)
            hits: list[Hit] = []
            for w in spans:
                hits.extend(replace(h, start=h.start + w.lo, end=h.end + w.lo)
                            for h in self._match(text[w.lo:w.hi], budget,
                                                 uncertain[w.lo:w.hi] if uncertain is not None else None,
                                                 context=max(0, context - w.lo))
                            if w.core_lo <= h.start + w.lo < w.core_hi)
            hits.sort(key=lambda h: (h.start, h.end, h.rule_id))
            return hits
        except Exception:  # noqa: BLE001 - a live stream must survive any transcript
            log.exception("matcher failed on input of %d chars", len(text) if isinstance(text, str) else -1)
            return []

    def match_many(self, texts: list[str]) -> list[list[Hit]]:
        """match(text) for each text: the same hits, in less time for a batch of short lines.

        Each view's pattern Filter is asked about every line of the batch in one run, with its automata hot
        in the CPU caches; asked line by line, between the other layers' work, the same passes took about
        four times as long (1 MB of short lines: ~0.8 s of ~5 s). Likewise the classifier's logits of every
        sentence come from one numpy pass, and only sentences near or above a threshold are scored one by one.
        The lines' normalised text and sound views are made once for all. Lines longer than one window go
        through match() as they are. A text repeated in the batch (a host's catchphrase: 喜欢的宝宝点个关注)
        is matched once; every copy gets its own list of the same (frozen) hits."""
        first: dict[str, int] = {}
        distinct: list[str] = []
        where: list[int] = []
        for text in texts:
            k = first.setdefault(text, len(distinct)) if isinstance(text, str) else -1
            if k == len(distinct) or k < 0:
                k = len(distinct)
                distinct.append(text)
            where.append(k)
        if len(distinct) == len(where):
            return self._match_distinct(distinct)
        found = self._match_distinct(distinct)
        return [list(found[k]) for k in where]

    def _match_distinct(self, texts: list[str]) -> list[list[Hit]]:
        try:
            prepared, known = self._prepare(texts)
        except Exception:  # noqa: BLE001 - as match(): the batch is then answered line by line
            log.exception("matcher could not prepare a batch of %d lines", len(texts))
            prepared, known = [None] * len(texts), None
        try:
            return [self.match(text) if ready is None else self._match_prepared(text, *ready, known)
                    for text, ready in zip(texts, prepared)]
        finally:
            for pattern_set in self._pattern_sets.values():
                pattern_set.forget()

    def _prepare(self, texts: list[str]):
        """(per text: (normalised, its sound views) or None for match(), the classifier's approximate logits);
        the pattern sets hold the batch's answers until forget()."""
        prepared: list[tuple[NormalizedText, dict[str, str]] | None] = []
        views: dict[str, list[str]] = {name: [] for name in self._pattern_sets}
        for text in texts:
            if not isinstance(text, str) or not text or len(text) > LINE_WINDOW:
                prepared.append(None)
                continue
            nt = normalize(text)
            sounds = {}
            if nt.text:
                sounds = {nt.text: to_sound(nt.text)}
                if nt.digits not in sounds:
                    sounds[nt.digits] = to_sound(nt.digits)
                for name, out in views.items():
                    view = nt.digits if name.endswith("digits") else nt.text
                    out.append(sounds[view] if name.startswith("sound:") else view)
            prepared.append((nt, sounds))
        for name, pattern_set in self._pattern_sets.items():
            pattern_set.prefetch(views[name])
        known = None
        if self.classifier is not None:
            known = self.classifier.logits_many([ready[0].text[lo:hi] for ready in prepared if ready is not None
                                                 for lo, hi in sentences(ready[0])])
        return prepared, known

    def _match_prepared(self, text: str, nt: NormalizedText, sounds: dict[str, str],
                        known: dict[str, list[float]] | None) -> list[Hit]:
        try:
            return self._match(text, LineBudget(len(text)), None, nt, sounds, known)
        except Exception:  # noqa: BLE001 - as match(): a live stream must survive any transcript
            log.exception("matcher failed on input of %d chars", len(text))
            return []

    # -- layers -------------------------------------------------------------------------------
    def _match(self, text: str, budget: LineBudget | None = None,
               uncertain: list[bool] | None = None, nt: NormalizedText | None = None,
               sounds: dict[str, str] | None = None, known: dict[str, list[float]] | None = None,
               context: int = 0) -> list[Hit]:
        """`nt`, `sounds`, `known`: normalize(text), to_sound of its views and the classifier's approximate
        logits of its sentences, when a batch made them already (match_many)."""
        if nt is None:
            nt = normalize(text)
        if not nt.text:
            return []
        cands: list[_Cand] = []
        exact_spans: set[tuple[int, int, int]] = set()
        if self._has_exact:
            self._exact_layer(nt, cands, exact_spans)
        pt = None
        if self._has_pinyin or self._fuzzy.phrases or self._frames:
            pt = encode(nt.text)
            if self._has_pinyin:
                self._pinyin_layer(nt, pt, cands, exact_spans, uncertain)
            self._fuzzy_layer(nt, pt, cands)
        sound_of = line_sounds(sounds)
        if self._frames:
            for fh in self._frames.search(text, nt, pt, uncertain, sound_of):
                cands.append(_Cand(fh.rule, fh.start, fh.end, "frame", fh.score, False, None, fh.slots))
        budget = budget or LineBudget(len(text))
        self._pattern_layer(nt, cands, budget)
        if self._sound:
            for ri, o_s, o_e, norm in self._sound.search(nt, budget, sound_of):
                # A pattern heard by sound whose span cuts a dictionary word is that word and its neighbours (它就是祖|师爷
                # is no 他就是猪), unless the ASR was unsure of every character there.
                if norm is not None and not (uncertain is not None and all(uncertain[o_s:o_e])) \
                        and inside_longer_word(nt.text, *norm, nt=nt):
                    continue
                cands.append(_Cand(ri, o_s, o_e, "pinyin", 0.8, False, norm))
        ruled_out: set[str] = set()
        hits = self._merge(text, self._filter(nt, cands, sound_of, ruled_out, context))
        if self.classifier is not None:
            hits.extend(self._second_opinion(nt, [h for h in hits if h.end > context], ruled_out, known))
        return hits

    def _second_opinion(self, nt: NormalizedText, hits: list[Hit], ruled_out: set[str],
                        known: dict[str, list[float]] | None = None) -> list[Hit]:
        skip = ruled_out | {c for h in hits for c in h.categories}
        return [Hit(rule_id=f"model:{o.category}", category=o.category, severity="medium", basis=o.basis,
                    matched=nt.original[o.start:o.end], start=o.start, end=o.end, how="model",
                    score=o.probability, slots=(("模型概率", f"{o.probability:.2f} ≥ {o.threshold:.2f}"),))
                for o in self.classifier.opinions(nt, skip, beside_rule_hits=bool(hits), known=known)]

    def _exact_layer(self, nt: NormalizedText, cands: list[_Cand], spans: set) -> None:
        s_text = nt.text
        n = len(s_text)
        for end, (length, pids) in self._exact.iter(s_text):
            start = end - length + 1
            for pid in pids:
                ph = self.phrases[pid]
                # Latin phrases (sb, qq, top1) only as whole Latin words.
                if ph.latin_start and start > 0 and _is_latin(s_text[start - 1]):
                    continue
                if ph.latin_end and end + 1 < n and _is_latin(s_text[end + 1]):
                    continue
                spans.add((ph.rule, start, end + 1))
                o_s, o_e = nt.span(start, end + 1)
                cands.append(_Cand(ph.rule, o_s, o_e, "exact", 1.0, length <= SHORT_PHRASE, (start, end + 1)))

    def _pinyin_layer(self, nt: NormalizedText, pt, cands: list[_Cand], exact_spans: set,
                      uncertain: list[bool] | None = None) -> None:
        s_text = nt.text
        for end, (length, pids) in self._pinyin.iter(pt.enc):
            ns, ne = pt.span(end - length + 1, end + 1)
            seen_text = s_text[ns:ne]
            raw = None
            for pid in pids:
                ph = self.phrases[pid]
                if seen_text == ph.text or (ph.rule, ns, ne) in exact_spans:
                    continue
                if raw is None:
                    raw = tuple(raw_syllables(seen_text))
                same_sound = raw == ph.syllables
                has_latin = any(_is_latin(c) for c in seen_text)
                o_s, o_e = nt.span(ns, ne)
                unsure = uncertain is not None and all(uncertain[o_s:o_e])
                if length == 2:
                    # Two syllables sound like too many innocent words: demand the exact toneless
                    # reading of a phrase with few homophones, on a span that is no real word
                    # (区班 for 祛斑 yes; 即止 for 极致 or 为新 for 微信 no). Typed pinyin (治liao) is intent.
                    if not same_sound:
                        continue
                    # A span holding a grammatical word is a cut of ordinary speech too: jieba's HMM joins 一个人要带's
                    # 人要 into one token, yet it is no misheard 人妖. Checked first, as it needs no jieba.
                    if not has_latin and (ph.rule_homophones > MAX_HOMOPHONES
                                          or (not unsure and (any(ch in context.FUNCTION_CHARS for ch in seen_text)
                                                              or context.is_dictionary_word(seen_text)
                                                              or not context.single_token(s_text, ns, ne)))):
                        continue
                # Three syllables one confusion away, carved across a dictionary word, are that word and its
                # neighbours (不要两|百 is a haggled price, not 不要脸), unless the ASR was unsure there.
                elif length >= 3 and not same_sound and not unsure and not has_latin \
                        and context.inside_longer_word(s_text, ns, ne, nt=nt):
                    continue
                # …nor are three whose differing syllables make a word of the text's own (历年的 is "over the years",
                # not a misheard 你娘的): a mishearing rarely lands on another real word there.
                elif length == 3 and not same_sound and not unsure and not has_latin \
                        and _own_word_where_it_differs(seen_text, ph.text):
                    continue
                if context.crosses_punctuation(nt.original, o_s, o_e):
                    continue            # 低价、出 is not a misheard 底价出: a sound-alike stays inside a clause
                # Typed pinyin (治liao) is deliberate; jieba cannot segment it meaningfully anyway.
                cands.append(_Cand(ph.rule, o_s, o_e, "pinyin", 0.9 if same_sound else 0.8,
                                   len(ph.text) <= SHORT_PHRASE and not has_latin, (ns, ne)))

    def _fuzzy_layer(self, nt: NormalizedText, pt, cands: list[_Cand]) -> None:
        for fh in self._fuzzy.search(pt.enc):
            ph = self.phrases[fh.phrase_id]
            ns, ne = pt.span(fh.start, fh.end)
            if ne <= ns:
                continue
            o_s, o_e = nt.span(ns, ne)
            if context.crosses_punctuation(nt.original, o_s, o_e) or context.flips_negation(ph.text, nt.text[ns:ne]):
                continue
            cands.append(_Cand(ph.rule, o_s, o_e, "fuzzy", fh.score / 100.0, False, (ns, ne)))

    def _pattern_layer(self, nt: NormalizedText, cands: list[_Cand], budget: LineBudget) -> None:
        for canonical, pattern_set, pats in self._views:
            view, to_orig = (nt.text, nt.span) if canonical else (nt.digits, nt.digit_span)
            for lo, window, (ri, rx) in pattern_windows(view, pattern_set, pats, budget):
                for m in rx.finditer(window):
                    if m.end() <= m.start():
                        continue
                    a, b = lo + m.start(), lo + m.end()
                    o_s, o_e = to_orig(a, b)
                    cands.append(_Cand(ri, o_s, o_e, "pattern", 1.0, False, (a, b) if canonical else None))

    # -- context ------------------------------------------------------------------------------
    def _filter(self, nt: NormalizedText, cands: list[_Cand], sound_of=None,
                ruled_out: set[str] | None = None, tail: int = 0) -> list[_Cand]:
        """Candidates that survive context. `ruled_out` collects the categories whose words were found but
        judged a mention, negated or an innocent word (最新推出, 最终解释权, 最低消费: a rule's lexicon of innocent
        words): the second opinion must not bring them back. Words lying wholly in the previous utterance's tail
        (the first `tail` characters) rule out nothing here: 教育没人能打包票 said before does not deny the
        guarantee of the next sentence, as a hit there does not raise the model's bar (match(..., context=))."""
        if ruled_out is None:
            ruled_out = set()
        kept: list[_Cand] = []
        negated: list[_Cand] = []
        found: dict[tuple[str, ...], tuple[list[int], list[int]]] = {}   # exception spans, found once per line
        sound_found: dict = {}                                          # the same, heard by sound
        # The context verdicts, once per line for each span and category (not_a_claim) or start (negated):
        # several candidates often share them (the same words found exactly and by sound, or by two rules of
        # one category). On 1 MB of short lines 38 % of the not_a_claim calls repeated one of their line's,
        # ~7 % of matching.
        mentions: dict[tuple[int, int, str], bool] = {}
        negations: dict[int, bool] = {}

        def rule_out(c: _Cand) -> None:
            if c.end > tail:
                ruled_out.add(self.rules[c.rule].category)

        for c in cands:
            excs = self.exceptions[c.rule]
            excepted = excs and (self._in_exception(nt, c, excs, found) or (
                c.how in SOUND_EXCEPTION_HOWS and self._sound.in_exception(
                    nt, c.start, c.end, excs, sound_found, heard=c.how != "pattern", sound_of=sound_of or to_sound)) or (
                c.how == "exact" and self._own_exceptions[c.rule] and self._sound.in_exception(
                    nt, c.start, c.end, self._own_exceptions[c.rule], sound_found, heard=False,
                    sound_of=sound_of or to_sound)))
            if excepted:
                if c.rule in self._innocent_words:
                    rule_out(c)
                continue
            if c.short and c.norm is not None and context.inside_longer_word(nt.text, *c.norm, nt=nt):
                continue
            key = (c.start, c.end, self.rules[c.rule].category)
            mention = mentions.get(key)
            if mention is None:
                mention = mentions[key] = context.not_a_claim(nt.original, *key)
            if mention:
                rule_out(c)
                continue
            negation = negations.get(c.start)
            if negation is None:
                negation = negations[c.start] = context.negated(nt.original, c.start)
            if negation:
                rule_out(c)
                negated.append(c)
                continue
            kept.append(c)
        if not negated:
            return kept
        # 并非全网最低价: the negated claim also covers the 最低价 inside it. Per rule, negated spans by
        # start with the furthest end reached so far: one bisect per kept candidate, not a cross product.
        cover: dict[int, tuple[list[int], list[int]]] = {}
        for n in sorted(negated, key=lambda n: n.start):
            starts, reach = cover.setdefault(n.rule, ([], []))
            starts.append(n.start)
            reach.append(max(n.end, reach[-1]) if reach else n.end)
        out = []
        for c in kept:
            starts, reach = cover.get(c.rule, ((), ()))
            k = bisect_right(starts, c.start)
            if not (k and reach[k - 1] >= c.end):
                out.append(c)
        return out

    def _in_exception(self, nt: NormalizedText, c: _Cand, excs: tuple[str, ...], found: dict) -> bool:
        if not found:
            self._exception_spans(nt, found)
        spans = found.get(excs)
        if spans is None:
            return False
        starts, reach = spans
        k = bisect_left(starts, c.end)      # exception spans starting before the candidate ends
        return bool(k) and reach[k - 1] > c.start

    def _exception_spans(self, nt: NormalizedText, found: dict) -> None:
        """found[exceptions tuple] = (original starts, furthest end so far) of its occurrences in the line."""
        found[None] = None          # computed, even when the line holds no exception at all
        if not self._exc_groups:
            return
        occ: dict[int, list[tuple[int, int]]] = {}
        for end, (length, groups) in self._exc_auto.iter(nt.text):
            span = nt.span(end - length + 1, end + 1)
            for g in groups:
                occ.setdefault(g, []).append(span)
        for g, spans in occ.items():
            spans.sort()
            reach, far = [], -1
            for _, o_e in spans:
                far = max(far, o_e)
                reach.append(far)
            found[self._exc_groups[g]] = ([o_s for o_s, _ in spans], reach)

    def _merge(self, original: str, cands: list[_Cand]) -> list[Hit]:
        by_rule: dict[int, list[_Cand]] = {}
        for c in cands:
            by_rule.setdefault(c.rule, []).append(c)
        hits: list[Hit] = []
        for ri, group in by_rule.items():
            group.sort(key=lambda c: (c.start, -c.end))
            cur_s, cur_e, best = group[0].start, group[0].end, group[0]
            for c in group[1:]:
                if c.start < cur_e:          # overlapping: one hit for the union
                    cur_e = max(cur_e, c.end)
                    if (_HOW_RANK[c.how], -c.score) < (_HOW_RANK[best.how], -best.score):
                        best = c
                else:
                    hits.append(self._hit(original, ri, cur_s, cur_e, best))
                    cur_s, cur_e, best = c.start, c.end, c
            hits.append(self._hit(original, ri, cur_s, cur_e, best))
        hits.sort(key=lambda h: (h.start, h.end, h.rule_id))
        return hits

    def _hit(self, original: str, ri: int, start: int, end: int, best: _Cand) -> Hit:
        r = self.rules[ri]
        return Hit(rule_id=r.id, category=r.category, severity=r.severity, basis=r.basis,
                   matched=original[start:end], start=start, end=end, how=best.how, score=best.score,
                   categories=(r.category, *(a.category for a in r.also)),
                   bases=(r.basis, *(a.basis for a in r.also)), slots=best.slots)


def _expand(items: tuple[str, ...], lexicons: dict) -> list[str]:
    """Phrases and exceptions may name a lexicon (@superlative): its terms take its place."""
    out: list[str] = []
    for item in items:
        if item.startswith("@"):
            lex = lexicons.get(item[1:])
            out.extend(lex.terms if lex is not None else ())
        else:
            out.append(item)
    return out


def build_matcher(rule_base: RuleBase, *, second_opinion: bool = True, heard: bool = False) -> Matcher:
    """The matcher for `rule_base`; with `second_opinion`, the bundled classifier adds what no rule hit. `heard`:
    the lines will be ASR transcripts, so the classifier is the one that reads their sounds too."""
    from rules import classifier
    model = (classifier.load_heard_or_none() if heard else classifier.load_or_none()) if second_opinion else None
    with collector_paused():
        return Matcher(rule_base, classifier=model)


@contextmanager
def collector_paused():
    """Building a matcher, unpickling one (rules.cache) or rebuilding jieba's table makes hundreds of thousands of
    containers, and the cyclic collector, set off by the allocations, walks the half-built graph (and a rebuild's
    old matcher, still alive) again and again: a third of a rebuild's time at 10,000 phrases (bench matcher),
    ~0.06 s of a 0.5 s cached start, 0.03 s of the table's 0.14 s. Nothing made there is garbage yet: the collector
    waits; reference counting still frees what other threads drop meanwhile."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
