"""The range of a quantitative SKP target and of its realisasi, by the kind of its unit (satuan).

Decision (domain.md §2.2: a target kuantitatif is a number with a unit of measure; §0: invalid
input is refused with a message that says what is wrong). An SKP covers one year, so:

- **percent** ("persen", "%"): a target is 0–100 (a share cannot pass the whole); a realisasi
  may pass its target (over-achievement, *di atas ekspektasi* / *istimewa*, §3-§4), up to
  1000 % (more is a typing slip). Two decimals.
- **time** within the period (the SKP's year): hari ≤ 366, minggu ≤ 53, bulan ≤ 12, jam ≤ 8784,
  menit ≤ 527 040, tahun ≤ 1, for the target and the realisasi alike. Two decimals.
- **money** ("rupiah", "Rp"): whole rupiah, below a trillion (`RUPIAH_MAX`).
- **measure** (km, ton, hektar, liter, a score "nilai", an index "indeks", a unit with
  "juta"/"miliar"): 0 to ten million, two decimals (a score of 82,5, 2,5 km).
- **count** (every other unit: dokumen, laporan, pasien, orang, ...): a whole number, 0 to
  ten million (`COUNT_MAX`: no one person's yearly output counts more).

A realisasi of a count, measure or money may pass its target up to the same maximum.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.indonesian_format import format_number
from desktop_app.scoring.reference import N_

COUNT_MAX = Decimal(10_000_000)
"""A count or measure of one person's yearly target (and its realisasi): at most ten million."""

PERCENT_TARGET_MAX = Decimal(100)
PERCENT_REALISASI_MAX = Decimal(1000)
RUPIAH_MAX = Decimal(10**12 - 1)


class UnitKind(enum.Enum):
    """What a target's unit (satuan) measures."""

    PERCENT = "percent"
    TIME = "time"
    MONEY = "money"
    MEASURE = "measure"
    COUNT = "count"


PERCENT_UNITS = frozenset({"%", "persen", "prosen", "percent", "persentase"})
TIME_MAX = {
    "menit": Decimal(527_040),
    "jam": Decimal(8784),
    "hari": Decimal(366),
    "hari kerja": Decimal(366),
    "minggu": Decimal(53),
    "pekan": Decimal(53),
    "bulan": Decimal(12),
    "tahun": Decimal(1),
}
"""The longest a time unit runs within the SKP's year (366 days of a leap year)."""
MONEY_UNITS = frozenset({"rp", "rupiah", "rp."})
MEASURE_WORDS = frozenset(
    {
        "nilai", "indeks", "index", "skor", "poin", "km", "m", "m2", "m²", "m3", "m³", "meter",
        "kilometer", "ha", "hektar", "hektare", "ton", "kg", "kilogram", "gram", "liter", "l",
        "juta", "miliar", "milyar", "ribu", "kwh", "persil", "rasio", "per",
    }
)  # fmt: skip


def unit_kind(unit: str) -> UnitKind:
    """The kind of a unit as offices write it ("persen", "%", "hari kerja", "dokumen")."""
    words = " ".join(unit.casefold().split())
    if not words:
        return UnitKind.COUNT
    if words in PERCENT_UNITS or words.split()[0] in PERCENT_UNITS:
        return UnitKind.PERCENT
    if words in TIME_MAX or words.split()[0] in TIME_MAX:
        return UnitKind.TIME
    if words in MONEY_UNITS:
        return UnitKind.MONEY
    if any(word in MEASURE_WORDS for word in words.split()):
        return UnitKind.MEASURE
    return UnitKind.COUNT


def decimals_allowed(kind: UnitKind) -> int:
    """How many decimals a value of the kind may have (0: a whole number)."""
    return 0 if kind in (UnitKind.COUNT, UnitKind.MONEY) else 2


def highest(unit: str, *, realisasi: bool = False) -> Decimal:
    """The largest target (or realisasi) for the unit."""
    kind = unit_kind(unit)
    if kind is UnitKind.PERCENT:
        return PERCENT_REALISASI_MAX if realisasi else PERCENT_TARGET_MAX
    if kind is UnitKind.TIME:
        words = " ".join(unit.casefold().split())
        return TIME_MAX.get(words, TIME_MAX.get(words.split()[0], Decimal(366)))
    if kind is UnitKind.MONEY:
        return RUPIAH_MAX
    return COUNT_MAX


def check_for_unit(value: Decimal, unit: str, *, realisasi: bool = False) -> Decimal:
    """A target (or realisasi) of `unit`: within its range and with no more decimals than
    the kind allows; RuleError saying the allowed range in user words otherwise (its numbers
    are Decimals, for the screen to write in its language)."""
    kind = unit_kind(unit)
    high = highest(unit, realisasi=realisasi)
    shown_unit = unit.strip()
    if value < 0 or value > high:
        if realisasi:
            message = N_(
                "scoring", "Achievement {value} {unit}: it must be between 0 and {high} {unit}."
            )
        else:
            message = N_(
                "scoring", "Target {value} {unit}: it must be between 0 and {high} {unit}."
            )
        raise RuleError(message, {"value": value, "unit": shown_unit, "high": high})
    if decimals_allowed(kind) == 0 and value != value.to_integral_value():
        raise RuleError(
            N_("scoring", "{value} {unit}: a count is a whole number (e.g. {whole} {unit})."),
            {"value": value, "unit": shown_unit, "whole": value.to_integral_value()},
        )
    return value


@dataclass(frozen=True)
class Target:
    """A target as stored: a number with its unit (kuantitatif) or a written target
    (kualitatif, `text`). `decimals` are those stored, so none is dropped when shown."""

    value: Decimal | None
    unit: str = ""
    text: str = ""
    decimals: int = 0

    @property
    def kind(self) -> UnitKind:
        return unit_kind(self.unit)

    @property
    def quantitative(self) -> bool:
        return self.value is not None

    def written(self, number_text: str | None = None) -> str:
        """The target in words: the written target, else the number (as `number_text`
        gives it, Indonesian by default: "95,5") and the unit."""
        if self.value is None:
            return self.text or self.unit
        number = (
            number_text if number_text is not None else format_number(self.value, self.decimals)
        )
        return " ".join(p for p in (number, self.unit) if p)


def stored_target(value: str, unit: str, text: str = "") -> Target:
    """The Target of an indicator's stored columns ("95.5", "persen", ""); a stored value that
    is not a number (older data) is kept as a written target."""
    stripped = value.strip()
    if text.strip() or not stripped:
        return Target(None, unit.strip(), text.strip() or "")
    try:
        number = Decimal(stripped.replace(",", "."))
    except ArithmeticError:
        return Target(None, unit.strip(), " ".join(p for p in (stripped, unit.strip()) if p))
    if not number.is_finite():
        return Target(None, unit.strip(), stripped)
    exponent = number.normalize().as_tuple().exponent
    decimals = max(-exponent, 0) if isinstance(exponent, int) else 0
    return Target(number, unit.strip(), "", decimals)
