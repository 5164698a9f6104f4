"""`livewatch scan` / `transcribe` / `eval` as a user runs them: real subprocesses, real model."""
from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.transcription.helpers import ROOT, free_port

pytestmark = pytest.mark.slow
SCAN_KEYS = {"rule_id", "category", "severity", "basis", "matched", "text", "start", "end", "how", "score"}


def livewatch(*args: str, env_extra: dict | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    env = {**os.environ, "LIVEWATCH_ASR_CPU_THREADS": "1", **(env_extra or {})}
    exe = Path(sys.executable).with_name("livewatch")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-c", "from monitor.cli import main; main()"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env)


@pytest.fixture(scope="module")
def cli_env(model_dir) -> dict:
    # The joined model from the session cache: the CLI must not re-join it into ./data.
    return {"LIVEWATCH_WHISPER_MODEL": str(model_dir)}


def test_scan_prints_one_json_object_per_hit_with_phrase_times(media, tmp_path, cli_env):
    clips = tmp_path / "clips"
    proc = livewatch("scan", str(media["beauty"]), "--format", "jsonl", "--clips", str(clips), env_extra=cli_env)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    hits = [json.loads(line) for line in proc.stdout.splitlines()]
    assert hits, proc.stderr
    for hit in hits:
        assert SCAN_KEYS <= set(hit), hit
        assert 0 <= hit["start"] < hit["end"] <= 11.6
        assert hit["end"] - hit["start"] < 4.0, "start/end must time the phrase, not the whole segment"
        assert hit["matched"] and hit["text"]
        clip = Path(hit["clip"])
        assert clip.exists() and hashlib.sha256(clip.read_bytes()).hexdigest() == hit["clip_sha256"]
    absolute = [h for h in hits if h["category"] == "absolute_claim"]
    assert absolute and 1.0 < absolute[0]["start"] < 4.8, hits     # '最有效' is said at ~3 s of the clip


def test_transcribe_prints_timed_simplified_lines(media, cli_env):
    proc = livewatch("transcribe", str(media["kitchen"]), env_extra=cli_env)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) >= 3
    assert all(line.startswith("[") and "→" in line for line in lines)
    assert "锅" in proc.stdout and "鍋" not in proc.stdout          # simplified, not traditional


class SilentServer(threading.Thread):
    """Accepts TCP connections and never says a word."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", free_port()))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []

    def run(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()


@pytest.fixture
def silent_url():
    server = SilentServer()
    server.start()
    try:
        yield f"http://127.0.0.1:{server.port}/live/room.flv"
    finally:
        server.close()


def _bad_inputs(tmp_path: Path, media: dict) -> dict[str, str]:
    text = tmp_path / "notes.m4a"
    text.write_text("this is not audio\n" * 50)
    truncated = tmp_path / "truncated.m4a"
    truncated.write_bytes(media["kitchen"].read_bytes()[: media["kitchen"].stat().st_size // 2])
    return {"not-audio": str(text), "truncated": str(truncated), "missing": str(tmp_path / "nope.m4a")}


@pytest.mark.parametrize("case", ["not-audio", "truncated", "missing", "never-answers"])
@pytest.mark.parametrize("command", ["scan", "transcribe"])
def test_bad_input_is_one_line_and_non_zero(case, command, tmp_path, media, silent_url, cli_env):
    source = silent_url if case == "never-answers" else _bad_inputs(tmp_path, media)[case]
    extra = ["--stall-timeout", "1", "--max-reconnects", "1", "-q"] if case == "never-answers" else []
    proc = livewatch(command, source, *extra, env_extra=cli_env, timeout=60)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    errors = [line for line in lines if f"livewatch {command}: error:" in line]
    assert len(errors) == 1 and errors[0] == lines[-1], proc.stderr
    if case != "never-answers":
        assert len(lines) == 1, proc.stderr
    assert proc.stdout == ""
    expected = {"not-audio": "not a readable", "truncated": "truncated", "missing": "no such file",
                "never-answers": "no audio"}[case]
    assert expected in errors[0]


def test_eval_rejects_a_broken_manifest_in_one_line(tmp_path, cli_env):
    manifest = tmp_path / "manifest.json"
    manifest.write_text('{"streams": {"a": {"file": "a.m4a"}}}')
    proc = livewatch("eval", str(manifest), env_extra=cli_env, timeout=60)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().count("\n") == 0 and "not a labelled manifest" in proc.stderr
