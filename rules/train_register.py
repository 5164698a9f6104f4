"""Train the report-register model (rules/register.py) and write rules/data/register.json/.npz.

    .venv/bin/pip install scikit-learn          # training only
    .venv/bin/python -m rules.train_register

Reports (1): sentences copied verbatim from published pages about sales talk — penalty decisions, court rulings,
news investigations, consumer and police warnings, rule explainers (rules/data/training/prose.jsonl, two hands,
none from a page of the held-out quotes) — and the harvested quotes' traps in probes.jsonl.
Sellers (0): lines a seller says or writes — the corpus's dev domains (violations and clean lines, written and
garbled), the text set's lines, probe lines that break a category, the real quotes' dev half and harvested ad
copy with a category. Lines with quotation marks are left out of the sellers' side (新闻：主播声称"…" is the
corpus's report form), and so are the corpus's traps (many are warnings, i.e. reports).

The threshold is chosen out of fold (five folds by page and by domain or hand): the lowest probability at which
at most MAX_VETO of sellers' violations would be taken for reports.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from pathlib import Path

from .normalize import normalize
from .train_classifier import DATA, PROBES, RULES_ONLY_DOMAINS, _jsonl, has_sklearn, quote_split, vectorizer

PROSE = Path(__file__).parent / "data" / "training" / "prose.jsonl"
OUT = Path(os.environ.get("LIVEWATCH_REGISTER_OUT", Path(__file__).parent / "data" / "register"))
NGRAMS = (1, 3)
C = 2.0
MAX_VETO = 0.005            # of sellers' violations, out of fold
FOLDS = 5
MIN_WEIGHT = 1e-3
_QUOTED = re.compile("[“”\"「」]")
_HOST = re.compile(r"https?://([^/\s]+)")


def training_files() -> list[Path]:
    return [PROSE, PROBES, DATA / "corpus" / "corpus.jsonl", DATA / "quotes" / "quotes.jsonl", DATA / "textset.jsonl"]


def training_checksum() -> str:
    h = hashlib.sha256()
    for p in training_files():
        h.update(p.read_bytes())
    h.update(json.dumps([NGRAMS, C, MAX_VETO, FOLDS, RULES_ONLY_DOMAINS]).encode())
    return h.hexdigest()[:16]


def _page(source: str) -> str:
    m = _HOST.search(source)
    return "page:" + (m.group(1) if m else source[:20])


def training_rows() -> list[tuple[str, int, bool, str]]:
    """(canonical text, 1 = report, is a seller's violation, group)."""
    corpus = _jsonl(DATA / "corpus" / "corpus.jsonl")
    quotes = _jsonl(DATA / "quotes" / "quotes.jsonl")
    unseen = {normalize(r["text"]).text for r in corpus if r["split"] == "test"}
    unseen |= {normalize(q["text"]).text for q in quotes if quote_split(q["source"]) == "test"}
    rows, seen = [], set()

    def add(text: str, report: int, violation: bool, group: str) -> None:
        t = normalize(text).text
        if t and t not in unseen and t not in seen:
            seen.add(t)
            rows.append((t, report, violation, group))

    for r in _jsonl(PROSE):
        add(r["text"], 1, False, _page(r["source"]))
    for r in _jsonl(PROBES):
        if r["hand"].startswith("harvest") and not r.get("labels") and "source" in r:
            add(r["text"], 1, False, _page(r["source"]))          # the harvested quotes' traps
        elif (r.get("labels") or r.get("positive")) and not _QUOTED.search(r["text"]):
            add(r["text"], 0, True, "hand:" + r["hand"])
    for r in corpus:
        # (not the dev domains only the rules learn: rules.train_classifier.RULES_ONLY_DOMAINS)
        if r["split"] == "dev" and r["domain"] not in RULES_ONLY_DOMAINS and r["kind"] != "trap" \
                and not _QUOTED.search(r["text"]):
            add(r["text"], 0, r["kind"] == "violation", "dev:" + r["domain"])
    for q in quotes:
        if quote_split(q["source"]) == "dev" and q["labels"] and not _QUOTED.search(q["text"]):
            add(q["text"], 0, True, "quotes")
    for r in _jsonl(DATA / "textset.jsonl"):
        if not _QUOTED.search(r["text"]):
            add(r["text"], 0, bool(r["labels"]), "textset")
    return rows


def main() -> int:
    if not has_sklearn():
        return 2
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold
    rows = training_rows()
    texts = [t for t, _, _, _ in rows]
    y = np.array([r for _, r, _, _ in rows])
    violation = np.array([v for _, _, v, _ in rows])
    groups = [g for _, _, _, g in rows]

    def fit(idx):
        vec = vectorizer(NGRAMS)
        matrix = vec.fit_transform([texts[i] for i in idx])
        return vec, LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(matrix, y[idx])

    held_out = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=FOLDS).split(texts, y, groups):
        vec, model = fit(train)
        held_out[test] = model.predict_proba(vec.transform([texts[i] for i in test]))[:, 1]
    sellers = held_out[violation]
    threshold = 0.99
    for t in np.arange(0.99, 0.49, -0.01):
        if (sellers >= t).mean() > MAX_VETO:
            break
        threshold = round(float(t), 2)
    reports = held_out[y == 1]
    figures = {"reports": int(len(reports)), "reports_found": round(float((reports >= threshold).mean()), 3),
               "seller_violations": int(len(sellers)),
               "seller_violations_vetoed": round(float((sellers >= threshold).mean()), 4),
               "seller_lines_vetoed": round(float((held_out[y == 0] >= threshold).mean()), 4)}

    vec, model = fit(np.arange(len(rows)))
    weights = model.coef_[0]
    keep = np.abs(weights) >= MIN_WEIGHT
    meta = {
        "about": "livewatch report-register model: char n-gram TF-IDF + logistic regression, P(a report about sales "
                 "talk rather than a seller talking). Made by `python -m rules.train_register`; see rules/register.py.",
        "training_checksum": training_checksum(),
        "threshold": threshold,
        "max_veto_of_seller_violations": MAX_VETO,
        "out_of_fold": figures,
        "training_lines": {"reports": int(y.sum()), "sellers": int(len(y) - y.sum())},
        "regularisation_C": C,
        "ngrams": list(NGRAMS),
    }
    OUT.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    np.savez_compressed(OUT.with_suffix(".npz"), vocabulary=np.array(vec.get_feature_names_out()[keep], dtype=str),
                        idf=vec.idf_[keep].astype(np.float32), weights=weights[keep].astype(np.float32),
                        bias=np.float32(model.intercept_[0]))
    print(f"wrote {OUT}.json/.npz ({int(keep.sum())} n-grams); threshold {threshold}; out of fold {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
