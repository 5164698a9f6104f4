"""Live ingestion against real servers on loopback: nginx-rtmp, rolling HLS over HTTP, a cut HTTP stream.
Real ffmpeg, real model, real rules; the audio is 10-15 s clips so each test stays under a minute."""
from __future__ import annotations

import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from monitor.scan import scan
from tests.transcription.helpers import free_port, stop_process
from transcription.source import SourceError, ffmpeg_exe, open_audio
from transcription.types import StreamState

pytestmark = pytest.mark.slow


class StateLog:
    def __init__(self) -> None:
        self.events: list[tuple[float, StreamState, str | None]] = []
        self.t0 = time.monotonic()
        self.lock = threading.Lock()

    def __call__(self, state: StreamState, reason: str | None) -> None:
        with self.lock:
            self.events.append((time.monotonic() - self.t0, state, reason))

    @property
    def states(self) -> list[StreamState]:
        return [s for _, s, _ in self.events]


def publish(path: Path, url: str) -> subprocess.Popen:
    return subprocess.Popen([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-re", "-i", str(path),
                             "-c:a", "aac", "-f", "flv", url], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_rtmp_publisher_gap_is_survived_and_shown(rtmp_server, media, matcher, transcriber):
    url = f"{rtmp_server}/room1"
    log = StateLog()
    stop = threading.Event()
    hits = []
    timeline: dict[str, float] = {}
    procs: list[subprocess.Popen] = []

    def publisher() -> None:
        for name in ("beauty", "kitchen_long"):
            timeline[f"{name}_from"] = time.monotonic() - log.t0
            proc = publish(media[name], url)
            procs.append(proc)
            proc.wait(timeout=60)
            timeline[f"{name}_to"] = time.monotonic() - log.t0
            if name == "beauty":
                time.sleep(10)          # the publisher is gone for 10 s
        time.sleep(8)                   # let the tail be transcribed, then stop watching
        stop.set()

    feeder = threading.Thread(target=publisher, daemon=True)
    feeder.start()
    try:
        for hit in scan(url, matcher=matcher, transcriber=transcriber, on_state=log, stop=stop, stall_timeout=3.0):
            hits.append(hit)
    finally:
        stop.set()
        feeder.join(timeout=90)
        for proc in procs:
            stop_process(proc)

    states = log.states
    first_live = states.index(StreamState.LIVE)
    stalled = states.index(StreamState.STALLED, first_live)
    assert StreamState.LIVE in states[stalled:], f"never live again after the gap: {log.events}"
    # The hits on both sides of the gap, timed on a clock that counted the gap.
    gap_start = timeline["beauty_to"]
    before = [h for h in hits if h.end <= gap_start]
    after = [h for h in hits if h.start >= gap_start + 5.0]
    assert {"absolute_claim", "medical_claim"} <= {h.category for h in before}, hits
    # A player reconnecting to a stream that comes back misses its first seconds; the late claim is there.
    assert "medical_claim" in {h.category for h in after}, hits
    assert all(0 <= h.start < h.end for h in hits)


def test_rolling_hls_is_followed_until_it_ends(http_dir, media, matcher, transcriber):
    directory, base = http_dir
    playlist = directory / "live.m3u8"
    # Two clips back to back as one live broadcast, cut into 2 s segments, 5 in the list, old ones deleted.
    concat = directory.parent / "broadcast.txt"
    concat.write_text(f"file '{media['beauty']}'\nfile '{media['kitchen']}'\n")
    proc = subprocess.Popen([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-re", "-f", "concat",
                             "-safe", "0", "-i", str(concat), "-c:a", "aac", "-f", "hls", "-hls_time", "2",
                             "-hls_list_size", "5", "-hls_flags", "delete_segments", str(playlist)])
    log = StateLog()
    try:
        deadline = time.monotonic() + 15
        while not playlist.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert playlist.exists(), "the HLS muxer wrote no playlist"
        hits = list(scan(f"{base}/live.m3u8", matcher=matcher, transcriber=transcriber, on_state=log,
                         stall_timeout=8.0, max_reconnects=3))
        assert proc.wait(timeout=30) == 0
    finally:
        stop_process(proc)
    assert log.states[-1] is StreamState.ENDED, log.events
    assert StreamState.FAILED not in log.states
    segments = sorted(p.name for p in directory.glob("*.ts"))
    assert len(segments) <= 6, f"old segments were not deleted: {segments}"
    categories = {h.category for h in hits}
    assert {"absolute_claim", "medical_claim"} <= categories, hits
    # The kitchen clip starts ~11.5 s into the broadcast: its claims must come out after that.
    assert any(h.category == "medical_claim" and h.start > 20.0 for h in hits), hits


class CuttingStreamServer(threading.Thread):
    """A plain-HTTP live MPEG-TS stream (no Content-Length). The first connection is cut after
    `cut_fraction` of the bytes; the next one carries on from there; after that the stream is over (404).
    `abrupt` ends the first connection with a TCP reset, otherwise with a clean close; ffmpeg's own
    -reconnect retries at once. With `outage` seconds the server then answers 503 for that long, so
    ffmpeg gives up and the supervisor's restart loop (backoff) has to bring the stream back."""

    def __init__(self, data: bytes, cut_fraction: float, abrupt: bool = True, outage: float = 0.0) -> None:
        super().__init__(daemon=True)
        self.abrupt = abrupt
        self.outage = outage
        self.cut_time: float | None = None
        self.data = data
        self.cut_at = int(len(data) * cut_fraction) // 188 * 188
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", free_port()))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.closed = threading.Event()

    def run(self) -> None:
        while not self.closed.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                if self.cut_time is not None and time.monotonic() - self.cut_time < self.outage:
                    conn.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    continue
                self.connections += 1
                if self.connections == 1:
                    body = self.data[:self.cut_at]
                elif self.connections == 2:
                    body = self.data[self.cut_at:]
                else:
                    conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    continue
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: video/mp2t\r\nConnection: close\r\n\r\n")
                for i in range(0, len(body), 188 * 64):
                    conn.sendall(body[i:i + 188 * 64])
                if self.abrupt and self.connections == 1:     # as when a CDN edge drops the connection
                    time.sleep(0.5)     # let the bytes already sent arrive: the test wants no loss
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                if self.connections == 1:
                    self.cut_time = time.monotonic()

    def close(self) -> None:
        self.closed.set()
        self.sock.close()


def test_cut_http_stream_is_reconnected(tmp_path, media, matcher, transcriber):
    concat = tmp_path / "both.ts"
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-i", str(media["beauty_ts"]),
                    "-i", str(media["kitchen_ts"]), "-filter_complex", "[0:a][1:a]concat=n=2:v=0:a=1", "-c:a", "aac",
                    "-f", "mpegts", str(concat)], check=True)
    server = CuttingStreamServer(concat.read_bytes(), cut_fraction=0.45)
    server.start()
    log = StateLog()
    hits = []
    try:
        with pytest.raises(SourceError, match="404"):
            for hit in scan(f"http://127.0.0.1:{server.port}/live.ts", matcher=matcher, transcriber=transcriber,
                            on_state=log, stall_timeout=3.0, max_reconnects=1):
                hits.append(hit)
    finally:
        server.close()
    assert server.connections >= 3, "the cut stream was not fetched again"
    assert log.states[-1] is StreamState.FAILED
    # Claims from both sides of the cut (beauty: first 11.5 s, kitchen: after) were heard.
    found = [(h.category, h.start, h.matched) for h in hits]
    assert any(h.category == "absolute_claim" and h.start < 11 for h in hits), found
    assert any(h.category == "medical_claim" and h.start > 15 for h in hits), found


