"""Room pages re-resolved at every reconnect: a real HTTP server on loopback serves a room page whose
embedded media URL carries a fresh token on every fetch, and the FLV stream itself, which accepts only the
newest token (an older one gets 403). The first token expires mid-stream: its connection is reset and the
URL refused, so only a player that fetches the room page again gets back on air."""
from __future__ import annotations

import http.server
import secrets
import socket
import struct
import subprocess
import threading
import time
import urllib.parse

import numpy as np
import pytest

from tests.transcription.helpers import SHARED_SAMPLES, free_port
from transcription.resolve import is_room_url, media_urls, resolve_room, resolver_for
from transcription.source import SourceError, ffmpeg_exe, is_network_url, open_audio
from transcription.types import SAMPLE_RATE, StreamState

CLIP_SECONDS = 8.0
PACE = 2.0          # the stream is sent at twice real time, to keep the test short
CUT_AFTER = 2.5     # wall seconds into the first media connection


# -- extraction from page text ---------------------------------------------------------------------------

@pytest.mark.parametrize("page,expected", [
    # JSON in a <script>, escaped the way json.dumps / Douyin's SSR state does it
    ('<script>window.__INIT__={"stream_url":{"flv_pull_url":{"FULL_HD1":"https:\\/\\/pull-flv.example.com\\/stage'
     '\\/stream-1_or4.flv?expire=1700000000\\u0026sign=ab12"}}}</script>',
     "https://pull-flv.example.com/stage/stream-1_or4.flv?expire=1700000000&sign=ab12"),
    ('{"hls_pull_url":"https:\\u002F\\u002Fpull-hls.example.com\\u002Flive\\u002Fx.m3u8?a=1\\u0026b=2"}',
     "https://pull-hls.example.com/live/x.m3u8?a=1&b=2"),
    # HTML attributes with &amp;; the FLV wins over the HLS URL that comes first
    ('<video src="https://cdn.example.com/live/room.m3u8?auth=1&amp;t=2"></video>'
     '<source src="https://cdn.example.com/live/room.flv?x=1&amp;y=2">',
     "https://cdn.example.com/live/room.flv?x=1&y=2"),
    # state kept percent-encoded, as in a RENDER_DATA script
    ('<script id="RENDER_DATA" type="application/json">%7B%22flv%22%3A%22https%3A%2F%2Fpull.example.com%2Flive'
     '%2Fa.flv%3Fsign%3Dz9%22%7D</script>',
     "https://pull.example.com/live/a.flv?sign=z9"),
    # look-alikes are skipped: a guide page, a cover image whose query names an .flv, another extension
    ('<a href="https://example.com/flv-guide.html">guide</a><img src="https://img.example.com/c.jpg?from=a.flv">'
     '<a href="https://example.com/a.flvx">x</a> play: \'http://10.0.0.1:8080/live/s.flv\'',
     "http://10.0.0.1:8080/live/s.flv"),
])
def test_media_url_is_found_in_page_text(page, expected):
    assert media_urls(page)[0] == expected


def test_page_without_media_url_has_none():
    assert media_urls('<html><a href="https://example.com/live/123">room</a> "https:\\/\\/x.com\\/a.mp4"</html>') == []


def test_only_room_urls_get_a_resolver():
    for url in ("/tmp/a.m4a", "file:///tmp/a.m4a", "http://cdn.example.com/live/a.flv", "rtmp://127.0.0.1/live/s",
                "https://example.com/live.m3u8"):
        assert resolver_for(url) is None, url
    for url in ("room+http://127.0.0.1:8080/room", "ROOM+https://live.example.com/123"):
        assert is_room_url(url) and resolver_for(url) is not None
        assert is_network_url(url), "a room page is a live network source"
    assert not is_network_url("room+/tmp/a.m4a")


def test_room_url_without_resolver_is_refused():
    with pytest.raises(SourceError, match="needs a resolver"):
        next(open_audio("room+http://127.0.0.1:9/room"))


# -- a room on loopback ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def flv_bytes(tmp_path_factory) -> bytes:
    """8 s of Mandarin sales talk as FLV without duration metadata, as a live FLV pull delivers it."""
    target = tmp_path_factory.mktemp("room") / "live.flv"
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-ss", "6", "-t", str(CLIP_SECONDS),
                    "-i", str(SHARED_SAMPLES / "beauty_demo.m4a"), "-vn", "-c:a", "aac", "-b:a", "64k",
                    "-flvflags", "no_duration_filesize", "-f", "flv", str(target)], check=True)
    return target.read_bytes()


class Room:
    """Counts what the HTTP side saw; the handler below writes into it."""

    def __init__(self, flv: bytes) -> None:
        self.flv = flv
        self.lock = threading.Lock()
        self.latest: str | None = None
        self.page_fetches = 0
        self.accepted: list[str] = []       # tokens of media connections that were served
        self.refused: list[str] = []        # tokens answered 403
        self.cut_done = False


