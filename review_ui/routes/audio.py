"""A hit's wider evidence, loaded by the waveform on demand: ±10 s of audio and the timed words.

`/hits/<id>/context` says what there is (window, source, which stretches are real audio, the words);
`/hits/<id>/context.wav` is the audio itself, cut when asked (16 kHz mono PCM: the browser decodes it for
the waveform without a codec question). Browsers may not keep either (evidence, like the clip); the server
keeps a cut for a minute so the player's byte-range requests get the same bytes.
"""
from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, Response

from review_ui.crud import evidence_audio
from review_ui.crud import hits as hits_crud
from review_ui.deps import ReviewerUser, SessionDep

router = APIRouter()


def _load(request: Request, session, hit_id: int):
    t = request.app.state.templates.env.globals["t"]
    found = hits_crud.get_hit(session, hit_id)
    if found is None:
        raise HTTPException(404, t("error.no_hit", id=hit_id))
    return found, t


@router.get("/hits/{hit_id:id}/context")
def context_info(request: Request, session: SessionDep, _user: ReviewerUser, hit_id: int) -> Response:
    (hit, stream), _t = _load(request, session, hit_id)
    window = evidence_audio.context_window(hit)
    words = evidence_audio.words_around(session, hit, window)
    return JSONResponse({
        "hit": hit.id,
        "phrase": [round(float(hit.start), 3), round(float(hit.end), 3)],
        "clip_start": round(evidence_audio.clip_start(hit), 3),
        "window": [round(window[0], 3), round(window[1], 3)],
        "source": evidence_audio.context_source(hit, stream),
        "audio_url": f"/hits/{hit.id}/context.wav",
        "words": [{"start": w.start, "end": w.end, "text": w.text, "phrase": w.in_phrase} for w in words],
    })


class _RecentCuts:
    """The last few cuts, for a minute: the browser asks for the same audio again in byte ranges (to seek),
    and each answer must be the same bytes without running ffmpeg again."""

    def __init__(self, size: int = 16, seconds: float = 60.0) -> None:
        self.size, self.seconds = size, seconds
        self._items: OrderedDict[int, tuple[float, bytes, dict]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, hit_id: int) -> tuple[bytes, dict] | None:
        with self._lock:
            found = self._items.get(hit_id)
            if found is None or time.monotonic() - found[0] > self.seconds:
                return None
            self._items.move_to_end(hit_id)
            return found[1], found[2]

    def put(self, hit_id: int, body: bytes, headers: dict) -> None:
        with self._lock:
            self._items[hit_id] = (time.monotonic(), body, headers)
            self._items.move_to_end(hit_id)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


def _recent(request: Request) -> _RecentCuts:
    # One per app (its own database), made on first use.
    state = request.app.state
    if getattr(state, "context_cuts", None) is None:
        state.context_cuts = _RecentCuts()
    return state.context_cuts


RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


@router.get("/hits/{hit_id:id}/context.wav")
def context_wav(request: Request, session: SessionDep, _user: ReviewerUser, hit_id: int) -> Response:
    (hit, stream), t = _load(request, session, hit_id)
    recent = _recent(request)
    cached = recent.get(hit_id)
    if cached is None:
        audio = evidence_audio.context_audio(session, hit, stream, request.app.state.settings.clips_path)
        if audio is None:
            raise HTTPException(404, t("error.no_context_audio"))
        # The page needs to know where the audio sits in media time and which parts are real: headers, so
        # the request that carries the audio carries them too.
        headers = {"X-Media-Start": f"{audio.start:.3f}", "X-Audio-Source": audio.source,
                   "X-Covered": ",".join(f"{a:.3f}-{b:.3f}" for a, b in audio.covered)}
        cached = (evidence_audio.wav_bytes(audio.samples), headers)
        recent.put(hit_id, *cached)
    body, headers = cached
    headers = {**headers, "Accept-Ranges": "bytes", "Cache-Control": "no-store"}
    # Byte ranges, because a browser seeks in media only when the server serves them.
    wanted = RANGE.match(request.headers.get("range", "").strip())
    if wanted and (wanted.group(1) or wanted.group(2)):
        first, last = wanted.groups()
        if first:
            start, end = int(first), min(int(last) if last else len(body) - 1, len(body) - 1)
        else:
            start, end = max(0, len(body) - int(last)), len(body) - 1
        if start > end or start >= len(body):
            return Response(status_code=416, headers={"Content-Range": f"bytes */{len(body)}", **headers})
        return Response(body[start:end + 1], status_code=206, media_type="audio/wav",
                        headers={"Content-Range": f"bytes {start}-{end}/{len(body)}", **headers})
    return Response(body, media_type="audio/wav", headers=headers)
