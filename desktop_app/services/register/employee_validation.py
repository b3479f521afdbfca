"""The rules an employee record must meet before it is saved, one translatable message per
wrong field (FieldErrors) and nothing saved.

The NIP / NI PPPK rules live in `scoring.nip`; this module adds what needs the database:
duplicate NIPs, existing units, and supervisor chains without cycles. The Excel import runs the
same rules over many rows at once (`RegisterIndex`, `link_errors`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop_app.errors import InputError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import Employee, Unit
from desktop_app.scoring import reference
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.nip import NipInfo, parse_nip
from desktop_app.scoring.reference import EmployeeKind, PositionType

if TYPE_CHECKING:
    from desktop_app.services.register.employees import EmployeeInput

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def nip_info(text: str) -> NipInfo:
    """Parse a NIP / NI PPPK for the form's live feedback; InputError names the wrong part."""
    try:
        return parse_nip(text)
    except RuleError as err:
        raise rule_error(err) from None


def rule_error(err: RuleError) -> ServiceError:
    """Carry a scoring rule's translatable message into the service layer."""
    return InputError(err.msgid, err.context, **err.params)


PNS_ID_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-]{0,63}$")


def clean_pns_id(text: str | None) -> str:
    """The SIASN PNS ID as stored: no spaces, no leading apostrophe (a CSV export's quote)."""
    return "".join((text or "").split()).lstrip("'")


def clean_text(text: str | None) -> str:
    """Free text as stored: surrounding and doubled whitespace removed."""
    return " ".join((text or "").split())


def _valid_nip(
    data: EmployeeInput,
    errors: dict[str, ServiceError],
    known: tuple[str, NipInfo] | None = None,
) -> NipInfo | None:
    try:
        info = known[1] if known is not None and known[0] == data.nip else parse_nip(data.nip)
    except RuleError as err:
        errors["nip"] = rule_error(err)
        return None
    except ValueError as err:  # defensive: a plain ValueError still gets shown
        errors["nip"] = InputError(
            N_("employees", "NIP is not valid: {reason}"), "employees", reason=str(err)
        )
        return None
    if data.kind and data.kind != info.kind.value:
        errors["kind"] = InputError(
            N_(
                "employees",
                "The number {nip} is a {found} number, but the employee type is "
                "{kind}: choose {found} or correct the number.",
            ),
            "employees",
            nip=info.formatted,
            found=info.kind.value,
            kind=data.kind,
        )
    return info


def _check_chain(employee_id: int | None, start: int | None, attr: str) -> bool:
    """True when following `attr` (supervisor/appraiser) from `start` comes back to the employee."""
    if employee_id is None or start is None:
        return False
    column = getattr(Employee, attr)
    seen: set[int] = set()
    current: int | None = start
    while current is not None and current not in seen:
        if current == employee_id:
            return True
        seen.add(current)
        row = Employee.select(column).where(Employee.id == current).tuples().first()
        current = row[0] if row else None
    return False


@dataclass(frozen=True)
class RegisterIndex:
    """The register facts `validate` looks up (NIP holders, live units), read once so that
    validating the 5,000 rows of an import file does not run 10,000 queries."""

    holders: dict[str, tuple[int, str]]  # live NIP -> (id, name)
    unit_ids: frozenset[int]
    pns_ids: dict[str, tuple[int, str]] | None = None  # live PNS ID -> (id, name)

    @classmethod
    def load(cls) -> RegisterIndex:
        holders = {
            nip: (emp_id, name)
            for emp_id, nip, name in Employee.select(Employee.id, Employee.nip, Employee.name)
            .where(Employee.deleted == False)
            .tuples()
        }
        units = Unit.select(Unit.id).where(Unit.deleted == False).tuples()
        pns_ids = {
            pns_id.casefold(): (emp_id, name)
            for emp_id, pns_id, name in Employee.select(Employee.id, Employee.pns_id, Employee.name)
            .where((Employee.deleted == False) & (Employee.pns_id != ""))
            .tuples()
        }
        return cls(holders, frozenset(u[0] for u in units), pns_ids)


