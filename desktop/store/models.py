"""The schema: reports, their extracted items (one table, a ``type`` per kind of item), the audit trail.

Findings are not stored: they are recomputed from the items, which are the truth; only a clerk's dismissal of one is.
The same models run on SQLite (a clerk's own library) and PostgreSQL (an office's shared one).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ReportRow(Base):
    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    source_name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str | None] = mapped_column(String(16))
    encoding: Mapped[str | None] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str | None] = mapped_column(String(300), index=True)
    own_number: Mapped[str | None] = mapped_column(String(100))
    meeting_day: Mapped[int | None] = mapped_column(Integer)
    meeting_month: Mapped[int | None] = mapped_column(Integer)
    meeting_year: Mapped[int | None] = mapped_column(Integer)
    meeting_chair: Mapped[str | None] = mapped_column(String(200))
    meeting_date: Mapped[str | None] = mapped_column(String(10), index=True)  # ISO when fully known
    doc_date: Mapped[str | None] = mapped_column(String(10), index=True)  # the text's own date (header, post), ISO
    original_text: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    checked_empty_at: Mapped[datetime | None] = mapped_column(DateTime)  # "nothing to extract", confirmed
    # a clerk's line decisions, JSON {"<line start in original_text>": "article" | "chrome"}
    line_overrides: Mapped[str] = mapped_column(Text, default="", server_default="")
    # the blocks of a text built from structure (web page, Word file), JSON; None: the text alone rebuilds them
    source_layout: Mapped[str | None] = mapped_column(Text)
    # the details a clerk corrected (JSON list: "title", "unit", "meeting_date" …): a new reading keeps them
    corrected: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1, nullable=False)

    items: Mapped[list[ItemRow]] = relationship(back_populates="report", cascade="all, delete-orphan",
                                                order_by="ItemRow.position", passive_deletes=True)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ItemRow(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    # document | person | indicator | ratio | tally | part | task | proposal
    type: Mapped[str] = mapped_column(String(16), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str | None] = mapped_column(String(40))
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(8), default="auto")
    review_status: Mapped[str] = mapped_column(String(20), default="unchecked", index=True)  # ReviewStatus code
    reviewer: Mapped[str | None] = mapped_column(String(100))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    # what the item says
    text: Mapped[str | None] = mapped_column(Text)  # task/proposal text, indicator label, name, noun, status
    doc_kind: Mapped[str | None] = mapped_column(String(60))
    doc_number: Mapped[str | None] = mapped_column(String(100))
    doc_date: Mapped[str | None] = mapped_column(String(10))
    positions: Mapped[str | None] = mapped_column(Text)  # JSON list
    value: Mapped[float | None] = mapped_column(Float)  # indicator value, tally total, part count, numerator
    value2: Mapped[float | None] = mapped_column(Float)  # ratio denominator
    unit: Mapped[str | None] = mapped_column(String(60))
    qualifier: Mapped[str | None] = mapped_column(String(20))
    year: Mapped[int | None] = mapped_column(Integer)
    group_label: Mapped[str | None] = mapped_column(String(20))
    decimals: Mapped[int | None] = mapped_column(Integer)
    rel: Mapped[str | None] = mapped_column(String(20))
    ref: Mapped[str | None] = mapped_column(String(40))
    enumerated: Mapped[int | None] = mapped_column(Integer)
    complete: Mapped[bool | None] = mapped_column(Boolean)
    # the "4 rõ / 5 rõ" fields of a task
    owner: Mapped[str | None] = mapped_column(String(300))  # cơ quan chủ trì
    partners: Mapped[str | None] = mapped_column(Text)  # JSON list: cơ quan phối hợp
    deadline: Mapped[str | None] = mapped_column(String(100))  # thời hạn
    product: Mapped[str | None] = mapped_column(Text)  # sản phẩm
    progress: Mapped[str | None] = mapped_column(String(100))  # tình trạng
    result: Mapped[str | None] = mapped_column(Text)  # kết quả thực hiện
    version: Mapped[int] = mapped_column(Integer, default=1, nullable=False)

    report: Mapped[ReportRow] = relationship(back_populates="items")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


Index("ix_items_report_type", ItemRow.report_id, ItemRow.type)


class AuditRow(Base):
    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    who: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))  # import create update delete
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id", ondelete="SET NULL"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="SET NULL"), index=True)
    field: Mapped[str | None] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class SearchDoc(Base):
    """Folded (diacritics-free, lower-case, same length) text of a report or an item, for search.

    On SQLite the ``search_fts`` FTS5 table indexes ``folded``; on PostgreSQL a GIN index over
    ``to_tsvector('simple', folded)`` does.
    """

    __tablename__ = "search_docs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    item_type: Mapped[str] = mapped_column(String(16))  # "report" for the body
    folded: Mapped[str] = mapped_column(Text)


class DismissalRow(Base):
    """A finding a clerk dismissed with a note, kept under the finding's stable key (desktop.core.dismissals)."""

    __tablename__ = "finding_dismissals"
    __table_args__ = (UniqueConstraint("report_id", "finding_key", name="uq_dismissal_report_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    finding_key: Mapped[str] = mapped_column(String(400))
    kind: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    who: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime)
