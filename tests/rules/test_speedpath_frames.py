"""Issue 8's speed path inside a line: the shortcuts give exactly what the plain ways gave.

- the frame index decides for all frames at once (one bit field per frame, slot matches built only for
  frames every slot of which kept one, pattern slots run only where the frame can still be complete): its
  hits are those of one index per frame, frame by frame, sure and unsure ASR alike;
- a rule's exceptions heard by sound come from one automaton per exception list: the same spans as a
  str.find per exception;
- a recently normalised text comes back from a small cache: the same NormalizedText as normalising it again.
"""
from __future__ import annotations

import bisect
import dataclasses
import json
from pathlib import Path

from rules import context
from rules.frames import FrameIndex
from rules.normalize import RECENT_CHARS, SENTENCE_CHARS, _normalize, normalize
from rules.pinyin_index import encode
from rules.sound_view import SoundPatterns, line_sounds, to_sound

DATA = Path(__file__).parent / "data"


def _lines() -> list[str]:
    lines = [json.loads(x)["text"] for x in (DATA / "textset.jsonl").read_text(encoding="utf-8").splitlines()
             if x.strip()]
    # amounts and times for the pattern slots (also misheard: 知波江之要三百九), Latin, punctuation, empty
    return lines + ["直播间只要三百九，原价一千二", "知波江之要三百九", "今晚8点准时开抢，只剩最后3单", "吃了3个疗程就好了",
                    "加我vx，治好了我的颈椎病", "", "，。！", "降压药降压效果好，血压降下来了"]


def _search(index: FrameIndex, text: str, unsure: bool):
    nt = normalize(text)
    pt = encode(nt.text)
    return index.search(text, nt, pt, [True] * len(text) if unsure else None, line_sounds())


def test_all_frames_at_once_find_what_each_frame_finds_alone(rule_base):
    lexicons = {x.name: x for x in rule_base.lexicons}
    rules = tuple(r for r in rule_base.rules if r.enabled)
    whole = FrameIndex(rules, lexicons)
    alone = []          # (rule index in `rules`, an index of that rule with only this one frame)
    for ri, rule in enumerate(rules):
        for frame in rule.frames:
            alone.append((ri, FrameIndex((dataclasses.replace(rule, frames=(frame,)),), lexicons)))
    assert len(alone) == len(whole.frames) > 50
    found = 0
    for text in _lines():
        for unsure in (False, True):
            got = sorted((h.rule, h.start, h.end, h.score, h.slots) for h in _search(whole, text, unsure))
            expect = sorted((ri, h.start, h.end, h.score, h.slots)
                            for ri, index in alone for h in _search(index, text, unsure))
            assert got == expect, (text, unsure)
            found += len(got)
    assert found > 300          # the lines do complete frames: the comparison is not vacuous


def _spans_by_find(nt, exceptions: tuple[str, ...], heard: bool) -> tuple[list[int], list[int]]:
    """The exception spans as SoundPatterns.in_exception found them before its automaton: a find per exception."""
    sound = to_sound(nt.text)
    spans = []
    for exc in exceptions:
        target = to_sound(exc)
        i = sound.find(target)
        while i != -1:
            o_s, o_e = nt.span(i, i + len(target))
            if not context.crosses_punctuation(nt.original, o_s, o_e) and (
                    heard or nt.text[i:i + len(target)] == exc
                    or not (context.is_dictionary_word(nt.text[i:i + len(target)])
                            or context.cuts_two_char_word(nt.text, i, i + len(target)))):
                spans.append((o_s, o_e))
            i = sound.find(target, i + 1)
    spans = sorted(set(spans))      # two exceptions that sound alike repeated their spans: the same answers
    reach, far = [], -1
    for _, o_e in spans:
        far = max(far, o_e)
        reach.append(far)
    return [o_s for o_s, _ in spans], reach


def test_heard_exceptions_are_those_of_a_find_per_exception(matcher):
    groups = [g for g in dict.fromkeys(matcher.exceptions) if g]
    assert any(len(g) > 500 for g in groups)        # a lexicon of exceptions is among them
    lines = _lines() + ["锥好问一下", "最候一天", "贱，买", "保证保真", "最后最后最后"]
    checked = 0
    for line in lines:
        nt = normalize(line)
        if not nt.text:
            continue
        for excs in groups:
            for heard in (True, False):
                starts, reach = _spans_by_find(nt, excs, heard)
                checked += bool(starts)
                # every candidate span of the line, and one past its end, asked both ways
                for start in range(len(line) + 1):
                    for end in (start + 1, start + 3):
                        k = bisect.bisect_left(starts, end)
                        expect = bool(k) and reach[k - 1] > start
                        found: dict = {}
                        assert SoundPatterns.in_exception(nt, start, end, excs, found, heard=heard) == expect
                        assert found[(excs, heard)] == (starts, reach), (line, excs[:3], heard)
    assert checked > 50


def test_a_recent_text_normalises_as_it_did_the_first_time():
    text = "原價699,現在只要69，加我V信，全網最低價！" * 3
    assert 10 < len(text) <= RECENT_CHARS
    first = normalize(text)
    assert normalize(text) == first == _normalize(text)
    assert normalize(text * 40) == _normalize(text * 40)        # longer than RECENT_CHARS: not kept, same answer
    sentence = text[:30]                                        # a sentence's length: kept among SENTENCES
    assert 10 < len(sentence) <= SENTENCE_CHARS
    assert normalize(sentence) is normalize(sentence) and normalize(sentence) == _normalize(sentence)
