"""Rule patterns run in RE2, a linear-time engine; this module decides which patterns may run at all.

Python's `re` backtracks and cannot be interrupted: `.{0,50}` six times + `Z` took minutes on a
100-character line. RE2 cannot backtrack (time is linear in the text for any pattern), so safety no
longer rests on guessing which patterns are harmless. What is left here is cheap and static:
- syntax RE2 lacks (lookarounds, backreferences) or reads differently from Python (`{,n}`, the
  ASCII-only `\\w`/`\\b`) is refused with a clear reason instead of silently changing meaning;
- the automaton's size is bounded (counted repeats of wide classes multiply it: `[^x]{0,50}` x5 is
  refused), and so is the shape editors are told to avoid (nested repeats, repeated alternations);
- a per-line time budget (`LineBudget`) is the matcher's second fence should anything still be slow.
"""
from __future__ import annotations

import gc
import logging
import threading
from functools import lru_cache
from time import thread_time

import re2

try:                                    # Python 3.11+
    import re._parser as sre_parse
    import re._constants as sre_c
except ImportError:                     # pragma: no cover
    import sre_constants as sre_c       # type: ignore[no-redef]
    import sre_parse                    # type: ignore[no-redef]

log = logging.getLogger(__name__)

MAX_PATTERN_LEN = 300
MAX_UNBOUNDED = 2
MAX_WIDE_UNBOUNDED = 1
_BIG = 50             # {0,50} counts as bounded; {0,500} does not
MAX_WIDE_SPAN = 60    # sum of the upper bounds of counted repeats over wide classes (.{0,12} + .{0,6} = 18)
MAX_PROGRAM = 1500    # RE2 program size; the largest bundled pattern is ~360
RE2_MAX_MEM = 8 << 20
LINE_BUDGET_S = 0.05  # pattern seconds per BUDGET_CHARS of a line before its remaining patterns are skipped
BUDGET_CHARS = 4000
PATTERN_WINDOW = 256  # patterns never see more than this many characters at once
PATTERN_OVERLAP = 64

_REPEATS = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT}
if hasattr(sre_c, "POSSESSIVE_REPEAT"):
    _REPEATS.add(sre_c.POSSESSIVE_REPEAT)
_LOOKAROUND = {sre_c.ASSERT, sre_c.ASSERT_NOT}


class UnsafePattern(ValueError):
    """A refused pattern: str() is the English reason, `.zh` the same for the Chinese UI."""

    def __init__(self, message: str, zh: str = "") -> None:
        super().__init__(message)
        self.zh = zh or message


# \p{Han} as RE2 reads it, written with the gaps between its ranges closed where only unassigned code points
# lie (plane 2 and 3 hold nothing but ideographs): the same characters as \p{Han} for every assigned code point
# (checked over all of Unicode by tests/rules/test_rules_guard.py), in fewer UTF-8 byte ranges. Why: RE2 builds
# a class's byte-range automaton once per use, and \p{Han}'s 22 ranges made \p{Han}{0,8}? cost ~3x more to
# compile than this; 328 bundled patterns use it, and every process compiles them again (the Filter at start-up).
HAN_RANGES = ("\\x{2E80}-\\x{2EF3}\\x{2F00}-\\x{2FD5}\\x{3005}\\x{3007}\\x{3021}-\\x{3029}\\x{3038}-\\x{303B}"
              "\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAD9}\\x{16FE2}\\x{16FE3}\\x{16FF0}\\x{16FF1}"
              "\\x{20000}-\\x{323AF}")


def re2_source(pattern: str) -> bytes:
    """What RE2 compiles for `pattern`: its UTF-8, with each \\p{Han} written as HAN_RANGES (inside a class
    too). Only the form changes; the matches are the same."""
    if "\\p{Han}" not in pattern:
        return pattern.encode("utf-8")
    return rewrite_literals(pattern, lambda c, _i, _in_class: c, escape=_han_ranges).encode("utf-8")


