"""Helpers the rules tests share (imported as tests.rules.helpers, like tests.transcription.helpers: a name
`conftest` is ambiguous when several packages' tests run together). The matcher fixtures are in tests/conftest.py."""
from __future__ import annotations


def categories(matcher, text: str) -> set[str]:
    return {h.category for h in matcher.match(text)}
