"""Code tables of the scoring rules, as data (domain.md §0.1).

Each table is a `CodeTable`: the data plus its version, the regulation (or other source) it comes
from and whether that source is confirmed. Correcting a percentage, a label or a code is an edit
here and a bump of `CODETABLE_VERSION`; no rule code changes. Keys are plain strings (the member
names of the enums in `desktop_app.scoring.ratings`, the values of `JfLevel`) so this module
imports nothing but the standard library and `reference`.

Message templates (msgid) in here are marked with ``N_("scoring", ...)`` so lupdate finds them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from desktop_app.scoring.reference import N_, JfLevel

CODETABLE_VERSION = "2026.1"

T = TypeVar("T")


@dataclass(frozen=True)
class CodeTable(Generic[T]):
    """One versioned table: `data` with the `source` it was taken from.

    `confirmed` is False where domain.md marks the source UNCONFIRMED (one secondary source, or
    community code instead of the regulation text); forms and exports may say so.
    """

    name: str
    source: str
    confirmed: bool
    data: T
    version: str = CODETABLE_VERSION
    note: str = ""


def _frozen(mapping: Mapping[Any, Any]) -> Mapping[Any, Any]:
    return MappingProxyType(dict(mapping))


# --------------------------------------------------------------------------------------------
# Ratings, predikat, organisation predikat (PermenPANRB 6/2022, SE MenPANRB 3/2023)


@dataclass(frozen=True)
class LabelRow:
    """One member of a labelled code list.

    `label` is the official wording printed on forms; `short_label` fits narrow columns;
    `aliases` are other spellings accepted when reading imports (compared case-insensitively).
    """

    key: str
    code: int
    label: str
    short_label: str
    aliases: tuple[str, ...] = ()


RATINGS: CodeTable[tuple[LabelRow, ...]] = CodeTable(
    name="rating",
    source=(
        "PermenPANRB 6/2022 (Rating Hasil Kerja / Rating Perilaku Kerja); SIASN codes 1-3 from "
        "community SIASN clients (domain.md §3, S18)"
    ),
    confirmed=False,
    note="Labels confirmed by the reproduced forms; the numeric SIASN codes are UNCONFIRMED.",
    data=(
        LabelRow("DI_ATAS", 1, "Di Atas Ekspektasi", "Di Atas", ("Diatas", "Diatas Ekspektasi")),
        LabelRow("SESUAI", 2, "Sesuai Ekspektasi", "Sesuai"),
        LabelRow(
            "DI_BAWAH", 3, "Di Bawah Ekspektasi", "Di Bawah", ("Dibawah", "Dibawah Ekspektasi")
        ),
    ),
)

PREDIKAT: CodeTable[tuple[LabelRow, ...]] = CodeTable(
    name="predikat",
    source=(
        "PermenPANRB 6/2022 (Predikat Kinerja Pegawai); SIASN kuadran codes 1-5 from community "
        "SIASN clients (domain.md §3, S18)"
    ),
    confirmed=False,
    note="The form writes 'Kurang/Misconduct'; the kuadran codes are UNCONFIRMED.",
    data=(
        LabelRow("SANGAT_BAIK", 1, "Sangat Baik", "Sangat Baik"),
        LabelRow("BAIK", 2, "Baik", "Baik"),
        LabelRow("BUTUH_PERBAIKAN", 3, "Butuh Perbaikan", "Butuh Perbaikan"),
        LabelRow("KURANG", 4, "Kurang/Misconduct", "Kurang", ("Kurang / Misconduct", "Misconduct")),
        LabelRow("SANGAT_KURANG", 5, "Sangat Kurang", "Sangat Kurang"),
    ),
)

ORG_PREDIKAT: CodeTable[tuple[LabelRow, ...]] = CodeTable(
    name="org_predikat",
    source="SE MenPANRB 3/2023 (Capaian Kinerja Organisasi), domain.md §4",
    confirmed=False,
    note=(
        "No SIASN code is known; codes 1-5 follow the order of the SE (project numbering). "
        "The SE writes 'Butuh Perbaikan/Cukup'."
    ),
    data=(
        LabelRow("ISTIMEWA", 1, "Istimewa", "Istimewa"),
        LabelRow("BAIK", 2, "Baik", "Baik"),
        LabelRow(
            "BUTUH_PERBAIKAN",
            3,
            "Butuh Perbaikan",
            "Butuh Perbaikan",
            ("Butuh Perbaikan/Cukup", "Butuh Perbaikan / Cukup", "Cukup"),
        ),
        LabelRow("KURANG", 4, "Kurang", "Kurang"),
        LabelRow("SANGAT_KURANG", 5, "Sangat Kurang", "Sangat Kurang"),
    ),
)

# (rating hasil kerja, rating perilaku kerja) -> predikat. NOT max() or an average (§0.5).
PREDIKAT_MATRIX: CodeTable[Mapping[tuple[str, str], str]] = CodeTable(
    name="predikat_matrix",
    source=(
        "PermenPANRB 6/2022 kuadran kinerja; four independent implementations agree "
        "(domain.md §3, S11)"
    ),
    confirmed=True,
    data=_frozen(
        {
            ("DI_ATAS", "DI_ATAS"): "SANGAT_BAIK",
            ("DI_ATAS", "SESUAI"): "BAIK",
            ("DI_ATAS", "DI_BAWAH"): "KURANG",
            ("SESUAI", "DI_ATAS"): "BAIK",
            ("SESUAI", "SESUAI"): "BAIK",
            ("SESUAI", "DI_BAWAH"): "KURANG",
            ("DI_BAWAH", "DI_ATAS"): "BUTUH_PERBAIKAN",
            ("DI_BAWAH", "SESUAI"): "BUTUH_PERBAIKAN",
            ("DI_BAWAH", "DI_BAWAH"): "SANGAT_KURANG",
        }
    ),
)


# --------------------------------------------------------------------------------------------
# Distribution of employee predikat per organisation predikat (SE MenPANRB 3/2023)

MAX_SHARE = "max_share"  # at most `share` of the unit has a predikat in `predikat`
MIN_SHARE = "min_share"  # at least `share` of the unit has a predikat in `predikat`
MUST_EXIST = "must_exist"  # at least one employee has a predikat in `predikat`
MUST_NOT_EXIST = "must_not_exist"  # nobody has a predikat in `predikat`
LARGEST = "largest"  # `predikat` (one) is at least as frequent as every other single predikat
RULE_KINDS = (MAX_SHARE, MIN_SHARE, MUST_EXIST, MUST_NOT_EXIST, LARGEST)


@dataclass(frozen=True)
class DistributionRule:
    """One rule of a pola distribusi: `kind` over the set `predikat` (keys of PREDIKAT).

    `share` is a fraction (Decimal("0.70") = 70 %) for max/min rules and None otherwise;
    `description` is a translatable English summary shown next to the unit's curve.
    """

    org: str
    rule_id: str
    kind: str
    predikat: tuple[str, ...]
    share: Decimal | None
    description: str


DISTRIBUTION_RULES: CodeTable[tuple[DistributionRule, ...]] = CodeTable(
    name="distribution_rules",
    source="SE MenPANRB 3/2023 (pola distribusi predikat kinerja pegawai), domain.md §4, S4",
    confirmed=False,
    note=(
        "Percentages from a single secondary source. 'Most employees (max 70 %) are X' is read "
        "as two rules: X at most 70 % and X the largest group (project reading of 'sebagian "
        "besar'). Guidance only, never a block (§0.4)."
    ),
    data=(
        DistributionRule(
            "ISTIMEWA",
            "istimewa.sangat_baik_max",
            MAX_SHARE,
            ("SANGAT_BAIK",),
            Decimal("0.70"),
            N_("scoring", "At most 70% Sangat Baik"),
        ),
        DistributionRule(
            "ISTIMEWA",
            "istimewa.sangat_baik_largest",
            LARGEST,
            ("SANGAT_BAIK",),
            None,
            N_("scoring", "Sangat Baik is the largest group"),
        ),
        DistributionRule(
            "BAIK",
            "baik.baik_max",
            MAX_SHARE,
            ("BAIK",),
            Decimal("0.70"),
            N_("scoring", "At most 70% Baik"),
        ),
        DistributionRule(
            "BAIK",
            "baik.baik_largest",
            LARGEST,
            ("BAIK",),
            None,
            N_("scoring", "Baik is the largest group"),
        ),
        DistributionRule(
            "BAIK",
            "baik.needs_improvement_exists",
            MUST_EXIST,
            ("BUTUH_PERBAIKAN", "KURANG"),
            None,
            N_("scoring", "There are employees with Butuh Perbaikan and/or Kurang/Misconduct"),
        ),
        DistributionRule(
            "BUTUH_PERBAIKAN",
            "butuh_perbaikan.butuh_perbaikan_min",
            MIN_SHARE,
            ("BUTUH_PERBAIKAN",),
            Decimal("0.60"),
            N_("scoring", "At least 60% Butuh Perbaikan"),
        ),
        DistributionRule(
            "BUTUH_PERBAIKAN",
            "butuh_perbaikan.sangat_baik_max",
            MAX_SHARE,
            ("SANGAT_BAIK",),
            Decimal("0.10"),
            N_("scoring", "At most 10% Sangat Baik"),
        ),
        DistributionRule(
            "KURANG",
            "kurang.kurang_min",
            MIN_SHARE,
            ("KURANG",),
            Decimal("0.60"),
            N_("scoring", "At least 60% Kurang/Misconduct"),
        ),
        DistributionRule(
            "KURANG",
            "kurang.butuh_perbaikan_min",
            MIN_SHARE,
            ("BUTUH_PERBAIKAN",),
            Decimal("0.10"),
            N_("scoring", "At least 10% Butuh Perbaikan"),
        ),
        DistributionRule(
            "KURANG",
            "kurang.sangat_baik_max",
            MAX_SHARE,
            ("SANGAT_BAIK",),
            Decimal("0.10"),
            N_("scoring", "At most 10% Sangat Baik"),
        ),
        DistributionRule(
            "SANGAT_KURANG",
            "sangat_kurang.sangat_kurang_min",
            MIN_SHARE,
            ("SANGAT_KURANG",),
            Decimal("0.60"),
            N_("scoring", "At least 60% Sangat Kurang"),
        ),
        DistributionRule(
            "SANGAT_KURANG",
            "sangat_kurang.kurang_or_butuh_perbaikan_min",
            MIN_SHARE,
            ("KURANG", "BUTUH_PERBAIKAN"),
            Decimal("0.10"),
            N_("scoring", "At least 10% Kurang/Misconduct and/or Butuh Perbaikan"),
        ),
        DistributionRule(
            "SANGAT_KURANG",
            "sangat_kurang.no_sangat_baik",
            MUST_NOT_EXIST,
            ("SANGAT_BAIK",),
            None,
            N_("scoring", "No Sangat Baik"),
        ),
    ),
)

# Starting point of suggest_distribution, in percent per predikat (sums to 100 per row). Not a
# regulation: a plausible split chosen inside the rules above, which the suggestion then repairs.
SUGGESTED_SHARES: CodeTable[Mapping[str, Mapping[str, int]]] = CodeTable(
    name="suggested_shares",
    source="Project default (not regulated), chosen inside the SE MenPANRB 3/2023 rules",
    confirmed=True,
    data=_frozen(
        {
            "ISTIMEWA": _frozen(
                {
                    "SANGAT_BAIK": 60,
                    "BAIK": 30,
                    "BUTUH_PERBAIKAN": 10,
                    "KURANG": 0,
                    "SANGAT_KURANG": 0,
                }
            ),
            "BAIK": _frozen(
                {
                    "SANGAT_BAIK": 10,
                    "BAIK": 65,
                    "BUTUH_PERBAIKAN": 20,
                    "KURANG": 5,
                    "SANGAT_KURANG": 0,
                }
            ),
            "BUTUH_PERBAIKAN": _frozen(
                {
                    "SANGAT_BAIK": 5,
                    "BAIK": 25,
                    "BUTUH_PERBAIKAN": 65,
                    "KURANG": 5,
                    "SANGAT_KURANG": 0,
                }
            ),
            "KURANG": _frozen(
                {
                    "SANGAT_BAIK": 0,
                    "BAIK": 10,
                    "BUTUH_PERBAIKAN": 20,
                    "KURANG": 65,
                    "SANGAT_KURANG": 5,
                }
            ),
            "SANGAT_KURANG": _frozen(
                {
                    "SANGAT_BAIK": 0,
                    "BAIK": 10,
                    "BUTUH_PERBAIKAN": 10,
                    "KURANG": 15,
                    "SANGAT_KURANG": 65,
                }
            ),
        }
    ),
)


# --------------------------------------------------------------------------------------------
# Jabatan fungsional: angka kredit (PermenPANRB 1/2023)

AK_PERCENT: CodeTable[Mapping[str, Decimal]] = CodeTable(
    name="ak_percent",
    source="PermenPANRB 1/2023 (angka kredit = koefisien x % predikat), domain.md §8.5, S20",
    confirmed=False,
    data=_frozen(
        {
            "SANGAT_BAIK": Decimal("150"),
            "BAIK": Decimal("100"),
            "BUTUH_PERBAIKAN": Decimal("75"),
            "KURANG": Decimal("50"),
            "SANGAT_KURANG": Decimal("25"),
        }
    ),
)

AK_KOEFISIEN: CodeTable[Mapping[str, Decimal]] = CodeTable(
    name="ak_koefisien",
    source="PermenPANRB 1/2023 (koefisien per tahun per jenjang), domain.md §8.5, S20",
    confirmed=False,
    note="One code source only; verify before use.",
    data=_frozen(
        {
            JfLevel.AHLI_PERTAMA.value: Decimal("12.5"),
            JfLevel.AHLI_MUDA.value: Decimal("25"),
            JfLevel.AHLI_MADYA.value: Decimal("37.5"),
            JfLevel.AHLI_UTAMA.value: Decimal("50"),
            JfLevel.PEMULA.value: Decimal("3.75"),
            JfLevel.TERAMPIL.value: Decimal("5"),
            JfLevel.MAHIR.value: Decimal("12.5"),
            JfLevel.PENYELIA.value: Decimal("25"),
        }
    ),
)


# --------------------------------------------------------------------------------------------
# Development (pengembangan kompetensi)

KLASIKAL = "KLASIKAL"
NONKLASIKAL = "NONKLASIKAL"
GROUP_DIKLAT = "DIKLAT"  # Diklat Struktural / Fungsional / Teknis (ids 1-3)


@dataclass(frozen=True)
class JenisDiklatRow:
    """One SIASN jenis diklat: `id` (jenisDiklatId), label, SIASN group and jalur.

    `jalur` is klasikal or nonklasikal (Peraturan LAN 10/2018); `group` is the SIASN grouping,
    where ids 1-3 form their own group (the older diklat struktural/fungsional/teknis).
    """

    id: int
    label: str
    group: str
    jalur: str


def _diklat(i: int, label: str) -> JenisDiklatRow:
    if i <= 3:
        return JenisDiklatRow(i, label, GROUP_DIKLAT, KLASIKAL)
    jalur = KLASIKAL if i <= 13 else NONKLASIKAL
    return JenisDiklatRow(i, label, jalur, jalur)


_DIKLAT_LABELS = (
    "Diklat Struktural",
    "Diklat Fungsional",
    "Diklat Teknis",
    "Workshop",
    "Pelatihan Manajerial",
    "Pelatihan Sosial Kultural",
    "Sosialisasi",
    "Bimbingan Teknis",
    "Seminar",
    "Magang",
    "Kursus",
    "Penataran",
    "Pengembangan Kompetensi dalam Bentuk Pelatihan Klasikal Lainnya",
    "Coaching",
    "Mentoring",
    "E-Learning",
    "Pelatihan Jarak Jauh",
    "Detasering (Secondment)",
    "Pembelajaran Alam Terbuka (Outbond)",
    "Patok Banding (Benchmarking)",
    "Pertukaran antara PNS dengan Pegawai Swasta/Badan Usaha Milik Negara/Badan Usaha Milik Daerah",
    "Belajar Mandiri (Self Development)",
    "Komunitas Belajar (Community of Practices)",
    "Bimbingan di Tempat Kerja",
    "Pengembangan Kompetensi dalam Bentuk Pelatihan Nonklasikal Lainnya",
)

JENIS_DIKLAT: CodeTable[tuple[JenisDiklatRow, ...]] = CodeTable(
    name="jenis_diklat",
    source=(
        "SIASN jenisDiklatId reference 1-25 (domain.md §9, code id 25339519709); jalur klasikal/"
        "nonklasikal per Peraturan LAN 10/2018"
    ),
    confirmed=False,
    note="Ids 1-3 counted as klasikal: LAN 10/2018 lists struktural/fungsional/teknis as such.",
    data=tuple(_diklat(i, label) for i, label in enumerate(_DIKLAT_LABELS, 1)),
)

JP_MINUTES = 45
MIN_JP_PER_YEAR = 20
DEVELOPMENT_RULES: CodeTable[Mapping[str, int]] = CodeTable(
    name="development_rules",
    source="PP 11/2017 Pasal 203(4) (20 JP a year), Peraturan LAN 15/2020 (PPPK); 1 JP = 45 min",
    confirmed=True,
    data=_frozen({"jp_minutes": JP_MINUTES, "min_jp_per_year": MIN_JP_PER_YEAR}),
)


# --------------------------------------------------------------------------------------------
# SKP content (PermenPANRB 6/2022; domain.md §2.2, §2.3, §5)


@dataclass(frozen=True)
class CoreValue:
    """One BerAKHLAK core value with its three official panduan perilaku (behaviour guides)."""

    code: int
    name: str
    guides: tuple[str, str, str]


BERAKHLAK: CodeTable[tuple[CoreValue, ...]] = CodeTable(
    name="berakhlak",
    source=(
        "Core values ASN BerAKHLAK with panduan perilaku as printed in the SKP form of "
        "PermenPANRB 6/2022 (domain.md §5; identical in >= 4 apps, S10); launch instrument "
        "SE MenPANRB 20/2021 not found"
    ),
    confirmed=False,
    data=(
        CoreValue(1, "Berorientasi Pelayanan", (
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        )),
        CoreValue(2, "Akuntabel", (
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan "
            "berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, "
            "dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        )),
        CoreValue(3, "Kompeten", (
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        )),
        CoreValue(4, "Harmonis", (
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif",
        )),
        CoreValue(5, "Loyal", (
            "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia "
            "Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan "
            "yang sah",
            "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
            "Menjaga rahasia jabatan dan negara",
        )),
        CoreValue(6, "Adaptif", (
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        )),
        CoreValue(7, "Kolaboratif", (
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
        )),
    ),
)  # fmt: skip

SKP_ASPECTS: CodeTable[Mapping[str, str]] = CodeTable(
    name="skp_aspects",
    source="Aspek IKI: kuantitas, kualitas, waktu, biaya (PermenPANRB 6/2022 via Peraturan BRIN "
    "1/2023; domain.md §2.2, S22)",
    confirmed=True,
    data=_frozen(
        {"KUANTITAS": "Kuantitas", "KUALITAS": "Kualitas", "WAKTU": "Waktu", "BIAYA": "Biaya"}
    ),
)

SKP_PERSPECTIVES: CodeTable[Mapping[str, str]] = CodeTable(
    name="skp_perspectives",
    source="Perspektif of the JPT form (balanced scorecard; domain.md §2.3, code id 8873693517)",
    confirmed=False,
    data=_frozen(
        {
            "PENERIMA_LAYANAN": "Perspektif Penerima Layanan",
            "PROSES_BISNIS": "Perspektif Proses Bisnis",
            "PENGUATAN_INTERNAL": "Perspektif Penguatan Internal",
            "ANGGARAN": "Perspektif Anggaran",
        }
    ),
)

SKP_APPROACHES: CodeTable[Mapping[str, str]] = CodeTable(
    name="skp_approaches",
    source="Pendekatan hasil kerja kuantitatif / kualitatif (e-Kinerja; domain.md §2.2, S17a)",
    confirmed=True,
    data=_frozen({"KUANTITATIF": "Kuantitatif", "KUALITATIF": "Kualitatif"}),
)


# --------------------------------------------------------------------------------------------
# NIP / NI PPPK (Perka BKN 22/2007, 43/2007; domain.md §8.1-8.2)


@dataclass(frozen=True)
class NipRules:
    """Constants of NIP validation that may need correcting without code changes."""

    pppk_code_digit: str
    pppk_part_time_digits: frozenset[str]
    min_birth_year: int
    min_appointment_age: int
    pppk_first_year: int


NIP_RULES: CodeTable[NipRules] = CodeTable(
    name="nip_rules",
    source=(
        "Perka BKN 22/2007 and 43/2007 (NIP PNS); NI PPPK layout from the Elixir Nip library and "
        "press (domain.md §8.2); PPPK exists since PP 49/2018 (first appointments 2019)"
    ),
    confirmed=False,
    note=(
        "Part-time (paruh waktu) detection is a guess from ONE example (digit 14 = 4, "
        "199009132025242014); empty pppk_part_time_digits to switch it off."
    ),
    data=NipRules(
        pppk_code_digit="2",
        pppk_part_time_digits=frozenset({"4"}),
        min_birth_year=1900,
        min_appointment_age=18,
        pppk_first_year=2019,
    ),
)


# --------------------------------------------------------------------------------------------
# Archive regimes: PP 46/2011 and PP 30/2019 (domain.md §6)

PP46_WEIGHTS: CodeTable[Mapping[str, Decimal]] = CodeTable(
    name="pp46_weights",
    source="PP 46/2011 + Perka BKN 1/2013: prestasi kerja = 60% SKP + 40% perilaku (S8)",
    confirmed=True,
    data=_frozen({"skp": Decimal("0.6"), "perilaku": Decimal("0.4")}),
)

# Lower bound (inclusive) -> sebutan, highest first; below the last bound: "Buruk".
PP46_SEBUTAN: CodeTable[tuple[tuple[Decimal, str], ...]] = CodeTable(
    name="pp46_sebutan",
    source="PP 46/2011 bands (S8 madrasah-nusantara; code id 8807137148)",
    confirmed=True,
    note="Banded on >=91, >=76, >=61, >=51 so that 90.5 is Baik (domain.md §6.1).",
    data=(
        (Decimal("91"), "Sangat Baik"),
        (Decimal("76"), "Baik"),
        (Decimal("61"), "Cukup"),
        (Decimal("51"), "Kurang"),
        (Decimal("-Infinity"), "Buruk"),
    ),
)

# Minimum number of tugas tambahan -> value added to the SKP score, highest first.
PP46_TUGAS_TAMBAHAN: CodeTable[tuple[tuple[int, int], ...]] = CodeTable(
    name="pp46_tugas_tambahan",
    source="Perka BKN 1/2013 as quoted by apps (S9 id 36902298351)",
    confirmed=False,
    data=((7, 3), (4, 2), (1, 1), (0, 0)),
)

PP46_KREATIVITAS: CodeTable[Mapping[str, int]] = CodeTable(
    name="pp46_kreativitas",
    source="Perka BKN 1/2013 as quoted by apps (S9 id 36902298351)",
    confirmed=False,
    data=_frozen({"none": 0, "unit": 3, "organisasi": 6, "negara": 12}),
)

PP46_PERILAKU_ASPECTS: CodeTable[tuple[str, ...]] = CodeTable(
    name="pp46_perilaku_aspects",
    source="PP 46/2011 Pasal 12 (S8 Kebumen SE); kepemimpinan only for jabatan struktural",
    confirmed=True,
    data=("orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama"),
)
PP46_LEADERSHIP_ASPECT = "kepemimpinan"

PP30_WEIGHTS: CodeTable[Mapping[bool, tuple[Decimal, Decimal]]] = CodeTable(
    name="pp30_weights",
    source="PP 30/2019 Pasal 41 (S6): 70/30, or 60/40 with peers and subordinates",
    confirmed=True,
    data=_frozen(
        {
            False: (Decimal("0.7"), Decimal("0.3")),
            True: (Decimal("0.6"), Decimal("0.4")),
        }
    ),
)
PP30_MAX_SCORE = Decimal("120")

# (lower bound inclusive, needs innovation, predikat), checked in order; scores are 0..120.
PP30_PREDIKAT: CodeTable[tuple[tuple[Decimal, bool, str], ...]] = CodeTable(
    name="pp30_predikat",
    source="PP 30/2019 Pasal 41 (S6); Kurang band from a press summary (S7)",
    confirmed=False,
    data=(
        (Decimal("110"), True, "Sangat Baik"),
        (Decimal("90"), False, "Baik"),
        (Decimal("70"), False, "Cukup"),
        (Decimal("50"), False, "Kurang"),
        (Decimal("0"), False, "Sangat Kurang"),
    ),
)


TABLES: tuple[CodeTable[Any], ...] = (
    RATINGS,
    PREDIKAT,
    ORG_PREDIKAT,
    PREDIKAT_MATRIX,
    DISTRIBUTION_RULES,
    SUGGESTED_SHARES,
    AK_PERCENT,
    AK_KOEFISIEN,
    JENIS_DIKLAT,
    DEVELOPMENT_RULES,
    NIP_RULES,
    PP46_WEIGHTS,
    PP46_SEBUTAN,
    PP46_TUGAS_TAMBAHAN,
    PP46_KREATIVITAS,
    PP46_PERILAKU_ASPECTS,
    PP30_WEIGHTS,
    PP30_PREDIKAT,
    BERAKHLAK,
    SKP_ASPECTS,
    SKP_PERSPECTIVES,
    SKP_APPROACHES,
)
"""Every table of this module, for the About box and the table-version test."""
