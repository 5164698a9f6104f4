"""Monitor test fixtures: short audio cut from the shared labelled samples."""
from __future__ import annotations

import os

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


@pytest.fixture
def private_pg():
    """A PostgreSQL server of this test's own, which the test may stop and start (the shared one must stay up).
    Yields (database URL, stop, start)."""
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    from tests.conftest import PG_BIN, _as_postgres, _create_pg_database, free_port

    root = Path(tempfile.mkdtemp(prefix="livewatch-pg-private-"))     # where the postgres user can reach
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    port = free_port()
    subprocess.run(_as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                                 "--encoding=UTF8", "--locale=C.UTF-8"]), check=True, capture_output=True)
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50"

    def start() -> None:
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                                     str(root / "server.log"), "-w", "-t", "60", "start"]),
                       check=True, capture_output=True)

    def stop() -> None:
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
                       check=True, capture_output=True)

    start()
    try:
        yield _create_pg_database(f"postgresql+psycopg://postgres@127.0.0.1:{port}"), stop, start
    finally:
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def asr_pool():
    """One real ASR process with the bundled model, shared by the in-process worker tests."""
    from monitor.asr_pool import AsrPool
    from tests.monitor.helpers import REPO
    from transcription.model import resolve_model_dir

    pool = AsrPool(resolve_model_dir(None, REPO / "data" / "models"), processes=1, cpu_threads=1, beam_size=5)
    pool.warm_up()
    yield pool
    pool.shutdown()
