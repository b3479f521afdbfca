"""The records that travel, in the order they are written and applied (parents first), and
their shape on the wire: one JSON object per record with every column of the table except the
local `id`; a reference to another synced record is that record's `uid` (design.md).

The list is derived from `models.SYNCED_MODELS`, so an entity added there travels without
further code. Values: text as is, integers, booleans as true/false, dates `YYYY-MM-DD`,
timestamps `YYYY-MM-DDTHH:MM:SS[.ffffff]` (UTC), uids in the 8-4-4-4-12 form.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msgspec
from peewee import (
    BigIntegerField,
    BooleanField,
    DateField,
    DateTimeField,
    DecimalField,
    Field,
    FloatField,
    ForeignKeyField,
    IntegerField,
    UUIDField,
)

from desktop_app.models import SYNCED_MODELS, SyncedModel


@dataclass(frozen=True)
class Column:
    """One column on the wire: `name` (the field name), the table `column`, its `kind`
    (text, int, bool, date, datetime, uid, ref, number), whether it may be null, and for a
    reference the entity it points to."""

    name: str
    column: str
    kind: str
    null: bool
    ref: str | None = None  # entity name of the referenced table
    default: Any = None


@dataclass(frozen=True)
class Entity:
    name: str  # the table name: data/<name>.jsonl
    model: type[SyncedModel]
    columns: tuple[Column, ...]

    @property
    def self_refs(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.ref == self.name)


def _kind(field: Field) -> str:
    if isinstance(field, ForeignKeyField):
        return "ref"
    if isinstance(field, UUIDField):
        return "uid"
    if isinstance(field, BooleanField):
        return "bool"
    if isinstance(field, DateTimeField):
        return "datetime"
    if isinstance(field, DateField):
        return "date"
    if isinstance(field, (IntegerField, BigIntegerField)):
        return "int"
    if isinstance(field, (DecimalField, FloatField)):
        return "number"
    return "text"


def _default(field: Field) -> Any:
    value = field.default
    return None if callable(value) else value


def _entity(model: type[SyncedModel]) -> Entity:
    columns = []
    for field in model._meta.sorted_fields:
        if field.name == "id":
            continue
        ref = field.rel_model._meta.table_name if isinstance(field, ForeignKeyField) else None
        columns.append(
            Column(field.name, field.column_name, _kind(field), field.null, ref, _default(field))
        )
    return Entity(model._meta.table_name, model, tuple(columns))


ENTITIES: tuple[Entity, ...] = tuple(_entity(m) for m in SYNCED_MODELS)
BY_NAME = {e.name: e for e in ENTITIES}


def check_order() -> None:
    """Every reference points to an entity written earlier (or to itself)."""
    seen: set[str] = set()
    for entity in ENTITIES:
        for column in entity.columns:
            if column.ref is not None and column.ref != entity.name and column.ref not in seen:
                raise RuntimeError(f"{entity.name}.{column.name} refers to {column.ref} later")
        seen.add(entity.name)


check_order()


# --- values on the wire ----------------------------------------------------------------------


def uid_text(value: Any) -> str:
    """A uid as stored (32 hex digits, or a UUID) in the 8-4-4-4-12 form."""
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))


def to_wire(kind: str, value: Any) -> Any:
    """A stored SQLite value as it goes into the package."""
    if value is None:
        return None
    if kind == "bool":
        return bool(value)
    if kind == "uid":
        return uid_text(value)
    if kind in ("date", "datetime"):
        text = str(value)
        return text.replace(" ", "T") if kind == "datetime" else text[:10]
    if kind == "number":
        return str(value)
    return value


class WireError(ValueError):
    """A value of the wrong type for its column (the record is quarantined)."""


_UID = re.compile(
    r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}"
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?")


def stored_uid(value: str) -> str:
    """A uid from the wire as stored (32 lowercase hex digits)."""
    if not _UID.fullmatch(value):
        raise WireError(f"{value[:40]!r} is not a uid")
    return value.replace("-", "").lower()


def _stored_date(value: str) -> str:
    if not _DATE.fullmatch(value):
        raise WireError(f"{value[:40]!r} is not a date YYYY-MM-DD")
    return value


def _stored_moment(value: str) -> str:
    if _MOMENT.fullmatch(value):
        return value.replace("T", " ")
    try:  # an offset or a Z from another writer: to naive UTC
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise WireError(f"{value[:40]!r} is not a timestamp") from exc
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.isoformat(sep=" ")


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "bool": int,
    "uid": stored_uid,
    "ref": stored_uid,
    "date": _stored_date,
    "datetime": _stored_moment,
    "number": str,
}
_TYPES: dict[str, Any] = {
    "text": str,
    "int": int,
    "bool": bool,
    "uid": str,
    "ref": str,
    "date": str,
    "datetime": str,
    "number": int | float | str,
}


def record_type(entity: Entity) -> type[msgspec.Struct]:
    """A msgspec type that validates one record of the entity (fields in column order);
    unknown keys are ignored, so a newer office may add columns."""
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for column in entity.columns:
        kind = _TYPES[column.kind]
        if column.null:
            fields.append((column.name, kind | None, None))
        elif column.default is not None and column.kind not in ("uid", "ref"):
            fields.append((column.name, kind, column.default))
        else:
            fields.append((column.name, kind))
    return msgspec.defstruct(f"{entity.name}_record", fields, kw_only=True)


def converters(entity: Entity) -> list[tuple[int, Callable[[Any], Any]]]:
    """(column index, function) for the columns stored differently from the wire."""
    return [(n, _CONVERT[c.kind]) for n, c in enumerate(entity.columns) if c.kind in _CONVERT]
