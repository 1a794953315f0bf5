"""Opening a library: SQLite done right (WAL, foreign keys, integrity check), or PostgreSQL.

``open_database(url)`` creates the database when needed, checks it, upgrades an old file to
the current schema after making a backup copy beside it, and turns every low-level failure
into a :class:`StoreError` with a Vietnamese sentence. It never deletes or rewrites a file it
cannot read.
"""

from __future__ import annotations

import contextlib
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.errors import StoreError, describe_error
from desktop.store.paths import default_db_url

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None  # the SQLite file, if any

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self):
        """A unit of work: committed as a whole, or rolled back as a whole."""
        s = self.sessions()
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any, busy_ms: int = 3000) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
    with contextlib.suppress(sqlite3.OperationalError):  # a read-only medium stays in rollback-journal mode
        cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _alembic_config(connection: Any):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _head_revision() -> str:
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(None)
    return ScriptDirectory.from_config(cfg).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _check_sqlite_file(path: Path) -> None:
    if not path.exists():
        parent = path.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Không tạo được thư mục dữ liệu “{parent}”: {exc.strerror or exc}.") from None
        probe = parent / ".reportdesk-write-test"
        try:
            probe.write_bytes(b"")
            probe.unlink()
        except OSError:
            raise StoreError(f"Không có quyền ghi vào thư mục “{parent}”. Hãy chọn thư mục khác hoặc nhờ "
                             f"quản trị cấp quyền ghi.") from None
        return
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise StoreError(f"Không đọc được tệp cơ sở dữ liệu “{path.name}”: {exc.strerror or exc}.") from None
    if head and head != SQLITE_MAGIC:
        raise StoreError(f"Tệp “{path.name}” không phải cơ sở dữ liệu ReportDesk hoặc đã bị hỏng. Tệp được giữ "
                         f"nguyên; hãy khôi phục từ bản sao lưu hoặc chọn tệp khác.")


def open_database(url: str | None = None, *, migrate: bool = True, check: bool = True,
                  busy_timeout_ms: int = 3000) -> Database:
    url = url or default_db_url()
    if "://" not in url:
        url = f"sqlite:///{Path(url).resolve()}"
    parsed = make_url(url)
    path: Path | None = None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database)
            _check_sqlite_file(path)
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})
        event.listen(engine, "connect", lambda c, r: _sqlite_pragmas(c, r, busy_timeout_ms))
    else:
        if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
            url = str(parsed.set(drivername="postgresql+psycopg"))
        engine = create_engine(url, pool_pre_ping=True)
    db = Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), path=path)
    try:
        if check and path is not None and path.exists() and path.stat().st_size > 0:
            _integrity_check(db)
        if migrate:
            _migrate(db)
    except StoreError:
        engine.dispose()
        raise
    except (SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        raise describe_error(exc, path.name if path else parsed.render_as_string(hide_password=True)) from None
    return db


def _integrity_check(db: Database) -> None:
    assert db.path is not None
    quick = db.path.stat().st_size > 256 * 1024 * 1024  # a full check of a huge file takes too long at start
    with db.engine.connect() as conn:
        rows = conn.execute(text("PRAGMA quick_check" if quick else "PRAGMA integrity_check")).fetchall()
    if [r[0] for r in rows] != ["ok"]:
        raise StoreError(f"Kiểm tra toàn vẹn tệp “{db.path.name}” báo lỗi ({rows[0][0]}). Tệp được giữ nguyên; "
                         f"hãy khôi phục từ bản sao lưu.")


def _migrate(db: Database) -> None:
    from alembic import command

    head = _head_revision()
    current = current_revision(db.engine)
    if current == head:
        return
    if current is not None and db.path is not None:
        # An old library: keep a copy beside it before changing its schema.
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = db.path.with_name(f"{db.path.stem}.truoc-nang-cap-{current}-{stamp}{db.path.suffix}")
        from desktop.store.backup import backup_database

        backup_database(db, backup)
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")


def raise_as_store_error(exc: BaseException, where: str = "") -> None:
    if isinstance(exc, StoreError):
        raise exc
    if isinstance(exc, DBAPIError | OperationalError | sqlite3.Error):
        raise describe_error(exc, where) from None
    raise exc
