"""The worker's evidence-clip writer: Opus encoded inside the worker process (PyAV's libopus), not by one
ffmpeg process per hit.

Measured at 8 realtime sample streams (docs/operations.md, "Where a worker's time goes"): starting an
ffmpeg per hit cost about a quarter of all the CPU the host spent, more than the worker process itself; the
same encoder in-process costs half as much. The clip is the same — Ogg Opus, 24 kb/s, `voip` — and checked
the same way as `transcription.clips.save_clip` does (written under a temporary name, decoded back to its
full length, hashed, then renamed). Unlike `save_clip` it asks libopus for less encoder search
(COMPLEXITY): on this 2-core box every CPU second the worker spends is taken from the ASR processes, and
at the default complexity (10) the clips were nine tenths of the worker's own CPU at 10 streams (py-spy,
2026-11-30); complexity 1 costs a third (0.019 instead of 0.057 CPU s for 7 s of speech) for a file of the
same size and bit rate, still plain Ogg Opus that every player decodes. Anything unusual (another format,
an encoder error, a short or empty file, a full disk) goes to `save_clip` itself, whose error reporting is
the one operators know.
"""
from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import numpy as np

from transcription.clips import DURATION_TOLERANCE, ClipResult, decoded_seconds, save_clip
from transcription.types import SAMPLE_RATE

BIT_RATE = 24_000          # as transcription.clips.CODECS[".opus"]
COMPLEXITY = 1             # libopus search effort 0-10 (ffmpeg's compression_level); see above


def write_clip(samples: np.ndarray, path: Path) -> ClipResult:
    path = Path(path)
    samples = np.asarray(samples, dtype=np.float32).reshape(-1)
    if path.suffix.lower() not in (".opus", ".ogg") or len(samples) == 0:
        return save_clip(samples, path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.av.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _encode(samples, tmp)
        size = tmp.stat().st_size
        duration = decoded_seconds(tmp)
        if size and duration is not None and abs(duration - len(samples) / SAMPLE_RATE) <= DURATION_TOLERANCE:
            digest = hashlib.sha256(tmp.read_bytes()).hexdigest()
            os.replace(tmp, path)
            return ClipResult(path, digest, True, size=size, duration=duration)
    except Exception:  # noqa: BLE001 - whatever went wrong, the reference writer tries and says why
        pass
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass            # no folder to have left it in
    return save_clip(samples, path)


def _encode(samples: np.ndarray, target: Path) -> None:
    import av

    with av.open(str(target), "w", format="ogg") as out:
        stream = out.add_stream("libopus", rate=SAMPLE_RATE, options={"application": "voip",
                                                                   "compression_level": str(COMPLEXITY)})
        stream.bit_rate = BIT_RATE
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(samples[None, :], format="flt", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
