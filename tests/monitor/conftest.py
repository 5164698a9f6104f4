"""Monitor test fixtures: short audio cut from the shared labelled samples."""
from __future__ import annotations

import pytest

from tests.monitor.helpers import SAMPLES, cut_clip


@pytest.fixture(scope="session")
def audio(tmp_path_factory):
    """Short WAV clips (cut at pauses between utterances) and a looping MP3 for the live-server test."""
    root = tmp_path_factory.mktemp("audio")
    beauty, kitchen = SAMPLES / "beauty_demo.m4a", SAMPLES / "kitchen_demo.m4a"
    return {
        # three utterances: intro, 全世界最有效 (absolute), 皱纹全部消失/治疗痤疮 (medical)
        "beauty17": cut_clip(beauty, 0, 17.3, root / "beauty17.wav"),
        "kitchen25": cut_clip(kitchen, 0, 25.4, root / "kitchen25.wav"),
        "beauty_a": cut_clip(beauty, 0, 11.2, root / "beauty_a.wav"),
        "beauty_b": cut_clip(beauty, 11.2, 10.5, root / "beauty_b.wav"),
        "kitchen_a": cut_clip(kitchen, 0, 10.2, root / "kitchen_a.wav"),
        "kitchen_b": cut_clip(kitchen, 10.2, 8.8, root / "kitchen_b.wav"),
        "loop_mp3": cut_clip(kitchen, 0, 19.5, root / "loop.mp3", "-c:a", "libmp3lame", "-b:a", "64k",
                             "-write_xing", "0"),
    }
