"""The register's table: one row per followed-up task (issue 17). An entry follows a task item (its text,
owner, partners, deadline phrase and product are the item's) or, added by a clerk, holds them itself.

``due`` is the date the deadline phrase resolves to, or the date a clerk corrected it to (``due_corrected``:
a new resolution of the phrase leaves it alone). Statuses are :class:`desktop.core.register.TaskStatus` codes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models import Base


class RegisterRow(Base):
    __tablename__ = "register_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), unique=True)
    # a clerk's own entry (no item): what the task says
    text: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(300))
    partners: Mapped[str | None] = mapped_column(Text)  # JSON list
    deadline: Mapped[str | None] = mapped_column(String(100))
    product: Mapped[str | None] = mapped_column(Text)
    # the follow-up
    due: Mapped[date | None] = mapped_column(Date, index=True)
    recurring: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    due_corrected: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    status: Mapped[str] = mapped_column(String(10), default="todo", nullable=False, index=True)
    status_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    changed_by: Mapped[str | None] = mapped_column(String(100))
    changed_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, nullable=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
