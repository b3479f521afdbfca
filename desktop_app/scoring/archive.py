"""What an archive appraisal (PP 46/2011, PP 30/2019) is made of, and its scores: the
typed input, numbers read the Indonesian way, and every check and score before anything is
stored (pure: `services.archive.appraisals` stores it). A refusal is an `ArchiveRefusal`
whose code names what is wrong, with the row, field and value as parameters; the services
word it (`services.archive.scores.MESSAGES`, translation context "legacy").

PP 30/2019 gives the weights and predikat bands but no per-activity formula (domain.md
§6.2), so its nilai SKP here is the mean nilai capaian of the activities computed with the
PP 46 aspect formulas (no tugas tambahan or kreativitas points), and must stay within the
0..120 scale; its perilaku uses the PP 46 aspects. Both are project choices, not rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from desktop_app.scoring import legacy
from desktop_app.scoring.codes import PP30_MAX_SCORE, PP46_LEADERSHIP_ASPECT, PP46_PERILAKU_ASPECTS
from desktop_app.scoring.errors import RuleError

CONTEXT = "legacy"

PP46, PP30 = "PP_46_2011", "PP_30_2019"
ARCHIVE_REGIMES = (PP46, PP30)
REQUIRED_ASPECTS: tuple[str, ...] = PP46_PERILAKU_ASPECTS.data
LEADERSHIP = PP46_LEADERSHIP_ASPECT
ASPECTS = (*REQUIRED_ASPECTS, LEADERSHIP)
KREATIVITAS_LEVELS = tuple(k.value for k in legacy.Kreativitas)  # none, unit, organisasi, negara

# (target field, realisation field) per aspect, in the order of the form
ASPECT_FIELDS = {
    "kuantitas": ("kuantitas_target", "kuantitas_real"),
    "kualitas": ("kualitas_target", "kualitas_real"),
    "waktu": ("waktu_target", "waktu_real"),
    "biaya": ("biaya_target", "biaya_real"),
}
NUMBER_FIELDS = ("angka_kredit", *(f for pair in ASPECT_FIELDS.values() for f in pair))


class ArchiveRefusal(RuleError):
    """The input of an archive appraisal was refused. `msgid` is a code ("activity.negative");
    `params` name the row (1-based), the `field` (a key of NUMBER_FIELDS), the value, or the
    `problem` (the RuleError of a formula of `scoring.legacy`)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params, context=CONTEXT)


def _error(code: str, **params: object) -> ArchiveRefusal:
    return ArchiveRefusal(code, **params)


# --- input -----------------------------------------------------------------------------------


@dataclass
class ActivityInput:
    """One kegiatan tugas jabatan as typed: numbers as text ("12,5" and "1.500.000" are
    read the Indonesian way); an empty field is not given yet. `id` is the stored row, None
    for a new one."""

    text: str
    kuantitas_target: str = ""
    kuantitas_real: str = ""
    output_unit: str = ""
    kualitas_target: str = ""
    kualitas_real: str = ""
    waktu_target: str = ""
    waktu_real: str = ""
    biaya_target: str = ""
    biaya_real: str = ""
    angka_kredit: str = ""
    id: int | None = None


@dataclass
class LegacyInput:
    """What the dialog saves, whole: the activities replace the stored ones (rows left out
    are removed). `perilaku` maps aspect keys (`ASPECTS`) to values 0..100 as text ("" or a
    missing key: not scored yet); kepemimpinan only when `structural`. `tugas_tambahan` and
    `kreativitas` belong to PP 46, `with_peers` and `innovation` to PP 30."""

    activities: list[ActivityInput] = field(default_factory=list)
    structural: bool = False
    perilaku: dict[str, str] = field(default_factory=dict)
    tugas_tambahan: int = 0
    kreativitas: str = "none"
    with_peers: bool = False
    innovation: bool = False
    notes: str = ""


@dataclass(frozen=True)
class Scores:
    """The computed numbers; None while the input needed for one is incomplete."""

    capaian: tuple[Decimal | None, ...]  # nilai capaian per activity (as given, blanks too)
    nilai_skp: Decimal | None
    nilai_perilaku: Decimal | None
    nilai_prestasi: Decimal | None  # prestasi kerja (PP 46) / nilai kinerja (PP 30)
    sebutan: str | None  # sebutan (PP 46) / predikat (PP 30)