def _han_ranges(escape: str, in_class: bool) -> str:
    if escape != "\\p{Han}":
        return escape
    return HAN_RANGES if in_class else f"[{HAN_RANGES}]"


def _options() -> re2.Options:
    o = re2.Options()
    o.log_errors = False        # a refused pattern is reported once, by us, not on stderr by the C++ side
    o.max_mem = RE2_MAX_MEM
    o.longest_match = False     # leftmost-first like Python, so lazy .{0,8}? keeps its meaning
    return o


class Re2Match:
    """What a match reports: character offsets into the searched str, like re.Match."""

    __slots__ = ("_text", "_start", "_end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self._text[self._start:self._end]


# google-re2's compiled object and its Match(anchor, bytes, pos, endpos) -> spans: not public, but the
# only way to ask "any match?" without building a Python generator per call (most calls say no).
# Without them (another google-re2 build), the public bytes API is used: same results, ~2x slower.
_UNANCHORED = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)


class Re2Pattern:
    """An RE2 pattern with the re-like surface the matcher uses (.search, .finditer, .pattern).

    google-re2's str API re-encodes the text and maps offsets for every call (~4 µs even when
    nothing matches, and most lines match nothing); here the text is encoded once, RE2 runs on the
    bytes, and byte offsets become character offsets by decoding only the stretch since the last match.
    """

    __slots__ = ("pattern", "_bytes", "_raw")

    def __init__(self, pattern: str, lazy: bool = False) -> None:
        self.pattern = pattern
        if not lazy:
            self._compile()

    def _compile(self) -> None:
        self._bytes = re2.compile(re2_source(self.pattern), _options())
        raw = getattr(self._bytes, "_regexp", None)
        self._raw = raw if _UNANCHORED is not None and hasattr(raw, "Match") else None

    def __getattr__(self, name: str):
        # Only reached while a slot is unset: a pattern loaded from the cache compiles at its first use.
        # (Most patterns run on few lines, if any: compiling all ~800 cost a cached start-up 0.1 s.)
        if name in ("_bytes", "_raw"):
            self._compile()
            return object.__getattribute__(self, name)
        raise AttributeError(name)

    def __reduce__(self):           # pickled as its source (accepted already); the RE2 object is made on first use
        return (Re2Pattern, (self.pattern, True))

    @property
    def programsize(self) -> int:
        return self._bytes.programsize

    def search(self, text: str) -> Re2Match | None:
        return next(iter(self.finditer(text)), None)

    def finditer(self, text: str):
        data = text.encode("utf-8")
        if self._raw is None:
            return self._matches(text, data, (m.span() for m in self._bytes.finditer(data)))
        first = self._raw.Match(_UNANCHORED, data, 0, len(data))[0]
        if first[0] < 0:
            return ()
        return self._matches(text, data, self._raw_spans(data, first))

    def _raw_spans(self, data: bytes, span):
        n = len(data)
        while span[0] >= 0:
            yield span
            pos = span[1]
            if pos == span[0]:          # an empty match (compile_safe refuses those; be safe anyway)
                pos += 1
                while pos < n and data[pos] & 0xC0 == 0x80:
                    pos += 1
            if pos > n:
                return
            span = self._raw.Match(_UNANCHORED, data, pos, n)[0]

    @staticmethod
    def _matches(text: str, data: bytes, spans):
        if len(data) == len(text):      # ASCII: byte offsets are character offsets
            for b_start, b_end in spans:
                yield Re2Match(text, b_start, b_end)
            return
        last_byte = last_char = 0
        for b_start, b_end in spans:
            c_start = last_char + len(data[last_byte:b_start].decode("utf-8"))
            c_end = c_start + len(data[b_start:b_end].decode("utf-8"))
            last_byte, last_char = b_end, c_end
            yield Re2Match(text, c_start, c_end)


