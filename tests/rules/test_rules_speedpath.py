"""The fast paths of `livewatch match` (issue 8's speed target) give exactly what the slow paths gave.

- one RE2 Set pass decides which patterns run: it must name exactly the patterns that match;
- one automaton finds every rule's exception spans: the same spans as a str.find per exception;
- stdin is read in batches and answered with one write per batch: same lines, same bytes out, and a
  pipe partner still gets each answer before sending the next line;
- a published base seen before is not validated again: the same RuleBase comes back.
"""
from __future__ import annotations

import io
import json
import os
import pickle
import select
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.cli import match_cmd
from rules import load_rule_dir, rule_base_from_data, rule_base_snapshot
from rules.cache import rule_base_from_data_cached
from rules.normalize import normalize
from rules.regex_guard import PatternSet, compile_derived

DATA = Path(__file__).parent / "data"
LIVEWATCH = str(Path(sys.executable).with_name("livewatch"))


def _lines() -> list[str]:
    lines = [json.loads(x)["text"] for x in (DATA / "textset.jsonl").read_text(encoding="utf-8").splitlines()
             if x.strip()]
    lines += [json.loads(x)["text"] for x in (DATA / "quotes" / "quotes.jsonl").read_text(encoding="utf-8")
              .splitlines() if x.strip()]
    # numbers both ways, Latin evasions, punctuation-only and empty lines
    return lines + ["原价699现在只要69", "原价六百九十九只要六十九", "加我vx", "", "，。！",
                    "a" * 300]


def test_pattern_set_names_exactly_the_patterns_that_match(matcher):
    views = [(nt.text, nt.digits) for nt in map(normalize, _lines())]
    sets = [(ps, [rx for _, rx in pats], canonical) for canonical, ps, pats in matcher._views]
    sets += [(ps, [compile_derived(p) for p in ps.patterns], not digital)
             for digital, ps in matcher._frames._slot_sets.items() if ps.patterns]
    assert len(sets) >= 3
    checked = 0
    for ps, compiled, canonical in sets:
        for text, digits in views:
            view = text if canonical else digits
            expect = [i for i, rx in enumerate(compiled) if rx.search(view) is not None]
            assert ps.matching(view) == expect, (view, ps.matching(view), expect)
            assert ps.matching_patterns(view) == frozenset(ps.patterns[i] for i in expect)
            checked += bool(expect)
    assert checked > 100         # the lines do make patterns match, so the check is not vacuous


def test_pattern_set_basics():
    ps = PatternSet(["原价\\d+", "^最", "好$", "加(?:微|v)信"])
    assert ps.matching("原价12最好") == [0, 2]
    assert ps.matching("最") == [1]
    assert ps.matching("") == [] and ps.matching("无关的话") == []
    assert pickle.loads(pickle.dumps(ps)).matching("加v信，原价9") == [0, 3]
    assert PatternSet([]).matching("原价12") is None            # nothing to ask: unknown, never "no"
    broken = PatternSet(["("])                                  # RE2 refuses it: unknown, so callers try all
    assert broken.matching("(") is None and broken.matching_patterns("(") is None


def test_exception_spans_are_those_of_a_find_per_exception(matcher):
    groups = matcher._exc_groups
    assert groups and any(len(g) > 50 for g in groups)         # a lexicon of exceptions is among them
    for line in _lines():
        nt = normalize(line)
        found: dict = {}
        matcher._exception_spans(nt, found)
        for excs in groups:
            # (a word listed twice, e.g. inline and in a lexicon, only repeated its spans: same answers)
            occ = sorted(nt.span(i, i + len(e)) for e in dict.fromkeys(excs) for i in _find_all(nt.text, e))
            got = found.get(excs)
            if not occ:
                assert got is None
                continue
            reach = [max(o_e for _, o_e in occ[:k + 1]) for k in range(len(occ))]
            assert got == ([o_s for o_s, _ in occ], reach), (line, excs[:3])


