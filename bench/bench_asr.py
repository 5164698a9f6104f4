"""Real-time factor of the scan path (processing seconds per audio second) on one stream, VAD on and off.

VAD on  = `monitor.scan.scan`: ffmpeg → Silero VAD → utterances packed into Whisper windows → matcher.
VAD off = the same decode, model and matcher, but the whole file goes to faster-whisper in 30 s windows.
Both in the same run, same model settings, wall and CPU time. Target: RTF ≤ 0.3 on the 2-core box.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np

from bench.common import record

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = [ROOT / "sample_streams" / "skincare_demo.m4a",
              ROOT.parent / "shared" / "samples" / "beauty_demo.m4a"]


def _stream() -> Path:
    chosen = os.environ.get("LIVEWATCH_BENCH_STREAM")
    if chosen:
        return Path(chosen)
    found = next((p for p in CANDIDATES if p.exists()), None)
    if found is None:
        raise SystemExit("bench_asr: no sample stream found (sample_streams/ or ../shared/samples/)")
    return found


def _timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def _vad_off(path: Path, transcriber, matcher) -> int:
    from monitor.scan import locate_hits
    from transcription.source import open_audio
    from transcription.transcriber import TEMPERATURES, to_simplified
    from transcription.types import TranscriptSegment, Word

    audio = np.concatenate([b.samples for b in open_audio(str(path))])
    segments, _ = transcriber.model.transcribe(
        audio, language="zh", beam_size=transcriber.beam_size, temperature=list(TEMPERATURES),
        condition_on_previous_text=False, vad_filter=False, word_timestamps=True,
        initial_prompt=transcriber.initial_prompt, hotwords=transcriber.hotwords)
    hits, previous = 0, None
    for seg in segments:
        words = [Word(w.start, w.end, to_simplified(w.word)) for w in seg.words or []]
        current = TranscriptSegment(seg.start, seg.end, "".join(w.text for w in words), words)
        hits += len(locate_hits(matcher, current, previous))
        previous = current
    return hits


def main() -> None:
    from monitor.scan import hotwords_for, scan
    from monitor.settings import get_settings
    from rules import build_matcher, load_rule_dir
    from transcription.model import resolve_model_dir
    from transcription.source import open_audio
    from transcription.transcriber import Transcriber

    settings = get_settings()
    path = _stream()
    duration = sum(len(b.samples) for b in open_audio(str(path))) / 16000
    rule_base = load_rule_dir(settings.rules_dir)
    matcher = build_matcher(rule_base)
    model_dir = resolve_model_dir(settings.whisper_model or None, settings.model_cache_path)
    hotwords = hotwords_for(rule_base)
    runs = {}
    for threads in (1, 2):
        transcriber, load_s, _ = _timed(lambda: Transcriber(model_dir, cpu_threads=threads,
                                                             beam_size=settings.beam_size, hotwords=hotwords))
        on, on_wall, on_cpu = _timed(lambda: len(list(scan(str(path), matcher=matcher, transcriber=transcriber))))
        off, off_wall, off_cpu = _timed(lambda: _vad_off(path, transcriber, matcher))
        runs[f"threads_{threads}"] = {
            "model_load_s": round(load_s, 2),
            "vad_on": {"wall_s": round(on_wall, 2), "cpu_s": round(on_cpu, 2), "rtf": round(on_wall / duration, 3),
                       "cpu_rtf": round(on_cpu / duration, 3), "hits": on},
            "vad_off": {"wall_s": round(off_wall, 2), "cpu_s": round(off_cpu, 2),
                        "rtf": round(off_wall / duration, 3), "cpu_rtf": round(off_cpu / duration, 3), "hits": off},
        }
        print(f"bench_asr threads={threads}: VAD on RTF {on_wall / duration:.3f} ({on} hits), "
              f"VAD off RTF {off_wall / duration:.3f} ({off} hits) on {duration:.1f} s", flush=True)
        del transcriber
    record("asr", {"stream": path.name, "audio_s": round(duration, 2), "model": model_dir.name,
                   "compute_type": "int8", "beam_size": settings.beam_size, "hotwords": bool(hotwords),
                   "target_rtf": 0.3, **runs,
                   "load_average_1m": round(os.getloadavg()[0], 2),
                   "note": "rtf = wall seconds of the whole path (decode, VAD, ASR, matching) per audio second; "
                           "cpu_rtf = CPU seconds of this process per audio second (ffmpeg's decode not included); "
                           "the CPU is shared with other work, so wall time is an upper bound"})


if __name__ == "__main__":
    main()