def _narrow(sub) -> bool:
    """A repeat body that matches few characters (a literal, digits, a small set)."""
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


def _check_class(av) -> None:
    for o, a in av:
        if o == sre_c.CATEGORY and a in (sre_c.CATEGORY_WORD, sre_c.CATEGORY_NOT_WORD):
            raise UnsafePattern("\\w and \\W are not allowed (in RE2 they mean ASCII only, never Chinese): "
                                "write the characters, e.g. [\\p{Han}a-z0-9]",
                                "不支持 \\w / \\W（在 RE2 中只含英文字母数字，不含汉字）：请直接写出字符，如 [\\p{Han}a-z0-9]")


def _walk(items, inside_repeat: bool, counter: list[int]) -> None:
    """counter = [unbounded repeats, unbounded wide repeats, summed bound of counted wide repeats]."""
    for op, av in items:
        if op in _REPEATS:
            lo, hi, sub = av
            many = hi == sre_c.MAXREPEAT or hi > 1
            wide = not _narrow(sub)
            if many and (hi == sre_c.MAXREPEAT or hi > _BIG):
                counter[0] += 1
                counter[1] += wide
            elif many and wide:
                counter[2] += hi
            if inside_repeat and many:
                raise UnsafePattern("nested quantifier (a repeat inside a repeat) is not allowed: "
                                    "it multiplies the automaton's size",
                                    "不允许嵌套的重复（重复里再套重复）")
            _walk(sub, inside_repeat or many, counter)
        elif op == sre_c.BRANCH:
            if inside_repeat:
                raise UnsafePattern("alternation inside a repeated group is not allowed: repeat each branch instead",
                                    "不允许在重复的分组里使用“|”：请对每个分支分别重复")
            for branch in av[1]:
                _walk(branch, inside_repeat, counter)
        elif op == sre_c.SUBPATTERN:
            _walk(av[-1], inside_repeat, counter)
        elif op in _LOOKAROUND:
            raise UnsafePattern("lookahead/lookbehind ((?=…), (?!…), (?<=…), (?<!…)) is not supported: "
                                "patterns run in RE2, a linear-time engine; use the rule's exceptions instead",
                                "不支持前后断言 (?=…) (?!…) (?<=…) (?<!…)（规则表达式由线性时间的 RE2 执行）：请改用例外词")
        elif op in (sre_c.GROUPREF, sre_c.GROUPREF_EXISTS):
            raise UnsafePattern("backreferences are not allowed (RE2 has none)", "不支持反向引用（如 \\1）")
        elif op == sre_c.AT and av in (sre_c.AT_BOUNDARY, sre_c.AT_NON_BOUNDARY):
            raise UnsafePattern("\\b and \\B are not allowed (in RE2 they see ASCII words only)",
                                "不支持 \\b / \\B（在 RE2 中只识别英文单词边界）")
        elif op == sre_c.IN:
            _check_class(av)


def _python_only_syntax(pattern: str) -> None:
    """Syntax Python accepts that RE2 reads differently: refuse rather than change the meaning."""
    i = pattern.find("{,")
    while i != -1:
        if i == 0 or pattern[i - 1] != "\\":
            raise UnsafePattern("'{,n}' is Python-only: write '{0,n}'", "请把 {,n} 写成 {0,n}")
        i = pattern.find("{,", i + 1)
    if "\\Z" in pattern.replace("\\\\", ""):
        raise UnsafePattern("'\\Z' is not supported: write '$'", "不支持 \\Z：请写 $")


