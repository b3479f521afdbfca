"""Base models and the sync bookkeeping shared by every synced record.

Every synced record carries `uid`, `office_code`, `version`, `updated_at` and `deleted`
(design.md, "Identity and versions"). They are maintained HERE and nowhere else: `save()`,
`insert()`, `insert_many()` and `update()` stamp a fresh version from the office-wide change
counter, so no caller has to remember it. A caller that passes `version` explicitly (the sync
importer storing another office's record) keeps the value it passed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateTimeField,
    Model,
    UUIDField,
)

db = DatabaseProxy()

_SYNC_FIELDS = ("version", "updated_at")


class NoOfficeError(RuntimeError):
    """Raised when a synced record is written before the database was made an office."""


def utcnow() -> dt.datetime:
    """Naive UTC, the convention for every stored timestamp (display converts to local)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class _OfficeCodeCache:
    """The local office code, read once per opened database (it never changes after init)."""

    code: str | None = None


office_cache = _OfficeCodeCache()


def current_office_code() -> str:
    return office_cache.code or ""


def next_version() -> int:
    """Take the next value of the office-wide change counter (1, 2, 3, ... across all tables).

    Runs inside the caller's write transaction, so a rolled-back write gives its value back.
    """
    cursor = db.execute_sql(
        "UPDATE change_counter SET value = value + 1 WHERE id = 1 RETURNING value"
    )
    row = cursor.fetchone()
    if row is None:
        raise RuntimeError("change counter row is missing; the database was not migrated")
    return int(row[0])


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class SyncedModel(BaseModel):
    """A record that travels in sync packages. Soft-deleted (tombstone), never removed."""

    uid = UUIDField(default=uuid.uuid4, unique=True)
    office_code = CharField(max_length=16, default=current_office_code, index=True)
    version = BigIntegerField(default=0, index=True)
    updated_at = DateTimeField(default=utcnow)
    deleted = BooleanField(default=False, index=True)

    def save(self, *args: Any, **kwargs: Any) -> int:
        if not self.office_code:
            raise NoOfficeError("this database has no office yet (run 'office init')")
        self.version = next_version()
        self.updated_at = utcnow()
        return super().save(*args, **kwargs)

    def delete_instance(self, *args: Any, **kwargs: Any) -> int:
        """Soft delete: keep a tombstone so the deletion travels to the central office."""
        self.deleted = True
        return self.save()

    @classmethod
    def _stamp(cls, row: dict[Any, Any]) -> dict[Any, Any]:
        names = {(k.name if hasattr(k, "name") else k) for k in row}
        if "version" not in names:
            row["version"] = next_version()
        if "updated_at" not in names:
            row["updated_at"] = utcnow()
        if "office_code" not in names:
            code = current_office_code()
            if not code:
                raise NoOfficeError("this database has no office yet (run 'office init')")
            row["office_code"] = code
        return row

    @classmethod
    def insert(cls, __data: Mapping[Any, Any] | None = None, **insert: Any):  # type: ignore[override]
        row = dict(__data or {})
        row.update(insert)
        return super().insert(cls._stamp(row))

    @classmethod
    def insert_many(cls, rows: Iterable[Mapping[Any, Any]], fields: Any = None):  # type: ignore[override]
        if fields is not None:
            raise TypeError("SyncedModel.insert_many takes dict rows so versions can be stamped")
        return super().insert_many([cls._stamp(dict(r)) for r in rows])

    @classmethod
    def update(cls, __data: Mapping[Any, Any] | None = None, **update: Any):  # type: ignore[override]
        values = dict(__data or {})
        values.update(update)
        names = {(k.name if hasattr(k, "name") else k) for k in values}
        if "version" not in names:
            values["version"] = next_version()
        if "updated_at" not in names:
            values["updated_at"] = utcnow()
        return super().update(values)

    @classmethod
    def live(cls):
        """Records that are not tombstones."""
        return cls.select().where(cls.deleted == False)
