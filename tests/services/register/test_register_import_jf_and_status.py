"""Register import (issue 19): a jabatan fungsional written without its jenjang (a bare
"Guru", "Pranata Komputer") is stored as that JF with the jenjang empty and listed as
incomplete ("jenjang belum diisi") until HR fills it in; SIASN's KEDUDUKAN HUKUM NAMA is
recorded as the employee's kedudukan hukum from the import date (Aktif adds nothing; a name
SIASN does not know is a warning showing it). Service and CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app import cli
from desktop_app.errors import FieldErrors
from desktop_app.models import Employee, EmploymentStatus
from desktop_app.services.register import completeness
from desktop_app.services.register import employees as svc
from desktop_app.services.register import employment_status as statuses
from desktop_app.services.register.employee_import_apply import apply_import
from desktop_app.services.register.employee_import_preview import Action, read_file
from desktop_app.services.register.employee_queries import list_employees
from tests.data import register_files as rf


def texts(errors) -> str:
    return " | ".join(str(e) for e in errors)


def by_row(preview):
    return {r.row: r for r in preview.rows}


def _bare_jf_file(tmp_path, jobs=("Guru", "Pranata Komputer", "Guru Ahli Muda")):
    people = (rf.GURU, rf.GURU_F, rf.STAFF)
    return rf.write_csv(
        tmp_path / "jf.csv",
        ["NIP", "Nama", "Golongan", "Jabatan"],
        [
            [nip, f"Pegawai {i}", "III/b", job]
            for i, (nip, job) in enumerate(zip(people, jobs, strict=True))
        ],
        delimiter=";",
    )


def test_a_bare_jf_name_is_stored_as_that_jf_with_the_jenjang_missing(unit_ids, tmp_path):
    preview = read_file(_bare_jf_file(tmp_path))
    rows = by_row(preview)
    assert all(r.action == Action.NEW for r in rows.values()), [
        texts(r.problems) for r in rows.values()
    ]
    for number, name in ((2, "Guru"), (3, "Pranata Komputer")):
        assert f"'{name}' with the level not filled in" in texts(rows[number].warnings)
        assert completeness.JF_LEVEL in rows[number].missing
        assert completeness.POSITION not in rows[number].missing
    assert completeness.JF_LEVEL not in rows[4].missing  # "Guru Ahli Muda": complete JF
    result = apply_import(preview)
    assert (result.created, result.incomplete) == (3, 3)  # (no appraiser for any of them)
    for nip, name in ((rf.GURU, "Guru"), (rf.GURU_F, "Pranata Komputer")):
        employee = Employee.get(Employee.nip == nip)
        position = employee.position
        assert (position.name, position.position_type, position.jf_level) == (
            name,
            "FUNGSIONAL",
            None,
        )
        assert completeness.JF_LEVEL in completeness.missing_fields(employee)
        assert completeness.JF_LEVEL in completeness.missing_fields(svc.get_employee(employee.id))
    listed = {r.nip: r.missing for r in list_employees()}
    assert completeness.JF_LEVEL in listed[rf.GURU] and completeness.JF_LEVEL in listed[rf.GURU_F]
    assert completeness.JF_LEVEL not in listed[rf.STAFF]
    incomplete = {e.nip for e in Employee.select().where(completeness.incomplete_condition())}
    assert {rf.GURU, rf.GURU_F} <= incomplete


def test_the_jenjang_filled_in_later_completes_the_record(unit_ids, tmp_path):
    apply_import(read_file(_bare_jf_file(tmp_path)))
    guru = Employee.get(Employee.nip == rf.GURU)
    detail = svc.get_employee(guru.id)
    with pytest.raises(FieldErrors) as refused:  # the form still wants the jenjang
        svc.save_employee(detail, guru.id)
    assert "jf_level" in refused.value.errors
    detail.jf_level = "AHLI_PERTAMA"
    svc.save_employee(detail, guru.id)
    guru = Employee.get_by_id(guru.id)
    assert (guru.position.name, guru.position.jf_level) == ("Guru", "AHLI_PERTAMA")
    assert completeness.JF_LEVEL not in completeness.missing_fields(guru)
    listed = {r.nip: r.missing for r in list_employees()}
    assert completeness.JF_LEVEL not in listed[rf.GURU]


def test_a_bare_jf_in_a_reimport_keeps_the_stored_jenjang(unit_ids, tmp_path):
    svc.save_employee(
        svc.EmployeeInput(
            rf.GURU,
            "Pegawai 0",
            "III/b",
            unit_ids["DINKES"],
            position_name="Guru Ahli Muda",
            position_type="FUNGSIONAL",
            jf_level="AHLI_MUDA",
        )
    )
    preview = read_file(_bare_jf_file(tmp_path))
    row = by_row(preview)[2]
    assert row.action == Action.UNCHANGED, (row.changes, texts(row.problems))
    assert "level not filled in" not in texts(row.warnings)
    apply_import(preview)
    position = Employee.get(Employee.nip == rf.GURU).position
    assert (position.name, position.jf_level) == ("Guru Ahli Muda", "AHLI_MUDA")


def test_a_jf_without_jenjang_is_still_refused_by_the_form(unit_ids):
    with pytest.raises(FieldErrors) as refused:
        svc.save_employee(
            svc.EmployeeInput(
                rf.GURU,
                "Budi",
                "III/b",
                unit_ids["DINKES"],
                position_name="Guru",
                position_type="FUNGSIONAL",
            )
        )
    assert "jf_level" in refused.value.errors


def _status_file(tmp_path, header="KEDUDUKAN HUKUM NAMA", values=None):
    values = values or ["CLTN", "Pensiun", "Aktif", "Cuti Panjang Sekali", "Tugas Belajar"]
    people = (rf.GURU, rf.GURU_F, rf.STAFF, rf.KABID, rf.KADIS)
    return rf.write_csv(
        tmp_path / "siasn.csv",
        ["NIP BARU", "NAMA", header],
        [
            [f"'{nip}", f"Pegawai {i}", v]
            for i, (nip, v) in enumerate(zip(people, values, strict=True))
        ],
    )


def _statuses_of(nip: str) -> list[tuple[str, dt.date, dt.date | None]]:
    employee = Employee.get(Employee.nip == nip)
    return [
        (s.code, s.starts, s.ends)
        for s in EmploymentStatus.select().where(
            (EmploymentStatus.employee == employee) & (EmploymentStatus.deleted == False)
        )
    ]


@pytest.mark.parametrize(
    "header", ["KEDUDUKAN HUKUM NAMA", "KEDUDUKAN_HUKUM_NAMA", "kedudukan hukum"]
)
def test_the_kedudukan_hukum_is_recorded_from_the_import_date(unit_ids, tmp_path, header):
    preview = read_file(_status_file(tmp_path, header))
    assert preview.mapping[2] == "legal_status"
    rows = by_row(preview)
    assert all(r.action == Action.NEW for r in rows.values())
    unknown = texts(rows[5].warnings)
    assert "'Cuti Panjang Sekali' is not one of the SIASN list" in unknown
    assert not any("SIASN list" in str(w) for n in (2, 3, 4, 6) for w in rows[n].warnings)
    assert "The kedudukan hukum CLTN is recorded from" in texts(rows[2].warnings)
    assert "the day of the import" in texts(rows[6].warnings)  # Tugas Belajar
    assert "recorded from" not in texts(rows[4].warnings)  # Aktif: nothing recorded
    apply_import(preview)
    today = dt.date.today()
    assert _statuses_of(rf.GURU) == [("02", today, None)]  # CLTN
    assert _statuses_of(rf.GURU_F) == [("99", today, None)]  # Pensiun
    assert _statuses_of(rf.STAFF) == []  # Aktif adds nothing
    assert _statuses_of(rf.KABID) == []  # not a SIASN name: nothing, a warning
    assert _statuses_of(rf.KADIS) == [("03", today, None)]  # Tugas Belajar
    cltn = Employee.get(Employee.nip == rf.GURU)
    retired = Employee.get(Employee.nip == rf.GURU_F)
    assert cltn.active  # on CLTN: still in the register, exempted by the status
    assert (retired.active, retired.inactive_reason) == (False, "Pensiun")
    assert Employee.get(Employee.nip == rf.KABID).active  # an unknown name: still serving


def test_an_unknown_status_that_says_the_employee_left_makes_the_record_inactive(
    unit_ids, tmp_path
):
    path = _status_file(tmp_path, values=["Meninggal Dunia", "PNS", "CPNS", "Aktif", "Aktif"])
    rows = by_row(read_file(path))
    assert "'Meninggal Dunia' is not one of the SIASN list" in texts(rows[2].warnings)
    assert not rows[3].warnings and not rows[4].warnings  # "PNS", "CPNS": serving, no remark
    apply_import(read_file(path))
    gone = Employee.get(Employee.nip == rf.GURU)
    assert (gone.active, gone.inactive_reason) == (False, "Meninggal Dunia")
    assert Employee.get(Employee.nip == rf.GURU_F).active
    assert EmploymentStatus.select().count() == 0


def test_a_reimport_records_no_status_twice_and_never_overwrites_one(unit_ids, tmp_path):
    path = _status_file(tmp_path)
    apply_import(read_file(path))
    again = read_file(path)
    assert {r.action for r in again.rows} == {Action.UNCHANGED}
    assert "recorded from" not in texts(w for r in again.rows for w in r.warnings)
    apply_import(again)
    assert len(_statuses_of(rf.GURU)) == 1
    kadis = Employee.get(Employee.nip == rf.KADIS)
    [tugas] = statuses.list_statuses(kadis.id)
    statuses.save_status(kadis.id, statuses.StatusInput("04", tugas.starts), tugas.id)
    third = by_row(read_file(path))
    assert third[6].action == Action.UNCHANGED
    assert "Tugas Belajar was not recorded: Pemberhentian Sementara is recorded" in texts(
        third[6].warnings
    )


def test_a_status_for_an_employee_already_registered_is_an_update(unit_ids, tmp_path):
    svc.save_employee(svc.EmployeeInput(rf.GURU, "Pegawai 0", "III/b", unit_ids["DINKES"]))
    path = rf.write_csv(
        tmp_path / "s.csv",
        ["NIP BARU", "NAMA", "KEDUDUKAN HUKUM NAMA"],
        [[rf.GURU, "Pegawai 0", "CLTN"]],
    )
    preview = read_file(path)
    assert preview.rows[0].action == Action.UPDATE
    assert preview.rows[0].changes == ("KEDUDUKAN HUKUM NAMA",)
    result = apply_import(preview)
    assert result.updated == 1
    assert [c for c, _, _ in _statuses_of(rf.GURU)] == ["02"]


def test_the_cli_reports_the_missing_jenjang_and_the_unknown_status(
    unit_ids, db_path, tmp_path, capsys
):
    path = rf.write_csv(
        tmp_path / "siasn.csv",
        ["NIP BARU", "NAMA", "JABATAN NAMA", "KEDUDUKAN HUKUM NAMA"],
        [[f"'{rf.GURU}", "Budi", "Guru", "Aktif"], [f"'{rf.GURU_F}", "Siti", "Guru", "Cuti Lama"]],
    )
    code = cli.run(["employees", "import", str(path), "--json", "--db", str(db_path)])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["new"] == 2
    assert completeness.JF_LEVEL in report["incomplete_rows"][0]["missing"]
    warnings = {r["row"]: " | ".join(r["warnings"]) for r in report["warning_rows"]}
    assert "'Cuti Lama' is not one of the SIASN list" in warnings[3]
    assert "level not filled in" in warnings[2]
    assert Employee.get(Employee.nip == rf.GURU).position.name == "Guru"


def test_a_name_with_an_unquoted_comma_is_a_refused_row_not_a_header(unit_ids, tmp_path):
    """Found walking the import: "BUDI, S.Pd" unquoted in a comma CSV gave its row one cell
    more than the header; the layout then read that row as a second header row (the row
    vanished from the preview)."""
    path = tmp_path / "c.csv"
    path.write_text(
        "PNS ID,NIP BARU,NAMA,GOL AKHIR NAMA,JABATAN NAMA,KEDUDUKAN HUKUM NAMA\r\n"
        f"A1,'{rf.GURU},BUDI, S.Pd,III/b,Guru,Aktif\r\n"
        f"A2,'{rf.GURU_F},SITI,III/a,Guru Ahli Pertama,CLTN\r\n",
        encoding="utf-8",
    )
    preview = read_file(path)
    assert preview.layout.header_depth == 1
    rows = by_row(preview)
    assert sorted(rows) == [2, 3] and rows[3].action == Action.NEW
    assert rows[2].action == Action.INVALID
    first = str(rows[2].problems[0])
    assert first.startswith("The row has 7 cells, the header 6")
    assert "separator ','" in first and "double quotes" in first


def test_an_imported_change_of_post_is_dated_in_the_register_history(unit_ids, tmp_path):
    """The import writes past the employee form: its change of post still starts a new
    stretch of the register history from the import day (issue 20: register history)."""
    from desktop_app.services.register import register_history

    apply_import(read_file(_bare_jf_file(tmp_path)))
    employee = Employee.get(Employee.nip == rf.STAFF)
    first = register_history.history(employee.id)
    assert len(first) == 1 and first[0].valid_from is None  # the import created it: open
    again = _bare_jf_file(tmp_path, jobs=("Guru", "Pranata Komputer", "Guru Ahli Madya"))
    apply_import(read_file(again))
    rows = register_history.history(employee.id)
    assert len(rows) == 2
    dated = [r for r in rows if r.valid_from is not None]
    assert [(r.valid_from, r.source) for r in dated] == [(dt.date.today(), register_history.EDIT)]
    assert "Ahli Madya" in dated[0].position_name
