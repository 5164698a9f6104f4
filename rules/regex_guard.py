"""Refuse rule patterns that could make the matcher backtrack for minutes.

Python's `re` cannot be interrupted, so safety is decided before a pattern is ever used: a
repeated group may not contain another repeat or an alternation ((a+)+$, (a|aa)*), no
backreferences, at most two unbounded repeats of which at most one over a wide class (., [^…], \\w),
and every pattern is run only over bounded windows of text (see matcher). What is left backtracks
at most polynomially, on a window of a few hundred characters.
"""
from __future__ import annotations

import re

try:                                    # Python 3.11+
    import re._parser as sre_parse
    import re._constants as sre_c
except ImportError:                     # pragma: no cover
    import sre_constants as sre_c       # type: ignore[no-redef]
    import sre_parse                    # type: ignore[no-redef]

MAX_PATTERN_LEN = 300
MAX_UNBOUNDED = 2
MAX_WIDE_UNBOUNDED = 1
_BIG = 50     # {0,50} counts as bounded; {0,500} does not

_REPEATS = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT}
if hasattr(sre_c, "POSSESSIVE_REPEAT"):
    _REPEATS.add(sre_c.POSSESSIVE_REPEAT)


class UnsafePattern(ValueError):
    pass


def _narrow(sub) -> bool:
    """A repeat body that matches few characters (a literal, digits, a small set): cheap to backtrack."""
    items = list(sub)
    if len(items) != 1:
        return False
    op, av = items[0]
    if op == sre_c.LITERAL:
        return True
    if op == sre_c.IN:
        return all(o in (sre_c.LITERAL, sre_c.RANGE) or (o == sre_c.CATEGORY and a == sre_c.CATEGORY_DIGIT)
                   for o, a in av)
    return False


def _walk(items, inside_repeat: bool, counter: list[int]) -> None:
    for op, av in items:
        if op in _REPEATS:
            lo, hi, sub = av
            many = hi == sre_c.MAXREPEAT or hi > 1
            if many and (hi == sre_c.MAXREPEAT or hi > _BIG):
                counter[0] += 1
                counter[1] += not _narrow(sub)
            if inside_repeat and many:
                raise UnsafePattern("nested quantifier (a repeat inside a repeat) can backtrack catastrophically")
            _walk(sub, inside_repeat or many, counter)
        elif op == sre_c.BRANCH:
            if inside_repeat:
                raise UnsafePattern("alternation inside a repeated group can backtrack catastrophically")
            for branch in av[1]:
                _walk(branch, inside_repeat, counter)
        elif op == sre_c.SUBPATTERN:
            _walk(av[-1], inside_repeat, counter)
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            _walk(av[1], inside_repeat, counter)
        elif op in (sre_c.GROUPREF, sre_c.GROUPREF_EXISTS):
            raise UnsafePattern("backreferences are not allowed")
        elif op == sre_c.IN and inside_repeat:
            continue


def compile_safe(pattern: str) -> re.Pattern:
    """Compile a rule pattern or raise UnsafePattern / ValueError with a one-line reason."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise UnsafePattern("empty pattern")
    if len(pattern) > MAX_PATTERN_LEN:
        raise UnsafePattern(f"pattern longer than {MAX_PATTERN_LEN} characters")
    try:
        compiled = re.compile(pattern)
        parsed = sre_parse.parse(pattern)
    except re.error as e:
        raise UnsafePattern(f"invalid regular expression: {e}") from None
    counter = [0, 0]
    _walk(parsed, False, counter)
    if counter[0] > MAX_UNBOUNDED:
        raise UnsafePattern(f"more than {MAX_UNBOUNDED} unbounded repeats (+, *, {{n,}})")
    if counter[1] > MAX_WIDE_UNBOUNDED:
        raise UnsafePattern("more than one unbounded repeat of a wide class (.*, [^x]+, \\w+): "
                            "bound them, e.g. .{0,10}")
    if compiled.search("") is not None:
        raise UnsafePattern("pattern matches the empty string")
    return compiled