def _python_view(pattern: str) -> str:
    """The pattern as Python's parser can read it, for the structural checks only: RE2's Unicode
    classes (\\p{Han}, \\pL, \\P{…}) become \\s, another wide class Python knows, in or out of [...]."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            if pattern[i + 1] in "pP" and i + 2 < n:
                j = pattern.find("}", i + 3) + 1 if pattern[i + 2] == "{" else i + 3
                if j > 0:
                    out.append("\\s")
                    i = j
                    continue
            out.append(pattern[i:i + 2])
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _re2_reason(error: Exception) -> str:
    msg = error.args[0] if error.args else str(error)
    if isinstance(msg, bytes):
        msg = msg.decode("utf-8", "replace")
    return str(msg)


def compile_safe(pattern: str):
    """The Re2Pattern (.search/.finditer/.pattern, like re) or UnsafePattern with a one-line reason.

    An accepted pattern is remembered (the object is immutable and thread-safe): a rule rebuild in a warm
    worker re-checks ~1,000 patterns of which a publish changes a few, and the checks (Python's parser
    over each pattern, then RE2) were a third of a rebuild."""
    if isinstance(pattern, str):
        return _compile_safe_cached(pattern)
    return _compile_safe(pattern)


@lru_cache(maxsize=8192)
def _compile_safe_cached(pattern: str):
    return _compile_safe(pattern)


def _compile_safe(pattern: str):
    if not isinstance(pattern, str) or not pattern.strip():
        raise UnsafePattern("empty pattern", "表达式为空")
    if len(pattern) > MAX_PATTERN_LEN:
        raise UnsafePattern(f"pattern longer than {MAX_PATTERN_LEN} characters", f"表达式超过 {MAX_PATTERN_LEN} 个字符")
    _python_only_syntax(pattern)
    try:
        parsed = sre_parse.parse(_python_view(pattern))
    except Exception as e:  # noqa: BLE001 - re.error, and RecursionError on absurd nesting
        raise UnsafePattern(f"invalid regular expression: {e}", f"表达式语法错误：{e}") from None
    counter = [0, 0, 0]
    _walk(parsed, False, counter)
    if counter[0] > MAX_UNBOUNDED:
        raise UnsafePattern(f"more than {MAX_UNBOUNDED} unbounded repeats (+, *, {{n,}})",
                            f"不限长度的重复（+、*、{{n,}}）超过 {MAX_UNBOUNDED} 个")
    if counter[1] > MAX_WIDE_UNBOUNDED:
        raise UnsafePattern("more than one unbounded repeat of a wide class (.*, [^x]+): bound them, e.g. .{0,10}",
                            "宽字符类（.*、[^x]+）的不限长重复超过一个：请限定长度，如 .{0,10}")
    if counter[2] > MAX_WIDE_SPAN:
        raise UnsafePattern(f"counted repeats of wide classes (.{{0,n}}, [^x]{{0,n}}) add up to {counter[2]} "
                            f"characters; at most {MAX_WIDE_SPAN} are allowed",
                            f"宽字符类的限定重复（.{{0,n}}、[^x]{{0,n}}）合计 {counter[2]} 个字符，最多 {MAX_WIDE_SPAN} 个")
    try:
        compiled = Re2Pattern(pattern)
    except re2.error as e:
        reason = _re2_reason(e)
        raise UnsafePattern(f"RE2 cannot compile the pattern: {reason}", f"RE2 无法编译该表达式：{reason}") from None
    if compiled.programsize > MAX_PROGRAM:
        raise UnsafePattern(f"pattern too complex (RE2 program size {compiled.programsize} > {MAX_PROGRAM})",
                            f"表达式过于复杂（RE2 程序大小 {compiled.programsize} > {MAX_PROGRAM}）")
    if compiled.search("") is not None:
        raise UnsafePattern("pattern matches the empty string", "表达式可以匹配空字符串")
    return compiled


# The digits view (rules.normalize) prints every Chinese numeral as digits, wherever it stands: 一看 → 1看,
# 十倍 → 10倍, 一模一样 → 1模1样. A numeral a rule writes outside a class in a pattern that runs on that view
# (one that looks for digits) would never be found there; rule authors kept forgetting it (101 patterns did).
_NUMERAL_DIGITS = {"零": "0", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7",
                   "八": "8", "九": "9", "十": "10"}


def rewrite_literals(pattern: str, rewrite, escape=None) -> str:
    """The pattern with each character outside an escape replaced by rewrite(character, index, in_class) — the
    brackets of a class included, so a rewrite leaves "[" and "]" alone. Escapes (\\d, \\p{Han}: a named class is
    read whole) are copied, or replaced by escape(the escape, in_class) when that is given."""
    out: list[str] = []
    in_class = False
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            j = i + 2
            if pattern[i + 1] in "pP" and j < n and pattern[j] == "{":
                j = pattern.find("}", j) + 1 or n
            out.append(pattern[i:j] if escape is None else escape(pattern[i:j], in_class))
            i = j
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        else:
            c = rewrite(c, i, in_class)
        out.append(c)
        i += 1
    return "".join(out)


def digits_view_pattern(pattern: str) -> str:
    """The pattern with each numeral written outside a class also accepting its digit form (一 → (?:一|1)).
    Classes, their ranges and escapes are kept; a quantifier after the numeral now repeats the group, which is
    what it repeated before."""
    return rewrite_literals(pattern, lambda c, _i, in_class: c if in_class or c not in _NUMERAL_DIGITS
                            else f"(?:{c}|{_NUMERAL_DIGITS[c]})")


def compile_digits_safe(pattern: str):
    """compile_safe for a pattern that runs on the digits view: the author's pattern is what is checked (its
    length, repeats and program size), the compiled one is digits_view_pattern's (literal alternatives only)."""
    compiled = compile_safe(pattern)
    rewritten = digits_view_pattern(pattern)
    return compiled if rewritten == pattern else compile_derived(rewritten)


