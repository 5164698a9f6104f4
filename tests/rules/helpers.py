"""Helpers the rules tests share (imported as tests.rules.helpers, like tests.transcription.helpers: a name
`conftest` is ambiguous when several packages' tests run together). The matcher fixtures are in tests/conftest.py."""
from __future__ import annotations

import numpy as np

from rules import classifier
from rules.model import CATEGORIES
from rules.ngram_model import automaton


def categories(matcher, text: str) -> set[str]:
    return {h.category for h in matcher.match(text)}


def every_category(matcher, text: str) -> set[str]:
    """Primary and further categories of the hits (全网最低价 is a price and an absolute claim; a weight lost by a date a
    result promised and a slimming claim)."""
    return {c for h in matcher.match(text) for c in h.categories}


def one_ngram_model(category: str, probability: float, beside_rules: float,
                    ngram: str = "长高") -> classifier.Classifier:
    """A model that knows one n-gram (长高), worth `probability` for `category` and nothing for the others."""
    weights = np.full((1, len(CATEGORIES)), -8.0)
    weights[0, CATEGORIES.index(category)] = np.log(probability / (1 - probability))
    return classifier.Classifier(categories=CATEGORIES, thresholds=(0.6,) * len(CATEGORIES),
                                 bases=("basis",) * len(CATEGORIES), vocabulary=automaton([ngram]),
                                 idf=np.ones(1), weights=weights, bias=np.zeros(len(CATEGORIES)),
                                 beside_rules=beside_rules)
