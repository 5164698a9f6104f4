"""The hit's wider evidence (issue 10, item 4): ±10 s of context cut on demand from the stored audio, and the
timed words of that window. Real ffmpeg, a real recording, real clips."""
from __future__ import annotations

import io
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from monitor.models import Segment
from review_ui.crud import evidence_audio
from tests.review_ui import helpers

RECORDING = Path(__file__).resolve().parents[2] / "sample_streams" / "tea_health_demo.m4a"
# tea_health_demo utterance 2 (sample_streams/manifest.json): 12.396–17.986 s.
TEXT = "我们的茶每天喝一杯，降血压，降血糖，三高人群一喝就好。"
SPAN = (12.396, 17.986)


def _words():
    step = (SPAN[1] - SPAN[0]) / len(TEXT)
    return [[round(SPAN[0] + i * step, 3), round(SPAN[0] + (i + 1) * step, 3), ch] for i, ch in enumerate(TEXT)]


def cut_clip(source: Path, target: Path, start: float, end: float) -> str:
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-ss", f"{start:.3f}", "-t", f"{end - start:.3f}",
                    "-i", str(source), "-ac", "1", "-ar", "16000", "-c:a", "libopus", "-b:a", "24k", str(target)],
                   check=True)
    import hashlib
    return hashlib.sha256(target.read_bytes()).hexdigest()


def seed_phrase(db, settings, stream, phrase="降血压", clip_name="h.opus"):
    """A hit on `phrase` of utterance 2 with its clip (phrase −3 s … +2 s, as the worker cuts it) and the
    utterance's segment with word timings."""
    words = _words()
    i = TEXT.index(phrase)
    start, end = words[i][0], words[i + len(phrase) - 1][1]
    if not db.query(Segment).filter_by(stream_id=stream.id).count():
        db.add(Segment(stream_id=stream.id, start_ms=int(SPAN[0] * 1000), start=SPAN[0], end=SPAN[1], text=TEXT,
                       words=words))
    clip_start = max(0.0, start - 3.0)
    rel = f"{stream.id}/{clip_name}"
    sha = cut_clip(RECORDING, settings.clips_path / rel, clip_start, end + 2.0)
    hit = helpers.add_hit(db, stream, matched=phrase, category="medical_claim", rule_id="med-cure",
                          segment_text=TEXT, clip_path=rel, clip_sha256=sha, clip_offset=start - clip_start)
    hit.start, hit.end = start, end
    db.commit()
    return hit


def _wav(response):
    with wave.open(io.BytesIO(response.content)) as w:
        assert (w.getnchannels(), w.getframerate(), w.getsampwidth()) == (1, 16000, 2)
        return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32) / 32768.0


def test_context_of_a_file_stream_is_cut_from_the_recording(client, db, settings):
    stream = helpers.add_stream(db, "tea-file", shop="养生茶铺")
    stream.url = str(RECORDING)
    hit = seed_phrase(db, settings, stream)
    helpers.login(client, "rita")

    info = client.get(f"/hits/{hit.id}/context").json()
    assert info["source"] == "stream_file"
    lo, hi = info["window"]
    assert lo == pytest.approx(hit.start - hit.clip_offset - 10, abs=0.01)
    assert hi == pytest.approx(hit.end + 2 + 10, abs=0.01)
    assert "".join(w["text"] for w in info["words"] if w["phrase"]) == "降血压"
    assert "".join(w["text"] for w in info["words"]) == TEXT

    response = client.get(f"/hits/{hit.id}/context.wav")
    assert response.status_code == 200 and response.headers["content-type"] == "audio/wav"
    assert response.headers["cache-control"] == "no-store"
    samples = _wav(response)
    assert len(samples) / 16000 == pytest.approx(hi - lo, abs=0.05)
    assert float(response.headers["x-media-start"]) == pytest.approx(lo, abs=0.01)
    assert response.headers["x-covered"] == f"{lo:.3f}-{lo + len(samples) / 16000:.3f}"
    # Byte ranges (a browser seeks only in media served so), the same bytes as the whole answer.
    part = client.get(f"/hits/{hit.id}/context.wav", headers={"Range": "bytes=44-1043"})
    assert part.status_code == 206 and part.content == response.content[44:1044]
    assert part.headers["content-range"] == f"bytes 44-1043/{len(response.content)}"
    tail = client.get(f"/hits/{hit.id}/context.wav", headers={"Range": "bytes=-100"})
    assert tail.status_code == 206 and tail.content == response.content[-100:]
    beyond = client.get(f"/hits/{hit.id}/context.wav", headers={"Range": f"bytes={len(response.content)}-"})
    assert beyond.status_code == 416
    # The same seconds as the recording itself: the context is the stream's audio, not something near it.
    reference = evidence_audio.decode(RECORDING, lo, hi - lo)
    n = min(len(reference), len(samples))
    corr = np.corrcoef(reference[:n], samples[:n])[0, 1]
    assert corr > 0.99, corr


