"""jieba's word table (word -> count, ~500,000 entries) in a form a cached start can load at once.

Why: rebuilt as a dict from the support file (rules.cache) it cost every `livewatch match` start ~0.15 s of
a ~0.9 s start-up, though a run looks up only the words of the few thousand short windows it cuts. Here the
words stay one sorted list (a single split to load, ~0.03 s) and a small dict per first character is made on
the first look-up of a word starting with it (a bisection to find its run). jieba reads its table only
through `in`, `[]` and `.get`, and adds to it with `[] =` (jieba.add_word), which is kept in a dict beside it.
"""
from __future__ import annotations

import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping

_MISSING = object()


class WordTable(Mapping):
    """A read-mostly mapping word -> count over words sorted by code point (each once) and their counts."""

    __slots__ = ("_words", "_counts", "_by_first", "_added")

    def __init__(self, words: list[str], counts: array.array) -> None:
        self._words = words
        self._counts = counts
        self._by_first: dict[str, dict[str, int]] = {}     # first character -> its words' counts, made on demand
        self._added: dict[str, int] = {}                    # words set after loading (jieba.add_word)

    @classmethod
    def packed(cls, freq: Mapping[str, int]):
        """(sorted words joined by newlines, their counts as int64 bytes) for `unpacked`, or None when a word
        or a count does not fit that form."""
        words = sorted(freq)
        if any("\n" in w for w in words) or any(type(v) is not int or not -2**63 <= v < 2**63
                                                for v in freq.values()):
            return None
        return "\n".join(words), array.array("q", [freq[w] for w in words]).tobytes()

    @classmethod
    def unpacked(cls, words: str, counts: bytes) -> WordTable:
        values = array.array("q")
        values.frombytes(counts)
        return cls(words.split("\n") if words else [], values)

    def _run(self, first: str) -> dict[str, int]:
        """The counts of every loaded word that starts with `first` (one character)."""
        if not isinstance(first, str) or len(first) != 1:     # the first item of a key that is no text
            return {}
        words = self._words
        lo = bisect_left(words, first)
        hi = bisect_left(words, chr(ord(first) + 1), lo) if ord(first) < 0x10FFFF else len(words)
        run = dict(zip(words[lo:hi], self._counts[lo:hi]))
        run.update((w, c) for w, c in self._added.items() if w[:1] == first)
        self._by_first[first] = run
        return run

    def _run_of(self, word) -> dict:
        """The run of `word`'s first character. IndexError for "", TypeError for what has no first character."""
        try:
            return self._by_first[word[0]]
        except KeyError:
            return self._run(word[0])

    # get, [] and `in` each look the run up themselves: jieba asks ~100,000 times on 1 MB of short lines.
    def get(self, word, default=None):
        try:
            run = self._by_first[word[0]]
        except KeyError:
            run = self._run(word[0])
        except (IndexError, TypeError):
            return self._added.get(word, default)
        return run.get(word, default)

    def __getitem__(self, word):
        try:
            run = self._by_first[word[0]]
        except KeyError:
            run = self._run(word[0])
        except (IndexError, TypeError):
            return self._added[word]
        return run[word]

    def __contains__(self, word) -> bool:
        try:
            run = self._by_first[word[0]]
        except KeyError:
            run = self._run(word[0])
        except (IndexError, TypeError):
            return word in self._added
        return word in run

    def __setitem__(self, word: str, count: int) -> None:
        """jieba.add_word: kept beside the loaded words, and in its run so look-ups see it."""
        self._added[word] = count
        try:
            self._run_of(word)[word] = count
        except (IndexError, TypeError):
            pass

    def __iter__(self) -> Iterator[str]:
        yield from (w for w in self._words if w not in self._added)
        yield from self._added

    def __len__(self) -> int:
        return len(self._words) + sum(1 for w in self._added if self._find(w) < 0)

    def _find(self, word: str) -> int:
        i = bisect_left(self._words, word)
        return i if i < len(self._words) and self._words[i] == word else -1

    def items(self):
        if not self._added:
            return zip(self._words, self._counts)
        return ((w, self[w]) for w in self)
