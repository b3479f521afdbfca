"""Kedudukan hukum (employment status) and who it exempts from an SKP or an evaluation.

The SIASN table of kedudukan hukum (`ref/siasn/kedudukanHukum.json`, BKN) with, for each id,
whether it exempts from the SKP and from the evaluations, and the regulation that says so: a
table of data with its source (domain.md §0.1), corrected here without touching the rule.

The rule `is_exempt(history, first, last)`: an employee is exempt in a period when the days
of the period under exempting statuses are MORE THAN HALF of the period's days; the reason
names the exempting status that covers most of them and the day it started ("CLTN sejak
1 Maret 2026"). Less than half: the employee worked most of the period and is appraised on
it. Pure: the services read the rows and call these with plain values
(docs/employment_status.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.scoring.indonesian_format import format_date
from desktop_app.scoring.skp_months import MonthRange, days_of

ACTIVE = "01"
"""Aktif: what holds on every day no status is recorded for."""
VERSION = "SIASN kedudukanHukum (BKN reference, cached 2026-12)"

PP_11_2017 = "PP 11/2017 tentang Manajemen PNS jo. PP 17/2020"
UNCONFIRMED = " (UNCONFIRMED: project decision, docs/employment_status.md)"


class Duty(StrEnum):
    """What a status may exempt from."""

    SKP = "SKP"
    EVALUATION = "EVALUATION"


BOTH = frozenset({Duty.SKP, Duty.EVALUATION})
NONE: frozenset[Duty] = frozenset()


@dataclass(frozen=True)
class Status:
    """One SIASN kedudukan hukum: id, official name, what it exempts from, and why."""

    code: str
    name: str
    exempts: frozenset[Duty]
    basis: str


_NOT_SERVING = "No longer serving in the office: no SKP, no evaluation" + UNCONFIRMED

STATUSES: tuple[Status, ...] = (
    Status("01", "Aktif", NONE, "UU 20/2023 tentang ASN; PermenPANRB 6/2022 (every active ASN)"),
    Status(
        "02",
        "CLTN",
        BOTH,
        f"{PP_11_2017}, cuti di luar tanggungan negara: released from the jabatan while on it",
    ),
    Status(
        "03",
        "Tugas Belajar",
        BOTH,
        f"{PP_11_2017}, tugas belajar over 6 months: released from the jabatan (full time)",
    ),
    Status(
        "04",
        "Pemberhentian Sementara",
        BOTH,
        f"{PP_11_2017}, pemberhentian sementara: no duties while suspended",
    ),
    Status("05", "Penerima Uang Tunggu", BOTH, f"{PP_11_2017}, uang tunggu: holds no jabatan"),
    Status("06", "Prajurit Wajib", BOTH, f"{PP_11_2017}: serving outside the office"),
    Status(
        "07",
        "Pejabat Negara",
        BOTH,
        f"{PP_11_2017}, PNS appointed pejabat negara: pemberhentian sementara",
    ),
    Status(
        "08",
        "Kepala Desa",
        BOTH,
        "UU 6/2014 tentang Desa: a PNS elected kepala desa is released from the jabatan",
    ),
    Status(
        "09",
        "Sedang dlm Proses Banding BAPEK",
        NONE,
        "PP 94/2021 tentang Disiplin PNS: still in the jabatan while the appeal runs" + UNCONFIRMED,
    ),
    Status(
        "11",
        "Pegawai Titipan",
        BOTH,
        "Appraised by the instansi where the employee serves" + UNCONFIRMED,
    ),
    Status("12", "Pengungsi", BOTH, "Not serving in the office" + UNCONFIRMED),
    Status("13", "Perpanjangan CLTN", BOTH, f"{PP_11_2017}, cuti di luar tanggungan negara"),
    Status(
        "14",
        "PNS yang dinyatakan hilang",
        BOTH,
        f"{PP_11_2017}, PNS dinyatakan hilang: diberhentikan sementara",
    ),
    Status(
        "15",
        "PNS kena hukuman disiplin",
        NONE,
        "PP 94/2021 tentang Disiplin PNS: serves and is appraised",
    ),
    Status(
        "16",
        "Pemindahan dalam rangka penurunan Jabatan",
        NONE,
        "PP 94/2021 tentang Disiplin PNS: serves in the lower jabatan and is appraised",
    ),
    Status(
        "20",
        "Masa Persiapan Pensiun",
        BOTH,
        f"{PP_11_2017}, masa persiapan pensiun: released from the jabatan",
    ),
    Status(
        "51",
        "CPNS yang belum menerima SK CPNS",
        NONE,
        "PermenPANRB 6/2022: a CPNS has an SKP" + UNCONFIRMED,
    ),
    Status("52", "Tidak Aktif", BOTH, _NOT_SERVING),
    Status("66", "Diberhentikan", BOTH, _NOT_SERVING),
    Status("67", "Punah", BOTH, _NOT_SERVING),
    Status("68", "Eks PNS Timor Timur", BOTH, _NOT_SERVING),
    Status("69", "TMS Dari Pengadaan", BOTH, _NOT_SERVING),
    Status("70", "Pembatalan NIP", BOTH, _NOT_SERVING),
    Status("77", "Pemberhentian tanpa hak pensiun", BOTH, _NOT_SERVING),
    Status("88", "Pemberhentian dengan hak pensiun", BOTH, _NOT_SERVING),
    Status("89", "Tidak aktif tetapi diusulkan Pensiun", BOTH, _NOT_SERVING),
    Status("90", "Tidak Ikut PUPNS 2015", BOTH, _NOT_SERVING),
    Status("91", "Tindak Pidana/ Tindak Pidana Jabatan", BOTH, _NOT_SERVING),
    Status("92", "Pemblokiran Data PNS", BOTH, _NOT_SERVING),
    Status("98", "Mencapai BUP", BOTH, _NOT_SERVING),
    Status("99", "Pensiun", BOTH, _NOT_SERVING),
)
BY_CODE = {s.code: s for s in STATUSES}
_BY_NAME = {s.name.casefold(): s for s in STATUSES}


def status_of(code: str) -> Status | None:
    return BY_CODE.get(code)


def code_of_name(name: str) -> str | None:
    """The SIASN id of a kedudukan hukum written by name (a register import's `KEDUDUKAN
    HUKUM NAMA`, any case, spaces tidied), or of an id typed as such ("2" is "02")."""
    text = " ".join(name.split()).casefold()
    if text.isdigit():
        code = text.zfill(2)
        return code if code in BY_CODE else None
    found = _BY_NAME.get(text)
    return found.code if found else None


@dataclass(frozen=True)
class Spell:
    """One recorded status: `code` from `first` to `last` inclusive (`last` None: open)."""

    code: str
    first: dt.date
    last: dt.date | None = None

    def overlaps(self, other: Spell) -> bool:
        return (other.last is None or self.first <= other.last) and (
            self.last is None or other.first <= self.last
        )

    def days_within(self, first: dt.date, last: dt.date) -> int:
        start = max(first, self.first)
        end = last if self.last is None else min(last, self.last)
        return max((end - start).days + 1, 0)


@dataclass(frozen=True)
class Exemption:
    """Why an employee has no SKP or evaluation to make in a period: the status, since when,
    how many of the period's days it covers, and the regulation."""

    code: str
    name: str
    since: dt.date
    days: int
    period_days: int
    basis: str

    @property
    def reason(self) -> str:
        """ "CLTN sejak 1 Maret 2026" (the official name and an Indonesian date, as shown in
        Indonesian and English alike: both are official terms)."""
        return f"{self.name} sejak {format_date(self.since)}"


def first_overlap(spell: Spell, others: Iterable[Spell]) -> Spell | None:
    """The first of `others` sharing a day with `spell` (the services refuse it)."""
    return next((o for o in others if spell.overlaps(o)), None)


def is_exempt(
    history: Iterable[Spell], first: dt.date, last: dt.date, duty: Duty = Duty.EVALUATION
) -> Exemption | None:
    """The exemption of an employee with this status history from `duty` in the period
    `first`..`last` (inclusive), or None when they must have it: exempt when the exempting
    statuses cover more than half of the period's days."""
    if last < first:
        raise ValueError("a period cannot end before it starts")
    period_days = (last - first).days + 1
    covered = 0
    best: tuple[int, Spell] | None = None
    for spell in sorted(history, key=lambda s: s.first):
        status = BY_CODE.get(spell.code)
        if status is None or duty not in status.exempts:
            continue
        days = spell.days_within(first, last)
        if days <= 0:
            continue
        covered += days
        if best is None or days > best[0]:
            best = (days, spell)
    if best is None or covered * 2 <= period_days:
        return None
    status = BY_CODE[best[1].code]
    return Exemption(status.code, status.name, best[1].first, covered, period_days, status.basis)


def exempt_in_months(
    history: Iterable[Spell], year: int, months: MonthRange, duty: Duty = Duty.SKP
) -> Exemption | None:
    """The exemption from `duty` over the months of one SKP of `year` (an SKP of January –
    June looks at 1 January – 30 June only): CLTN from 1 July exempts the July – December
    SKP and not the January – June one. Same rule as `is_exempt` (more than half the days)."""
    first, last = days_of(months, year)
    return is_exempt(history, first, last, duty)


def status_on(history: Iterable[Spell], day: dt.date) -> str:
    """The SIASN id in force on `day` (Aktif where none is recorded)."""
    for spell in history:
        if spell.days_within(day, day):
            return spell.code
    return ACTIVE
