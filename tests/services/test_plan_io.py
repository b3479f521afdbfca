"""The SKP progress list in Excel: rows, status words, NIP as text, the summary per unit,
an atomic write, and who may export."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from openpyxl import load_workbook

from desktop_app.demo import generator as demo
from desktop_app.errors import InputError
from desktop_app.models import Employee
from desktop_app.services import auth, session
from desktop_app.services.session import AccessDenied
from desktop_app.services.skp import plans
from desktop_app.services.skp import progress_export as plan_io

YEAR = dt.date.today().year
PASSWORD = "Rahasia-Kantor-2026"


@pytest.fixture
def office_rows(db_path, demo_templates) -> list[plans.ProgressRow]:
    demo_templates.open_copy(db_path, 150, seed=4)
    return plans.progress(YEAR)


def _read(path):
    book = load_workbook(path)
    return book, list(book[plan_io.SHEET].iter_rows(values_only=True))


def test_rows_status_words_and_nip_as_text(office_rows, tmp_path):
    path = tmp_path / "progres.xlsx"
    calls = []
    count = plan_io.export_progress(path, office_rows, YEAR, lambda d, t: calls.append((d, t)))
    assert count == len(office_rows)
    # one row per SKP: the demo's transferred employee has two (docs/multiple_skp.md)
    people = {r.employee_id for r in office_rows}
    assert len(people) == 150 - Employee.select().where(~Employee.active).count()
    assert len(office_rows) == len(people) + 1
    assert calls[-1] == (count, count)
    assert not (tmp_path / "progres.xlsx.part").exists()
    book, values = _read(path)
    assert book.sheetnames == ["Progres SKP", "Ringkasan"]
    assert values[0] == (
        "No", "NIP", "Nama", "Unit Kerja", "Pejabat Penilai", "Status SKP", "Jumlah RHK",
        "Bulan",  # the SKP's months (issue 20: several SKPs in a year)
        "Terlambat", "Dikecualikan",  # issue 20: late, exempt with why
    )  # fmt: skip
    assert len(values) == count + 1
    words = {
        plans.NO_PLAN: "Belum ada",
        plans.DRAFT: "Draf",
        plans.SUBMITTED: "Diajukan",
        plans.APPROVED: "Disetujui",
        plans.RETURNED: "Dikembalikan",
    }
    months = {
        (1, 12): "Januari – Desember",
        (1, 7): "Januari – Juli",
        (8, 12): "Agustus – Desember",
    }
    for n, (row, line) in enumerate(zip(office_rows, values[1:], strict=True), 1):
        nip = row.nip
        assert line == (
            n,
            f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}",
            row.name,
            row.unit_name,
            row.appraiser_name or None,
            words[row.status],
            row.results,
            None if row.plan_id is None else months[(row.month_start, row.month_end)],
            "Ya" if row.late else None,
            row.exemption.reason if row.exemption else None,
        )
    assert {line[5] for line in values[1:]} == set(words.values())  # every state is in the demo
    assert all(line[6] == 0 for line in values[1:] if line[5] == "Belum ada")
    assert all(line[6] > 0 for line in values[1:] if line[5] == "Disetujui")
    moved = [line[7] for line in values[1:] if line[7] not in (None, "Januari – Desember")]
    assert moved == ["Januari – Juli", "Agustus – Desember"]  # the demo's transfer
    assert all(line[7] is None for line in values[1:] if line[5] == "Belum ada")
    cell = book[plan_io.SHEET]["B2"]
    assert cell.data_type == "s" and cell.number_format == "@"


def test_summary_counts_per_unit_and_total(office_rows, tmp_path):
    path = tmp_path / "progres.xlsx"
    plan_io.export_progress(path, office_rows, YEAR)
    book, _ = _read(path)
    lines = list(book[plan_io.SUMMARY_SHEET].iter_rows(values_only=True))
    assert str(YEAR) in lines[0][0]
    header = lines[2]
    assert header == (
        "Unit Kerja", "Belum ada", "Draf", "Diajukan", "Disetujui", "Dikembalikan", "Jumlah",
        "Terlambat", "Dikecualikan",
    )  # fmt: skip
    body, total = lines[3:-1], lines[-1]
    order = (plans.NO_PLAN, plans.DRAFT, plans.SUBMITTED, plans.APPROVED, plans.RETURNED)
    expected: dict[str, Counter] = {}
    flags: dict[str, list[int]] = {}
    for row in office_rows:
        counted = expected.setdefault(row.unit_name, Counter())
        flags.setdefault(row.unit_name, [0, 0])[0] += row.late
        if row.exemption is None:  # the exempt are not counted (issue 20)
            counted[row.status] += 1
        else:
            flags[row.unit_name][1] += 1
    assert [line[0] for line in body] == list(expected)  # units in the order of the list
    for line in body:
        counts = expected[line[0]]
        assert list(line[1:6]) == [counts[s] for s in order]
        assert line[6] == sum(counts.values())
        assert list(line[7:]) == flags[line[0]]
    everyone = Counter(row.status for row in office_rows if row.exemption is None)
    late = sum(row.late for row in office_rows)
    exempt = sum(row.exemption is not None for row in office_rows)
    assert total == (
        "Jumlah", *(everyone[s] for s in order), len(office_rows) - exempt, late, exempt
    )  # fmt: skip


def test_a_supervisor_exports_the_list_of_the_people_they_appraise(office_rows, tmp_path):
    account = next(a for a in demo.DEMO_ACCOUNTS if a.role == "supervisor")
    session.sign_in_as(auth.authenticate(account.username, account.password))
    own = plans.progress(YEAR)
    assert 1 < len(own) < len(office_rows)
    path = tmp_path / "bidang.xlsx"
    assert plan_io.export_progress(path, own, YEAR) == len(own)
    _, values = _read(path)
    assert [line[2] for line in values[1:]] == [row.name for row in own]

    # a supervisor session without its employee (cannot be made through auth) reads nothing
    session.sign_in_as(session.Session(99, "penilai", session.Role.SUPERVISOR, None))
    with pytest.raises(AccessDenied):
        plan_io.export_progress(tmp_path / "x.xlsx", own, YEAR)
    assert not (tmp_path / "x.xlsx").exists()

    session.sign_in_as(None)
    auth.create_user("pemantau", PASSWORD, "viewer")
    session.sign_in_as(auth.authenticate("pemantau", PASSWORD))
    assert plan_io.export_progress(tmp_path / "semua.xlsx", office_rows, YEAR) == len(office_rows)


def test_wrong_suffix_and_unwritable_place_leave_nothing(office_rows, tmp_path):
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    with pytest.raises(InputError) as info:
        plan_io.export_progress(tmp_path / "progres.csv", office_rows, YEAR)
    assert info.value.context == "plan_io" and "progres.csv" in str(info.value)
    missing = tmp_path / "no" / "such" / "folder" / "progres.xlsx"
    with pytest.raises(InputError):
        plan_io.export_progress(missing, office_rows, YEAR)
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_export_keeps_the_old_file(office_rows, tmp_path):
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    path = tmp_path / "progres.xlsx"
    path.write_bytes(b"old")

    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        plan_io.export_progress(path, office_rows * 5, YEAR, cancel)
    assert path.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [path]


def test_an_empty_list_still_makes_a_valid_file(db_path, tmp_path):
    path = tmp_path / "kosong.xlsx"
    assert plan_io.export_progress(path, [], YEAR) == 0
    book, values = _read(path)
    assert values == [tuple(plan_io.HEADERS)]
    lines = list(book[plan_io.SUMMARY_SHEET].iter_rows(values_only=True))
    assert lines[-1] == ("Jumlah", 0, 0, 0, 0, 0, 0, 0, 0)
    assert values[0][7] == "Bulan"  # and none late, none exempt
