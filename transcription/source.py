"""Audio in: a file or a live URL decoded by ffmpeg to 16 kHz mono float32 blocks with media timestamps.

One ffmpeg process per connection attempt, read from a pipe in fixed-size blocks. Live URLs are
supervised here rather than by ffmpeg: its `-reconnect*` options act only on HTTP(S) inputs (and only
before `-i`), so RTMP and HLS drops, stalls and expiring platform URLs are handled by restarting ffmpeg
with exponential backoff. Media time keeps running across restarts and counts the wall time of the gap,
so a hit's timestamp stays close to "seconds since we started watching".

Platform room pages (e.g. a Douyin room whose FLV URL carries an expiring signature) plug in through
`resolve`: it is called with the registered URL at every (re)connect and returns a fresh media URL,
the way streamlink's plugins do. `transcription.resolve.resolver_for` supplies one for `room+` URLs.
"""
from __future__ import annotations

import os
import re
import select
import shutil
import signal
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Generator, Iterator

import ffmpeg
import numpy as np

from transcription.ffmpeg_errors import describe, truncated
from transcription.types import SAMPLE_RATE, AudioBlock, StreamState

BLOCK_SECONDS = 0.5
NETWORK_SCHEMES = {"http", "https", "rtmp", "rtmps", "rtmpt", "rtsp", "rtsps", "srt", "udp", "tcp", "hls"}
ROOM_PREFIX = "room+"      # room+https://… is a room page, re-resolved to its media URL (transcription.resolve)
StateCallback = Callable[[StreamState, "str | None"], None]


class SourceError(RuntimeError):
    """The source cannot deliver audio, for good. The message is one line meant for the operator."""


def ffmpeg_exe() -> str:
    """The system ffmpeg, else the static binary bundled with imageio-ffmpeg."""
    found = shutil.which("ffmpeg")
    if found:
        return found
    import imageio_ffmpeg
    return imageio_ffmpeg.get_ffmpeg_exe()


def is_network_url(url: str) -> bool:
    url = url[len(ROOM_PREFIX):] if url.lower().startswith(ROOM_PREFIX) else url
    return urllib.parse.urlsplit(url).scheme.lower() in NETWORK_SCHEMES


def is_hls_url(url: str) -> bool:
    return urllib.parse.urlsplit(url).path.lower().endswith(".m3u8")


@dataclass
class Attempt:
    """How one ffmpeg run ended."""
    samples: int = 0
    returncode: int | None = None
    stalled: bool = False
    stopped: bool = False
    duration: float | None = None     # what ffmpeg reported for the input; None = live / unknown
    estimated: bool = False           # that duration is a guess from the bitrate, not the container's
    truncated: bool = False           # ffmpeg said the input ends before its container says it should
    reason: str = ""                  # one short line: what went wrong, as far as ffmpeg's log tells
    network_problem: str | None = None    # a connection/HTTP failure ffmpeg logged, e.g. while retrying

    def shortfall(self, decoded: float) -> bool:
        """Decoded clearly less than the container declared (a cut-off file that ffmpeg ends quietly)."""
        if self.duration is None or self.duration <= 0 or self.estimated:
            return False
        return self.duration - decoded > max(2.0, 0.03 * self.duration)


class _StderrTail(threading.Thread):
    """Drains ffmpeg's stderr (so it never blocks) and keeps what we need from it."""

    _ADDRESS = re.compile(r"\[(\S+) @ 0x[0-9a-f]+\] ")
    _DURATION = re.compile(r"^\s*Duration: (?:(\d+):(\d+):([\d.]+)|N/A)")
    _NOISE = ("Input #", "Output #", "Stream mapping", "Press [q]", "size=", "video:", "Metadata",
              "[out#", "ffmpeg version", "built with", "configuration:", "lib")

    def __init__(self, stream) -> None:
        super().__init__(daemon=True)
        self.stream = stream
        self.lines: deque[str] = deque(maxlen=30)
        self.duration: float | None = None
        self.estimated = False
        self.truncated = False

    def run(self) -> None:
        for raw in iter(self.stream.readline, b""):
            line = raw.decode("utf-8", "replace").rstrip()
            match = self._DURATION.match(line)
            if match and match.group(1) is not None and self.duration is None:
                h, m, s = match.groups()
                self.duration = int(h) * 3600 + int(m) * 60 + float(s)
            if line and not line[0].isspace() and not line.startswith(self._NOISE):
                self.lines.append(self._ADDRESS.sub(r"[\1] ", line))
                # Flags, not the tail: a long decode may push these lines out of it.
                self.truncated = self.truncated or truncated([line])
                self.estimated = self.estimated or "Estimating duration from bitrate" in line

    _GENERIC = ("Conversion failed!", "Exiting normally", "Error opening output files")

    def reason(self) -> str:
        """What ffmpeg said, as one short line: a recognised cause, else its last meaningful line."""
        known = describe(self.lines)
        if known:
            return known
        useful = [line for line in self.lines if not line.startswith(self._GENERIC)]
        return useful[-1] if useful else (self.lines[-1] if self.lines else "")


