"""Start-up for every entry point (worker, UI, CLI): engine, schema upgrade, seeded rule base."""
from __future__ import annotations

import fcntl
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from monitor import rulestore
from monitor.db import make_engine, make_session_factory, session_scope
from monitor.schema import upgrade
from monitor.settings import Settings, get_settings


def init_database(settings: Settings | None = None, *, seed: bool = True) -> tuple[Engine, sessionmaker[Session]]:
    settings = settings or get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.database_url_resolved)
    with _sqlite_upgrade_lock(engine):
        upgrade(engine)
    factory = make_session_factory(engine)
    if seed:
        with session_scope(factory) as session:
            rulestore.ensure_seeded(session, settings.rules_dir)
    return engine, factory


@contextmanager
def _sqlite_upgrade_lock(engine: Engine):
    """SQLite DDL is not serialised by the driver: processes starting together take turns via a lock file."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        yield
        return
    with open(Path(database).with_suffix(".upgrade-lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
