"""Initial schema: reports, items, audit, search.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("source_name", sa.String(500), nullable=False),
        sa.Column("kind", sa.String(16)),
        sa.Column("encoding", sa.String(32)),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("unit", sa.String(300)),
        sa.Column("own_number", sa.String(100)),
        sa.Column("meeting_day", sa.Integer),
        sa.Column("meeting_month", sa.Integer),
        sa.Column("meeting_year", sa.Integer),
        sa.Column("meeting_chair", sa.String(200)),
        sa.Column("meeting_date", sa.String(10)),
        sa.Column("original_text", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
    )
    op.create_index("ix_reports_content_hash", "reports", ["content_hash"], unique=True)
    op.create_index("ix_reports_unit", "reports", ["unit"])
    op.create_index("ix_reports_meeting_date", "reports", ["meeting_date"])
    op.create_index("ix_reports_imported_at", "reports", ["imported_at"])
    op.create_table(
        "items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("items.id", ondelete="CASCADE")),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("key", sa.String(40)),
        sa.Column("span_start", sa.Integer),
        sa.Column("span_end", sa.Integer),
        sa.Column("origin", sa.String(8), nullable=False, server_default="auto"),
        sa.Column("review_status", sa.String(20), nullable=False, server_default="chưa kiểm tra"),
        sa.Column("reviewer", sa.String(100)),
        sa.Column("reviewed_at", sa.DateTime),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("text", sa.Text),
        sa.Column("doc_kind", sa.String(60)),
        sa.Column("doc_number", sa.String(100)),
        sa.Column("doc_date", sa.String(10)),
        sa.Column("positions", sa.Text),
        sa.Column("value", sa.Float),
        sa.Column("value2", sa.Float),
        sa.Column("unit", sa.String(60)),
        sa.Column("qualifier", sa.String(20)),
        sa.Column("year", sa.Integer),
        sa.Column("group_label", sa.String(20)),
        sa.Column("decimals", sa.Integer),
        sa.Column("rel", sa.String(20)),
        sa.Column("ref", sa.String(40)),
        sa.Column("enumerated", sa.Integer),
        sa.Column("complete", sa.Boolean),
        sa.Column("owner", sa.String(300)),
        sa.Column("partners", sa.Text),
        sa.Column("deadline", sa.String(100)),
        sa.Column("product", sa.Text),
        sa.Column("progress", sa.String(100)),
        sa.Column("result", sa.Text),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
    )
    op.create_index("ix_items_report_id", "items", ["report_id"])
    op.create_index("ix_items_parent_id", "items", ["parent_id"])
    op.create_index("ix_items_type", "items", ["type"])
    op.create_index("ix_items_review_status", "items", ["review_status"])
    op.create_index("ix_items_report_type", "items", ["report_id", "type"])
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("who", sa.String(100), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="SET NULL")),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id", ondelete="SET NULL")),
        sa.Column("field", sa.String(40)),
        sa.Column("old_value", sa.Text),
        sa.Column("new_value", sa.Text),
    )
    op.create_index("ix_audit_at", "audit", ["at"])
    op.create_index("ix_audit_report_id", "audit", ["report_id"])
    op.create_index("ix_audit_item_id", "audit", ["item_id"])
    op.create_table(
        "search_docs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id", ondelete="CASCADE")),
        sa.Column("item_type", sa.String(16), nullable=False),
        sa.Column("folded", sa.Text, nullable=False),
    )
    op.create_index("ix_search_docs_report_id", "search_docs", ["report_id"])
    op.create_index("ix_search_docs_item_id", "search_docs", ["item_id"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # External-content FTS5 index kept in step with search_docs by triggers.
        op.execute("CREATE VIRTUAL TABLE search_fts USING fts5(folded, content='search_docs', "
                   "content_rowid='id', tokenize='unicode61 remove_diacritics 0')")
        op.execute("CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
                   "INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END")
        op.execute("CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
                   "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END")
        op.execute("CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN "
                   "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); "
                   "INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END")
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_search_docs_tsv ON search_docs USING gin (to_tsvector('simple', folded))")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_docs")
    op.drop_table("audit")
    op.drop_table("items")
    op.drop_table("reports")
