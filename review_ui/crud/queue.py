"""The review queue as queries: filters, sort orders, utterance groups, keyset pages and neighbours.

A queue row is an utterance group: the hits of one stream sharing `utterance_ms`. It is listed at the
position of its *lead*, the member that sorts first among the members passing the same filters; every
other member is skipped by a NOT EXISTS probe on ix_hits_utterance. That keeps paging on the ordinary
(status, created_at) / (status, severity_rank, created_at) indexes instead of grouping the whole table.
Pages are keyset ranges (rows after / before a hit), so deciding rows never shifts the next page.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import and_, exists, func, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from monitor.models import SEVERITY_RANK, Hit, Stream, utcnow
from review_ui.crud import search

PAGE_SIZE = 50
ORDERS = ("newest", "severity", "oldest")
# What the decision filter offers: pending (the queue proper), final decisions, and the states a decision waits
# in for 二审 / QA / 终审 (crud.review_flow).
DECISIONS = ("pending", "confirmed", "dismissed", "confirmed_pending", "dismissed_pending", "disputed")
HOWS = ("exact", "pinyin", "fuzzy", "pattern", "frame")
SEARCH_MAX = 100          # characters of a search: longer ones are cut, they never match anyway
NEW_ROWS_MAX = 30         # live rows sent per poll; the banner counts the rest
NEW_SCAN_MAX = 500        # newest hits a poll looks at (a page left open for hours reloads past this)
COUNT_CAP = 1000          # queue counts stop here ("1000+ 条")


@dataclass
class QueueFilter:
    stream_id: int | None = None
    category: str | None = None
    severity: str | None = None
    day_from: date | None = None      # local calendar days, inclusive
    day_to: date | None = None
    order: str = "newest"
    mine: bool = False                # only my claimed batch
    page: int = 1                     # kept for old links; keyset (after/before) is what the pager uses
    shop: str | None = None
    rule: str | None = None
    how: str | None = None
    q: str | None = None              # substring of the transcript or the matched phrase
    reviewer: str | None = None
    decision: str = "pending"
    after: int | None = None          # the rows that sort after this hit (next page)
    before: int | None = None         # the rows that sort before it (previous page)

    def query_args(self) -> dict[str, str]:
        """The filters and order as URL arguments (no paging): what the hit page and claims carry along."""
        out = {"stream": self.stream_id, "category": self.category, "severity": self.severity,
               "from": self.day_from, "to": self.day_to, "order": self.order if self.order != "newest" else None,
               "mine": "1" if self.mine else None, "shop": self.shop, "rule": self.rule, "how": self.how,
               "q": self.q, "reviewer": self.reviewer,
               "decision": self.decision if self.decision != "pending" else None}
        return {k: str(v) for k, v in out.items() if v not in (None, "")}

    @property
    def pending(self) -> bool:
        return self.decision == "pending"


@dataclass
class QueueGroup:
    """One queue row: the lead hit and every member of its utterance the reviewer may decide (lead first)."""
    lead: Hit
    members: list[Hit]
    stream_name: str
    shop: str

    @property
    def hit(self) -> Hit:        # templates and older callers read row.hit
        return self.lead

    @property
    def ids(self) -> list[int]:
        return [m.id for m in self.members]

    @property
    def categories(self) -> list[str]:
        seen: list[str] = []
        for m in self.members:
            for c in (m.categories or [m.category]):
                if c not in seen:
                    seen.append(c)
        return seen

    @property
    def severity(self) -> str:
        return max(self.members, key=lambda m: m.severity_rank or 0).severity


@dataclass
class QueuePage:
    rows: list[QueueGroup]
    total: int                 # hits (not groups) this reviewer may decide under the filter
    mine_claimed: int
    has_prev: bool
    has_next: bool
    mine_expires_at: datetime | None = None
    filter: QueueFilter = field(default_factory=QueueFilter)
    page: int = 1
    pages: int = 1

    @property
    def first_id(self) -> int | None:
        return self.rows[0].lead.id if self.rows else None

    @property
    def last_id(self) -> int | None:
        return self.rows[-1].lead.id if self.rows else None

    @property
    def max_id(self) -> int:
        return max((i for row in self.rows for i in row.ids), default=0)


def local_day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """A local calendar day as a naive-UTC [start, end) range (the DB stores naive UTC)."""
    start = datetime.combine(day, time.min, tzinfo=tz).astimezone(timezone.utc).replace(tzinfo=None)
    return start, start + timedelta(days=1)


def available(username: str, now: datetime, H=Hit):
    """Pending and not held by someone else's unexpired claim."""
    return and_(H.status == "pending",
                or_(H.claimed_by.is_(None), H.claimed_by == username, H.claim_expires_at < now))


