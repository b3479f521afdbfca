"""The register as the import preview compares a file with it: who exists and who reports to
whom (`RegisterGraph`, one query), the stored records a file's rows update (`stored_records`,
by chunks of NIPs) and which columns an update changes (`changes`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from peewee import JOIN

from desktop_app.models import Employee, Position
from desktop_app.scoring import reference
from desktop_app.scoring.reference import PositionType
from desktop_app.services.register.employee_cells import StoredEmployee
from desktop_app.services.register.employee_columns import CHUNK, header_of
from desktop_app.services.register.employee_validation import clean_pns_id, clean_text
from desktop_app.services.register.employees import EmployeeInput

if TYPE_CHECKING:
    from desktop_app.services.register.employee_import_preview import RowPlan


class RegisterGraph:
    """The live register as NIPs: who exists and who reports to whom (one query)."""

    def __init__(self) -> None:
        rows = list(
            Employee.select(Employee.id, Employee.nip, Employee.supervisor, Employee.appraiser)
            .where(Employee.deleted == False)
            .tuples()
        )
        self.nip_of = {r[0]: r[1] for r in rows}
        self.id_of = {r[1]: r[0] for r in rows}
        self.parent: dict[str, dict[str, str | None]] = {
            "supervisor": {r[1]: self.nip_of.get(r[2]) for r in rows},
            "appraiser": {r[1]: self.nip_of.get(r[3]) for r in rows},
        }


def stored_records(nips: Iterable[str], graph: RegisterGraph) -> dict[str, StoredEmployee]:
    wanted = [n for n in set(nips) if n in graph.id_of]
    found: dict[str, StoredEmployee] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        query = (
            Employee.select(
                Employee.id,
                Employee.nip,
                Employee.kind,
                Employee.front_title,
                Employee.name,
                Employee.back_title,
                Employee.birth_place,
                Employee.grade,
                Employee.grade_since,
                Employee.unit,
                Position.name,
                Position.position_type,
                Position.jf_level,
                Position.echelon,
                Employee.position_since,
                Employee.supervisor,
                Employee.appraiser,
                Employee.active,
                Employee.inactive_reason,
                Employee.phone,
                Employee.email,
                Employee.notes,
                Employee.pns_id,
            )
            .join(Position, JOIN.LEFT_OUTER, on=(Employee.position == Position.id))
            .where((Employee.nip.in_(chunk)) & (Employee.deleted == False))
            .tuples()
        )
        for r in query:
            data = EmployeeInput(
                nip=r[1],
                kind=r[2],
                front_title=r[3],
                name=r[4],
                back_title=r[5],
                birth_place=r[6],
                grade=r[7],
                grade_since=r[8],
                unit_id=r[9],
                position_name=r[10] or "",
                position_type=r[11] or "",
                jf_level=r[12],
                echelon=r[13],
                position_since=r[14],
                supervisor_id=r[15],
                appraiser_id=r[16],
                active=bool(r[17]),
                inactive_reason=r[18],
                phone=r[19],
                email=r[20],
                notes=r[21],
                pns_id=r[22],
            )
            found[r[1]] = StoredEmployee(
                r[0], data, graph.nip_of.get(r[15]), graph.nip_of.get(r[16])
            )
    return found


def _canon(data: EmployeeInput, kind: str, links: dict[str, str | None]) -> dict[str, Any]:
    """The values `employees.apply_input` would store, to tell an update from no change."""

    position: dict[str, Any] = {
        "position_name": "",
        "position_type": "",
        "jf_level": None,
        "echelon": None,
    }
    if clean_text(data.position_name):
        ptype = PositionType(data.position_type)
        position = {
            "position_name": clean_text(data.position_name),
            "position_type": ptype.value,
            "jf_level": data.jf_level if ptype == PositionType.FUNGSIONAL else None,
            "echelon": reference.echelon(data.echelon).code if data.echelon else None,
        }
    return {
        "kind": kind,
        "front_title": clean_text(data.front_title),
        "name": clean_text(data.name),
        "back_title": clean_text(data.back_title),
        "birth_place": clean_text(data.birth_place),
        "grade": reference.grade(kind, data.grade).code if data.grade.strip() else "",
        "grade_since": data.grade_since,
        **position,
        "position_since": data.position_since,
        "unit": data.unit_id,
        "supervisor": links["supervisor"],
        "appraiser": links["appraiser"],
        "active": data.active,
        "inactive_reason": clean_text(data.inactive_reason) if not data.active else "",
        "phone": clean_text(data.phone),
        "email": data.email.strip(),
        "pns_id": clean_pns_id(data.pns_id),
    }


def changes(plan: RowPlan) -> tuple[str, ...]:
    assert plan.existing is not None and plan.info is not None
    kind = plan.info.kind.value
    new = _canon(plan.data, kind, plan.links)
    try:
        old = _canon(
            plan.existing.data,
            kind,
            {"supervisor": plan.existing.supervisor, "appraiser": plan.existing.appraiser},
        )
    except ValueError:  # a stored value that is no longer valid: the import repairs it
        return tuple(header_of(k) for k in new)
    return tuple(header_of(k) for k in new if new[k] != old[k])
