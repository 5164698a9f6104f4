"""Helpers shared by the transcription tests (real files, real processes, free loopback ports)."""
from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

from tests.conftest import SHARED_SAMPLES, free_port, stop_process  # noqa: F401 - re-exported for these tests
from transcription.source import ffmpeg_exe

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_STREAMS = ROOT / "sample_streams"


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port}")


def cut(source: Path, start: float, duration: float, target: Path, *extra: str) -> Path:
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-ss", str(start), "-t", str(duration),
                    "-i", str(source), *extra, str(target)], check=True)
    return target


