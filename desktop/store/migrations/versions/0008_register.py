"""The task follow-up register (issue 17): one row per task followed up, with its resolved due date, status,
completion date, note and who changed it. Entries for the tasks already in the library are made by
:func:`desktop.store.register.sync_register` (it resolves deadline phrases with today's code, which a
migration must not freeze).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "register_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE")),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id", ondelete="CASCADE")),
        sa.Column("text", sa.Text),
        sa.Column("owner", sa.String(300)),
        sa.Column("partners", sa.Text),
        sa.Column("deadline", sa.String(100)),
        sa.Column("product", sa.Text),
        sa.Column("due", sa.Date),
        sa.Column("recurring", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("due_corrected", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("status", sa.String(10), nullable=False, server_default="todo"),
        sa.Column("status_on", sa.Date),
        sa.Column("done_on", sa.Date),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("changed_by", sa.String(100)),
        sa.Column("changed_at", sa.DateTime),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.UniqueConstraint("item_id", name="uq_register_entries_item_id"),
    )
    op.create_index("ix_register_entries_report_id", "register_entries", ["report_id"])
    op.create_index("ix_register_entries_due", "register_entries", ["due"])
    op.create_index("ix_register_entries_status", "register_entries", ["status"])


def downgrade() -> None:
    op.drop_index("ix_register_entries_status", "register_entries")
    op.drop_index("ix_register_entries_due", "register_entries")
    op.drop_index("ix_register_entries_report_id", "register_entries")
    op.drop_table("register_entries")