# --- numbers ---------------------------------------------------------------------------------


_GROUPED_DOTS = re.compile(r"^[1-9]\d{0,2}(\.\d{3})+$")  # 800.000, 1.500.000
_GROUPED_COMMAS = re.compile(r"^[1-9]\d{0,2}(,\d{3}){2,}$")  # 1,500,000


def parse_number(text: str) -> Decimal | None:
    """A typed number, read the Indonesian way first: "," is the decimal mark and "." groups
    thousands ("800.000" and "1.500.000,75"); "12.5" and "0.5", which cannot be grouped
    thousands, are read as decimals, and "1,500,000" as grouped. With both marks the last one
    is the decimal mark. None for empty text; ValueError if it is not a number."""
    text = "".join((text or "").split())
    if not text:
        return None
    sign = ""
    if text[0] in "+-":
        sign, text = text[0], text[1:]
    if "." in text and "," in text:
        decimal_mark = "." if text.rfind(".") > text.rfind(",") else ","
        group = "," if decimal_mark == "." else "."
        text = text.replace(group, "").replace(decimal_mark, ".")
    elif _GROUPED_DOTS.match(text) or _GROUPED_COMMAS.match(text):
        text = text.replace(".", "").replace(",", "")
    else:
        text = text.replace(",", ".")
    try:
        value = Decimal(sign + text)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def display_number(stored: str | None) -> str:
    """A stored decimal ("12.5", "1500000") as the forms print it, the Indonesian way, and
    as `parse_number` reads it back: "12,5", "1.500.000"."""
    if not stored:
        return ""
    sign = "-" if stored.startswith("-") else ""
    whole, _, fraction = stored.lstrip("-").partition(".")
    groups = []
    while len(whole) > 3:
        whole, tail = whole[:-3], whole[-3:]
        groups.insert(0, tail)
    text = ".".join([whole, *groups])
    return f"{sign}{text},{fraction}" if fraction else f"{sign}{text}"


