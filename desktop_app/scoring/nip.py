"""NIP PNS and NI PPPK: parse, validate and format the 18-digit employee number (domain.md §8).

Layouts (1-based digit positions):

* NIP PNS (Perka BKN 22/2007): 1-8 birth date YYYYMMDD, 9-14 TMT CPNS YYYYMM (the day is
  always the 1st), 15 gender (1 male, 2 female), 16-18 serial 001-999.
* NI PPPK: 1-8 birth date, 9-12 year of first appointment, 13 the PPPK code ``2``, 14 the
  *jumlah perjanjian kerja* digit F, 15 gender, 16-18 serial.

Telling them apart: for a PNS, digits 13-14 are a month 01-12, so digit 13 is 0 or 1; a ``2``
there is never a month. Hence, when `kind` is not given, digit 13 == "2" means NI PPPK and
anything else is read as NIP PNS. A given `kind` is checked against that digit.

PPPK paruh waktu (part-time): domain.md §0.9 accepts digit 13 = 2 and ANY digit 14. The only
known example (199009132025242014) has digit 14 = 4, so `part_time` is set when digit 14 is in
`codes.NIP_RULES.data.pppk_part_time_digits` (UNCONFIRMED; {"4"}). For part-time NIs digit 14 is
not read as an agreement count.

The one home of each NIP operation: `clean_nip` (strict, or lenient for look-ups),
`parse_nip` (validate and read the parts), `display_nip` (grouped 8-6-1-3 for reading) and
`format_nip` (validate, then display).

Every failure raises `NipError` (a `RuleError`, hence a ValueError) whose `part` says which part
of the number is wrong and whose message names the wrong value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_app.scoring.codes import NIP_RULES
from desktop_app.scoring.errors import Message, RuleError
from desktop_app.scoring.reference import N_, EmployeeKind, Gender

NIP_PARTS = (
    "length",
    "characters",
    "birth_date",
    "tmt",
    "appointment_year",
    "kind_digit",
    "gender",
    "serial",
)

_SEPARATORS = re.compile(r"[\s.\-]+")
_DIGITS = re.compile(r"[0-9]*")
_NOT_DIGIT = re.compile(r"\D")


class NipError(RuleError):
    """An invalid NIP / NI PPPK; `part` is one of `NIP_PARTS`."""

    def __init__(self, part: str, msgid: str, params: Mapping[str, Any] | None = None):
        if part not in NIP_PARTS:
            raise AssertionError(f"unknown NIP part {part!r}")
        self.part = part
        super().__init__(msgid, params)


@dataclass(frozen=True)
class NipInfo:
    """What an 18-digit NIP (PNS) or NI PPPK says about its holder.

    `tmt` is the TMT CPNS (first day of the YYYYMM month) for PNS and None for PPPK, whose
    number only carries the `appointment_year`. `agreement_count` is the PPPK digit F (jumlah
    perjanjian kerja), None for PNS, for part-time NIs and for a 0 digit. `warnings` are
    plausibility remarks (e.g. appointed before 18) in English; `warning_messages` carries the
    same as translatable `Message`s.
    """

    nip: str
    kind: EmployeeKind
    birth_date: date
    gender: Gender
    tmt: date | None
    appointment_year: int
    serial: int
    part_time: bool = False
    agreement_count: int | None = None
    warnings: tuple[str, ...] = ()
    warning_messages: tuple[Message, ...] = field(default=(), compare=False)

    @property
    def formatted(self) -> str:
        """The printed grouping 8-6-1-3, e.g. "19860926 201505 1 001" (the same for PPPK)."""
        return display_nip(self.nip)


def clean_nip(text: str, *, strict: bool = True) -> str:
    """The digits of a NIP as typed, pasted or read from a file.

    `strict` (the default, for anything that is stored or validated): spaces, dots and dashes
    are removed and the rest must be exactly 18 digits 0-9, else NipError names what is wrong.
    `strict=False` (for looking a typed NIP up, or counting the digits typed so far): every
    character that is not a digit is dropped (letters too, e.g. "NIP 1986..."), the length is
    not checked and nothing is raised.
    """
    if not strict:
        return _NOT_DIGIT.sub("", text)
    if not isinstance(text, str):
        raise NipError(
            "characters",
            N_("scoring", "NIP {value} is not text"),
            {"value": repr(text)},
        )
    digits = _SEPARATORS.sub("", text)
    if not _DIGITS.fullmatch(digits):
        bad = "".join(sorted({c for c in digits if not ("0" <= c <= "9")}))
        raise NipError(
            "characters",
            N_("scoring", "NIP {value} contains characters other than digits: {characters}"),
            {"value": text.strip(), "characters": bad},
        )
    if len(digits) != 18:
        raise NipError(
            "length",
            N_("scoring", "NIP {value} has {count} digits instead of 18"),
            {"value": text.strip(), "count": len(digits)},
        )
    return digits


def _birth_date(digits: str) -> date:
    raw = digits[:8]
    try:
        born = date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    except ValueError:
        raise NipError(
            "birth_date",
            N_("scoring", "birth date {value} is not a real date"),
            {"value": raw},
        ) from None
    if born.year < NIP_RULES.data.min_birth_year:
        raise NipError(
            "birth_date",
            N_("scoring", "birth date {value} is before {year}"),
            {"value": raw, "year": NIP_RULES.data.min_birth_year},
        )
    return born


def _detect_kind(digits: str, kind: EmployeeKind | None) -> EmployeeKind:
    digit13 = digits[12]
    is_pppk_code = digit13 == NIP_RULES.data.pppk_code_digit
    if kind is EmployeeKind.PPPK and not is_pppk_code:
        raise NipError(
            "kind_digit",
            N_("scoring", "digit 13 of NI PPPK {value} is {digit}, not the PPPK code {code}"),
            {
                "value": display_nip(digits),
                "digit": digit13,
                "code": NIP_RULES.data.pppk_code_digit,
            },
        )
    if kind is EmployeeKind.PNS and is_pppk_code:
        raise NipError(
            "kind_digit",
            N_(
                "scoring",
                "digit 13 of NIP PNS {value} is {digit}, the PPPK code: this looks like an NI PPPK",
            ),
            {"value": display_nip(digits), "digit": digit13},
        )
    if kind is not None:
        return kind
    return EmployeeKind.PPPK if is_pppk_code else EmployeeKind.PNS


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a non-leap year
        return day.replace(year=day.year + years, day=28)


def parse_nip(text: str, kind: EmployeeKind | str | None = None) -> NipInfo:
    """Parse and validate a NIP PNS or NI PPPK (see the module docstring for the layouts).

    Spaces, dots and dashes are ignored. `kind`, when given, must agree with digit 13;
    when None the kind is detected from digit 13 ("2" = PPPK). Raises `NipError`.
    """
    if kind is not None:
        try:
            kind = EmployeeKind(kind)
        except ValueError:
            raise RuleError(
                N_("scoring", "employee kind {value} is not PNS or PPPK"), {"value": repr(kind)}
            ) from None
    digits = clean_nip(text)
    born = _birth_date(digits)
    detected = _detect_kind(digits, kind)
    rules = NIP_RULES.data
    warnings: list[Message] = []

    tmt: date | None = None
    part_time = False
    agreement_count: int | None = None
    if detected is EmployeeKind.PNS:
        year_raw, month_raw = digits[8:12], digits[12:14]
        month = int(month_raw)
        if not 1 <= month <= 12:
            raise NipError(
                "tmt",
                N_("scoring", "TMT {value}: month {month} is not 01-12"),
                {"value": digits[8:14], "month": month_raw},
            )
        year = int(year_raw)
        tmt = date(year, month, 1) if year >= 1 else None
        if tmt is None or tmt <= born:
            raise NipError(
                "tmt",
                N_("scoring", "TMT {value} is not after the birth date {birth_date}"),
                {"value": digits[8:14], "birth_date": digits[:8]},
            )
        appointment_year = year
        if tmt < _add_years(born, rules.min_appointment_age):
            warnings.append(
                Message(
                    N_("scoring", "TMT {value} is before the holder's {age}th birthday"),
                    {"value": digits[8:14], "age": rules.min_appointment_age},
                )
            )
    else:
        appointment_year = int(digits[8:12])
        if appointment_year <= born.year:
            raise NipError(
                "appointment_year",
                N_("scoring", "appointment year {value} is not after the birth year {birth_year}"),
                {"value": digits[8:12], "birth_year": born.year},
            )
        if appointment_year - born.year < rules.min_appointment_age:
            warnings.append(
                Message(
                    N_("scoring", "appointment year {value} is before the holder's {age}th year"),
                    {"value": digits[8:12], "age": rules.min_appointment_age},
                )
            )
        if appointment_year < rules.pppk_first_year:
            warnings.append(
                Message(
                    N_("scoring", "appointment year {value} is before PPPK existed ({year})"),
                    {"value": digits[8:12], "year": rules.pppk_first_year},
                )
            )
        digit14 = digits[13]
        part_time = digit14 in rules.pppk_part_time_digits
        if not part_time:
            if digit14 == "0":
                warnings.append(
                    Message(
                        N_("scoring", "digit 14 (number of work agreements) of {value} is 0"),
                        {"value": display_nip(digits)},
                    )
                )
            else:
                agreement_count = int(digit14)

    gender_digit = digits[14]
    if gender_digit == "1":
        gender = Gender.MALE
    elif gender_digit == "2":
        gender = Gender.FEMALE
    else:
        raise NipError(
            "gender",
            N_("scoring", "gender digit {value} is not 1 (male) or 2 (female)"),
            {"value": gender_digit},
        )
    serial = int(digits[15:])
    if serial == 0:
        raise NipError(
            "serial",
            N_("scoring", "serial number {value} is not 001-999"),
            {"value": digits[15:]},
        )
    return NipInfo(
        nip=digits,
        kind=detected,
        birth_date=born,
        gender=gender,
        tmt=tmt,
        appointment_year=appointment_year,
        serial=serial,
        part_time=part_time,
        agreement_count=agreement_count,
        warnings=tuple(str(w) for w in warnings),
        warning_messages=tuple(warnings),
    )


def display_nip(nip: str, *, only_valid: bool = False) -> str:
    """A NIP for reading: 18 digits grouped 8-6-1-3 as printed ("19860926 201505 1 001", the
    same for NI PPPK); anything else is returned as given, so screens, prints and exports
    never fail on a stored value.

    By default the digits are not judged (a wrong birth date is grouped too). With
    `only_valid`, `nip` is grouped only when `parse_nip` accepts it (separators are then
    ignored) and otherwise returned as given: the import's messages show a wrong number as the
    user wrote it.
    """
    if only_valid:
        try:
            nip = parse_nip(nip).nip
        except RuleError:
            return nip
    if len(nip) == 18 and nip.isdigit():
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    return nip


def format_nip(text: str, kind: EmployeeKind | str | None = None) -> str:
    """Validate `text` and return it grouped 8-6-1-3; raises NipError when it is not valid."""
    return display_nip(parse_nip(text, kind).nip)
