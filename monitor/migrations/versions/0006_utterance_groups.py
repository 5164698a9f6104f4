"""utterance groups and queue indexes for the eight-hour shift (issue 10)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 11:05:00

hits.utterance_ms is the start (media ms) of the utterance a hit was said in; the queue shows the hits of
one utterance as one row and decides them together. Existing rows take it from the stored segment that
contains their phrase, or their own start when none does (a group of one).
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # On SQLite a batch may recreate `hits`; dropping the old table would SET NULL every outbox row's hit_id
    # (see 0004): they are put back at the end.
    bind = op.get_bind()
    links = bind.execute(sa.text('SELECT id, hit_id FROM outbox WHERE hit_id IS NOT NULL')).all()
    with op.batch_alter_table('hits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('utterance_ms', sa.Integer(), nullable=True))
        batch_op.create_index('ix_hits_utterance', ['stream_id', 'utterance_ms'], unique=False)
        batch_op.create_index('ix_hits_claim_expires', ['claim_expires_at'], unique=False)
        batch_op.create_index('ix_hits_reviewer_decided', ['reviewer', 'decided_at'], unique=False)
        batch_op.create_index('ix_hits_status_how', ['status', 'how', 'created_at'], unique=False)
    op.execute(
        'UPDATE hits SET utterance_ms = (SELECT s.start_ms FROM segments s WHERE s.stream_id = hits.stream_id '
        'AND s.start <= hits.start + 0.05 AND s."end" >= hits.start ORDER BY s.start DESC LIMIT 1)')
    op.execute('UPDATE hits SET utterance_ms = start_ms WHERE utterance_ms IS NULL')
    for outbox_id, hit_id in links:
        bind.execute(sa.text('UPDATE outbox SET hit_id = :h WHERE id = :id'), {"h": hit_id, "id": outbox_id})


def downgrade() -> None:
    with op.batch_alter_table('hits', schema=None) as batch_op:
        batch_op.drop_index('ix_hits_status_how')
        batch_op.drop_index('ix_hits_reviewer_decided')
        batch_op.drop_index('ix_hits_claim_expires')
        batch_op.drop_index('ix_hits_utterance')
        batch_op.drop_column('utterance_ms')