def test_context_of_a_live_stream_is_stitched_from_its_stored_clips(client, db, settings):
    stream = helpers.add_stream(db, "tea-live", shop="养生茶铺")     # rtmp:// — its audio was never stored
    first = seed_phrase(db, settings, stream, "降血压", "a.opus")
    second = seed_phrase(db, settings, stream, "一喝就好", "b.opus")
    helpers.login(client, "rita")
    assert client.get(f"/hits/{first.id}/context").json()["source"] == "clips"
    response = client.get(f"/hits/{first.id}/context.wav")
    assert response.status_code == 200 and response.headers["x-audio-source"] == "clips"
    samples = _wav(response)
    origin = float(response.headers["x-media-start"])
    covered = [tuple(map(float, part.split("-"))) for part in response.headers["x-covered"].split(",")]
    # Both clips lie in the window and overlap: one stretch from the first clip's start to the second's end.
    assert origin == pytest.approx(first.start - first.clip_offset, abs=0.01)
    assert len(covered) == 1 and covered[0][1] == pytest.approx(second.end + 2.0, abs=0.05)
    assert len(samples) / 16000 == pytest.approx(covered[0][1] - covered[0][0], abs=0.01)
    reference = evidence_audio.decode(RECORDING, origin, len(samples) / 16000)
    n = min(len(reference), len(samples))
    assert np.corrcoef(reference[:n], samples[:n])[0, 1] > 0.9          # Opus round trip, still the same speech


def test_stitched_context_marks_what_was_not_stored(db, settings):
    stream = helpers.add_stream(db, "gap-live")
    near = seed_phrase(db, settings, stream, "我们", "a.opus")          # clip ≈ 9.4–14.8 s
    # Another hit's clip 23–29 s (a tone): inside the window's end, with nothing stored between the two.
    sha = helpers.make_clip(settings.clips_path / f"{stream.id}/c.opus", seconds=6.0)
    later = helpers.add_hit(db, stream, matched="远处", clip_path=f"{stream.id}/c.opus", clip_sha256=sha,
                            clip_offset=2.0)
    later.start, later.end = 25.0, 26.0
    helpers.add_hit(db, stream, matched="无片段", clip_path=None)       # a hit without a clip adds nothing
    db.commit()
    audio = evidence_audio.context_audio(db, near, stream, settings.clips_path)
    assert audio is not None and audio.source == "clips"
    lo, hi = evidence_audio.context_window(near)
    assert len(audio.covered) == 2
    (a0, a1), (b0, b1) = audio.covered
    assert a0 == pytest.approx(near.start - near.clip_offset, abs=0.01) == pytest.approx(audio.start, abs=0.01)
    assert b0 == pytest.approx(23.0, abs=0.01) and b1 == pytest.approx(hi, abs=0.01)     # cut at the window
    gap = audio.samples[int((a1 - audio.start) * 16000) + 160:int((b0 - audio.start) * 16000) - 160]
    assert len(gap) and not gap.any()                                # the hole is silence, and said to be one


def test_context_needs_a_session_and_an_existing_hit(client, db, settings):
    stream = helpers.add_stream(db, "nothing")
    bare = helpers.add_hit(db, stream, clip_path=None)
    db.commit()
    assert client.get(f"/hits/{bare.id}/context.wav", follow_redirects=False).status_code in (303, 401)
    helpers.login(client, "rita")
    assert client.get("/hits/424242/context").status_code == 404
    missing = client.get(f"/hits/{bare.id}/context.wav")
    assert missing.status_code == 404 and "没有可用的音频" in missing.text


def test_hit_page_and_queue_panel_carry_the_waveform(client, db, settings):
    stream = helpers.add_stream(db, "tea-page")
    stream.url = str(RECORDING)
    hit = seed_phrase(db, settings, stream)
    helpers.login(client, "rita")
    for path in (f"/hits/{hit.id}", f"/hits/{hit.id}/panel"):
        html = client.get(path).text
        assert 'id="evidence"' in html and 'id="waveform"' in html and 'id="clip"' in html, path
        assert f'data-phrase-start="{hit.start:.3f}"' in html and "重放短语" in html and "前后 10 秒" in html
    page = client.get(f"/hits/{hit.id}").text
    assert "/static/vendor/wavesurfer/wavesurfer.min.js" in page and "/static/waveform.js" in page


def test_the_csp_allows_exactly_the_style_wavesurfer_writes():
    """The CSP's one inline-style hash is that of the <style> the vendored wavesurfer.js puts in its shadow
    root at the height static/waveform.js asks for: a new version or height fails here, without a browser."""
    import base64
    import hashlib
    import re

    from review_ui.security import CONTENT_SECURITY_POLICY, WAVESURFER_STYLE

    static = Path(__file__).resolve().parents[2] / "review_ui" / "static"
    height = re.search(r"const HEIGHT = (\d+);", (static / "waveform.js").read_text(encoding="utf-8")).group(1)
    source = (static / "vendor" / "wavesurfer" / "wavesurfer.min.js").read_text(encoding="utf-8")
    body = re.search(r'<style\$\{.*?:""\}>(.*?)</style>', source, re.S).group(1)
    style = re.sub(r"\$\{[^}]*\}", height, body).replace("\\n", "\n")
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert WAVESURFER_STYLE == f"'sha256-{digest}'" and WAVESURFER_STYLE in CONTENT_SECURITY_POLICY
