"""A hit's idempotency key: the same finding gets the same key however often its audio is scanned.

Whisper's timing of an utterance moves by a few hundredths of a second with the neighbours it shares a
window with, so exact times cannot be the key. The key is (rule, normalised phrase, start rounded to the
second); `neighbour_keys` gives the keys either side, which the store checks so that 11.49 s and 11.51 s
(rounded apart) are still one finding. Frozen on purpose: migration 0004 computed the stored keys with it.
"""
from __future__ import annotations

import math
import unicodedata

TOLERANCE = 1.0      # seconds: two hits of one rule and phrase closer than this are one finding


def phrase_key(matched: str) -> str:
    """Width, case and punctuation folded: 全网最低价！ and 全网最低价 are the same phrase."""
    text = unicodedata.normalize("NFKC", matched or "").lower()
    return "".join(c for c in text if c.isalnum())[:120]


def start_second(start: float) -> int:
    return math.floor(float(start) + 0.5)


def hit_key(rule_id: str, matched: str, start: float, second: int | None = None) -> str:
    return f"{rule_id}|{phrase_key(matched)}|{start_second(start) if second is None else second}"


def neighbour_keys(rule_id: str, matched: str, start: float) -> list[str]:
    second = start_second(start)
    return [hit_key(rule_id, matched, start, s) for s in (second - 1, second + 1)]
