"""Plain data the rule engine works with: a rule, a loaded rule base, a hit.

These dataclasses are the contract between `rules` and everything after it
(monitor stores `Hit`s and `RuleBase.to_data()` snapshots; review_ui edits them).
"""
from __future__ import annotations

from dataclasses import dataclass

CATEGORIES = (
    "absolute_claim",
    "medical_claim",
    "guarantee_claim",
    "false_price",
    "false_urgency",
    "off_platform",
    "disparagement",
    "false_endorsement",
    "vulgar",
)
SEVERITIES = ("high", "medium", "low")
PHASES = ("opening_closing", "interaction", "promotion")
HOW = ("exact", "pinyin", "fuzzy", "pattern")


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: str
    basis: str
    phrases: tuple[str, ...]
    patterns: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()
    examples_hit: tuple[str, ...] = ()
    examples_miss: tuple[str, ...] = ()
    phase: tuple[str, ...] = ()
    description: str = ""
    enabled: bool = True


@dataclass(frozen=True)
class RuleBase:
    rules: tuple[Rule, ...]
    # Content hash of the rules; a worker compares it to know when to rebuild.
    checksum: str = ""

    def by_id(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def to_data(self) -> list[dict]:
        """Same as rules.rule_base_to_data(self): the YAML-shaped dicts, for snapshots and the UI."""
        from rules.loader import rule_base_to_data
        return rule_base_to_data(self)


@dataclass(frozen=True)
class Hit:
    rule_id: str
    category: str
    severity: str
    basis: str
    matched: str      # span of the ORIGINAL text
    start: int        # char offset in the original text
    end: int          # exclusive
    how: str          # exact / pinyin / fuzzy / pattern
    score: float      # 0..1

    def to_json(self) -> dict:
        return {
            "rule_id": self.rule_id, "category": self.category, "severity": self.severity,
            "basis": self.basis, "matched": self.matched, "start": self.start, "end": self.end,
            "how": self.how, "score": round(self.score, 3),
        }
