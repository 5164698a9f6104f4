"""The CLI contract other tools depend on: `livewatch match --format jsonl` and `livewatch rules check`."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

LIVEWATCH = str(Path(sys.executable).with_name("livewatch"))
_HOME = Path(tempfile.gettempdir())      # replaced per module by the fixture below


@pytest.fixture(autouse=True, scope="module")
def _isolated(tmp_path_factory):
    """No database (so the YAML rules are used) and a private matcher cache, whatever the caller's env."""
    global _HOME
    _HOME = tmp_path_factory.mktemp("cli-home")


def _run(args, stdin: bytes = b"", env_extra: dict | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIVEWATCH_")}
    env.update(LIVEWATCH_DATA_DIR=str(_HOME / "data"), XDG_CACHE_HOME=str(_HOME / "cache"), **(env_extra or {}))
    return subprocess.run([LIVEWATCH, *args], input=stdin, capture_output=True, env=env, timeout=120)


def test_match_jsonl_one_object_per_line():
    lines = ["全网嘴低价，加我威信", "", "我第一次用的时候", "原價699,現在只要69"]
    stdin = ("\n".join(lines) + "\n").encode() + b"\xff\xfe broken bytes \xe6\x9c\x80\xe5\xa5\xbd\xe7\x9a\x84\n"
    res = _run(["match", "--format", "jsonl"], stdin)
    assert res.returncode == 0, res.stderr
    out = [json.loads(x) for x in res.stdout.decode().splitlines()]
    assert len(out) == 5
    assert [o["text"] for o in out[:4]] == lines
    for o in out:
        assert set(o) == {"text", "hits"}
        for h in o["hits"]:
            assert set(h) == {"rule_id", "category", "severity", "basis", "matched", "start", "end", "how", "score",
                                  "categories", "bases", "slots"}
            assert o["text"][h["start"]:h["end"]] == h["matched"]
    assert {h["category"] for h in out[0]["hits"]} == {"false_price", "absolute_claim", "off_platform"}
    assert out[1]["hits"] == [] and out[2]["hits"] == []
    assert "pattern" in {h["how"] for h in out[3]["hits"]}
    assert out[4]["hits"][0]["matched"].startswith("最好")   # undecodable bytes did not stop the stream


def test_rules_check_ok():
    res = _run(["rules", "check"])
    assert res.returncode == 0, res.stderr
    assert b"examples pass" in res.stdout


def test_rules_check_malformed_dir(tmp_path):
    (tmp_path / "bad.yaml").write_text(
        "- id: x-1\n  category: absolute_claim\n  severity: huge\n  basis: 《广告法》第九条第（三）项\n"
        "  phase: [promotion]\n  phrases: [宇宙第一]\n  examples: {hit: [宇宙第一], miss: [好]}\n",
        encoding="utf-8")
    res = _run(["rules", "check", "--dir", str(tmp_path)])
    assert res.returncode != 0
    err = res.stderr.decode()
    assert "bad.yaml:3: rule 'x-1' field 'severity': must be one of high/medium/low" in err
    assert "Traceback" not in err


def test_rules_check_default_dir_comes_from_settings(tmp_path):
    (tmp_path / "x.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    res = _run(["rules", "check"], env_extra={"LIVEWATCH_RULES_DIR": str(tmp_path)})
    assert res.returncode != 0 and b"x.yaml:" in res.stderr and b"YAML syntax error" in res.stderr


def test_rules_check_reports_failing_examples(tmp_path):
    (tmp_path / "x.yaml").write_text(
        "- id: x-1\n  category: absolute_claim\n  severity: low\n  basis: 《广告法》第九条第（三）项\n"
        "  phase: [promotion]\n  phrases: [宇宙第一]\n  examples: {hit: [宇宙最强], miss: [今天好]}\n",
        encoding="utf-8")
    res = _run(["rules", "check", "--dir", str(tmp_path)])
    assert res.returncode == 1 and b"x-1" in res.stderr and b"hit example" in res.stderr


def test_match_says_which_rules_it_uses_and_cache_changes_nothing():
    stdin = "全网嘴低价，加我威信\n原價699,現在只要69\n".encode()
    fresh = _run(["match", "--format", "jsonl", "--no-cache"], stdin)
    assert fresh.returncode == 0, fresh.stderr
    assert b"rules/data (YAML files)" in fresh.stderr
    for _ in range(2):                  # the first builds the cache, the second loads it
        cached = _run(["match", "--format", "jsonl"], stdin)
        assert cached.returncode == 0 and cached.stdout == fresh.stdout
    assert list((_HOME / "cache" / "livewatch").glob("matcher-*.pickle"))
    assert not (_HOME / "data").exists()            # matching never creates a database


def test_match_rules_dir_option(tmp_path):
    (tmp_path / "x.yaml").write_text(
        "- id: x-1\n  category: absolute_claim\n  severity: low\n  basis: 《广告法》第九条第（三）项\n"
        "  phase: [promotion]\n  phrases: [宇宙第一]\n  examples: {hit: [宇宙第一], miss: [今天好]}\n",
        encoding="utf-8")
    for flag in ("--rules-dir", "--dir"):
        res = _run(["match", flag, str(tmp_path), "--format", "jsonl", "宇宙第一，全网最低价"])
        assert res.returncode == 0, res.stderr
        hits = json.loads(res.stdout)["hits"]
        assert [h["rule_id"] for h in hits if h["how"] != "model"] == ["x-1"]
        assert f"{tmp_path} (YAML files)".encode() in res.stderr
    # the classifier rides along with any rule files (全网最低价 is no rule here), and can be switched off
    assert "model:false_price" in {h["rule_id"] for h in hits}
    res = _run(["match", "--rules-dir", str(tmp_path), "--format", "jsonl", "宇宙第一，全网最低价"],
               env_extra={"LIVEWATCH_SECOND_OPINION": "false"})
    assert [h["rule_id"] for h in json.loads(res.stdout)["hits"]] == ["x-1"]


def test_published_without_a_database_is_an_error():
    res = _run(["match", "--published", "x"])
    assert res.returncode == 2 and b"needs a database" in res.stderr
    res = _run(["rules", "export", str(_HOME / "out")])
    assert res.returncode == 2 and b"no database configured" in res.stderr
