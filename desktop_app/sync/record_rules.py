"""The central office's own rules for a record from a package, derived from the peewee model
fields (design.md "Import at the central office": a record that breaks a rule of the central
database is quarantined with its reason). One checker per entity, built once from:

- the column kind: text (no NUL byte; at most the field's `max_length` characters, or
  `MAX_RECORD_TEXT` for a TextField), whole numbers within 64 bits, decimal numbers, real
  calendar dates and timestamps (2026-99-99 is no date);
- the domain: a column named `nip` must be a valid NIP / NI PPPK (`scoring.nip`), a column
  named `snapshot` empty or a JSON object (the frozen form the printing reads); an SKP's
  `month_start` / `month_end` months 1..12, the start not after the end;
- the allowed values of enumerated columns, which the caller passes in (`Choices`: the
  domain enums and the workflows' states live in scoring/ and services/).

A record is checked after its wire types (msgspec) and before its references are resolved."""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable, Mapping
from typing import Any

import msgspec
from peewee import CharField

from desktop_app.scoring.nip import parse_nip
from desktop_app.sync.decoding import DECODE_ERRORS, INT64_MAX, INT64_MIN
from desktop_app.sync.entities import Column, Entity

MAX_RECORD_TEXT = 1024 * 1024  # a TextField value: notes, snapshots (a snapshot is < 100 KiB)

# entity name -> column name -> the values allowed there
Choices = Mapping[str, Mapping[str, frozenset[str]]]
Check = Callable[[Any], str | None]


def _text(limit: int) -> Check:
    def check(value: Any) -> str | None:
        if "\x00" in value:
            return "holds a NUL character"
        if len(value) > limit:
            return f"is {len(value)} characters long, more than {limit}"
        return None

    return check


def _integer(value: Any) -> str | None:
    return None if INT64_MIN <= value <= INT64_MAX else "is a number out of range"


MONTH_COLUMNS = frozenset({"month_start", "month_end"})  # an SKP's bulan mulai / selesai


def _month(value: Any) -> str | None:
    """A month of an SKP's range (docs/multiple_skp.md); a package without the columns (an
    office before 0013) reads as January to December through the columns' defaults."""
    return None if 1 <= value <= 12 else f"{value} is not a month (1 to 12)"


def _number(value: Any) -> str | None:
    try:
        number = decimal.Decimal(value)
    except (decimal.InvalidOperation, ValueError, TypeError):
        return f"{str(value)[:40]!r} is not a number"
    return None if number.is_finite() and len(str(value)) <= 40 else "is not a finite number"


def _date(value: Any) -> str | None:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return f"{value[:40]!r} is not a date"
    return None


def _moment(value: Any) -> str | None:
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return f"{value[:40]!r} is not a timestamp"
    return None


def _nip(value: Any) -> str | None:
    try:
        parse_nip(value)
    except ValueError as exc:  # NipError and RuleError are ValueErrors
        return f"{value[:40]!r} is not a valid NIP ({exc})"
    return None if value.isdigit() else f"{value[:40]!r} is not a NIP as stored (digits only)"


def _snapshot(value: Any) -> str | None:
    if value == "":
        return None
    try:
        found = msgspec.json.decode(value)
    except DECODE_ERRORS:
        return "is not JSON"
    return None if isinstance(found, dict) else "is not a JSON object"


def _choice(allowed: frozenset[str]) -> Check:
    def check(value: Any) -> str | None:
        if value in allowed:
            return None
        return f"{str(value)[:40]!r} is not one of {', '.join(sorted(allowed))}"

    return check


def _checks(entity: Entity, column: Column, allowed: frozenset[str] | None) -> list[Check]:
    field = entity.model._meta.fields[column.name]
    found: list[Check] = []
    if column.kind == "text":
        limit = field.max_length if isinstance(field, CharField) else MAX_RECORD_TEXT
        found.append(_text(limit))
        if column.name == "nip":
            found.append(_nip)
        if column.name == "snapshot":
            found.append(_snapshot)
    elif column.kind == "int":
        found.append(_integer)
        if column.name in MONTH_COLUMNS:
            found.append(_month)
    elif column.kind == "number":
        found.append(_number)
    elif column.kind == "date":
        found.append(_date)
    elif column.kind == "datetime":
        found.append(_moment)
    if allowed is not None:
        found.append(_choice(allowed))
    return found


def checker(entity: Entity, choices: Choices) -> Callable[[list[Any]], str | None]:
    """A function of a record's values (in column order, wire types already checked) that
    returns the first broken rule as 'column: reason', or None."""
    allowed = choices.get(entity.name, {})
    unknown = set(allowed) - {c.name for c in entity.columns}
    if unknown:
        raise RuntimeError(f"choices for unknown columns of {entity.name}: {sorted(unknown)}")
    plan = [
        (n, column.name, checks)
        for n, column in enumerate(entity.columns)
        if (checks := _checks(entity, column, allowed.get(column.name)))
    ]

    names = [c.name for c in entity.columns]
    months = (
        (names.index("month_start"), names.index("month_end"))
        if set(names) >= MONTH_COLUMNS
        else None
    )

    def check(values: list[Any]) -> str | None:
        for n, name, checks in plan:
            value = values[n]
            if value is None:
                continue
            for rule in checks:
                problem = rule(value)
                if problem is not None:
                    return f"{name} {problem}"
        if months is not None and values[months[0]] > values[months[1]]:
            return f"month_start {values[months[0]]} is after month_end {values[months[1]]}"
        return None

    return check
