"""`livewatch match` on the published rule base, and `livewatch rules export` back to YAML (issue 9 item 7).

A real SQLite database seeded from tests/monitor/data/rules, a real publish, the real CLI in a subprocess.
"""
from __future__ import annotations

import copy
import json

import pytest

from monitor import rulestore
from monitor.app_state import init_database
from monitor.db import session_scope
from monitor.settings import Settings
from rules import load_rule_dir, rule_base_from_data, rule_base_snapshot
from tests.monitor.helpers import cli_env, run_cli

RULES_DIR = __import__("pathlib").Path(__file__).parent / "data" / "rules"


@pytest.fixture
def published(tmp_path):
    """A database whose newest published version (2) adds 亏本甩卖 to t-price."""
    data_dir = tmp_path / "data"
    url = f"sqlite:///{data_dir / 'livewatch.db'}"
    engine, factory = init_database(Settings(data_dir=data_dir, database_url=url, rules_dir=RULES_DIR))
    with session_scope(factory) as session:
        data = copy.deepcopy(rulestore.rules_of(rulestore.latest_version(session).data))
        price = next(r for r in data if r["id"] == "t-price")
        price["phrases"].append("亏本甩卖")
        price["examples"]["hit"].append("今天亏本甩卖")
        v2 = rulestore.publish(session, data, actor="ed", note="more price phrases")
        snapshot = rule_base_snapshot(rule_base_from_data(v2.data))
    engine.dispose()
    return {"url": url, "data_dir": data_dir, "snapshot": snapshot,
            "env": cli_env(url, data_dir, XDG_CACHE_HOME=str(tmp_path / "cache"))}


def _rule_ids(res) -> list[str]:
    """The rules' hits: which rule base answered. (The classifier's second opinion rides along with any.)"""
    assert res.returncode == 0, res.stderr
    return [h["rule_id"] for h in json.loads(res.stdout.splitlines()[0])["hits"] if h["how"] != "model"]


def test_match_uses_the_newest_published_version_by_default(published):
    res = run_cli(["match", "--format", "jsonl", "今天亏本甩卖"], published["env"])
    assert _rule_ids(res) == ["t-price"]
    assert f"published version 2 from {published['url']}" in res.stderr
    same = run_cli(["match", "--published", "--format", "jsonl", "今天亏本甩卖"], published["env"])
    assert _rule_ids(same) == ["t-price"]
    files = run_cli(["match", "--rules-dir", str(RULES_DIR), "--format", "jsonl", "今天亏本甩卖"], published["env"])
    assert _rule_ids(files) == [] and f"{RULES_DIR} (YAML files)" in files.stderr


def test_the_default_database_file_counts_as_configured(published):
    env = {k: v for k, v in published["env"].items() if k != "LIVEWATCH_DATABASE_URL"}
    res = run_cli(["match", "--format", "jsonl", "今天亏本甩卖"], env)
    assert _rule_ids(res) == ["t-price"] and "published version 2" in res.stderr


def test_nothing_published_falls_back_to_files_unless_asked(tmp_path):
    data_dir = tmp_path / "data"
    url = f"sqlite:///{data_dir / 'livewatch.db'}"
    engine, _ = init_database(Settings(data_dir=data_dir, database_url=url, rules_dir=RULES_DIR), seed=False)
    engine.dispose()
    env = cli_env(url, data_dir, XDG_CACHE_HOME=str(tmp_path / "cache"))
    res = run_cli(["match", "--format", "jsonl", "这款精华是全世界最有效的"], env)
    assert _rule_ids(res) == ["t-superlative"] and "nothing published yet" in res.stderr
    strict = run_cli(["match", "--published", "x"], env)
    assert strict.returncode == 2 and "no rule base has been published" in strict.stderr


def test_export_writes_files_rules_check_accepts(published, tmp_path):
    out = tmp_path / "exported"
    res = run_cli(["rules", "export", str(out)], published["env"])
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in out.glob("*.yaml")) == ["absolute_claim.yaml", "false_price.yaml",
                                                            "medical_claim.yaml"]
    assert "published version 2" in (out / "false_price.yaml").read_text(encoding="utf-8").splitlines()[0]
    check = run_cli(["rules", "check", "--dir", str(out)], published["env"])
    assert check.returncode == 0, check.stderr
    back = load_rule_dir(out)
    assert "亏本甩卖" in back.by_id("t-price").phrases
    assert _same(rule_base_snapshot(back), published["snapshot"])       # every rule and lexicon, word for word
    assert sorted(p.stem for p in (out / "lexicons").glob("*.txt")) == sorted(x.name for x in back.lexicons)
    again = run_cli(["rules", "export", str(out)], published["env"])
    assert again.returncode == 2 and "already holds rule files" in again.stderr
    forced = run_cli(["rules", "export", "--force", str(out)], published["env"])
    assert forced.returncode == 0 and _same(rule_base_snapshot(load_rule_dir(out)), published["snapshot"])


def _same(a: dict, b: dict) -> bool:
    # Files are read in name order (one per category), so rules may come back in another order.
    def by_id(snap):
        return sorted(snap["rules"], key=lambda r: r["id"]), sorted(snap["lexicons"], key=lambda x: x["name"])
    return by_id(a) == by_id(b)
