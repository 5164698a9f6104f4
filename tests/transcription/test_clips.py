"""Evidence clips: the ring keeps media time, clips are real Opus/MP3 with a matching SHA-256."""
from __future__ import annotations

import hashlib
import subprocess

import numpy as np
import pytest

from transcription.clips import AudioRing, write_clip
from transcription.source import ffmpeg_exe, open_audio
from transcription.types import SAMPLE_RATE, AudioBlock


def _blocks(seconds: float, start: float = 0.0, size: int = 8000):
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    samples = (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    return [AudioBlock(samples[i:i + size], start + i / SAMPLE_RATE) for i in range(0, len(samples), size)]


def test_ring_keeps_the_last_seconds_by_media_time():
    ring = AudioRing(seconds=10)
    for block in _blocks(30):
        ring.append(block)
    assert 19.4 <= ring.start <= 20.0 and ring.end == pytest.approx(30.0)
    assert len(ring.slice(25.0, 27.0)) == 2 * SAMPLE_RATE
    assert len(ring.slice(0.0, 5.0)) == 0            # gone
    samples, first = ring.slice_with_start(15.0, 22.0)
    assert first == pytest.approx(ring.start) and len(samples) == pytest.approx((22.0 - ring.start) * SAMPLE_RATE, abs=2)


def test_ring_skips_reconnect_gaps():
    ring = AudioRing(seconds=60)
    for block in _blocks(5, start=0.0) + _blocks(5, start=20.0):
        ring.append(block)
    assert len(ring.slice(3.0, 22.0)) == 4 * SAMPLE_RATE     # 2 s before the gap + 2 s after


@pytest.mark.parametrize("suffix", [".opus", ".mp3"])
def test_write_clip_encodes_and_hashes(tmp_path, suffix):
    samples = np.concatenate([b.samples for b in _blocks(3.0)])
    path = tmp_path / "hits" / f"clip{suffix}"
    digest = write_clip(samples, path)
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    decoded = np.concatenate([b.samples for b in open_audio(str(path))])
    assert abs(len(decoded) / SAMPLE_RATE - 3.0) < 0.1
    probe = subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(path)], capture_output=True, text=True)
    assert ("opus" if suffix == ".opus" else "mp3") in probe.stderr
    assert [p.name for p in path.parent.iterdir()] == [path.name], "temporary file left behind"


def test_write_clip_refuses_what_it_cannot_write(tmp_path):
    with pytest.raises(ValueError):
        write_clip(np.zeros(100, dtype=np.float32), tmp_path / "clip.wav")
    with pytest.raises(ValueError):
        write_clip(np.zeros(0, dtype=np.float32), tmp_path / "clip.opus")



def test_a_clip_folder_that_is_a_file_gives_a_missing_clip_not_an_exception(tmp_path):
    """An operator's typo (LIVEWATCH_DATA_DIR/clips is a file): the hit is still stored, marked missing its clip."""
    from transcription.clips import save_clip

    (tmp_path / "clips").write_text("not a folder")
    result = save_clip(np.zeros(SAMPLE_RATE, dtype=np.float32), tmp_path / "clips" / "s1" / "hit.opus")
    assert not result.ok and result.sha256 is None and "directory" in result.error
# -- a clip is evidence only when whole (issue 9, item 11) ---------------------------------------------------

@pytest.fixture
def full_disk(tmp_path):
    """A 64 KiB tmpfs filled to the brim: the data dir of a machine whose disk ran full. Needs root (the
    test machines run as root); a filled loop device would do the same."""
    import os
    import shutil
    mount = tmp_path / "full"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        pytest.fail(f"cannot mount a tmpfs for the full-disk test (run as root): {done.stderr.strip()}")
    try:
        with open(mount / "filler", "wb", buffering=0) as filler:
            try:
                while True:
                    filler.write(b"\0" * 4096)
            except OSError:         # ENOSPC: full
                pass
        assert shutil.disk_usage(mount).free < 4096
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)
        os.rmdir(mount)


def _tone(seconds: float) -> np.ndarray:
    return np.concatenate([b.samples for b in _blocks(seconds)])


