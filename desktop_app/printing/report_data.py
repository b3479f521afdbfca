"""The typed data each form renders, assembled by the services (services/reports) so that
printing reads no database and calls no service: a form is a function of one of these objects
and an output file. Everything is frozen; text is as stored, labels are resolved already where
they come from the services' code tables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.scoring import Finding, OrgPredikat, Predikat, Rating
from desktop_app.scoring.period_key import Frequency


@dataclass(frozen=True)
class Person:
    """One person as a form prints them (from a snapshot: name, nip, kind, grade, position,
    unit; `nip_text` grouped for print). Empty fields print as "-". `kind` NON_ASN: an
    official outside the office without a NIP (a Bupati); `acting` "Plt." / "Plh." when they
    sign under an acting assignment (printed before the jabatan)."""

    name: str = ""
    nip: str = ""
    kind: str = "PNS"
    grade: str = ""
    position: str = ""
    unit: str = ""
    nip_text: str = ""
    acting: str = ""

    @property
    def nip_label(self) -> str:
        return "NI PPPK" if self.kind == "PPPK" else "NIP"

    @property
    def is_non_asn(self) -> bool:
        return self.kind == "NON_ASN"

    @property
    def jabatan(self) -> str:
        """The jabatan as printed: "Plt. Kepala Bidang ..." under an acting assignment."""
        if not self.acting:
            return self.position
        return f"{self.acting} {self.position}".strip()


@dataclass(frozen=True)
class People:
    employee: Person
    appraiser: Person
    superior: Person  # atasan pejabat penilai kinerja


@dataclass(frozen=True)
class Period:
    """A period key with its year, part ("Q1", "S2", "03" or "" for the year), label
    ("Triwulan I") and first and last day. `year_frequency` is the frequency of the year's
    periodic evaluations, known only for an annual key on the Dokumen Evaluasi (else None)."""

    key: str
    year: int
    part: str
    label: str
    first: dt.date
    last: dt.date
    year_frequency: Frequency | None = None
    # the months of the SKP the form belongs to when it does not cover the whole year (a
    # mid-year transfer, docs/multiple_skp.md): "Agustus – Desember 2026"; "" otherwise
    skp_months: str = ""


# --- the forms ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class IkiLine:
    """One IKI row: its aspect key, text, target and (on the evaluation) realisasi/feedback."""

    aspect: str
    text: str
    target: str
    realisasi: str = ""
    feedback: str = ""


@dataclass(frozen=True)
class RhkBlock:
    """One RHK with the text of the leader's RHK it supports, its perspektif key (JPT) and
    its IKI rows."""

    is_main: bool
    text: str
    parent: str
    perspective: str | None
    lines: tuple[IkiLine, ...]


@dataclass(frozen=True)
class SkpReport:
    """SASARAN KINERJA PEGAWAI with its LAMPIRAN. `people` are frozen at approval, else as
    today; `created` is the approval time, else the last status change."""

    year: int
    period: Period
    approved: bool
    approved_at: dt.datetime | None
    people: People
    form: str  # JPT / STAFF
    approach: str  # KUANTITATIF / KUALITATIF
    results: tuple[RhkBlock, ...]
    expectations: Mapping[int, str]
    resources: str
    accountability: str
    consequences: str
    created: dt.datetime
    verification: str = ""  # kode verifikasi of a frozen record ("" for a draft)


@dataclass(frozen=True)
class EvaluationReport:
    """EVALUASI KINERJA PEGAWAI, periodic or annual; ratings and predikat as members."""

    period: Period
    final: bool
    finalized_at: dt.datetime | None
    people: People
    form: str
    approach: str
    org_predikat: OrgPredikat | None
    results: tuple[RhkBlock, ...]
    rating_hasil: Rating | None
    rating_perilaku: Rating | None
    predikat: Predikat | None
    expectations: Mapping[int, str]
    feedback: Mapping[int, str]
    created: dt.datetime
    verification: str = ""  # kode verifikasi of a frozen record ("" for a draft)
    read_at: dt.datetime | None = None  # UTC: the employee acknowledged it ("telah dibaca")


@dataclass(frozen=True)
class DocumentReport:
    """DOKUMEN EVALUASI KINERJA PEGAWAI, the cover of an evaluation (with the keberatan)."""

    period: Period
    final: bool
    finalized_at: dt.datetime | None
    people: People
    org_predikat: OrgPredikat | None
    predikat: Predikat | None
    notes: str
    objection: str
    objection_at: dt.datetime | None
    explanation: str
    decision: str
    decided_at: dt.datetime | None
    created: dt.datetime
    verification: str = ""  # kode verifikasi of a frozen record ("" for a draft)
    read_at: dt.datetime | None = None  # UTC: the employee acknowledged it ("telah dibaca")


@dataclass(frozen=True)
class IdpGap:
    id: int | None
    competence_word: str  # the jenis kompetensi, "-" when unknown
    competence: str
    gap: str
    goal: str
    indicator: str
    source: str


@dataclass(frozen=True)
class IdpActivity:
    """One development activity of the employee's year, planned in the IDP or not."""

    id: int
    planned: bool  # one of the IDP's own activities
    gap_id: int | None
    status_word: str
    cancelled: bool
    done: bool
    jenis_diklat: int
    jenis_label: str
    jalur: str
    title: str
    provider: str
    planned_start: dt.date | None
    planned_end: dt.date | None
    jp_planned: Decimal | None
    cost_planned: int
    start_date: dt.date | None
    end_date: dt.date | None
    jp: Decimal | None
    cost_actual: int | None
    certificate_no: str


