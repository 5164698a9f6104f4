"""`livewatch match --jobs N` and the grouped RE2 Sets give exactly what one process and one Set gave.

- a large input shared by processes: the same bytes out, in input order, whatever the number of jobs;
- a child that fails costs time, never an answer: the parent answers its chunk;
- a PatternSet of many patterns (several RE2 Sets) names exactly the patterns that match;
- a pattern loaded from the cache compiles at first use and finds what the eager one finds.
"""
from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.cli import match_cmd, match_parallel
from rules.regex_guard import SET_GROUP, PatternSet, Re2Pattern, compile_safe

DATA = Path(__file__).parent / "data"
LIVEWATCH = str(Path(sys.executable).with_name("livewatch"))
CHATTER = ["宝宝们晚上好，欢迎来到直播间", "今天给大家带来的是一款炒锅", "喜欢的宝宝点个关注", "", "原价699现在只要69"]


def _lines(n: int) -> list[str]:
    labelled = [json.loads(x)["text"] for x in (DATA / "textset.jsonl").read_text(encoding="utf-8").splitlines()
                if x.strip()]
    # violations and chatter interleaved, so every chunk has hits and the order of answers is checkable
    return [f"{i} " + (labelled[i % len(labelled)] if i % 3 == 0 else CHATTER[i % len(CHATTER)]) for i in range(n)]


def test_chunks_are_contiguous_and_balanced():
    lines = [("x" * (i % 17)) for i in range(1000)]
    for n in (1, 2, 3, 7):
        chunks = match_parallel._chunks(lines, n)
        assert [x for c in chunks for x in c] == lines and len(chunks) == n
        sizes = [sum(len(x) + 1 for x in c) for c in chunks]
        assert max(sizes) - min(sizes) <= 2 * 18
    assert match_parallel._chunks(["a"], 4) == [["a"]]
    assert match_parallel.default_jobs() >= 1


def test_processes_answer_what_one_process_answers(matcher, monkeypatch):
    monkeypatch.setattr(match_parallel, "MIN_LINES", 50)
    monkeypatch.setattr(match_parallel, "WARM_LINES", 20)
    forks = []
    real_fork = os.fork

    def counting_fork():
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid
    monkeypatch.setattr(match_parallel.os, "fork", counting_fork)
    lines = _lines(400)

    def answer(line: str) -> str:
        return match_cmd._answer(matcher, line, "jsonl")
    one = "".join(match_parallel.answers(answer, lines, 1))
    assert not forks
    assert one.count('"hits": [{') > 50                 # the lines do hit: the comparison is not vacuous
    for jobs in (2, 3):
        assert "".join(match_parallel.answers(answer, lines, jobs)) == one
    assert len(forks) == 1 + 2
    assert [json.loads(x)["text"] for x in one.splitlines()] == lines
    forks.clear()
    assert "".join(match_parallel.answers(answer, lines[:49], 3)) == "".join(map(answer, lines[:49]))
    assert not forks                                    # a small batch stays in one process


def test_a_failing_child_costs_no_answer(matcher, monkeypatch):
    monkeypatch.setattr(match_parallel, "MIN_LINES", 10)
    monkeypatch.setattr(match_parallel, "WARM_LINES", 5)
    parent = os.getpid()

    def answer(line: str) -> str:
        if os.getpid() != parent:
            raise RuntimeError("a child dies")
        return match_cmd._answer(matcher, line, "jsonl")
    lines = _lines(60)
    assert "".join(match_parallel.answers(answer, lines, 3)) == "".join(map(answer, lines))


def test_cli_jobs_give_the_same_bytes_in_input_order(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIVEWATCH_")}
    env.update(LIVEWATCH_DATA_DIR=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    lines = _lines(match_parallel.MIN_LINES + 500)
    path = tmp_path / "in.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outs = {}
    for jobs in ("1", "2", "3"):
        with open(path, "rb") as stdin:
            res = subprocess.run([LIVEWATCH, "match", "--format", "jsonl", "--jobs", jobs], stdin=stdin,
                                 capture_output=True, env=env, timeout=600)
        assert res.returncode == 0, res.stderr.decode()
        outs[jobs] = res.stdout
    assert outs["2"] == outs["1"] and outs["3"] == outs["1"]
    assert [json.loads(x)["text"] for x in outs["1"].decode().splitlines()] == lines


def test_cli_refuses_zero_jobs():
    res = subprocess.run([LIVEWATCH, "match", "--jobs", "0", "x"], capture_output=True, timeout=120)
    assert res.returncode == 2 and b"--jobs" in res.stderr


def test_grouped_pattern_set_names_exactly_the_patterns_that_match():
    # more patterns than one RE2 Set holds, with matches on both sides of every group boundary
    patterns = [f"词{i}号" for i in range(SET_GROUP * 3 + 5)] + ["原价\\d+", "^最", "好$"]
    ps = PatternSet(patterns)
    compiled = [compile_safe(p) for p in patterns]
    texts = ["词0号词31号", f"词{SET_GROUP}号，原价12最好", f"最词{SET_GROUP * 3 + 4}号", "无关", "", "词1号好"]
    for text in texts:
        expect = [i for i, rx in enumerate(compiled) if rx.search(text) is not None]
        assert ps.matching(text) == expect, text
    assert ps.matching("词0号词31号") == [0, 31]
    assert pickle.loads(pickle.dumps(ps)).matching(f"词{SET_GROUP}号") == [SET_GROUP]
    assert PatternSet(patterns + ["("]).matching("词0号") is None      # one refused Set: unknown, never "no"


@pytest.mark.parametrize("pattern", ["原价\\d+", "最.{0,3}?价", "(?:加|扣)(?:微|v)信"])
def test_a_pattern_from_the_cache_compiles_at_first_use(pattern):
    eager = compile_safe(pattern)
    loaded = pickle.loads(pickle.dumps(eager))
    assert isinstance(loaded, Re2Pattern) and loaded.pattern == pattern
    for text in ["原价699最低价", "最便宜的价，加v信", "", "无关的话"]:
        assert [m.span() for m in loaded.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert loaded.programsize == eager.programsize


def test_no_fork_means_one_process_not_no_answer(matcher, monkeypatch):
    monkeypatch.setattr(match_parallel, "MIN_LINES", 10)
    monkeypatch.setattr(match_parallel, "WARM_LINES", 5)

    def no_fork():
        raise BlockingIOError("fork: resource temporarily unavailable")
    monkeypatch.setattr(match_parallel.os, "fork", no_fork)

    def answer(line: str) -> str:
        return match_cmd._answer(matcher, line, "jsonl")
    lines = _lines(60)
    assert "".join(match_parallel.answers(answer, lines, 3)) == "".join(map(answer, lines))
