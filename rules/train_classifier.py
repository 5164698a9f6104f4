"""Train the second-opinion classifier (rules/classifier.py) and write rules/data/classifier.json / .npz; with
--heard, the one for ASR transcripts, which reads sounds too (rules/data/classifier_heard.json / .npz).

    .venv/bin/pip install scikit-learn          # training only; matching needs no scikit-learn
    .venv/bin/python -m rules.train_classifier && .venv/bin/python -m rules.train_classifier --heard

Training lines, all outside the corpus's test domains and the never-read half of the real quotes:
  * the corpus's dev domains (tests/rules/data/corpus, split "dev"), written and ASR-garbled forms;
  * the half of the real enforcement quotes that may be read (tests/rules/data/quotes, same split rule as the tests);
  * the old text set (tests/rules/data/textset.jsonl);
  * rules/data/training/probes.jsonl: the rule tuners' probe sentences, several hands over several rounds, each
    line labelled with one category it breaks (`positive`) or the categories it is known not to break
    (`negative`, "*" = none); and lines written as training data by further hands, labelled in full (`labels`,
    as in the corpus; `unknown` lists categories a hand's labels leave open: two hands drew the border between a
    medical claim and a guaranteed result more narrowly than the corpus, so their medical lines teach nothing
    about guarantee either way; one hand called a price compared with a shop's (比超市便宜十块) fair, which issue 8
    and the corpus call false_price, so those lines teach nothing about price); and real quotes harvested from
    published enforcement material (hands harvest-real-quotes-*, each line with its `source`; labelled by the
    quotes' policy, tests/rules/data/quotes/README.md; any line sharing 12 characters or 60 % of its length with a
    line of tests/rules/data/quotes was dropped by a script that printed only counts: 86 lines, 53 of them near the
    never-read half — the same published cases — so neither half of those quotes is in them).
    A line that also shares text with a test line is dropped.
  * the harvested real-quote batches that had been measured once and then read while tuning (TRAINED_BATCHES of
    tests/rules/data/quotes/harvested.jsonl, labelled in full): real sellers' and reporters' wording is what the
    corpus lacks. A line near a never-read one (a common stretch of 12 characters, or of 60 % of the line's
    length: the same published case) is left out; the never-read batches and the quotes' test half stay unseen.
    Until session 34 only the first five read batches were; the eleven read since (hq21-hq41, 899 lines) joined
    them then: the never-read half of the quotes went 0.733 / 0.857 -> 0.767 / 0.873 with them (never-read
    batches and quotes 0.591 / 0.742 -> 0.611 / 0.754), the test domains 0.926 / 0.928 -> 0.924 / 0.927.
    The read batches of sessions 37-45 (hq43-hq143, the odd ones) joined in session 45 (see TRAINED_BATCHES).
  * the utterances of the recordings in sample_streams/, labelled and clean, as their manifests write them (the
    twelve fresh sets' scripts by helpers that read neither the rules nor the tests; the demo, fast-noisy and hard
    sets' by the project's own early hands). The fresh sets' hands call a cure promised
    within a time (喝完两盒就再也不冒头了) a medical claim and leave guarantee out, where the corpus calls it both:
    a medical line of theirs teaches nothing about guarantee. Measured before they were added (session 34), with
    fresh9-fresh12 left out of training and replayed through the same ASR: 0.718 / 0.824 -> 0.739 / 0.840 on those
    four sets (+5 claims, +2 predictions); with the read batches too, the test domains 0.927 / 0.926, the
    quotes' never-read half 0.756 / 0.883. Figures on the recordings since are on lines trained on.
  * for the model that hears only (--heard): what Whisper printed over those recordings, each transcript segment
    with the labels of the utterances it covers (rules/data/training/heard_transcripts.jsonl, made by
    sample_streams/heard_for_training.py): Whisper's own garbling beside the sound-alike generator's. Measured
    before (session 34), fresh10-fresh12's label text and transcripts left out of training, those three sets
    replayed: 0.718 / 0.818 -> 0.768 / 0.822; the garbled test lines 0.903 / 0.935 -> 0.907 / 0.937.

Thresholds are chosen on held-out domains: five folds over the dev domains, each scored by a model trained on
everything else; per category the lowest probability at which the model alone keeps precision >= TARGET there, and
never under FLOOR. The folds also hold out a fifth of the trained real quotes' publications each, so the training
reports a held-out figure on real wording too (the thresholds are not chosen on it: that was tried, docs/rules.md).
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import sys
import zlib
from pathlib import Path

from .classifier import FEATURES_WITH_SOUNDS, features
from .model import CATEGORIES
from .normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "rules" / "data"
PROBES = Path(__file__).parent / "data" / "training" / "probes.jsonl"
HARVESTED = DATA / "quotes" / "harvested.jsonl"
RECORDINGS = ROOT / "sample_streams"
# Recording sets kept out of training: fresh13 was scored once untouched (session 34), then read; retrained with it the
# text model's thresholds moved (urgency 0.71 -> 0.67) and took the old text set to 0.997 / 0.970 for two claims more on
# the test domains and ten false hits. Kept out, it stays the one fresh set whose figure is on lines no classifier learnt.
# fresh14 (session 38), fresh15 and fresh16 (session 39), fresh17 to fresh19 (session 40), fresh20 and fresh21 (session
# 41), fresh22 and fresh23 (session 42), fresh24 (session 43), fresh25 (session 44), fresh26 (session 45), fresh27 and fresh28
# (session 46), fresh29 and fresh30 (session 47), fresh31 (session 48) are kept out the same way from the start.
HELD_OUT_RECORDINGS = ("fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21",
                       "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27",
                       "fresh28", "fresh29", "fresh30", "fresh31", "fresh32")
HEARD_TRANSCRIPTS = Path(__file__).parent / "data" / "training" / "heard_transcripts.jsonl"
# Dev domains the rules are tuned on but the classifiers do not learn. Session 35 kept its four new domains out (retrained
# with them alone the held-out thresholds rose and the old text set fell to 0.997 / 0.965). Session 36 trains on all 36
# dev domains, the eighth hand's six as well: more hands' wording is what the model lacks on goods it never saw. The text
# set then held 0.997 / 0.970 once the model's vulgar opinions needed a clause of evidence (classifier.MIN_VULGAR_STRETCH).
# The tuple stays for the next hand whose lines should be the rules' alone.
RULES_ONLY_DOMAINS: tuple[str, ...] = ()
# Harvested batches read while tuning (session 16 on: trained on); the others are never read (tests/rules/data/quotes).
# The read batches of sessions 37-45 (hq43-hq143, the odd ones: 1,661 lines) joined in session 45: the never-read
# batches through hq144 went 0.574 / 0.718 -> 0.593 / 0.725 with them (34 claims more, no false hit more), the quotes'
# never-read half 0.744 / 0.882 -> 0.756 / 0.872, the test domains 0.929 / 0.920 -> 0.926 / 0.918, the old text set
# 1.000 / 0.970 -> 0.997 / 0.970; the recordings moved within their run-to-run noise.
# Session 46's read batches (hq145-hq179, the odd ones) are trained on from that session, each harvest's after it was
# read: the first harvest's never-read twin went 0.531 / 0.605 -> 0.582 / 0.620 with its read half learnt; the second's
# and third's moved by a line or two either way (see README, session 46). Tried and dropped in session 46: training on
# the never-read batches before hq100 too (2,319 lines more; the never-read batches from hq100 on 0.611 / 0.700 ->
# 0.622 / 0.695, the quotes' never-read half 0.756 / 0.872 -> 0.744 / 0.870): twice the real wording, no gain.
# Session 47's read batches (hq181-hq203, the odd ones: 441 lines in twelve new veins) are read, not trained on. Trained
# on them (both harvests, each after it was read), the text model lost precision on every set measured: the old text set
# 0.975 -> 0.970, the test domains 0.928 / 0.918 -> 0.929 / 0.915, the quotes' never-read half 0.778 / 0.875 -> 0.767 /
# 0.852, the session's never-read twins 0.493 / 0.635 -> 0.489 / 0.627; recall came only on the never-read batches
# through hq144 (0.593 / 0.723 -> 0.601 / 0.717). That comparison looked at never-read figures (README, session 47).
TRAINED_BATCHES = ("hq6", "hq7", "hq15", "hq18", "hq19", "hq21", "hq23", "hq25", "hq27", "hq29", "hq31", "hq33", "hq35",
                   "hq37", "hq39", "hq41") + tuple(f"hq{n}" for n in range(43, 180, 2))
NEAR_CHARS, NEAR_SHARE = 12, 0.6
# The threshold rule answers small changes of the training data with moves of up to 0.05 at the low end, where a
# category's held-out precision hovers near TARGET over a wide band (false_endorsement and vulgar wandered 0.46-0.56
# over retrains that differed by 2 % of the lines; an innocent 今天推荐裸妆 became an endorsement at 0.51). A floor
# holds that end still: out of fold, rules + model, it changed nothing measurable (dev domains 0.974 / 0.971 ->
# 0.974 / 0.972, trained real quotes by publication 0.769 / 0.880 -> 0.766 / 0.883; session 19).
FLOOR = float(os.environ.get("LIVEWATCH_TRAIN_FLOOR", 0.6))
OUT = Path(os.environ.get("LIVEWATCH_TRAIN_OUT", Path(__file__).parent / "data" / "classifier"))  # .json + .npz
NGRAMS = (1, 3)
# `--heard` trains the model for ASR transcripts (rules/data/classifier_heard.*): it counts the n-grams of the text and
# of its sounds (rules.ngram_model.with_sounds), since Whisper often writes a word with other characters of the same
# sound. Sound n-grams of one syllable are left out: a syllable stands for dozens of characters (with them, the model
# lost 3 claims on the fresh recordings and gained no precision there; without them it gained 2 and lost 10 false alarms).
SOUND_MIN = 2
C = float(os.environ.get("LIVEWATCH_TRAIN_C", 4.0))        # inverse regularisation; the model is wide (tens of thousands of n-grams), lines are short
TARGET = float(os.environ.get("LIVEWATCH_TRAIN_TARGET", 0.95))   # held-out precision of the model alone, per category
# The model's bar in a line where a rule hit anything (see classifier.py). Measured out of sample (dev domains by
# fold, two writers' lines held out): at 97 % held-out precision it removed 27 of 202 false hits and lost 3 true
# ones; at 95 % it keeps the 97 % setting's precision with 17 fewer misses.
BESIDE_RULES = float(os.environ.get("LIVEWATCH_TRAIN_BESIDE", 0.9))
FOLDS = 5
MIN_WEIGHT = float(os.environ.get("LIVEWATCH_TRAIN_MIN_WEIGHT", 1e-3))   # n-grams whose weights are all smaller are left out


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def training_files() -> list[Path]:
    return [DATA / "corpus" / "corpus.jsonl", DATA / "quotes" / "quotes.jsonl", DATA / "textset.jsonl", PROBES,
            HARVESTED, *recording_manifests()]


def recording_manifests() -> list[Path]:
    """The manifests of sample_streams/ whose utterances are training lines (all but HELD_OUT_RECORDINGS)."""
    return [m for m in sorted(RECORDINGS.glob("manifest*.json"))
            if m.stem.removeprefix("manifest_") not in HELD_OUT_RECORDINGS]


def training_checksum(heard: bool = False) -> str:
    """What the model file was trained on; a test compares it with the files as they are now."""
    h = hashlib.sha256()
    for p in training_files() + ([HEARD_TRANSCRIPTS] if heard else []):
        h.update(p.read_bytes())
    h.update(json.dumps([NGRAMS, C, TARGET, FOLDS, BESIDE_RULES, TRAINED_BATCHES, NEAR_CHARS, NEAR_SHARE,
                         FLOOR, RULES_ONLY_DOMAINS] + (["heard", SOUND_MIN] if heard else [])).encode())
    return h.hexdigest()[:16]


def canonical(text: str) -> str:
    return normalize(text).text


def training_rows(heard: bool = False) -> list[tuple[str, dict[str, int | None], str]]:
    """(canonical text, {category: 1 / 0 / None = unknown}, group)."""
    corpus = _jsonl(DATA / "corpus" / "corpus.jsonl")
    quotes = _jsonl(DATA / "quotes" / "quotes.jsonl")
    unseen = {canonical(r["text"]) for r in corpus if r["split"] == "test"}
    unseen |= {canonical(q["text"]) for q in quotes if quote_split(q["source"]) == "test"}
    rows = []

    def full(text, labels, group, unknown=()):
        t = canonical(text)
        if t and t not in unseen:
            rows.append((t, {c: None if c in unknown else int(c in labels) for c in CATEGORIES}, group))

    for r in corpus:
        if r["split"] == "dev" and r["domain"] not in RULES_ONLY_DOMAINS:
            full(r["text"], r["labels"], "dev:" + r["domain"])
    for q in quotes:
        if quote_split(q["source"]) == "dev":
            full(q["text"], q["labels"], "quotes:" + publication(q["source"]))
    for r in _jsonl(DATA / "textset.jsonl"):
        full(r["text"], r["labels"], "textset")
    harvested = _jsonl(HARVESTED)
    never_read = [canonical(r["text"]) for r in harvested if r["batch"] not in TRAINED_BATCHES]
    never_read += [canonical(q["text"]) for q in quotes if quote_split(q["source"]) == "test"]
    near = near_any(never_read)
    for r in harvested:
        if r["batch"] in TRAINED_BATCHES and not near(canonical(r["text"])):
            full(r["text"], r["labels"], f"harvest:{r['batch']}:{publication(r['source'])}")
    for r in _jsonl(PROBES):
        if "labels" in r:           # a line labelled in full, like the corpus, but for categories its hand left open
            full(r["text"], r["labels"], "probes:" + r["hand"], r.get("unknown", ()))
            continue
        t = canonical(r["text"])
        if not t or t in unseen:
            continue
        y: dict[str, int | None] = {}
        for c in CATEGORIES:
            if r["positive"] == c:
                y[c] = 1
            elif r["positive"] or "*" in r["negative"] or c in r["negative"]:
                y[c] = 0        # probe lines are written for one category; a trap is clean
            else:
                y[c] = None
        rows.append((t, y, "probes:" + r["hand"]))
    for text, labels, unknown, stream in recording_lines():
        full(text, labels, "recordings:" + stream, unknown)
    if heard:       # the model that hears also learns what Whisper printed over the recordings
        for r in _jsonl(HEARD_TRANSCRIPTS):
            full(r["text"], r["labels"], "heard:" + r["stream"], _left_open(r["labels"]))
    return rows


def recording_lines() -> list[tuple[str, list[str], tuple[str, ...], str]]:
    """(text, labels, categories left open, stream) of every labelled utterance of sample_streams/."""
    out, seen = [], set()
    for manifest in recording_manifests():
        for name, stream in json.loads(manifest.read_text(encoding="utf-8"))["streams"].items():
            for u in stream["utterances"]:
                if u["text"] in seen:        # the fast-noisy set speaks the demo's lines again
                    continue
                seen.add(u["text"])
                labels = u.get("labels", [])
                out.append((u["text"], labels, _left_open(labels), name))
    return out


def _left_open(labels: list[str]) -> tuple[str, ...]:
    """The recordings' writers call a cure promised within a time medical only: their medical line says nothing
    about guarantee."""
    return ("guarantee_claim",) if "medical_claim" in labels and "guarantee_claim" not in labels else ()


def publication(source: str) -> str:
    """Who published a real quote (the text of its source before the first comma): the folds hold out a
    publisher's lines together, as several of its pages often retell one case."""
    return source.split(",")[0].strip()


