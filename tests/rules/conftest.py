from __future__ import annotations

import pytest

import rules


@pytest.fixture(scope="session")
def rule_base() -> rules.RuleBase:
    return rules.load_rule_dir()


@pytest.fixture(scope="session")
def matcher(rule_base) -> rules.Matcher:
    """The matcher as shipped: the rules and the classifier's second opinion."""
    return rules.build_matcher(rule_base)


@pytest.fixture(scope="session")
def rule_matcher(rule_base) -> rules.Matcher:
    """The rules alone: for what the rule layers themselves must do (word boundaries, budgets, disabling)."""
    return rules.build_matcher(rule_base, second_opinion=False)


def categories(matcher, text: str) -> set[str]:
    return {h.category for h in matcher.match(text)}
