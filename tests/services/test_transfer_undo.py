"""Issue 20 gaps of the transfer: a second and a late change (split the SKP in force at the
month of the change, any SKP of the year), the undo of the last transfer (one transaction,
audited, refused with the reason), and an official outside the office as the new appraiser
(saved in the register and printed in the new SKP's Pejabat Penilai block)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from desktop_app.errors import InputError
from desktop_app.models import AuditEntry, Employee, Evaluation, PerformancePlan, PlanStatusChange
from desktop_app.scoring.skp_months import MonthRange
from desktop_app.services import periods
from desktop_app.services.register import employees, officials
from desktop_app.services.register.officials import OfficialInput
from desktop_app.services.reports import forms
from desktop_app.services.skp import plans, transfer_undo, transfers
from desktop_app.services.skp import progress as _progress
from desktop_app.services.skp.transfers import MUTASI, PROMOSI, TransferInput
from tests.services.test_transfers import _move, people  # noqa: F401 (the fixture)

YEAR = 2026
SEKDA_NIP = "196805121994031004"


def _months(employee_id: int) -> list[tuple[int, int, str]]:
    return [
        (p.month_start, p.month_end, p.status)
        for p in PerformancePlan.select()
        .where((PerformancePlan.employee == employee_id) & (PerformancePlan.deleted == False))
        .order_by(PerformancePlan.month_start)
    ]


def _register(employee_id: int) -> tuple:
    e = Employee.get_by_id(employee_id)
    return (e.unit_id, e.position.name, e.appraiser_id, e.supervisor_id, str(e.position_since))


@pytest.fixture
def sekda(people):  # noqa: F811
    return officials.save_official(
        OfficialInput("Bambang Supriyadi", "PNS", "Sekretaris Daerah", "Pemerintah Kab. Contoh",
                      nip=SEKDA_NIP, grade="IV/d", front_title="Dr.", back_title="M.Si.")
    )  # fmt: skip


def _pdf_text(tmp_path, plan_id: int) -> str:
    path = tmp_path / f"skp-{plan_id}.pdf"
    forms.build_skp(path, plan_id)
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_second_change_splits_the_skp_in_force_then(people):  # noqa: F811
    _move(people, 7)
    start = transfers.transfer_start(people["budi"], YEAR)
    assert start.close_months == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11]  # within either SKP
    assert start.skp_at(9).months.start == 8
    _move(people, 10, kind=PROMOSI, unit_id=people["dinkes"], position_name="Kepala Seksi",
          position_type="PENGAWAS", appraiser_id=people["kabid"])  # fmt: skip
    assert _months(people["budi"]) == [(1, 7, plans.APPROVED), (8, 10, plans.DRAFT),
                                       (11, 12, plans.DRAFT)]  # fmt: skip
    assert _register(people["budi"])[:3] == (people["dinkes"], "Kepala Seksi", people["kabid"])


def test_a_late_change_splits_an_earlier_skp_and_keeps_its_own_people(people, tmp_path):  # noqa: F811
    done = _move(people, 7)  # January – July approved under Kabid; August – December: Kapus
    register = _register(people["budi"])
    keep = transfers.transfer_start(people["budi"], YEAR).skp_at(4).results[0].result_id
    late = transfers.transfer(TransferInput(
        people["budi"], YEAR, 4, MUTASI, people["dinkes"], "Pengadministrasi Umum",
        "PELAKSANA", people["kapus"], [keep],
    ))  # fmt: skip
    assert late.closed_plan_id == done.closed_plan_id
    assert (late.closed.end, late.new.start, late.new.end) == (4, 5, 7)
    assert _months(people["budi"]) == [(1, 4, plans.APPROVED), (5, 7, plans.DRAFT),
                                       (8, 12, plans.DRAFT)]  # fmt: skip
    assert _register(people["budi"]) == register  # today's post is the later SKP's
    rows = [r for r in _progress.progress(YEAR) if r.employee_id == people["budi"]]
    assert [r.appraiser_name for r in rows] == ["Kabid", "Kapus", "Kapus"]
    text = _pdf_text(tmp_path, late.new_plan_id)
    assert "Pengadministrasi Umum" in text and "Kapus" in text
    plans.submit(late.new_plan_id)
    plans.approve(late.new_plan_id)
    snapshot = PerformancePlan.get_by_id(late.new_plan_id).snapshot
    assert "Pengadministrasi Umum" in snapshot and "Kapus" in snapshot
    with pytest.raises(InputError, match="no longer a draft"):  # approved: it stays
        transfer_undo.undo_last_transfer(people["budi"], YEAR)


def test_undo_of_a_late_change_leaves_the_register(people):  # noqa: F811
    _move(people, 7)
    register = _register(people["budi"])
    transfers.transfer(TransferInput(people["budi"], YEAR, 3, MUTASI, people["dinkes"], "Arsiparis",
                                     "PELAKSANA", people["kadis"]))  # fmt: skip
    start = transfer_undo.undo_start(people["budi"], YEAR)
    assert (start.new_months, start.register_back) == (MonthRange(4, 7), False)
    transfer_undo.undo_last_transfer(people["budi"], YEAR)
    assert _months(people["budi"]) == [(1, 7, plans.APPROVED), (8, 12, plans.DRAFT)]
    assert _register(people["budi"]) == register


def test_undo_gives_everything_back_in_one_audited_step(people):  # noqa: F811
    before = _register(people["budi"])
    done = _move(people, 7, copy=[transfers.transfer_start(people["budi"], YEAR).results[0]
                                  .result_id])  # fmt: skip
    assert _register(people["budi"]) != before
    audits = AuditEntry.select().count()
    start = transfer_undo.undo_start(people["budi"], YEAR)
    assert (start.new_months.start, start.restored_months.end, start.register_back) == (8, 12, True)
    transfer_undo.undo_last_transfer(people["budi"], YEAR)
    assert _months(people["budi"]) == [(1, 12, plans.APPROVED)]
    assert _register(people["budi"]) == before
    assert PerformancePlan.get_by_id(done.new_plan_id).deleted
    written = {e.entity for e in AuditEntry.select().where(AuditEntry.id > audits)}
    assert {"performance_plan", "employee", "plan_result", "plan_status_change"} <= written
    last = PlanStatusChange.select().where(PlanStatusChange.plan == done.closed_plan_id)
    assert last.order_by(PlanStatusChange.id.desc()).first().reason == (
        "Mutasi dibatalkan: SKP Agustus – Desember 2026 dihapus, SKP ini kembali "
        "Januari – Desember 2026"
    )
    with pytest.raises(InputError, match="no transfer in 2026 to undo"):
        transfer_undo.undo_start(people["budi"], YEAR)
    _move(people, 7)  # and the transfer can be made again


def test_undo_withdraws_the_transfers_stretch_of_the_register_history(people):  # noqa: F811
    from desktop_app.services.register import register_history

    before = register_history.history(people["budi"])
    _move(people, 7)
    moved = register_history.history(people["budi"])
    assert register_history.TRANSFER in [r.source for r in moved]
    transfer_undo.undo_last_transfer(people["budi"], YEAR)
    assert register_history.history(people["budi"]) == before  # no stretch from August left
    _move(people, 7)  # made again: one transfer stretch, from August
    again = register_history.history(people["budi"])
    assert [r.source for r in again].count(register_history.TRANSFER) == 1


def test_undo_the_second_change_then_the_first(people):  # noqa: F811
    _move(people, 7)
    _move(people, 10, unit_id=people["dinkes"], position_name="Arsiparis",
          appraiser_id=people["kabid"])  # fmt: skip
    transfer_undo.undo_last_transfer(people["budi"], YEAR)
    assert _months(people["budi"])[-1] == (8, 12, plans.DRAFT)
    assert _register(people["budi"])[:3] == (people["pkm"], "Pengelola Data", people["kapus"])
    transfer_undo.undo_last_transfer(people["budi"], YEAR)
    assert _months(people["budi"]) == [(1, 12, plans.APPROVED)]


@pytest.mark.parametrize("blocker", ["submitted", "evaluated", "register", "closed"])
def test_undo_is_refused_with_the_reason_and_writes_nothing(people, blocker):  # noqa: F811
    done = _move(people, 7, copy=[transfers.transfer_start(people["budi"], YEAR).results[0]
                                  .result_id])  # fmt: skip
    message = {
        "submitted": "no longer a draft",
        "evaluated": "already has the evaluation of Triwulan III",
        "register": "register record of Budi changed after the transfer",
        "closed": "closed",
    }[blocker]
    if blocker == "submitted":
        plans.submit(done.new_plan_id)
    elif blocker == "evaluated":  # a draft with an evaluation: data of an older version
        Evaluation.create(employee=people["budi"], plan=done.new_plan_id, period_key="2026-Q3",
                          period=periods.period_for(YEAR))  # fmt: skip
    elif blocker == "register":
        record = employees.get_employee(people["budi"])
        record.position_name = "Pranata Komputer"
        employees.save_employee(record, people["budi"])
    else:
        periods.set_closed(YEAR, True)
    audits = AuditEntry.select().count()
    with pytest.raises(InputError, match=message):
        transfer_undo.undo_last_transfer(people["budi"], YEAR)
    assert AuditEntry.select().count() == audits
    assert len(_months(people["budi"])) == 2


def test_an_official_outside_the_office_as_the_new_appraiser(people, sekda, tmp_path):  # noqa: F811
    done = _move(people, 7, kind=PROMOSI, unit_id=people["dinkes"],
                 position_name="Sekretaris Dinas", position_type="ADMINISTRATOR",
                 appraiser_id=None, official_id=sekda)  # fmt: skip
    budi = Employee.get_by_id(people["budi"])
    assert budi.appraiser_id is None and budi.supervisor_id is None
    assert officials.external_appraiser(people["budi"]) == sekda
    text = _pdf_text(tmp_path, done.new_plan_id)
    block = text[text.index("PEJABAT PENILAI") :]
    assert "Dr. Bambang Supriyadi, M.Si." in block
    assert "19680512 199403 1 004" in block  # the official's NIP as the forms write it
    assert "Sekretaris Daerah" in block
    old = _pdf_text(tmp_path, done.closed_plan_id)
    assert "Bambang" not in old and "Kabid" in old  # the closed SKP keeps its appraiser
    rows = [r for r in _progress.progress(YEAR) if r.employee_id == people["budi"]]
    assert [r.appraiser_name for r in rows] == ["Kabid", "Bambang Supriyadi"]
    start = transfers.transfer_start(people["budi"], YEAR)
    assert (start.appraiser_id, start.official_id) == (None, sekda)
    transfer_undo.undo_last_transfer(people["budi"], YEAR)
    assert officials.external_appraiser(people["budi"]) is None
    assert Employee.get_by_id(people["budi"]).appraiser_id == people["kabid"]


def test_from_an_outside_official_to_an_employee_the_link_goes(people, sekda):  # noqa: F811
    officials.set_external_appraiser(people["budi"], sekda)
    _move(people, 7)  # to Kapus, an employee of the office
    assert officials.external_appraiser(people["budi"]) is None
    assert Employee.get_by_id(people["budi"]).appraiser_id == people["kapus"]
    with pytest.raises(InputError, match="one new appraiser"):
        _move(people, 9, appraiser_id=people["kabid"], official_id=sekda)


def test_the_cli_prints_the_new_skp_with_the_outside_official(people, sekda, db_path, tmp_path):  # noqa: F811
    from desktop_app import cli
    from desktop_app.models.database import close_database

    _move(people, 7, appraiser_id=None, official_id=sekda)
    transfers.transfer(TransferInput(people["budi"], YEAR, 3, MUTASI, people["dinkes"], "Arsiparis",
                                     "PELAKSANA", people["kadis"]))  # fmt: skip
    close_database()
    base = ["print", "skp", "--nip", "198609262015051001", "--period", "2026", "--db", str(db_path)]
    latest, april = tmp_path / "latest.pdf", tmp_path / "april.pdf"
    assert cli.run([*base, "--out", str(latest)]) == 0
    assert cli.run([*base, "--out", str(april), "--skp-month", "4"]) == 0

    def text(path) -> str:
        return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)

    found = text(latest)
    block = found[found.index("PEJABAT PENILAI") :]
    assert "PERIODE: AGUSTUS – DESEMBER 2026" in found
    assert "Dr. Bambang Supriyadi, M.Si." in block and "19680512 199403 1 004" in block
    late = text(april)  # the late change's SKP: its own post and appraiser (Kadis)
    assert "PERIODE: APRIL – JULI 2026" in late and "Arsiparis" in late and "Kadis" in late
    assert "Bambang" not in late
