"""`livewatch eval`: scan labelled recordings and score the hits against the labels.

Scoring (issue 3): each hit is assigned to the labelled utterance its [start, end] overlaps most (the
nearest by midpoint when it overlaps none); a prediction is a distinct (stream, utterance, category), every
category of a hit counting (全网最低价 is absolute_claim and false_price);
recall = correct predictions / labelled (utterance, category) pairs; precision = correct / predictions.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from monitor.scan import ScanHit, scan
from transcription.types import TranscriptSegment


class ManifestError(ValueError):
    """The manifest cannot be read; one line for the operator."""


@dataclass(frozen=True)
class LabelledUtterance:
    index: int
    start: float
    end: float
    text: str
    labels: tuple[str, ...]


@dataclass(frozen=True)
class LabelledStream:
    name: str
    path: Path
    utterances: tuple[LabelledUtterance, ...]


@dataclass
class StreamResult:
    stream: LabelledStream
    hits: list[ScanHit] = field(default_factory=list)
    segments: list[TranscriptSegment] = field(default_factory=list)
    error: str | None = None

    def asr_text(self, utt: LabelledUtterance) -> str:
        """What the ASR printed over a labelled utterance (for diagnosing a miss)."""
        return "".join(s.text for s in self.segments if min(s.end, utt.end) - max(s.start, utt.start) > 0)


@dataclass
class Finding:
    stream: str
    utterance: int
    category: str
    text: str          # the label text
    asr: str           # what the ASR printed there
    hits: list[str]    # "rule_id:how:matched" of the hits assigned there


@dataclass
class EvalReport:
    results: list[StreamResult]
    correct: int
    predictions: int
    labelled: int
    misses: list[Finding]
    false_alarms: list[Finding]

    @property
    def recall(self) -> float:
        return self.correct / self.labelled if self.labelled else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predictions if self.predictions else 1.0

    def to_json(self) -> dict:
        return {"recall": round(self.recall, 4), "precision": round(self.precision, 4), "correct": self.correct,
                "predictions": self.predictions, "labelled": self.labelled,
                "streams": {r.stream.name: {"hits": len(r.hits), "error": r.error} for r in self.results},
                "misses": [f.__dict__ for f in self.misses], "false_alarms": [f.__dict__ for f in self.false_alarms]}


def load_manifest(path: Path) -> list[LabelledStream]:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        streams = []
        for name, entry in data["streams"].items():
            utts = tuple(LabelledUtterance(index=int(u.get("index", i)), start=float(u["start"]), end=float(u["end"]),
                                           text=str(u.get("text", "")), labels=tuple(u.get("labels", ())))
                         for i, u in enumerate(entry["utterances"]))
            streams.append(LabelledStream(name=name, path=(path.parent / entry["file"]).resolve(), utterances=utts))
    except FileNotFoundError:
        raise ManifestError(f"{path}: no such file") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ManifestError(f"{path}: not a labelled manifest ({type(exc).__name__}: {exc})") from None
    if not streams:
        raise ManifestError(f"{path}: no streams")
    return streams


def assign_utterance(start: float, end: float, utterances: tuple[LabelledUtterance, ...]) -> LabelledUtterance:
    """The utterance [start, end] overlaps most; the nearest by midpoint when it overlaps none."""
    best = max(utterances, key=lambda u: min(end, u.end) - max(start, u.start))
    if min(end, best.end) - max(start, best.start) > 0:
        return best
    mid = (start + end) / 2
    return min(utterances, key=lambda u: abs((u.start + u.end) / 2 - mid))


def score(results: list[StreamResult]) -> EvalReport:
    correct = predictions = labelled = 0
    misses: list[Finding] = []
    false_alarms: list[Finding] = []
    for result in results:
        by_index = {u.index: u for u in result.stream.utterances}
        predicted: dict[tuple[int, str], list[ScanHit]] = {}
        for hit in result.hits:
            utt = assign_utterance(hit.start, hit.end, result.stream.utterances)
            for category in hit.categories or (hit.category,):
                predicted.setdefault((utt.index, category), []).append(hit)
        truth = {(u.index, label) for u in result.stream.utterances for label in u.labels}
        labelled += len(truth)
        predictions += len(predicted)
        correct += len(truth & set(predicted))

        def finding(key: tuple[int, str]) -> Finding:
            utt = by_index[key[0]]
            return Finding(stream=result.stream.name, utterance=key[0], category=key[1], text=utt.text,
                           asr=result.asr_text(utt),
                           hits=[f"{h.rule_id}:{h.how}:{h.matched}" for h in predicted.get(key, [])])

        misses += [finding(k) for k in sorted(truth - set(predicted))]
        false_alarms += [finding(k) for k in sorted(set(predicted) - truth)]
    return EvalReport(results=results, correct=correct, predictions=predictions, labelled=labelled,
                      misses=misses, false_alarms=false_alarms)


def evaluate(manifest: Path, *, matcher, transcriber,
             on_stream: Callable[[StreamResult], None] | None = None) -> EvalReport:
    """Scan every stream of the manifest (files, as fast as the CPU allows) and score the hits.
    A stream whose file cannot be read counts with no hits and carries its error."""
    from transcription.source import SourceError

    results = []
    for stream in load_manifest(manifest):
        result = StreamResult(stream=stream)
        try:
            for hit in scan(str(stream.path), matcher=matcher, transcriber=transcriber,
                            on_segment=result.segments.append):
                result.hits.append(hit)
        except SourceError as exc:
            result.error = str(exc)
        results.append(result)
        if on_stream is not None:
            on_stream(result)
    return score(results)
