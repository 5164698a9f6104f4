"""How many `--realtime` sample streams one worker on this machine sustains, and the hit latency.

For a growing number of streams, a fresh SQLite database gets that many realtime file streams (the sample
recordings, cut to BENCH_MONITOR_SECONDS each and reused round-robin), one `livewatch worker` with the default
settings (one ASR process per core) watches them to the end, and every hit's latency is measured from the end
of its phrase in the audio (wall clock of the realtime stream) to the moment its row was committed.
The largest count whose p95 stays ≤ 10 s is reported.
"""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import record

ROOT = Path(__file__).resolve().parent.parent
SECONDS = float(os.environ.get("BENCH_MONITOR_SECONDS", "60"))
START = int(os.environ.get("BENCH_MONITOR_START", "6"))     # the target; then up by 2 while it holds, else down
MAX_COUNT = int(os.environ.get("BENCH_MONITOR_MAX", "12"))
P95_LIMIT = 10.0
BEAMS = [int(b) for b in os.environ.get("BENCH_MONITOR_BEAMS", "5,1").split(",")]   # 5 = the default setting


def sources() -> list[Path]:
    found = []
    for manifest in (ROOT / "sample_streams" / "manifest.json", ROOT.parent / "shared" / "samples" / "manifest.json"):
        if manifest.exists():
            for entry in json.loads(manifest.read_text())["streams"].values():
                found.append(manifest.parent / entry["file"])
    if not found:
        raise SystemExit("bench_monitor: no sample streams found")
    return found


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def cut(files: list[Path], into: Path) -> list[Path]:
    out = []
    for i, path in enumerate(files):
        target = into / f"{i}_{path.stem}.wav"
        subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-t", str(SECONDS), "-i", str(path), "-ac", "1",
                        "-ar", "16000", str(target)], check=True)
        out.append(target)
    return out


def run_once(count: int, clips: list[Path], work: Path, beam: int) -> dict:
    from sqlalchemy import func, select

    from monitor.db import make_engine, make_session_factory
    from monitor.models import Hit, Segment

    root = work / f"b{beam}_n{count}"
    root.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIVEWATCH_")}
    env.update(LIVEWATCH_DATA_DIR=str(root), LIVEWATCH_DATABASE_URL=f"sqlite:///{root / 'bench.db'}",
               LIVEWATCH_MODEL_CACHE_DIR=str(ROOT / "data" / "models"), LIVEWATCH_LOG_LEVEL="WARNING",
               LIVEWATCH_BEAM_SIZE=str(beam))
    cli = [sys.executable, "-c", "from monitor.cli import main; main()"]
    for i in range(count):
        subprocess.run([*cli, "streams", "add", f"s{i}", str(clips[i % len(clips)]), "--realtime"], env=env,
                       check=True, capture_output=True)
    began = time.monotonic()
    subprocess.run([*cli, "worker", "--exit-when-idle", "--pipelines", str(count)], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=open(root / "worker.log", "w"))
    wall = time.monotonic() - began
    engine = make_engine(env["LIVEWATCH_DATABASE_URL"])
    with make_session_factory(engine)() as session:
        hits = session.scalars(select(Hit)).all()
        latencies = [(h.created_at - h.spoken_at).total_seconds() - (h.end - h.start) for h in hits if h.spoken_at]
        segments = session.scalar(select(func.count()).select_from(Segment)) or 0
    engine.dispose()
    result = {"beam_size": beam, "streams": count, "hits": len(latencies), "segments": segments, "wall_seconds": round(wall, 1),
              "audio_seconds_per_stream": SECONDS}
    if latencies:
        result.update(p50=round(percentile(latencies, 0.5), 2), p95=round(percentile(latencies, 0.95), 2),
                      max=round(max(latencies), 2))
    return result


def search(clips: list[Path], work: Path, beam: int) -> list[dict]:
    """Start at the target count; go up by 2 while p95 holds, or down by 2 until it does."""
    runs = []
    count, step = START, 2
    while 1 <= count <= MAX_COUNT:
        result = run_once(count, clips, work, beam)
        result["loadavg_1m_after"] = round(os.getloadavg()[0], 2)
        runs.append(result)
        print(json.dumps(result), flush=True)
        ok = result.get("p95", float("inf")) <= P95_LIMIT
        if count == START and not ok:
            step = -2
        elif (step > 0 and not ok) or (step < 0 and ok):
            break
        count += step
    return runs


def summary(runs: list[dict]) -> dict:
    sustained = [r for r in runs if r.get("p95", float("inf")) <= P95_LIMIT]
    best = max(sustained, key=lambda r: r["streams"]) if sustained else None
    return {"streams_sustained": best["streams"] if best else 0,
            "p50_latency_s": best.get("p50") if best else None,
            "p95_latency_s": best.get("p95") if best else None,
            "runs": runs}


def main() -> None:
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-monitor-") as tmp:
        work = Path(tmp)
        clips = cut(sources(), work)
        load_before = os.getloadavg()[0]
        for beam in BEAMS:
            results[f"beam_{beam}"] = summary(search(clips, work, beam))
    default = results.get("beam_5") or next(iter(results.values()))
    record("monitor", {
        "what": "realtime sample streams one worker sustains (one ASR process per core, cpu_threads=1) with p95 "
                "hit latency <= 10 s; latency = end of the phrase in the audio -> hit row committed",
        "audio_seconds_per_stream": SECONDS,
        "streams_sustained": default["streams_sustained"],
        "p50_latency_s": default["p50_latency_s"],
        "p95_latency_s": default["p95_latency_s"],
        "by_beam_size": results,
        "loadavg_1m_before": round(load_before, 2),
        "note": "beam_5 is the default LIVEWATCH_BEAM_SIZE; the 2 cores are shared with other work (see loadavg)",
    })


if __name__ == "__main__":
    main()
