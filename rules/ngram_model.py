"""What the two n-gram models (rules/classifier.py, rules/register.py) share: their vocabulary as an automaton and
the TF-IDF vector of a text, computed as scikit-learn's TfidfVectorizer did in training."""
from __future__ import annotations

import math
from collections import Counter
from operator import itemgetter

import ahocorasick
import numpy as np

_KEY = itemgetter(1)        # of an automaton match (end, (row, length))
_ROW = itemgetter(0)        # of a key (row, length)


def automaton(ngrams: list[str]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for i, g in enumerate(ngrams):
        auto.add_word(g, (i, len(g)))
    auto.make_automaton()
    return auto


def tfidf(vocabulary: ahocorasick.Automaton, idf: np.ndarray, canonical: str
          ) -> tuple[Counter, np.ndarray, np.ndarray]:
    """How often each known n-gram occurs ((row, length) -> count, first occurrence first), their rows and
    TF-IDF values: sublinear tf × idf, L2-normalised, as scikit-learn's TfidfVectorizer did in training."""
    counts = Counter(map(_KEY, vocabulary.iter(canonical)))
    if not counts:
        return counts, np.zeros(0, dtype=np.int64), np.zeros(0)
    rows = np.fromiter(map(_ROW, counts), dtype=np.int64, count=len(counts))
    values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * idf[rows]
    # sqrt(v·v) is what np.linalg.norm computes for a 1-D float vector (the same bits), without its ~4 µs of
    # argument handling per call (the register model asks once per candidate sentence).
    values /= math.sqrt(values.dot(values)) or 1.0
    return counts, rows, values


# The classifier also reads a line by sound (rules/classifier.py): Whisper writes 去豆 for 祛痘 and 将压 for 降压, which
# share no characters but every syllable. The sounds (rules.sound_view: toneless, Mandarin's usual confusions merged)
# follow the characters after SOUND_SEP, moved to a private-use plane so that no sound n-gram is also a character one.
SOUND_SEP = "\x00"
_HEARD_PLANE = 0xF0000


class _Heard(dict):
    """str.translate table: a character -> its sound class's representative, on the private-use plane."""

    def __missing__(self, code: int) -> str:
        from .sound_view import sound_table
        rep = sound_table().get(code)
        cp = ord(rep) if rep else code
        self[code] = out = chr(_HEARD_PLANE + cp) if cp <= 0xFFFF else chr(code)
        return out


_HEARD = _Heard()


def with_sounds(canonical: str) -> str:
    """What the sound-reading classifier counts n-grams in: the text, SOUND_SEP, then its sounds (same length)."""
    return canonical + SOUND_SEP + canonical.translate(_HEARD)


def ngrams_by_part(ngrams: tuple[int, int], sound_min: int = 1):
    """A scikit-learn analyzer: character n-grams of each part of a with_sounds() string, none across SOUND_SEP;
    of the sounds, none shorter than `sound_min`."""
    lo, hi = ngrams

    def analyze(doc: str) -> list[str]:
        out = []
        for k, part in enumerate(doc.split(SOUND_SEP)):
            for n in range(lo if k == 0 else max(lo, sound_min), hi + 1):
                out.extend(part[i:i + n] for i in range(len(part) - n + 1))
        return out
    return analyze
