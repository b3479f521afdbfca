"""The follow-up forms read back with pypdf: the signed record of a konseling kinerja (title,
the data, both signature blocks with names and NIPs) and HR's list of PPPK contract
recommendations per unit, printed through the services and `main.py print dialogue` /
`print pppk-recommendations`, with the refusals of bad input (exit 2, nothing written)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app import cli
from desktop_app.services.development import dialogue
from desktop_app.services.development.dialogue import DialogueInput
from desktop_app.services.register import contracts
from desktop_app.services.register.contracts import ContractInput
from desktop_app.services.reports import followup
from tests import followup_office
from tests.followup_office import BUDI_NIP, PIA_NIP, YEAR, day, sign_in
from tests.printing.conftest import read


@pytest.fixture
def people(office):
    people = followup_office.build()
    dialogue.save_dialogue(
        DialogueInput(
            people.budi,
            "KONSELING",
            day(4, 10),
            "Capaian triwulan I di bawah ekspektasi",
            "Rencana perbaikan & bimbingan mingguan",
            ["dr. Ani Lestari"],
            day(5, 10),
            people.evaluations["budi_q1"],
        )
    )
    dialogue.save_dialogue(
        DialogueInput(people.budi, "DIALOG", day(2, 3), "Rencana aksi triwulan I")
    )
    for employee_id, work_time, ends in (
        (people.pia, "PART", dt.date(YEAR, 12, 31)),
        (people.roni, "FULL", dt.date(YEAR + 1, 6, 30)),
    ):
        contracts.save_contract(
            ContractInput(employee_id, dt.date(YEAR, 1, 1), ends, work_time, f"800/{employee_id}")
        )
    return people


def test_dialogue_records_by_cli(people, db_path, tmp_path, capsys):
    pdf = tmp_path / "dialog.pdf"
    argv = ["print", "dialogue", "--nip", BUDI_NIP, "--period", str(YEAR), "--out", str(pdf)]
    assert cli.run([*argv, "--db", str(db_path)]) == 0
    assert "dialogue written" in capsys.readouterr().out
    _reader, pages = read(pdf)
    assert len(pages) == 2  # the dialog of February first, then the konseling
    assert "CATATAN DIALOG KINERJA" in pages[0]
    konseling = pages[1]
    assert "CATATAN KONSELING KINERJA" in konseling
    assert "TANGGAL: 10 APRIL 2026" in konseling
    for text in (
        "Capaian triwulan I di bawah ekspektasi",
        "Rencana perbaikan & bimbingan mingguan",
        "3. dr. Ani Lestari",
        "Tanggal tindak lanjut 10 Mei 2026",
        "Menindaklanjuti Triwulan I 2026 (Kurang/Misconduct)",
        "Pegawai yang Dinilai",
        "Pejabat Penilai Kinerja",
        "NIP. 19860926 201505 1 001",  # Budi signs
        "NIP. 19710202 200003 2 002",  # Kabid signs
    ):
        assert text in konseling, text
    q2 = tmp_path / "q2.pdf"
    argv = ["print", "dialogue", "--nip", BUDI_NIP, "--period", f"{YEAR}-Q2", "--out", str(q2)]
    assert cli.run([*argv, "--db", str(db_path)]) == 0
    assert len(read(q2)[1]) == 1


def test_pppk_recommendations_by_cli(people, db_path, tmp_path, capsys):
    pdf = tmp_path / "pppk.pdf"
    argv = ["print", "pppk-recommendations", "--period", str(YEAR), "--out", str(pdf)]
    assert cli.run([*argv, "--db", str(db_path)]) == 0
    assert "pppk recommendations written" in capsys.readouterr().out
    text = " ".join(read(pdf)[1])
    assert "REKOMENDASI PERPANJANGAN PERJANJIAN KERJA PPPK" in text
    assert "TAHUN 2026" in text and "Unit kerja: Puskesmas Uji" in text
    assert "Pia" in text and "19900101 202421 2 001" in text and "Paruh waktu" in text
    assert "Triwulan I 2026: Baik; Triwulan II 2026: Baik" in text
    assert "Diperpanjang" in text and "Butuh Perbaikan" in text
    assert "31 Desember 2026" in text and "30 Juni 2027" in text
    assert "Budi" not in text  # a PNS has no contract


def test_refusals_exit_2_and_write_nothing(people, db_path, tmp_path, capsys):
    pdf = str(tmp_path / "x.pdf")
    cases = [
        (["print", "dialogue", "--nip", PIA_NIP, "--period", str(YEAR)], "has no dialogue"),
        (["print", "dialogue", "--nip", "123", "--period", str(YEAR)], "No employee"),
        (["print", "dialogue", "--nip", BUDI_NIP, "--period", "2026-Q9"], "not known"),
        (["print", "pppk-recommendations", "--period", "2026-Q1"], "must be a year"),
    ]
    for argv, reason in cases:
        assert cli.run([*argv, "--out", pdf, "--db", str(db_path)]) == 2, argv
        assert reason in capsys.readouterr().err
    missing = str(tmp_path / "no" / "x.pdf")
    argv = ["print", "pppk-recommendations", "--period", "2026", "--out", missing]
    assert cli.run([*argv, "--db", str(db_path)]) == 2
    assert not (tmp_path / "x.pdf").exists()


def test_a_supervisor_prints_own_staff_only(people, tmp_path):
    from desktop_app.services.session import AccessDenied

    record = dialogue.list_dialogues(people.budi)[0].id
    sign_in("kasi")
    with pytest.raises(AccessDenied):
        followup.build_dialogue(tmp_path / "a.pdf", [record])
    with pytest.raises(AccessDenied):
        followup.build_pppk_recommendations(tmp_path / "b.pdf", YEAR)
    sign_in("kabid")
    assert followup.build_dialogue(tmp_path / "c.pdf", [record]) == 1
