"""Archive appraisals: the penilaian prestasi kerja of the years under PP 46/2011 and the
penilaian kinerja of the years under PP 30/2019 (domain.md §1, §6).

A year whose `Period.regime` is an archive regime has no SKP workflow or periodic
evaluations; the office records each employee's appraisal as the old forms had it: the
kegiatan tugas jabatan with target and realisasi per aspect, tugas tambahan and kreativitas
(PP 46), the perilaku kerja aspects and, for PP 30, whether peers or subordinates assessed
behaviour (weights 60/40 instead of 70/30) and whether the employee created an innovation
(needed for Sangat Baik). Every score is computed by `scoring.legacy` and stored for lists
and forms; nothing is typed. Finalising needs complete rows and locks the appraisal;
re-opening needs a reason; every step is a LegacyStatusChange row and in the audit trail. A
closed year refuses every change.

The input, the number rules and the scores live in `scoring.archive` (pure; worded for
the screens by `scores`), the output types in `appraisal_types`; the names the screens need
are re-exported here.

Who may do what: reading needs READ_APPRAISAL (a supervisor: those they appraise, and their
own); writing needs WRITE_APPRAISAL (admin and the employee's pejabat penilai).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from peewee import JOIN

from desktop_app.errors import InputError, NotFoundError
from desktop_app.i18n import N_
from desktop_app.models import Employee, Period, Unit, utcnow
from desktop_app.models.database import write_transaction
from desktop_app.models.legacy import LegacyActivity, LegacyAppraisal, LegacyStatusChange
from desktop_app.models.register import format_full_name
from desktop_app.scoring import legacy
from desktop_app.scoring.reference import PositionType
from desktop_app.scoring.workflow import StatusStep, Transition, Workflow
from desktop_app.services import periods
from desktop_app.services.archive.appraisal_types import ActivityRow, LegacyDetail, LegacyRow
from desktop_app.services.archive.scores import (
    ARCHIVE_REGIMES,
    ASPECTS,
    FIELD_LABELS,
    KREATIVITAS_LEVELS,
    LEADERSHIP,
    NUMBER_FIELDS,
    PP30,
    PP46,
    REQUIRED_ASPECTS,
    ActivityInput,
    LegacyInput,
    Scores,
    display_number,
    is_archive_regime,
    is_blank,
    kreativitas_points,
    parse_number,
    perilaku_values,
    plain_decimal,
    scores,
    tugas_tambahan_points,
)
from desktop_app.services.register.employee_queries import visible_to_session
from desktop_app.services.session import Action
from desktop_app.services.skp import plans
from desktop_app.services.workflow import WorkflowKit

__all__ = [
    "ARCHIVE_REGIMES",
    "ASPECTS",
    "DRAFT",
    "FIELD_LABELS",
    "FINAL",
    "KREATIVITAS_LEVELS",
    "LEADERSHIP",
    "NOT_STARTED",
    "NUMBER_FIELDS",
    "PP30",
    "PP46",
    "REQUIRED_ASPECTS",
    "STATUS_LABELS",
    "ActivityInput",
    "ActivityRow",
    "LegacyDetail",
    "LegacyInput",
    "LegacyRow",
    "Scores",
    "StatusStep",
    "appraisal_id_for",
    "display_number",
    "finalize",
    "get_appraisal",
    "is_archive_regime",
    "kreativitas_points",
    "list_appraisals",
    "open_appraisal",
    "parse_number",
    "reopen",
    "save_appraisal",
    "scores",
    "tugas_tambahan_points",
]

DRAFT, FINAL = "DRAFT", "FINAL"
NOT_STARTED = "NONE"  # list state of an employee without an appraisal for the year
STATUS_LABELS = {
    NOT_STARTED: N_("legacy", "Not started"),
    DRAFT: N_("legacy", "Draft"),
    FINAL: N_("legacy", "Final"),
}
STRUCTURAL_TYPES = frozenset({PositionType.JPT, PositionType.ADMINISTRATOR, PositionType.PENGAWAS})
LOCKED = N_(
    "legacy",
    "This appraisal is final and locked: it can be changed only after it is re-opened.",
)
FLOW = Workflow(
    context="legacy",
    initial=DRAFT,
    editable=frozenset({DRAFT}),
    transitions={
        "finalize": Transition(FINAL, frozenset({DRAFT}), LOCKED),
        "reopen": Transition(
            DRAFT, frozenset({FINAL}), N_("legacy", "Only a final appraisal can be re-opened.")
        ),
    },
)
KIT = WorkflowKit(
    FLOW,
    LegacyAppraisal,
    LegacyStatusChange,
    STATUS_LABELS,
    gone=N_("legacy", "The archive appraisal no longer exists."),
    closed=N_("legacy", "The year {year} is closed: nothing can change."),
    locked=LOCKED,
    closed_names_year=True,
)


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "legacy", **params)


# --- helpers ---------------------------------------------------------------------------------


def _archive_period(year: int, *, writable: bool = True) -> Period:
    period = periods.year_period(year)
    if period.regime not in ARCHIVE_REGIMES:
        raise _error(
            N_(
                "legacy",
                "The year {year} is appraised under {regime}, not an archive regime: use the "
                "evaluations of the Evaluation tab.",
            ),
            year=year,
            regime=periods.REGIMES.get(period.regime, period.regime),
        )
    if writable and period.closed:
        raise _error(N_("legacy", "The year {year} is closed: nothing can change."), year=year)
    return period


def _activities(appraisal: LegacyAppraisal) -> list[LegacyActivity]:
    return list(
        LegacyActivity.select()
        .where((LegacyActivity.appraisal == appraisal) & (LegacyActivity.deleted == False))
        .order_by(LegacyActivity.sort_order, LegacyActivity.id)
    )


def _text(value: str | None) -> str:
    return value or ""


def _stored_input(appraisal: LegacyAppraisal) -> LegacyInput:
    """The stored content as it would be typed (stored "1.125" is typed "1,125", which
    `parse_number` does not take for grouped thousands)."""
    return LegacyInput(
        [
            ActivityInput(
                a.text,
                output_unit=a.output_unit,
                id=a.id,
                **{name: display_number(getattr(a, name)) for name in NUMBER_FIELDS},
            )
            for a in _activities(appraisal)
        ],
        bool(appraisal.structural),
        {k: display_number(v) for k, v in json.loads(appraisal.perilaku or "{}").items()},
        appraisal.tugas_tambahan,
        appraisal.kreativitas,
        bool(appraisal.with_peers),
        bool(appraisal.innovation),
        appraisal.notes,
    )


def _number_text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


# --- opening and reading ---------------------------------------------------------------------


def open_appraisal(employee_id: int, year: int) -> int:
    """A new draft archive appraisal of the employee for an archive year (open, not closed);
    refused when one exists. Jabatan struktural is taken from the employee's position today
    (the dialog may change it for the archive year)."""
    plans.require_for(Action.WRITE_APPRAISAL, employee_id)
    with write_transaction():
        period = _archive_period(year)
        employee = Employee.get_or_none((Employee.id == employee_id) & (Employee.deleted == False))
        if employee is None:
            raise NotFoundError(N_("legacy", "The employee no longer exists."), "legacy")
        if appraisal_id_for(employee_id, year) is not None:
            raise _error(
                N_("legacy", "{name} already has an archive appraisal for {year}: open that one."),
                name=employee.full_name,
                year=year,
            )
        position = employee.position
        structural = position is not None and position.position_type in STRUCTURAL_TYPES
        appraisal = KIT.create(
            employee=employee, period=period, regime=period.regime, structural=structural
        )
        return appraisal.id


def appraisal_id_for(employee_id: int, year: int) -> int | None:
    return periods.id_in_year(LegacyAppraisal, employee_id, year)


def get_appraisal(appraisal_id: int) -> LegacyDetail:
    """Everything the dialog shows, with the stored scores and each activity's capaian."""
    appraisal = KIT.live(appraisal_id)
    plans.require_for(Action.READ_APPRAISAL, appraisal.employee_id)
    employee = appraisal.employee
    appraiser = Employee.get_or_none(Employee.id == employee.appraiser_id)
    rows = _activities(appraisal)
    credits = [Decimal(a.angka_kredit) for a in rows if a.angka_kredit]
    pp46 = appraisal.regime == PP46
    closed = bool(appraisal.period.closed)
    return LegacyDetail(
        appraisal.id,
        employee.id,
        employee.full_name,
        employee.nip,
        employee.position.name if employee.position else "",
        employee.unit.name,
        appraiser.full_name if appraiser else "",
        appraisal.period.year,
        appraisal.regime,
        periods.REGIMES.get(appraisal.regime, appraisal.regime),
        appraisal.status,
        bool(appraisal.structural),
        json.loads(appraisal.perilaku or "{}"),
        appraisal.tugas_tambahan,
        appraisal.kreativitas,
        bool(appraisal.with_peers),
        bool(appraisal.innovation),
        appraisal.notes,
        [
            ActivityRow(
                a.id,
                a.text,
                _text(a.kuantitas_target),
                _text(a.kuantitas_real),
                a.output_unit,
                _text(a.kualitas_target),
                _text(a.kualitas_real),
                _text(a.waktu_target),
                _text(a.waktu_real),
                _text(a.biaya_target),
                _text(a.biaya_real),
                _text(a.angka_kredit),
                _text(a.nilai_capaian),
            )
            for a in rows
        ],
        appraisal.nilai_skp,
        appraisal.nilai_perilaku,
        appraisal.nilai_prestasi,
        appraisal.sebutan,
        legacy.sebutan(appraisal.nilai_skp) if pp46 and appraisal.nilai_skp else None,
        legacy.sebutan(appraisal.nilai_perilaku) if pp46 and appraisal.nilai_perilaku else None,
        plain_decimal(sum(credits, Decimal(0))) if credits else None,
        KIT.history(appraisal),
        KIT.snapshot_of(appraisal),
        appraisal.finalized_at,
        appraisal.status == DRAFT and not closed,
        closed,
    )


