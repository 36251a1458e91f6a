"""check-in schedule

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stage", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("due_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("invited_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("invitation_error", sa.String(length=300), nullable=True))
        batch_op.create_index(batch_op.f("ix_checkins_due_at"), ["due_at"], unique=False)
        batch_op.create_unique_constraint("uq_checkins_placement_stage", ["placement_id", "stage"])


def downgrade() -> None:
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_constraint("uq_checkins_placement_stage", type_="unique")
        batch_op.drop_index(batch_op.f("ix_checkins_due_at"))
        batch_op.drop_column("invitation_error")
        batch_op.drop_column("answered_at")
        batch_op.drop_column("reminded_at")
        batch_op.drop_column("invited_at")
        batch_op.drop_column("due_at")
        batch_op.drop_column("stage")
