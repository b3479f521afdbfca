"""The records that travel, in the order they are written and applied (parents first), and
their shape on the wire: one JSON object per record with every column of the table except the
local `id`; a reference to another synced record is that record's `uid` (design.md).

The list is derived from `models.SYNCED_MODELS`, so an entity added there travels without
further code. Values: text as is, integers, booleans as true/false, dates `YYYY-MM-DD`,
timestamps `YYYY-MM-DDTHH:MM:SS[.ffffff]` (UTC), uids in the 8-4-4-4-12 form.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

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


def from_wire(column: Column, value: Any) -> Any:
    """A package value as it is stored (references are resolved by the caller)."""
    if value is None:
        if not column.null and column.kind != "ref":
            if column.default is not None:
                return column.default
            raise WireError(f"{column.name}: a value is required")
        return None
    kind = column.kind
    if kind == "text":
        if not isinstance(value, str):
            raise WireError(f"{column.name}: text expected")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise WireError(f"{column.name}: a whole number expected")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise WireError(f"{column.name}: true or false expected")
        return int(value)
    if kind in ("uid", "ref"):
        try:
            return uuid.UUID(str(value)).hex
        except ValueError as exc:
            raise WireError(f"{column.name}: a uid expected") from exc
    if kind == "date":
        try:
            return dt.date.fromisoformat(value).isoformat()
        except (TypeError, ValueError) as exc:
            raise WireError(f"{column.name}: a date YYYY-MM-DD expected") from exc
    if kind == "datetime":
        try:
            moment = dt.datetime.fromisoformat(value)
        except (TypeError, ValueError) as exc:
            raise WireError(f"{column.name}: a timestamp expected") from exc
        if moment.tzinfo is not None:
            moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
        return moment.isoformat(sep=" ")
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise WireError(f"{column.name}: a number expected")
        return str(value)
    raise WireError(f"{column.name}: unknown column kind {kind}")
