"""Alembic environment: always run programmatically from :mod:`desktop.store.db` with a connection."""

from __future__ import annotations

from alembic import context

from desktop.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the app runs migrations
    raise RuntimeError("desktop.store migrations run through desktop.store.db.open_database()")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