def real_quote_rows(rows: list[tuple[str, dict[str, int | None], str]]) -> list[dict]:
    """The real quotes among training_rows() `rows`, as labelled lines (text as written, for matching)."""
    texts = {t for t, _, g in rows if g.split(":")[0] in ("quotes", "harvest")}
    quotes = [q for q in _jsonl(DATA / "quotes" / "quotes.jsonl") if quote_split(q["source"]) == "dev"]
    harvested = [r for r in _jsonl(HARVESTED) if r["batch"] in TRAINED_BATCHES]
    return [r for r in quotes + harvested if canonical(r["text"]) in texts]


def near_any(texts: list[str]):
    """A test: does a text share a stretch of NEAR_CHARS characters (or NEAR_SHARE of its own length, if shorter)
    with any of `texts`? Stretches are looked up by length, each length's set made once."""
    by_length: dict[int, set[str]] = {}

    def stretches(k: int) -> set[str]:
        if k not in by_length:
            by_length[k] = {t[i:i + k] for t in texts for i in range(len(t) - k + 1)}
        return by_length[k]

    def near(text: str) -> bool:
        k = max(1, min(NEAR_CHARS, math.ceil(len(text) * NEAR_SHARE)))
        seen = stretches(k)
        return any(text[i:i + k] in seen for i in range(len(text) - k + 1))
    return near


