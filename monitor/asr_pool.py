"""The worker's ASR capacity: a few processes, each with the Whisper model loaded once.

Processes, not threads: faster-whisper leaks memory under concurrent transcribe() calls from threads, and on
this CPU two single-threaded processes transcribe twice as fast as one process with two threads.
The caller decides what runs next (fairness lives in the worker); the pool only runs what it is given.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import signal
import time
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

_transcriber = None
_default_beam: int | None = None


@dataclass
class AsrResult:
    segments: list            # per submitted utterance: its transcription.types.TranscriptSegment list
    seconds: float            # processing time inside the ASR process, for the whole job
    redecoded: int = 0        # windows whose decode ended early and whose tail was decoded again
    skipped: list[int] = field(default_factory=list)   # items the packed decode skipped (redecode=False only)


# Utterances of different streams share one Whisper window at these virtual times, far apart, so every
# returned word can be told apart and moved back to its own stream's media time.
_VIRTUAL_SPACING = 1000.0


def _load(model_dir: str, cpu_threads: int, beam_size: int) -> None:
    global _transcriber
    # Ctrl-C reaches the whole process group: the parent decides when ASR stops (after the current utterance).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    from transcription.transcriber import Transcriber
    _transcriber = Transcriber(Path(model_dir), cpu_threads=cpu_threads, beam_size=beam_size)


def _exit_with_parent() -> None:
    """A worker killed with -9 cannot shut its pool down: its ASR processes notice and leave on their own."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _transcribe(items: list[tuple[np.ndarray, float, float]], hotwords: str | None,
                beam_size: int | None = None, redecode: bool = True) -> AsrResult:
    """Transcribe utterances (samples, start, end) together: one encoder pass for the lot when the
    transcriber packs (each call costs an encoder pass of at least 10 s, a decode and an alignment pass).
    `beam_size` overrides the pool's beam for this job (load shedding); None = the pool's. `redecode` False:
    an utterance the packed decode skipped is not decoded again here but reported in `skipped`."""
    global _default_beam
    from transcription.types import Utterance

    began = time.perf_counter()
    _transcriber.hotwords = hotwords or None
    if _default_beam is None:
        _default_beam = _transcriber.beam_size
    _transcriber.beam_size = beam_size or _default_beam
    per_item: list[list] = [[] for _ in items]
    redecoded_before = getattr(_transcriber, "tail_redecodes", 0)
    if len(items) == 1 or not hasattr(_transcriber, "transcribe_many"):
        for i, (samples, start, end) in enumerate(items):
            per_item[i] = _transcriber.transcribe(Utterance(samples=samples, start=start, end=end))
    else:
        virtual = [Utterance(samples=samples, start=_VIRTUAL_SPACING * (i + 1),
                             end=_VIRTUAL_SPACING * (i + 1) + (end - start))
                   for i, (samples, start, end) in enumerate(items)]
        for seg in _transcriber.transcribe_many(virtual, redecode=redecode):
            i = min(len(items) - 1, max(0, int(round(seg.start / _VIRTUAL_SPACING)) - 1))
            per_item[i].append(_shift(seg, items[i][1] - virtual[i].start))
    return AsrResult(segments=per_item, seconds=time.perf_counter() - began,
                     redecoded=getattr(_transcriber, "tail_redecodes", 0) - redecoded_before,
                     skipped=[] if redecode else skipped(per_item))


def skipped(per_item: list[list]) -> list[int]:
    """Items that came back without words while another item of the same window was heard: the decode
    jumped over them (the transcriber's own test: at least two different characters, else a loop)."""
    heard = [len({c for seg in segs for c in seg.text if c.isalnum()}) >= 2 for segs in per_item]
    return [i for i, ok in enumerate(heard) if not ok] if any(heard) else []


def _shift(seg, by: float):  # noqa: ANN001, ANN202
    from dataclasses import replace
    words = [replace(w, start=round(w.start + by, 3), end=round(w.end + by, 3)) for w in seg.words]
    return replace(seg, start=round(seg.start + by, 3), end=round(seg.end + by, 3), words=words)


def _ready() -> bool:
    return _transcriber is not None


class AsrPool:
    def __init__(self, model_dir: Path, *, processes: int, cpu_threads: int, beam_size: int) -> None:
        self.size = max(1, processes)
        self._args = (str(model_dir), cpu_threads, beam_size)
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.size, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_load, initargs=self._args)

    def warm_up(self) -> None:
        """Start every process and load its model now, not on the first utterance."""
        for future in [self._executor.submit(_ready) for _ in range(self.size)]:
            future.result()

    def submit(self, items: list[tuple[np.ndarray, float, float]], hotwords: str | None, *,
               beam_size: int | None = None, redecode: bool = True) -> Future:
        """Transcribe (samples, start, end) utterances in one job; the result has one list per item."""
        return self._executor.submit(_transcribe, items, hotwords, beam_size, redecode)

    def restart(self) -> None:
        """After an ASR process died (BrokenProcessPool): a fresh pool; the caller resubmits."""
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._start()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
