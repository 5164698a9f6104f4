"""Bounded windows over a long line, so matching is linear in the line's length.

Every layer of the matcher is cheap per character but some context work grows with the number of
candidates in one call; cutting a 200,000-character line into overlapping windows keeps each call
small. A hit belongs to the window whose core (the window minus half the overlap at each inner
edge) holds its start: so it is reported once, and always with at least OVERLAP/2 characters of
left context (negation cues, word boundaries) inside its window.
"""
from __future__ import annotations

from dataclasses import dataclass

LINE_WINDOW = 4000
LINE_OVERLAP = 200


@dataclass(frozen=True)
class Window:
    lo: int          # [lo, hi) of the line
    hi: int
    core_lo: int     # a hit starting in [core_lo, core_hi) belongs to this window
    core_hi: int


def windows(n: int, size: int = LINE_WINDOW, overlap: int = LINE_OVERLAP) -> list[Window]:
    """Windows covering [0, n); one window when the line is short enough."""
    if n <= size:
        return [Window(0, n, 0, n)]
    step = size - overlap
    out: list[Window] = []
    lo = 0
    while True:
        hi = min(n, lo + size)
        last = hi >= n
        core_lo = 0 if lo == 0 else lo + overlap // 2
        core_hi = n if last else hi - overlap // 2
        out.append(Window(lo, hi, core_lo, core_hi))
        if last:
            return out
        lo += step
