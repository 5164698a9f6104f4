"""review workflow: 二审 / QA / 终审 tasks, the admin-editable review policy, audit log by target

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 11:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'review_tasks',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('hit_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('first_reviewer', sa.String(length=100), nullable=False),
        sa.Column('first_status', sa.String(length=20), nullable=False),
        sa.Column('first_reason', sa.String(length=100), nullable=True),
        sa.Column('first_note', sa.Text(), nullable=True),
        sa.Column('first_at', sa.DateTime(), nullable=False),
        sa.Column('second_reviewer', sa.String(length=100), nullable=True),
        sa.Column('second_status', sa.String(length=20), nullable=True),
        sa.Column('second_reason', sa.String(length=100), nullable=True),
        sa.Column('second_note', sa.Text(), nullable=True),
        sa.Column('second_at', sa.DateTime(), nullable=True),
        sa.Column('final_by', sa.String(length=100), nullable=True),
        sa.Column('final_status', sa.String(length=20), nullable=True),
        sa.Column('final_reason', sa.String(length=100), nullable=True),
        sa.Column('final_note', sa.Text(), nullable=True),
        sa.Column('final_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['hit_id'], ['hits.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('review_tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_tasks_hit_id'), ['hit_id'], unique=False)
        batch_op.create_index('ix_review_tasks_queue', ['state', 'kind', 'created_at'], unique=False)
    op.create_table(
        'review_policy',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('second_review', sa.JSON(), nullable=False),
        sa.Column('qa_sample_rate', sa.Float(), nullable=False),
        sa.Column('updated_by', sa.String(length=100), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    # A hit's decision history reads the audit log by target.
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_target', ['target_type', 'target_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_target')
    op.drop_table('review_policy')
    with op.batch_alter_table('review_tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_review_tasks_queue')
        batch_op.drop_index(batch_op.f('ix_review_tasks_hit_id'))
    op.drop_table('review_tasks')
