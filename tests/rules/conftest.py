from __future__ import annotations

import pytest

import rules


@pytest.fixture(scope="session")
def rule_base() -> rules.RuleBase:
    return rules.load_rule_dir()


@pytest.fixture(scope="session")
def matcher(rule_base) -> rules.Matcher:
    return rules.build_matcher(rule_base)


def categories(matcher, text: str) -> set[str]:
    return {h.category for h in matcher.match(text)}
