"""Full-text search of hits (transcript and matched phrase) for the queue.

On SQLite a LIKE '%…%' reads every row (0.2-0.5 s at 100,000 hits), so the UI keeps a contentless FTS5 table
of character bigrams, `hits_search` (rowid = hit id): Chinese has no spaces to split words at, and bigrams
find any substring of two characters or more (a one-character search is a prefix match on them). Hits are
append-only and their text never changes, so before a search the UI adds the hits stored since the last
one, by id; nothing else writes the table, and a worker never needs to know it exists. The match only
narrows the candidates: the queue's LIKE still decides, so the results mean "contains this text" exactly.
Other databases (PostgreSQL) use the LIKE alone.
"""
from __future__ import annotations

import logging
import re
import threading

from sqlalchemy import bindparam, literal_column, select, table, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from monitor.models import Hit

log = logging.getLogger(__name__)

TABLE = "hits_search"
SYNC_BATCH = 5000
# Up to this many matching hits the queue reads the matches and sorts them; past it, walking the queue's own
# index in order and testing each row finds a page sooner (a common word matches every fifth row).
SELECTIVE_MAX = 2000
_WORD = re.compile(r"\w+")
_lock = threading.Lock()        # one UI process adds each hit once


def tokens(text_: str) -> str:
    """'根治湿疹' -> '根治 治湿 湿疹 疹': the bigrams of each run of letters/digits, and its last character."""
    out: list[str] = []
    for run in _WORD.findall((text_ or "").lower()):
        out.extend(run[i:i + 2] for i in range(len(run) - 1))
        out.append(run[-1])
    return " ".join(out)


def match_expression(query: str) -> str | None:
    """An FTS5 query that every text containing `query` matches (None: nothing to narrow by)."""
    parts = []
    for run in _WORD.findall((query or "").lower()):
        if len(run) == 1:
            parts.append(f'"{run}"*')
        else:
            parts.append('"' + " ".join(run[i:i + 2] for i in range(len(run) - 1)) + '"')
    return " AND ".join(parts) or None


def prepare(session: Session) -> bool:
    """Bring the search table up to date; False where there is none (not SQLite, or no FTS5)."""
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    with _lock:
        try:
            # Reads first, outside any write transaction: a search that finds nothing new writes nothing
            # (a write would cost SQLite a commit and a disk sync on every search).
            with bind.connect() as conn:
                present = conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": TABLE}).first()
            if present is None:
                with bind.begin() as conn:
                    conn.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(tokens, "
                                      "content='', tokenize='unicode61')"))
            while True:
                with bind.connect() as conn:
                    last = conn.execute(text(f"SELECT max(rowid) FROM {TABLE}")).scalar() or 0
                    rows = conn.execute(select(Hit.id, Hit.segment_text, Hit.matched).where(Hit.id > last)
                                        .order_by(Hit.id).limit(SYNC_BATCH)).all()
                if rows:
                    with bind.begin() as conn:
                        conn.execute(text(f"INSERT INTO {TABLE} (rowid, tokens) VALUES (:id, :tokens)"),
                                     [{"id": i, "tokens": tokens(f"{seg} {matched}")} for i, seg, matched in rows])
                if len(rows) < SYNC_BATCH:
                    return True
        except DBAPIError:
            # No FTS5 in this SQLite, or another process added the same hits at the same moment: the LIKE
            # alone still answers correctly, only slower.
            log.warning("search index not available, searching without it", exc_info=True)
            return False


def candidates(H, query: str):
    """SQL: H.id is among the hits whose bigrams match `query` (None when the query gives nothing to match)."""
    expression = match_expression(query)
    if expression is None:
        return None
    found = select(literal_column("rowid")).select_from(table(TABLE)).where(
        text(f"{TABLE} MATCH :fts").bindparams(bindparam("fts", value=expression, unique=True)))
    return H.id.in_(found)


def selective(session: Session, query: str) -> bool:
    """Is the search rare enough that the queue should start from its matches (see SELECTIVE_MAX)?"""
    expression = match_expression(query)
    if expression is None:
        return False
    found = session.execute(text(f"SELECT count(*) FROM (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :fts "
                                 "LIMIT :cap)"), {"fts": expression, "cap": SELECTIVE_MAX + 1}).scalar() or 0
    return found <= SELECTIVE_MAX