def vectorizer(ngrams: tuple[int, int]):
    """The TF-IDF of characters both n-gram models are trained with; rules.ngram_model.tfidf computes the same
    (sublinear tf, L2 norm) at matching time. Needs scikit-learn."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    return TfidfVectorizer(analyzer="char", ngram_range=ngrams, min_df=2, sublinear_tf=True, lowercase=False)


def classifier_vectorizer(heard: bool):
    """vectorizer(NGRAMS); for the heard model, the n-grams of the text and of its sounds counted apart."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from .ngram_model import ngrams_by_part
    if not heard:
        return vectorizer(NGRAMS)
    return TfidfVectorizer(analyzer=ngrams_by_part(NGRAMS, SOUND_MIN), min_df=2, sublinear_tf=True, lowercase=False)


def has_sklearn() -> bool:
    """Training needs scikit-learn, which matching does not: say how to get it instead of a traceback."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("training needs scikit-learn: .venv/bin/pip install scikit-learn", file=sys.stderr)
        return False
    return True


def quote_split(source: str) -> str:
    """Real quotes are split by publication: half may be read while tuning (dev), half never (test).
    The tests' evaluation (tests/rules/corpus_eval.py) uses this same function."""
    return "dev" if zlib.crc32(source.strip().encode("utf-8")) % 2 == 0 else "test"


