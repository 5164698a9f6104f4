"""Issue 8's speed path around the matcher: the `livewatch match` process starts and ends with less, and
shares a large batch by handing out pieces, with the same answers.

- the console script ends its process without the interpreter's teardown, after every answer is out;
- a batch is cut into contiguous pieces, large first; each piece number goes to exactly one process.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.cli import match_cmd, match_parallel

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules" / "data"
LIVEWATCH = str(Path(sys.executable).with_name("livewatch"))


def _isolated_env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("LIVEWATCH_")}
    env.update(LIVEWATCH_DATA_DIR=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    return env


@pytest.mark.parametrize("fmt", ["jsonl", "text"])
def test_the_console_script_ends_after_every_answer_is_out(tmp_path, fmt):
    # far more output than a pipe holds, so the last answers are still buffered when matching ends
    lines = ["全网最低价，加我威信", "今天天气很好", "原價699,現在只要69"] * 7000
    path = tmp_path / "in.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(path, "rb") as stdin:
        res = subprocess.run([LIVEWATCH, "match", "--format", fmt, "--rules-dir", str(RULES)], stdin=stdin,
                             capture_output=True, env=_isolated_env(tmp_path), timeout=300)
    assert res.returncode == 0 and b"Traceback" not in res.stderr, res.stderr.decode()
    if fmt == "jsonl":
        assert [json.loads(x)["text"] for x in res.stdout.decode().splitlines()] == lines
    else:
        assert res.stdout.decode().count("\n今天天气很好\n") == 7000 and res.stdout.endswith(b"\n")
    # the same into a file, not a pipe
    with open(path, "rb") as stdin, open(tmp_path / "out.txt", "wb") as out:
        res = subprocess.run([LIVEWATCH, "match", "--format", fmt, "--rules-dir", str(RULES)], stdin=stdin,
                             stdout=out, stderr=subprocess.PIPE, env=_isolated_env(tmp_path), timeout=300)
    assert res.returncode == 0
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").count("今天天气很好") == 7000


def test_pieces_are_contiguous_large_first_and_few():
    lines = [("x" * (i % 40)) for i in range(20000)]
    for jobs in (2, 3, 8):
        pieces = match_parallel._pieces(lines, jobs)
        assert [x for p in pieces for x in p] == lines
        sizes = [sum(len(x) + 1 for x in p) for p in pieces]
        assert sizes[0] >= 4 * sizes[-1]                   # halving rounds: the first pieces are the largest
        assert all(a >= b * 0.9 for a, b in zip(sizes, sizes[jobs:]))    # never larger than a round before
        assert sizes[-1] >= match_parallel.MIN_PIECE_CHARS * 0.9
    pieces = match_parallel._pieces(lines, 300)             # more processes than piece numbers: equal pieces
    assert len(pieces) == match_parallel.MAX_PIECES and [x for p in pieces for x in p] == lines
    assert match_parallel._pieces(["a" * 100000], 2) == [["a" * 100000]]
    assert match_parallel._pieces([], 2) == []


def test_each_piece_number_goes_to_exactly_one_process(tmp_path):
    n = match_parallel.MAX_PIECES
    queue = match_parallel._piece_queue(n)
    report = tmp_path / "child.json"
    pid = os.fork()
    if pid == 0:                            # the child takes what it can, as a matching child does
        code = 1
        try:
            report.write_text(json.dumps(list(match_parallel._taken(queue))))
            code = 0
        finally:
            os._exit(code)
    mine = list(match_parallel._taken(queue))
    _, status = os.waitpid(pid, 0)
    os.close(queue)
    assert os.waitstatus_to_exitcode(status) == 0
    theirs = json.loads(report.read_text())
    assert sorted(mine + theirs) == list(range(n))
    assert mine == sorted(mine) and theirs == sorted(theirs)     # handed out in order
