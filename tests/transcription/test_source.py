"""ffmpeg source: files, pacing, permanent failures, stop, and URL re-resolution at each connect."""
from __future__ import annotations

import shutil
import threading
import time

import pytest

from transcription.source import SourceError, open_audio
from transcription.types import SAMPLE_RATE, StreamState


def _states():
    seen: list[tuple[StreamState, str | None]] = []
    return seen, lambda state, reason: seen.append((state, reason))


def test_file_decodes_to_fixed_blocks_with_media_time(media):
    seen, on_state = _states()
    blocks = list(open_audio(str(media["kitchen"]), on_state=on_state))
    assert all(len(b.samples) == SAMPLE_RATE // 2 for b in blocks[:-1])
    assert all(b.samples.dtype.name == "float32" for b in blocks)
    assert all(abs(b.start - a.end) < 1e-9 for a, b in zip(blocks, blocks[1:]))
    assert abs(blocks[-1].end - 15.0) < 0.1
    assert [s for s, _ in seen] == [StreamState.CONNECTING, StreamState.LIVE, StreamState.ENDED]


def test_realtime_reads_at_the_natural_pace(media):
    began = time.monotonic()
    heard = 0.0
    for block in open_audio(str(media["beauty"]), realtime=True):
        heard = block.end
        if heard >= 3.0:
            break
    assert time.monotonic() - began >= 2.0, "a realtime file must not be read faster than it plays"


def test_stop_ends_the_stream_promptly(media):
    stop = threading.Event()
    seen, on_state = _states()
    began = time.monotonic()
    for block in open_audio(str(media["beauty"]), realtime=True, stop=stop, on_state=on_state):
        if block.end >= 1.0:
            stop.set()
    assert time.monotonic() - began < 4.0
    assert seen[-1] == (StreamState.ENDED, "stopped")


@pytest.mark.parametrize("content,expected", [(b"", "no such file"), (b"plain text, no audio\n" * 40, "not a readable")])
def test_permanent_file_failures_raise_source_error(tmp_path, content, expected):
    path = tmp_path / "input.mp3"
    if content:
        path.write_bytes(content)
    seen, on_state = _states()
    with pytest.raises(SourceError, match=expected):
        list(open_audio(str(path), on_state=on_state))
    assert seen[-1][0] is StreamState.FAILED


def test_resolver_is_called_at_every_connect(http_dir, media):
    directory, base = http_dir
    shutil.copy(media["kitchen_ts"], directory / "room.ts")
    calls = []

    def resolve(room: str) -> str:
        calls.append(room)
        if len(calls) == 1:
            raise RuntimeError("room page not reachable")      # a scraper failure is one failed attempt
        return f"{base}/room.ts?sign=fresh{len(calls)}"

    seen, on_state = _states()
    blocks = list(open_audio("https://live.example.invalid/room/42", resolve=resolve, on_state=on_state,
                             max_reconnects=2, backoff_base=0.1, stall_timeout=5))
    assert calls == ["https://live.example.invalid/room/42"] * 2
    assert ("resolve failed" in (seen[1][1] or "")) and seen[1][0] is StreamState.STALLED
    assert abs(blocks[-1].end - blocks[0].start - 15.0) < 0.2       # finite HTTP file: ended at its end
    assert seen[-1][0] is StreamState.ENDED


def _ffmpeg_children() -> list[int]:
    from pathlib import Path
    pids = []
    for children in Path("/proc/self/task").glob("*/children"):
        pids += [int(p) for p in children.read_text().split()]
    return [p for p in pids if Path(f"/proc/{p}/comm").exists() and "ffmpeg" in Path(f"/proc/{p}/comm").read_text()]


def test_leaving_early_kills_ffmpeg(media):
    source = open_audio(str(media["beauty"]), realtime=True)
    next(source)
    assert _ffmpeg_children(), "ffmpeg should be running while the stream is read"
    source.close()
    assert _ffmpeg_children() == []
