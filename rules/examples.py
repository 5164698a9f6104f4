"""Run every rule's own `examples`: each hit sentence must fire the rule, each miss sentence must not."""
from __future__ import annotations

from dataclasses import dataclass

from rules.matcher import Matcher
from rules.model import RuleBase


@dataclass(frozen=True)
class ExampleFailure:
    rule_id: str
    kind: str          # "hit" | "miss"
    sentence: str
    detail: str

    def __str__(self) -> str:
        return f"rule '{self.rule_id}' {self.kind} example {self.sentence!r}: {self.detail}"


def check_examples(rb: RuleBase, matcher: Matcher | None = None) -> list[ExampleFailure]:
    # Disabled rules are checked too: an editor re-enabling one must find it working.
    m = matcher or Matcher(rb, include_disabled=True)
    failures: list[ExampleFailure] = []
    for rule in rb.rules:
        for sentence in rule.examples_hit:
            hits = m.match(sentence)
            if not any(h.rule_id == rule.id for h in hits):
                others = ", ".join(f"{h.rule_id}:{h.matched}" for h in hits) or "nothing"
                failures.append(ExampleFailure(rule.id, "hit", sentence, f"rule did not fire (got {others})"))
        for sentence in rule.examples_miss:
            mine = [h for h in m.match(sentence) if h.rule_id == rule.id]
            if mine:
                spans = ", ".join(f"'{h.matched}' ({h.how})" for h in mine)
                failures.append(ExampleFailure(rule.id, "miss", sentence, f"rule fired on {spans}"))
    return failures
