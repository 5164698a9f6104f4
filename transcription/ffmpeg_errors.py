"""ffmpeg's stderr → one short line an operator can act on.

ffmpeg reports the real cause (refused connection, HTTP status, unknown format, cut-off file, full disk)
somewhere in its log, often several lines before the generic last one, and sometimes exits 0 anyway
(a full disk while writing, a truncated MP4). Callers keep the tail of the log and ask here.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# Most specific first: a truncated file also prints "Invalid data found", a refused HLS segment also
# prints "Failed to reload playlist".
_NETWORK: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?:Server returned|HTTP error) (\d{3})\s*([^\r\n]*)"), "HTTP {0} {1}"),
    (re.compile(r"Connection refused", re.I), "connection refused"),
    (re.compile(r"Connection timed out", re.I), "connection timed out"),
    (re.compile(r"Connection reset by peer", re.I), "connection reset by peer"),
    (re.compile(r"No route to host", re.I), "no route to host"),
    (re.compile(r"Network is unreachable", re.I), "network unreachable"),
    (re.compile(r"Failed to resolve hostname|Name or service not known|Temporary failure in name resolution",
                re.I), "host name not found"),
    (re.compile(r"Protocol not found", re.I), "unsupported protocol"),
]
_LOCAL: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"No space left on device", re.I), "no space left on device"),
    (re.compile(r"Disk quota exceeded", re.I), "disk quota exceeded"),
    (re.compile(r"Permission denied", re.I), "permission denied"),
    (re.compile(r"moov atom not found"), "truncated file: moov atom not found"),
    (re.compile(r"partial file"), "truncated file: partial file"),
    (re.compile(r"filesize and duration do not match"), "truncated file: shorter than its header says"),
    (re.compile(r"corrupt input packet|Packet corrupt"), "corrupt file: corrupt packets"),
    (re.compile(r"matches no streams|does not contain any stream|Output file .* does not contain"),
     "no audio stream"),
    (re.compile(r"Invalid data found when processing input"), "unsupported format: invalid data"),
]

# Messages that mean the file ends before its container says it should.
# Not "corrupt packet": recordings of live streams carry those mid-file and are still whole.
TRUNCATION = re.compile(r"moov atom not found|partial file|filesize and duration do not match")


def describe(lines: Iterable[str], *, network_only: bool = False) -> str | None:
    """The most telling problem in ffmpeg's log lines, as a short phrase; None when nothing is recognised.
    `network_only` is for a live stream that stalled: old corrupt-packet warnings there say nothing about
    why the audio stopped."""
    text = "\n".join(lines)
    for pattern, label in _NETWORK if network_only else _NETWORK + _LOCAL:
        match = pattern.search(text)
        if match:
            return label.format(*(g.strip() for g in match.groups())).strip()
    return None


def truncated(lines: Iterable[str]) -> bool:
    return any(TRUNCATION.search(line) for line in lines)
