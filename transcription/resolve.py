"""Room pages → media URLs: what `open_audio(resolve=...)` calls at every (re)connect.

Platform pull URLs (a Douyin room's FLV, for instance) carry signatures that expire within hours, so
a stream is registered by its room page instead, written `room+https://live.example.com/123`, and
the page is fetched again before every connect. Like streamlink's generic plugin, the resolver here
knows no platform: it takes the first http(s) URL of a .flv (preferred) or .m3u8 that the page's
HTML or embedded JSON mentions. A page that needs cookies, signed API calls or JavaScript defeats it.

Platform plugins plug in through the same callable, `(registered_url) -> media_url`, raising
`SourceError` when the room is offline: one module per platform in `transcription/plugins/`
(e.g. `plugins/douyin.py`), chosen in `resolver_for` by the page's host before the generic one.
None exists yet.
"""
from __future__ import annotations

import html
import http.client
import re
import urllib.error
import urllib.parse
import urllib.request
from typing import Callable

from transcription.source import ROOM_PREFIX, SourceError

FETCH_TIMEOUT = 10.0              # seconds; a resolve is one connect attempt and must not hang the loop
MAX_PAGE_BYTES = 8 << 20
# Platforms serve a bare "please enable JavaScript" page to clients that do not look like a browser.
USER_AGENT = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/124.0 Safari/537.36")

_URL = re.compile(r"""https?://[^\s"'<>\\`]+""")
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def is_room_url(url: str) -> bool:
    return url.lower().startswith((ROOM_PREFIX + "http://", ROOM_PREFIX + "https://"))


def _unescape(text: str) -> str:
    """Undo the escaping a URL picks up inside JSON in a <script> (\\u0026, \\/) and in HTML (&amp;)."""
    text = _JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text).replace("\\/", "/")
    return html.unescape(text)


def media_urls(text: str) -> list[str]:
    """Every .flv/.m3u8 URL in the page, in order of appearance, FLV first (it carries no playlist
    polling and is what platforms hand their own web players)."""
    found: list[str] = []
    # Some pages keep their state percent-encoded (https%3A%2F%2F…): look there when plain text has nothing.
    for candidate_text in (_unescape(text), _unescape(urllib.parse.unquote(text))):
        for url in _URL.findall(candidate_text):
            url = url.rstrip(".,;)")
            if urllib.parse.urlsplit(url).path.lower().endswith((".flv", ".m3u8")) and url not in found:
                found.append(url)
        if found:
            break
    return sorted(found, key=lambda u: 0 if ".flv" in urllib.parse.urlsplit(u).path.lower() else 1)


def fetch_page(page: str, *, timeout: float = FETCH_TIMEOUT) -> str:
    try:
        request = urllib.request.Request(page, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*"})
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            body = resp.read(MAX_PAGE_BYTES)
            charset = resp.headers.get_content_charset() or "utf-8"
    except urllib.error.HTTPError as exc:
        raise SourceError(f"room page {page}: HTTP {exc.code} {exc.reason}") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:   # refused, timeout, garbage reply, bad URL
        raise SourceError(f"room page {page}: cannot fetch ({_short_reason(exc)})") from None
    try:
        return body.decode(charset, "replace")
    except LookupError:         # a charset Python does not know
        return body.decode("utf-8", "replace")


def _short_reason(exc: BaseException) -> str:
    """The cause in the source's words: `connection refused`, not `<urlopen error [Errno 111] …>`."""
    cause = getattr(exc, "reason", None) or exc
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror.lower()
    return " ".join(str(cause or type(exc).__name__).split())


def resolve_room(url: str, *, timeout: float = FETCH_TIMEOUT) -> str:
    """The media URL currently embedded in the room page of `url` (`room+https://…`)."""
    page = url[len(ROOM_PREFIX):] if is_room_url(url) else url
    found = media_urls(fetch_page(page, timeout=timeout))
    if not found:
        raise SourceError(f"room page {page}: no .flv or .m3u8 URL in it (room offline, or the platform "
                          "needs its own plugin)")
    return found[0]


def resolver_for(url: str) -> Callable[[str], str] | None:
    """The resolver `open_audio` needs for a registered URL; None for files and direct media URLs."""
    return resolve_room if is_room_url(url) else None