def _command(media_url: str, *, realtime: bool, network: bool, stall_timeout: float) -> list[str]:
    input_opts: dict = {}
    if realtime:
        input_opts["re"] = None
    if network:
        # Fail inside ffmpeg too, so a dead connection does not hang in a blocking read.
        input_opts["rw_timeout"] = int(max(stall_timeout, 1.0) * 1_000_000)
        input_opts["analyzeduration"] = 2_000_000
        input_opts["fflags"] = "+discardcorrupt"
        if urllib.parse.urlsplit(media_url).scheme.lower() in ("http", "https"):
            # Protocol options of http.c: they must precede -i and only cover short blips.
            input_opts.update(reconnect=1, reconnect_streamed=1, reconnect_on_network_error=1,
                              reconnect_delay_max=int(max(2, stall_timeout)))
    stream = ffmpeg.input(media_url, **input_opts)["a:0"]
    out = stream.output("pipe:1", format="f32le", acodec="pcm_f32le", ac=1, ar=SAMPLE_RATE, vn=None, sn=None, dn=None)
    compiled = out.compile(cmd=ffmpeg_exe())
    return [compiled[0], "-hide_banner", "-nostdin", "-nostats", "-loglevel", "info", *compiled[1:]]


def _kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    proc.wait()


def _run_ffmpeg(cmd: list[str], *, block_samples: int, stall_timeout: float | None,
                stop: threading.Event | None) -> Generator[np.ndarray, None, Attempt]:
    """Yield float32 blocks from one ffmpeg run; return how the run ended."""
    block_bytes = block_samples * 4
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    tail = _StderrTail(proc.stderr)
    tail.start()
    result = Attempt()
    buf = bytearray()
    fd = proc.stdout.fileno()
    last_data = time.monotonic()
    try:
        while True:
            if stop is not None and stop.is_set():
                result.stopped = True
                break
            ready, _, _ = select.select([fd], [], [], 0.25)
            if ready:
                data = os.read(fd, 1 << 16)
                if not data:
                    break
                buf += data
                last_data = time.monotonic()
                while len(buf) >= block_bytes:
                    samples = np.frombuffer(bytes(buf[:block_bytes]), dtype="<f4").copy()
                    del buf[:block_bytes]
                    result.samples += len(samples)
                    yield samples
            elif stall_timeout is not None and time.monotonic() - last_data > stall_timeout:
                result.stalled = True
                break
        usable = len(buf) - len(buf) % 4
        if usable and not result.stopped:
            samples = np.frombuffer(bytes(buf[:usable]), dtype="<f4").copy()
            result.samples += len(samples)
            yield samples
    finally:
        _kill(proc)
        proc.stdout.close()
        tail.join(timeout=2)
        proc.stderr.close()
    result.returncode = proc.returncode
    result.duration = tail.duration
    result.estimated = tail.estimated
    result.truncated = tail.truncated
    result.reason = tail.reason()
    result.network_problem = describe(tail.lines, network_only=True)
    return result


def _playlist_ended(url: str) -> bool:
    """True when the HLS playlist (or its first variant) carries #EXT-X-ENDLIST."""
    try:
        for _ in range(2):
            with urllib.request.urlopen(url, timeout=5) as resp:
                text = resp.read(1 << 20).decode("utf-8", "replace")
            if "#EXT-X-ENDLIST" in text:
                return True
            if "#EXT-X-STREAM-INF" not in text:
                return False
            variant = next((ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), None)
            if variant is None:
                return False
            url = urllib.parse.urljoin(url, variant)
    except (OSError, ValueError):
        return False
    return False


def _local_path(url: str) -> Path:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "file":
        return Path(urllib.parse.unquote(parts.path))
    return Path(url).expanduser()


