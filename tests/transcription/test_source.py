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


# -- saying what ffmpeg said (issue 9, item 13) -------------------------------------------------------------

def test_truncated_file_is_an_error_not_an_end(tmp_path):
    """The issue's case: the first 300 of ~600 KB of an m4a whose index comes first. ffmpeg decodes half and
    exits 0; the hits in that half are still delivered, then the stream fails saying why."""
    from tests.transcription.helpers import SAMPLE_STREAMS
    whole = SAMPLE_STREAMS / "airfryer_demo.m4a"
    cut_off = tmp_path / "cut.m4a"
    cut_off.write_bytes(whole.read_bytes()[:300_000])
    seen, on_state = _states()
    blocks = []
    with pytest.raises(SourceError) as failure:
        for block in open_audio(str(cut_off), on_state=on_state):
            blocks.append(block)
    assert "truncated file" in str(failure.value) and "could be decoded" in str(failure.value)
    assert blocks and 20.0 < blocks[-1].end < 100.0, "the readable part is still delivered"
    assert seen[-1][0] is StreamState.FAILED and StreamState.ENDED not in [s for s, _ in seen]
    # The whole file still simply ends.
    seen, on_state = _states()
    list(open_audio(str(whole), on_state=on_state))
    assert seen[-1] == (StreamState.ENDED, None)


def test_truncated_file_with_its_index_at_the_end(tmp_path, media):
    cut_off = tmp_path / "cut.m4a"
    cut_off.write_bytes(media["kitchen"].read_bytes()[: media["kitchen"].stat().st_size // 2])
    with pytest.raises(SourceError, match="truncated file: moov atom not found"):
        list(open_audio(str(cut_off)))


def test_video_whose_audio_stops_early_is_not_called_truncated(tmp_path, media):
    """The container's duration is the video's: only the audio stream's own duration may accuse a file."""
    import subprocess

    from transcription.source import ffmpeg_exe
    video = tmp_path / "video.mp4"
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi",
                    "-i", "testsrc=size=64x48:rate=5:duration=20", "-i", str(media["beauty"]),
                    "-map", "0:v", "-map", "1:a", "-c:v", "mpeg4", "-c:a", "aac", str(video)], check=True)
    seen, on_state = _states()
    blocks = list(open_audio(str(video), on_state=on_state))
    assert abs(blocks[-1].end - 11.5) < 0.2 and seen[-1] == (StreamState.ENDED, None)


def test_truncated_file_over_http_is_an_error(http_dir):
    from tests.transcription.helpers import SAMPLE_STREAMS
    directory, base = http_dir
    (directory / "cut.m4a").write_bytes((SAMPLE_STREAMS / "airfryer_demo.m4a").read_bytes()[:300_000])
    seen, on_state = _states()
    with pytest.raises(SourceError, match="truncated file"):
        list(open_audio(f"{base}/cut.m4a", on_state=on_state, max_reconnects=0, stall_timeout=5))
    assert seen[-1][0] is StreamState.FAILED


def _closed_port() -> int:
    from tests.transcription.helpers import free_port
    return free_port()      # nothing listens there


@pytest.mark.parametrize("scheme", ["http", "rtmp", "hls"])
def test_closed_port_says_connection_refused(scheme):
    """ffmpeg's own HTTP reconnects outlast the stall timeout, so the old message was only "no audio"."""
    port = _closed_port()
    url = {"http": f"http://127.0.0.1:{port}/live.flv", "rtmp": f"rtmp://127.0.0.1:{port}/live/room",
           "hls": f"http://127.0.0.1:{port}/live/index.m3u8"}[scheme]
    seen, on_state = _states()
    with pytest.raises(SourceError, match="connection refused"):
        list(open_audio(url, on_state=on_state, max_reconnects=1, backoff_base=0.1, stall_timeout=2))
    stalls = [reason for state, reason in seen if state is StreamState.STALLED]
    assert stalls and all("connection refused" in reason for reason in stalls), seen


@pytest.mark.parametrize("name,content,expected", [
    ("missing.flv", None, "HTTP 404"),
    ("text.flv", b"plain text, no audio\n" * 40, "unsupported format"),
])
def test_http_failures_say_what_the_server_sent(http_dir, name, content, expected):
    directory, base = http_dir
    if content is not None:
        (directory / name).write_bytes(content)
    seen, on_state = _states()
    with pytest.raises(SourceError, match=expected):
        list(open_audio(f"{base}/{name}", on_state=on_state, max_reconnects=0, stall_timeout=5))
    assert expected in (seen[-1][1] or "")


def test_dead_origin_says_connection_refused(media):
    """An origin that was live and then went away: every later attempt says the port is closed."""
    import http.server
    import socketserver
    from tests.transcription.helpers import free_port

    payload = media["kitchen_ts"].read_bytes()
    dead = threading.Event()

    class Live(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:         # no Content-Length: a live stream, sent at about real time
            self.send_response(200)
            self.send_header("Content-Type", "video/mp2t")
            self.end_headers()
            step = len(payload) // 22
            for i in range(0, len(payload), step):
                if dead.is_set():
                    return                  # the connection goes with the origin
                self.wfile.write(payload[i:i + step])
                self.wfile.flush()
                time.sleep(0.5)

        def log_message(self, *args) -> None:
            pass

    port = free_port()
    server = socketserver.ThreadingTCPServer(("127.0.0.1", port), Live)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    seen, on_state = _states()
    heard = 0.0
    try:
        with pytest.raises(SourceError, match="connection refused"):
            for block in open_audio(f"http://127.0.0.1:{port}/live.ts", on_state=on_state, max_reconnects=1,
                                    backoff_base=0.1, stall_timeout=2):
                heard = block.end
                if heard >= 2.0 and server is not None:
                    dead.set()
                    server.shutdown()           # the origin dies: the listening socket closes
                    server.server_close()
                    server = None
    finally:
        if server is not None:
            server.shutdown()
            server.server_close()
    after_live = [reason for state, reason in seen[[s for s, _ in seen].index(StreamState.LIVE):]
                  if state is StreamState.STALLED]
    assert heard >= 2.0 and after_live and all("connection refused" in r for r in after_live), seen
