"""Seeding helpers for the review UI tests: users, streams, hits with real ffmpeg clips."""
from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timedelta  # timedelta and utcnow are also used by the tests via helpers
from pathlib import Path

import httpx
import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from monitor.db import make_engine, make_session_factory
from monitor.models import Hit, Stream, utcnow
from monitor.schema import upgrade
from monitor.settings import Settings
from monitor.users import create_user
from tests.conftest import free_port, stop_process

ROOT = Path(__file__).resolve().parents[2]

PASSWORD = "correct-horse-9"
USERS = {"rita": "reviewer", "rex": "reviewer", "eddie": "editor", "ada": "admin"}
SEVERITY_RANK = {"high": 3, "medium": 2, "low": 1}


def make_settings(tmp_path: Path, url: str | None = None, **extra) -> Settings:
    data_dir = tmp_path / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    return Settings(data_dir=data_dir, database_url=url or f"sqlite:///{data_dir / 'livewatch.db'}", **extra)


def migrated_database(tmp_path: Path) -> tuple[Settings, Engine, sessionmaker]:
    """Settings for a fresh SQLite database under tmp_path, migrated to head: (settings, engine, session factory)."""
    settings = make_settings(tmp_path)
    engine = make_engine(settings.database_url_resolved)
    upgrade(engine)
    return settings, engine, make_session_factory(engine)


def make_clip(path: Path, seconds: float = 6.0, freq: int = 440) -> str:
    """A real small Ogg/Opus clip made by ffmpeg; returns its SHA-256."""
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    f"sine=frequency={freq}:duration={seconds}", "-ac", "1", "-ar", "16000",
                    "-c:a", "libopus", "-b:a", "24k", str(path)], check=True)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_users(session: Session) -> None:
    for name, role in USERS.items():
        create_user(session, name, PASSWORD, role, actor="test")
    session.commit()


def add_stream(session: Session, name: str, shop: str = "", state: str = "live") -> Stream:
    stream = Stream(name=name, url=f"rtmp://127.0.0.1/live/{name}", platform="douyin", shop=shop, state=state,
                    last_segment_at=utcnow() - timedelta(seconds=5))
    session.add(stream)
    session.flush()
    return stream


_counter = iter(range(1, 10**9))


def add_hit(session: Session, stream: Stream, *, matched: str = "最好", category: str = "absolute_claim",
            severity: str = "high", rule_id: str = "absolute.best", segment_text: str | None = None,
            context: str | None = None, status: str = "pending", created_at: datetime | None = None,
            clip_path: str | None = None, clip_sha256: str | None = None, **extra) -> Hit:
    n = next(_counter)
    segment_text = segment_text if segment_text is not None else f"这是全网{matched}的面霜，第{n}句"
    hit = Hit(stream_id=stream.id, rule_id=rule_id, rule_version=1, category=category, severity=severity,
              severity_rank=SEVERITY_RANK[severity], basis="《广告法》第九条第（三）项", matched=matched,
              how=extra.pop("how", "exact"), score=extra.pop("score", 1.0), segment_text=segment_text,
              context=context if context is not None else f"大家好。{segment_text}。快来买。",
              start_ms=n * 1000, start=float(n), end=float(n) + 1.5, spoken_at=created_at or utcnow(),
              created_at=created_at or utcnow(), clip_path=clip_path, clip_sha256=clip_sha256,
              clip_offset=extra.pop("clip_offset", 2.0), status=status, **extra)
    session.add(hit)
    session.flush()
    return hit


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(html: str) -> str:
    match = CSRF_RE.search(html)
    assert match, "page has no CSRF field"
    return match.group(1)


def login(client, username: str, password: str = PASSWORD):
    token = csrf_from(client.get("/login").text)
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token},
                       follow_redirects=False)


def page_csrf(client, path: str = "/queue") -> str:
    response = client.get(path)
    assert response.status_code == 200, response.text[:300]
    return csrf_from(response.text)


@contextmanager
def running_ui(tmp_path: Path, data_dir: Path, database_url: str, extra_env: dict | None = None):
    """The review UI as users run it (uvicorn in its own process) on a free port; yields its base URL."""
    port = free_port()
    env = {**os.environ, "LIVEWATCH_DATA_DIR": str(data_dir), "LIVEWATCH_DATABASE_URL": database_url,
           "LIVEWATCH_LANGUAGE": "zh", **(extra_env or {})}
    log_path = tmp_path / "uvicorn.log"
    log = log_path.open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "review_ui.app:create_app", "--factory",
                             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                if httpx.get(base_url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("review UI did not start:\n" + log_path.read_text()[-3000:])
            time.sleep(0.2)
        yield base_url
    finally:
        stop_process(proc, timeout=10)
        log.close()