def main(argv: list[str] | None = None) -> int:
    heard = "--heard" in (sys.argv[1:] if argv is None else argv)
    out = OUT.with_name(OUT.name + "_heard") if heard else OUT
    if not has_sklearn():
        return 2
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    rows = training_rows(heard)
    texts = [features(t, heard) for t, _, _ in rows]
    groups = [g for _, _, g in rows]

    def fit(idx, cat, matrix):
        known = [i for i in idx if rows[i][1][cat] is not None]
        return LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(
            matrix[known], [rows[i][1][cat] for i in known])

    def trained(idx):
        vec = classifier_vectorizer(heard).fit([texts[i] for i in idx])
        matrix = vec.transform(texts)
        return vec, matrix, {c: fit(idx, c, matrix) for c in CATEGORIES}

    dev_idx = [i for i, g in enumerate(groups) if g.startswith("dev:")]
    domains = sorted({groups[i] for i in dev_idx})
    publishers = sorted({_publisher_group(g) for g in groups if g.split(":")[0] in ("quotes", "harvest")})
    held_out = {c: np.zeros(len(rows)) for c in CATEGORIES}
    folds = []
    for k in range(FOLDS):
        fold = set(domains[k::FOLDS]) | set(publishers[k::FOLDS])
        test = [i for i in dev_idx if groups[i] in fold]
        vec, matrix, models = trained([i for i in range(len(rows)) if _publisher_group(groups[i]) not in fold])
        for c in CATEGORIES:
            held_out[c][test] = models[c].predict_proba(matrix[test])[:, 1]
        folds.append((fold, vec, models))

    thresholds = {}
    for c in CATEGORIES:
        chosen = 1.0
        for t in np.arange(0.99, 0.30, -0.01):
            tp = sum(1 for i in dev_idx if held_out[c][i] >= t and rows[i][1][c] == 1)
            fp = sum(1 for i in dev_idx if held_out[c][i] >= t and rows[i][1][c] == 0)
            if tp + fp and tp / (tp + fp) < TARGET:
                break
            chosen = float(t)
        thresholds[c] = round(max(chosen, FLOOR), 2)

    bases = _category_bases()
    # The figures a reader can trust for rules + model: each dev domain, and each publisher of the trained real
    # quotes, matched with a model that never saw it (the rules were tuned on both: a ceiling for unseen material)
    held_out_dev, held_out_real = _held_out_figures(folds, thresholds, bases, real_quote_rows(rows), heard)
    vec, matrix, models = trained(range(len(rows)))
    model = _classifier(vec, models, thresholds, bases, heard)
    meta = {
        "about": "livewatch second-opinion classifier: char n-gram TF-IDF + logistic regression per category. "
                 "Made by `python -m rules.train_classifier`; see rules/classifier.py.",
        "training_checksum": training_checksum(heard),
        "training_lines": {k: sum(1 for g in groups if g.split(":")[0] == k)
                           for k in sorted({g.split(":")[0] for g in groups})} | {"total": len(rows)},
        "held_out_precision_target": TARGET,
        "threshold_floor": FLOOR,
        "beside_rules_threshold": BESIDE_RULES,
        "held_out_dev_rules_and_model": held_out_dev,
        "held_out_real_quotes_rules_and_model": held_out_real,
        "regularisation_C": C,
        "ngrams": list(NGRAMS),
        "features": FEATURES_WITH_SOUNDS if heard else "characters",
        "categories": list(CATEGORIES),
        "per_category": {c: {"threshold": thresholds[c], "basis": bases[c]} for c in CATEGORIES},
    }
    out.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    vocabulary = sorted(model.vocabulary.keys(), key=lambda g: model.vocabulary.get(g)[0])
    rows_kept = [model.vocabulary.get(g)[0] for g in vocabulary]
    np.savez_compressed(out.with_suffix(".npz"), vocabulary=np.array(vocabulary, dtype=str),
                        idf=model.idf[rows_kept].astype(np.float32), weights=model.weights[rows_kept].astype(np.float32),
                        bias=model.bias.astype(np.float32))
    print(f"wrote {out}.json/.npz ({len(vocabulary)} n-grams); thresholds {thresholds}; "
          f"held-out dev, rules + model: {held_out_dev}; held-out real quotes by publisher: {held_out_real}")
    return 0


