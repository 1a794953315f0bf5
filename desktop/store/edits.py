"""What every edit of the library shares: the time it is stamped with, and the transaction frame of an edit
checked against the version the clerk read (optimistic locking, SQLAlchemy's ``version_id_col``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.store.db import Database, describe_error
from desktop.store.errors import ConflictError, StoreError


def utc_now() -> datetime:
    """Now, in UTC without a zone (how the library stores times: SQLite keeps no zone)."""
    return datetime.now(UTC).replace(tzinfo=None)


@contextmanager
def versioned_edit(db: Database, stale: Callable[[], StoreError]) -> Iterator[Session]:
    """One transaction of an edit. If another clerk saved a row it changes since it was read (the version
    check at flush or commit), ``stale()`` says so; any other database failure becomes the store's Vietnamese
    sentence; a :class:`StoreError` raised inside passes unchanged. Nothing is written unless all of it is."""
    try:
        with db.session() as s:
            yield s
    except StaleDataError:
        raise stale() from None
    except StoreError:
        raise
    except SQLAlchemyError as exc:
        raise describe_error(exc) from None


def overtaken(db: Database, row_type: type, row_id: int, values: Callable[[Any], dict[str, object]],
              changes: dict[str, object]) -> ConflictError:
    """The conflict of an edit another clerk's save overtook: the row's values as now stored, and ours."""
    with db.session() as s:
        row = s.get(row_type, row_id)
        return ConflictError(row_id, values(row) if row is not None else {}, dict(changes))