def list_appraisals(year: int, unit_ids: Iterable[int] | None = None) -> list[LegacyRow]:
    """The employees the user may see with their archive appraisal of the year: the active
    ones, and those no longer active who have an appraisal that year (retired, moved)."""
    period = _archive_period(year, writable=False)
    appraiser = Employee.alias("appraiser")
    query = (
        Employee.select(
            Employee.id,
            Employee.front_title,
            Employee.name,
            Employee.back_title,
            Employee.nip,
            Unit.id,
            Unit.name,
            appraiser.name,
            LegacyAppraisal.id,
            LegacyAppraisal.status,
            LegacyAppraisal.nilai_prestasi,
            LegacyAppraisal.sebutan,
        )
        .join(Unit, on=(Employee.unit == Unit.id))
        .switch(Employee)
        .join(appraiser, JOIN.LEFT_OUTER, on=(Employee.appraiser == appraiser.id))
        .switch(Employee)
        .join(
            LegacyAppraisal,
            JOIN.LEFT_OUTER,
            on=(
                (LegacyAppraisal.employee == Employee.id)
                & (LegacyAppraisal.period == period.id)
                & (LegacyAppraisal.deleted == False)
            ),
        )
        .where(
            (Employee.deleted == False)
            & ((Employee.active == True) | LegacyAppraisal.id.is_null(False))
            & visible_to_session()
        )
        .order_by(Unit.name, Employee.name)
    )
    if unit_ids is not None:
        query = query.where(Employee.unit.in_(list(unit_ids)))
    return [
        LegacyRow(
            eid,
            format_full_name(front, name, back),
            nip,
            unit_id,
            unit_name,
            appraiser_name or "",
            appraisal_id,
            status or NOT_STARTED,
            nilai,
            label,
        )
        for (
            eid, front, name, back, nip, unit_id, unit_name, appraiser_name,
            appraisal_id, status, nilai, label,
        ) in query.tuples()
    ]  # fmt: skip


