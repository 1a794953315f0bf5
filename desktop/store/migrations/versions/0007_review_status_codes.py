"""Review statuses stored as stable codes ("verified"), no longer as their Vietnamese labels ("đã xác minh"):
the items' statuses and the audit rows of status changes (old and new value) are converted, both ways.

The column's server default follows on PostgreSQL. On SQLite it stays as it was: changing it means copying the
items table, and dropping the old one would run its ON DELETE actions (search entries, child items) while
foreign keys are on. The application always writes the status itself, and reads an old label too.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# frozen here: the migration must convert what version 0006 wrote, whatever the code says later
LABELS = {"unchecked": "chưa kiểm tra", "verified": "đã xác minh", "needs_fix": "cần sửa", "rejected": "loại bỏ"}

_items = sa.table("items", sa.column("review_status", sa.String))
_audit = sa.table("audit", sa.column("field", sa.String), sa.column("old_value", sa.Text),
                  sa.column("new_value", sa.Text))


def _convert(mapping: dict[str, str]) -> None:
    """Every stored status and every status change in the audit trail, from one spelling to the other."""
    for old, new in mapping.items():
        op.execute(_items.update().where(_items.c.review_status == old).values(review_status=new))
        for col in ("old_value", "new_value"):
            op.execute(_audit.update().where(_audit.c.field == "review", _audit.c[col] == old).values({col: new}))


def _server_default(value: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("items", "review_status", server_default=value, existing_type=sa.String(20),
                        existing_nullable=False)


def upgrade() -> None:
    _convert({label: code for code, label in LABELS.items()})
    _server_default("unchecked")


def downgrade() -> None:
    _convert(LABELS)
    _server_default(LABELS["unchecked"])
