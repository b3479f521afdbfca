"""Excel/CSV import and export of the register: the preview names every bad row and why, the
valid rows go in one transaction (never half), re-imports match by NIP, exports round-trip."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.errors import InputError
from desktop_app.models import Employee, Position
from desktop_app.models.base import db
from desktop_app.services.register import employee_export, employee_file_reader, units
from desktop_app.services.register import employees as svc
from desktop_app.services.register.employee_cells import parse_date
from desktop_app.services.register.employee_columns import COLUMNS, IMPORT_COLUMNS
from desktop_app.services.register.employee_import_apply import (
    ChangedSincePreviewError,
    ImportResult,
    apply_import,
)
from desktop_app.services.register.employee_import_preview import (
    Action,
    ImportPreview,
    PreviewRow,
    read_file,
)
from desktop_app.services.register.employee_queries import find_by_nip, list_employees

HEAD = "197001012000031001"
PNS_M = "198609262015051001"
PNS_F = "199001152015032002"
PPPK = "200012312024211001"
OTHER_A = "198705052010011003"
OTHER_B = "198806062012121002"
LATE = "198901012014031001"
BAD_BIRTH = "198613262015051001"
NAMELESS = "199203032019022001"

FIELDS = [c.field for c in IMPORT_COLUMNS]
HEADERS = [c.header for c in IMPORT_COLUMNS]


@pytest.fixture
def unit_ids(office):
    top = units.save_unit(units.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    seksi = units.save_unit(units.UnitInput("SEKSI1", "Seksi Pelayanan", "SEKSI", parent_id=top))
    return {"DINKES": top, "SEKSI1": seksi}


def row(nip, name="Budi Santoso", grade="III/b", unit="DINKES", **values):
    values.update(nip=nip, name=name, grade=grade, unit=unit)
    return [values.get(f) for f in FIELDS]


def write_xlsx(path: Path, rows, header=HEADERS) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Pegawai"
    sheet.append(header)
    for values in rows:
        sheet.append(values)
    book.save(path)
    return path


def write_csv(path: Path, rows, header=HEADERS, delimiter=";") -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(header)
        for values in rows:
            writer.writerow(["" if v is None else v for v in values])
    return path


def by_row(preview: ImportPreview) -> dict[int, PreviewRow]:
    return {r.row: r for r in preview.rows}


def problems(preview_row: PreviewRow) -> str:
    return " | ".join(str(p) for p in preview_row.problems)


def counter() -> int:
    return db.execute_sql("SELECT value FROM change_counter WHERE id = 1").fetchone()[0]


def snapshot() -> tuple:
    employees = sorted(tuple(sorted(e.items())) for e in Employee.select().dicts())
    return employees, Position.select().count(), counter()


def bad_rows_file(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "pegawai.xlsx",
        [
            row(HEAD, "Kepala Dinas", "IV/b", position_name="Kepala Dinas",
                position_type="JPT", echelon="II.a"),  # 2 valid
            row(PNS_M, supervisor=HEAD, appraiser=HEAD),  # 3 valid, superior is row 2
            row(BAD_BIRTH),  # 4 NIP with a wrong birth date
            row(LATE, unit="NOPE"),  # 5 unknown unit code
            row(PNS_F, "Siti"),  # 6 duplicate NIP
            row(PNS_F, "Siti Aminah"),  # 7 duplicate NIP
            row(PPPK, "Ani", "III/b"),  # 8 PNS golongan for a PPPK
            row(NAMELESS, ""),  # 9 no name
            row(OTHER_A, supervisor=OTHER_B),  # 10 circle with row 11
            row(OTHER_B, supervisor=OTHER_A),  # 11
            row("197505052000031002", supervisor=BAD_BIRTH),  # 12 superior is the bad row 4
            row("197606062001031003", supervisor="197606062001031003"),  # 13 own superior
        ],
    )  # fmt: skip


def test_preview_names_every_bad_row_and_why(unit_ids, tmp_path):
    preview = read_file(bad_rows_file(tmp_path))
    rows = by_row(preview)
    assert [rows[n].action for n in (2, 3)] == [Action.NEW, Action.NEW]
    assert all(rows[n].action == Action.INVALID for n in range(4, 14))
    assert "NIP / NI PPPK" in problems(rows[4]) and "birth date" in problems(rows[4])
    assert "Kode Unit" in problems(rows[5]) and "'NOPE'" in problems(rows[5])
    for n in (6, 7):
        assert "more than once" in problems(rows[n]) and "rows 6, 7" in problems(rows[n])
    assert "Golongan" in problems(rows[8]) and "PPPK grade" in problems(rows[8])
    assert "name is empty" in problems(rows[9])
    for n in (10, 11):
        assert "NIP Atasan Langsung" in problems(rows[n]) and "circle" in problems(rows[n])
    assert "row 4" in problems(rows[12])
    assert "own superior" in problems(rows[13])
    assert (preview.count(Action.NEW), preview.count(Action.INVALID)) == (2, 10)
    assert Employee.select().count() == 0  # the preview writes nothing


def test_valid_rows_import_with_in_file_superiors(unit_ids, tmp_path):
    preview = read_file(bad_rows_file(tmp_path))
    result = apply_import(preview)
    assert result == ImportResult(created=2, updated=0, unchanged=0, skipped=10)
    head = Employee.get(Employee.nip == HEAD)
    staff = Employee.get(Employee.nip == PNS_M)
    assert (staff.supervisor_id, staff.appraiser_id) == (head.id, head.id)
    assert head.position.echelon == "21"
    assert sorted(r.nip for r in list_employees()) == sorted([HEAD, PNS_M])


def test_failure_half_way_leaves_the_database_unchanged(unit_ids, tmp_path, monkeypatch):
    svc.save_employee(
        svc.EmployeeInput(nip=HEAD, name="Lama", grade="IV/a", unit_id=unit_ids["DINKES"])
    )
    path = write_xlsx(
        tmp_path / "f.xlsx",
        [row(HEAD, "Kepala Baru", "IV/b"), row(PNS_M, supervisor=HEAD), row(PNS_F, "Siti"),
         row(OTHER_A, "Andi", position_name="Analis", position_type="Fungsional",
             jf_level="Ahli Muda")],
    )  # fmt: skip
    preview = read_file(path)
    before = snapshot()
    real = svc.apply_input
    calls = []

    def failing(employee, data, info):
        calls.append(info.nip)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        real(employee, data, info)

    monkeypatch.setattr(svc, "apply_input", failing)
    with pytest.raises(RuntimeError):
        apply_import(preview)
    assert len(calls) == 3
    assert snapshot() == before


def test_reimport_updates_by_nip_and_leaves_unchanged_records_alone(unit_ids, tmp_path):
    rows = [
        row(HEAD, "Kepala Dinas", "IV/b", phone="0812 1111"),
        row(PNS_M, supervisor=HEAD, grade_since="01-04-2020"),
        row(PPPK, "Ani", "IX", kind="PPPK"),
    ]
    path = write_xlsx(tmp_path / "f.xlsx", rows)
    assert apply_import(read_file(path)).created == 3
    versions = {e.nip: e.version for e in Employee.select()}
    start = counter()

    again = read_file(path)
    assert [r.action for r in again.rows] == [Action.UNCHANGED] * 3
    assert apply_import(again) == ImportResult(0, 0, 3, 0)
    assert {e.nip: e.version for e in Employee.select()} == versions
    assert counter() == start

    rows[1] = row(PNS_M, "  Budi   Santoso ", "III/c", supervisor=HEAD, grade_since="01-04-2020")
    changed = read_file(write_xlsx(tmp_path / "g.xlsx", rows))
    assert [r.action for r in changed.rows] == [Action.UNCHANGED, Action.UPDATE, Action.UNCHANGED]
    assert changed.rows[1].changes == ("Golongan",)
    assert apply_import(changed) == ImportResult(0, 1, 2, 0)
    after = {e.nip: e.version for e in Employee.select()}
    assert after[PNS_M] > versions[PNS_M]
    assert after[HEAD] == versions[HEAD] and after[PPPK] == versions[PPPK]
    assert Employee.get(Employee.nip == PNS_M).grade == "III/c"
    assert Employee.select().count() == 3


def test_columns_left_out_keep_their_values(unit_ids, tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", [row(HEAD, phone="0812 1111", email="a@b.id")])
    apply_import(read_file(path))
    header = ["NIP", "Nama", "Golongan", "Kode Unit"]
    short = write_csv(tmp_path / "short.csv", [[HEAD, "Budi Santoso", "IV/a", "DINKES"]], header)
    preview = read_file(short)
    assert preview.rows[0].changes == ("Golongan",)
    apply_import(preview)
    e = Employee.get(Employee.nip == HEAD)
    assert (e.grade, e.phone, e.email) == ("IV/a", "0812 1111", "a@b.id")


def test_numeric_nip_that_lost_digits_is_reported(unit_ids, tmp_path):
    # Excel (and openpyxl) store an 18-digit number with 15 significant digits only.
    path = write_xlsx(
        tmp_path / "f.xlsx",
        [row(1.98609262015051e17), row(int(PNS_F), "Siti"), row(HEAD, supervisor=1.9860926e17)],
    )
    rows = by_row(read_file(path))
    assert "stored as a number by Excel and lost digits" in problems(rows[2])
    assert "1.98609262015051E+17" in problems(rows[2])
    assert "lost digits" in problems(rows[3])
    assert "NIP Atasan Langsung" in problems(rows[4]) and "lost digits" in problems(rows[4])
    assert Employee.select().count() == 0


def test_semicolon_csv_with_indonesian_dates_and_header_aliases(unit_ids, tmp_path):
    header = ["nip", "NAMA", "gol/ruang", "kode unit", "TMT Golongan", "TMT Jabatan", "Jabatan",
              "Jenis Jabatan", "Jenjang", "Catatan HR"]  # fmt: skip
    path = write_csv(
        tmp_path / "f.csv",
        [[PNS_M, "Budi", "iii/b", "seksi1", "31 Januari 2020", "01/02/2021", "Analis SDM",
          "Jabatan Fungsional", "ahli muda", "x"]],
        header,
    )  # fmt: skip
    preview = read_file(path)
    assert preview.ignored_columns == ["Catatan HR"]
    assert preview.rows[0].action == Action.NEW, problems(preview.rows[0])
    apply_import(preview)
    e = Employee.get(Employee.nip == PNS_M)
    assert (e.grade_since, e.position_since) == (dt.date(2020, 1, 31), dt.date(2021, 2, 1))
    assert (e.grade, e.unit_id, e.position.jf_level) == ("III/b", unit_ids["SEKSI1"], "AHLI_MUDA")


def test_comma_csv_in_windows_encoding(unit_ids, tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes(
        f"NIP,Nama,Golongan,Kode Unit\n{PNS_M},Budi Dänu,III/b,DINKES\n".encode("cp1252")
    )
    preview = read_file(path)
    assert preview.rows[0].name == "Budi Dänu" and preview.rows[0].action == Action.NEW


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-31", dt.date(2026, 1, 31)),
        ("31-01-2026", dt.date(2026, 1, 31)),
        ("31/01/2026", dt.date(2026, 1, 31)),
        ("31 Januari 2026", dt.date(2026, 1, 31)),
        ("17 Agustus 1945", dt.date(1945, 8, 17)),
        ("1 Des 2025", dt.date(2025, 12, 1)),
        (dt.datetime(2026, 1, 31, 0, 0), dt.date(2026, 1, 31)),
        (46053, dt.date(2026, 1, 31)),  # an Excel serial number in a cell without date format
        ("", None),
    ],
)
def test_dates_in_the_formats_hr_uses(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31-02-2026", "kemarin", "31 Bulan 2026", "2026/13/01"])
def test_a_wrong_date_says_how_to_write_it(text):
    with pytest.raises(InputError, match="31 Januari 2026"):
        parse_date(text)


def test_missing_required_columns_are_named_before_any_row(unit_ids, tmp_path):
    # Issue 19: only NIP and name are required; golongan and unit may be missing (incomplete)
    path = write_xlsx(tmp_path / "f.xlsx", [[PNS_M, "Budi"]], ["NIP", "Nama"])
    assert [r.action for r in read_file(path).rows] == [Action.NEW]
    path = write_xlsx(tmp_path / "g.xlsx", [[PNS_M, "III/b"]], ["NIP", "Golongan", "Agama"])
    with pytest.raises(InputError) as info:
        read_file(path)
    text = str(info.value)
    assert "no column Name" in text and "template" in text
    assert "sheet Pegawai, header row 1" in text and "Agama" in text and "NIP" in text


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("f.xls", b"\xd0\xcf\x11\xe0", r"\.xlsx or \.csv"),
        ("f.xlsx", b"not a zip file", "could not be read"),
        ("f.csv", b"", "empty"),
    ],
)
def test_unreadable_files_get_a_clear_message(unit_ids, tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=words):
        read_file(path)


def test_duplicate_column_is_refused(unit_ids, tmp_path):
    path = write_csv(tmp_path / "f.csv", [], ["NIP", "Nama", "Golongan", "Kode Unit", "nama"])
    with pytest.raises(InputError, match="Nama appears twice"):
        read_file(path)


def test_size_and_row_limits(unit_ids, tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "f.xlsx", [row(HEAD), row(PNS_M), row(PNS_F)])
    monkeypatch.setattr(employee_file_reader, "MAX_ROWS", 2)
    with pytest.raises(InputError, match="more than 2 rows"):
        read_file(path)
    monkeypatch.setattr(employee_file_reader, "MAX_ROWS", 100)
    monkeypatch.setattr(employee_file_reader, "MAX_BYTES", 1024)
    with pytest.raises(InputError, match="MB"):
        read_file(path)


def test_empty_rows_are_skipped_and_row_numbers_kept(unit_ids, tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", [row(HEAD), [None] * len(FIELDS), [], row(PNS_M)])
    assert [r.row for r in read_file(path).rows] == [2, 5]


def test_register_changed_after_preview_imports_nothing(unit_ids, tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", [row(HEAD, unit="SEKSI1"), row(PNS_M)])
    preview = read_file(path)
    assert preview.to_write == 2
    units.delete_unit(unit_ids["SEKSI1"])
    with pytest.raises(ChangedSincePreviewError, match="row 2"):
        apply_import(preview)
    assert Employee.select().count() == 0


def test_superior_and_appraiser_may_name_each_other_within_the_file(unit_ids, tmp_path):
    path = write_xlsx(
        tmp_path / "f.xlsx", [row(OTHER_A, supervisor=OTHER_B), row(OTHER_B, appraiser=OTHER_A)]
    )
    result = apply_import(read_file(path))
    assert result.created == 2
    a, b = Employee.get(Employee.nip == OTHER_A), Employee.get(Employee.nip == OTHER_B)
    assert (a.supervisor_id, b.appraiser_id) == (b.id, a.id)


def test_circle_through_the_register_is_found(unit_ids, tmp_path):
    head = svc.save_employee(
        svc.EmployeeInput(nip=HEAD, name="Kepala", grade="IV/a", unit_id=unit_ids["DINKES"])
    )
    svc.save_employee(
        svc.EmployeeInput(
            nip=PNS_M, name="Budi", grade="III/b", unit_id=unit_ids["DINKES"], supervisor_id=head
        )
    )
    path = write_csv(tmp_path / "f.csv", [[HEAD, "Kepala", "IV/a", "DINKES", PNS_M]],
                     ["NIP", "Nama", "Golongan", "Kode Unit", "NIP Atasan Langsung"])  # fmt: skip
    preview = read_file(path)
    assert preview.rows[0].action == Action.INVALID and "circle" in problems(preview.rows[0])


def _register(unit_ids) -> list[int]:
    head = svc.save_employee(
        svc.EmployeeInput(
            nip=HEAD,
            name="Kepala Dinas",
            grade="IV/b",
            unit_id=unit_ids["DINKES"],
            front_title="dr.",
            back_title="M.Kes.",
            birth_place="Bandung",
            grade_since=dt.date(2019, 4, 1),
            position_name="Kepala Dinas",
            position_type="JPT",
            echelon="21",
            position_since=dt.date(2021, 1, 4),
            phone="+62 812-1111-2222",  # a real number: save_employee checks it (issue 18)
            email="kadis@dinkes.go.id",
        )
    )
    staff = svc.save_employee(
        svc.EmployeeInput(
            nip=PNS_M,
            name="Budi Santoso",
            grade="III/b",
            unit_id=unit_ids["SEKSI1"],
            position_name="Analis Kepegawaian",
            position_type="FUNGSIONAL",
            jf_level="AHLI_PERTAMA",
            supervisor_id=head,
            appraiser_id=head,
            notes="kept",
        )
    )
    pppk = svc.save_employee(
        svc.EmployeeInput(
            nip=PPPK,
            name="Ani",
            grade="IX",
            unit_id=unit_ids["SEKSI1"],
            kind="PPPK",
            position_name="Pengadministrasi",
            position_type="PELAKSANA",
            supervisor_id=staff,
            active=False,
            inactive_reason="Mutasi ke Dinas Pendidikan",
        )
    )
    return [head, staff, pppk]  # fmt: skip


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_is_all_unchanged(unit_ids, tmp_path, suffix):
    ids = _register(unit_ids)
    path = tmp_path / f"pegawai{suffix}"
    assert employee_export.export_employees(path, ids) == 3
    assert not path.with_name(path.name + ".part").exists()
    preview = read_file(path)
    assert [(r.action, r.problems) for r in preview.rows] == [(Action.UNCHANGED, [])] * 3
    versions = {e.nip: e.version for e in Employee.select()}
    assert apply_import(preview) == ImportResult(0, 0, 3, 0)
    assert {e.nip: e.version for e in Employee.select()} == versions


def test_xlsx_export_keeps_the_given_order_and_nip_as_text(unit_ids, tmp_path):
    head, _, pppk = _register(unit_ids)
    path = tmp_path / "out.xlsx"
    employee_export.export_employees(path, [pppk, head])
    book = load_workbook(path)
    sheet = book["Pegawai"]
    header = [c.value for c in sheet[1]]
    assert header == [c.header for c in COLUMNS]
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    assert [sheet.cell(r, 1).value for r in (2, 3)] == [PPPK, HEAD]
    assert sheet["A2"].data_type == "s" and sheet["A2"].number_format == "@"
    col = {h: i + 1 for i, h in enumerate(header)}
    assert sheet.cell(2, col["Status"]).value == "Tidak Aktif"
    assert sheet.cell(3, col["Jenis Kelamin"]).value == "Laki-laki"
    assert sheet.cell(3, col["Eselon"]).value == "II.a"
    assert sheet.max_row == 3


def test_csv_export_uses_semicolons_and_grouped_nips(unit_ids, tmp_path):
    head, staff, _ = _register(unit_ids)
    path = tmp_path / "out.csv"
    employee_export.export_employees(path, [staff, head, 999])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0][0] == "NIP / NI PPPK"
    assert [line[0] for line in lines[1:]] == ["19860926 201505 1 001", "19700101 200003 1 001"]


def test_export_refuses_other_extensions(unit_ids, tmp_path):
    with pytest.raises(InputError, match=r"\.xlsx or \.csv"):
        employee_export.export_employees(tmp_path / "out.pdf", [])


def test_failed_export_leaves_no_file(unit_ids, tmp_path, monkeypatch):
    ids = _register(unit_ids)
    folder = tmp_path / "stick"
    folder.mkdir()

    def boom(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(employee_export, "_write_xlsx", boom)
    with pytest.raises(InputError, match="No space left"):
        employee_export.export_employees(folder / "out.xlsx", ids)
    assert list(folder.iterdir()) == []


def test_template_has_the_headers_and_instructions(unit_ids, tmp_path):
    path = tmp_path / "template.xlsx"
    employee_export.write_template(path, lambda context, text: text.upper())
    book = load_workbook(path)
    assert book.sheetnames == ["Pegawai", "Petunjuk"]
    assert [c.value for c in book["Pegawai"][1]] == HEADERS
    help_text = [v for r in book["Petunjuk"].iter_rows(values_only=True) for v in r if v]
    assert "COLUMN" in help_text  # translated through the given function
    assert {"DINKES", "Dinas Kesehatan", "SEKSI1", "III/b", "XVII", "Ahli Pertama", "II.a"} <= set(
        help_text
    )
    preview = read_file(path)
    assert preview.rows == [] and preview.ignored_columns == []


def test_inactive_status_needs_a_reason(unit_ids, tmp_path):
    path = write_xlsx(
        tmp_path / "f.xlsx", [row(HEAD, active="Tidak Aktif"), row(PNS_M, active="Cuti")]
    )
    rows = read_file(path).rows
    assert "Alasan Tidak Aktif" in problems(rows[0])
    assert "'Cuti' is not a status" in problems(rows[1])


def test_existing_employee_row_keeps_notes(unit_ids, tmp_path):
    _register(unit_ids)
    path = write_csv(
        tmp_path / "f.csv",
        [[PNS_M, "Budi S.", "III/c", "SEKSI1"]],
        ["NIP", "Nama", "Golongan", "Kode Unit"],
    )
    result = apply_import(read_file(path))
    assert result.updated == 1
    detail = svc.get_employee(find_by_nip(PNS_M))
    assert (detail.name, detail.notes, detail.supervisor_id is not None) == (
        "Budi S.",
        "kept",
        True,
    )


def test_deleted_record_comes_back_on_import(unit_ids, tmp_path):
    emp_id = svc.save_employee(
        svc.EmployeeInput(nip=HEAD, name="Lama", grade="IV/a", unit_id=unit_ids["DINKES"])
    )
    Employee.get_by_id(emp_id).delete_instance()
    result = apply_import(read_file(write_xlsx(tmp_path / "f.xlsx", [row(HEAD, "Baru")])))
    assert result.created == 1
    assert Employee.select().count() == 1 and Employee.get_by_id(emp_id).name == "Baru"


def test_title_rows_above_the_header_and_nip_prefixes_are_accepted(unit_ids, tmp_path):
    path = write_xlsx(
        tmp_path / "f.xlsx",
        [
            [],
            ["No", "NIP", "Nama", "Golongan", "Kode Unit"],
            [1, f"NIP. {PNS_M}", "Budi", "III/b", "DINKES"],
        ],
        ["DAFTAR PEGAWAI DINAS KESEHATAN"],
    )
    preview = read_file(path)
    assert [(r.row, r.action) for r in preview.rows] == [(4, Action.NEW)]
    assert preview.ignored_columns == ["No"]


def test_too_long_text_is_refused(unit_ids, tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", [row(PNS_M, "x" * 201, phone="1" * 41)])
    text = problems(read_file(path).rows[0])
    assert "Nama: The text has 201 characters; at most 200" in text and "Telepon" in text


def test_kind_column_must_agree_with_the_nip(unit_ids, tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", [row(PNS_M, kind="PPPK")])
    assert "Jenis Pegawai" in problems(read_file(path).rows[0])
