"""What the two n-gram models (rules/classifier.py, rules/register.py) share: their vocabulary as an automaton and
the TF-IDF vector of a text, computed as scikit-learn's TfidfVectorizer did in training."""
from __future__ import annotations

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
    values /= np.linalg.norm(values) or 1.0
    return counts, rows, values