def mine(username: str, claimed_ids: list[int], now: datetime, H=Hit):
    # Looked up by primary key: the ids come from this reviewer's session; the conditions re-check that the
    # claims are still theirs and unexpired.
    return and_(H.id.in_(claimed_ids or [-1]), H.status == "pending", H.claimed_by == username,
                H.claim_expires_at >= now)


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass
class Scope:
    """Who is looking, and when: what the availability and 'mine' tests need."""
    username: str
    now: datetime
    tz: ZoneInfo
    claimed_ids: list[int]
    fts: bool = False             # start a search from the search table's matches (crud.search)
    shop_streams: list[int] = field(default_factory=list)    # the ids of the filtered shop's streams


def conditions(flt: QueueFilter, scope: Scope, H=Hit, *, status: bool = True, narrow: bool = True) -> list:
    """The filter as SQL conditions on H. `narrow=False` leaves out the search-table lookup: inside the
    per-row sibling probe SQLite would run it again for every row, and the LIKE alone is exact anyway."""
    out = []
    if status:
        if not flt.pending:
            out.append(H.status == flt.decision)
        elif flt.mine:
            out.append(mine(scope.username, scope.claimed_ids, scope.now, H))
        else:
            out.append(available(scope.username, scope.now, H))
    if flt.stream_id:
        out.append(H.stream_id == flt.stream_id)
    if flt.shop:
        # The shop's streams as a literal list (resolved in scope_for): with a subquery the planner cannot
        # tell how few they are and walks the status index instead of the stream index.
        out.append(H.stream_id.in_(scope.shop_streams or [-1]))
    if flt.category:
        out.append(H.category == flt.category)
    if flt.severity:
        out.append(H.severity_rank == SEVERITY_RANK.get(flt.severity, 0))
    if flt.rule:
        out.append(H.rule_id == flt.rule)
    if flt.how:
        out.append(H.how == flt.how)
    if flt.reviewer:
        out.append(H.reviewer == flt.reviewer)
    if flt.day_from:
        out.append(H.created_at >= local_day_bounds(flt.day_from, scope.tz)[0])
    if flt.day_to:
        out.append(H.created_at < local_day_bounds(flt.day_to, scope.tz)[1])
    if flt.q:
        narrowed = search.candidates(H, flt.q[:SEARCH_MAX]) if scope.fts and narrow else None
        if narrowed is not None:
            out.append(narrowed)
        pattern = like_pattern(flt.q[:SEARCH_MAX])
        out.append(or_(H.segment_text.like(pattern, escape="\\"), H.matched.like(pattern, escape="\\")))
    return out


def sort_keys(order: str, H=Hit) -> list[tuple]:
    """(column, descending) pairs; the id makes every order total."""
    if order == "severity":
        return [(H.severity_rank, True), (H.created_at, True), (H.id, True)]
    if order == "oldest":
        return [(H.created_at, False), (H.id, False)]
    return [(H.created_at, True), (H.id, True)]


def _values(order: str, row) -> list:
    """The sort-key values of a loaded row (or an alias's columns)."""
    return [getattr(row, col.key) for col, _desc in sort_keys(order)]


def precedes(order: str, a: list, b: list):
    """SQL: the row with key values `a` sorts strictly before the row with values `b` (columns or literals).

    A row-value comparison, which SQLite (3.15+) and PostgreSQL both use as an index range: spelled out as
    `x > y OR (x = y AND …)` it makes SQLite walk the index from one end for every neighbour it looks up.
    Every order's keys run in one direction, which a row value needs.
    """
    descending = sort_keys(order)[0][1]
    return tuple_(*a) > tuple_(*b) if descending else tuple_(*a) < tuple_(*b)


def order_by(stmt, order: str, *, reverse: bool = False):
    return stmt.order_by(*[(c.asc() if desc == reverse else c.desc()) for c, desc in sort_keys(order)])


def is_lead(flt: QueueFilter, scope: Scope, H=Hit):
    """No other member of H's utterance that passes the filter sorts before H."""
    S = aliased(Hit)
    s_keys = [c for c, _ in sort_keys(flt.order, S)]
    h_keys = [c for c, _ in sort_keys(flt.order, H)]
    return ~exists().where(S.stream_id == H.stream_id, S.utterance_ms == H.utterance_ms, S.id != H.id,
                           *conditions(flt, scope, S, narrow=False), precedes(flt.order, s_keys, h_keys))


