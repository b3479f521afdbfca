"""Audit entries as the user reads them: who (a person, "command line (root)"), which record
(a name, "SKP 2026 of Budi Santoso"), which fields (labels, never column names) and typed
values (dates, labels of codes, names instead of ids). The views only translate and format.

A value is `Shown` (`audit_values`): plain text, a number, a date or time, a yes/no, a period
key, an amount, or `Words` (an `N_` message with its context and values) the view translates.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from peewee import BooleanField, ForeignKeyField, Model

from desktop_app.i18n import N_
from desktop_app.models import (
    Employee,
    Evaluation,
    ExternalOfficial,
    PerformancePlan,
    Period,
    PeriodClosure,
    PeriodStage,
    Position,
    Unit,
    User,
)
from desktop_app.models.base import AuditedModel
from desktop_app.models.development import DevelopmentPlan
from desktop_app.models.legacy import LegacyAppraisal
from desktop_app.scoring.nip import display_nip
from desktop_app.scoring.period_key import PeriodKey
from desktop_app.services import audit
from desktop_app.services import audit_labels as L
from desktop_app.services.audit_values import (
    MONEY_FIELDS,
    OFFICIAL,
    FieldChange,
    Rupiah,
    Shown,
    UserRow,
    Words,
    code_value,
    words,
)
from desktop_app.services.period_stages import stage_label

# --- records and references by name -------------------------------------------------------------


class _Names:
    """Readable names of records by id, loaded table by table (a few queries, not one a row)."""

    def __init__(self) -> None:
        self.rows: dict[type[Model], dict[int, dict[str, Any]]] = {}
        self.wanted: dict[type[Model], set[int]] = {}

    def want(self, model: type[Model], ident: Any) -> None:
        known = self.rows.get(model, {})
        if isinstance(ident, int) and not isinstance(ident, bool) and ident not in known:
            self.wanted.setdefault(model, set()).add(ident)

    def load(self) -> None:
        for _depth in range(5):  # an indicator -> its result -> its SKP -> employee, period
            if not self.wanted:
                return
            wanted, self.wanted = self.wanted, {}
            for model, ids in wanted.items():
                self._fetch(model, model.id, sorted(ids))

    def load_uids(self, model: type[Model], uids: Iterable[str]) -> dict[str, int]:
        found = self._fetch(model, model.uid, sorted(set(uids)))
        self.load()
        return found

    def _fetch(self, model: type[Model], column: Any, keys: list[Any]) -> dict[str, int]:
        found: dict[str, int] = {}
        table = self.rows.setdefault(model, {})
        for start in range(0, len(keys), 500):
            for row in model.select().where(column.in_(keys[start : start + 500])).dicts():
                table[row["id"]] = row
                if "uid" in row:
                    found[str(row["uid"])] = row["id"]
                for name, field in model._meta.fields.items():
                    if isinstance(field, ForeignKeyField):
                        self.want(field.rel_model, row.get(name))
        return found

    def name(self, model: type[Model], ident: Any) -> Shown:
        row = self.rows.get(model, {}).get(ident)
        if row is None:
            return Words(L.UNKNOWN_RECORD)
        if model is Employee:
            return row["name"]
        if model in (Unit, Position, ExternalOfficial):
            return row["name"]
        if model is User:
            return row["full_name"] or row["username"]
        if model is Period:
            return str(row["year"])
        if model in (PeriodStage, PeriodClosure):  # "Triwulan II 2026", the year when whole
            period = self.rows.get(Period, {}).get(row.get("period"))
            if period is None:
                return Words(L.UNKNOWN_RECORD)
            stage = row.get("stage") or ""
            if stage.startswith(f"{period['year']}"):  # a period key: shown in the user's words
                return PeriodKey.parse(stage)
            return stage_label(stage, period["year"])  # "SKP 2026", or the whole year
        owner = self._owner_name(model, row)
        if model in (PerformancePlan, Evaluation, DevelopmentPlan, LegacyAppraisal):
            owner = self.name(Employee, row["employee"])  # "SKP 2026 of Budi", not of an SKP
        year = self._year(row)
        if model is PerformancePlan:
            return words(N_("AuditViews", "SKP {year} of {name}"), year=year, name=owner)
        if model is Evaluation:
            return words(
                N_("AuditViews", "Evaluation {period} of {name}"),
                period=code_value("evaluation", "period_key", row["period_key"]),
                name=owner,
            )
        if model is DevelopmentPlan:
            return words(N_("AuditViews", "IDP {year} of {name}"), year=year, name=owner)
        if model is LegacyAppraisal:
            return words(
                N_("AuditViews", "Archive appraisal {year} of {name}"), year=year, name=owner
            )
        text = next((row[k] for k in ("text", "title", "competence") if row.get(k)), "")
        indicator = _fk_target(model, "indicator")
        if not text and indicator is not None:
            text = self.rows.get(indicator, {}).get(row.get("indicator"), {}).get("text", "")
        if text:
            return words(N_("AuditViews", "{owner}: {text}"), owner=owner, text=_short(text))
        return owner

    def _owner_name(self, model: type[Model], row: Mapping[str, Any]) -> Shown:
        """The record this one belongs to: a result's SKP, an activity's IDP, ..."""
        for field in _OWNER_FIELDS:
            target = _fk_target(model, field)
            if target is not None and row.get(field) is not None:
                return self.name(target, row[field])
        return Words(L.UNKNOWN_RECORD)

    def _year(self, row: Mapping[str, Any]) -> Shown:
        period = self.rows.get(Period, {}).get(row.get("period"))
        return str(period["year"]) if period else "—"


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_OWNER_FIELDS = (
    "result", "plan", "evaluation", "appraisal", "employee", "unit", "official", "position",
)  # fmt: skip


def _models() -> dict[str, type[Model]]:
    """Every audited model by its table name, read from the models themselves."""
    found: dict[str, type[Model]] = {}
    pending = list(AuditedModel.__subclasses__())
    while pending:
        model = pending.pop()
        pending += model.__subclasses__()
        if model._meta.table_name not in found and model._meta.fields.get("id") is not None:
            found[model._meta.table_name] = model
    return found


def _fk_target(model: type[Model] | None, field: str) -> type[Model] | None:
    column = model._meta.fields.get(field) if model is not None else None
    return column.rel_model if isinstance(column, ForeignKeyField) else None


# --- actors -------------------------------------------------------------------------------------


def _actor(name: str, people: Mapping[str, str]) -> Shown:
    if name.startswith("cli:"):
        return words(L.COMMAND_LINE, user=name[4:] or "?")
    if name in ("system", ""):
        return Words(L.THE_PROGRAM)
    return people.get(name, name)


def _people(names: Iterable[str]) -> dict[str, str]:
    wanted = sorted({n for n in names if n and not n.startswith("cli:")})
    people: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        query = User.select(User.username, User.full_name).where(
            User.username.in_(wanted[start : start + 500])
        )
        for username, full_name in query.tuples():
            people[username] = full_name or username
    return people


# --- the use cases ------------------------------------------------------------------------------


def _user_rows(rows: list[audit.AuditRow]) -> list[UserRow]:
    models = _models()
    names = _Names()
    records: dict[str, dict[str, int]] = {}
    for entity in {r.entity for r in rows}:
        model = models.get(entity)
        if model is not None and "uid" in model._meta.fields and model is not User:
            uids = [r.record_uid for r in rows if r.entity == entity]
            records[entity] = names._fetch(model, model.uid, sorted(set(uids)))
    for row in rows:
        model = models.get(row.entity)
        for field, values in row.changes.items():
            target = _fk_target(model, field)
            if target is not None:
                for value in values:
                    names.want(target, value)
    names.load()
    actors = {r.actor for r in rows}
    for row in rows:
        if row.entity.endswith("status_change"):
            actors.update(str(v) for v in row.changes.get("actor", []) if v)
        if row.entity == "app_user":
            actors.add(row.record_uid)
    people = _people(actors)
    out = []
    for row in rows:
        model = models.get(row.entity)
        out.append(
            UserRow(
                id=row.id,
                at=row.at,
                actor=_actor(row.actor, people),
                action=_action(row),
                entity=Words(L.ENTITY_LABELS.get(row.entity, L.OTHER_RECORD)),
                record=_record(row, model, records, names, people),
                created=row.action in ("create", "bulk"),
                changes=tuple(_changes(row, model, names, people)),
            )
        )
    return out


def _action(row: audit.AuditRow) -> Shown:
    if row.bulk is not None:  # many records created at once: "created", the record says more
        return Words(L.ACTIONS["create"])
    return Words(L.ACTIONS.get(row.action, L.CHANGED))


def _record(
    row: audit.AuditRow,
    model: type[Model] | None,
    records: Mapping[str, Mapping[str, int]],
    names: _Names,
    people: Mapping[str, str],
) -> Shown:
    if row.entity == "setting":
        return Words(L.SETTING_LABELS.get(row.record_uid, L.OTHER_SETTING))
    if row.entity == "app_user":
        return people.get(row.record_uid, row.record_uid)
    if row.entity == "central_identity":
        return Words(L.ENTITY_LABELS["central_identity"])
    if row.entity in ("office", "feedback_phrase"):
        return _short(row.record_uid)
    ident = records.get(row.entity, {}).get(row.record_uid)
    if ident is None and row.bulk is not None:  # the viewer: the bulk entry itself
        source = Words(L.BULK_SOURCES.get(row.bulk[0], L.BULK_OTHER_SOURCE))
        return words(L.BULK_RECORDS, n=row.bulk[1], source=source)
    if model is None or ident is None:
        return Words(L.UNKNOWN_RECORD)
    return names.name(model, ident)


def _changes(
    row: audit.AuditRow, model: type[Model] | None, names: _Names, people: Mapping[str, str]
) -> list[FieldChange]:
    out = []
    order = {name: n for n, name in enumerate(model._meta.sorted_field_names)} if model else {}
    created = row.action in ("create", "bulk")
    for field, pair in sorted(row.changes.items(), key=lambda kv: order.get(kv[0], 999)):
        if field in L.HIDDEN_FIELDS or (field == "deleted" and created):
            continue
        if row.entity == "setting" and field == "key":  # the record column names the setting
            continue
        old, new = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
        label = L.ENTITY_FIELD_LABELS.get((row.entity, field)) or L.FIELD_LABELS.get(field)
        field_words = Words(label or L.OTHER_FIELD)
        if created and new in (None, "", False):
            continue
        out.append(
            FieldChange(
                field_words,
                _value(row.entity, field, old, model, names, people),
                _value(row.entity, field, new, model, names, people),
            )
        )
    return out


def _value(
    entity: str,
    field: str,
    value: Any,
    model: type[Model] | None,
    names: _Names,
    people: Mapping[str, str],
) -> Shown:
    if value is None or value == "":
        return None
    if field in L.SECRET_FIELDS:
        return Words(L.SET)
    column = model._meta.fields.get(field) if model is not None else None
    if (isinstance(column, BooleanField) or field == "is_main") and isinstance(value, int):
        return bool(value)
    if field in OFFICIAL and isinstance(value, int) and not isinstance(value, bool):
        return OFFICIAL[field].get(str(value), value)
    if entity == "setting" and field == "value":
        return _setting_value(str(value))
    target = _fk_target(model, field)
    if target is not None:
        return names.name(target, value)
    if field in ("actor", "created_by", "recorded_by") and isinstance(value, str):
        return _actor(value, people)
    if field in MONEY_FIELDS and isinstance(value, int | float) and not isinstance(value, bool):
        return Rupiah(int(value))
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, int):  # bool is an int too
        return value
    if field == "nip" and isinstance(value, str):
        return display_nip(value)  # "19860926 201505 1 001", as printed
    if isinstance(value, str):
        return code_value(entity, field, value)
    return _short(str(value), 200)


def _setting_value(text: str) -> Shown:

    try:
        value = json.loads(text)
    except ValueError:
        return text
    if isinstance(value, bool | int | str):
        return value
    return _short(json.dumps(value, ensure_ascii=False), 200)


def history_rows(record_uid: str) -> list[UserRow]:
    """The Riwayat of one record in user words, oldest first (who may read the register)."""
    return _user_rows(audit.history(record_uid))


def search_rows(
    actor: str | None = None,
    entity: str | None = None,
    *,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    limit: int = audit.SEARCH_LIMIT,
) -> list[UserRow]:
    """The audit viewer's entries in user words, newest first (admin and HR)."""
    rows = audit.search(actor=actor, entity=entity, start=start, end=end, limit=limit)
    return _user_rows(rows)


def actor_choices() -> list[tuple[str, Shown]]:
    """(stored actor, shown name) of everyone in the trail, for the viewer's filter."""
    stored = audit.actors()
    people = _people(stored)
    return [(name, _actor(name, people)) for name in stored]


def entity_choices() -> list[tuple[str, Words]]:
    """(stored record type, its label) of the record types in the trail."""
    return [(e, Words(L.ENTITY_LABELS.get(e, L.OTHER_RECORD))) for e in audit.entities()]


def step_actor(name: str) -> Shown:
    """Who took a workflow step, as the history pages show it (a person, not a user name)."""
    return _actor(name, _people([name]))


def step_actors(names: Iterable[str]) -> dict[str, Shown]:
    """`step_actor` for many steps with one query."""
    names = list(names)
    people = _people(names)
    return {n: _actor(n, people) for n in names}


__all__ = [
    "FieldChange",
    "Rupiah",
    "Shown",
    "UserRow",
    "Words",
    "actor_choices",
    "entity_choices",
    "history_rows",
    "search_rows",
    "step_actor",
    "step_actors",
]
