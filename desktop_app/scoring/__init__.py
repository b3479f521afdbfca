"""Pure-Python rules engine of Kinerja Luring: no Qt, no database, no other project packages.

Public API (names are fixed; other packages import them from here):

* ratings (PermenPANRB 6/2022): `Rating`, `Predikat`, `OrgPredikat`, `predikat()`
* distribution (SE MenPANRB 3/2023): `check_distribution()`, `suggest_distribution()`,
  `distribution_rules()`, `Finding`
* periods: `summarize_periods()`, `PeriodRating`, `PeriodRow`, `PeriodSummary`, `PeriodWarning`
* NIP / NI PPPK: `parse_nip()`, `format_nip()`, `NipInfo`, `NipError`
* development and JF: `JP_MINUTES`, `MIN_JP_PER_YEAR`, `jp_from_minutes()`, `jp_shortfall()`,
  `jp_total()`, `Activity`, `angka_kredit()`, `jenis_diklat()`, `jenis_diklat_list()`
* archive formulas: `desktop_app.scoring.legacy` (PP 46/2011, PP 30/2019)
* errors and messages: `RuleError` (a ValueError), `Message`
* code tables: `desktop_app.scoring.codes` (`CODETABLE_VERSION`, `TABLES`)
"""

from desktop_app.scoring.codes import CODETABLE_VERSION
from desktop_app.scoring.development import (
    JP_MINUTES,
    MIN_JP_PER_YEAR,
    Activity,
    angka_kredit,
    jenis_diklat,
    jenis_diklat_list,
    jp_from_minutes,
    jp_shortfall,
    jp_total,
)
from desktop_app.scoring.distribution import (
    Finding,
    check_distribution,
    distribution_rules,
    suggest_distribution,
)
from desktop_app.scoring.errors import Message, RuleError
from desktop_app.scoring.nip import NipError, NipInfo, format_nip, parse_nip
from desktop_app.scoring.periods import (
    PeriodRating,
    PeriodRow,
    PeriodSummary,
    PeriodWarning,
    summarize_periods,
)
from desktop_app.scoring.ratings import OrgPredikat, Predikat, Rating, predikat

__all__ = [
    "CODETABLE_VERSION",
    "JP_MINUTES",
    "MIN_JP_PER_YEAR",
    "Activity",
    "Finding",
    "Message",
    "NipError",
    "NipInfo",
    "OrgPredikat",
    "PeriodRating",
    "PeriodRow",
    "PeriodSummary",
    "PeriodWarning",
    "Predikat",
    "Rating",
    "RuleError",
    "angka_kredit",
    "check_distribution",
    "distribution_rules",
    "format_nip",
    "jenis_diklat",
    "jenis_diklat_list",
    "jp_from_minutes",
    "jp_shortfall",
    "jp_total",
    "parse_nip",
    "predikat",
    "suggest_distribution",
    "summarize_periods",
]
