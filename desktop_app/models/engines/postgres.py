"""The PostgreSQL engine: the same peewee models and the same SQL the services write for SQLite.

The services' raw SQL is written for SQLite (`?` placeholders, `INSERT OR IGNORE`); the
database below translates it on the way out, so no service needs two forms. Booleans stay
0/1 integers as in SQLite (the frozen DDL and the partial indexes say `"deleted" = 0`).
A write transaction takes one advisory lock, the counterpart of SQLite's IMMEDIATE write
lock: one writer at a time, so every read-then-write (the change counter, the audit chain,
the package sequence) stays as correct as on SQLite while readers never wait.
"""

from __future__ import annotations

import re
from typing import Any

from peewee import BooleanField, PostgresqlDatabase

# Any 64-bit number; the same one in every program that writes to the office database.
WRITER_LOCK_KEY = 7_240_024
SQLITE_LOCK_TYPES = frozenset({"DEFERRED", "IMMEDIATE", "EXCLUSIVE"})
_EXPLICIT_ID = re.compile(r'^\s*INSERT\s+INTO\s+"?(\w+)"?\s*\(\s*"?id"?\s*[,)]', re.IGNORECASE)
_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)

_adapted = False


def _adapt_booleans_as_integers() -> None:
    """psycopg2 sends True as `true`; the columns are integers (as in SQLite), so send 1/0."""
    global _adapted
    if _adapted:
        return
    from psycopg2.extensions import AsIs, register_adapter

    register_adapter(bool, lambda value: AsIs("1" if value else "0"))
    _adapted = True


def _has_question_marks(sql: str) -> bool:
    quote: str | None = None
    for char in sql:
        if quote is not None:
            if char == quote:
                quote = None
        elif char in ("'", '"'):
            quote = char
        elif char == "?":
            return True
    return False


def _negate_flag(field: BooleanField):  # type: ignore[no-untyped-def]
    return field == False


# `~Model.deleted` is `NOT "deleted"`, which PostgreSQL refuses for an integer column; as
# `"deleted" = 0` it means the same on both engines (NULL stays NULL).
BooleanField.__invert__ = _negate_flag  # type: ignore[method-assign,assignment]


def sqlite_placeholders(sql: str) -> str:
    """SQL with SQLite's `?` placeholders in psycopg2's format: `?` outside quotes becomes
    `%s`, and a literal `%` becomes `%%`. SQL without `?` (peewee's own, already `%s`, or
    without parameters) is left as it is."""
    if "?" not in sql or not _has_question_marks(sql):
        return sql
    out: list[str] = []
    quote: str | None = None
    for char in sql:
        if quote is not None:
            if char == quote:
                quote = None
            out.append("%%" if char == "%" else char)
        elif char in ("'", '"'):
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)


def translate_statement(sql: str) -> str:
    """One statement in SQLite's dialect as PostgreSQL reads it (placeholders, OR IGNORE)."""
    if _INSERT_OR_IGNORE.match(sql):
        sql = _INSERT_OR_IGNORE.sub("INSERT INTO", sql, count=1).rstrip().rstrip(";")
        sql += " ON CONFLICT DO NOTHING"
    return sqlite_placeholders(sql)


def _cursor_class():  # type: ignore[no-untyped-def]
    """psycopg2's cursor reading SQLite's dialect, for code that runs SQL on `db.cursor()`
    itself (the sync importer's executemany); errors become peewee's, as from execute_sql."""
    import peewee
    from psycopg2.extensions import cursor
    from psycopg2.extras import execute_batch

    class SqliteDialectCursor(cursor):
        def execute(self, query, vars=None):  # type: ignore[no-untyped-def]
            if not isinstance(query, str):
                return super().execute(query, vars)
            query = translate_statement(query)
            with peewee.__exception_wrapper__:
                result = super().execute(query, vars)
            self._follow_ids(query)
            return result

        def executemany(self, query, vars_list):  # type: ignore[no-untyped-def]
            # one round trip per 500 rows instead of one per row
            query = translate_statement(query)
            with peewee.__exception_wrapper__:
                execute_batch(self, query, vars_list, page_size=500)
            self._follow_ids(query)

        def _follow_ids(self, query: str) -> None:
            """After rows were inserted with their own ids (the sync importer, a copy), move
            the table's identity past them, as SQLite's rowid follows by itself."""
            match = _EXPLICIT_ID.match(query)
            if match is None:
                return
            table = match.group(1)
            follow = self.connection.cursor()
            super(SqliteDialectCursor, follow).execute(
                "SELECT pg_get_serial_sequence(%s, 'id')", (f'"{table}"',)
            )
            row = follow.fetchone()
            if row and row[0]:
                sequence = row[0]
                super(SqliteDialectCursor, follow).execute(
                    f'SELECT setval(%s, GREATEST((SELECT COALESCE(MAX("id"), 0) FROM "{table}"), '
                    f"(SELECT last_value FROM {sequence})))",
                    (sequence,),
                )
            follow.close()

    return SqliteDialectCursor


class OfficeServerDatabase(PostgresqlDatabase):
    """PostgreSQL with SQLite's dialect accepted in raw SQL and its lock types in `atomic`."""

    def __init__(self, database: str, **kwargs: Any) -> None:
        _adapt_booleans_as_integers()
        super().__init__(database, **kwargs)

    def _connect(self):  # type: ignore[no-untyped-def]
        conn = super()._connect()
        conn.cursor_factory = _cursor_class()
        return conn

    def execute(self, query: Any, **context_options: Any):  # type: ignore[no-untyped-def]
        # peewee's own SQL is PostgreSQL already: straight to the cursor.
        ctx = self.get_sql_context(**context_options)
        sql, params = ctx.sql(query).query()
        return super().execute_sql(sql, params)

    def execute_sql(self, sql: str, params: Any = None):  # type: ignore[no-untyped-def]
        stripped = sql.lstrip().upper()
        if stripped.startswith("PRAGMA"):
            return super().execute_sql("SELECT NULL WHERE FALSE")
        return super().execute_sql(translate_statement(sql), params)

    def begin(self, isolation_level: Any = None) -> None:  # type: ignore[override]
        writer = isinstance(isolation_level, str) and isolation_level.upper() in (
            "IMMEDIATE",
            "EXCLUSIVE",
        )
        if isinstance(isolation_level, str) and isolation_level.upper() in SQLITE_LOCK_TYPES:
            isolation_level = None
        super().begin(isolation_level)
        if writer:
            try:
                self.lock_writers()
            except Exception:
                self.rollback()  # the transaction never began: leave the connection usable
                raise

    def lock_writers(self) -> None:
        """Wait for, then hold until the transaction ends, the office database's write lock."""
        super().execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK_KEY,))

    def pragma(self, *args: Any, **kwargs: Any) -> None:  # SQLite's settings: none here
        return None
