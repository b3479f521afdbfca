"""Incomplete employee records (data belum lengkap): what an imported record still lacks.

The import stores a record with only its NIP and name (issue 19): the golongan, the jabatan
(or the jenjang of a jabatan fungsional written without it, a bare "Guru") or the pejabat
penilai may still be missing (the unit is always set: rows without one go to the
unit the user picked). The register's filter "Data belum lengkap" lists such records, and
creating an SKP or printing a form for one says which fields to fill first
(`require_complete`). No Qt: labels are msgids in the context "employee_io".
"""

from __future__ import annotations

from typing import Any

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import Employee, Position
from desktop_app.models.appraisers import ExternalAppraiserLink
from desktop_app.scoring.reference import PositionType

LABEL_CONTEXT = "employee_io"

GRADE = N_("employee_io", "Golongan")
POSITION = N_("employee_io", "Jabatan")
UNIT = N_("employee_io", "Unit")
APPRAISER = N_("employee_io", "Appraiser (pejabat penilai)")
JF_LEVEL = N_("employee_io", "Level of the jabatan fungsional (jenjang)")
CHECKED = (GRADE, POSITION, JF_LEVEL, UNIT, APPRAISER)


class IncompleteRecordError(InputError):
    """An SKP or a form needs fields an incomplete record does not have yet."""


def _value(record: Any, *names: str) -> Any:
    for name in names:
        if hasattr(record, name):
            return getattr(record, name)
    return None


def missing_fields(employee: Any) -> list[str]:
    """The labels (msgids in LABEL_CONTEXT) of what the record lacks, in the form's order:
    golongan, jabatan, unit kerja, pejabat penilai. `employee` is an Employee model, an
    `EmployeeDetail`/`EmployeeInput`, an `EmployeeRow` or an employee id; [] when complete."""
    if isinstance(employee, int):
        employee = Employee.get_by_id(employee)
    if isinstance(getattr(employee, "missing", None), tuple):  # an EmployeeRow: computed
        return list(employee.missing)
    missing: list[str] = []
    if not (_value(employee, "grade") or "").strip():
        missing.append(GRADE)
    if isinstance(employee, Employee):
        position = employee.position if employee.position_id is not None else None
        has_position = position is not None
        level_missing = has_position and _without_jenjang(position.position_type, position.jf_level)
    else:
        has_position = bool((_value(employee, "position_name") or "").strip())
        level_missing = has_position and _without_jenjang(
            _value(employee, "position_type"), _value(employee, "jf_level")
        )
    if not has_position:
        missing.append(POSITION)
    elif level_missing:
        missing.append(JF_LEVEL)
    if _value(employee, "unit_id") is None:
        missing.append(UNIT)
    if _value(employee, "appraiser_id") is None and not _appraised_outside(employee):
        missing.append(APPRAISER)
    return missing


def _appraised_outside(employee: Any) -> bool:
    """An employee whose pejabat penilai is an official outside the office (the Kepala Dinas
    appraised by the Sekda) has one, though the register's own appraiser is empty."""
    employee_id = _value(employee, "id", "employee_id")
    return isinstance(employee_id, int) and employee_id in externally_appraised([employee_id])


def externally_appraised(employee_ids: Any = None) -> set[int]:
    """The ids (of `employee_ids`, or all) of employees appraised by an official outside the
    office, in one query."""
    query = ExternalAppraiserLink.select(ExternalAppraiserLink.employee).where(
        ExternalAppraiserLink.deleted == False
    )
    if employee_ids is not None:
        query = query.where(ExternalAppraiserLink.employee.in_(list(employee_ids)))
    return {row[0] for row in query.tuples()}


def _without_jenjang(position_type: Any, jf_level: Any) -> bool:
    """A jabatan fungsional whose jenjang is not filled in (an imported bare "Guru")."""
    return str(position_type or "") == PositionType.FUNGSIONAL.value and not jf_level


def missing_by_columns(
    grade: str,
    position_id: Any,
    unit_id: Any,
    appraiser_id: Any,
    *,
    no_jenjang: bool = False,
) -> tuple[str, ...]:
    """`missing_fields` of one row of a query (the register list reads these four columns;
    `no_jenjang`: the position is a jabatan fungsional without its jenjang)."""
    found: list[str] = []
    if not (grade or "").strip():
        found.append(GRADE)
    if position_id is None:
        found.append(POSITION)
    elif no_jenjang:
        found.append(JF_LEVEL)
    if unit_id is None:
        found.append(UNIT)
    if appraiser_id is None:
        found.append(APPRAISER)
    return tuple(found)


def incomplete_condition():  # type: ignore[no-untyped-def]
    """A peewee condition on Employee that holds for incomplete records (for queries)."""
    outside = ExternalAppraiserLink.select(ExternalAppraiserLink.employee).where(
        ExternalAppraiserLink.deleted == False
    )
    without_jenjang = Position.select(Position.id).where(
        (Position.position_type == PositionType.FUNGSIONAL.value) & Position.jf_level.is_null(True)
    )
    return (
        (Employee.grade == "")
        | Employee.position.is_null(True)
        | Employee.position.in_(without_jenjang)
        | (Employee.appraiser.is_null(True) & Employee.id.not_in(outside))
    )


def require_complete(employee: Any) -> None:
    """Raise IncompleteRecordError naming the missing fields (each one a translatable error
    in the params, so the GUI shows them in the user's language)."""
    if isinstance(employee, int):
        employee = Employee.get_by_id(employee)
    missing = missing_fields(employee)
    if missing:
        raise IncompleteRecordError(
            N_(
                "employee_io",
                "The record of {name} is incomplete: fill in {fields} in the register "
                "(Pegawai) first.",
            ),
            "employee_io",
            name=_value(employee, "full_name", "name") or "",
            fields=[InputError(label, "employee_io") for label in missing],
        )
