"""The `livewatch` operations CLI, run as a real subprocess against a real database."""
from __future__ import annotations

import json

from tests.monitor.helpers import cli_env, run_cli


def _ok(result):
    assert result.returncode == 0, result.stderr
    return result


def _one_line_error(result, *needles):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.strip().splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0]


def test_streams_users_hits(db_url, tmp_path):
    env = cli_env(db_url, tmp_path / "data")
    audio = tmp_path / "show.wav"
    audio.write_bytes(b"RIFF....")
    _ok(run_cli(["db", "upgrade"], env))
    _ok(run_cli(["streams", "add", "shop-a", str(audio), "--realtime", "--shop", "A店", "--platform", "douyin"], env))
    _ok(run_cli(["streams", "add", "room-b", "http://127.0.0.1:9/live.flv"], env))
    _one_line_error(run_cli(["streams", "add", "shop-a", str(audio)], env), "already exists")
    _one_line_error(run_cli(["streams", "add", "ghost", str(tmp_path / "nope.mp4")], env), "no such file")

    listed = [json.loads(line) for line in _ok(run_cli(["streams", "list", "--format", "jsonl"], env)).stdout.splitlines()]
    assert [(s["name"], s["state"], s["last_error"]) for s in listed] == [("room-b", "idle", None), ("shop-a", "idle", None)]
    assert listed[1]["url"] == str(audio.resolve()) and listed[1]["realtime"] and listed[1]["shop"] == "A店"

    _ok(run_cli(["streams", "disable", "room-b"], env))
    listed = [json.loads(line) for line in run_cli(["streams", "list", "--format", "jsonl"], env).stdout.splitlines()]
    assert [s["enabled"] for s in listed] == [False, True]
    _ok(run_cli(["streams", "enable", "room-b"], env))
    _ok(run_cli(["streams", "remove", "room-b"], env))
    _one_line_error(run_cli(["streams", "remove", "room-b"], env), "no stream named")

    _ok(run_cli(["users", "add", "alice", "--role", "reviewer", "--password-stdin"], env, stdin="correct horse\n"))
    _one_line_error(run_cli(["users", "add", "bob", "--role", "editor", "--password-stdin"], env, stdin="short\n"),
                    "at least 8")
    _one_line_error(run_cli(["users", "add", "alice", "--role", "admin", "--password-stdin"], env, stdin="whatever123\n"),
                    "already exists")

    assert _ok(run_cli(["hits", "list", "--format", "jsonl"], env)).stdout == ""
    _one_line_error(run_cli(["hits", "list", "--stream", "ghost"], env), "no stream named")


def test_bad_database_url_is_one_line(tmp_path):
    env = cli_env("postgresql+psycopg://nobody@127.0.0.1:9/none", tmp_path / "data")
    _one_line_error(run_cli(["streams", "list"], env), "database unavailable")
    env = cli_env("nonsense://", tmp_path / "data")
    _one_line_error(run_cli(["streams", "list"], env))


def test_worker_with_a_broken_rule_directory_is_one_line(db_url, tmp_path):
    env = cli_env(db_url, tmp_path / "data", LIVEWATCH_RULES_DIR=str(tmp_path / "no-rules"))
    _one_line_error(run_cli(["worker"], env), "rule directory does not exist")