def validate(
    data: EmployeeInput,
    employee_id: int | None = None,
    *,
    index: RegisterIndex | None = None,
    allow_incomplete: bool = False,
    known_nip: tuple[str, NipInfo] | None = None,
    today: dt.date | None = None,
) -> tuple[NipInfo | None, dict[str, ServiceError]]:
    """Every problem with the input, by field; an empty dict means it can be saved.

    `index` (optional) answers the NIP and unit look-ups from memory, for many rows at once.
    `allow_incomplete` (the import) accepts an empty golongan: the record is stored as
    incomplete and listed until HR fills it in; the form always requires one.
    `known_nip` (text, parsed) spares parsing a NIP the import already parsed; `today` the
    date asked for each row. A jabatan fungsional without its jenjang is an incomplete
    record with `allow_incomplete` (the import's bare "Guru"), refused otherwise.
    """
    errors: dict[str, ServiceError] = {}
    info = _valid_nip(data, errors, known_nip)
    if info is not None:
        clash = (
            index.holders.get(info.nip)
            if index is not None
            else Employee.select(Employee.id, Employee.name)
            .where((Employee.nip == info.nip) & (Employee.deleted == False))
            .tuples()
            .first()
        )
        if clash and clash[0] != employee_id:
            errors["nip"] = InputError(
                N_(
                    "employees",
                    "NIP {nip} is already registered for {name}: open that record "
                    "instead of adding a new one.",
                ),
                "employees",
                nip=info.formatted,
                name=clash[1],
            )
    kind = (
        EmployeeKind(data.kind) if data.kind in ("PNS", "PPPK") else (info.kind if info else None)
    )
    if data.kind and data.kind not in ("PNS", "PPPK"):
        errors["kind"] = InputError(
            N_("employees", "Employee type '{kind}' is not known: choose PNS or PPPK."),
            "employees",
            kind=data.kind,
        )
    if not clean_text(data.name):
        errors["name"] = InputError(
            N_("employees", "The name is empty: type the employee's name."), "employees"
        )
    if kind is not None and not (data.grade or "").strip() and allow_incomplete:
        pass
    elif kind is not None and not (data.grade or "").strip():
        errors["grade"] = InputError(N_("employees", "Choose the grade."), "employees")
    elif kind is not None and not _is_grade(kind, data.grade or ""):
        msg = (
            N_(
                "employees",
                "Grade '{grade}' is not a PNS grade: choose one from I/a to IV/e.",
            )
            if kind == EmployeeKind.PNS
            else N_(
                "employees",
                "Grade '{grade}' is not a PPPK grade: choose one from I to XVII.",
            )
        )
        errors["grade"] = InputError(msg, "employees", grade=data.grade or "")
    if data.unit_id is None:
        errors["unit"] = InputError(N_("employees", "Choose the employee's unit."), "employees")
    elif not (
        data.unit_id in index.unit_ids
        if index is not None
        else Unit.select().where((Unit.id == data.unit_id) & (Unit.deleted == False)).exists()
    ):
        errors["unit"] = InputError(
            N_("employees", "The chosen unit no longer exists."), "employees"
        )
    if data.position_name or data.position_type:
        errors.update(
            _position_errors(
                bool(clean_text(data.position_name)),
                data.position_type,
                data.jf_level,
                data.echelon,
                allow_incomplete,
            )
        )
    _validate_pns_id(data, employee_id, index, errors)
    for attr, key in (("supervisor", "supervisor_id"), ("appraiser", "appraiser_id")):
        other = getattr(data, key)
        if other is None:
            continue
        if employee_id is not None and other == employee_id:
            errors[attr] = InputError(
                N_("employees", "An employee cannot be their own superior or appraiser."),
                "employees",
            )
        elif (
            not Employee.select()
            .where((Employee.id == other) & (Employee.deleted == False))
            .exists()
        ):
            errors[attr] = InputError(
                N_("employees", "The chosen person is no longer in the register."), "employees"
            )
        elif _check_chain(employee_id, other, attr):
            errors[attr] = InputError(
                N_(
                    "employees",
                    "This choice makes a circle: the chosen person already reports "
                    "(directly or indirectly) to this employee.",
                ),
                "employees",
            )
    if data.email and not EMAIL_RE.match(data.email.strip()):
        errors["email"] = InputError(
            N_("employees", "'{email}' is not an e-mail address."), "employees", email=data.email
        )
    if not data.active and not clean_text(data.inactive_reason):
        errors["inactive_reason"] = InputError(
            N_("employees", "Give a reason why the employee is inactive (retired, moved, ...)."),
            "employees",
        )
    today = today or dt.date.today()
    for key in ("position_since", "grade_since"):
        value = getattr(data, key)
        if value is not None and info is not None and value < info.birth_date:
            errors[key] = InputError(
                N_("employees", "The date is before the birth date."), "employees"
            )
        elif value is not None and value > today + dt.timedelta(days=366):
            errors[key] = InputError(
                N_("employees", "The date is more than a year in the future."), "employees"
            )
    return info, errors