def leads(flt: QueueFilter, scope: Scope):
    return select(Hit, Stream.name, Stream.shop).join(Stream, Stream.id == Hit.stream_id) \
        .where(*conditions(flt, scope), is_lead(flt, scope))


def members_of(session: Session, flt: QueueFilter, scope: Scope, heads: list[Hit]) -> dict[tuple, list[Hit]]:
    """Every member of these utterances the reviewer may decide now (or, in a decided view, with that decision)."""
    if not heads:
        return {}
    keys = {(h.stream_id, h.utterance_ms) for h in heads}
    status = available(scope.username, scope.now) if flt.pending else Hit.status == flt.decision
    rows = session.scalars(select(Hit).where(
        status, or_(*[and_(Hit.stream_id == s, Hit.utterance_ms == u) for s, u in keys]))).all()
    out: dict[tuple, list[Hit]] = {}
    for hit in rows:
        out.setdefault((hit.stream_id, hit.utterance_ms), []).append(hit)
    return out


def _position(order: str, hit: Hit) -> tuple:
    """A Python sort key equal to the SQL order (ascending tuple)."""
    out = []
    for value, (_col, desc) in zip(_values(order, hit), sort_keys(order)):
        number = value.timestamp() if isinstance(value, datetime) else float(value or 0)
        out.append(-number if desc else number)
    return tuple(out)


def _group(head: Hit, found: dict[tuple, list[Hit]], name: str, shop: str, order: str) -> QueueGroup:
    rest = [m for m in found.get((head.stream_id, head.utterance_ms), []) if m.id != head.id]
    rest.sort(key=lambda m: _position(order, m))     # lead first, then the queue's order
    return QueueGroup(lead=head, members=[head, *rest], stream_name=name, shop=shop or "")


def _capped_count(session: Session, *conds) -> int:
    """count(*) that stops at COUNT_CAP rows: past a few thousand the exact figure changes nothing for a
    reviewer, and counting 60,000 pending rows on every poll would cost more than the rest of the page."""
    inner = select(Hit.id).where(*conds).limit(COUNT_CAP + 1).subquery()
    return session.scalar(select(func.count()).select_from(inner)) or 0


def count_available(session: Session, flt: QueueFilter, scope: Scope) -> int:
    """Hits (not groups) this reviewer may decide under the filter, up to COUNT_CAP + 1 (shown "1000+").

    Pending hits minus those held by others' live claims, as two counts: the availability test itself
    needs claimed_by, which no index covers, while live claims are a short range of ix_hits_claim_expires
    (looked up first, then only those rows are tested against the filter).
    """
    base = conditions(flt, scope, status=False)
    if not flt.pending:
        return _capped_count(session, Hit.status == flt.decision, *base)
    if flt.mine:
        return _capped_count(session, mine(scope.username, scope.claimed_ids, scope.now), *base)
    pending = _capped_count(session, Hit.status == "pending", *base)
    if pending > COUNT_CAP:
        return pending
    H = aliased(Hit)
    live_claims = select(H.id).where(H.claim_expires_at >= scope.now, H.status == "pending",
                                     H.claimed_by != scope.username)
    held = session.scalar(select(func.count(Hit.id)).where(Hit.id.in_(live_claims), *base)) or 0
    return max(0, pending - held)


def _anchor(session: Session, hit_id: int | None, order: str) -> list | None:
    if not hit_id:
        return None
    hit = session.get(Hit, hit_id)
    return _values(order, hit) if hit is not None else None


def queue_page(session: Session, flt: QueueFilter, scope: Scope) -> QueuePage:
    keys = [c for c, _ in sort_keys(flt.order)]
    stmt = leads(flt, scope)
    after, before = _anchor(session, flt.after, flt.order), _anchor(session, flt.before, flt.order)
    if before is not None:
        rows = session.execute(order_by(stmt.where(precedes(flt.order, keys, before)), flt.order, reverse=True)
                               .limit(PAGE_SIZE + 1)).all()
        has_prev, has_next = len(rows) > PAGE_SIZE, True
        rows = list(reversed(rows[:PAGE_SIZE]))
    else:
        if after is not None:
            stmt = stmt.where(precedes(flt.order, after, keys))
        offset = (max(1, flt.page) - 1) * PAGE_SIZE if after is None else 0
        rows = session.execute(order_by(stmt, flt.order).limit(PAGE_SIZE + 1).offset(offset)).all()
        has_prev, has_next = after is not None or offset > 0, len(rows) > PAGE_SIZE
        rows = rows[:PAGE_SIZE]
    heads = [h for h, _n, _s in rows]
    found = members_of(session, flt, scope, heads)
    groups = [_group(h, found, name, shop, flt.order) for h, name, shop in rows]
    claimed, expires = session.execute(select(func.count(Hit.id), func.max(Hit.claim_expires_at)).where(
        mine(scope.username, scope.claimed_ids, scope.now))).one()
    return QueuePage(rows=groups, total=count_available(session, flt, scope), mine_claimed=claimed or 0,
                     mine_expires_at=expires, has_prev=has_prev, has_next=has_next, filter=flt,
                     page=max(1, flt.page))


