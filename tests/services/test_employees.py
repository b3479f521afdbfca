"""The register's use cases: validation per field, duplicates, cycles, deactivation, listing."""

from __future__ import annotations

import dataclasses

import pytest

from desktop_app.errors import FieldErrors, InputError
from desktop_app.models import Employee
from desktop_app.services.register import employee_queries, units
from desktop_app.services.register import employees as svc

PNS_M = "19860926 201505 1 001"
PNS_F = "199001152015032002"
PPPK = "200012312024211001"


@pytest.fixture
def unit_id(office):
    top = units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    return units.save_unit(units.UnitInput("SEKSI1", "Seksi Pelayanan", "SEKSI", parent_id=top))


def person(unit_id, nip=PNS_M, **kw) -> svc.EmployeeInput:
    base = svc.EmployeeInput(
        nip=nip,
        name="Budi Santoso",
        grade="III/b",
        unit_id=unit_id,
        position_name="Analis Kepegawaian",
        position_type="FUNGSIONAL",
        jf_level="AHLI_PERTAMA",
    )
    return dataclasses.replace(base, **kw)


def field_errors(data, employee_id=None) -> dict[str, str]:
    with pytest.raises(FieldErrors) as info:
        svc.save_employee(data, employee_id)
    return {k: str(v) for k, v in info.value.errors.items()}


def test_pns_saved_with_gender_and_birth_date_from_nip(unit_id):
    emp_id = svc.save_employee(person(unit_id, front_title="dr.", back_title="M.Kes."))
    e = Employee.get_by_id(emp_id)
    assert (e.nip, e.kind, e.gender, str(e.birth_date)) == (
        "198609262015051001",
        "PNS",
        "L",
        "1986-09-26",
    )
    assert e.full_name == "dr. Budi Santoso, M.Kes."
    assert e.position.name == "Analis Kepegawaian"


def test_pppk_needs_a_pppk_grade(unit_id):
    errors = field_errors(person(unit_id, nip=PPPK, grade="III/b"))
    assert "grade" in errors and "PPPK" in errors["grade"]
    emp_id = svc.save_employee(person(unit_id, nip=PPPK, grade="ix"))
    assert Employee.get_by_id(emp_id).grade == "IX"


@pytest.mark.parametrize(
    ("nip", "word"),
    [
        ("198613262015051001", "birth"),
        ("198609262015053001", "gender"),
        ("198609262015051000", "serial"),
        ("198609261980051001", "TMT"),
        ("1986092620150510", "18"),
    ],
)
def test_invalid_nip_names_the_wrong_part(unit_id, nip, word):
    errors = field_errors(person(unit_id, nip=nip))
    assert word.lower() in errors["nip"].lower()
    assert Employee.select().count() == 0


def test_kind_contradicting_the_nip_is_refused(unit_id):
    assert "kind" in field_errors(person(unit_id, kind="PPPK"))


def test_duplicate_nip_refused_with_the_holder_named(unit_id):
    svc.save_employee(person(unit_id, name="Budi Santoso"))
    errors = field_errors(person(unit_id, nip="198609262015051001", name="Orang Lain"))
    assert "Budi Santoso" in errors["nip"]
    assert Employee.select().count() == 1


def test_supervisor_cycle_refused(unit_id):
    a = svc.save_employee(person(unit_id, nip=PNS_M, name="A"))
    b = svc.save_employee(person(unit_id, nip=PNS_F, name="B", supervisor_id=a))
    c = svc.save_employee(person(unit_id, nip=PPPK, name="C", grade="V", supervisor_id=b))
    errors = field_errors(person(unit_id, nip=PNS_M, name="A", supervisor_id=c), employee_id=a)
    assert "circle" in errors["supervisor"]
    assert "supervisor" in field_errors(person(unit_id, name="A", supervisor_id=a), employee_id=a)
    assert [link.name for link in employee_queries.supervisor_chain(c)] == ["B", "A"]


def test_fungsional_needs_jenjang_and_only_structural_has_eselon(unit_id):
    errors = field_errors(person(unit_id, jf_level=None, echelon="III.a"))
    assert set(errors) >= {"jf_level", "echelon"}


def test_deactivate_needs_reason_and_keeps_record(unit_id):
    emp_id = svc.save_employee(person(unit_id))
    with pytest.raises(InputError):
        svc.set_active(emp_id, False, "  ")
    svc.set_active(emp_id, False, "Pensiun")
    row = next(r for r in employee_queries.list_employees() if r.id == emp_id)
    assert row.active is False
    assert Employee.get_by_id(emp_id).inactive_reason == "Pensiun"


def test_update_bumps_version_and_keeps_uid(unit_id):
    emp_id = svc.save_employee(person(unit_id))
    before = Employee.get_by_id(emp_id)
    svc.save_employee(person(unit_id, name="Budi S."), emp_id)
    after = Employee.get_by_id(emp_id)
    assert after.uid == before.uid and after.version > before.version and after.name == "Budi S."


def test_list_rows_carry_unit_and_supervisor(unit_id):
    a = svc.save_employee(person(unit_id, name="Atasan"))
    svc.save_employee(person(unit_id, nip=PNS_F, name="Bawahan", supervisor_id=a))
    rows = {r.name: r for r in employee_queries.list_employees()}
    assert rows["Bawahan"].supervisor_name == "Atasan"
    assert rows["Bawahan"].unit_code == "SEKSI1"
    assert employee_queries.ids_by_nip(["198609262015051001"]) == {"198609262015051001": a}