def _classifier(vec, models, thresholds, bases, heard: bool = False):
    """The fitted vectorizer and models as the Classifier that matching uses (near-zero weights left out)."""
    import numpy as np

    from .classifier import Classifier
    from .ngram_model import automaton
    weights = np.array([models[c].coef_[0] for c in CATEGORIES]).T          # (n-grams, categories)
    keep = np.abs(weights).max(axis=1) >= MIN_WEIGHT
    names = vec.get_feature_names_out()[keep]
    return Classifier(categories=CATEGORIES, thresholds=tuple(thresholds[c] for c in CATEGORIES),
                      bases=tuple(bases[c] for c in CATEGORIES), vocabulary=automaton([str(g) for g in names]),
                      idf=vec.idf_[keep].astype(np.float64), weights=weights[keep].astype(np.float64),
                      bias=np.array([models[c].intercept_[0] for c in CATEGORIES]), beside_rules=BESIDE_RULES,
                      heard=heard)


def _publisher_key(publisher: str) -> str:
    return "publisher:" + publisher


def _publisher_group(group: str) -> str:
    """harvest:hq19:新京报 and quotes:新京报 are one publisher's lines; other groups are their own. Split no further
    than the prefix: a publisher's name may hold a colon."""
    kind, _, rest = group.partition(":")
    if kind == "quotes":
        return _publisher_key(rest)
    if kind == "harvest":
        return _publisher_key(rest.partition(":")[2])
    return group


