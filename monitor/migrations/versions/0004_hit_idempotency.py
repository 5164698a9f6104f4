"""hit idempotency key, categories/bases/slots, clip_missing; stream last_audio_at; merge duplicate hits

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 08:10:00

Before this revision a hit's key was its exact start in milliseconds, so a re-scan stored the same finding
again 0.01-0.04 s apart. Duplicates (same stream, rule and normalised phrase within a second) are merged
here, keeping the row a reviewer decided (confirmed before dismissed before pending, then the oldest);
outbox rows of the dropped copies point at the kept row.
"""
from alembic import op
import sqlalchemy as sa

from monitor.hit_keys import TOLERANCE, hit_key, phrase_key, start_second


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_RANK = {"confirmed": 0, "dismissed": 1}


def _better(a, b) -> bool:
    """Is row a the one to keep over row b?"""
    return (_RANK.get(a.status, 2), a.id) < (_RANK.get(b.status, 2), b.id)


def _merge_duplicates(bind) -> dict[int, int]:
    rows = bind.execute(sa.text(
        'SELECT id, stream_id, rule_id, matched, start, status, category, basis FROM hits '
        'ORDER BY stream_id, rule_id, start, id')).all()
    groups: dict[tuple, list] = {}
    for row in rows:
        groups.setdefault((row.stream_id, row.rule_id, phrase_key(row.matched)), []).append(row)
    drop: dict[int, int] = {}          # dropped id -> kept id
    keys: dict[int, str] = {}
    for (_stream, rule_id, _phrase), members in groups.items():
        kept: list = []
        for row in members:            # sorted by start
            twin = next((i for i in range(len(kept) - 1, -1, -1)
                         if abs(kept[i].start - row.start) <= TOLERANCE
                         or start_second(kept[i].start) == start_second(row.start)), None)
            if twin is None:
                kept.append(row)
            elif _better(row, kept[twin]):
                drop[kept[twin].id] = row.id
                kept[twin] = row
            else:
                drop[row.id] = kept[twin].id
        for row in kept:
            keys[row.id] = hit_key(rule_id, row.matched, row.start)
    # A dropped row may have pointed at a row dropped later: follow to the survivor.
    for dropped in list(drop):
        target = drop[dropped]
        while target in drop:
            target = drop[target]
        drop[dropped] = target
    for dropped in drop:
        bind.execute(sa.text('DELETE FROM hits WHERE id = :d'), {"d": dropped})
    for hit_id, key in keys.items():
        bind.execute(sa.text('UPDATE hits SET idem_key = :key WHERE id = :id'), {"key": key, "id": hit_id})
    # Every hit had one category and basis until now.
    for row in rows:
        if row.id in keys:
            bind.execute(sa.text('UPDATE hits SET categories = :c, bases = :b WHERE id = :id'),
                         {"c": _json([row.category]), "b": _json([row.basis]), "id": row.id})
    return drop


def _json(value) -> str:
    import json
    return json.dumps(value, ensure_ascii=False)


def upgrade() -> None:
    bind = op.get_bind()
    # On SQLite a batch may recreate `hits`; dropping the old table would SET NULL every outbox row's hit_id
    # (foreign keys are on and cannot be switched off inside the transaction): they are put back at the end.
    links = bind.execute(sa.text('SELECT id, hit_id FROM outbox WHERE hit_id IS NOT NULL')).all()
    with op.batch_alter_table('hits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('idem_key', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('categories', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('bases', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('slots', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('clip_missing', sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table('streams', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_audio_at', sa.DateTime(), nullable=True))
    drop = _merge_duplicates(bind)
    op.execute("UPDATE hits SET slots = '[]' WHERE slots IS NULL")
    with op.batch_alter_table('hits', schema=None) as batch_op:
        batch_op.drop_constraint('uq_hit_stream_time_rule', type_='unique')
        batch_op.create_unique_constraint('uq_hit_stream_key', ['stream_id', 'idem_key'])
    for outbox_id, hit_id in links:       # a dropped copy's messages belong to the kept row
        bind.execute(sa.text('UPDATE outbox SET hit_id = :h WHERE id = :id'),
                     {"h": drop.get(hit_id, hit_id), "id": outbox_id})


def downgrade() -> None:
    with op.batch_alter_table('hits', schema=None) as batch_op:
        batch_op.drop_constraint('uq_hit_stream_key', type_='unique')
        batch_op.create_unique_constraint('uq_hit_stream_time_rule', ['stream_id', 'start_ms', 'rule_id'])
        batch_op.drop_column('clip_missing')
        batch_op.drop_column('slots')
        batch_op.drop_column('bases')
        batch_op.drop_column('categories')
        batch_op.drop_column('idem_key')
    with op.batch_alter_table('streams', schema=None) as batch_op:
        batch_op.drop_column('last_audio_at')
