"""Every rule's own examples pass (the same check `livewatch rules check` runs)."""
from __future__ import annotations

import copy

import rules
from rules import check_examples, rule_base_from_data


def test_every_rule_example_passes(rule_base):
    failures = check_examples(rule_base)
    assert failures == [], "\n".join(map(str, failures))
    assert sum(len(r.examples_hit) + len(r.examples_miss) for r in rule_base.rules) >= 2 * len(rule_base.rules)


def test_failing_examples_are_reported():
    rule = {
        "id": "t-1", "category": "absolute_claim", "severity": "low", "basis": "《广告法》第九条第（三）项",
        "phase": ["promotion"], "phrases": ["宇宙第一"],
        "examples": {"hit": ["我们是宇宙最强"], "miss": ["我们是宇宙第一"]},
    }
    failures = check_examples(rule_base_from_data([copy.deepcopy(rule)]))
    assert [(f.rule_id, f.kind) for f in failures] == [("t-1", "hit"), ("t-1", "miss")]
    assert "宇宙第一" in failures[1].detail


def test_disabled_rules_are_still_checked():
    rule = {
        "id": "t-2", "category": "vulgar", "severity": "low", "basis": "《网络主播行为规范》所列禁止行为第24项",
        "phase": ["interaction"], "phrases": ["臭鸡蛋"], "enabled": False,
        "examples": {"hit": ["你这个臭鸡蛋"], "miss": ["新鲜鸡蛋"]},
    }
    rb = rule_base_from_data([rule])
    assert rules.build_matcher(rb, second_opinion=False).match("你这个臭鸡蛋") == []
    assert check_examples(rb) == []