def plain_decimal(value: Decimal) -> str:
    """A decimal as stored: no exponent, no trailing zeros ("1500000", "12.5")."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def _parsed_activity(n: int, item: ActivityInput) -> dict[str, Decimal | None]:
    values: dict[str, Decimal | None] = {}
    for name in NUMBER_FIELDS:
        raw = getattr(item, name)
        try:
            values[name] = parse_number(raw)
        except ValueError:
            raise _error(
                "activity.not_a_number",
                row=n,
                field=name,
                value=raw,
            ) from None
        value = values[name]
        if value is None:
            continue
        if name.endswith("_target") and value <= 0:
            raise _error(
                "activity.target_not_positive",
                row=n,
                field=name,
            )
        if value < 0:
            raise _error(
                "activity.negative",
                row=n,
                field=name,
            )
    if values["biaya_real"] is not None and values["biaya_target"] is None:
        raise _error(
            "activity.biaya_real_without_target",
            row=n,
        )
    return values


def is_blank(item: ActivityInput) -> bool:
    """An empty row of the table (added, never filled): skipped, not refused."""
    return not item.text.strip() and not any(
        getattr(item, name).strip() for name in (*NUMBER_FIELDS, "output_unit")
    )


def _capaian(n: int, values: Mapping[str, Decimal | None]) -> Decimal | None:
    pairs: dict[str, tuple[Decimal, Decimal] | None] = {}
    for aspect, (target, real) in ASPECT_FIELDS.items():
        t, r = values[target], values[real]
        if aspect == "biaya" and t is None:
            pairs[aspect] = None
            continue
        if t is None or r is None:
            return None  # not complete yet
        pairs[aspect] = (t, r)
    try:
        return legacy.nilai_capaian(
            pairs["kuantitas"], pairs["kualitas"], pairs["waktu"], pairs["biaya"]
        )
    except RuleError as err:
        raise _error("activity.problem", row=n, problem=err) from None


def perilaku_values(data: LegacyInput) -> dict[str, Decimal]:
    """The scored perilaku aspects as numbers, each checked (0..100; kepemimpinan only for a
    jabatan struktural)."""
    values: dict[str, Decimal] = {}
    for key, raw in data.perilaku.items():
        if key not in ASPECTS:
            raise _error("perilaku.unknown_aspect", value=key)
        try:
            value = parse_number(raw)
        except ValueError:
            raise _error(
                "perilaku.not_a_number",
                aspect=key.replace("_", " "),
                value=raw,
            ) from None
        if value is None:
            continue
        if not 0 <= value <= 100:
            raise _error(
                "perilaku.out_of_range",
                aspect=key.replace("_", " "),
                value=raw,
            )
        values[key] = value
    if LEADERSHIP in values and not data.structural:
        raise _error("perilaku.leadership_not_structural")
    return values


def _check_regime_fields(regime: str, data: LegacyInput) -> None:
    if isinstance(data.tugas_tambahan, bool) or not isinstance(data.tugas_tambahan, int):
        raise _error(
            "tugas_tambahan.not_whole",
            value=data.tugas_tambahan,
        )
    if data.tugas_tambahan < 0:
        raise _error("tugas_tambahan.negative")
    if data.kreativitas not in KREATIVITAS_LEVELS:
        raise _error(
            "kreativitas.unknown",
            value=data.kreativitas,
        )
    if regime == PP30 and (data.tugas_tambahan or data.kreativitas != "none"):
        raise _error("regime.pp46_marks_under_pp30")
    if regime == PP46 and (data.with_peers or data.innovation):
        raise _error("regime.pp30_marks_under_pp46")


def scores(regime: str, data: LegacyInput) -> Scores:
    """Check the input and compute every score. Raises RuleError naming the row and field of
    the first problem; incomplete parts give None, not an error."""
    if regime not in ARCHIVE_REGIMES:
        raise _error("regime.not_archive", value=regime)
    _check_regime_fields(regime, data)
    capaian: list[Decimal | None] = []
    given: list[Decimal | None] = []
    for n, item in enumerate(data.activities, 1):
        if is_blank(item):
            capaian.append(None)
            continue
        if not item.text.strip():
            raise _error("activity.without_text", row=n)
        capaian.append(_capaian(n, _parsed_activity(n, item)))
        given.append(capaian[-1])
    nilai_skp = None
    if given and all(c is not None for c in given):
        if regime == PP46:
            nilai_skp = legacy.nilai_skp(given, data.tugas_tambahan, data.kreativitas)
        else:
            nilai_skp = legacy.nilai_skp(given)
    aspects = perilaku_values(data)
    wanted = (*REQUIRED_ASPECTS, LEADERSHIP) if data.structural else REQUIRED_ASPECTS
    nilai_perilaku = None
    if all(a in aspects for a in wanted):
        nilai_perilaku = legacy.perilaku({a: aspects[a] for a in wanted})
    total, label = _total(regime, nilai_skp, nilai_perilaku, data)
    return Scores(tuple(capaian), nilai_skp, nilai_perilaku, total, label)


def _total(
    regime: str, skp: Decimal | None, behaviour: Decimal | None, data: LegacyInput
) -> tuple[Decimal | None, str | None]:
    if skp is None or behaviour is None:
        return None, None
    if regime == PP30 and skp > PP30_MAX_SCORE:
        raise _error(
            "regime.pp30_above_scale",
            value=str(skp),
            max=str(PP30_MAX_SCORE),
        )
    if regime == PP46:
        total = legacy.prestasi_kerja(skp, behaviour)
        return total, legacy.sebutan(total)
    total = legacy.pp30_nilai(skp, behaviour, data.with_peers)
    return total, legacy.pp30_predikat(total, data.innovation)


# --- for the screens -------------------------------------------------------------------------


def is_archive_regime(regime: str) -> bool:
    """Is a `Period.regime` one whose years are appraised here (not in the Evaluasi list)?"""
    return regime in ARCHIVE_REGIMES


def kreativitas_points(level: str) -> int:
    """Points a kreativitas level adds to the PP 46 nilai SKP (for the dialog's choices)."""
    return legacy.kreativitas_value(level)


def tugas_tambahan_points(count: int) -> int:
    """Points a number of tugas tambahan adds to the PP 46 nilai SKP."""
    return legacy.tugas_tambahan_value(count)
