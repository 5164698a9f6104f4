"""The harvest tools (scripts/harvest): the near-line check that keeps evaluation quotes away from what the project
was tuned on, and the split by page that keeps one published case in one half."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HARVEST = Path(__file__).resolve().parents[2] / "scripts" / "harvest"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"harvest_{name}", HARVEST / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_line_sharing_a_stretch_with_held_text_is_near(tmp_path, capsys):
    near_check = _load("near_check")
    held = next(json.loads(x)["text"] for x in near_check.HELD[0].read_text(encoding="utf-8").splitlines() if x.strip())
    other = _write(tmp_path / "other.jsonl", [{"text": "某某茶馆的老板说这款普洱喝了三年能降三高"}])
    candidates = _write(tmp_path / "c.jsonl", [
        {"text": "记者在现场听到：" + held},                          # held text, retold: near
        {"text": "老板说这款普洱喝了三年能降三高，还送茶具"},           # another harvester's line: near
        {"text": "这家农庄的土鸡蛋每天限量供应二十盒，先到先得"},       # new: kept
        {"text": "这家农庄的土鸡蛋每天限量供应二十盒！"},               # the line before, again: near
    ])
    assert near_check.main([str(candidates), str(other)]) == 0
    verdicts = [line.split("\t")[1] for line in capsys.readouterr().out.splitlines()]
    assert verdicts == ["NEAR held", "NEAR held", "OK", "NEAR own earlier line"]


def test_a_short_line_is_near_by_share_of_its_length():
    near_check = _load("near_check")
    assert near_check.stretch("全网最低价") == 3 and near_check.stretch("x" * 40) == 12
    assert near_check.canonical("Ｖ信：ABC 123！") == near_check.canonical("ｖ信abc123")


def test_split_keeps_a_page_in_one_half_and_numbers_the_halves(tmp_path, capsys):
    split = _load("split_by_page")
    rows = [{"text": f"第{i}句", "labels": [] if i % 2 else ["medical_claim"], "kind": "trap" if i % 2 else "violation",
             "source": f"某报, 标题, 2020, https://example.org/page{i % 5}"} for i in range(20)]
    kept = _write(tmp_path / "kept.jsonl", rows)
    assert split.main(["201", str(tmp_path / "out"), str(kept)]) == 0
    read = [json.loads(x) for x in (tmp_path / "out" / "hq201.jsonl").read_text(encoding="utf-8").splitlines()]
    never = [json.loads(x) for x in (tmp_path / "out" / "hq202.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(read) + len(never) == 20 and read and never
    assert {r["batch"] for r in read} == {"hq201"} and {r["batch"] for r in never} == {"hq202"}
    assert not {split.page(r["source"]) for r in read} & {split.page(r["source"]) for r in never}
    assert "第" not in capsys.readouterr().out          # counts only: nobody reads the never-read half's lines