@pytest.mark.parametrize("abrupt,outage", [(True, 0.0), (False, 0.0), (False, 2.5)],
                         ids=["reset", "clean-close", "outage"])
def test_http_cut_loses_nothing_and_time_runs_on(tmp_path, media, abrupt, outage):
    server = CuttingStreamServer(media["kitchen_ts"].read_bytes(), cut_fraction=0.5, abrupt=abrupt, outage=outage)
    server.start()
    starts = []
    log = StateLog()
    try:
        with pytest.raises(SourceError, match="404"):
            for block in open_audio(f"http://127.0.0.1:{server.port}/s.ts", stall_timeout=3.0, max_reconnects=0,
                                    backoff_base=0.1, on_state=log):
                starts.append((block.start, block.end))
    finally:
        server.close()
    assert server.connections >= 2
    if outage:
        # ffmpeg gave up during the outage; the supervisor reconnected: live, stalled, live again.
        assert log.states.count(StreamState.LIVE) == 2, log.events
        assert StreamState.STALLED in log.states[log.states.index(StreamState.LIVE):]
    assert all(b[0] >= a[1] - 1e-6 for a, b in zip(starts, starts[1:])), "media time went backwards"
    heard = sum(e - s for s, e in starts)
    assert 14.5 < heard < 15.5, heard       # the whole 15 s clip, nothing lost, nothing twice

