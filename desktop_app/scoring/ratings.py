"""Ratings, predikat and organisation predikat of PermenPANRB 6/2022 and SE MenPANRB 3/2023.

The enum values are the stable keys stored in the database ("DI_ATAS", ...); `.code` is the
numeric SIASN code and `.label` the official Indonesian wording, both read from the versioned
tables in `codes` so that a correction needs no code change. Store both code and label (§0.1).
"""

from __future__ import annotations

from enum import Enum, StrEnum
from typing import Any, Self

from desktop_app.scoring.codes import (
    ORG_PREDIKAT,
    PREDIKAT,
    PREDIKAT_MATRIX,
    RATINGS,
    CodeTable,
    LabelRow,
)
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.reference import N_


def _normal(text: str) -> str:
    """Case- and space-insensitive form of a label ("Kurang / Misconduct" = "kurang/misconduct")."""
    return "".join(text.split()).casefold()


class _Coded(StrEnum):
    """A StrEnum whose members carry a code and labels from a `CodeTable` of `LabelRow`s."""

    @classmethod
    def _table(cls) -> CodeTable[tuple[LabelRow, ...]]:
        raise NotImplementedError

    @classmethod
    def _msgids(cls) -> tuple[str, str, str]:
        """(unknown code, unknown label, not a member) templates, each with {value}."""
        raise NotImplementedError

    @property
    def _row(self) -> LabelRow:
        for row in self._table().data:
            if row.key == self.value:
                return row
        raise AssertionError(f"{self.value} missing from code table {self._table().name}")

    @property
    def code(self) -> int:
        """Numeric code (SIASN where one exists), from the versioned code table."""
        return self._row.code

    @property
    def label(self) -> str:
        """Official Indonesian wording, as printed on the forms."""
        return self._row.label

    @property
    def short_label(self) -> str:
        """Shorter wording for narrow table columns."""
        return self._row.short_label

    @classmethod
    def from_code(cls, code: int | str) -> Self:
        """Member with this code (1, "1"); raises RuleError naming an unknown code."""
        number: int | None = None
        if isinstance(code, int) and not isinstance(code, bool):
            number = code
        elif isinstance(code, str) and code.strip().isdigit():
            number = int(code.strip())
        for row in cls._table().data:
            if row.code == number:
                return cls(row.key)
        raise RuleError(cls._msgids()[0], {"value": repr(code)})

    @classmethod
    def from_label(cls, text: str) -> Self:
        """Member with this label, short label, alias or key (case and spaces ignored)."""
        if isinstance(text, str):
            wanted = _normal(text)
            for row in cls._table().data:
                names = (row.key, row.label, row.short_label, *row.aliases)
                if wanted and any(_normal(n) == wanted for n in names):
                    return cls(row.key)
        raise RuleError(cls._msgids()[1], {"value": repr(text)})

    @classmethod
    def coerce(cls, value: Any) -> Self:
        """The member itself, or the member whose value (key) is `value`; else RuleError.

        A member of another enum is refused even when its value matches: `OrgPredikat.BAIK`
        passed where a `Predikat` is expected (or the reverse) is a mix-up, not a Baik.
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str) and not isinstance(value, Enum):
            try:
                return cls(value)
            except ValueError:
                pass
        raise RuleError(cls._msgids()[2], {"value": repr(value)})


class Rating(_Coded):
    """Rating Hasil Kerja / Rating Perilaku Kerja: Di Atas, Sesuai or Di Bawah Ekspektasi.

    `rank` orders them (higher is better) for monotonicity checks and majority comparisons.
    """

    DI_ATAS = "DI_ATAS"
    SESUAI = "SESUAI"
    DI_BAWAH = "DI_BAWAH"

    @classmethod
    def _table(cls) -> CodeTable[tuple[LabelRow, ...]]:
        return RATINGS

    @classmethod
    def _msgids(cls) -> tuple[str, str, str]:
        return (
            N_("scoring", "rating code {value} is not known"),
            N_("scoring", "rating label {value} is not known"),
            N_("scoring", "{value} is not a rating"),
        )

    @property
    def rank(self) -> int:
        """3 = Di Atas, 2 = Sesuai, 1 = Di Bawah (higher is better)."""
        return {"DI_ATAS": 3, "SESUAI": 2, "DI_BAWAH": 1}[self.value]


class Predikat(_Coded):
    """Predikat Kinerja Pegawai (kuadran): Sangat Baik ... Sangat Kurang.

    `rank` orders them, 5 = Sangat Baik down to 1 = Sangat Kurang; Kurang/Misconduct (4 on the
    SIASN code) ranks below Butuh Perbaikan, matching the curve's x-axis.
    """

    SANGAT_BAIK = "SANGAT_BAIK"
    BAIK = "BAIK"
    BUTUH_PERBAIKAN = "BUTUH_PERBAIKAN"
    KURANG = "KURANG"
    SANGAT_KURANG = "SANGAT_KURANG"

    @classmethod
    def _table(cls) -> CodeTable[tuple[LabelRow, ...]]:
        return PREDIKAT

    @classmethod
    def _msgids(cls) -> tuple[str, str, str]:
        return (
            N_("scoring", "predikat code {value} is not known"),
            N_("scoring", "predikat label {value} is not known"),
            N_("scoring", "{value} is not a predikat"),
        )

    @property
    def rank(self) -> int:
        """5 = Sangat Baik, 4 = Baik, 3 = Butuh Perbaikan, 2 = Kurang, 1 = Sangat Kurang."""
        return _PREDIKAT_RANK[self.value]


_PREDIKAT_RANK = {
    "SANGAT_BAIK": 5,
    "BAIK": 4,
    "BUTUH_PERBAIKAN": 3,
    "KURANG": 2,
    "SANGAT_KURANG": 1,
}


class OrgPredikat(_Coded):
    """Capaian Kinerja Organisasi (SE MenPANRB 3/2023): Istimewa ... Sangat Kurang."""

    ISTIMEWA = "ISTIMEWA"
    BAIK = "BAIK"
    BUTUH_PERBAIKAN = "BUTUH_PERBAIKAN"
    KURANG = "KURANG"
    SANGAT_KURANG = "SANGAT_KURANG"

    @classmethod
    def _table(cls) -> CodeTable[tuple[LabelRow, ...]]:
        return ORG_PREDIKAT

    @classmethod
    def _msgids(cls) -> tuple[str, str, str]:
        return (
            N_("scoring", "organisation predikat code {value} is not known"),
            N_("scoring", "organisation predikat label {value} is not known"),
            N_("scoring", "{value} is not an organisation predikat"),
        )


def predikat(hasil: Rating, perilaku: Rating) -> Predikat:
    """Predikat Kinerja Pegawai from the two ratings, by the kuadran matrix only (§3, §0.5).

    Not max() nor an average: e.g. Di Atas hasil with Di Bawah perilaku is Kurang/Misconduct.
    Accepts the members or their stored values; raises RuleError naming anything else.
    """
    hasil_r = Rating.coerce(hasil)
    perilaku_r = Rating.coerce(perilaku)
    return Predikat(PREDIKAT_MATRIX.data[(hasil_r.value, perilaku_r.value)])
