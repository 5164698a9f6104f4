"""The real model on windows the monitor's scheduler made at 12 streams (offline replay, docs/operations.md):
without timestamp tokens Whisper takes a long pause between packed utterances for the end of its text and
stops there, so the utterances after it come back empty. With the short gap it writes every one of them."""
from __future__ import annotations

import pytest

from tests.conftest import ROOT, SHARED_SAMPLES
from transcription.segmenter import Segmenter
from transcription.source import open_audio
from transcription.types import Utterance

pytestmark = pytest.mark.slow

# (recording, media start of the utterance as the segmenter cuts it), in the window's order
WINDOWS = [
    [(ROOT / "sample_streams" / "finance_course_demo.m4a", 34.39), (SHARED_SAMPLES / "kitchen_demo.m4a", 33.94)],
    [(SHARED_SAMPLES / "beauty_demo.m4a", 36.57), (ROOT / "sample_streams" / "petfood_hard.m4a", 35.37),
     (ROOT / "sample_streams" / "tea_health_demo.m4a", 38.78), (ROOT / "sample_streams" / "skincare_demo.m4a", 36.79)],
]


def utterance_at(path, start: float) -> Utterance:
    segmenter, found = Segmenter(), []
    for block in open_audio(str(path)):
        found += segmenter.feed(block)
        if found and found[-1].start > start + 1:
            break
    return min(found, key=lambda u: abs(u.start - start))


def heard_per_utterance(transcriber, window: list[Utterance]) -> list[bool]:
    """As the ASR pool packs streams: each utterance at a virtual time of its own, far apart."""
    virtual = [Utterance(samples=u.samples, start=1000.0 * (i + 1), end=1000.0 * (i + 1) + u.end - u.start)
               for i, u in enumerate(window)]
    texts = ["" for _ in window]
    for seg in transcriber.transcribe_many(virtual, redecode=False):
        texts[round(seg.start / 1000.0) - 1] += seg.text
    return [len({c for c in text if c.isalnum()}) >= 2 for text in texts]


def test_every_utterance_of_a_packed_window_is_written(transcriber):
    windows = [[utterance_at(path, start) for path, start in window] for window in WINDOWS]
    assert [abs(w[0].start - WINDOWS[n][0][1]) < 0.05 for n, w in enumerate(windows)] == [True, True]
    assert [heard_per_utterance(transcriber, w) for w in windows] == [[True] * 2, [True] * 4]
    # The cause, on the same windows, was the old 0.6 s gap: [True, False] and [True, False, False, False] on
    # the box of session 10. Which of them Whisper stops before depends on the CPU's arithmetic (on the AMD EPYC
    # box of 2026-12-01 it wrote the second window whole at 0.6 s), so the test no longer asserts the cause.
