"""Real-time factor of the scan path (processing seconds per audio second) on one stream, VAD on and off.

VAD on  = `monitor.scan.scan`: ffmpeg → Silero VAD → utterances packed into Whisper windows → matcher.
VAD off = the same decode, model and matcher, but the whole file goes to faster-whisper in 30 s windows.
Both in the same run, same model settings, wall and CPU time. Target: RTF ≤ 0.3 on the 2-core box.
"""
from __future__ import annotations

import os
import sys
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



# -- decoding experiment (issue 8 item 4): does a livestream vocabulary as hotwords / prompt help? -------------
#
#   .venv/bin/python -m bench.bench_asr decoding [manifest ...]
#
# Not part of `make bench` (it decodes every labelled set once per variant). One model, one process, one rule
# base loaded at the start, variants run one after the other on the same utterances; per variant: recall and
# precision (`livewatch eval` scoring) and the CPU and wall seconds spent inside the ASR calls.

DEFAULT_MANIFESTS = [ROOT.parent / "shared" / "samples" / "manifest.json",
                     ROOT / "sample_streams" / "manifest.json",
                     ROOT / "sample_streams" / "manifest_hard.json"]


# Livestream sales vocabulary, written from the nine category definitions and the tuning recordings (the
# shared samples and the five demo streams), not from the rule files or the hard recordings it is measured on.
# It made Whisper worse (docs/transcription.md), so it lives here, not in the transcriber.
LIVESTREAM_VOCABULARY = (
    "直播间", "家人们", "库存", "原价", "涨价",
    "全网最低", "第一", "没有之一",
    "治疗", "根治", "降血压", "血脂", "失眠",
    "保证", "无效退款", "全额退款",
    "微信", "私聊", "私下转账", "手机号", "扣扣",
    "某宝", "某东", "智商税", "三无产品", "央视", "专家推荐",
    "傻子", "蠢货", "他妈的",
)


class _TimedTranscriber:
    """Counts the seconds spent in the ASR (the VAD and the matcher stay outside)."""

    def __init__(self, inner) -> None:
        self.inner, self.cpu_s, self.wall_s = inner, 0.0, 0.0

    def transcribe_many(self, utts):
        wall, cpu = time.perf_counter(), time.process_time()
        out = self.inner.transcribe_many(utts)
        self.wall_s += time.perf_counter() - wall
        self.cpu_s += time.process_time() - cpu
        return out


def decoding_variants(rule_base) -> dict[str, dict]:
    from monitor.scan import hotwords_for
    from transcription.transcriber import INITIAL_PROMPT

    vocab = "，".join(LIVESTREAM_VOCABULARY)
    return {
        "plain": {"hotwords": None, "initial_prompt": INITIAL_PROMPT},
        "rule_hotwords": {"hotwords": hotwords_for(rule_base), "initial_prompt": INITIAL_PROMPT},
        "vocab_hotwords": {"hotwords": vocab, "initial_prompt": INITIAL_PROMPT},
        "vocab_prompt": {"hotwords": None, "initial_prompt": f"{INITIAL_PROMPT}直播间常说：{vocab}。"},
        # The rule hotwords are space-separated: the same vocabulary in that form.
        "vocab_hotwords_spaced": {"hotwords": " ".join(LIVESTREAM_VOCABULARY), "initial_prompt": INITIAL_PROMPT},
    }


def decoding_main(argv: list[str]) -> None:
    import json

    from monitor.evaluation import evaluate, load_manifest
    from monitor.settings import get_settings
    from rules import build_matcher, load_rule_dir
    from transcription.model import resolve_model_dir
    from transcription.transcriber import Transcriber

    only = [a.split("=", 1)[1] for a in argv if a.startswith("--variants=")]
    manifests = [Path(a) for a in argv if not a.startswith("--")] or [m for m in DEFAULT_MANIFESTS if m.exists()]
    settings = get_settings()
    rule_base = load_rule_dir(settings.rules_dir)
    matcher = build_matcher(rule_base)
    model_dir = resolve_model_dir(settings.whisper_model or None, settings.model_cache_path)
    transcriber = Transcriber(model_dir, cpu_threads=1, beam_size=settings.beam_size)
    variants = decoding_variants(rule_base)
    if only:
        variants = {k: v for k, v in variants.items() if k in only[0].split(",")}
    out: dict[str, dict] = {}
    for manifest in manifests:
        audio_s = sum(max(u.end for u in s.utterances) for s in load_manifest(manifest))
        for name, options in variants.items():
            transcriber.hotwords, transcriber.initial_prompt = options["hotwords"], options["initial_prompt"]
            timed = _TimedTranscriber(transcriber)
            report = evaluate(manifest, matcher=matcher, transcriber=timed)
            key = f"{manifest.parent.name}/{manifest.name}:{name}"
            out[key] = {"recall": round(report.recall, 3), "precision": round(report.precision, 3),
                        "correct": report.correct, "labelled": report.labelled, "predictions": report.predictions,
                        "asr_cpu_s": round(timed.cpu_s, 1), "asr_wall_s": round(timed.wall_s, 1),
                        "audio_s": round(audio_s, 1),
                        "misses": [f"{f.stream}#{f.utterance} {f.category} | {f.asr}" for f in report.misses],
                        "false_alarms": [f"{f.stream}#{f.utterance} {f.category} | {f.asr} | {f.hits}"
                                         for f in report.false_alarms]}
            print(f"{key}: recall {report.recall:.3f} ({report.correct}/{report.labelled}) precision "
                  f"{report.precision:.3f} ({report.correct}/{report.predictions}) ASR cpu {timed.cpu_s:.1f} s "
                  f"wall {timed.wall_s:.1f} s", flush=True)
    target = Path(os.environ.get("LIVEWATCH_DECODING_OUT", "/tmp/livewatch_decoding.json"))
    target.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__" and sys.argv[1:2] == ["decoding"]:
    decoding_main(sys.argv[2:])
elif __name__ == "__main__":
    main()
