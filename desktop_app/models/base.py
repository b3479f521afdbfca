"""Base models: the audit hook and the sync bookkeeping shared by every synced record.

Every synced record carries `uid`, `office_code`, `version`, `updated_at` and `deleted`
(design.md, "Identity and versions"). They are maintained HERE and nowhere else: `save()`,
`insert()`, `insert_many()` and `update()` stamp a fresh version from the office-wide change
counter, so no caller has to remember it. A caller that passes `version` explicitly (the sync
importer storing another office's record) keeps the value it passed.

Audited models write an audit entry for every change made through `save()`,
`delete_instance()`, `insert_many()` and `update()`, in the same transaction as the change.
(`insert()` alone is the low-level building block of `save()` and is not audited.)
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateTimeField,
    Model,
    ModelUpdate,
    UUIDField,
)

db = DatabaseProxy()

STATUS_FIELDS = frozenset({"status", "active", "closed"})


class _Saving(threading.local):
    """Set while `save()` runs, so the UPDATE it issues is audited once (by save itself)."""

    depth = 0


_saving = _Saving()


class _Expected(threading.local):
    """The versions an editor loaded, by (table, id): a save over a newer one is refused."""

    def __init__(self) -> None:
        self.versions: dict[tuple[str, int], int] = {}


_expected = _Expected()


class StaleRecordError(RuntimeError):
    """The record was changed (by someone else, on another PC) after the editor loaded it:
    saving would overwrite that change unseen (optimistic locking on `version`)."""

    def __init__(self, table: str, record_id: int, by: str, at: dt.datetime | None) -> None:
        super().__init__(f"{table} {record_id} was changed by {by or '?'} at {at}")
        self.table = table
        self.record_id = record_id
        self.by = by
        self.at = at


def expect_versions(versions: Mapping[tuple[str, int], int]) -> dict[tuple[str, int], int]:
    """Set the versions the caller's editor loaded (replacing any before); returns the live
    mapping, which each guarded save updates to the version it stored."""
    _expected.versions = dict(versions)
    return _expected.versions


def _check_expected(record: SyncedModel) -> None:
    key = (record._meta.table_name, record._pk)
    expected = _expected.versions.get(key)
    if expected is None:
        return
    cls = type(record)
    stored = cls.select(cls.version, cls.uid).where(cls._meta.primary_key == record._pk).first()
    if stored is None or stored.version == expected:
        return
    row = db.execute_sql(
        "SELECT actor, at FROM audit_log WHERE entity = ? AND record_uid = ? "
        "ORDER BY id DESC LIMIT 1",
        (key[0], str(stored.uid)),
    ).fetchone()
    by, at = (row[0], row[1]) if row else ("", None)
    if isinstance(at, str):
        at = dt.datetime.fromisoformat(at)
    raise StaleRecordError(key[0], key[1], by, at)


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


def lock_writers() -> None:
    """On a PostgreSQL server, take (or keep) the one writer lock till the transaction ends,
    as SQLite's IMMEDIATE transaction holds its write lock: the change counter and the audit
    chain are read and written by one writer at a time. Nothing to do on SQLite, whose
    writer already holds the file's lock."""
    lock = getattr(db.obj, "lock_writers", None)
    if lock is not None:
        lock()


def next_version() -> int:
    """Take the next value of the office-wide change counter (1, 2, 3, ... across all tables).

    Runs inside the caller's write transaction, so a rolled-back write gives its value back.
    """
    lock_writers()
    cursor = db.execute_sql(
        "UPDATE change_counter SET value = value + 1 WHERE id = 1 RETURNING value"
    )
    row = cursor.fetchone()
    if row is None:
        raise RuntimeError("change counter row is missing; the database was not migrated")
    return int(row[0])


def _names(data: Mapping[Any, Any]) -> set[str]:
    return {(k.name if hasattr(k, "name") else k) for k in data}


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class _AuditedUpdate(ModelUpdate):
    """A bulk UPDATE that audits each affected row with its old and new values."""

    def _execute(self, database):  # type: ignore[no-untyped-def]
        model = self.model
        with database.atomic():
            select = model.select()
            if self._where is not None:
                select = select.where(self._where)
            before = {row["id"]: row for row in select.dicts()}
            result = super()._execute(database)
            if before:
                after = model.select().where(model.id.in_(list(before))).dicts()
                model._audit_rows([(before[row["id"]], row) for row in after])
            return result