@dataclass(frozen=True)
class IdpStep:
    at: dt.datetime
    created: bool  # the first step (no status before it)
    to_word: str
    actor: str
    reason: str


@dataclass(frozen=True)
class JpSummary:
    """The year's JP against the minimum of 20."""

    done: Decimal
    minimum: int
    met: bool
    shortfall: Decimal
    planned: Decimal


@dataclass(frozen=True)
class IdpReport:
    """RENCANA PENGEMBANGAN KOMPETENSI PEGAWAI of one employee and year."""

    year: int
    period: Period
    people: People
    status_word: str
    agreed: bool
    submitted: bool  # submitted or agreed: the employee's signature is dated
    waiting: bool  # submitted, not agreed yet
    returned: bool
    agreed_at: dt.datetime | None
    submitted_at: dt.datetime | None
    return_reason: str
    required: bool
    required_reason: str
    suggestions: tuple[int, ...]  # jenis diklat suggested as follow-up
    progress: JpSummary
    goals: str
    notes: str
    gaps: tuple[IdpGap, ...]
    activities: tuple[IdpActivity, ...]
    history: tuple[IdpStep, ...]
    created: dt.datetime
    verification: str = ""  # kode verifikasi of a frozen record ("" for a draft)


# --- the recaps --------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitLine:
    """A unit in tree order with its depth (0 for a top unit)."""

    id: int
    code: str
    name: str
    depth: int


@dataclass(frozen=True)
class DistributionRow:
    """One unit with its sub-units in the distribution recap."""

    line: UnitLine
    headcount: int
    total: int
    counts: Mapping[Predikat, int]
    org_predikat: OrgPredikat | None
    findings: tuple[Finding, ...]
    exempt: tuple[str, ...] = ()  # "Nama (CLTN sejak 1 Maret 2026)": left out of the counts


@dataclass(frozen=True)
class ProgressRow:
    """One unit's own employees by the status of their SKP (no SKP, draft, returned,
    submitted, approved)."""

    line: UnitLine
    people: int
    counts: tuple[int, int, int, int, int]
    late: int = 0  # past the SKP's batas pengisian and not approved
    exempt: tuple[str, ...] = ()  # "Nama (CLTN sejak 1 Maret 2026)": left out of the counts


@dataclass(frozen=True)
class JpTotals:
    employees: int
    under_minimum: int
    with_plan: int
    agreed: int
    required: int
    required_open: int
    jp_planned: Decimal
    jp_done: Decimal
    cost_planned: int
    cost_actual: int


@dataclass(frozen=True)
class JpUnitRow:
    line: UnitLine
    totals: JpTotals


@dataclass(frozen=True)
class JpShortRow:
    """An employee under 20 JP."""

    nip_text: str
    name: str
    unit_name: str
    jp_done: Decimal
    shortfall: Decimal
    jp_planned: Decimal | None  # None: no IDP
    status_word: str


@dataclass(frozen=True)
class RecapReport:
    """A recap: `kind` distribution (rows: DistributionRow), progress (ProgressRow) or jp
    (JpUnitRow, with the overall totals and the employees under 20 JP); `unit_name` when it
    covers one unit and those below it; `as_of` the last change to the database."""

    kind: str
    period: Period
    unit_name: str | None
    as_of: dt.datetime | None
    distribution: tuple[DistributionRow, ...] = ()
    progress: tuple[ProgressRow, ...] = ()
    jp_units: tuple[JpUnitRow, ...] = ()
    jp_overall: JpTotals | None = None
    jp_short: tuple[JpShortRow, ...] = ()
