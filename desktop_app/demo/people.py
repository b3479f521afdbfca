"""Demo people: draws heads and staff (names, gelar, NIP, birth, grade and jabatan that fit
age and service) from the shared random generator, dated from REFERENCE_DATE."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from desktop_app.demo.blueprint import REFERENCE_DATE, Person, UnitPlan
from desktop_app.demo.catalogue_office import EDU, JOBS, MIXES, Edu, Job, Variant
from desktop_app.demo.catalogue_people import (
    BIRTH_PLACES,
    NAME_STYLES,
    PHONE_PREFIXES,
    PNS_LEAVING_REASONS,
    PNS_LEAVING_WEIGHTS,
    PPPK_LEAVING_REASONS,
)
from desktop_app.scoring import reference
from desktop_app.scoring.indonesian_format import MONTHS
from desktop_app.scoring.reference import JfLevel, PositionType


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _promotion_day(day: dt.date) -> dt.date:
    """The next kenaikan pangkat period (1 April or 1 October) on or after `day`."""
    for candidate in (dt.date(day.year, 4, 1), dt.date(day.year, 10, 1)):
        if candidate >= day:
            return candidate
    return dt.date(day.year + 1, 4, 1)


class PersonMaker:
    """Draws people from the shared random generator, keeping NIPs unique."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.serials: dict[str, int] = {}
        places, weights = zip(*BIRTH_PLACES, strict=True)
        self.places: tuple[str, ...] = places
        self.place_weights: tuple[int, ...] = weights

    # -- pieces ------------------------------------------------------------------------------

    def _pick(self, variants: Sequence[Variant]) -> Variant:
        return self.rng.choices(variants, weights=[v[0] for v in variants])[0]

    def _name(self, female: bool) -> str:
        r = self.rng
        style = r.choices(NAME_STYLES, weights=[n.weight for n in NAME_STYLES])[0]
        singles = style.single_female if female else style.single_male
        if singles and r.random() < 0.12:
            return r.choice(singles)
        first = r.choice(style.female if female else style.male)
        lasts = style.female_last if female else style.male_last
        if not lasts or r.random() < 0.08:
            return first
        middles = style.female_middle if female else style.male_middle
        middle = r.choice(middles) if middles and r.random() < 0.3 else ""
        if middle and middle not in first:
            return f"{first} {middle} {r.choice(lasts)}"
        return f"{first} {r.choice(lasts)}"

    def _birth(self, age: int) -> dt.date:
        """A birth date making the person `age` (whole years) on REFERENCE_DATE."""
        latest = _add_years(REFERENCE_DATE, -age)
        return latest - dt.timedelta(days=self.rng.randrange(1, 365))

    def _titles(self, front: str, back: str, female: bool, birth: dt.date) -> tuple[str, str]:
        """Gelar as printed: older social-science graduates are Drs./Dra.; some are hajis."""
        r = self.rng
        first_degree = back.split(",")[0].strip()
        if first_degree in ("S.Sos.", "S.E.", "S.AP.") and birth.year <= 1970 and r.random() < 0.6:
            front = "Dra." if female else "Drs."
            back = ", ".join(p.strip() for p in back.split(",")[1:])
        if REFERENCE_DATE.year - birth.year >= 45 and r.random() < 0.08:
            front = f"{front} {'Hj.' if female else 'H.'}".strip()
        return front, back

    def _phone(self) -> str:
        r = self.rng
        if r.random() < 0.1:
            return ""
        digits = f"{r.randrange(10**8):08d}"
        return f"0{r.choice(PHONE_PREFIXES)}-{digits[:4]}-{digits[4:]}"

    def _nip(self, prefix: str) -> str:
        """The 15 leading digits plus a serial; the serial moves on when the prefix repeats."""
        serial = self.serials.get(prefix)
        if serial is None:
            serial = self.rng.choices((1, 2, 3, 4, 5, 7, 12), weights=(50, 20, 10, 7, 5, 5, 3))[0]
        else:
            serial += 1
        if serial > 999:
            raise RuntimeError(f"NIP serials exhausted for {prefix}")
        self.serials[prefix] = serial
        return f"{prefix}{serial:03d}"

    def _pns(
        self, female: bool, edu: Edu, age: int | None, min_service: int = 1
    ) -> tuple[dt.date, dt.date, str]:
        """Birth date, TMT CPNS and NIP of a PNS (age None: drawn from the service years)."""
        r = self.rng
        cpns_age = r.randint(edu.min_age, edu.max_age)
        if age is None:
            longest = max(1, 57 - cpns_age)
            service = round(r.triangular(1, longest, longest * 0.6))
            age = cpns_age + service
        cpns_age = max(19, min(cpns_age, age - min_service))
        birth = self._birth(age)
        tmt_day = _add_years(birth, cpns_age)
        tmt = dt.date(tmt_day.year, tmt_day.month, 1)
        latest = dt.date(REFERENCE_DATE.year - 1, 3, 1)
        if tmt > latest:
            tmt = latest
        if tmt <= birth:  # cannot happen with the ages used, but the NIP rule is strict
            tmt = dt.date(birth.year + 19, 1, 1)
        gender = "2" if female else "1"
        nip = self._nip(f"{birth:%Y%m%d}{tmt:%Y%m}{gender}")
        return birth, tmt, nip

    def _pns_grade(
        self, tmt: dt.date, entry: int, cap: int, floor: int = 1
    ) -> tuple[int, dt.date, int]:
        """Grade order after regular promotions every 4-6 years, within [floor, cap];
        with its TMT golongan and the step used."""
        step = self.rng.choice((4, 4, 4, 5, 5, 6))
        service = (REFERENCE_DATE - tmt).days // 365
        order = min(max(entry + service // step, floor), max(cap, floor))
        order = max(order, min(entry, cap))
        return order, self._grade_day(tmt, order - entry, step), step

    def _grade_day(self, tmt: dt.date, steps: int, step: int) -> dt.date:
        """The TMT of the grade reached after `steps` promotions (never after the reference)."""
        if steps <= 0:
            return tmt
        day = _promotion_day(_add_years(tmt, steps * step))
        if day > REFERENCE_DATE:
            back = self.rng.randrange(1, 5) * 6
            year, month = REFERENCE_DATE.year, 10 if REFERENCE_DATE.month >= 10 else 4
            if REFERENCE_DATE.month < 4:
                year, month = year - 1, 10
            total = year * 12 + (month - 1) - back
            day = dt.date(total // 12, total % 12 + 1, 1)
        return max(day, tmt)

    def _between(self, start: dt.date, end: dt.date) -> dt.date:
        if end <= start:
            return start
        return start + dt.timedelta(days=self.rng.randrange((end - start).days + 1))

    # -- people ------------------------------------------------------------------------------

    def head(self, unit: UnitPlan) -> Person:
        """The PNS heading `unit`: a post-holder of the age, schooling and grade the post needs."""
        post = unit.head
        assert post is not None
        r = self.rng
        female = r.random() < 0.4
        _, edu_code, front, back = self._pick(post.variants)
        edu = EDU[edu_code]
        birth, tmt, nip = self._pns(female, edu, r.randint(*post.ages), min_service=10)
        order, grade_since, _ = self._pns_grade(tmt, edu.pns_entry, post.grades[1], post.grades[0])
        front, back = self._titles(front, back, female, birth)
        since = self._between(
            max(_add_years(tmt, 8), _add_years(REFERENCE_DATE, -6)),
            REFERENCE_DATE - dt.timedelta(days=60),
        )
        return Person(
            nip=nip,
            kind="PNS",
            front_title=front,
            name=self._name(female),
            back_title=back,
            gender="P" if female else "L",
            birth_date=birth,
            birth_place=r.choices(self.places, weights=self.place_weights)[0],
            grade=reference.PNS_GRADES[order - 1].code,
            grade_since=grade_since,
            unit=unit,
            position=(unit.head_title, post.ptype.value, None, post.echelon),
            position_since=max(since, tmt),
            active=True,
            inactive_reason="",
            phone=self._phone(),
            level=post.ptype.level,
            jf_level=None,
        )

    def staff(self, unit: UnitPlan, *, pppk: bool) -> Person:
        """A staff member of `unit` in one of its usual jabatan (MIXES), PNS or PPPK."""
        r = self.rng
        mix = MIXES[unit.mix]
        job_key = r.choices(list(mix), weights=list(mix.values()))[0]
        job = JOBS[job_key]
        female = r.random() < job.p_female
        _, edu_code, front, back = self._pick(job.variants)
        inactive = r.random() < 0.035
        if pppk:
            person = self._pppk_staff(unit, job, edu_code, female, inactive)
        else:
            person = self._pns_staff(unit, job, edu_code, female, inactive)
        person.front_title, person.back_title = self._titles(front, back, female, person.birth_date)
        person.job = job_key
        return person

    def _pns_staff(
        self, unit: UnitPlan, job: Job, edu_code: str, female: bool, inactive: bool
    ) -> Person:
        r = self.rng
        edu = EDU[edu_code]
        reason = ""
        age: int | None = None
        if inactive:
            reason = r.choices(PNS_LEAVING_REASONS, weights=PNS_LEAVING_WEIGHTS)[0]
            if reason == "pensiun":
                age = 58
        if unit.mix == "root" and age is None:
            age = r.randint(45, 57)  # the kelompok JF directly under the Kepala Dinas: seniors
        birth, tmt, nip = self._pns(female, edu, age)
        if reason == "pensiun":
            day = _add_years(birth, 58)
            day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
            reason = f"Pensiun (batas usia pensiun), TMT 1 {MONTHS[day.month - 1]} {day.year}"
        jf_level: JfLevel | None = None
        if job.ptype == PositionType.PELAKSANA:
            cap = {"SMA": r.choice((7, 8, 9, 10)), "D3": r.choice((9, 10, 11))}.get(
                edu_code, r.choice((10, 11, 12))
            )
            order, grade_since, _ = self._pns_grade(tmt, edu.pns_entry, cap)
            name = job.name
            since = self._between(min(_add_years(tmt, 1), REFERENCE_DATE), REFERENCE_DATE)
        else:
            keahlian = edu_code != "D3"
            if keahlian:
                cap = r.choices((12, 13, 14, 15), weights=(55, 25, 15, 5))[0]
                if edu_code in ("DR", "SP"):
                    cap = r.choice((13, 14, 15))
            else:
                cap = r.choices((10, 11, 12), weights=(50, 30, 20))[0]
            order, grade_since, step = self._pns_grade(tmt, edu.pns_entry, cap)
            jf_level, first = _jf_level(order, keahlian)
            name = f"{job.name} {jf_level.label}"
            steps = first - edu.pns_entry
            since = (
                min(_add_years(tmt, 1), REFERENCE_DATE)
                if steps <= 0
                else self._grade_day(tmt, steps, step)
            )
        return Person(
            nip=nip,
            kind="PNS",
            front_title="",
            name=self._name(female),
            back_title="",
            gender="P" if female else "L",
            birth_date=birth,
            birth_place=r.choices(self.places, weights=self.place_weights)[0],
            grade=reference.PNS_GRADES[order - 1].code,
            grade_since=grade_since,
            unit=unit,
            position=(name, job.ptype.value, jf_level.value if jf_level else None, None),
            position_since=max(since, tmt),
            active=not inactive,
            inactive_reason=reason,
            phone=self._phone(),
            level=job.ptype.level,
            jf_level=jf_level,
        )

    def _pppk_staff(
        self, unit: UnitPlan, job: Job, edu_code: str, female: bool, inactive: bool
    ) -> Person:
        r = self.rng
        edu = EDU[edu_code]
        year = r.choices((2019, 2021, 2022, 2023, 2024, 2025), weights=(5, 10, 20, 25, 25, 15))[0]
        age_then = round(r.triangular(max(22, edu.min_age), 50, 32))
        birth = dt.date(year - age_then, 1, 1) + dt.timedelta(days=r.randrange(365))
        agreement = "2" if year == 2019 and r.random() < 0.5 else "1"
        gender = "2" if female else "1"
        nip = self._nip(f"{birth:%Y%m%d}{year}2{agreement}{gender}")
        start = dt.date(year, r.choice((1, 3, 4, 7, 10)), 1)
        jf_level: JfLevel | None = None
        name = job.name
        if job.ptype == PositionType.FUNGSIONAL:
            if edu_code == "D3":
                jf_level = JfLevel.TERAMPIL
            elif edu_code == "SP":
                jf_level = JfLevel.AHLI_MUDA
            else:
                jf_level = JfLevel.AHLI_PERTAMA
            name = f"{job.name} {jf_level.label}"
        reason = ""
        if inactive:
            reason = r.choice(PPPK_LEAVING_REASONS)
        return Person(
            nip=nip,
            kind="PPPK",
            front_title="",
            name=self._name(female),
            back_title="",
            gender="P" if female else "L",
            birth_date=birth,
            birth_place=r.choices(self.places, weights=self.place_weights)[0],
            grade=edu.pppk_grade,
            grade_since=start,
            unit=unit,
            position=(name, job.ptype.value, jf_level.value if jf_level else None, None),
            position_since=start,
            active=not inactive,
            inactive_reason=reason,
            phone=self._phone(),
            level=job.ptype.level,
            jf_level=jf_level,
        )


def _jf_level(order: int, keahlian: bool) -> tuple[JfLevel, int]:
    """The jenjang that fits a PNS grade order, and the first grade order of that jenjang."""
    if keahlian:
        if order >= 16:
            return JfLevel.AHLI_UTAMA, 16
        if order >= 13:
            return JfLevel.AHLI_MADYA, 13
        if order >= 11:
            return JfLevel.AHLI_MUDA, 11
        return JfLevel.AHLI_PERTAMA, 9
    if order >= 11:
        return JfLevel.PENYELIA, 11
    if order >= 9:
        return JfLevel.MAHIR, 9
    if order >= 6:
        return JfLevel.TERAMPIL, 6
    return JfLevel.PEMULA, 5
