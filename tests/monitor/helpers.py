"""Small helpers shared by the monitor tests (no mocks of the database: these build real rows)."""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from monitor import leases
from monitor.db import make_engine, make_session_factory, session_scope
from monitor.leases import Claim
from monitor.models import utcnow
from monitor.pipeline import Pending, Pipeline
from monitor.streams import add_stream
from transcription.types import SAMPLE_RATE, Utterance
from tests.conftest import SHARED_SAMPLES

REPO = Path(__file__).resolve().parents[2]


@dataclass
class FakeScanHit:
    """Shape of monitor.scan.ScanHit: what the matcher hands the store (plain data, not a DB stand-in)."""
    rule_id: str
    category: str
    severity: str
    start: float
    end: float
    matched: str = "最"
    basis: str = "广告法第九条"
    text: str = ""
    how: str = "exact"
    score: float = 1.0


class FlakyFactory:
    """The real session factory, except while `down` is set: then every session fails as a lost server does."""

    def __init__(self, factory) -> None:
        self.factory = factory
        self.down = threading.Event()

    def __call__(self, *args, **kwargs):
        if self.down.is_set():
            from sqlalchemy.exc import OperationalError
            raise OperationalError("SELECT 1", {}, ConnectionRefusedError("database is down (test)"))
        return self.factory(*args, **kwargs)


def child_pids(pid: int) -> list[int]:
    """Direct children of `pid`, read from /proc. A thread that ends between listing the tasks and reading its
    `children` file takes the file with it; such a thread, or an ended process, has no children left to report."""
    found = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:  # the process itself has ended
        return found
    for task in tasks:
        try:
            found += map(int, (task / "children").read_text().split())
        except OSError:
            continue
    return found


def factory_for(db_url: str):
    return make_session_factory(make_engine(db_url))


def claimed_stream(factory, tmp_path: Path, name: str = "s1", worker: str = "W") -> int:
    audio = tmp_path / f"{name}.wav"
    audio.write_bytes(b"RIFF")
    with session_scope(factory) as session:
        add_stream(session, name, str(audio))
    [claim] = [c for c in leases.claim(factory, worker, limit=10, lease_seconds=60) if c.name == name]
    return claim.stream_id


def cli_env(db_url: str, data_dir: Path, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIVEWATCH_")}
    env.update(LIVEWATCH_DATABASE_URL=db_url, LIVEWATCH_DATA_DIR=str(data_dir),
               LIVEWATCH_RULES_DIR=str(Path(__file__).parent / "data" / "rules"),
               LIVEWATCH_MODEL_CACHE_DIR=str(REPO / "data" / "models"), PYTHONUNBUFFERED="1")
    env.update(extra)
    return env


LIVEWATCH = ["-c", "from monitor.cli import main; main()"]


def run_cli(args: list[str], env: dict, stdin: str | None = None, timeout: float = 120):
    import subprocess
    import sys
    return subprocess.run([sys.executable, *LIVEWATCH, *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=timeout, cwd=REPO)


SAMPLES = SHARED_SAMPLES


def cut_clip(source: Path, start: float, duration: float, target: Path, *args: str) -> Path:
    import subprocess
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-ss", str(start), "-t", str(duration), "-i", str(source),
                    "-ac", "1", "-ar", "16000", *args, str(target)], check=True)
    return target


class WorkerProcess:
    """A real `livewatch worker` subprocess with its JSON log in a file."""

    def __init__(self, env: dict, log_path: Path, *args: str) -> None:
        import subprocess
        import sys
        self.log_path = log_path
        self._log = open(log_path, "w")
        self.proc = subprocess.Popen([sys.executable, *LIVEWATCH, "worker", *args], env=env, cwd=REPO,
                                     stdout=self._log, stderr=subprocess.STDOUT)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait(self, timeout: float) -> int:
        import subprocess
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"worker still running after {timeout} s; log tail:\n{self.log()[-3000:]}") from None

    def stop(self) -> None:
        import subprocess
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()


def wait_for(predicate, timeout: float, what: str, interval: float = 0.2, on_timeout=None):
    import time
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    detail = f"\n{on_timeout()[-4000:]}" if on_timeout else ""
    raise AssertionError(f"timed out after {timeout} s waiting for {what}{detail}")


def queued_pipeline(tmp_path, stream_id: int, lengths: list[float], *, realtime: bool = True,
                    clock: bool = False) -> Pipeline:
    """A stream's pipeline with silent utterances of these lengths (1 s apart) waiting for the ASR, for the
    scheduler's tests. `clock`: the ingestion of a realtime stream has started (its wall-clock origin is set)."""
    claim = Claim(stream_id=stream_id, name=f"s{stream_id}", url=str(tmp_path / "x.wav"), realtime=realtime,
                  checkpoint=0.0, previous_owner=None)
    p = Pipeline(claim, factory=None, worker_id="W", stall_timeout=10, wake=threading.Event())
    if clock:
        p.wall_origin = utcnow()       # what the ingestion thread sets at the first block of a realtime stream
    t = 0.0
    for length in lengths:
        samples = np.zeros(int(length * SAMPLE_RATE), dtype=np.float32)
        p.queue.append(Pending(Utterance(samples=samples, start=t, end=t + length)))
        t += length + 1.0
    return p
