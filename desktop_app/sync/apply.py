"""Applying an opened package to the central database (design.md "Import at the central
office"). Pure data work inside the caller's transaction; no checks of keys or sequences here.

Per entity, parents first: every record is checked against its columns, its references are
resolved from uids to the central ids (a record whose parent is missing or was itself
quarantined goes to quarantine with the reason), and then
- a uid not held yet is inserted (`new`, or `deleted` for a tombstone);
- a uid held with a lower version is replaced (`updated`, or `deleted` when it became a
  tombstone); an equal or higher version changes nothing (`unchanged`);
- on a re-baseline (the first package of a database the office made anew, e.g. restored from a
  backup) the package's content replaces what differs, whatever the versions say;
- a uid held by another office is a `conflict` (and quarantined).
Rows are written with `executemany`; a batch that breaks a rule of the central database (a
unique index) is retried row by row and only the offending rows are quarantined.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import msgspec
from peewee import IntegrityError

from desktop_app.models import db
from desktop_app.sync import entities, record_rules
from desktop_app.sync.decoding import DECODE_ERRORS, INT64_MAX, INT64_MIN
from desktop_app.sync.entities import Entity, WireError
from desktop_app.sync.package import OpenedPackage

COUNTS = ("new", "updated", "unchanged", "deleted", "conflict", "quarantined")
Progress = Callable[[int, int], None]


@dataclass
class Quarantined:
    entity: str
    uid: str
    version: int
    reason: str
    payload: bytes


@dataclass
class Outcome:
    summary: dict[str, dict[str, int]] = field(default_factory=dict)
    quarantined: list[Quarantined] = field(default_factory=list)
    employee_nips: list[tuple[str, str]] = field(default_factory=list)  # (uid hex, nip) applied

    def count(self, entity: str, what: str, n: int = 1) -> None:
        counts = self.summary.setdefault(entity, dict.fromkeys(COUNTS, 0))
        counts[what] += n

    @property
    def totals(self) -> dict[str, int]:
        out = dict.fromkeys(COUNTS, 0)
        for counts in self.summary.values():
            for key, value in counts.items():
                out[key] += value
        return out


def _uid_map(table: str, office_code: str) -> dict[str, int]:
    return dict(
        db.execute_sql(f'SELECT uid, id FROM "{table}" WHERE office_code = ?', (office_code,))
    )


def _topological(
    records: list[tuple[list, bytes]], entity: Entity, uid_at: int
) -> list[tuple[list, bytes]]:
    """Records whose self-references point into the package come after their parents."""
    refs = [n for n, c in enumerate(entity.columns) if c.ref == entity.name]
    if not refs:
        return records
    by_uid = {values[uid_at]: i for i, (values, _) in enumerate(records)}
    order: list[int] = []
    state = [0] * len(records)  # 0 new, 1 seen, 2 placed
    for start in range(len(records)):
        if state[start]:
            continue
        stack = [(start, False)]
        while stack:
            node, expanded = stack.pop()
            if expanded:
                state[node] = 2
                order.append(node)
                continue
            if state[node]:
                continue
            state[node] = 1
            stack.append((node, True))
            values = records[node][0]
            for n in refs:
                parent = by_uid.get(values[n])
                if parent is not None and state[parent] == 0:
                    stack.append((parent, False))
    return [records[i] for i in order]


def apply_package(
    opened: OpenedPackage,
    *,
    rebaseline: bool,
    progress: Progress | None = None,
    choices: record_rules.Choices | None = None,
) -> Outcome:
    """Apply every entity of the package (in the caller's transaction); a record that breaks
    a rule of `record_rules` (with the allowed values of `choices`) is quarantined."""
    office = opened.manifest.office.code
    outcome = Outcome()
    maps: dict[str, dict[str, int]] = {}
    quarantined_uids: set[str] = set()
    total = len(entities.ENTITIES)
    for n, entity in enumerate(entities.ENTITIES):
        if progress is not None:
            progress(n, total)
        path = f"data/{entity.name}.jsonl"
        if path not in opened.files:
            continue
        for column in entity.columns:
            if column.ref is not None and column.ref not in maps:
                maps[column.ref] = _uid_map(column.ref, office)
        if entity.name not in maps:
            maps[entity.name] = _uid_map(entity.name, office)
        _apply_entity(
            entity, opened, office, maps, quarantined_uids, outcome,
            rebaseline=rebaseline, rules=record_rules.checker(entity, choices or {}),
        )  # fmt: skip
    return outcome


def _stored(entity: Entity, office: str, *, full: bool) -> dict[str, tuple]:
    """uid hex -> (id, office_code, version[, every column]) of this office's rows."""
    names = ["id", "office_code", "version"]
    if full:
        names += [c.column for c in entity.columns]
    quoted = ", ".join(f'"{n}"' for n in names)
    sql = f'SELECT uid, {quoted} FROM "{entity.name}" WHERE office_code = ?'
    return {row[0]: row[1:] for row in db.execute_sql(sql, (office,))}


def _apply_entity(
    entity: Entity,
    opened: OpenedPackage,
    office: str,
    maps: dict[str, dict[str, int]],
    quarantined_uids: set[str],
    outcome: Outcome,
    *,
    rebaseline: bool,
    rules: Callable[[list[Any]], str | None],
) -> None:
    name = entity.name
    counts = outcome.summary.setdefault(name, dict.fromkeys(COUNTS, 0))
    columns = entity.columns
    names = [c.name for c in columns]
    version_at, uid_at = names.index("version"), names.index("uid")
    office_at, deleted_at = names.index("office_code"), names.index("deleted")
    # the merge check compares employees; an official outside the office has a NIP too
    nip_at = names.index("nip") if "nip" in names and name == "employee" else None

    def quarantine(uid: str, version: int, line: bytes, reason: str, conflict: bool = False):
        outcome.quarantined.append(Quarantined(name, uid, version, reason, line))
        counts["quarantined"] += 1
        if conflict:
            counts["conflict"] += 1
        quarantined_uids.add(uid)

    decoder = msgspec.json.Decoder(_record_type(entity))
    convert = entities.converters(entity)
    refs = [(n, c) for n, c in enumerate(columns) if c.kind == "ref"]
    astuple = msgspec.structs.astuple
    records: list[tuple[list, bytes]] = []
    for line in opened.lines(f"data/{name}.jsonl"):
        try:
            values = list(astuple(decoder.decode(line)))
            for n, function in convert:
                if values[n] is not None:
                    values[n] = function(values[n])
        except (WireError, *DECODE_ERRORS) as err:  # bad UTF-8, nesting, types
            loose = _loose(line)
            reason = (
                "nested too deeply"
                if isinstance(err, RecursionError)
                else "not valid UTF-8"
                if isinstance(err, UnicodeError)
                else str(err)[:300]
            )
            quarantine(_text_of(loose.get("uid")), _int(loose.get("version")), line, reason)
            continue
        problem = rules(values)
        if problem is not None:
            quarantine(_text_of(values[uid_at]), _int(values[version_at]), line, problem)
            continue
        records.append((values, line))
    records = _topological(records, entity, uid_at)
    stored = _stored(entity, office, full=rebaseline)
    own = maps[name]
    next_id = (db.execute_sql(f'SELECT MAX(id) FROM "{name}"').fetchone()[0] or 0) + 1
    inserts: list[tuple] = []
    updates: list[tuple] = []
    for values, line in records:
        uid = values[uid_at]
        problem = None
        for n, column in refs:
            value = values[n]
            if value is None:
                if not column.null:
                    problem = f"{column.name}: a reference is required"
                    break
                continue
            target = (own if column.ref == name else maps[column.ref]).get(value)
            if target is None:
                parent = entities.uid_text(value)
                problem = (
                    f"parent {column.ref} {parent} was quarantined"
                    if parent in quarantined_uids
                    else f"missing parent {column.ref} {parent}"
                )
                break
            values[n] = target
        if problem is not None:
            quarantine(entities.uid_text(uid), values[version_at], line, problem)
            continue
        if values[office_at] != office:
            quarantine(
                entities.uid_text(uid), values[version_at], line,
                f"office_code is not {office}", conflict=True,
            )  # fmt: skip
            continue
        held = stored.get(uid)
        deleted = bool(values[deleted_at])
        if held is None:
            own[uid] = next_id
            inserts.append((next_id, *values))
            next_id += 1
            counts["deleted" if deleted else "new"] += 1
        else:
            if rebaseline:
                if tuple(held[3:]) == tuple(values):
                    counts["unchanged"] += 1
                    continue
            elif values[version_at] <= held[2]:
                counts["unchanged"] += 1
                continue
            updates.append((*values, held[0]))
            counts["deleted" if deleted else "updated"] += 1
        if nip_at is not None and not deleted:
            outcome.employee_nips.append((uid, values[nip_at]))
    _write(entity, inserts, updates, outcome, quarantined_uids, own)


_TYPES: dict[str, type] = {}


def _record_type(entity: Entity) -> type:
    if entity.name not in _TYPES:
        _TYPES[entity.name] = entities.record_type(entity)
    return _TYPES[entity.name]


def _loose(line: bytes) -> dict:
    """What a record that failed to decode says of its uid and version, for the quarantine
    list: decoded leniently (bad UTF-8 replaced), or else found by a pattern (too deep)."""
    try:
        found = msgspec.json.decode(line.decode("utf-8", "replace"))
    except DECODE_ERRORS:
        found = None
    if isinstance(found, dict):
        return found
    uid = _LOOSE_UID.search(line[:4096])
    return {"uid": uid.group(1).decode("ascii")} if uid else {}


_LOOSE_UID = re.compile(rb'"uid"\s*:\s*"([0-9a-fA-F-]{32,36})"')


def _int(value: Any) -> int:
    """A version to show in the quarantine: 0 unless a whole number within 64 bits."""
    ok = isinstance(value, int) and not isinstance(value, bool) and INT64_MIN <= value <= INT64_MAX
    return value if ok else 0


def _text_of(value: Any) -> str:
    """A uid to show in the quarantine (a stored 32-hex uid in its 8-4-4-4-12 form)."""
    if not isinstance(value, str):
        return ""
    try:
        return entities.uid_text(value)
    except ValueError:
        return value[:40].replace("\x00", "")


def _write(
    entity: Entity,
    inserts: list[tuple],
    updates: list[tuple],
    outcome: Outcome,
    quarantined_uids: set[str],
    own: dict[str, int],
) -> None:
    cols = [c.column for c in entity.columns]
    quoted = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" * (len(cols) + 1))
    assignments = ", ".join(f'"{c}" = ?' for c in cols)
    insert_sql = f'INSERT INTO "{entity.name}" ("id", {quoted}) VALUES ({marks})'
    update_sql = f'UPDATE "{entity.name}" SET {assignments} WHERE id = ?'
    uid_at = cols.index("uid")
    for sql, rows, uid_index in ((insert_sql, inserts, uid_at + 1), (update_sql, updates, uid_at)):
        if not rows:
            continue
        try:
            with db.atomic():
                db.cursor().executemany(sql, rows)
        except (IntegrityError, sqlite3.IntegrityError):
            for row in rows:
                try:
                    with db.atomic():
                        db.execute_sql(sql, row)
                except (IntegrityError, sqlite3.IntegrityError) as err:
                    uid = row[uid_index]
                    text = entities.uid_text(uid)
                    taken = f"{entity.name}.uid" in str(err)
                    reason = (
                        "uid already held by another office"
                        if taken
                        else f"breaks a rule of the central database: {err}"
                    )
                    outcome.quarantined.append(
                        Quarantined(
                            entity.name, text, 0, reason, json.dumps({"uid": text}).encode()
                        )
                    )
                    outcome.count(entity.name, "quarantined")
                    if taken:
                        outcome.count(entity.name, "conflict")
                    quarantined_uids.add(text)
                    if sql is insert_sql:
                        own.pop(uid, None)
                        counts = outcome.summary[entity.name]
                        counts["new"] = max(0, counts["new"] - 1)


def summary_json(outcome: Outcome) -> str:
    return json.dumps(outcome.summary, sort_keys=True)