# --- saving and the workflow -----------------------------------------------------------------


def save_appraisal(appraisal_id: int, data: LegacyInput) -> None:
    """Store what the dialog holds for a draft, with every score recomputed. Nothing is
    stored when any row or value is refused."""
    appraisal = KIT.live(appraisal_id)
    plans.require_for(Action.WRITE_APPRAISAL, appraisal.employee_id)
    result = scores(appraisal.regime, data)
    aspects = perilaku_values(data)
    with write_transaction():
        appraisal = KIT.live(appraisal_id)
        KIT.editable(appraisal)
        existing = {a.id: a for a in _activities(appraisal)}
        for n, item in enumerate(data.activities, 1):
            if item.id is not None and item.id not in existing:
                raise _error(
                    N_("legacy", "Kegiatan {row} is not part of this appraisal any more."), row=n
                )
        appraisal.structural = data.structural
        appraisal.perilaku = json.dumps(
            {k: plain_decimal(aspects[k]) for k in ASPECTS if k in aspects}, sort_keys=True
        )
        appraisal.tugas_tambahan = data.tugas_tambahan
        appraisal.kreativitas = data.kreativitas
        appraisal.with_peers = data.with_peers
        appraisal.innovation = data.innovation
        appraisal.notes = data.notes.strip()
        appraisal.nilai_skp = _number_text(result.nilai_skp)
        appraisal.nilai_perilaku = _number_text(result.nilai_perilaku)
        appraisal.nilai_prestasi = _number_text(result.nilai_prestasi)
        appraisal.sebutan = result.sebutan
        appraisal.save()
        _save_activities(appraisal, data.activities, result.capaian, existing)


