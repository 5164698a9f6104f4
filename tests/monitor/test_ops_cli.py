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

    _ok(run_cli(["users", "add", "alice", "--role", "reviewer", "--password-stdin"], env,
                stdin="Kq7-vault-Ribbon-93\n"))
    _one_line_error(run_cli(["users", "add", "bob", "--role", "editor", "--password-stdin"], env, stdin="short\n"),
                    "至少需要 8 个字符")
    _one_line_error(run_cli(["users", "add", "alice", "--role", "admin", "--password-stdin"], env,
                            stdin="Plum-Orbit-41-zebra\n"), "already exists")

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


def _cli_in(folder, env: dict, args: list[str], stdin: str | None = None):
    """The installed CLI as a user runs it: from `folder`, no LIVEWATCH_DATABASE_URL, no LIVEWATCH_DATA_DIR."""
    import subprocess
    import sys

    from tests.monitor.helpers import LIVEWATCH
    folder.mkdir(parents=True, exist_ok=True)
    return subprocess.run([sys.executable, *LIVEWATCH, *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=120, cwd=folder)


def _default_env(tmp_path, **extra: str) -> dict:
    import os

    from tests.monitor.helpers import REPO
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LIVEWATCH_", "XDG_"))}
    env.update(HOME=str(tmp_path / "home"), PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1",
               LIVEWATCH_RULES_DIR=str(REPO / "tests" / "monitor" / "data" / "rules"), **extra)
    return env


def test_cli_from_another_folder_uses_the_same_database(tmp_path):
    """Issue 9 item 8: `users add` in one folder, then the same account from another folder. The database is
    the one absolute default ($XDG_DATA_HOME/livewatch, else ~/.local/share/livewatch), named on stderr."""
    audio = tmp_path / "show.wav"
    audio.write_bytes(b"RIFF....")
    for env, where in ((_default_env(tmp_path), tmp_path / "home" / ".local" / "share" / "livewatch"),
                       (_default_env(tmp_path, XDG_DATA_HOME=str(tmp_path / "xdg")), tmp_path / "xdg" / "livewatch")):
        database = where / "livewatch.db"
        added = _ok(_cli_in(tmp_path / "a", env, ["users", "add", "alice", "--role", "reviewer", "--password-stdin"],
                            stdin="Kq7-vault-Ribbon-93\n"))
        assert f"database {database} " in added.stderr and "LIVEWATCH_DATABASE_URL not set" in added.stderr
        _ok(_cli_in(tmp_path / "a" / "deeper", env, ["streams", "add", "shop-a", str(audio)]))

        again = _cli_in(tmp_path / "b", env, ["users", "add", "alice", "--role", "admin", "--password-stdin"],
                        stdin="Plum-Orbit-41-zebra\n")
        assert again.returncode != 0 and "already exists" in again.stderr, again.stderr
        listed = _ok(_cli_in(tmp_path / "b", env, ["streams", "list", "--format", "jsonl"]))
        assert [json.loads(line)["name"] for line in listed.stdout.splitlines()] == ["shop-a"]
        assert f"database {database} " in listed.stderr
        assert database.is_file()
    for folder in (tmp_path / "a", tmp_path / "a" / "deeper", tmp_path / "b"):
        assert not (folder / "data").exists(), f"a database was created in the current folder {folder}"


def test_cli_is_silent_about_the_database_it_was_told(db_url, tmp_path):
    """With LIVEWATCH_DATABASE_URL set, that is the database: no notice (stderr stays one line on errors)."""
    env = cli_env(db_url, tmp_path / "data")
    listed = _ok(run_cli(["streams", "list"], env))
    assert "livewatch: database" not in listed.stderr
