"""Evidence clips of one utterance: one encode per stretch of audio, a file per hit.

A phrase hit by two rules (or by a rule and the classifier) has the same clip twice; the worker encodes it
once and gives the second hit a copy, so the clips cost the ASR processes less CPU while every hit keeps a
whole, hashed file of its own that retention can delete alone."""
from __future__ import annotations

import hashlib

import numpy as np
from sqlalchemy import select

from monitor import clip_writer
from monitor.models import Hit
from monitor.store import SegmentResult, StoreRequest
from monitor.utterance_store import StoreItem, UtteranceStore, capture_clips
from tests.monitor.helpers import FakeScanHit, claimed_stream, factory_for
from transcription.clips import decoded_seconds
from transcription.types import SAMPLE_RATE


def test_hits_on_the_same_audio_share_one_encode_but_keep_their_own_files(db_url, tmp_path):
    factory = factory_for(db_url)
    stream_id = claimed_stream(factory, tmp_path)
    t = np.arange(int(20 * SAMPLE_RATE)) / SAMPLE_RATE
    ring = (0.2 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)     # media seconds 0-20 of the stream

    def clip(start: float, end: float):
        lo, hi = int(start * SAMPLE_RATE), int(min(end, 20.0) * SAMPLE_RATE)
        return ring[lo:hi], start

    same = [FakeScanHit("abs.lowest", "absolute_claim", "high", 11.2, 12.0, matched="最低价"),
            FakeScanHit("model:absolute_claim", "absolute_claim", "medium", 11.2, 12.0, matched="最低价",
                        how="model")]
    other = FakeScanHit("med.cure", "medical_claim", "medium", 12.5, 13.4, matched="治疗痤疮")
    seg = SegmentResult(10.0, 14.0, "这是全网最低价，还能治疗痤疮", hits=[*same, other])
    request = StoreRequest(stream_id=stream_id, stream_name="s1", worker_id="W", rule_version=1, checkpoint=14.2,
                           segments=[seg])
    encoded = []

    def counting_writer(samples, path):
        encoded.append(path.name)
        return clip_writer.write_clip(samples, path)

    clips = tmp_path / "clips"
    store = UtteranceStore(factory, "W", clips, spool_dir=tmp_path / "spool", write_clip=counting_writer)
    store.add(StoreItem(request, capture_clips([seg], clip), 4.0, 1.0, 0.0, 14.2))
    stored, lost = store.flush()
    assert lost == set() and [s.outcome.hits for s in stored] == [3]
    assert len(encoded) == 2          # the two hits on 最低价 share one encode; 治疗痤疮 has its own
    with factory() as session:
        hits = session.scalars(select(Hit).order_by(Hit.start, Hit.rule_id)).all()
    assert len({h.clip_path for h in hits}) == 3 and not any(h.clip_missing for h in hits)
    for h in hits:
        path = clips / h.clip_path
        assert h.clip_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert abs(decoded_seconds(path) - (h.end + 2.0 - (h.start - 3.0))) <= 0.05
        assert h.clip_offset == 3.0
    first, second = (clips / h.clip_path for h in hits if h.start == 11.2)
    assert first.read_bytes() == second.read_bytes()
    first.unlink()                    # retention deletes one hit's clip: the other hit's is untouched
    assert second.stat().st_size > 0
    assert sorted(p.name for p in (clips / str(stream_id)).iterdir() if p.name.startswith(".")) == []
