"""Register files of issue 19 through the service: values as HR writes them, units by name,
incomplete records, non-ASN rows, the PNS ID, and the diagnostics a clerk can act on."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.errors import FieldErrors
from desktop_app.models import Employee, Unit
from desktop_app.services.register import completeness, employee_export, units
from desktop_app.services.register import employees as svc
from desktop_app.services.register.employee_import_apply import apply_import
from desktop_app.services.register.employee_import_preview import Action, read_file
from desktop_app.services.register.employee_queries import list_employees
from tests.data import register_files as rf


def texts(errors) -> str:
    return " | ".join(str(e) for e in errors)


def rows_by_number(preview):
    return {r.row: r for r in preview.rows}


def test_siasn_export_imports_with_pns_id_status_and_units_by_name(unit_ids, tmp_path):
    preview = read_file(rf.write_siasn_csv(tmp_path / "siasn.csv", ";", "cp1252"))
    rows = rows_by_number(preview)
    assert all(r.action == Action.NEW for r in rows.values()), [
        texts(r.problems) for r in rows.values()
    ]
    assert [u.name for u in preview.units_not_found] == ["UPT Puskesmas Kota"]
    assert "UPT Puskesmas Kota" in texts(rows[5].warnings) and "Dinas Kesehatan" in texts(
        rows[5].warnings
    )
    result = apply_import(preview)
    assert (result.created, result.units_created, result.incomplete) == (4, 0, 4)
    kadis = Employee.get(Employee.nip == rf.KADIS)
    assert (kadis.pns_id, kadis.front_title, kadis.name, kadis.back_title) == (
        "8ae483a5-6652-c6fa-0166-7c0561560957",
        "dr.",
        "ANDRÉ WIJAYA",
        "M.Kes",
    )
    assert (kadis.grade, kadis.position.position_type, kadis.phone) == (
        "IV/c",
        "JPT",
        "+62 812-0000-0001",  # SIASN's number in the one stored form
    )
    assert kadis.grade_since == dt.date(2020, 4, 1) and kadis.unit_id == unit_ids["DINKES"]
    kabid = Employee.get(Employee.nip == rf.KABID)
    assert kabid.unit_id == unit_ids["BIDYAN"]  # "BIDANG PELAYANAN" by name, any case
    staff = Employee.get(Employee.nip == rf.STAFF)
    assert staff.unit_id == unit_ids["SUBUM"]  # "Subbag. Umum dan Kepegawaian"
    assert (staff.active, staff.inactive_reason) == (False, "Pensiun")
    nurse = Employee.get(Employee.nip == rf.PPPK_A)
    assert (nurse.kind, nurse.grade, nurse.position.jf_level) == ("PPPK", "VII", "TERAMPIL")
    assert nurse.unit_id == unit_ids["DINKES"]  # its unit is not in the register


def test_units_not_found_are_created_under_the_root_or_a_chosen_parent(unit_ids, tmp_path):
    path = rf.write_siasn_csv(tmp_path / "siasn.csv")
    preview = read_file(path, create_units=True, unit_parent=unit_ids["BIDYAN"])
    assert [(u.name, u.rows, u.created) for u in preview.units_not_found] == [
        ("UPT Puskesmas Kota", [5], True)
    ]
    assert not any("not in the register" in texts(r.warnings) for r in preview.rows)
    assert Unit.select().count() == 4  # the preview writes nothing
    result = apply_import(preview)
    assert result.units_created == 1
    upt = Unit.get(Unit.name == "UPT Puskesmas Kota")
    assert (upt.parent_id, upt.kind) == (unit_ids["BIDYAN"], "UPT") and upt.code
    assert Employee.get(Employee.nip == rf.PPPK_A).unit_id == upt.id


def test_rows_without_a_unit_go_to_the_chosen_default_unit(unit_ids, tmp_path):
    path = rf.write_csv(tmp_path / "f.csv", ["NIP", "Nama"], [[rf.GURU, "Budi"]], delimiter=";")
    apply_import(read_file(path, default_unit=unit_ids["SEKYAN"]))
    assert Employee.get(Employee.nip == rf.GURU).unit_id == unit_ids["SEKYAN"]
    apply_import(read_file(path))  # re-import without a unit column: the unit stays
    assert Employee.get(Employee.nip == rf.GURU).unit_id == unit_ids["SEKYAN"]


def test_a_register_without_units_is_refused_with_what_to_do(office, tmp_path):
    from desktop_app.errors import InputError

    path = rf.write_csv(tmp_path / "f.csv", ["NIP", "Nama"], [[rf.GURU, "Budi"]], delimiter=";")
    with pytest.raises(InputError, match="no unit yet"):
        read_file(path)


def test_simpeg_list_with_title_rows_two_row_header_and_serial_dates(unit_ids, tmp_path):
    preview = read_file(rf.simpeg_two_row_header(tmp_path / "duk.xlsx"))
    rows = rows_by_number(preview)
    assert sorted(rows) == [6, 7] and all(r.action == Action.NEW for r in rows.values())
    assert "gelar" in texts(rows[6].warnings) and "S.Pd" in texts(rows[6].warnings)
    assert "inferred" in texts(rows[6].warnings) and "position_type" in rows[6].inferred
    assert "12/01/2012" in texts(rows[7].warnings)
    assert "1 Desember 2012" in texts(rows[7].warnings)  # the other reading, as a date is read
    apply_import(preview)
    kadis = Employee.get(Employee.nip == rf.KADIS)
    assert (kadis.name, kadis.back_title, kadis.grade) == ("ANDI WIJAYA", "S.Pd", "IV/c")
    assert kadis.grade_since == dt.date(2020, 4, 1)  # an Excel serial number
    guru = Employee.get(Employee.nip == rf.GURU)  # the NIP was grouped with spaces
    assert (guru.grade, guru.grade_since) == ("III/d", dt.date(2012, 1, 12))
    assert (guru.position.position_type, guru.unit_id) == ("PENGAWAS", unit_ids["SEKYAN"])


def test_school_list_on_the_second_sheet_skips_non_asn_staff(unit_ids, tmp_path):
    preview = read_file(rf.school_second_sheet(tmp_path / "sekolah.xlsx"))
    assert [(s.row, s.name) for s in preview.skipped] == [(4, "Tono"), (5, "Wati")]
    assert all("not an ASN" in s.reason for s in preview.skipped)
    rows = rows_by_number(preview)
    assert all(r.action == Action.NEW for r in rows.values())
    assert "without its level" in texts(rows[3].warnings)
    assert rows[3].missing == (completeness.JF_LEVEL, "Appraiser (pejabat penilai)")
    result = apply_import(preview)
    assert (result.created, result.non_asn, result.incomplete) == (3, 2, 3)
    guru = Employee.get(Employee.nip == rf.GURU)
    assert (guru.name, guru.back_title, guru.grade) == ("ALFIKRI", "S.Pd", "III/d")
    assert (guru.position.name, guru.position.jf_level) == ("Guru Ahli Muda", "AHLI_MUDA")
    pppk = Employee.get(Employee.nip == rf.PPPK_B)
    assert (pppk.kind, pppk.grade) == ("PPPK", "IX")
    bare = Employee.get(Employee.nip == rf.GURU_F).position  # a bare "Guru": the JF is kept
    assert (bare.name, bare.position_type, bare.jf_level) == ("Guru", "FUNGSIONAL", None)


@pytest.mark.parametrize(
    ("header", "value", "grade", "warning"),
    [
        ("Pangkat/Gol", "Pembina Tk.I, IV-b", "IV/b", ""),
        ("Pangkat/Gol", "Penata-IIIc", "III/c", ""),
        ("Pangkat/Gol", "Pembina, III/d", "III/d", "belongs to grade IV/a"),
        ("Gol", "3/d", "III/d", ""),
        ("Pangkat", "Penata Muda Tingkat I", "III/b", "taken from the rank"),
    ],
)
def test_golongan_as_hr_writes_it(unit_ids, tmp_path, header, value, grade, warning):
    path = rf.write_csv(
        tmp_path / "f.csv", ["NIP", "Nama", header], [[rf.GURU, "Budi", value]], delimiter=";"
    )
    preview = read_file(path)
    assert preview.rows[0].action == Action.NEW
    assert warning in texts(preview.rows[0].warnings)
    apply_import(preview)
    assert Employee.get(Employee.nip == rf.GURU).grade == grade


def test_pppk_golongan_is_never_a_pns_golongan(unit_ids, tmp_path):
    path = rf.write_csv(
        tmp_path / "f.csv", ["NIP", "Nama", "Golongan"],
        [[rf.PPPK_A, "Ani", "III/b"], [rf.PPPK_B, "Dewi", "9"], [rf.GURU, "Budi", "IX"]],
        delimiter=";",
    )  # fmt: skip
    rows = rows_by_number(read_file(path))
    assert rows[2].action == Action.INVALID and "PPPK grade" in texts(rows[2].problems)
    assert rows[3].action == Action.NEW
    assert rows[4].action == Action.INVALID and "PNS grade" in texts(rows[4].problems)


def test_diagnostics_a_clerk_can_act_on(unit_ids, tmp_path):
    path = rf.write_csv(
        tmp_path / "f.csv",
        ["NIP", "Nama", "Tanggal Lahir", "Jenis Kelamin"],
        [
            ["198609262015051000", "Rounded", "", ""],
            [rf.GURU_F, "Siti", "16-01-1990", "L"],
        ],
        delimiter=";",
    )
    rows = rows_by_number(read_file(path))
    assert rows[2].action == Action.INVALID and "rounded by Excel" in texts(rows[2].problems)
    assert rows[3].action == Action.NEW
    assert "16 Januari 1990 differs from the one in the NIP (15 Januari 1990)" in texts(
        rows[3].warnings
    )
    assert "gender L differs" in texts(rows[3].warnings)


def test_a_formula_without_a_saved_value_says_how_to_fix_it(unit_ids, tmp_path):
    sheet = (
        rf.inline_row(1, ["NIP", "Nama", "Golongan"])
        + f'<row r="2"><c r="A2" t="inlineStr"><is><t>{rf.GURU}</t></is></c>'
        '<c r="B2" t="inlineStr"><is><t>Budi</t></is></c><c r="C2"><f>VLOOKUP(A2,X,2)</f></c></row>'
    )
    preview = read_file(rf.raw_xlsx(tmp_path / "f.xlsx", sheet))
    row = preview.rows[0]
    assert row.action == Action.INVALID
    assert "Golongan" in texts(row.problems) and "open the file in Excel, save it" in texts(
        row.problems
    )


def test_dates_styled_as_dates_and_shared_strings_in_a_hand_written_xlsx(unit_ids, tmp_path):
    styles = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>'
    sheet = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>2</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c>'
        '<c r="C2" s="1"><v>43922</v></c></row>'
    )
    path = rf.raw_xlsx(
        tmp_path / "f.xlsx", sheet, ["NIP", "Nama", "TMT Golongan", rf.GURU, "Budi"], styles
    )
    apply_import(read_file(path))
    assert Employee.get(Employee.nip == rf.GURU).grade_since == dt.date(2020, 4, 1)


def test_incomplete_records_are_listed_and_guarded(unit_ids, tmp_path):
    path = rf.write_csv(tmp_path / "f.csv", ["NIP", "Nama"], [[rf.GURU, "Budi"]], delimiter=";")
    apply_import(read_file(path))
    employee = Employee.get(Employee.nip == rf.GURU)
    assert employee.grade == ""
    expected = ["Golongan", "Jabatan", "Appraiser (pejabat penilai)"]
    assert completeness.missing_fields(employee) == expected
    assert completeness.missing_fields(employee.id) == expected
    assert completeness.missing_fields(svc.get_employee(employee.id)) == expected
    [row] = list_employees()
    assert list(row.missing) == expected == completeness.missing_fields(row)
    assert Employee.select().where(completeness.incomplete_condition()).count() == 1
    with pytest.raises(completeness.IncompleteRecordError) as info:
        completeness.require_complete(employee.id)
    assert "Golongan, Jabatan, Appraiser (pejabat penilai)" in str(info.value) and "Budi" in str(
        info.value
    )
    assert [e.msgid for e in info.value.params["fields"]] == expected
    with pytest.raises(FieldErrors) as form:  # the form still needs a golongan to save
        svc.save_employee(svc.get_employee(employee.id), employee.id)
    assert "grade" in form.value.errors


def test_a_complete_record_passes_the_guard(unit_ids):
    head = svc.save_employee(
        svc.EmployeeInput(rf.KADIS, "Kepala", "IV/c", unit_ids["DINKES"],
                          position_name="Kepala Dinas", position_type="JPT")
    )  # fmt: skip
    staff = svc.save_employee(
        svc.EmployeeInput(rf.GURU, "Budi", "III/b", unit_ids["SEKYAN"], position_name="Analis",
                          position_type="PELAKSANA", appraiser_id=head)
    )  # fmt: skip
    completeness.require_complete(staff)
    assert completeness.missing_fields(staff) == []
    assert completeness.missing_fields(head) == ["Appraiser (pejabat penilai)"]
    rows = {r.id: r for r in list_employees()}
    assert completeness.missing_fields(rows[staff]) == [] and rows[staff].missing == ()


def test_pns_id_is_validated_kept_unique_and_round_trips(unit_ids, tmp_path):
    data = svc.EmployeeInput(rf.GURU, "Budi", "III/b", unit_ids["DINKES"], pns_id=" 'A5EB-03E2 ")
    emp_id = svc.save_employee(data)
    assert svc.get_employee(emp_id).pns_id == "A5EB-03E2"
    with pytest.raises(FieldErrors) as info:
        svc.save_employee(
            svc.EmployeeInput(rf.GURU_F, "Siti", "III/a", unit_ids["DINKES"], pns_id="A5EB-03E2")
        )
    assert "already registered for Budi" in str(info.value.errors["pns_id"])
    with pytest.raises(FieldErrors) as info:
        svc.save_employee(
            svc.EmployeeInput(rf.GURU_F, "Siti", "III/a", unit_ids["DINKES"], pns_id="a b;c")
        )
    assert "not a PNS ID" in str(info.value.errors["pns_id"])
    out = tmp_path / "export.xlsx"
    employee_export.export_employees(out, [emp_id])
    Employee.update(pns_id="").execute()
    preview = read_file(out)
    assert preview.rows[0].action == Action.UPDATE and "PNS ID" in preview.rows[0].changes
    apply_import(preview)
    assert Employee.get_by_id(emp_id).pns_id == "A5EB-03E2"


def test_an_empty_golongan_cell_keeps_the_stored_golongan(unit_ids, tmp_path):
    svc.save_employee(svc.EmployeeInput(rf.GURU, "Budi", "III/b", unit_ids["DINKES"]))
    path = rf.write_csv(
        tmp_path / "f.csv", ["NIP", "Nama", "Golongan"], [[rf.GURU, "Budi", ""]], delimiter=";"
    )
    preview = read_file(path)
    assert preview.rows[0].action == Action.UNCHANGED
    units.save_unit(units.UnitInput("X", "X", "LAINNYA"))
    assert Employee.get(Employee.nip == rf.GURU).grade == "III/b"


def test_a_kepala_sekolah_imports_as_the_jf_guru(unit_ids, tmp_path):
    path = rf.write_csv(
        tmp_path / "sekolah.csv",
        ["NIP", "Nama", "Jabatan"],
        [[rf.GURU, "Budi", "Kepala Sekolah Ahli Madya"], [rf.GURU_F, "Siti", "Kepala Sekolah"]],
        delimiter=";",
    )
    preview = read_file(path)
    rows = rows_by_number(preview)
    assert "tugas tambahan" in texts(rows[2].warnings)
    assert "Guru Ahli Madya" in texts(rows[2].warnings)
    assert "Pelaksana" not in texts(rows[2].warnings)
    assert "tugas tambahan" in texts(rows[3].warnings)
    assert "without its level" in texts(rows[3].warnings)
    assert rows[3].action == Action.NEW and completeness.JF_LEVEL in rows[3].missing
    apply_import(preview)
    head = Employee.get(Employee.nip == rf.GURU)
    assert (head.position.name, head.position.position_type, head.position.jf_level) == (
        "Guru Ahli Madya",
        "FUNGSIONAL",
        "AHLI_MADYA",
    )


def test_a_unit_named_shorter_than_in_the_register_is_found_with_a_warning(unit_ids, tmp_path):
    for name in ("UPT Puskesmas Kota", "UPT Puskesmas Desa"):
        units.save_unit(units.UnitInput(name[-4:].upper(), name, "PUSKESMAS", unit_ids["DINKES"]))
    path = rf.write_csv(
        tmp_path / "f.csv",
        ["NIP", "Nama", "Unit Kerja"],
        [[rf.GURU, "Budi", "Subbag Umum"], [rf.GURU_F, "Siti", "UPT Puskesmas"]],
        delimiter=";",
    )
    preview = read_file(path, create_units=True)
    rows = rows_by_number(preview)
    assert "taken as the register's unit 'Subbagian Umum dan Kepegawaian'" in texts(
        rows[2].warnings
    )
    assert [u.name for u in preview.units_not_found] == ["UPT Puskesmas"]  # two would fit
    apply_import(preview)
    assert Employee.get(Employee.nip == rf.GURU).unit_id == unit_ids["SUBUM"]
