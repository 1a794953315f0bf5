"""A clerk's decisions on lines of a text (article or page chrome), and the block structure of a web page
or Word file, so that the text can be extracted again exactly as it was read at import.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("line_overrides", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("source_layout", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("source_layout")
        batch.drop_column("line_overrides")