def test_full_disk_gives_a_missing_clip_never_an_empty_hash(full_disk, caplog):
    from transcription.clips import ClipError, save_clip
    path = full_disk / "clips" / "7" / "0000012345_abs.lowest.opus"
    with caplog.at_level("ERROR", logger="transcription.clips"):
        result = save_clip(_tone(10.0), path)
    assert not result.ok and result.sha256 is None
    assert "no space left on device" in result.error
    assert not path.exists() and [p.name for p in path.parent.iterdir()] == [], "no empty or cut file left"
    logged = [r for r in caplog.records if r.getMessage() == "clip not written"]
    assert len(logged) == 1 and logged[0].clip == str(path) and "no space" in logged[0].error
    with pytest.raises(ClipError, match="no space left on device"):
        write_clip(_tone(10.0), path)


def test_nearly_full_disk_cuts_the_clip_and_it_is_refused(full_disk):
    """Room for the start of the clip only: ffmpeg writes part of it, says so on stderr and exits 0."""
    from transcription.clips import save_clip
    (full_disk / "filler").write_bytes(b"\0" * (64 * 1024 - 16 * 1024))       # ~16 KiB free
    assert save_clip(_tone(1.0), full_disk / "small.opus").ok                    # a short clip still fits
    result = save_clip(_tone(20.0), full_disk / "long.opus")
    assert not result.ok and result.sha256 is None and not (full_disk / "long.opus").exists()


def test_a_cut_clip_decodes_short(tmp_path):
    """The check reads the audio, not the header: a clip cut after writing decodes to less than it claims."""
    from transcription.clips import decoded_seconds, save_clip
    result = save_clip(_tone(6.0), tmp_path / "whole.opus")
    assert result.ok and result.duration == pytest.approx(6.0, abs=0.05) and result.size > 0
    cut = tmp_path / "cut.opus"
    cut.write_bytes((tmp_path / "whole.opus").read_bytes()[: result.size // 2])
    assert decoded_seconds(cut) < 4.0
    (tmp_path / "empty.opus").write_bytes(b"")
    assert decoded_seconds(tmp_path / "empty.opus") is None


def test_hit_on_a_full_disk_is_stored_marked_missing_and_counted(full_disk, tmp_path, caplog):
    """The issue's fault run, small: data dir on a full disk, database elsewhere. The hit is stored with
    `clip_missing`, no path and no hash (never the hash of an empty file), logged, and shown in /metrics."""
    from sqlalchemy import select

    from monitor.db import make_engine, session_scope
    from monitor.metrics import render_metrics
    from monitor.models import Hit
    from monitor.schema import upgrade
    from monitor.store import SegmentResult, StoreRequest, store_utterance
    from tests.monitor.helpers import FakeScanHit, claimed_stream, factory_for

    url = f"sqlite:///{tmp_path / 'livewatch.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    factory = factory_for(url)
    stream_id = claimed_stream(factory, tmp_path)

    def writer(hit, stem):          # what the worker does: the clip goes into the data dir's clips/
        relative = stem.with_suffix(".opus")
        return str(relative), write_clip(_tone(8.0), full_disk / "clips" / relative), 3.0

    seg = SegmentResult(10.0, 14.0, "这是全网最低价", hits=[FakeScanHit("abs.lowest", "absolute_claim", "high", 11.2, 12.0)])
    request = StoreRequest(stream_id=stream_id, stream_name="s1", worker_id="W", rule_version=1, checkpoint=14.0,
                           segments=[seg])
    with caplog.at_level("ERROR"), session_scope(factory) as session:
        assert store_utterance(session, request, writer).hits == 1
    with factory() as session:
        hit = session.scalar(select(Hit))
        assert (hit.clip_missing, hit.clip_sha256, hit.clip_path) == (True, None, None)
    assert any(r.getMessage() == "clip not written" and "no space left" in getattr(r, "error", "")
               for r in caplog.records)
    metrics = render_metrics(factory)[0].decode()
    assert "livewatch_clips_missing_total 1.0" in metrics
    assert not list((full_disk / "clips").rglob("*.opus")), "no empty clip left behind"