def open_audio(url: str, *, realtime: bool = False, stall_timeout: float = 10.0,
               on_state: StateCallback | None = None, stop: threading.Event | None = None,
               max_reconnects: int | None = None, resolve: Callable[[str], str] | None = None,
               block_seconds: float = BLOCK_SECONDS, backoff_base: float = 1.0,
               backoff_max: float = 30.0) -> Iterator[AudioBlock]:
    """Decode `url` (file path or live URL) into `AudioBlock`s of `block_seconds` (the last may be shorter).

    Files end with ENDED; a file that yields no audio, or fails mid-way, raises `SourceError`.
    Live URLs reconnect with exponential backoff (`backoff_base` doubling up to `backoff_max`) when ffmpeg
    exits or no audio arrives for `stall_timeout` seconds; `max_reconnects` bounds the consecutive
    attempts that bring no audio (None = forever, until `stop` is set). HLS ends when its playlist
    carries #EXT-X-ENDLIST; an HTTP input that reported a finite duration ends at its end.
    """
    notify: StateCallback = on_state or (lambda state, reason=None: None)
    block_samples = max(1, int(round(block_seconds * SAMPLE_RATE)))
    if is_network_url(url):
        if resolve is None and url.lower().startswith(ROOM_PREFIX):
            raise SourceError(f"{url}: a room page needs a resolver (transcription.resolve.resolver_for)")
        yield from _open_live(url, realtime=realtime, stall_timeout=stall_timeout, notify=notify, stop=stop,
                              max_reconnects=max_reconnects, resolve=resolve, block_samples=block_samples,
                              backoff_base=backoff_base, backoff_max=backoff_max)
    else:
        yield from _open_file(_local_path(url), realtime=realtime, notify=notify, stop=stop,
                              block_samples=block_samples)


def _open_file(path: Path, *, realtime: bool, notify: StateCallback, stop: threading.Event | None,
               block_samples: int) -> Iterator[AudioBlock]:
    def fail(message: str) -> SourceError:
        notify(StreamState.FAILED, message)
        return SourceError(message)

    if not path.is_file():
        raise fail(f"{path}: no such file")
    notify(StreamState.CONNECTING, None)
    cmd = _command(str(path), realtime=realtime, network=False, stall_timeout=0)
    produced = 0
    run = _run_ffmpeg(cmd, block_samples=block_samples, stall_timeout=None, stop=stop)
    try:
        while True:
            try:
                samples = next(run)
            except StopIteration as done:
                attempt: Attempt = done.value
                break
            if produced == 0:
                notify(StreamState.LIVE, None)
            yield AudioBlock(samples=samples, start=produced / SAMPLE_RATE)
            produced += len(samples)
    finally:
        run.close()     # the consumer may stop early: ffmpeg is killed now, not at garbage collection
    if attempt.stopped:
        notify(StreamState.ENDED, "stopped")
        return
    if produced == 0:
        why = attempt.reason or "no audio stream"
        if why.startswith("truncated") and _looks_like_media(path):
            raise fail(f"{path}: {why}; no audio could be decoded")
        raise fail(f"{path}: not a readable audio/video file ({why})")
    decoded = produced / SAMPLE_RATE
    if attempt.returncode != 0:
        raise fail(f"{path}: decoding failed after {decoded:.1f} s, file truncated or corrupt "
                   f"({attempt.reason or f'ffmpeg exit {attempt.returncode}'})")
    if not attempt.truncated and attempt.shortfall(decoded):
        # The container's duration covers video too; only the audio stream's own may say "cut off".
        attempt.duration = _declared_audio_seconds(path)
    if attempt.truncated or attempt.shortfall(decoded):
        # ffmpeg exits 0 on a cut-off MP4/MP3: what was decoded has been delivered, but this is no "end".
        raise fail(_truncated_message(str(path), decoded, attempt))
    notify(StreamState.ENDED, None)


def _declared_audio_seconds(path: Path) -> float | None:
    """The first audio stream's duration as its header declares it (PyAV, installed with faster-whisper)."""
    import av
    try:
        with av.open(str(path)) as container:
            stream = container.streams.audio[0]
            if stream.duration is None or stream.time_base is None:
                return None
            return float(stream.duration * stream.time_base)
    except (av.FFmpegError, IndexError, OSError):
        return None