@lru_cache(maxsize=2048)
def compile_derived(pattern: str):
    """A pattern rewritten from an accepted one by literal changes only (digits_view_pattern, a sound rewrite):
    as safe as its source, and allowed to grow past MAX_PATTERN_LEN (一 → (?:一|1) adds six characters)."""
    try:
        return Re2Pattern(pattern)
    except re2.error as e:
        raise UnsafePattern(f"RE2 cannot compile the pattern: {_re2_reason(e)}",
                            f"RE2 无法编译该表达式：{_re2_reason(e)}") from None


def compile_union(patterns: list[str]):
    """One RE2 alternation of already accepted patterns (a cheap "can anything match here?"), or None."""
    if not patterns:
        return None
    try:
        return Re2Pattern("|".join(f"(?:{p})" for p in patterns))
    except re2.error:           # e.g. two patterns naming the same group: no prefilter then
        return None


SET_MAX_MEM = 64 << 20      # a Set's DFA holds the states of all its patterns at once
SET_GROUP = 32              # patterns per RE2 Set (see PatternSet)
RECENT_ANSWERS = 4096       # texts whose answers a PatternSet keeps (see there)…
RECENT_CHARS = 256          # …of those no longer than this: at most a few MB per set however long the lines
_UNASKED = object()
# Never in a transcript (control characters): a pattern whose only atom is this must be found by the
# Filter's literal Set in this text, or the Filter is not used (see PatternSet).
_FILTER_CHECK = b"\x01\x02lw-filter-check\x02\x01"


