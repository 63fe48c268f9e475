//! Facts to disk: SQLite store, migrations, queries, export.