_MEDIA_MAGIC = (b"ID3", b"RIFF", b"OggS", b"fLaC", b"FLV", b"\x1a\x45\xdf\xa3", b"\xff\xfb", b"\xff\xf3",
                b"\xff\xf1", b"\xff\xf9", b"#EXTM3U")


def _looks_like_media(path) -> bool:
    """Does the file start like an audio/video container? A cut MP4 still has its `ftyp` box; a text file
    named .m4a does not (ffmpeg says "moov atom not found" for both)."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return head[4:8] == b"ftyp" or head.startswith(_MEDIA_MAGIC)


def _truncated_message(where: str, decoded: float, attempt: Attempt) -> str:
    declared = f" of {attempt.duration:.1f} s" if attempt.duration and not attempt.estimated else ""
    why = attempt.reason if attempt.reason.startswith("truncated") else "truncated file"
    return f"{where}: {why}; only {decoded:.1f} s{declared} could be decoded"


def _open_live(url: str, *, realtime: bool, stall_timeout: float, notify: StateCallback,
               stop: threading.Event | None, max_reconnects: int | None, resolve: Callable[[str], str] | None,
               block_samples: int, backoff_base: float, backoff_max: float) -> Iterator[AudioBlock]:
    started: float | None = None      # wall clock of the first audio
    media_end = 0.0
    idle_attempts = 0                  # consecutive attempts that brought no audio
    reason: str | None = None
    while True:
        notify(StreamState.CONNECTING, reason)
        attempt = Attempt()
        try:
            media_url = resolve(url) if resolve else url
        except Exception as exc:  # a resolver is third-party scraping code: any failure is one failed attempt
            attempt.reason = f"resolve failed: {exc}"
            attempt.returncode = -1
        else:
            cmd = _command(media_url, realtime=realtime, network=True, stall_timeout=stall_timeout)
            run = _run_ffmpeg(cmd, block_samples=block_samples, stall_timeout=stall_timeout, stop=stop)
            offset = None
            produced = 0
            try:
                while True:
                    try:
                        samples = next(run)
                    except StopIteration as done:
                        attempt = done.value
                        break
                    if offset is None:
                        now = time.monotonic()
                        if started is None:
                            started = now
                        # The gap counts as media time, so timestamps track wall time since we began watching.
                        offset = max(media_end, now - started)
                        notify(StreamState.LIVE, None)
                    block = AudioBlock(samples=samples, start=offset + produced / SAMPLE_RATE)
                    produced += len(samples)
                    media_end = block.end
                    yield block
            finally:
                run.close()
        if attempt.stopped or (stop is not None and stop.is_set()):
            notify(StreamState.ENDED, "stopped")
            return
        if attempt.returncode == 0 and not attempt.stalled and attempt.samples:
            # Only an HTTP input that announced a real duration is a file; RTMP/FLV live metadata may say 0.
            finite = (attempt.duration is not None and attempt.duration > 0 and not is_hls_url(media_url)
                      and urllib.parse.urlsplit(media_url).scheme.lower() in ("http", "https"))
            if finite and attempt.truncated:     # (no duration check here: a video's duration is not its audio's)
                message = _truncated_message(url, attempt.samples / SAMPLE_RATE, attempt)
                notify(StreamState.FAILED, message)
                raise SourceError(message)
            if finite or (is_hls_url(media_url) and _playlist_ended(media_url)):
                notify(StreamState.ENDED, None)
                return
        if attempt.stalled:
            # ffmpeg's own HTTP reconnects can outlast our stall timeout: say what it kept running into.
            reason = f"no audio for {stall_timeout:g} s"
            if attempt.network_problem:
                reason = f"{attempt.network_problem} ({reason})"
        elif attempt.returncode == 0:
            reason = "stream dropped (end of data)"
            if attempt.network_problem:
                reason = f"stream dropped ({attempt.network_problem})"
        else:
            reason = attempt.reason or f"ffmpeg exit {attempt.returncode}"
        idle_attempts = 0 if attempt.samples else idle_attempts + 1
        if max_reconnects is not None and idle_attempts > max_reconnects:
            message = f"{url}: no audio after {idle_attempts} attempt(s), giving up: {reason}"
            notify(StreamState.FAILED, message)
            raise SourceError(message)
        notify(StreamState.STALLED, reason)
        delay = min(backoff_max, backoff_base * (2 ** max(0, idle_attempts - 1)))
        if stop is not None:
            if stop.wait(delay):
                notify(StreamState.ENDED, "stopped")
                return
        else:
            time.sleep(delay)