class PatternSet:
    """Which of several accepted patterns match somewhere in a text, in one FilteredRE2 pass.

    Running each pattern costs ~2 µs of call overhead even when, as on most lines, nothing matches.
    FilteredRE2 (google-re2's Filter) knows each pattern's required literals ("atoms": 原价 in 原价\\d+);
    one literal RE2 Set finds the atoms present in the text and only the patterns whose atoms are all
    there run, inside RE2, each on its own automaton (the few patterns without atoms, \\d+(?:\\.\\d+)?,
    run on every text, still inside RE2). It replaced RE2 Sets of SET_GROUP patterns, ~34 Set passes per
    line, whose lazy DFA states were the product of every pattern's progress (patterns with counted gaps,
    比.{0,4}?店, multiply); measured on 1 MB of short lines in a fresh process the Filter took about half
    the Sets' time. The Sets remain the fallback where this google-re2 has no Filter or it refuses one.
    An RE2 Set cannot say "the DFA gave up" apart from "nothing matched", so every Set gets an
    always-matching sentinel: its absence means "unknown", and the caller then tries every pattern.
    The Filter's literal Set is checked once, when built, on a text holding a check pattern's atom;
    a Set's search is never abandoned for slowness (RE2 has no other engine to fall back to for Sets),
    and a literal Set's states are bounded by its atoms' prefixes.
    """

    __slots__ = ("patterns", "_filter", "_groups", "_recent", "_last", "_memo")

    def __init__(self, patterns) -> None:
        self.patterns = tuple(patterns)
        self._filter = None                 # re2._re2.Filter over every pattern (+ the check pattern)
        self._groups: list[tuple[int, object, int]] | None = None    # fallback: (first index, Match, sentinel)
        # The answers of the last RECENT_ANSWERS (short) texts asked about: several users of one view
        # (PatternPool) ask in turn about the same line, and a stream repeats its catchphrases (喜欢的宝宝点个关注),
        # whose views a worker, matching line by line, would otherwise pass through the Filter again each time
        # (1 MB of short lines, 57 % of them repeats, line by line: the Filter passes were ~19 % of the time;
        # with 256 answers kept two thirds of the repeats had been forgotten). A long text (a window of a long
        # line) is only kept as the last one asked about. functools' cache is safe for threads sharing the
        # set; an answer is never mutated by its askers.
        self._recent = lru_cache(maxsize=RECENT_ANSWERS)(self._answer)
        # The last long text and its answer. One tuple, replaced whole: threads sharing the set see a pair or miss.
        self._last: tuple[str | None, list[int] | None] = (None, None)
        self._memo: dict[str, list[int] | None] | None = None     # answers asked ahead (prefetch)
        if not self.patterns or self._build_filter():
            return
        o = _options()
        o.max_mem = SET_MAX_MEM
        groups = []
        for base in range(0, len(self.patterns), SET_GROUP):
            part = self.patterns[base:base + SET_GROUP]
            try:
                s = re2.Set.SearchSet(o)
                for p in part:
                    s.Add(re2_source(p))
                s.Add(b"")                      # the sentinel: matches every text
                s.Compile()
            except re2.error:                   # unknown for every text: the caller runs every pattern
                return
            # The binding's own Match (a list, never None) skips the wrapper's checks: called for every line.
            raw = getattr(s, "_set", None)
            match = raw.Match if hasattr(raw, "Match") else (lambda data, s=s: s.Match(data) or [])
            groups.append((base, match, len(part)))
        self._groups = groups

    def _build_filter(self) -> bool:
        if getattr(getattr(re2, "_re2", None), "Filter", None) is None:
            return False
        self._filter = _compiled_filter(self.patterns)
        return self._filter is not None

    def __reduce__(self):                   # pickled as its sources; the Filter (or Sets) is rebuilt on load
        return (PatternSet, (self.patterns,))

    def matching(self, text: str) -> list[int] | None:
        """Indices (ascending) of the patterns with a match in `text`; None when unknown (try them all)."""
        memo = self._memo
        if memo is not None:
            out = memo.get(text, _UNASKED)
            if out is not _UNASKED:
                return out
        if len(text) <= RECENT_CHARS:
            return self._recent(text)
        last_text, last = self._last
        if last_text is text or last_text == text:
            return last
        out = self._answer(text)
        self._last = (text, out)
        return out

    def prefetch(self, texts) -> None:
        """Answer these texts now, one after another, for matching() to return until forget().

        Why: asked line by line between the other layers' work, each Filter pass starts with its automata
        out of the CPU caches; measured on 1 MB of short lines, the same passes back to back took a quarter
        of the time. The answers are the same either way. Not for threads sharing the set with different
        batches: the last prefetch wins (a text it lacks is simply answered on the spot)."""
        self._memo = {text: self._answer(text) for text in texts}

    def forget(self) -> None:
        self._memo = None

    def _answer(self, text: str) -> list[int] | None:
        data = text.encode("utf-8")
        if self._filter is not None:
            n = len(self.patterns)
            out = sorted(i for i in self._filter.Match(data, False) if i < n)
        elif self._groups is None:
            return None
        else:
            out = []
            for base, match, sentinel in self._groups:
                found = match(data)
                if len(found) == 1 and found[0] == sentinel:
                    continue                    # most lines: nothing but the sentinel
                if sentinel not in found:
                    out = None
                    break
                out.extend(sorted(base + i for i in found if i != sentinel))
        return out

    def matching_patterns(self, text: str) -> frozenset[str] | None:
        """The sources of the patterns with a match in `text`; None when unknown (try them all)."""
        found = self.matching(text)
        return None if found is None else frozenset(self.patterns[i] for i in found)


