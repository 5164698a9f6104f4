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
HOW = ("exact", "pinyin", "fuzzy", "pattern", "frame", "model")


@dataclass(frozen=True)
class Lexicon:
    """A named word list (rules/lexicons/<name>.txt): the vocabulary a frame slot draws on."""
    name: str                    # file stem: disease, efficacy_verb, authority …
    title: str                   # shown to people: 疾病与症状
    terms: tuple[str, ...]
    sources: str = ""            # where the terms came from
    licence: str = ""


@dataclass(frozen=True)
class Slot:
    """One part of a claim frame: any term of its lexicons / inline terms, or its pattern."""
    name: str                    # shown on the hit page: 疗效动词, 疾病
    lexicons: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    pattern: str = ""            # e.g. an amount: '\d+(?:\.\d+)?元?'
    fuzzy: bool = False          # may match by sound with a syllable edit (only with its partner slots)


@dataclass(frozen=True)
class Frame:
    """Slots that must co-occur in one clause (or within `within` characters), in any order unless `ordered`."""
    slots: tuple[Slot, ...]
    within: int = 0              # 0 = same clause
    ordered: bool = False


@dataclass(frozen=True)
class AlsoCategory:
    """A second law the same words break (全网最低价: 广告法 art. 9 and the price rules)."""
    category: str
    basis: str


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
    frames: tuple[Frame, ...] = ()
    also: tuple[AlsoCategory, ...] = ()


@dataclass(frozen=True)
class RuleBase:
    rules: tuple[Rule, ...]
    lexicons: tuple[Lexicon, ...] = ()
    # Content hash of the rules; a worker compares it to know when to rebuild.
    checksum: str = ""

    def by_id(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def lexicon(self, name: str) -> Lexicon | None:
        return next((x for x in self.lexicons if x.name == name), None)

    def to_data(self) -> list[dict]:
        """Same as rules.rule_base_to_data(self): the rules as YAML-shaped dicts, for the UI."""
        from rules.loader import rule_base_to_data
        return rule_base_to_data(self)

    def snapshot(self) -> dict:
        """Same as rules.rule_base_snapshot(self): rules and lexicons, what the database stores."""
        from rules.loader import rule_base_snapshot
        return rule_base_snapshot(self)


@dataclass(frozen=True)
class Hit:
    rule_id: str
    category: str
    severity: str
    basis: str
    matched: str      # span of the ORIGINAL text
    start: int        # char offset in the original text
    end: int          # exclusive
    how: str          # exact / pinyin / fuzzy / pattern / frame / model (the second opinion)
    score: float      # 0..1
    # Every category the words break, primary (== category) first, and the basis of each.
    categories: tuple[str, ...] = ()
    bases: tuple[str, ...] = ()
    # For frame hits: (slot name, matched words) per slot, e.g. (("疗效动词", "治好"), ("疾病", "湿疹")).
    slots: tuple[tuple[str, str], ...] = ()

    def __post_init__(self):
        if not self.categories:
            object.__setattr__(self, "categories", (self.category,))
            object.__setattr__(self, "bases", (self.basis,))

    def to_json(self) -> dict:
        return {
            "rule_id": self.rule_id, "category": self.category, "severity": self.severity,
            "basis": self.basis, "matched": self.matched, "start": self.start, "end": self.end,
            "how": self.how, "score": round(self.score, 3),
            "categories": list(self.categories), "bases": list(self.bases),
            "slots": [{"slot": name, "text": text} for name, text in self.slots],
        }
