"""Keep SQLite's query-planner statistics current as the hits table grows.

Without statistics SQLite picks the (status, created_at) index for every pending-hit count and reads each
pending row to test a category or stream filter (~100 ms at 100,000 hits); with them it uses the category
or stream index (a few ms). The table grows from empty, so statistics taken once go stale: refresh them
whenever the row count has moved by more than half since the last ANALYZE.
"""
from __future__ import annotations

import time

from sqlalchemy import text
from sqlalchemy.engine import Engine

CHECK_EVERY_SECONDS = 600.0


def _stat_rows(conn) -> int | None:
    try:
        row = conn.execute(text("SELECT stat FROM sqlite_stat1 WHERE tbl = 'hits' LIMIT 1")).first()
    except Exception:  # noqa: BLE001 - no sqlite_stat1 table until the first ANALYZE
        return None
    return int(row[0].split()[0]) if row and row[0] else None


def refresh_if_stale(engine: Engine) -> bool:
    """ANALYZE hits and streams when their statistics are missing or off by > 50 %. SQLite only."""
    if engine.dialect.name != "sqlite":
        return False
    with engine.connect() as conn:
        actual = conn.execute(text("SELECT count(*) FROM hits")).scalar() or 0
        known = _stat_rows(conn)
        if actual < 1000 or (known and 0.5 * known <= actual <= 1.5 * known):
            return False
        conn.execute(text("ANALYZE hits"))
        conn.execute(text("ANALYZE streams"))
        conn.commit()
    return True


class PlannerStats:
    """Checks at most every ten minutes, from whichever request comes along."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.checked_at = 0.0

    def maybe_refresh(self) -> None:
        now = time.monotonic()
        if now - self.checked_at < CHECK_EVERY_SECONDS:
            return
        self.checked_at = now
        refresh_if_stale(self.engine)