@lru_cache(maxsize=8)
def _compiled_filter(patterns: tuple[str, ...]):
    """An RE2 Filter over `patterns` plus the check pattern, or None where RE2 refuses one.

    Cached (the four views of the running base and of the one before it): a rule rebuild mostly keeps every
    view's patterns (a phrase edit changes none), and compiling the Filters was a quarter of a rebuild. A
    compiled Filter is only read by Match, so the PatternSets of two matchers may share one."""
    try:
        f = re2._re2.Filter()
        for p in patterns:
            if f.Add(re2_source(p), _options()) < 0:
                return None
        check = f.Add(re2.escape(_FILTER_CHECK), _options())
        if check != len(patterns) or not f.Compile() or check not in f.Match(_FILTER_CHECK, True):
            return None
    except (re2.error, RuntimeError, TypeError):
        return None
    return f


class PatternPool:
    """One PatternSet per view for every user of that view (rule patterns, frame slot patterns, both heard by
    sound): a line's view is scanned once, however many users ask. Each user gets a PatternSubset over its
    own pattern list; call compile() once every user has its subset.

    Why: the users ran their own Sets on the same text one after the other (six passes per line, and the
    frames' sound-heard slot patterns ran unfiltered); PatternSet remembers its last answer, so the second
    user of a view gets it for free."""

    def __init__(self) -> None:
        self._sources: dict[str, dict[str, int]] = {}      # view name -> pattern source -> shared index
        self._subsets: list[PatternSubset] = []
        self.sets: dict[str, PatternSet] = {}              # view name -> its set, once compiled

    def subset(self, view: str, patterns) -> PatternSubset:
        index = self._sources.setdefault(view, {})
        sub = PatternSubset(view, tuple(patterns), tuple(index.setdefault(p, len(index)) for p in patterns))
        self._subsets.append(sub)
        return sub

    def compile(self) -> None:
        sets = self.sets = {view: PatternSet(list(index)) for view, index in self._sources.items()}
        for sub in self._subsets:
            sub.attach(sets[sub.view])