def _held_out_figures(folds, thresholds, bases, real: list[dict], heard: bool = False) -> tuple[dict, dict]:
    from .loader import load_rule_dir
    from .matcher import Matcher
    from .scoring import Score, score
    rule_base = load_rule_dir()
    corpus = _jsonl(DATA / "corpus" / "corpus.jsonl")
    dev, quotes = Score(), Score()
    for fold, vec, models in folds:
        matcher = Matcher(rule_base, classifier=_classifier(vec, models, thresholds, bases, heard))
        score(matcher, [r for r in corpus if r["split"] == "dev" and "dev:" + r["domain"] in fold], into=dev)
        score(matcher, [r for r in real if _publisher_key(publication(r["source"])) in fold], into=quotes)
    return tuple({"recall": round(s.recall, 3), "precision": round(s.precision, 3), "tp": s.tp, "fp": s.fp, "fn": s.fn}
                 for s in (dev, quotes))


def _category_bases() -> dict[str, str]:
    """Per category, the basis most of its rules cite: a model hit has no rule of its own to cite."""
    from collections import Counter

    from .loader import load_rule_dir
    counts: dict[str, Counter] = {c: Counter() for c in CATEGORIES}
    for r in load_rule_dir().rules:
        counts[r.category][r.basis] += 1
    return {c: counts[c].most_common(1)[0][0] if counts[c] else "" for c in CATEGORIES}


if __name__ == "__main__":
    sys.exit(main())
