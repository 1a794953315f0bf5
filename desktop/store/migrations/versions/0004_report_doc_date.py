"""The text's own date: the date in an official document's header, or a web page's post date.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("doc_date", sa.String(10), nullable=True))
        batch.create_index("ix_reports_doc_date", ["doc_date"])


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.drop_index("ix_reports_doc_date")
        batch.drop_column("doc_date")
