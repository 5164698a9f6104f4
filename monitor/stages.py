"""Where a worker's time goes, per stage, for /metrics (through the heartbeat) and the benchmark.

decode and vad are CPU seconds of the ingestion threads (a realtime source mostly waits, so its wall time
would say nothing); queue_wait, asr, match and store are wall seconds per utterance (asr is measured inside
the ASR process, for the utterance's share of its job). Pipeline threads and the main loop both record, so
every update takes the lock.
"""
from __future__ import annotations

import math
import threading
from collections import deque

STAGES = ("decode", "vad", "queue_wait", "asr", "match", "store")
RECENT = 1000


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


class StageTimes:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count = dict.fromkeys(STAGES, 0)
        self._seconds = dict.fromkeys(STAGES, 0.0)
        self._recent = {stage: deque(maxlen=RECENT) for stage in STAGES}

    def add(self, stage: str, seconds: float, count: int = 1) -> None:
        with self._lock:
            self._count[stage] += count
            self._seconds[stage] += seconds
            self._recent[stage].append(seconds / max(1, count))

    def as_json(self) -> dict:
        with self._lock:
            out = {}
            for stage in STAGES:
                recent = list(self._recent[stage])
                p50, p95 = percentile(recent, 0.5), percentile(recent, 0.95)
                out[stage] = {"count": self._count[stage], "seconds": round(self._seconds[stage], 3),
                              "p50": round(p50, 4) if p50 is not None else None,
                              "p95": round(p95, 4) if p95 is not None else None}
            return out
