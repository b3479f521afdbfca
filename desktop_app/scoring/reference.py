"""Reference code tables for the register: employee kinds, grades, positions, echelons.

Pure data with its regulation source (domain.md §8). Each table carries a version so that a
package or a printed form can say which table it was made with. Labels are the official
Indonesian terms; codes follow the SIMPEG convention where one exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

REFERENCE_VERSION = "2026.1"


def N_(context: str, text: str) -> str:
    """Mark a string for Qt's lupdate without importing Qt (alias of QT_TRANSLATE_NOOP)."""
    return text


class EmployeeKind(StrEnum):
    """Jenis pegawai: PNS (career civil servant) or PPPK (contract civil servant)."""

    PNS = "PNS"
    PPPK = "PPPK"


class Gender(StrEnum):
    """Jenis kelamin, as encoded by the gender digit of the NIP (1 = male, 2 = female)."""

    MALE = "L"
    FEMALE = "P"

    @property
    def label(self) -> str:
        return {"L": "Laki-laki", "P": "Perempuan"}[self.value]


@dataclass(frozen=True)
class Grade:
    """Golongan/ruang (PNS, with pangkat) or golongan I-XVII (PPPK, no pangkat).

    `code` is what is stored and printed ("III/b", "IX"); `simpeg` is the numeric SIMPEG code;
    `order` ranks grades within one kind (higher is more senior).
    """

    code: str
    kind: EmployeeKind
    order: int
    simpeg: str
    rank: str | None  # pangkat; None for PPPK

    @property
    def label(self) -> str:
        return f"{self.rank} ({self.code})" if self.rank else f"Golongan {self.code}"


# Source: PP 99/2000 jo. PP 12/2002 as listed in domain.md §8.3.
_PNS_RANKS = {
    "I/a": "Juru Muda",
    "I/b": "Juru Muda Tingkat I",
    "I/c": "Juru",
    "I/d": "Juru Tingkat I",
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tingkat I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _pns_grade(i: int, code: str) -> Grade:
    roman, letter = code.split("/")
    simpeg = f"{_ROMAN[roman]}{ord(letter) - ord('a') + 1}"
    return Grade(code, EmployeeKind.PNS, i, simpeg, _PNS_RANKS[code])


PNS_GRADES: tuple[Grade, ...] = tuple(_pns_grade(i, c) for i, c in enumerate(_PNS_RANKS, 1))

# Source: Perpres 98/2020 (PPPK golongan I-XVII, codes 01-17), domain.md §8.4 (UNCONFIRMED).
_PPPK_ROMANS = [
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
]
PPPK_GRADES: tuple[Grade, ...] = tuple(
    Grade(r, EmployeeKind.PPPK, i, f"{i:02d}", None) for i, r in enumerate(_PPPK_ROMANS, 1)
)
_GRADES = {(g.kind, g.code): g for g in PNS_GRADES + PPPK_GRADES}


def grades_for(kind: EmployeeKind) -> tuple[Grade, ...]:
    """The grades valid for one kind of employee, junior first."""
    return PNS_GRADES if kind == EmployeeKind.PNS else PPPK_GRADES


def grade(kind: EmployeeKind | str, code: str) -> Grade:
    """Look up a grade; raises ValueError naming the code when it is not valid for the kind."""
    kind = EmployeeKind(kind)
    normal = code.strip()
    if kind == EmployeeKind.PNS:
        normal = normal.replace(" ", "")
        if "/" in normal:
            head, tail = normal.split("/", 1)
            normal = f"{head.upper()}/{tail.lower()}"
    else:
        normal = normal.upper()
        if normal.isdigit() and 1 <= int(normal) <= 17:
            normal = _PPPK_ROMANS[int(normal) - 1]
    try:
        return _GRADES[(kind, normal)]
    except KeyError:
        raise ValueError(f"golongan {code!r} is not valid for {kind.value}") from None


class PositionType(StrEnum):
    """Jenis jabatan (domain.md §8.5): JPT, administrasi (three levels) or fungsional."""

    JPT = "JPT"
    ADMINISTRATOR = "ADMINISTRATOR"
    PENGAWAS = "PENGAWAS"
    PELAKSANA = "PELAKSANA"
    FUNGSIONAL = "FUNGSIONAL"

    @property
    def label(self) -> str:
        return _POSITION_LABELS[self]

    @property
    def level(self) -> int:
        """Seniority used to check that a supervisor chain goes upwards (higher = senior)."""
        return _POSITION_LEVELS[self]


_POSITION_LABELS = {
    PositionType.JPT: "Jabatan Pimpinan Tinggi",
    PositionType.ADMINISTRATOR: "Administrator",
    PositionType.PENGAWAS: "Pengawas",
    PositionType.PELAKSANA: "Pelaksana",
    PositionType.FUNGSIONAL: "Fungsional",
}
_POSITION_LEVELS = {
    PositionType.JPT: 4,
    PositionType.ADMINISTRATOR: 3,
    PositionType.PENGAWAS: 2,
    PositionType.FUNGSIONAL: 1,
    PositionType.PELAKSANA: 1,
}


class JfLevel(StrEnum):
    """Jenjang jabatan fungsional: keahlian and keterampilan (domain.md §8.5)."""

    AHLI_PERTAMA = "AHLI_PERTAMA"
    AHLI_MUDA = "AHLI_MUDA"
    AHLI_MADYA = "AHLI_MADYA"
    AHLI_UTAMA = "AHLI_UTAMA"
    PEMULA = "PEMULA"
    TERAMPIL = "TERAMPIL"
    MAHIR = "MAHIR"
    PENYELIA = "PENYELIA"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").title()

    @property
    def is_keahlian(self) -> bool:
        return self.value.startswith("AHLI")


@dataclass(frozen=True)
class Echelon:
    """Eselon with its SIMPEG code; `None` code means Non Eselon."""

    code: str
    label: str


# Source: SIMPEG codes 11..52 as listed in domain.md §8.5.
ECHELONS: tuple[Echelon, ...] = (
    Echelon("11", "I.a"),
    Echelon("12", "I.b"),
    Echelon("21", "II.a"),
    Echelon("22", "II.b"),
    Echelon("31", "III.a"),
    Echelon("32", "III.b"),
    Echelon("41", "IV.a"),
    Echelon("42", "IV.b"),
    Echelon("51", "V.a"),
    Echelon("52", "V.b"),
)
_ECHELONS = {e.code: e for e in ECHELONS} | {e.label: e for e in ECHELONS}


def echelon(code_or_label: str) -> Echelon:
    """Look up an eselon by SIMPEG code ("31") or label ("III.a"); raises ValueError."""
    try:
        return _ECHELONS[code_or_label.strip()]
    except KeyError:
        raise ValueError(f"eselon {code_or_label!r} is not known") from None
