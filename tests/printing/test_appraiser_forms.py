"""Forms with an appraiser outside the office and a Plt (docs/appraisers.md), printed through
the CLI and read back with pypdf: the Kepala Dinas's SKP shows the Sekda in full in the
Pejabat Penilai block and signs with his name and NIP; the Dokumen Evaluasi names the Bupati
(no NIP line) as atasan; a staff member appraised by the Plt prints "Plt." before the jabatan;
a later edit of the Sekda does not change the approved SKP's print."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.services import settings
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import acting, employees, officials
from desktop_app.services.register.acting import AssignmentInput
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.register.officials import OfficialInput
from tests.printing.conftest import (
    ANNUAL,
    NIP_BUDI,
    NIP_KABID,
    NIP_KADIS,
    A,
    S,
    _evaluate,
    _plan,
    assert_valid,
    read,
)

ROOT = Path(__file__).resolve().parents[2]
NIP_SEKDA = "196805121994031004"
NIP_PLT = "197203032000031003"


@pytest.fixture
def outside(printable):
    """The printable office with the Kepala Dinas re-planned under the Sekda (the Bupati
    above him) and a Plt over the Kabid's post running today; Budi's SKP re-approved and his
    Q2 evaluated under the Plt."""
    from desktop_app.models import Employee, PerformancePlan

    ids = dict(printable)
    bupati = officials.save_official(
        OfficialInput(
            "H. Bupati Sejahtera", "NON_ASN", "Bupati Sukamaju", "Pemerintah Kab. Sukamaju"
        )
    )
    sekda = officials.save_official(
        OfficialInput(
            "Ahmad Sekda",
            "PNS",
            "Sekretaris Daerah",
            "Pemerintah Kab. Sukamaju",
            nip=NIP_SEKDA,
            grade="IV/d",
            front_title="Dr.",
            back_title="M.Si.",
            superior_id=bupati,
        )
    )
    officials.set_external_appraiser(printable["kadis"], sekda)
    top = printable["top"]
    plt = employees.save_employee(
        EmployeeInput(
            NIP_PLT, "Rina Plt", "IV/a", top, supervisor_id=printable["kadis"],
            appraiser_id=printable["kadis"], position_name="Kepala Bidang Yankes",
            position_type="ADMINISTRATOR", echelon="32",
        )
    )  # fmt: skip
    post = Employee.get_by_id(printable["kabid"]).position_id
    today = dt.date.today()
    acting.save_assignment(
        AssignmentInput(
            post, "PLT", today - dt.timedelta(days=5), "821/45/SK/2026", employee_id=plt
        )
    )
    # the plans of the fixture were approved before: approve them again under the new chain
    for key in ("plan_kadis", "plan_budi"):
        PerformancePlan.get_by_id(ids[key]).delete_instance()
    for evaluation_id in (ids["eval_budi"], ids["eval_budi_q1"]):
        from desktop_app.models import Evaluation

        Evaluation.get_by_id(evaluation_id).delete_instance()
    ids["plan_kadis"] = _plan(printable["kadis"], jpt=True)
    ids["plan_budi"] = _plan(printable["budi"])
    ids["eval_budi"] = _evaluate(printable["budi"], ANNUAL, A, S)
    ids.update(sekda=sekda, bupati=bupati, plt=plt)
    settings.put("report_place", "Sukamaju")
    return ids


def _print(form: str, nip: str, db_path: Path, pdf: Path, capsys) -> str:
    argv = ["print", form, "--nip", nip, "--period", ANNUAL, "--out", str(pdf)]
    assert cli.run([*argv, "--db", str(db_path)]) == 0
    assert f"{form} written: {pdf}" in capsys.readouterr().out
    assert_valid(pdf)
    return " ".join(read(pdf)[1])


def test_the_heads_skp_shows_the_sekda_in_full(outside, db_path, out, capsys):
    text = _print("skp", NIP_KADIS, db_path, out / "skp.pdf", capsys)
    assert "Dr. Ahmad Sekda, M.Si." in text
    assert "19680512 199403 1 004" in text
    assert "Pembina Utama Madya (IV/d)" in text
    assert "Sekretaris Daerah" in text and "Pemerintah Kab. Sukamaju" in text
    assert "NIP. 19680512 199403 1 004" in text  # the signature, not a dotted line
    # a later edit of the Sekda does not change the approved SKP
    data = officials.get_official(outside["sekda"])
    data.name, data.grade = "Ahmad Sekda Baru", "IV/e"
    officials.save_official(data, outside["sekda"])
    again = _print("skp", NIP_KADIS, db_path, out / "skp2.pdf", capsys)
    assert "Dr. Ahmad Sekda, M.Si." in again and "Sekda Baru" not in again


def test_the_plt_prints_before_the_jabatan(outside, db_path, out, capsys):
    for form in ("skp", "evaluation", "document"):
        text = _print(form, NIP_BUDI, db_path, out / f"{form}.pdf", capsys)
        assert "Plt. Sekretaris" in text, form  # the Kabid's post is named "Sekretaris"
        assert "Rina Plt" in text and "19720303 200003 1 003" in text, form
    document = _print("document", NIP_BUDI, db_path, out / "doc.pdf", capsys)
    assert "Kadis Sehat" in document  # the atasan: the appraiser of the post holder


def test_the_dokumen_names_the_bupati_without_a_nip(outside, db_path, out, capsys):
    evaluations.set_org_result(outside["top"], ANNUAL, "BAIK")
    _evaluate(outside["kadis"], ANNUAL, S, S)
    text = _print("document", NIP_KADIS, db_path, out / "doc.pdf", capsys)
    assert "ATASAN PEJABAT PENILAI KINERJA" in text
    assert "H. Bupati Sejahtera" in text and "Bupati Sukamaju" in text
    assert "Dr. Ahmad Sekda, M.Si." in text


def test_main_py_print_skp_of_the_head(outside, db_path, out):
    """The command of the issue, as a user types it (a separate process)."""
    from desktop_app.models.database import close_database

    close_database()
    pdf = out / "head.pdf"
    done = subprocess.run(
        [sys.executable, "main.py", "print", "skp", "--nip", NIP_KADIS, "--period", ANNUAL,
         "--out", str(pdf), "--db", str(db_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = " ".join(read(pdf)[1])
    block = text[text.index("PEJABAT PENILAI KINERJA") :]
    assert "Dr. Ahmad Sekda, M.Si." in block and "Sekretaris Daerah" in block
    assert NIP_KABID not in text