def _save_activities(
    appraisal: LegacyAppraisal,
    items: Sequence[ActivityInput],
    capaian: Sequence[Decimal | None],
    existing: dict[int, LegacyActivity],
) -> None:
    kept: set[int] = set()
    order = 0
    for item, value in zip(items, capaian, strict=True):
        if is_blank(item):
            continue
        row = existing.get(item.id) if item.id is not None else None
        row = row or LegacyActivity(appraisal=appraisal)
        numbers = {name: parse_number(getattr(item, name)) for name in NUMBER_FIELDS}
        values: dict[str, Any] = {
            name: None if number is None else plain_decimal(number)
            for name, number in numbers.items()
        }
        values.update(
            text=" ".join(item.text.split()),
            output_unit=" ".join(item.output_unit.split()),
            nilai_capaian=_number_text(value),
            sort_order=order,
        )
        order += 1
        if row.id is None or any(getattr(row, k) != v for k, v in values.items()):
            for key, v in values.items():
                setattr(row, key, v)
            row.save()
        kept.add(row.id)
    for row_id, row in existing.items():
        if row_id not in kept:
            row.delete_instance()


def _missing(appraisal: LegacyAppraisal) -> list[InputError]:
    data = _stored_input(appraisal)
    result = scores(appraisal.regime, data)
    found: list[InputError] = []
    if not data.activities:
        found.append(_error(N_("legacy", "add at least one kegiatan tugas jabatan")))
    for n, value in enumerate(result.capaian, 1):
        if value is None:
            found.append(_error(N_("legacy", "kegiatan {row} lacks a target or realisasi"), row=n))
    if result.nilai_perilaku is None:
        found.append(_error(N_("legacy", "score every perilaku aspect")))
    return found


def finalize(appraisal_id: int) -> None:
    """Draft -> final (locked) when every activity and perilaku aspect is complete, with the
    snapshot of who assessed whom (domain.md §0.6)."""
    appraisal = KIT.live(appraisal_id)
    plans.require_for(Action.WRITE_APPRAISAL, appraisal.employee_id)
    with write_transaction():
        appraisal = KIT.live(appraisal_id)
        KIT.editable(appraisal)
        missing = _missing(appraisal)
        if missing:
            raise _error(
                N_("legacy", "The appraisal cannot be finalised yet: {problems}."),
                problems=missing,
            )
        KIT.step(appraisal, "finalize")
        KIT.freeze(appraisal, appraisal.employee)
        appraisal.finalized_at = utcnow()
        appraisal.save()


def reopen(appraisal_id: int, reason: str) -> None:
    """Final -> draft, by the pejabat penilai or an administrator, with a reason."""
    appraisal = KIT.live(appraisal_id)
    plans.require_for(Action.WRITE_APPRAISAL, appraisal.employee_id)
    reason = KIT.reason(reason, N_("legacy", "Give the reason for re-opening the final appraisal."))
    with write_transaction():
        appraisal = KIT.live(appraisal_id)
        KIT.not_closed(appraisal)
        KIT.step(appraisal, "reopen", reason)
        appraisal.finalized_at = None
        appraisal.save()
