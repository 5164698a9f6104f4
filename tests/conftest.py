"""Shared fixtures: a real database per test, on SQLite and on PostgreSQL.

`pg_server` starts Debian's PostgreSQL 15 once per session in a temp directory on a free loopback port
(as the `postgres` user when the tests run as root) and stops it at the end. `db_url` gives each test a
fresh, schema-upgraded database on both dialects.
"""
from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

# Test helpers are imported as `tests.<package>.<module>`, whether pytest runs as `python -m pytest` (which puts
# the working directory on sys.path) or as the `pytest` script from anywhere.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

@pytest.fixture(scope="session")
def rule_base():
    """The bundled rule base (rules/data): read once per test session, shared by every package's tests."""
    from rules import load_rule_dir
    return load_rule_dir()


@pytest.fixture(scope="session")
def matcher(rule_base):
    """The matcher as shipped: the rules and the classifier's second opinion."""
    from rules import build_matcher
    return build_matcher(rule_base)


@pytest.fixture(scope="session")
def heard_matcher(rule_base):
    """The matcher as the workers run it on transcripts: the classifier that reads sounds too."""
    from rules import build_matcher
    return build_matcher(rule_base, heard=True)


@pytest.fixture(scope="session")
def rule_matcher(rule_base):
    """The rules alone: for what the rule layers themselves must do (word boundaries, budgets, joining
    segments), which a classifier's opinion on a half phrase (今天给大家全网…) would blur."""
    from rules import build_matcher
    return build_matcher(rule_base, second_opinion=False)


def _newest_pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


PG_BIN = Path(os.environ.get("LIVEWATCH_PG_BIN", _newest_pg_bin()))
_FIGURES = pytest.StashKey[list]()


@pytest.fixture
def report_figure(request: pytest.FixtureRequest):
    """Append a line to the run's closing summary: the acceptance figures show even when their test passes."""
    return request.config.stash.setdefault(_FIGURES, []).append


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001
    lines = config.stash.get(_FIGURES, [])
    if lines:
        terminalreporter.section("livewatch measured figures")
        for line in lines:
            terminalreporter.write_line(line)
_db_counter = itertools.count(1)


SHARED_SAMPLES = Path(os.environ.get("LIVEWATCH_SHARED_SAMPLES", ROOT.parent / "shared" / "samples"))


def stop_process(proc: subprocess.Popen, timeout: float = 5.0) -> None:
    """Terminate a server or worker the test started; kill it if it does not go."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_postgres(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


@pytest.fixture(scope="session")
def pg_server():
    """Base URL (no database name) of a throw-away PostgreSQL server."""
    if not (PG_BIN / "initdb").exists():
        pytest.fail(f"PostgreSQL binaries not found in {PG_BIN} (run scripts/system-deps.sh)")
    root = Path(tempfile.mkdtemp(prefix="livewatch-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    port = free_port()
    subprocess.run(_as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                                 "--encoding=UTF8", "--locale=C.UTF-8"]),
                   check=True, capture_output=True)
    options = (f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
               f"-c full_page_writes=off -c max_connections=200")
    subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                                 str(root / "server.log"), "-w", "-t", "60", "start"]),
                   check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def _create_pg_database(base_url: str) -> str:
    import psycopg

    name = f"lw_test_{os.getpid()}_{next(_db_counter)}_{int(time.time() * 1000) % 100000}"
    plain = base_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{base_url}/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """A fresh database with the schema at the newest revision (not seeded with rules)."""
    from monitor.db import make_engine
    from monitor.schema import upgrade

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'livewatch.db'}"
    else:
        url = _create_pg_database(request.getfixturevalue("pg_server"))
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    return url