def neighbours(session: Session, flt: QueueFilter, scope: Scope, hit: Hit) -> tuple[int | None, int | None]:
    """The queue rows just before and just after `hit` under the filter and order (for j/k on the hit page)."""
    keys = [c for c, _ in sort_keys(flt.order)]
    here = _values(flt.order, hit)
    base = select(Hit.id).where(*conditions(flt, scope), is_lead(flt, scope),
                                or_(Hit.stream_id != hit.stream_id, Hit.utterance_ms != hit.utterance_ms))
    prev = session.scalar(order_by(base.where(precedes(flt.order, keys, here)), flt.order, reverse=True).limit(1))
    nxt = session.scalar(order_by(base.where(precedes(flt.order, here, keys)), flt.order).limit(1))
    return prev, nxt


def first_lead(session: Session, flt: QueueFilter, scope: Scope) -> int | None:
    return session.scalar(order_by(select(Hit.id).where(*conditions(flt, scope), is_lead(flt, scope)),
                                   flt.order).limit(1))


def group_of(session: Session, hit: Hit, scope: Scope, *, pending: bool = True) -> list[Hit]:
    """The hit's utterance group: the members this reviewer may decide now (the hit itself first)."""
    stmt = select(Hit).where(Hit.stream_id == hit.stream_id, Hit.utterance_ms == hit.utterance_ms)
    if pending:
        stmt = stmt.where(available(scope.username, scope.now))
    others = [m for m in session.scalars(stmt.order_by(Hit.start, Hit.id)) if m.id != hit.id]
    return [hit, *others]


def new_since(session: Session, flt: QueueFilter, scope: Scope, since_id: int) -> tuple[list[QueueGroup], int]:
    """Groups that arrived after hit `since_id` (their lead is newer), newest first, and how many there are.

    Read by primary-key range from the newest end: a poll costs the rows that are new, not the table.
    """
    # The newest ids first, by primary key alone: with the filters in the same statement the planner may walk
    # a status index over every pending row instead.
    recent = list(session.scalars(select(Hit.id).where(Hit.id > since_id).order_by(Hit.id.desc())
                                  .limit(NEW_SCAN_MAX)))
    if not recent:
        return [], 0
    stmt = leads(flt, scope).where(Hit.id.in_(recent)).order_by(Hit.id.desc())
    rows = session.execute(stmt).all()
    count = len(rows)
    rows = rows[:NEW_ROWS_MAX]
    heads = [h for h, _n, _s in rows]
    found = members_of(session, flt, scope, heads)
    groups = [_group(h, found, name, shop, flt.order) for h, name, shop in rows]
    groups.sort(key=lambda g: (g.lead.created_at, g.lead.id), reverse=True)
    return groups, count


def still_open(session: Session, scope: Scope, ids: list[int]) -> set[int]:
    """Which of these hits this reviewer could still decide (the others were decided or claimed meanwhile)."""
    if not ids:
        return set()
    return set(session.scalars(select(Hit.id).where(Hit.id.in_(ids), available(scope.username, scope.now))))


def still_mine(session: Session, scope: Scope) -> set[int]:
    """Which of the session's claimed hits are still pending and claimed by this reviewer."""
    if not scope.claimed_ids:
        return set()
    return set(session.scalars(select(Hit.id).where(mine(scope.username, scope.claimed_ids, scope.now))))


def scope_for(username: str, tz: ZoneInfo, claimed_ids: list[int] | None = None,
              now: Callable[[], datetime] = utcnow, *, session: Session | None = None,
              flt: QueueFilter | None = None) -> Scope:
    """Who is looking and when; with a search in `flt`, the search table is brought up to date first."""
    fts = bool(session is not None and flt is not None and flt.q and search.prepare(session)
               and search.selective(session, flt.q[:SEARCH_MAX]))
    shop_streams = list(session.scalars(select(Stream.id).where(Stream.shop == flt.shop))) \
        if session is not None and flt is not None and flt.shop else []
    return Scope(username=username, now=now(), tz=tz, claimed_ids=list(claimed_ids or []), fts=fts,
                 shop_streams=shop_streams)
