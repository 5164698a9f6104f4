"""Mark matched words in transcript text without ever producing HTML from it.

The template gets (text, is_match) pairs and wraps the matches in <mark> itself, so autoescaping covers
every character that came from ASR or from a rule file.
"""
from __future__ import annotations


def split_highlight(text: str, needles: list[str] | tuple[str, ...]) -> list[tuple[str, bool]]:
    """Split text into runs, marking every occurrence of any needle (longest first, no overlaps)."""
    if not text:
        return []
    wanted = sorted({n for n in needles if n}, key=len, reverse=True)
    if not wanted:
        return [(text, False)]
    marks = [False] * len(text)
    for needle in wanted:
        start = text.find(needle)
        while start != -1:
            end = start + len(needle)
            if not any(marks[start:end]):
                marks[start:end] = [True] * len(needle)
            start = text.find(needle, start + 1)
    parts: list[tuple[str, bool]] = []
    run_start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or marks[i] != marks[run_start]:
            parts.append((text[run_start:i], marks[run_start]))
            run_start = i
    return parts


def split_span(text: str, start: int, end: int) -> list[tuple[str, bool]]:
    """Mark one known character span (the matcher's start/end in the text it was given)."""
    start, end = max(0, start), min(len(text), end)
    parts = [(text[:start], False), (text[start:end], True), (text[end:], False)]
    return [p for p in parts if p[0]]
