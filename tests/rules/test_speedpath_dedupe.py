"""Issue 8, a batch with repeated lines (a host's catchphrases): each distinct line is matched once, and every
copy gets exactly the answer it gets alone.

- Matcher.match_many on a batch with repeats equals match() line by line; the copies' lists are their own;
- `livewatch match` on a file of repeated lines, shared by processes, writes for each line what it writes
  for that line in a file without repeats, in input order, with one job or two;
- the packed jieba table of the support cache unpacks to jieba's own table, order included.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import jieba
import pytest

from monitor.cli import match_parallel
from rules import cache, context, regex_guard

DATA = Path(__file__).parent / "data"
LIVEWATCH = str(Path(sys.executable).with_name("livewatch"))


def _labelled() -> list[str]:
    return [json.loads(x)["text"] for x in (DATA / "textset.jsonl").read_text(encoding="utf-8").splitlines()
            if x.strip()]


def test_repeated_lines_get_the_hits_they_get_alone(matcher, monkeypatch):
    # The pattern time budget (rules.regex_guard.LineBudget) is CPU time: on a box loaded enough, the long line
    # below can spend it alone and not in the batch, or the other way round. That fence is not what this test is
    # about, so its clock stands still here (a CI run failed on it while the box trained models beside it).
    monkeypatch.setattr(regex_guard, "thread_time", lambda: 0.0)
    base = _labelled()[:150] + ["", "喜欢的宝宝点个关注", "原价699现在只要69", "全网最低价，" * 900 + "加我微信"]
    rng = random.Random(5)
    lines = base + [rng.choice(base) for _ in range(400)]
    alone = [matcher.match(x) for x in lines]
    batch = matcher.match_many(lines)
    assert batch == alone
    assert sum(map(len, alone)) > 100                           # not vacuous
    first = {}
    for i, x in enumerate(lines):
        if x in first and batch[i]:
            j = first[x]
            assert batch[i] is not batch[j]                     # a copy's list is its own
            batch[i].clear()
            assert batch[j] == alone[j]
        first.setdefault(x, i)


def test_cli_answers_a_repeated_line_as_it_answers_it_alone(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIVEWATCH_")}
    env.update(LIVEWATCH_DATA_DIR=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    labelled = _labelled()
    # enough distinct lines that two jobs share them (MIN_LINES), each repeated later in the file
    distinct = [f"{i} " + (labelled[i % len(labelled)] if i % 3 == 0 else "喜欢的宝宝点个关注")
                for i in range(match_parallel.MIN_LINES + 200)]
    rng = random.Random(7)
    repeated = distinct + [rng.choice(distinct) for _ in range(3000)]
    outs = {}
    for name, lines, jobs in (("distinct", distinct, "1"), ("repeated-1", repeated, "1"),
                              ("repeated-2", repeated, "2")):
        path = tmp_path / f"{name}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with open(path, "rb") as stdin:
            res = subprocess.run([LIVEWATCH, "match", "--format", "jsonl", "--jobs", jobs, "--rules-dir",
                                  str(Path(__file__).resolve().parents[2] / "rules" / "data")],
                                 stdin=stdin, capture_output=True, env=env, timeout=600)
        assert res.returncode == 0, res.stderr.decode()
        outs[name] = res.stdout.decode().splitlines()
    alone = dict(zip(distinct, outs["distinct"]))
    assert len(alone) == len(distinct)
    assert outs["repeated-1"] == [alone[x] for x in repeated]
    assert outs["repeated-2"] == outs["repeated-1"]
    assert sum('"hits": []' not in x for x in outs["repeated-1"]) > 1000        # not vacuous


def test_the_packed_jieba_table_is_jiebas_own():
    context.ensure_jieba()
    freq, total = jieba.dt.FREQ, jieba.dt.total
    packed = cache._packed_freq(freq, total)
    assert isinstance(packed[0], str)                       # the packed form, not the fallback
    back, back_total = cache._unpacked_freq(packed)
    assert back_total == total and back == freq and len(back) == len(freq)
    # what jieba asks of it answers as the dict does, for words it holds and words it does not
    probes = list(freq)[::997] + ["", "不是词语的词", "\U0010ffff", "a"]
    for word in probes:
        assert (word in back) == (word in freq) and back.get(word) == freq.get(word)
        assert back.get(word, 0) == freq.get(word, 0)
        if word in freq:
            assert back[word] == freq[word]
        else:
            with pytest.raises(KeyError):
                back[word]
    back["不是词语的词"] = 3                                    # jieba.add_word
    assert back["不是词语的词"] == 3 and len(back) == len(freq) + 1 and dict(back.items())["不是词语的词"] == 3
    odd = {"一\n行": 3, "词": 2}                               # a word the packed form cannot hold: the dict itself
    assert cache._unpacked_freq(cache._packed_freq(odd, 5)) == (odd, 5)
    assert cache._unpacked_freq(cache._packed_freq({}, 0)) == ({}, 0)