def _handler(room: Room):
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def _send(self, code: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            parts = urllib.parse.urlsplit(self.path)
            if parts.path == "/room":
                with room.lock:
                    room.latest = token = secrets.token_hex(8)
                    room.page_fetches += 1
                host = f"127.0.0.1:{self.server.server_address[1]}"
                # As a platform embeds it: JSON in a script, URLs escaped, an HLS variant listed first.
                page = ('<html><body><div id="player"></div><script>window.__STATE__={"room":{"status":2,'
                        f'"hls":"http:\\/\\/{host}\\/live\\/s.m3u8?token={token}\\u0026expire=60",'
                        f'"flv":"http:\\/\\/{host}\\/live\\/s.flv?token={token}\\u0026expire=60"}}}}</script>'
                        '</body></html>')
                self._send(200, page.encode())
            elif parts.path == "/offline":
                self._send(200, '<html><script>{"room":{"status":4,"title":"主播暂时离开"}}</script></html>'.encode())
            elif parts.path == "/live/s.flv":
                token = urllib.parse.parse_qs(parts.query).get("token", [""])[0]
                with room.lock:
                    fresh = token == room.latest
                    (room.accepted if fresh else room.refused).append(token)
                    cut = fresh and not room.cut_done
                    room.cut_done = True
                if not fresh:
                    self._send(403, b"signature expired", "text/plain")
                    return
                self._stream(cut)
            else:
                self._send(404, b"not found", "text/plain")

        def _stream(self, cut: bool) -> None:
            # No Content-Length: a live FLV pull. Paced, so the cut lands mid-stream.
            self.send_response(200)
            self.send_header("Content-Type", "video/x-flv")
            self.end_headers()
            chunk = 4096
            interval = chunk / (len(room.flv) / CLIP_SECONDS * PACE)
            began = time.monotonic()
            try:
                for i in range(0, len(room.flv), chunk):
                    if cut and time.monotonic() - began > CUT_AFTER:
                        # The signature expires: the CDN resets the connection and refuses the URL from now on.
                        with room.lock:
                            room.latest = None
                        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                        self.connection.close()
                        return
                    self.wfile.write(room.flv[i:i + chunk])
                    time.sleep(interval)
            except OSError:
                pass        # the player went away

    return Handler


@pytest.fixture
def room(flv_bytes):
    state = Room(flv_bytes)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), _handler(state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.port = server.server_address[1]
    yield state
    server.shutdown()
    server.server_close()


def test_resolver_returns_the_fresh_flv_url(room):
    first = resolve_room(f"room+http://127.0.0.1:{room.port}/room")
    second = resolve_room(f"room+http://127.0.0.1:{room.port}/room")
    assert first.startswith(f"http://127.0.0.1:{room.port}/live/s.flv?token=") and first.endswith("&expire=60")
    assert first != second and room.latest in second and room.page_fetches == 2


def test_stream_survives_a_cut_by_resolving_a_fresh_token(room):
    url = f"room+http://127.0.0.1:{room.port}/room"
    resolver = resolver_for(url)
    resolved: list[str] = []

    def counting(registered: str) -> str:
        resolved.append(resolver(registered))
        return resolved[-1]

    states: list[StreamState] = []
    stop = threading.Event()
    timer = threading.Timer(35.0, stop.set)     # a broken reconnect must fail the test, not hang it
    timer.start()
    before, after, spans = [], [], []
    try:
        for block in open_audio(url, resolve=counting, stall_timeout=3.0, backoff_base=0.2, stop=stop,
                                on_state=lambda state, reason=None: states.append(state)):
            spans.append((block.start, block.end))
            (after if states.count(StreamState.LIVE) >= 2 else before).append(block.samples)
            if sum(len(s) for s in after) >= 3.0 * SAMPLE_RATE:
                break
    finally:
        timer.cancel()
    assert not stop.is_set(), f"no audio after the cut within 35 s; states {states}, resolved {resolved}"
    assert len(resolved) >= 2 and room.page_fetches >= 2, "the room page was not resolved again"
    # Every connection served carried a token fresh from the page; retries of the expired one got 403.
    assert len(room.accepted) == len(set(room.accepted)) >= 2, (room.accepted, room.refused)
    assert resolved[-1].endswith(f"token={room.accepted[-1]}&expire=60")
    heard_before = sum(len(s) for s in before) / SAMPLE_RATE
    assert 2.0 < heard_before < CLIP_SECONDS, heard_before       # the first connection really was cut mid-way
    assert StreamState.STALLED in states[states.index(StreamState.LIVE):]
    speech = np.concatenate(after)
    assert float(np.sqrt(np.mean(speech ** 2))) > 0.01, "audio after the reconnect is silent"
    assert all(b[0] >= a[1] - 1e-6 for a, b in zip(spans, spans[1:])), "media time went backwards"


def test_room_without_media_url_fails_with_a_clear_error(room):
    with pytest.raises(SourceError, match=r"room page http://127\.0\.0\.1:\d+/offline: no \.flv or \.m3u8 URL"):
        resolve_room(f"room+http://127.0.0.1:{room.port}/offline")
    with pytest.raises(SourceError, match=r"HTTP 404"):
        resolve_room(f"room+http://127.0.0.1:{room.port}/gone")
    # Through the source, a resolve failure is a failed connect: retried, then one line when giving up.
    with pytest.raises(SourceError) as failed:
        offline = f"room+http://127.0.0.1:{room.port}/offline"
        list(open_audio(offline, resolve=resolver_for(offline), max_reconnects=1, backoff_base=0.1))
    message = str(failed.value)
    assert "\n" not in message and "giving up" in message and "no .flv or .m3u8 URL" in message, message


def test_unreachable_room_page_fails_with_a_clear_error():
    with pytest.raises(SourceError, match=r"room page http://127\.0\.0\.1:\d+/room: cannot fetch \(.*refused"):
        resolve_room(f"room+http://127.0.0.1:{free_port()}/room", timeout=2.0)
