"""Storage: SQLAlchemy models, migrations, the library, search, audit and backups. No Qt."""
