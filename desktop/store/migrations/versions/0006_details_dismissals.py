"""Findings a clerk dismissed with a note, kept under each finding's stable key; which details of a report a
clerk corrected (a new reading of the text keeps them).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "finding_dismissals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
        sa.Column("finding_key", sa.String(400), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("who", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("report_id", "finding_key", name="uq_dismissal_report_key"),
    )
    op.create_index("ix_finding_dismissals_report_id", "finding_dismissals", ["report_id"])
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("corrected", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("corrected")
    op.drop_index("ix_finding_dismissals_report_id", "finding_dismissals")
    op.drop_table("finding_dismissals")
