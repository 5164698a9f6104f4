"""Is a sentence a report about sales talk — a penalty decision, a court, a news story, a consumer warning —
rather than a seller talking? One logistic regression over character n-grams, like rules/classifier.py.

Why: a regulator's own sentences are full of the words the rules look for (经查，当事人在直播中宣称其产品可治疗
高血压… / 部分商家诱导消费者脱离平台交易 / 记者调查多个直播间，发现…“特供酒”), and published cases count them
as no claim. Hand-written checks (rules/context.py: paraphrased_report, third_party_account, …) cover the forms
their authors saw; on real enforcement material nobody here wrote, such sentences were most of the false hits.
The model learns the register itself from report sentences copied from published pages (rules/data/training/
prose.jsonl and the harvested quotes' traps) against sellers' lines (the dev corpus, the text set, probe lines with
a category, real ad copy). Its threshold keeps out-of-fold vetoes of sellers' violations rare (register.json).

Data made by `python -m rules.train_register`; inference is the classifier's TF-IDF dot product and a sigmoid.
"""
from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick
import numpy as np

from .ngram_model import automaton, tfidf

log = logging.getLogger(__name__)

META_PATH = Path(__file__).parent / "data" / "register.json"      # threshold, provenance
WEIGHTS_PATH = Path(__file__).parent / "data" / "register.npz"    # vocabulary, idf, weights, bias


@dataclass(frozen=True)
class RegisterModel:
    vocabulary: ahocorasick.Automaton   # n-gram -> (row, length)
    idf: np.ndarray
    weights: np.ndarray                 # (n-grams,)
    bias: float
    threshold: float                    # probability from which a sentence is a report

    def probability(self, canonical: str) -> float:
        """P(report) for a sentence's canonical text (rules.normalize)."""
        _counts, rows, values = tfidf(self.vocabulary, self.idf, canonical)
        z = self.bias + float(values @ self.weights[rows]) if len(rows) else self.bias
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def is_report(self, canonical: str) -> bool:
        return self.probability(canonical) >= self.threshold


def read(meta_path: Path, weights_path: Path) -> RegisterModel:
    """The model in these two files; ValueError naming the files if this code cannot read them."""
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        with np.load(weights_path, allow_pickle=False) as arrays:
            vocab, idf, weights, bias = (arrays[k] for k in ("vocabulary", "idf", "weights", "bias"))
        threshold = float(meta["threshold"])
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"cannot read register model {meta_path} / {weights_path}: {exc}") from exc
    if weights.shape != (len(vocab),) or idf.shape != (len(vocab),):
        raise ValueError(f"register model {meta_path} / {weights_path} does not fit together")
    return RegisterModel(vocabulary=automaton(vocab.tolist()), idf=idf.astype(np.float64),
                         weights=weights.astype(np.float64), bias=float(bias), threshold=threshold)


_installed: RegisterModel | None = None


@lru_cache(maxsize=1)
def load_or_none() -> RegisterModel | None:
    """The bundled model (or the one rules.cache installed from its pickle), or None with the reason logged:
    without it the hand-written checks still run."""
    if _installed is not None:
        return _installed
    try:
        return read(META_PATH, WEIGHTS_PATH)
    except ValueError:
        log.error("register model not loaded; report sentences are judged by the hand-written checks alone",
                  exc_info=True)
        return None


@lru_cache(maxsize=4096)
def is_report(canonical_sentence: str) -> bool:
    """Is this sentence (canonical text) a report about sales talk? False when the model cannot be read."""
    model = load_or_none()
    return model is not None and model.is_report(canonical_sentence)


def install(model: RegisterModel) -> None:
    """Make `model` (the bundled model, as rules.cache unpickled it) what load_or_none() returns in this process."""
    global _installed
    _installed = model
    load_or_none.cache_clear()
    is_report.cache_clear()
