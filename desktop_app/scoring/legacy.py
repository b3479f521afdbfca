"""Numeric formulas of the archive regimes: PP 46/2011 (2014-2021) and PP 30/2019 (2019-2021).

domain.md §6. Arithmetic is Decimal; every public function returns its result quantized to
2 decimals ROUND_HALF_UP (the way the forms print). Composite functions (`nilai_capaian`,
`nilai_skp`, `prestasi_kerja`) start from the already-rounded parts, so a printed form adds up
when checked by hand. Inputs may be int, float (converted via str), str or Decimal.

T = target, R = realisasi. Waktu and biaya use the PP 46 efficiency rule: with
eff = 100 - R/T x 100, the score is ((1.76T - R)/T) x 100 when eff <= 24, else
76 - ((((1.76T - R)/T) x 100) - 100), which simplifies to R/T x 100. So the score peaks at
100 when R = 0.76T, falls by 1 per percent of T used beyond that (and goes below 0 beyond
1.76T; kept as the formula says), and is R/T x 100 (< 76) when less than 0.76T was used.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Any

from desktop_app.scoring.codes import (
    PP30_MAX_SCORE,
    PP30_PREDIKAT,
    PP30_WEIGHTS,
    PP46_KREATIVITAS,
    PP46_LEADERSHIP_ASPECT,
    PP46_PERILAKU_ASPECTS,
    PP46_SEBUTAN,
    PP46_TUGAS_TAMBAHAN,
    PP46_WEIGHTS,
)
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.numbers import Number, quantize2, to_decimal, to_decimal_in_range
from desktop_app.scoring.reference import N_

HUNDRED = Decimal(100)
EFFICIENCY_FACTOR = Decimal("1.76")  # PP 46/2011 waktu/biaya formula
EFFICIENCY_THRESHOLD = Decimal(24)  # percent; eff <= 24 uses the first branch
ZERO = Decimal("0.00")

TargetReal = tuple[Number, Number]


def _pair(target: Number, real: Number, aspect: str) -> tuple[Decimal, Decimal]:
    t = to_decimal(target, f"{aspect} target")
    r = to_decimal(real, f"{aspect} realisation")
    if t <= 0:
        raise RuleError(
            N_("scoring", "{aspect} target {value} must be greater than 0"),
            {"aspect": aspect, "value": target},
        )
    if r < 0:
        raise RuleError(
            N_("scoring", "{aspect} realisation {value} must not be negative"),
            {"aspect": aspect, "value": real},
        )
    return t, r


def _ratio_score(target: Number, real: Number, aspect: str) -> Decimal:
    t, r = _pair(target, real, aspect)
    return quantize2(r / t * HUNDRED)


def _efficiency_score(target: Number, real: Number, aspect: str) -> Decimal:
    t, r = _pair(target, real, aspect)
    if r == 0:
        return ZERO  # not carried out
    base = (EFFICIENCY_FACTOR * t - r) / t * HUNDRED
    # eff = 100 - R/T x 100 <= 24  <=>  100 R >= 76 T (compared without dividing)
    if HUNDRED * r >= (HUNDRED - EFFICIENCY_THRESHOLD) * t:
        return quantize2(base)
    return quantize2(HUNDRED - EFFICIENCY_THRESHOLD - (base - HUNDRED))


def kuantitas(t: Number, r: Number) -> Decimal:
    """Aspek kuantitas: R/T x 100 (may exceed 100); R = 0 (not done) scores 0."""
    return _ratio_score(t, r, "kuantitas")


def kualitas(t: Number, r: Number) -> Decimal:
    """Aspek kualitas (mutu): R/T x 100; R = 0 (not done) scores 0."""
    return _ratio_score(t, r, "kualitas")


def waktu(t: Number, r: Number) -> Decimal:
    """Aspek waktu: the PP 46 efficiency rule on time used (module docstring); R = 0 scores 0."""
    return _efficiency_score(t, r, "waktu")


def biaya(t: Number, r: Number) -> Decimal:
    """Aspek biaya: the PP 46 efficiency rule on cost used (module docstring); R = 0 scores 0."""
    return _efficiency_score(t, r, "biaya")


def _as_pair(value: Any, aspect: str) -> TargetReal:
    if not isinstance(value, Sequence) or isinstance(value, str) or len(value) != 2:
        raise RuleError(
            N_("scoring", "{aspect} {value} is not a (target, realisation) pair"),
            {"aspect": aspect, "value": repr(value)},
        )
    return value[0], value[1]


def nilai_capaian(
    kuantitas: TargetReal,
    kualitas: TargetReal,
    waktu: TargetReal,
    biaya: TargetReal | None = None,
) -> Decimal:
    """Nilai capaian SKP of one activity: (sum of the aspect scores) / 3, or / 4 with biaya.

    Each argument is a (target, realisation) pair. An activity whose kuantitas realisation is
    0 was not carried out and scores 0 on every aspect (as the apps do, domain.md §6.1).
    """
    pairs = {"kuantitas": kuantitas, "kualitas": kualitas, "waktu": waktu}
    if biaya is not None:
        pairs["biaya"] = biaya
    scores: list[Decimal] = []
    carried_out = True
    for aspect, value in pairs.items():
        target, real = _as_pair(value, aspect)
        if aspect == "kuantitas":
            carried_out = _pair(target, real, aspect)[1] != 0
        scorer = _ratio_score if aspect in ("kuantitas", "kualitas") else _efficiency_score
        scores.append(scorer(target, real, aspect))
    if not carried_out:
        return ZERO
    return quantize2(sum(scores, Decimal(0)) / len(scores))


class Kreativitas(StrEnum):
    """Kreativitas level of PP 46/2011: whose benefit the new idea served (UNCONFIRMED values)."""

    NONE = "none"
    UNIT = "unit"
    ORGANISASI = "organisasi"
    NEGARA = "negara"


_KREATIVITAS_ALIASES = {
    "": "none",
    "none": "none",
    "tidak ada": "none",
    "unit": "unit",
    "unit kerja": "unit",
    "organisasi": "organisasi",
    "organisation": "organisasi",
    "organization": "organisasi",
    "instansi": "organisasi",
    "negara": "negara",
    "state": "negara",
}


def kreativitas_value(level: Kreativitas | str | int | None) -> int:
    """Points added for kreativitas: none 0, unit 3, organisasi 6, negara 12 (UNCONFIRMED).

    Accepts the enum, its value or an English alias (unit/organisation/state), None, or the
    point value itself (0, 3, 6, 12) as stored by older apps.
    """
    table = PP46_KREATIVITAS.data
    if level is None:
        return table["none"]
    if isinstance(level, int) and not isinstance(level, bool) and level in table.values():
        return level
    if isinstance(level, str):
        key = _KREATIVITAS_ALIASES.get(" ".join(level.split()).casefold())
        if key is not None:
            return table[key]
    raise RuleError(
        N_("scoring", "creativity {value} is not none, unit, organisation or country"),
        {"value": repr(level)},
    )


def tugas_tambahan_value(count: int) -> int:
    """Points for the number of tugas tambahan: 0, 1-3 -> 1, 4-6 -> 2, 7+ -> 3 (UNCONFIRMED)."""
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise RuleError(
            N_("scoring", "number of additional tasks {value} is not a whole number of 0 or more"),
            {"value": repr(count)},
        )
    for minimum, points in PP46_TUGAS_TAMBAHAN.data:
        if count >= minimum:
            return points
    raise AssertionError("PP46_TUGAS_TAMBAHAN must end with a 0 row")


def nilai_skp(
    capaian: Sequence[Number],
    tugas_tambahan: int = 0,
    kreativitas: Kreativitas | str | int | None = 0,
) -> Decimal:
    """Nilai SKP: mean of the activities' nilai capaian + tugas tambahan + kreativitas points.

    `tugas_tambahan` is the NUMBER of additional tasks (mapped by `tugas_tambahan_value`);
    `kreativitas` the level (see `kreativitas_value`). May exceed 100 (domain.md §6.1).
    """
    if isinstance(capaian, str | bytes) or not isinstance(capaian, Sequence) or not capaian:
        raise RuleError(
            N_("scoring", "achievement scores {value} are not a non-empty list of activity scores"),
            {"value": repr(capaian)},
        )
    values = [to_decimal(v, "nilai capaian") for v in capaian]
    mean = quantize2(sum(values, Decimal(0)) / len(values))
    extra = tugas_tambahan_value(tugas_tambahan) + kreativitas_value(kreativitas)
    return quantize2(mean + extra)


def perilaku(aspects: Mapping[str, Number]) -> Decimal:
    """Nilai perilaku kerja (PP 46/2011): mean of the 5 aspects, or 6 with kepemimpinan.

    Keys: orientasi_pelayanan, integritas, komitmen, disiplin, kerja_sama (spaces or case
    do not matter) and optionally kepemimpinan (jabatan struktural only); each 0..100.
    """
    if not isinstance(aspects, Mapping):
        raise RuleError(
            N_("scoring", "behaviour aspects {value} are not a mapping"), {"value": repr(aspects)}
        )
    required = PP46_PERILAKU_ASPECTS.data
    allowed = (*required, PP46_LEADERSHIP_ASPECT)
    values: dict[str, Decimal] = {}
    for key, value in aspects.items():
        name = "_".join(str(key).split()).casefold()
        if name not in allowed:
            raise RuleError(
                N_("scoring", "behaviour aspect {value} is not one of {allowed}"),
                {"value": repr(key), "allowed": ", ".join(allowed)},
            )
        if name in values:
            raise RuleError(
                N_("scoring", "behaviour aspect {value} is given twice"), {"value": repr(key)}
            )
        values[name] = to_decimal_in_range(value, name, Decimal(0), HUNDRED)
    missing = [name for name in required if name not in values]
    if missing:
        raise RuleError(
            N_("scoring", "behaviour aspects missing: {value}"), {"value": ", ".join(missing)}
        )
    return quantize2(sum(values.values(), Decimal(0)) / len(values))


def prestasi_kerja(nilai_skp: Number, nilai_perilaku: Number) -> Decimal:
    """Nilai prestasi kerja (PP 46/2011): 60 % nilai SKP + 40 % nilai perilaku."""
    skp = to_decimal_in_range(nilai_skp, "nilai SKP", Decimal(0))
    behaviour = to_decimal_in_range(nilai_perilaku, "nilai perilaku", Decimal(0), HUNDRED)
    weights = PP46_WEIGHTS.data
    return quantize2(weights["skp"] * skp + weights["perilaku"] * behaviour)


def sebutan(score: Number) -> str:
    """PP 46/2011 band of a score: Sangat Baik >= 91, Baik >= 76, Cukup >= 61, Kurang >= 51,
    else Buruk (so 90.5 is Baik, not a gap between bands)."""
    value = to_decimal(score, "score")
    for minimum, label in PP46_SEBUTAN.data:
        if value >= minimum:
            return label
    raise AssertionError("PP46_SEBUTAN must end with a -Infinity row")


def pp30_nilai(skp: Number, perilaku: Number, with_peers: bool) -> Decimal:
    """Nilai kinerja (PP 30/2019 Pasal 41): 70 % SKP + 30 % perilaku, or 60/40 when the
    behaviour assessment included peers and subordinates (`with_peers`); inputs 0..120."""
    if not isinstance(with_peers, bool):
        raise RuleError(
            N_("scoring", "with_peers {value} is not True or False"), {"value": repr(with_peers)}
        )
    skp_d = to_decimal_in_range(skp, "nilai SKP", Decimal(0), PP30_MAX_SCORE)
    behaviour = to_decimal_in_range(perilaku, "nilai perilaku", Decimal(0), PP30_MAX_SCORE)
    w_skp, w_perilaku = PP30_WEIGHTS.data[with_peers]
    return quantize2(w_skp * skp_d + w_perilaku * behaviour)


def pp30_predikat(score: Number, innovation: bool) -> str:
    """Predikat kinerja (PP 30/2019): Sangat Baik needs 110..120 AND an innovation that
    benefits the organisation or state; else Baik >= 90, Cukup >= 70, Kurang >= 50,
    Sangat Kurang below. Scores outside 0..120 raise RuleError."""
    if not isinstance(innovation, bool):
        raise RuleError(
            N_("scoring", "innovation {value} is not True or False"), {"value": repr(innovation)}
        )
    value = to_decimal_in_range(score, "nilai kinerja", Decimal(0), PP30_MAX_SCORE)
    for minimum, needs_innovation, label in PP30_PREDIKAT.data:
        if value >= minimum and (innovation or not needs_innovation):
            return label
    raise AssertionError("PP30_PREDIKAT must end with a 0 row")
