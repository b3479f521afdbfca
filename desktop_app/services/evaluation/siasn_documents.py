"""The JSON documents of the SIASN uploads (ref/siasn/README.md, docs/siasn_upload.md): one
per final evaluation, in the exact field names and reference ids of the two SIASN services.

- an annual evaluation (period key "2026") becomes an **SKP** document (`skp22/save`):
  `pnsDinilaiOrang`, `tahun`, the ratings and kuadran, the appraiser;
- a monthly or quarterly evaluation becomes a **kinerja periodik** document: `pnsDinilaiId`,
  `periodikId` (1 bulanan, 2 triwulan), the month and year range, `koefisienId` for a JF, the
  ratings and kuadran, the appraiser.

The employee is named by the stored SIASN PNS ID, never by the NIP: a record without one is
not written (the caller lists it). Ids are the strings of the reference tables
(`penilaiGolongan` "32", `periodikId` "2", `koefisienId` "22"); the ratings and kuadran are
integers, as SIASN takes them. Pure mapping: no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.i18n import N_
from desktop_app.scoring import Predikat, Rating
from desktop_app.scoring.acting import acting_position
from desktop_app.scoring.period_key import Frequency, PeriodKey
from desktop_app.scoring.reference import EmployeeKind, Grade, JfLevel, grade, grades_for

SKP_KIND = "skp"  # the annual SKP upload (skp22)
PERIODIC_KIND = "kinerja-periodik"
STATUS_ASN = "ASN"
STATUS_NON_ASN = "NON ASN"

SKP_FIELDS = (
    "hasilKinerjaNilai",
    "id",
    "kuadranKinerjaNilai",
    "penilaiGolongan",
    "penilaiJabatan",
    "penilaiNama",
    "penilaiNipNrp",
    "penilaiUnorNama",
    "perilakuKerjaNilai",
    "pnsDinilaiOrang",
    "statusPenilai",
    "tahun",
)  # the skp22 upload as the community SIASN clients send it ("path" is added by the upload)
PERIODIC_FIELDS = (
    "bulanMulaiPenilaian",
    "bulanSelesaiPenilaian",
    "hasilKinerjaNilai",
    "koefisienId",
    "kuadranKinerjaNilai",
    "penilaiGolongan",
    "penilaiJabatanNama",
    "penilaiNama",
    "penilaiNipNrp",
    "penilaiUnorNama",
    "perilakuKerjaNilai",
    "periodikId",
    "pnsDinilaiId",
    "statusPenilai",
    "tahun",
    "tahunMulaiPenilaian",
    "tahunSelesaiPenilaian",
)  # the kinerja periodik upload (ws-siasn-php README), in its order

PERIODIK_IDS = {Frequency.MONTHLY: "1", Frequency.QUARTERLY: "2"}  # periodik.json
KOEFISIEN_IDS = {
    JfLevel.AHLI_PERTAMA: "12",
    JfLevel.AHLI_MUDA: "22",
    JfLevel.AHLI_MADYA: "32",
    JfLevel.AHLI_UTAMA: "42",
    JfLevel.PEMULA: "52",
    JfLevel.TERAMPIL: "62",
    JfLevel.MAHIR: "72",
    JfLevel.PENYELIA: "82",
}  # koefisien.json: one row per jenjang (jenjang PT, MU, MA, UT, PM, TR, MH, PY)


@dataclass(frozen=True)
class SiasnSource:
    """What one document is made of: the final evaluation as the central office holds it."""

    pns_id: str
    period: PeriodKey
    hasil: Rating
    perilaku: Rating
    predikat: Predikat
    appraiser: dict[str, str]  # the penilai frozen at finalising (plans.snapshot)
    jf_level: str | None = None  # the employee's jenjang when a JF, else None
    skp_months: tuple[int, int] = (1, 12)  # bulan mulai / selesai of the evaluation's SKP


class NotUploadable(ValueError):
    """A final evaluation that cannot become a SIASN document. `reason` says why in Indonesian
    (the Excel summary is an office document); `msgid` and `params` say it on the screen, in
    the user's language (translation context "siasn_upload")."""

    def __init__(self, msgid: str, indonesian: str, **params: object) -> None:
        self.reason = indonesian.format(**params)
        super().__init__(self.reason)
        self.msgid = msgid
        self.params = params


