"""A second opinion beside the rules: one logistic regression per category over character n-grams.

Why: hand-written rules learn wordings, not kinds — on product domains nobody tuned on they missed about one
violation in six, and fresh probe batches scored 0.33–0.84 per category before each fix. A character n-gram
model trained on several hands' labelled lines (the dev corpus, the dev half of real quotes, the old text set,
the rule tuners' probe sentences, lines written as training data; never the test domains) catches the same
kinds in other words.

It only adds: a category the rules already hit is left to them, and the model is silenced where the rules saw
that category's words and ruled them out (a mention, a warning, a negation), and where its own best span is
such a context. The model is data (rules/data/classifier.json: thresholds, bases, provenance; classifier.npz:
the n-grams and weights), made by `python -m rules.train_classifier`; inference is TF-IDF of the canonical
text's 1–3-grams, a dot product, a sigmoid.
"""
from __future__ import annotations

import json
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

import ahocorasick
import numpy as np

from . import context
from .model import CATEGORIES
from .normalize import NormalizedText

log = logging.getLogger(__name__)

META_PATH = Path(__file__).parent / "data" / "classifier.json"        # categories, thresholds, bases, provenance
WEIGHTS_PATH = Path(__file__).parent / "data" / "classifier.npz"     # vocabulary, idf, weights, bias


@dataclass(frozen=True)
class Opinion:
    category: str
    probability: float
    start: int            # the stretch of the original text that weighed most for the category
    end: int
    threshold: float
    basis: str


@dataclass(frozen=True)
class Classifier:
    categories: tuple[str, ...]
    thresholds: tuple[float, ...]
    bases: tuple[str, ...]
    vocabulary: ahocorasick.Automaton   # n-gram -> (row of idf / weights, length): every occurrence in one pass
    idf: np.ndarray                 # (n-grams,)
    weights: np.ndarray             # (n-grams, categories)
    bias: np.ndarray                # (categories,)
    # A category beside a rule hit of another category in the same line needs this much: there the model's
    # doubts are mostly category borders (押题准确率百分之百 is absolute, not also a guarantee). Chosen on dev
    # domains held out of training and on writers' lines scored before they were trained on.
    beside_rules: float = 0.0

    def _evidence(self, canonical: str) -> tuple[np.ndarray, dict[tuple[int, int], int], np.ndarray, np.ndarray]:
        """Logits; how often each known n-gram occurs (first occurrence first); their rows and TF-IDF values.

        The counting runs in C (Counter over the automaton's matches): a Python loop over every
        n-gram occurrence cost more than the rest of the model."""
        counts = Counter(map(_KEY, self.vocabulary.iter(canonical)))     # (row, length) -> occurrences
        if not counts:
            return self.bias, counts, np.zeros(0, dtype=np.int64), np.zeros(0)
        rows = np.fromiter(map(_ROW, counts), dtype=np.int64, count=len(counts))
        # sublinear tf × idf, L2-normalised, as scikit-learn's TfidfVectorizer did in training
        values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * self.idf[rows]
        values /= np.linalg.norm(values) or 1.0
        return self.bias + values @ self.weights[rows], counts, rows, values

    def _where(self, canonical: str) -> dict[tuple[int, int], list[int]]:
        """Where each known n-gram occurs, (row, length) -> starts, in the order of _evidence's counts."""
        where: dict[tuple[int, int], list[int]] = {}
        for end, key in self.vocabulary.iter(canonical):
            where.setdefault(key, []).append(end - key[1] + 1)
        return where

    def opinions(self, nt: NormalizedText, skip: set[str], beside_rule_hits: bool = False) -> list[Opinion]:
        """Categories the model holds for each sentence of the line, except those in `skip`, each with its
        span in nt.original. Sentence by sentence: a transcript joins the end of the previous utterance to
        the next, and the evidence of one sentence must not lend weight to another. Where the rules hit
        something in the line, the model must reach `beside_rules` too."""
        out: list[Opinion] = []
        if skip.issuperset(self.categories):
            return out
        floor = self.beside_rules if beside_rule_hits else 0.0
        for lo, hi in sentences(nt):
            out.extend(self._sentence_opinions(nt, lo, hi, skip, floor))
        return out

    def _sentence_opinions(self, nt: NormalizedText, lo: int, hi: int, skip: set[str],
                           floor: float = 0.0) -> list[Opinion]:
        logits, _counts, rows, values = self._evidence(nt.text[lo:hi])
        out = []
        where = None
        for c, (cat, z) in enumerate(zip(self.categories, logits.tolist())):
            p = _sigmoid(z)
            if cat in skip or p < max(self.thresholds[c], floor):
                continue
            if where is None:
                where = self._where(nt.text[lo:hi])
            # each n-gram's part of the logit, spread over its characters: the heaviest run is the span
            parts = (values * self.weights[rows, c]).tolist()
            share = [0.0] * (hi - lo)
            for ((_, size), pos), x in zip(where.items(), parts):
                x /= size
                for i in pos:
                    for j in range(i, i + size):
                        share[j] += x
            a, b = _best_stretch(share)
            start, end = nt.span(lo + a, lo + b)
            if context.not_a_claim(nt.original, start, end) or context.negated(nt.original, start):
                continue
            out.append(Opinion(cat, p, start, end, max(self.thresholds[c], floor), self.bases[c]))
        return out