class AuditedModel(BaseModel):
    """A record whose every change leaves an audit entry (who, when, old and new values)."""

    audit_exclude: ClassVar[frozenset[str]] = frozenset({"version", "updated_at"})
    audit_redact: ClassVar[frozenset[str]] = frozenset()
    audit_key: ClassVar[str] = "uid"
    audit_digest: ClassVar[bool] = False  # entries carry the record's stored digest

    @classmethod
    def _diff(cls, old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> dict[str, list[Any]]:
        from desktop_app.models.audit import REDACTED, plain

        changes: dict[str, list[Any]] = {}
        for name in cls._meta.sorted_field_names:
            if name == "id" or name in cls.audit_exclude or name not in new:
                continue
            before = plain(old.get(name)) if old is not None else None
            after = plain(new.get(name))
            if old is not None and before == after:
                continue
            if name in cls.audit_redact:
                before, after = (REDACTED if before else None), REDACTED
            changes[name] = [before, after]
        return changes

    @classmethod
    def _audit_rows(cls, pairs: list[tuple[Mapping[str, Any] | None, Mapping[str, Any]]]) -> None:
        from desktop_app.models import audit

        entries = []
        for old, new in pairs:
            changes = cls._diff(old, new)
            if old is not None and not changes:
                continue
            if old is None:
                action = "create"
            elif "deleted" in changes and new.get("deleted"):
                action = "delete"
            elif STATUS_FIELDS & changes.keys():
                action = "status"
            else:
                action = "update"
            key = new.get(cls.audit_key) or (old or {}).get(cls.audit_key)
            entries.append((action, cls._meta.table_name, str(audit.plain(key)), changes))
        if not cls.audit_digest or not entries:
            audit.append(entries)
            return
        if audit.in_bulk():  # the bulk entry digests them at its end (the others: append)
            audit.append(entries, [""] * len(entries))
            return
        hexes = [uuid.UUID(uid).hex for _action, _entity, uid, _changes in entries]
        stored = audit.stored_digests(cls._meta.table_name, hexes)
        audit.append(entries, [stored.get(h, "") for h in hexes])

    def save(self, *args: Any, **kwargs: Any) -> int:
        cls = type(self)
        with db.atomic():
            old = None
            if self._pk is not None and not kwargs.get("force_insert"):
                old = cls.select().where(cls._meta.primary_key == self._pk).dicts().first()
            _saving.depth += 1
            try:
                rows = super().save(*args, **kwargs)
            finally:
                _saving.depth -= 1
            cls._audit_rows([(old, dict(self.__data__))])
            return rows

    @classmethod
    def insert_many(cls, rows: Iterable[Mapping[Any, Any]], fields: Any = None):  # type: ignore[override]
        if fields is not None:
            raise TypeError(f"{cls.__name__}.insert_many takes dict rows so they can be audited")
        prepared = [cls._prepare_row(dict(r)) for r in rows]
        return _AuditedInsert(cls, prepared)

    @classmethod
    def _prepare_row(cls, row: dict[Any, Any]) -> dict[Any, Any]:
        return row

    @classmethod
    def update(cls, __data: Mapping[Any, Any] | None = None, **update: Any):  # type: ignore[override]
        values = dict(__data or {})
        values.update(update)
        if _saving.depth:  # the UPDATE of save(): save() audits it
            return ModelUpdate(cls, cls._normalize_data(None, values))
        return _AuditedUpdate(cls, cls._normalize_data(None, cls._prepare_update(values)))

    @classmethod
    def _prepare_update(cls, values: dict[Any, Any]) -> dict[Any, Any]:
        return values


class _AuditedInsert:
    """`insert_many` for audited models: inserts the rows, then audits them as created."""

    def __init__(self, model: type[AuditedModel], rows: list[dict[Any, Any]]) -> None:
        self.model = model
        self.rows = rows

    def execute(self) -> int:
        model = self.model
        with db.atomic():
            for start in range(0, len(self.rows), 500):
                chunk = self.rows[start : start + 500]
                Model.insert_many.__func__(model, chunk).execute()  # type: ignore[attr-defined]
            pairs = []
            for row in self.rows:
                data = {(k.name if hasattr(k, "name") else k): v for k, v in row.items()}
                for field in model._meta.sorted_fields:
                    if field.name not in data and field.default is not None and field.name != "id":
                        data[field.name] = (
                            field.default() if callable(field.default) else field.default
                        )
                pairs.append((None, data))
            model._audit_rows(pairs)
            return len(self.rows)


class SyncedModel(AuditedModel):
    """A record that travels in sync packages. Soft-deleted (tombstone), never removed."""

    audit_digest: ClassVar[bool] = True

    uid = UUIDField(default=uuid.uuid4, unique=True)
    office_code = CharField(max_length=16, default=current_office_code, index=True)
    version = BigIntegerField(default=0, index=True)
    updated_at = DateTimeField(default=utcnow)
    deleted = BooleanField(default=False, index=True)

    def save(self, *args: Any, **kwargs: Any) -> int:
        if not self.office_code:
            raise NoOfficeError("this database has no office yet (run 'office init')")
        with db.atomic():
            updating = self._pk is not None and not kwargs.get("force_insert")
            if updating:
                lock_writers()  # the check and the write under one lock (PostgreSQL)
                _check_expected(self)
            self.version = next_version()
            self.updated_at = utcnow()
            rows = super().save(*args, **kwargs)
            key = (self._meta.table_name, self._pk)
            if key in _expected.versions:
                _expected.versions[key] = self.version
            return rows

    def delete_instance(self, *args: Any, **kwargs: Any) -> int:
        """Soft delete: keep a tombstone so the deletion travels to the central office."""
        self.deleted = True
        return self.save()

    @classmethod
    def _prepare_row(cls, row: dict[Any, Any]) -> dict[Any, Any]:
        names = _names(row)
        if "version" not in names:
            row["version"] = next_version()
        if "updated_at" not in names:
            row["updated_at"] = utcnow()
        if "office_code" not in names:
            code = current_office_code()
            if not code:
                raise NoOfficeError("this database has no office yet (run 'office init')")
            row["office_code"] = code
        if "uid" not in names:
            row["uid"] = uuid.uuid4()
        return row

    @classmethod
    def insert(cls, __data: Mapping[Any, Any] | None = None, **insert: Any):  # type: ignore[override]
        row = dict(__data or {})
        row.update(insert)
        return super().insert(cls._prepare_row(row))

    @classmethod
    def _prepare_update(cls, values: dict[Any, Any]) -> dict[Any, Any]:
        names = _names(values)
        if "version" not in names:
            values["version"] = next_version()
        if "updated_at" not in names:
            values["updated_at"] = utcnow()
        return values

    @classmethod
    def live(cls):
        """Records that are not tombstones."""
        return cls.select().where(cls.deleted == False)