def appraiser_grade(appraiser: dict[str, str]) -> Grade | None:
    """The golongan of a snapshot's penilai, which holds its label ("Penata Muda Tingkat I
    (III/b)") or the code as stored; None when it has none."""
    text = appraiser.get("grade", "")
    if not text:
        return None
    try:
        grades = grades_for(EmployeeKind(appraiser.get("kind", "")))
    except ValueError:
        return None
    for found in grades:
        if text in (found.label, found.code):
            return found
    try:
        return grade(appraiser.get("kind", ""), text)
    except ValueError:
        return None


def status_of(appraiser: dict[str, str]) -> str:
    """statusPenilai: NON ASN for an official outside the civil service (a Bupati), else ASN."""
    return STATUS_NON_ASN if appraiser.get("kind") == "NON_ASN" else STATUS_ASN


def _appraiser_fields(appraiser: dict[str, str]) -> dict[str, Any]:
    if not appraiser.get("name"):
        raise NotUploadable(
            N_(
                "siasn_upload", "No appraiser (pejabat penilai) was recorded when it was finalised."
            ),
            "Pejabat penilai tidak tercatat pada evaluasi yang difinalkan",
        )
    status = status_of(appraiser)
    found = appraiser_grade(appraiser)
    golongan = found.simpeg if found is not None and found.kind == EmployeeKind.PNS else None
    if status == STATUS_ASN and not appraiser.get("nip"):
        raise NotUploadable(
            N_("siasn_upload", "The NIP of the appraiser is not recorded."),
            "NIP pejabat penilai tidak tercatat",
        )
    if status == STATUS_ASN and golongan is None:
        raise NotUploadable(
            N_(
                "siasn_upload",
                "The appraiser's grade ({grade}) has no SIASN grade id.",
            ),
            "Golongan pejabat penilai ({grade}) tidak memiliki ID golongan PNS SIASN",
            grade=appraiser.get("grade") or "-",
        )
    return {
        "penilaiGolongan": golongan,
        "penilaiJabatan": acting_position(appraiser.get("acting"), appraiser.get("position", "")),
        "penilaiNama": appraiser["name"],
        "penilaiNipNrp": appraiser.get("nip", ""),
        "penilaiUnorNama": appraiser.get("unit", ""),
        "statusPenilai": status,
    }


def _pns_id(source: SiasnSource) -> str:
    if not source.pns_id:
        raise NotUploadable(
            N_("siasn_upload", "The employee's PNS ID (SIASN) is not recorded yet."),
            "PNS ID (SIASN) pegawai belum tercatat",
        )
    return source.pns_id


def document(source: SiasnSource) -> tuple[str, dict[str, Any]]:
    """The upload kind and the document of one final evaluation; NotUploadable with the
    reason for one that cannot be uploaded (no PNS ID, a semester period, no appraiser)."""
    pns_id = _pns_id(source)
    people = _appraiser_fields(source.appraiser)
    ratings = {
        "hasilKinerjaNilai": source.hasil.code,
        "kuadranKinerjaNilai": source.predikat.code,
        "perilakuKerjaNilai": source.perilaku.code,
    }
    period = source.period
    if period.is_annual:
        doc = {"id": None, **ratings, **people, "pnsDinilaiOrang": pns_id, "tahun": period.year}
        return SKP_KIND, {name: doc[name] for name in SKP_FIELDS}
    periodik = PERIODIK_IDS.get(period.frequency) if period.frequency else None
    if periodik is None:
        raise NotUploadable(
            N_(
                "siasn_upload", "SIASN knows monthly and quarterly periodic results, not semesters."
            ),
            "SIASN hanya mengenal kinerja periodik bulanan dan triwulanan, bukan semester",
        )
    first, last = period.months
    first, last = max(first, source.skp_months[0]), min(last, source.skp_months[1])
    if first > last:
        raise NotUploadable(
            N_("siasn_upload", "The period lies outside the months of its SKP."),
            "Periode evaluasi di luar bulan SKP-nya",
        )
    people["penilaiJabatanNama"] = people.pop("penilaiJabatan")
    level = source.jf_level
    doc = {
        **ratings,
        **people,
        "bulanMulaiPenilaian": first,
        "bulanSelesaiPenilaian": last,
        "koefisienId": KOEFISIEN_IDS.get(JfLevel(level)) if level in KOEFISIEN_IDS else None,
        "periodikId": periodik,
        "pnsDinilaiId": pns_id,
        "tahun": period.year,
        "tahunMulaiPenilaian": period.year,
        "tahunSelesaiPenilaian": period.year,
    }
    return PERIODIC_KIND, {name: doc[name] for name in PERIODIC_FIELDS}