_KEY = itemgetter(1)        # of an automaton match (end, (row, length))
_ROW = itemgetter(0)        # of a key (row, length)
SENTENCE_END = frozenset("。！？!?；;…\n")
_SENTENCE_END_RE = re.compile("[" + re.escape("".join(sorted(SENTENCE_END))) + "]")


def sentences(nt: NormalizedText) -> list[tuple[int, int]]:
    """[lo, hi) ranges of nt.text between sentence ends of the original (。！？; and line breaks)."""
    if _SENTENCE_END_RE.search(nt.original) is None:     # most lines: one sentence, no per-character walk
        return [(0, len(nt.text))] if nt.text else []
    out, lo = [], 0
    for i in range(1, len(nt.text)):
        if any(ch in SENTENCE_END for ch in nt.original[nt.ends[i - 1]:nt.offsets[i]]):
            out.append((lo, i))
            lo = i
    if nt.text:
        out.append((lo, len(nt.text)))
    return out


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def _best_stretch(row: list[float]) -> tuple[int, int]:
    """The contiguous run of characters with the largest summed evidence (Kadane)."""
    best, best_span = -math.inf, (0, len(row))
    cur, cur_start = 0.0, 0
    for i, x in enumerate(row):
        if cur <= 0:
            cur, cur_start = x, i
        else:
            cur += x
        if cur > best:
            best, best_span = cur, (cur_start, i + 1)
    return best_span


def read(meta_path: Path, weights_path: Path) -> Classifier:
    """The classifier in these two files; ValueError naming the file if they are not one this code can read."""
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        cats = tuple(meta["categories"])
        per = meta["per_category"]
        with np.load(weights_path, allow_pickle=False) as arrays:
            vocab, idf, weights, bias = (arrays[k] for k in ("vocabulary", "idf", "weights", "bias"))
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"cannot read classifier {meta_path} / {weights_path}: {exc}") from exc
    unknown = [c for c in cats if c not in CATEGORIES]
    if unknown or weights.shape != (len(vocab), len(cats)) or idf.shape != (len(vocab),) or bias.shape != (len(cats),):
        raise ValueError(f"classifier {meta_path} / {weights_path} does not fit together "
                         f"(unknown categories {unknown}, weights {weights.shape}, {len(vocab)} n-grams)")
    return Classifier(
        categories=cats,
        thresholds=tuple(float(per[c]["threshold"]) for c in cats),
        bases=tuple(per[c]["basis"] for c in cats),
        vocabulary=_automaton(vocab.tolist()),
        idf=idf.astype(np.float64), weights=weights.astype(np.float64), bias=bias.astype(np.float64),
        beside_rules=float(meta.get("beside_rules_threshold", 0.0)),
    )


def _automaton(ngrams: list[str]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for i, g in enumerate(ngrams):
        auto.add_word(g, (i, len(g)))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def load() -> Classifier:
    """The bundled classifier (read once per process)."""
    return read(META_PATH, WEIGHTS_PATH)


def load_or_none() -> Classifier | None:
    """The bundled classifier, or None with the reason logged: unreadable model files must not stop matching
    (a worker keeps watching with the rules alone)."""
    try:
        return load()
    except ValueError:
        log.error("classifier not loaded; matching with the rules alone", exc_info=True)
        return None
