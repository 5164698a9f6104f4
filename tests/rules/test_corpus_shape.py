"""The labelled evaluation corpus (tests/rules/data/corpus/) is complete, balanced and up to date.

The corpus is data, not code under test; these checks keep the committed corpus.jsonl honest: it must be
exactly what build_corpus.py produces from the hand-written files, and big and varied enough to be a
meaningful held-out measurement (both the dev and the test half present).
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

CORPUS_DIR = Path(__file__).parent / "data" / "corpus"


@pytest.fixture(scope="module")
def build_corpus():
    spec = importlib.util.spec_from_file_location("build_corpus", CORPUS_DIR / "build_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    path = CORPUS_DIR / "corpus.jsonl"
    assert path.exists(), "run .venv/bin/python tests/rules/data/corpus/build_corpus.py"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_corpus_file_is_what_the_build_produces(build_corpus, rows):
    rebuilt = json.loads("[" + ",".join(build_corpus.dumps(build_corpus.build()).splitlines()) + "]")
    assert rows == rebuilt, "corpus.jsonl is stale: rerun build_corpus.py"


def test_corpus_is_big_and_varied(rows):
    assert len(rows) >= 2000
    assert len({r["domain"] for r in rows}) >= 25
    assert {r["split"] for r in rows} == {"dev", "test"}


def test_at_least_40_percent_of_written_lines_are_clean_or_trap(rows):
    written = [r for r in rows if r["form"] == "written"]
    assert sum(r["kind"] in ("clean", "trap") for r in written) / len(written) >= 0.40


def test_every_violation_has_a_different_garbled_form(rows):
    garbled = {r["id"]: r for r in rows if r["form"] == "garbled"}
    for r in rows:
        if r["form"] == "written" and r["kind"] == "violation":
            g = garbled.get(r["id"] + "g")
            assert g is not None, r["id"]
            assert g["text"] != r["text"] and g["labels"] == r["labels"], r["id"]


def test_every_category_in_both_splits(build_corpus, rows):
    for split in ("dev", "test"):
        present = {lb for r in rows if r["split"] == split for lb in r["labels"]}
        assert present == set(build_corpus.CATEGORIES), split


def test_split_follows_splits_json(build_corpus, rows):
    split_of = build_corpus.load_splits()
    assert all(r["split"] == split_of[r["domain"]] for r in rows)


def test_build_rejects_inconsistent_lines(build_corpus):
    ok = {"text": "家人们这款今天到手价九十九", "labels": [], "domain": "snacks", "kind": "clean"}
    assert build_corpus.validate(dict(ok), "x", "snacks") == ok
    bad = [
        {**ok, "kind": "violation"},                                       # violation without labels
        {**ok, "labels": ["false_price"]},                                 # labels on a clean line
        {**ok, "labels": ["price"], "kind": "violation"},                  # unknown category
        {**ok, "domain": "tea"},                                           # domain is not the file stem
        {"labels": [], "text": ok["text"], "domain": "snacks", "kind": "clean"},  # key order
    ]
    for row in bad:
        with pytest.raises(build_corpus.CorpusError):
            build_corpus.validate(row, "x", "snacks")


@pytest.fixture(scope="module")
def garble_module(build_corpus):
    return build_corpus.sys.modules["garble"]


def test_garble_is_deterministic_and_always_changes_the_line(garble_module):
    lines = ["全网最低价三百九十九，加我微信私聊", "家人们这款祛斑精华真的好用", "包邮", "NO.1"]
    for seed, text in enumerate(lines):
        out = garble_module.garble(text, seed)
        assert out == garble_module.garble(text, seed)
        assert out != text


def test_garble_sound_alikes_are_common_characters_of_a_near_reading(garble_module):
    same = {c for c, _ in garble_module._candidates("最", same=True)}
    assert "嘴" in same and "最" not in same
    assert "班" in {c for c, _ in garble_module._candidates("斑", same=True)}
    assert "思" in {c for c, _ in garble_module._candidates("私", same=True)}
    assert "是" in {c for c, _ in garble_module._candidates("私", same=False)}  # s/sh confusion
    _, reading_of = garble_module._table()
    assert 2500 < len(reading_of) < 5000  # a common-character list, not every CJK code point


def test_garble_reads_chinese_numbers(garble_module):
    cases = {"三百九十九": 399, "两百五": 250, "一百零五": 105, "十万": 100000, "三万五": 35000,
             "一千二百八十八": 1288, "三四": None, "千万": None}
    assert {k: garble_module.chinese_number(k) for k in cases} == cases
    assert garble_module._digits("二零一八年的寿眉三百五十七克，三四个") == "2018年的寿眉357克，三四个"
