"""Defects found in the acceptance review of issue 19: a formula openpyxl wrote without its
result (`<v/>`), SIASN's M/F gender, "&" for "dan" in a unit name, and a two-row header whose
top row names the subject ("Kelahiran" over "Tempat" and "Tanggal", "Golongan" over "TMT")."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from desktop_app.services.register.employee_import_preview import Action, read_file
from desktop_app.services.register.import_layout import detect_layout
from desktop_app.services.register.import_units import unit_key
from tests.data import register_files as rf


def texts(errors) -> str:
    return " | ".join(str(e) for e in errors)


def test_a_formula_written_with_an_empty_value_element_is_a_formula_without_a_value(
    unit_ids, tmp_path
):
    sheet = (
        rf.inline_row(1, ["NIP", "Nama", "Golongan"])
        + f'<row r="2"><c r="A2" t="inlineStr"><is><t>{rf.GURU}</t></is></c>'
        '<c r="B2" t="inlineStr"><is><t>Budi</t></is></c>'
        '<c r="C2"><f>CONCATENATE("III","/b")</f><v /></c></row>'
    )
    row = read_file(rf.raw_xlsx(tmp_path / "f.xlsx", sheet)).rows[0]
    assert row.action == Action.INVALID
    assert "open the file in Excel, save it" in texts(row.problems)


def test_siasn_m_and_f_genders_are_checked_against_the_nip(unit_ids, tmp_path):
    path = rf.write_csv(
        tmp_path / "f.csv",
        ["NIP BARU", "NAMA", "JENIS KELAMIN"],
        [[rf.GURU, "Budi", "F"], [rf.GURU_F, "Sari", "F"]],
    )
    rows = {r.row: r for r in read_file(path).rows}
    assert "gender P differs from the one in the NIP (L)" in texts(rows[2].warnings)
    assert "gender" not in texts(rows[3].warnings)


def test_an_ampersand_in_a_unit_name_is_dan():
    assert unit_key("Subbagian Keuangan & Aset") == unit_key("Subbagian Keuangan dan Aset")
    assert unit_key("Subbag. Umum&Kepegawaian") == unit_key("Subbagian Umum dan Kepegawaian")


def test_a_two_row_header_whose_top_row_names_the_subject(unit_ids, tmp_path):
    serial = (dt.date(1986, 9, 26) - dt.date(1899, 12, 30)).days
    book = Workbook()
    sheet = book.active
    sheet.append(["DAFTAR PEGAWAI"])
    sheet.append(["Nama", "NIP", "Golongan", None, "Kelahiran", None, "Jabatan", None])
    sheet.append([None, None, "Gol.", "TMT", "Tempat", "Tanggal", "Nama", "TMT"])
    sheet.append(["Budi", rf.GURU, "III/b", "01/04/2020", "Kudus", serial, "Guru Ahli Muda",
                  "01/05/2021"])  # fmt: skip
    for cells in ("C2:D2", "E2:F2", "G2:H2"):
        sheet.merge_cells(cells)
    book.save(tmp_path / "f.xlsx")
    layout = detect_layout(tmp_path / "f.xlsx")
    fields = {c.letter: c.field for c in layout.columns}
    assert fields == {
        "A": "name",
        "B": "nip",
        "C": "grade",
        "D": "grade_since",
        "E": "birth_place",
        "F": "birth_date",
        "G": "position_name",
        "H": "position_since",
    }


def test_a_telephone_stored_in_an_older_form_is_unchanged_on_re_import(unit_ids, tmp_path):
    from desktop_app.models import Employee
    from desktop_app.services.register.employee_import_apply import apply_import

    path = rf.write_csv(
        tmp_path / "f.csv", ["NIP", "Nama", "No HP"], [[rf.GURU, "Budi", "0812-3456-7890"]]
    )
    apply_import(read_file(path))
    assert Employee.get(Employee.nip == rf.GURU).phone == "+62 812-3456-7890"
    # a record typed before the form stored one form (the demo's "0812-3456-7890")
    Employee.update(phone="0812-3456-7890").where(Employee.nip == rf.GURU).execute()
    again = rf.write_csv(
        tmp_path / "g.csv", ["NIP", "Nama", "No HP"], [[rf.GURU, "Budi", "0812-3456-7890"]]
    )
    assert [r.action for r in read_file(again).rows] == [Action.UNCHANGED]
    other = rf.write_csv(
        tmp_path / "h.csv", ["NIP", "Nama", "No HP"], [[rf.GURU, "Budi", "0813-1111-2222"]]
    )
    assert [r.action for r in read_file(other).rows] == [Action.UPDATE]


def test_an_ambiguous_date_is_shown_as_the_clerk_reads_dates(unit_ids, tmp_path):
    path = rf.write_csv(
        tmp_path / "f.csv", ["NIP", "Nama", "TMT Gol"], [[rf.GURU, "Budi", "12/01/2012"]]
    )
    (row,) = read_file(path).rows
    warning = texts(row.warnings)
    assert "as 12 Januari 2012; it could also be 1 Desember 2012" in warning
