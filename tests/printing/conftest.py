"""A small office with approved SKPs and final evaluations to print: a JPT head, a kepala
bidang, a PNS and a PPPK in a sub-unit, one employee without an evaluation, one draft SKP,
the organisation predikat set, and a keberatan decided on one annual evaluation; with `idps`,
an agreed IDP (done, planned, cancelled and outside activities) and a required draft one."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zlib
from pathlib import Path

import pypdf
import pytest

from desktop_app.scoring import Rating
from desktop_app.scoring.idp import GapInput
from desktop_app.services import periods, settings
from desktop_app.services.development import idp as development
from desktop_app.services.development import records as development_records
from desktop_app.services.development.idp import ActivityInput
from desktop_app.services.development.records import CompletionInput
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.skp import plans
from desktop_app.services.skp.plans import IndicatorInput, PlanInput, ResultInput
from tests.builders import approved_skp

YEAR = 2026
ANNUAL, Q1 = str(YEAR), f"{YEAR}-Q1"
A, S, B = Rating.DI_ATAS.value, Rating.SESUAI.value, Rating.DI_BAWAH.value
NIP_KADIS, NIP_KABID = "197001012000031001", "197102022000032002"
NIP_BUDI, NIP_SITI, NIP_ANI = "198609262015051001", "199001152024212002", "199105052019032003"


def _plan(employee_id: int, *, jpt: bool = False, approach: str = "KUANTITATIF") -> int:
    target = (
        ("", "", "Laporan lengkap & tepat waktu")
        if approach == "KUALITATIF"
        else ("120", "usulan", "")
    )
    return approved_skp(
        employee_id,
        YEAR,
        plan=PlanInput(
            approach,
            [
                ResultInput(
                    "Layanan kepegawaian <tepat> & cepat",
                    True,
                    [
                        IndicatorInput("KUANTITAS", "Jumlah usulan diproses", *target),
                        IndicatorInput("WAKTU", "Lama proses", "3", "hari", target[2]),
                    ],
                    perspective="PROSES_BISNIS" if jpt else None,
                    parent_text="" if jpt else "Terselenggaranya layanan prima",
                ),
                ResultInput(
                    "Arsip digital tertata",
                    False,
                    [IndicatorInput("KUALITAS", "Arsip terindeks", "100", "%", target[2])],
                    perspective="PENGUATAN_INTERNAL" if jpt else None,
                    parent_text="" if jpt else "Tertib administrasi",
                ),
            ],
            {1: "Menjawab surat dalam 2 hari", 3: "Ikut pelatihan 20 JP"},
            "Aplikasi SIASN\nRuang arsip",
            "Laporan triwulan",
            "TPP sesuai capaian",
        ),
    )


def _evaluate(employee_id: int, key: str, hasil: str, perilaku: str) -> int:
    evaluation_id = evaluations.open_evaluation(employee_id, key)
    data = evaluations.get_evaluation(evaluation_id).data
    for n, item in enumerate(data.realisations):
        item.realisasi = f"{100 + n} usulan"
        item.bukti_dukung = "https://drive.example/laporan"
        item.feedback = "Pertahankan"
    data.behaviours[0].feedback = "Ramah dan cekatan"
    data.rating_hasil, data.rating_perilaku = hasil, perilaku
    data.notes = "Layak mengikuti pelatihan kepemimpinan."
    evaluations.save_evaluation(evaluation_id, data)
    evaluations.finalize(evaluation_id)
    return evaluation_id


@pytest.fixture
def printable(office):
    """Ids of the people, plans and evaluations; nobody signed in (the trusted local system)."""
    top = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    sub = unit_service.save_unit(
        unit_service.UnitInput("SEKRET", "Sekretariat", "SEKRETARIAT", parent_id=top)
    )
    kadis = employees.save_employee(
        EmployeeInput(
            NIP_KADIS, "Kadis Sehat", "IV/c", top, front_title="dr.", back_title="M.Kes.",
            position_name="Kepala Dinas Kesehatan", position_type="JPT", echelon="22",
        )
    )  # fmt: skip
    kabid = employees.save_employee(
        EmployeeInput(
            NIP_KABID, "Kabid Pelayanan", "IV/a", top, supervisor_id=kadis, appraiser_id=kadis,
            position_name="Sekretaris", position_type="ADMINISTRATOR", echelon="32",
        )
    )  # fmt: skip
    budi = employees.save_employee(
        EmployeeInput(
            NIP_BUDI, "Budi Santoso", "III/b", sub, supervisor_id=kabid, appraiser_id=kabid,
            position_name="Analis Kepegawaian", position_type="PELAKSANA",
        )
    )  # fmt: skip
    siti = employees.save_employee(
        EmployeeInput(
            NIP_SITI, "Siti Aminah", "IX", sub, supervisor_id=kabid, appraiser_id=kabid,
            position_name="Pengelola Arsip", position_type="PELAKSANA",
        )
    )  # fmt: skip
    ani = employees.save_employee(
        EmployeeInput(NIP_ANI, "Ani Lestari", "III/a", sub, supervisor_id=kabid, appraiser_id=kabid)
    )
    periods.open_period(YEAR)
    ids = {"top": top, "sub": sub, "kadis": kadis, "kabid": kabid, "budi": budi, "siti": siti}
    ids["plan_kadis"] = _plan(kadis, jpt=True)
    ids["plan_kabid"] = _plan(kabid)
    ids["plan_budi"] = _plan(budi)
    ids["plan_siti"] = _plan(siti, approach="KUALITATIF")
    ids["plan_ani"] = plans.create_plan(ani, YEAR)  # a draft: no evaluation possible
    for unit in (top, sub):
        evaluations.set_org_result(unit, ANNUAL, "BAIK")
    ids["eval_budi"] = _evaluate(budi, ANNUAL, A, A)
    ids["eval_siti"] = _evaluate(siti, ANNUAL, S, S)
    ids["eval_kabid"] = _evaluate(kabid, ANNUAL, S, B)
    ids["eval_budi_q1"] = _evaluate(budi, Q1, S, S)
    evaluations.file_objection(ids["eval_budi"], "Realisasi triwulan IV belum dihitung.")
    evaluations.explain_objection(ids["eval_budi"], "Realisasi sudah termasuk triwulan IV.")
    evaluations.decide_objection(ids["eval_budi"], "Keberatan ditolak; predikat tetap.")
    settings.put("report_place", "Sukamaju")
    return ids


@pytest.fixture
def idps(printable):
    """Budi's IDP agreed (Bimtek 24 JP done, Coaching 6 JP planned, a workshop cancelled, a
    seminar of 2,5 JP outside the IDP: 26,5 JP done, 30 planned) and Kabid's required draft
    (Kurang/Misconduct in the annual evaluation, nothing done)."""
    ids = dict(printable)
    budi = development.create_plan(printable["budi"], YEAR)
    data = development.get_plan(budi).data
    data.goals = "Mahir mengelola layanan kepegawaian digital"
    data.gaps.append(
        GapInput(
            "Pengelolaan SIASN",
            "Belum memakai modul usulan <layanan> & arsip",
            "Mahir memakai modul SIASN",
            "Usulan diproses lewat SIASN tanpa pengembalian",
        )
    )
    data.activities += [
        ActivityInput(8, "Bimtek SIASN & Arsip Digital", "BKN Regional", dt.date(YEAR, 3, 2),
                      dt.date(YEAR, 3, 4), "24", 3_500_000, gap_index=0),
        ActivityInput(14, "Coaching kinerja oleh atasan langsung", "Sekretariat",
                      dt.date(YEAR, 9, 28), dt.date(YEAR, 10, 30), "6", 0, gap_index=0),
        ActivityInput(4, "Workshop Arsip Dinamis", "ANRI", dt.date(YEAR, 5, 12),
                      dt.date(YEAR, 5, 13), "16", 1_250_000),
    ]  # fmt: skip
    development.save_plan(budi, data)
    development.submit(budi)
    development.agree(budi)
    bimtek, _coaching, workshop = development.get_plan(budi).data.activities
    development_records.complete_activity(
        bimtek.id,
        CompletionInput(8, bimtek.title, bimtek.provider, dt.date(YEAR, 3, 2),
                        dt.date(YEAR, 3, 4), "24", certificate_no="12/BKN/III/2026",
                        cost=3_400_000),
    )  # fmt: skip
    development_records.cancel_activity(workshop.id)
    development_records.record_activity(
        printable["budi"],
        YEAR,
        CompletionInput(9, "Seminar Pelayanan Publik", "Ombudsman RI", dt.date(YEAR, 6, 10),
                        dt.date(YEAR, 6, 10), "2,5", certificate_no="7/SEM/2026"),
    )  # fmt: skip
    kabid = development.create_plan(printable["kabid"], YEAR)  # required: Kurang/Misconduct
    ids.update(idp_budi=budi, idp_kabid=kabid)
    return ids


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the PDFs (tmp_path holds the database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# --- reading PDFs back -------------------------------------------------------------------------


def read(path: Path) -> tuple[pypdf.PdfReader, list[str]]:
    """The reader and each page's text with runs of white space made one space (cells wrap
    their text over lines)."""
    reader = pypdf.PdfReader(str(path))
    return reader, [" ".join(page.extract_text().split()) for page in reader.pages]


def fonts_of(reader: pypdf.PdfReader) -> dict[str, bool]:
    """Every font the pages use -> whether its TrueType program is embedded (/FontFile2)."""
    found: dict[str, bool] = {}

    def visit(resources) -> None:  # type: ignore[no-untyped-def]
        if resources is None:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font["/BaseFont"])] = embedded
        for ref in (resources.get("/XObject") or {}).values():
            visit(ref.get_object().get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return found


def assert_valid(path: Path) -> None:
    """Fonts embedded (DejaVu only) and, when qpdf is installed, `qpdf --check` clean."""
    reader, _ = read(path)
    fonts = fonts_of(reader)
    assert fonts and all(fonts.values()), fonts
    assert all("DejaVuSans" in name for name in fonts), fonts
    qpdf_check(path)


def qpdf_check(path: Path) -> None:
    """`qpdf --check` clean, when qpdf is installed."""
    if shutil.which("qpdf"):
        done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def tiny_png(path: Path) -> Path:
    """A 2x2 red PNG written by hand (no imaging library needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    header = (2).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path
