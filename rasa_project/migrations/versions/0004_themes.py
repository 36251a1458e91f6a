"""theme observations and corrections

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "theme_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.String(length=64), nullable=False),
        sa.Column("turn", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("themes", sa.Text(), nullable=False),
        sa.Column("recruiter_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["recruiter_id"], ["recruiters.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("theme_corrections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_theme_corrections_conversation_id"), ["conversation_id"], unique=False
        )

    op.create_table(
        "theme_observations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=True),
        sa.Column("conversation_id", sa.String(length=64), nullable=False),
        sa.Column("turn", sa.Integer(), nullable=False),
        sa.Column("theme", sa.String(length=40), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["checkin_id"], ["checkins.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("conversation_id", "turn", "theme"),
    )
    with op.batch_alter_table("theme_observations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_theme_observations_checkin_id"), ["checkin_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_theme_observations_conversation_id"), ["conversation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_theme_observations_created_at"), ["created_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_theme_observations_theme"), ["theme"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("theme_observations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_theme_observations_theme"))
        batch_op.drop_index(batch_op.f("ix_theme_observations_created_at"))
        batch_op.drop_index(batch_op.f("ix_theme_observations_conversation_id"))
        batch_op.drop_index(batch_op.f("ix_theme_observations_checkin_id"))

    op.drop_table("theme_observations")
    with op.batch_alter_table("theme_corrections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_theme_corrections_conversation_id"))

    op.drop_table("theme_corrections")