def _find_all(text: str, sub: str):
    i = text.find(sub)
    while i != -1:
        yield i
        i = text.find(sub, i + 1)


def _batches_of(tmp_path: Path, data: bytes, monkeypatch) -> tuple[list[str], list[str]]:
    """(lines as the batched reader gives them, lines as the line-by-line TextIOWrapper gives them)."""
    path = tmp_path / "stdin.bin"
    path.write_bytes(data)
    out = []
    for reader in (match_cmd._stdin_batches, match_cmd._stdin_lines):
        with open(path, "rb") as f:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(f))
            got = list(reader())
        out.append([x for batch in got for x in batch] if reader is match_cmd._stdin_batches else got)
    return out[0], out[1]


@pytest.mark.parametrize("data", [
    "全网最低价\n加我威信\r\n第二行\r第三行\n\n最后一行没有换行".encode(),
    b"\xff\xfe broken \xe5\x85\n\xe5\x85\xa8\xe7\xbd\x91\r",
    b"",
    b"\n\n\r\n",
    # a 3-byte character and a CR LF straddling the 64 KiB read boundary
    b"x" * ((1 << 16) - 1) + "全\r\n网".encode() + b"y" * (1 << 16) + b"\r" + b"\n" + b"z",
])
def test_batched_stdin_reads_the_same_lines(tmp_path, monkeypatch, data):
    batched, by_line = _batches_of(tmp_path, data, monkeypatch)
    assert batched == by_line


def test_answers_are_the_bytes_json_dumps_gave(matcher):
    for line in ["全网最低价，加我威信", "今天天气很好", "", 'quote " and \\ and \u2028 and 𠀀']:
        hits = matcher.match(line)
        expect = json.dumps({"text": line, "hits": [h.to_json() for h in hits]}, ensure_ascii=False) + "\n"
        assert match_cmd._answer(matcher, line, "jsonl") == expect


def test_a_pipe_partner_gets_each_answer_before_sending_the_next_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIVEWATCH_")}
    env.update(LIVEWATCH_DATA_DIR=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    proc = subprocess.Popen([LIVEWATCH, "match", "--format", "jsonl"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    try:
        for line in ("全网最低价", "今天天气很好"):
            proc.stdin.write(line.encode() + b"\n")
            proc.stdin.flush()
            # stdin stays open: the answer must come without more input (a coarse bound against hanging)
            ready, _, _ = select.select([proc.stdout], [], [], 300)
            assert ready, f"no answer to {line!r} while stdin stays open"
            assert json.loads(proc.stdout.readline())["text"] == line
        proc.stdin.close()
        assert proc.wait(timeout=300) == 0
    finally:
        proc.kill()


def test_published_base_seen_before_is_not_validated_again(tmp_path, monkeypatch):
    rb = load_rule_dir()
    snapshot = rule_base_snapshot(rb)
    text = json.dumps(snapshot, ensure_ascii=False)
    first = rule_base_from_data_cached(text, tmp_path)
    assert first.checksum == rule_base_from_data(snapshot).checksum == rb.checksum
    assert first == rule_base_from_data(json.loads(text))
    assert rule_base_from_data_cached(snapshot, tmp_path) == first     # the parsed object (PostgreSQL's JSON)
    import rules.loader
    monkeypatch.setattr(rules.loader, "rule_base_from_data", _must_not_run)
    assert rule_base_from_data_cached(text, tmp_path) == first         # both from their cache files now
    assert rule_base_from_data_cached(snapshot, tmp_path) == first
    for path in tmp_path.glob("rules-*.pickle"):
        path.write_bytes(path.read_bytes()[:-10])                      # truncated: rebuilt, never half-used
    monkeypatch.undo()
    assert rule_base_from_data_cached(text, tmp_path) == first


def _must_not_run(*_a, **_k):
    raise AssertionError("validated again although the same bytes were cached")
