"""The SIASN uploads of the central office (issue 25 point 3): two demo offices and a central
office on real files; every field of every JSON document is checked against the SIASN
reference tables (tests/data/siasn), each document has its Dokumen Evaluasi PDF beside it,
records without a PNS ID are listed and never guessed, and the Excel summary says it all."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app import cli
from desktop_app.errors import InputError
from desktop_app.models import Employee, Position
from desktop_app.scoring import predikat
from desktop_app.scoring.ratings import Rating
from desktop_app.services.evaluation import siasn_documents as docs
from desktop_app.services.sync.central import siasn_upload
from tests.sync.conftest import using
from tests.sync.two_offices import build

REF = Path(__file__).parents[1] / "data" / "siasn"
NIP = re.compile(r"^\d{18}$")
JENJANG = {
    "AHLI_PERTAMA": "PT", "AHLI_MUDA": "MU", "AHLI_MADYA": "MA", "AHLI_UTAMA": "UT",
    "PEMULA": "PM", "TERAMPIL": "TR", "MAHIR": "MH", "PENYELIA": "PY",
}  # fmt: skip


def _table(name: str) -> dict[str, dict]:
    return {row["id"]: row for row in json.loads((REF / f"{name}.json").read_text())}


@pytest.fixture(scope="module")
def offices(tmp_path_factory, demo_templates):
    return build(tmp_path_factory.mktemp("siasn") / "sites", demo_templates)


def _employees(central: Path) -> dict[str, tuple[str, str | None]]:
    with using(central):
        query = (
            Employee.select(Employee.nip, Employee.pns_id, Position.jf_level)
            .join(Position)
            .where(Employee.deleted == False)
        )
        return {nip: (pns, level) for nip, pns, level in query.tuples()}


def _validate(doc: dict, kind: str, year: int, months: tuple[int, int], people: dict) -> None:
    """Every field: the exact names, the types, ids that exist in the reference tables."""
    ratings, kuadran = _table("perilakuDanKinerja"), _table("kuadranNilai")
    golongan = _table("golonganPns")
    if kind == docs.SKP_KIND:
        assert tuple(doc) == docs.SKP_FIELDS
        assert doc["id"] is None
        person = doc["pnsDinilaiOrang"]
        jabatan = doc["penilaiJabatan"]
    else:
        assert tuple(doc) == docs.PERIODIC_FIELDS
        person = doc["pnsDinilaiId"]
        jabatan = doc["penilaiJabatanNama"]
        assert doc["periodikId"] in _table("periodik")
        for field in ("bulanMulaiPenilaian", "bulanSelesaiPenilaian"):
            assert type(doc[field]) is int and months[0] <= doc[field] <= months[1]
        assert doc["bulanMulaiPenilaian"] <= doc["bulanSelesaiPenilaian"]
        assert doc["tahunMulaiPenilaian"] == doc["tahunSelesaiPenilaian"] == year
        level = people[person][1]
        if level in JENJANG:  # a JF: its jenjang's koefisien; anyone else none
            assert _table("koefisien")[doc["koefisienId"]]["jenjang"] == JENJANG[level]
        else:
            assert doc["koefisienId"] is None
    assert type(doc["tahun"]) is int and doc["tahun"] == year
    for field in ("hasilKinerjaNilai", "perilakuKerjaNilai"):
        assert type(doc[field]) is int and str(doc[field]) in ratings
    assert type(doc["kuadranKinerjaNilai"]) is int and str(doc["kuadranKinerjaNilai"]) in kuadran
    by_code = {r.code: r for r in Rating}
    expected = predikat(by_code[doc["hasilKinerjaNilai"]], by_code[doc["perilakuKerjaNilai"]])
    assert doc["kuadranKinerjaNilai"] == expected.code  # the matrix of PermenPANRB 6/2022
    assert person in people and re.fullmatch(r"[0-9A-F]{32}", person)  # a PNS ID, never a NIP
    assert doc["statusPenilai"] in ("ASN", "NON ASN")
    if doc["statusPenilai"] == "ASN":
        assert doc["penilaiGolongan"] in golongan and NIP.match(doc["penilaiNipNrp"])
    else:
        assert doc["penilaiGolongan"] is None or doc["penilaiGolongan"] in golongan
    for field in ("penilaiNama", "penilaiUnorNama"):
        assert isinstance(doc[field], str) and doc[field].strip()
    assert isinstance(jabatan, str) and jabatan.strip()


def _check_folder(out: Path, result, year: int, months, people) -> None:
    files = sorted(p.name for p in out.iterdir())
    assert not [n for n in files if n.startswith(".")]  # no staging folder left behind
    jsons = [n for n in files if n.endswith(".json")]
    assert len(jsons) == len(result.uploaded) > 0
    pns_to_nip = {pns: nip for nip, (pns, _) in people.items()}
    for name in jsons:
        doc = json.loads((out / name).read_text(encoding="utf-8"))
        kind = next(u.kind for u in result.uploaded if u.json_name == name)
        by_pns = {pns: level for pns, level in people.values()}
        _validate(doc, kind, year, months, {p: (p, lvl) for p, lvl in by_pns.items()})
        nip = pns_to_nip[doc.get("pnsDinilaiId") or doc.get("pnsDinilaiOrang")]
        assert name.startswith(nip)
        pdf = out / name.replace(".json", ".pdf")
        text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert "DOKUMEN EVALUASI" in text.upper()
        assert nip in text.replace(" ", "")


def test_annual_skp_documents_validate_against_the_reference_tables(offices, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with using(offices.central):
        result = siasn_upload.export_siasn_upload(out, 2025)
    people = _employees(offices.central)
    assert {u.office_code for u in result.uploaded} == {"DEMO01", "DEMO02"}  # both offices
    assert {u.kind for u in result.uploaded} == {docs.SKP_KIND}
    assert result.left_out == []  # the demo gives everyone a PNS ID (point 4)
    _check_folder(out, result, 2025, (1, 12), people)


def test_quarterly_documents_carry_the_months_periodik_and_koefisien(offices, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with using(offices.central):
        result = siasn_upload.export_siasn_upload(out, 2026, "Q2")
    people = _employees(offices.central)
    assert {u.kind for u in result.uploaded} == {docs.PERIODIC_KIND}
    _check_folder(out, result, 2026, (4, 6), people)
    periodic = [json.loads((out / u.json_name).read_text()) for u in result.uploaded]
    assert {d["periodikId"] for d in periodic} == {"2"}  # triwulan
    assert {(d["bulanMulaiPenilaian"], d["bulanSelesaiPenilaian"]) for d in periodic} == {(4, 6)}
    assert any(d["koefisienId"] for d in periodic)  # the demo has JF staff


def test_a_record_without_pns_id_is_listed_never_guessed(offices, tmp_path):
    sites = offices.copy(tmp_path / "sites")
    with using(sites.central):
        nip = Employee.select(Employee.nip).where(Employee.office_code == "DEMO02").scalar()
        target = Employee.get(Employee.nip == nip)
        Employee.update(pns_id="").where(Employee.id == target.id).execute()
    out = tmp_path / "out"
    out.mkdir()
    with using(sites.central):
        result = siasn_upload.export_siasn_upload(out, 2025)
    assert [(m.office_code, m.nip) for m in result.left_out] == [("DEMO02", nip)]
    assert "PNS ID" in result.left_out[0].reason
    assert not list(out.glob(f"{nip}*"))  # neither a document nor a PDF for them
    book = load_workbook(out / "siasn_2025.xlsx")
    assert book.sheetnames == ["Unggahan SIASN", "Tidak diunggah", "Keterangan"]
    uploads = list(book["Unggahan SIASN"].iter_rows(values_only=True))
    assert len(uploads) == len(result.uploaded) + 1
    assert uploads[0][:6] == ("No", "Kantor", "NIP", "Nama", "Unit Kerja", "PNS ID")
    first = result.uploaded[0]
    assert uploads[1][5:9] == (first.pns_id, "skp", first.json_name, first.pdf_name)
    left = list(book["Tidak diunggah"].iter_rows(values_only=True))
    assert len(left) == 2 and left[1][1] == "DEMO02" and "PNS ID" in left[1][5]


def test_cli_writes_the_documents_and_refuses_a_bad_period(offices, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    db = ["--db", str(offices.central)]
    code = cli.run(
        ["hq", "siasn-export", "--year", "2026", "--period", "Q1", "--out", str(out), *db]
    )
    printed = capsys.readouterr().out
    assert code == 0 and "documents with their Dokumen Evaluasi" in printed
    assert (out / "siasn_2026-Q1.xlsx").is_file() and list(out.glob("*_2026-Q1.json"))
    bad = ["hq", "siasn-export", "--year", "2026", "--period", "Q7", "--out", str(out), *db]
    assert cli.run(bad) == 2
    assert "Q7" in capsys.readouterr().err
    assert cli.run(["hq", "siasn-export", "--year", "2026", "--out", str(tmp_path / "x"), *db]) == 2


def test_an_office_database_refuses_the_central_export(offices, tmp_path):
    with using(offices.second), pytest.raises(InputError):
        siasn_upload.export_siasn_upload(tmp_path, 2025)


def test_semester_and_missing_appraiser_are_not_uploadable():
    from desktop_app.scoring import Predikat
    from desktop_app.scoring.period_key import PeriodKey

    appraiser = {"name": "A", "nip": "197704012003042001", "kind": "PNS", "grade": "IV/a"}
    source = docs.SiasnSource(
        "DE30" + "0" * 28,
        PeriodKey.parse("2026-S1"),
        Rating.SESUAI,
        Rating.SESUAI,
        Predikat.BAIK,
        appraiser,
    )
    with pytest.raises(docs.NotUploadable, match="semester"):
        docs.document(source)
    from dataclasses import replace

    with pytest.raises(docs.NotUploadable, match="Pejabat penilai"):
        docs.document(replace(source, period=PeriodKey.parse("2026-Q1"), appraiser={}))
    kind, doc = docs.document(replace(source, period=PeriodKey.parse("2026-03")))
    assert (kind, doc["periodikId"], doc["bulanMulaiPenilaian"]) == (docs.PERIODIC_KIND, "1", 3)
    assert doc["penilaiGolongan"] == "41"