class PatternSubset:
    """A user's patterns within a PatternPool's set for one view: PatternSet's questions, answered from the
    shared set (indices into this subset's own `patterns`)."""

    __slots__ = ("view", "patterns", "_shared", "_own")

    def __init__(self, view: str, patterns: tuple[str, ...], shared_index: tuple[int, ...],
                 shared: PatternSet | None = None) -> None:
        self.view = view
        self.patterns = patterns
        own: dict[int, list[int]] = {}
        for j, i in enumerate(shared_index):
            own.setdefault(i, []).append(j)
        self._own = {i: tuple(js) for i, js in own.items()}   # shared index -> own indices
        self._shared = shared

    def attach(self, shared: PatternSet) -> None:
        self._shared = shared

    def __reduce__(self):       # the shared set is pickled once (pickle's memo) and shared again on load
        shared_index = [0] * len(self.patterns)
        for i, js in self._own.items():
            for j in js:
                shared_index[j] = i
        return (PatternSubset, (self.view, self.patterns, tuple(shared_index), self._shared))

    def matching(self, text: str) -> list[int] | None:
        """Indices (ascending) of this subset's patterns with a match in `text`; None when unknown."""
        if not self.patterns or self._shared is None:
            return None
        found = self._shared.matching(text)
        if found is None:
            return None
        own = self._own
        out = [j for i in found if i in own for j in own[i]]
        if len(out) > 1:
            out.sort()
        return out

    def matching_patterns(self, text: str) -> frozenset[str] | None:
        """The sources of this subset's patterns with a match in `text`; None when unknown."""
        found = self.matching(text)
        return None if found is None else frozenset(self.patterns[i] for i in found)


# -- the second fence ----------------------------------------------------------------------------
_skipped_lock = threading.Lock()
_skipped = 0


# A garbage collection that runs inside a pattern's turn is not the pattern's time: with the models loaded a full
# collection takes 0.15-0.2 s of the thread's CPU, more than a short line's whole budget, and which line it lands on
# depends on everything matched before it. Charged, it skipped the rest of a line's patterns at random (measured: a
# 29-character line of the dev corpus lost its hits when the test split had been matched first in the same process).
# The collector's time is kept per thread and left out of the charge.
_gc_clock = threading.local()


def _time_collections(phase: str, info: dict) -> None:
    if phase == "start":
        _gc_clock.began = thread_time()
    else:
        _gc_clock.spent = getattr(_gc_clock, "spent", 0.0) + thread_time() - getattr(_gc_clock, "began", thread_time())


gc.callbacks.append(_time_collections)


def collection_time() -> float:
    """CPU seconds this thread has spent in garbage collections so far."""
    return getattr(_gc_clock, "spent", 0.0)


def skipped_lines() -> int:
    """How many lines had patterns skipped because the time budget ran out (for metrics)."""
    return _skipped


class LineBudget:
    """Pattern time allowed for one line (LINE_BUDGET_S per BUDGET_CHARS of it); once spent, the line's
    remaining patterns are skipped, logged and counted."""

    __slots__ = ("left", "length", "spent")

    def __init__(self, length: int, seconds_per_chunk: float = LINE_BUDGET_S) -> None:
        self.length = length
        self.left = seconds_per_chunk * max(1, -(-length // BUDGET_CHARS))
        self.spent = False

    def charge(self, seconds: float) -> None:
        global _skipped
        self.left -= seconds
        if self.left < 0 and not self.spent:
            self.spent = True
            with _skipped_lock:
                _skipped += 1
            log.warning("pattern time budget spent on a line of %d chars: its remaining patterns are skipped",
                        self.length)


def pattern_windows(view: str, pattern_set: PatternSet, pats: list, budget: LineBudget | None):
    """(window offset, window, entry of `pats`) for each pattern the Set names in each bounded window of a
    view: the caller runs that entry's pattern on the window. The caller's time per entry is charged to
    the line's budget; once it is spent, nothing more is yielded (RE2 is linear: this fence is for
    whatever was not foreseen). The text patterns and the sound-heard patterns both run through here."""
    for lo in range(0, max(1, len(view) - PATTERN_OVERLAP), PATTERN_WINDOW - PATTERN_OVERLAP):
        window = view[lo:lo + PATTERN_WINDOW]
        found = pattern_set.matching(window)        # one RE2 Set pass names the patterns that match
        if found is not None and not found:
            continue
        for entry in (pats if found is None else [pats[i] for i in found]):
            if budget is not None and budget.spent:
                return
            t0, gc0 = thread_time(), collection_time()  # this thread's CPU: a busy machine does not spend the budget
            yield lo, window, entry
            if budget is not None:
                budget.charge(thread_time() - t0 - (collection_time() - gc0))