def _validate_pns_id(
    data: EmployeeInput,
    employee_id: int | None,
    index: RegisterIndex | None,
    errors: dict[str, ServiceError],
) -> None:
    pns_id = clean_pns_id(data.pns_id)
    if not pns_id:
        return
    if not PNS_ID_RE.match(pns_id):
        errors["pns_id"] = InputError(
            N_(
                "employees",
                "'{value}' is not a PNS ID: it holds only letters, digits and '-' (at most 64), "
                "as SIASN shows it.",
            ),
            "employees",
            value=pns_id[:70],
        )
        return
    if index is not None and index.pns_ids is not None:
        clash = index.pns_ids.get(pns_id.casefold())
    else:
        clash = (
            Employee.select(Employee.id, Employee.name)
            .where((Employee.pns_id == pns_id) & (Employee.deleted == False))
            .tuples()
            .first()
        )
    if clash and clash[0] != employee_id:
        errors["pns_id"] = InputError(
            N_("employees", "PNS ID {value} is already registered for {name}."),
            "employees",
            value=pns_id,
            name=clash[1],
        )


@lru_cache(maxsize=256)
def _is_grade(kind: EmployeeKind, grade: str) -> bool:
    try:
        reference.grade(kind, grade)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=1024)  # an import validates the same few dozen positions on every row
def _position_errors(
    has_name: bool,
    position_type: str,
    jf_level: str | None,
    echelon: str | None,
    allow_incomplete: bool,
) -> tuple[tuple[str, ServiceError], ...]:
    """The problems of a position (field, error), the same for every row that holds it (the
    errors are shown, never raised)."""
    errors: dict[str, ServiceError] = {}
    _validate_position(has_name, position_type, jf_level, echelon, allow_incomplete, errors)
    return tuple(errors.items())


def _validate_position(
    has_name: bool,
    position_type: str,
    jf_level: str | None,
    echelon: str | None,
    allow_incomplete: bool,
    errors: dict[str, ServiceError],
) -> None:
    if not has_name and not position_type:
        return
    if not has_name:
        errors["position_name"] = InputError(
            N_("employees", "Type the name of the position."), "employees"
        )
    try:
        ptype = PositionType(position_type)
    except ValueError:
        errors["position_type"] = InputError(
            N_("employees", "Choose the position type."), "employees"
        )
        return
    if ptype == PositionType.FUNGSIONAL:
        if not jf_level and allow_incomplete:
            return  # an incomplete record: the jenjang is filled in later (completeness)
        try:
            reference.JfLevel(jf_level or "")
        except ValueError:
            errors["jf_level"] = InputError(
                N_(
                    "employees",
                    "A functional position needs its level (Ahli Pertama ... Penyelia).",
                ),
                "employees",
            )
    elif jf_level:
        errors["jf_level"] = InputError(
            N_("employees", "Only a functional position has a level: clear it."), "employees"
        )
    if echelon:
        if ptype not in (PositionType.JPT, PositionType.ADMINISTRATOR, PositionType.PENGAWAS):
            errors["echelon"] = InputError(
                N_("employees", "Only JPT, administrator and pengawas posts have an echelon."),
                "employees",
            )
        else:
            try:
                reference.echelon(echelon)
            except ValueError:
                errors["echelon"] = InputError(
                    N_("employees", "Echelon '{echelon}' is not known."),
                    "employees",
                    echelon=echelon,
                )


def link_errors(
    key: Hashable,
    links: dict[str, Hashable | None],
    parent_of: Callable[[str, Hashable], Hashable | None],
) -> dict[str, ServiceError]:
    """The superior rules of `validate` (not oneself, no circle) on any graph of keys.

    `validate` follows ids in the database; the Excel import follows NIPs in the database
    overlaid with the rows of the file, so a row may name another row of the same file as its
    atasan langsung or pejabat penilai. `links` maps "supervisor"/"appraiser" to the chosen key;
    `parent_of(attr, key)` gives the key that `key` reports to along `attr`.
    """
    errors: dict[str, ServiceError] = {}
    for attr, other in links.items():
        if other is None:
            continue
        if other == key:
            errors[attr] = InputError(
                N_("employees", "An employee cannot be their own superior or appraiser."),
                "employees",
            )
            continue
        seen: set[Hashable] = set()
        current: Hashable | None = other
        while current is not None and current not in seen:
            if current == key:
                errors[attr] = InputError(
                    N_(
                        "employees",
                        "This choice makes a circle: the chosen person already reports "
                        "(directly or indirectly) to this employee.",
                    ),
                    "employees",
                )
                break
            seen.add(current)
            current = parent_of(attr, current)
    return errors
