"""Demo data: a realistic Dinas Kesehatan for training, screenshots and benchmarks.

`python main.py demo --employees N [--seed S]` fills an EMPTY database with a district health
office: the unit tree (dinas > sekretariat/bidang > subbagian/seksi, UPT puskesmas, labkesda,
instalasi farmasi, RSUD), positions, PNS and PPPK employees with valid NIPs, grades that follow
age and service, supervisor and appraiser chains that follow the jabatan levels of domain.md
§2.4, one account per role, and the current appraisal year with its SKPs in every state
(approved, submitted, draft, returned, none yet): RHK, IKI and targets that fit the jabatan,
each subordinate's RHK supporting one of their pejabat penilai's RHK (cascading), behaviour
expectations, lampiran, the workflow history and, once approved, the snapshot.

The data is a pure function of (N, seed): everything is drawn from one `random.Random(seed)` and
dated from `REFERENCE_DATE`, never from today, so a trainer and a benchmark get the same office
every time. Only the uids (random by design) and the period year (the current year, so the demo
is usable now, with the SKP history dated in its January) differ between runs. Everything is
written in one write transaction through the audited bulk path (sync fields and audit entries
as `insert_many` makes them); a cancelled or failed run leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from peewee import (
    fn,
)

from desktop_app.demo import development as demo_development
from desktop_app.demo import evaluations as demo_evaluations
from desktop_app.demo.accounts import DEMO_ACCOUNTS, SETTING_KEY
from desktop_app.errors import InputError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import (
    BehaviourExpectation,
    Employee,
    Evaluation,
    Indicator,
    PerformancePlan,
    Period,
    PlanResult,
    PlanStatusChange,
    Position,
    Unit,
    User,
    utcnow,
)
from desktop_app.models.audit import current_actor
from desktop_app.models.bulk import bulk_insert
from desktop_app.models.database import refresh_office_cache, write_transaction
from desktop_app.models.register import format_full_name
from desktop_app.scoring import reference
from desktop_app.scoring.indonesian_format import MONTHS
from desktop_app.scoring.reference import JfLevel, PositionType
from desktop_app.services import auth, settings
from desktop_app.services import office as office_service
from desktop_app.services.register.units import UNIT_KINDS
from desktop_app.services.session import Action, require
from desktop_app.services.skp.plans import APPROVED, DRAFT, NO_PLAN, RETURNED, SUBMITTED

Progress = Callable[[int, int, str], bool]
"""progress(done, total, text) -> keep going; returning False cancels (nothing is written).
`total` is the number of employees; `text` is an English msgid of context "demo" (N_-marked),
for the GUI to translate. Each step counts from 0 to `total` again ("Writing employees", then
"Writing the SKPs")."""

REFERENCE_DATE = dt.date(2026, 1, 1)
"""Ages, service years and TMTs are counted to this day, so a seed always gives the same data."""

DEMO_OFFICE_CODE = "DEMO01"
DEMO_OFFICE_NAME = "Dinas Kesehatan Kabupaten Contoh"


class DemoCancelled(ServiceError):
    """The progress callback asked to stop; the transaction was rolled back."""

    def __init__(self) -> None:
        super().__init__(
            N_("demo", "Making the demo data was cancelled; nothing was written."), "demo"
        )


@dataclass(frozen=True)
class AccountResult:
    username: str
    role: str
    password: str
    created: bool
    employee_name: str = ""


@dataclass(frozen=True)
class DemoResult:
    """What `generate_demo` wrote; `summary()` is the text the CLI prints."""

    office_code: str
    office_name: str
    office_created: bool
    seed: int
    employees: int
    pns: int
    pppk: int
    inactive: int
    units_by_kind: dict[str, int]
    positions: int
    period_year: int | None
    accounts: tuple[AccountResult, ...]
    seconds: float
    plans_by_status: dict[str, int] = field(default_factory=dict)
    """SKPs of the period year per status (plans.APPROVED, ...; plans.NO_PLAN: active employees
    without one); empty when no SKPs were made (the year existed already and is closed)."""
    evaluations_by_state: dict[str, int] = field(default_factory=dict)
    """Periodic evaluations of the ended quarters: FINAL, RATED, PARTIAL (realisasi missing),
    NONE (not started); empty when no quarter of the year has ended."""
    development: dict[str, int] = field(default_factory=dict)
    """IDPs per status (development.AGREED, ...), REQUIRED (people with a poor predikat, each
    with an IDP), DONE (activities done) and UNDER_MINIMUM (active people under 20 JP)."""

    @property
    def units(self) -> int:
        return sum(self.units_by_kind.values())

    def summary(self) -> str:
        kinds = ", ".join(f"{n} {kind.lower()}" for kind, n in self.units_by_kind.items())
        made = "created" if self.office_created else "existing"
        lines = [
            f"demo data written in {self.seconds:.1f} s (seed {self.seed}, "
            f"reference date {REFERENCE_DATE.isoformat()})",
            f"  office:    {self.office_code} ({self.office_name}, {made})",
            f"  units:     {self.units} ({kinds})",
            f"  positions: {self.positions}",
            f"  employees: {self.employees} (PNS {self.pns}, PPPK {self.pppk}; "
            f"{self.inactive} inactive)",
        ]
        if self.period_year is not None:
            lines.append(f"  period:    {self.period_year} created")
        if self.plans_by_status:
            n = self.plans_by_status
            lines.append(
                f"  SKP:       {n[APPROVED]} approved, {n[SUBMITTED]} submitted, {n[DRAFT]} draft, "
                f"{n[RETURNED]} returned, {n[NO_PLAN]} without an SKP yet"
            )
        if self.evaluations_by_state:
            n = self.evaluations_by_state
            lines.append(
                f"  evaluations of the ended quarters: {n['FINAL']} final, {n['RATED']} rated, "
                f"{n['PARTIAL']} with realisasi missing, {n['NONE']} not started"
            )
        if self.development:
            n = self.development
            lines.append(
                f"  IDP:       {n['AGREED']} agreed, {n['SUBMITTED']} submitted, {n['DRAFT']} "
                f"draft, {n['RETURNED']} returned ({n['REQUIRED']} required after a poor "
                f"predikat); {n['DONE']} activities done, {n['UNDER_MINIMUM']} people under "
                "20 JP"
            )
        lines.append("demo accounts (for trying the program only; change or disable them):")
        width = max(len(a.username) for a in self.accounts) if self.accounts else 0
        for account in self.accounts:
            if account.created:
                extra = f"  ({account.employee_name})" if account.employee_name else ""
                lines.append(
                    f"  {account.username:<{width}}  role {account.role:<10}  "
                    f"password {account.password}{extra}"
                )
            else:
                lines.append(
                    f"  {account.username:<{width}}  role {account.role:<10}  "
                    "already existed: left unchanged"
                )
        return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Public entry points


def is_empty() -> bool:
    """No units and no employees, not even tombstones: the only state demo data may go into."""
    return not Unit.select().exists() and not Employee.select().exists()


def generate_demo(
    n_employees: int,
    *,
    seed: int = 1,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> DemoResult:
    """Fill the empty database with an office of `n_employees` employees, with the SKPs of
    the current year and the evaluations of its quarters that ended before `today`.

    Raises InputError when the database already holds units or employees, DemoCancelled when
    `progress` returns False. Either way nothing is written.
    """
    require(Action.WRITE_REGISTER)
    require(Action.MANAGE_USERS)
    if n_employees < 1:
        raise InputError(
            N_("demo", "The number of demo employees must be at least 1, not {n}."),
            "demo",
            n=n_employees,
        )
    started = time.perf_counter()
    report = _Reporter(progress, n_employees)
    report(0, N_("demo", "Planning the office"))
    rng = random.Random(seed)
    plan = _plan_office(n_employees, rng)
    today = today or dt.date.today()
    year = today.year
    skps = _plan_skps(plan, rng, year)
    evaluation_rows = demo_evaluations.plan_evaluations(
        skps.plans, _indicators_by_plan(skps), rng, year, today, current_actor()
    )
    development_rows = demo_development.plan_development(
        plan.people,
        skps.results,
        evaluation_rows.evaluations,
        evaluation_rows.behaviours,
        rng,
        year,
        today,
        current_actor(),
        _snapshot_json,
    )
    plans_by_status: dict[str, int] = {}
    evaluations_by_state: dict[str, int] = {}
    development: dict[str, int] = {}
    try:
        with write_transaction():
            if not is_empty():
                raise InputError(
                    N_(
                        "demo",
                        "The database already holds units or employees. Demo data goes only "
                        "into an empty database: start with a new database file.",
                    ),
                    "demo",
                )
            info = office_service.current_office()
            office_created = info is None
            if info is None:
                info = office_service.init_office(DEMO_OFFICE_CODE, DEMO_OFFICE_NAME)
            unit_ids = _write_units(plan.units)
            report(0, N_("demo", "Writing units and positions"))
            position_ids = _write_positions(plan.people)
            person_ids = _write_employees(plan.people, unit_ids, position_ids, report)
            period_year = _ensure_period(year)
            period = Period.get((Period.year == year) & (Period.deleted == False))
            if not period.closed:
                plan_base, indicator_base = _write_skps(skps, period.id, person_ids, report)
                plans_by_status = skps.by_status
                evaluation_base = Evaluation.select(fn.MAX(Evaluation.id)).scalar() or 0
                _write_evaluations(
                    evaluation_rows,
                    period.id,
                    person_ids,
                    plan_base,
                    indicator_base,
                    unit_ids,
                    report,
                )
                evaluations_by_state = evaluation_rows.by_status
                _write_development(development_rows, period.id, person_ids, evaluation_base, report)
                development = development_rows.summary
            report(n_employees, N_("demo", "Creating the demo accounts"))
            accounts = _create_accounts(plan)
            settings.put(SETTING_KEY, True)
            report(n_employees, N_("demo", "Saving"))
    except BaseException:
        refresh_office_cache()  # an office made in the rolled-back transaction is gone again
        raise
    units_by_kind: dict[str, int] = {}
    for unit in plan.units:
        units_by_kind[unit.kind] = units_by_kind.get(unit.kind, 0) + 1
    pppk = sum(1 for p in plan.people if p.kind == "PPPK")
    return DemoResult(
        office_code=info.code,
        office_name=info.name,
        office_created=office_created,
        seed=seed,
        employees=len(plan.people),
        pns=len(plan.people) - pppk,
        pppk=pppk,
        inactive=sum(1 for p in plan.people if not p.active),
        units_by_kind=units_by_kind,
        positions=len(position_ids),
        period_year=period_year,
        accounts=accounts,
        seconds=time.perf_counter() - started,
        plans_by_status=plans_by_status,
        evaluations_by_state=evaluations_by_state,
        development=development,
    )


class _Reporter:
    """Calls the progress callback and turns a False answer into DemoCancelled."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total

    def __call__(self, done: int, text: str) -> None:
        if self.progress is not None and self.progress(done, self.total, text) is False:
            raise DemoCancelled()


# --------------------------------------------------------------------------------------------
# Reference lists (Indonesian names, titles, places, jabatan)


@dataclass(frozen=True)
class _NameStyle:
    """One naming tradition, so that a person's given name, middle name and family name fit
    together (no Batak marga after a Balinese birth-order name). An empty middle or family
    tuple means that part is never used; `single` are one-word names (older Javanese)."""

    weight: int
    male: tuple[str, ...]
    female: tuple[str, ...]
    male_middle: tuple[str, ...] = ()
    female_middle: tuple[str, ...] = ()
    male_last: tuple[str, ...] = ()
    female_last: tuple[str, ...] = ()
    single_male: tuple[str, ...] = ()
    single_female: tuple[str, ...] = ()


_NAME_STYLES: tuple[_NameStyle, ...] = (
    _NameStyle(  # Javanese
        44,
        ("Agus", "Bambang", "Budi", "Joko", "Sugeng", "Teguh", "Wahyu", "Eko", "Heru", "Hadi",
         "Danang", "Purwanto", "Riyanto", "Bayu", "Dimas", "Galih", "Yoga", "Aditya", "Nanang",
         "Iwan", "Arif", "Andri", "Gatot", "Sigit", "Hari", "Wawan", "Anton", "Yudi"),
        ("Sri", "Dewi", "Endang", "Retno", "Ratna", "Wulan", "Yuni", "Rini", "Tuti", "Wiwik",
         "Lestari", "Kartika", "Ratih", "Ika", "Yanti", "Heni", "Dian", "Novi", "Erna",
         "Titin", "Tika", "Ani", "Umi", "Evi"),
        ("Dwi", "Tri", "Eko", "Catur", "Adi", "Agung", "Budi"),
        ("Dwi", "Tri", "Eka", "Sri", "Ayu", "Nur", "Indah"),
        ("Santoso", "Prasetyo", "Nugroho", "Wibowo", "Susanto", "Purnomo", "Setiawan",
         "Kurniawan", "Utomo", "Wicaksono", "Haryanto", "Sulistyo", "Priyono", "Setiadi",
         "Darmawan", "Kusuma", "Pratama", "Saputra", "Wijaya", "Hartono", "Widodo"),
        ("Lestari", "Wahyuni", "Rahayu", "Handayani", "Purwanti", "Susanti", "Setyowati",
         "Kusumawati", "Hartati", "Wulandari", "Ningsih", "Sulastri", "Pertiwi", "Utami",
         "Astuti", "Susilowati", "Puspitasari", "Permatasari", "Widyastuti", "Kurniasih"),
        ("Sutrisno", "Slamet", "Sugiarto", "Suparman", "Paryono", "Tukiman", "Sarwono",
         "Mulyono", "Wagiman", "Suwarno", "Sumadi", "Suharto"),
        ("Sumarni", "Suyatmi", "Sumiyati", "Sukinah", "Partini", "Suwarni", "Tumini",
         "Sriyani", "Painem"),
    ),
    _NameStyle(  # Sundanese
        14,
        ("Asep", "Dadang", "Ujang", "Cecep", "Deden", "Yayan", "Ade", "Dedi", "Engkus", "Iwan",
         "Aceng", "Dodi", "Hendi", "Rudi"),
        ("Neneng", "Euis", "Siti", "Yeni", "Rina", "Lilis", "Tati", "Imas", "Dewi", "Nining",
         "Iis", "Yati", "Nia"),
        ("Hendra", "Rahmat", "Saepul", "Nur"),
        ("Nur", "Sri", "Ayu"),
        ("Suryana", "Permana", "Sudrajat", "Hidayat", "Ruhiyat", "Kurniawan", "Gunawan",
         "Hermawan", "Saputra", "Sopandi", "Mulyana", "Rukmana"),
        ("Nurhasanah", "Rahmawati", "Fitriani", "Nuraini", "Maryani", "Sumiati",
         "Komalasari", "Kurniasih", "Nurjanah"),
    ),
    _NameStyle(  # Malay / Islamic, common everywhere
        20,
        ("Muhammad", "Ahmad", "Rizky", "Fajar", "Ilham", "Irfan", "Lukman", "Rahmat", "Taufik",
         "Yusuf", "Zainal", "Reza", "Hafiz", "Fauzan", "Rizal", "Syamsul", "Alif", "Imam",
         "Fikri", "Arief", "Haris", "Hendra"),
        ("Siti", "Nurul", "Anisa", "Fitri", "Aulia", "Nadia", "Intan", "Riska", "Suci", "Rahma",
         "Desi", "Maya", "Indah", "Putri", "Ayu", "Fitria", "Dina", "Ida", "Mega", "Sari"),
        ("Nur", "Rizki", "Abdul", "Fajar"),
        ("Nur", "Rizki", "Ayu", "Putri", "Dwi"),
        ("Hidayat", "Ramadhan", "Firmansyah", "Syahputra", "Maulana", "Hakim", "Rahman",
         "Febrianto", "Saputra", "Pratama", "Akbar", "Hasan", "Fauzi", "Rifai"),
        ("Safitri", "Anggraini", "Rahmawati", "Fitriani", "Maharani", "Maulida", "Amalia",
         "Khasanah", "Oktaviani", "Novitasari", "Aprilia", "Damayanti", "Nuraini", "Azizah",
         "Handayani"),
    ),
    _NameStyle(  # Batak
        8,
        ("Benny", "Robby", "Hendra", "Rudi", "Doni", "Jhonson", "Roy", "Sahat", "Parlindungan",
         "Togar", "Marihot", "Edison"),
        ("Maria", "Lina", "Rosa", "Dian", "Sarah", "Rina", "Debora", "Yanti", "Rosmawati",
         "Lasma", "Tiurma", "Erni"),
        (),
        (),
        ("Siregar", "Nasution", "Harahap", "Lubis", "Sinaga", "Hutapea", "Simanjuntak",
         "Hasibuan", "Pardede", "Sitompul", "Simatupang", "Panjaitan", "Manurung", "Tambunan"),
        ("Siregar", "Nasution", "Harahap", "Lubis", "Sinaga", "Hutapea", "Simanjuntak",
         "Hasibuan", "Pardede", "Sitompul", "Simatupang", "Panjaitan", "Manurung", "Tambunan"),
    ),
    _NameStyle(  # Balinese: birth-order name + given name (+ a second given name)
        5,
        ("I Made", "I Ketut", "I Wayan", "I Nyoman", "I Gede", "I Komang", "I Putu"),
        ("Ni Luh", "Ni Made", "Ni Ketut", "Ni Wayan", "Ni Nyoman", "Ni Komang", "Ni Putu"),
        (),
        (),
        ("Suarta", "Sudarma", "Artawan", "Budiasa", "Wirawan", "Sudiarta", "Adnyana",
         "Mahendra", "Suardana", "Wiradana"),
        ("Sukerti", "Ariani", "Sriasih", "Suryani", "Widiastuti", "Sutarmi", "Anggreni",
         "Purnamasari", "Darmayanti"),
    ),
    _NameStyle(  # Christian names, Flores / Timor / Minahasa family names
        9,
        ("Yohanes", "Fransiskus", "Stefanus", "Yosef", "Markus", "Petrus", "Daniel",
         "Agustinus", "Yakobus", "Paulus", "Kornelis", "Aloysius"),
        ("Maria", "Theresia", "Yuliana", "Agustina", "Margaretha", "Veronika", "Elisabeth",
         "Yohana", "Kristina", "Natalia", "Yosephina"),
        ("Don", "Andreas", "Benediktus"),
        ("Magdalena", "Fransiska", "Imelda"),
        ("Tefa", "Ndun", "Bria", "Nahak", "Manafe", "Wenas", "Pangemanan", "Lumenta",
         "Sondakh", "Rumengan", "Mandagi", "Da Costa", "Fernandez", "Kolo", "Seran"),
        ("Tefa", "Ndun", "Bria", "Nahak", "Manafe", "Wenas", "Pangemanan", "Lumenta",
         "Sondakh", "Rumengan", "Mandagi", "Da Costa", "Fernandez", "Kolo", "Seran"),
    ),
)  # fmt: skip

_BIRTH_PLACES = (
    ("Contoh", 30), ("Bandung", 4), ("Semarang", 4), ("Surabaya", 4), ("Yogyakarta", 4),
    ("Malang", 3), ("Surakarta", 3), ("Medan", 3), ("Padang", 2), ("Palembang", 2),
    ("Makassar", 2), ("Kediri", 2), ("Madiun", 2), ("Purwokerto", 2), ("Cirebon", 2),
    ("Tasikmalaya", 2), ("Garut", 2), ("Magelang", 2), ("Klaten", 2), ("Boyolali", 2),
    ("Tegal", 2), ("Pekalongan", 2), ("Jember", 2), ("Banyuwangi", 2), ("Blitar", 2),
    ("Tulungagung", 1), ("Pati", 1), ("Kudus", 1), ("Jepara", 1), ("Bogor", 2),
    ("Sukabumi", 1), ("Pontianak", 1), ("Banjarmasin", 1), ("Manado", 1), ("Kupang", 1),
    ("Mataram", 1), ("Denpasar", 1), ("Jambi", 1), ("Bengkulu", 1), ("Bandar Lampung", 1),
    ("Pekanbaru", 1), ("Ambon", 1), ("Jakarta", 3),
)  # fmt: skip
_PHONE_PREFIXES = (
    "811", "812", "813", "821", "822", "852", "853", "814", "815", "816", "855", "856", "857",
    "858", "817", "818", "819", "859", "877", "878", "895", "896", "897", "898", "881", "882",
)  # fmt: skip
_PLACE_HEADS = (
    "Suka", "Karang", "Tanjung", "Sumber", "Kedung", "Marga", "Sido", "Mekar", "Jati",
    "Banjar", "Cipta", "Tegal", "Wono", "Pagar", "Muara", "Rejo", "Bumi", "Sri", "Talang",
    "Sinar",
)  # fmt: skip
_PLACE_TAILS = (
    "maju", "jaya", "rejo", "sari", "mulya", "makmur", "asri", "agung", "harjo", "wangi",
    "baru", "indah", "mukti", "raya", "luhur", "kencana", "tani", "abadi", "mulyo", "arum",
)  # fmt: skip
_PLACE_QUARTERS = ("", " Utara", " Selatan", " Barat", " Timur", " Tengah")


@dataclass(frozen=True)
class _Edu:
    """An education level: PNS entry grade order (reference.PNS_GRADES), PPPK grade, and the
    age range at first appointment."""

    pns_entry: int
    pppk_grade: str
    min_age: int
    max_age: int


_EDU = {
    "SMA": _Edu(5, "V", 19, 30),  # II/a
    "D3": _Edu(7, "VII", 21, 33),  # II/c
    "S1": _Edu(9, "IX", 23, 35),  # III/a
    "DR": _Edu(10, "X", 25, 35),  # dokter, dokter gigi: III/b
    "S2": _Edu(10, "X", 25, 38),  # III/b
    "SP": _Edu(11, "XI", 29, 40),  # dokter spesialis: III/c
}

# (weight, education, gelar depan, gelar belakang)
_Variant = tuple[float, str, str, str]


@dataclass(frozen=True)
class _Job:
    """A jabatan family: fungsional (name + jenjang) or pelaksana, with its usual schooling."""

    name: str
    ptype: PositionType
    p_female: float
    variants: tuple[_Variant, ...]


_F, _P = PositionType.FUNGSIONAL, PositionType.PELAKSANA
_JOBS: dict[str, _Job] = {
    "perawat": _Job("Perawat", _F, 0.7, ((6, "D3", "", "A.Md.Kep."), (3, "S1", "Ns.", "S.Kep."),
                                         (1, "S1", "", "S.Kep."))),
    "bidan": _Job("Bidan", _F, 1.0, ((6, "D3", "", "A.Md.Keb."), (2, "S1", "", "S.Tr.Keb."),
                                     (1, "S1", "Bd.", "S.Keb."))),
    "dokter": _Job("Dokter", _F, 0.6, ((8, "DR", "dr.", ""), (1, "S2", "dr.", "M.Kes."))),
    "dokter_rs": _Job("Dokter", _F, 0.5, ((5, "DR", "dr.", ""), (1, "SP", "dr.", "Sp.PD"),
                                          (1, "SP", "dr.", "Sp.A"), (1, "SP", "dr.", "Sp.OG"),
                                          (1, "SP", "dr.", "Sp.B"), (0.5, "SP", "dr.", "Sp.An."),
                                          (0.5, "SP", "dr.", "Sp.Rad."))),
    "dokter_gigi": _Job("Dokter Gigi", _F, 0.65, ((1, "DR", "drg.", ""),)),
    "terapis_gigi": _Job("Terapis Gigi dan Mulut", _F, 0.6, ((1, "D3", "", "A.Md.Kes."),)),
    "apoteker": _Job("Apoteker", _F, 0.7, ((1, "S1", "apt.", "S.Farm."),)),
    "asisten_apoteker": _Job("Asisten Apoteker", _F, 0.7, ((1, "D3", "", "A.Md.Farm."),)),
    "pranata_lab": _Job("Pranata Laboratorium Kesehatan", _F, 0.6,
                        ((3, "D3", "", "A.Md.AK."), (1, "S1", "", "S.Tr.Kes."))),
    "nutrisionis": _Job("Nutrisionis", _F, 0.8,
                        ((2, "D3", "", "A.Md.Gz."), (1, "S1", "", "S.Gz."))),
    "sanitarian": _Job("Sanitarian", _F, 0.5, ((2, "D3", "", "A.Md.KL."), (1, "S1", "", "S.KM."))),
    "penyuluh": _Job("Penyuluh Kesehatan Masyarakat", _F, 0.6,
                     ((3, "S1", "", "S.KM."), (1, "S2", "", "S.KM., M.Kes."))),
    "epidemiolog": _Job("Epidemiolog Kesehatan", _F, 0.5,
                        ((2, "D3", "", "A.Md.Kes."), (3, "S1", "", "S.KM."),
                         (1, "S2", "", "S.KM., M.Epid."))),
    "perekam_medis": _Job("Perekam Medis", _F, 0.6, ((1, "D3", "", "A.Md.Kes."),)),
    "adminkes": _Job("Administrator Kesehatan", _F, 0.5,
                     ((2, "S1", "", "S.KM."), (1, "S2", "", "S.KM., M.Kes."),
                      (1, "S2", "", "S.KM., M.K.M."))),
    "radiografer": _Job("Radiografer", _F, 0.4, ((1, "D3", "", "A.Md.Rad."),)),
    "fisioterapis": _Job("Fisioterapis", _F, 0.5, ((1, "D3", "", "A.Md.Ftr."),)),
    "elektromedis": _Job("Teknisi Elektromedis", _F, 0.2, ((1, "D3", "", "A.Md.T."),)),
    "entomolog": _Job("Entomolog Kesehatan", _F, 0.5,
                      ((1, "S1", "", "S.Si."), (1, "D3", "", "A.Md.Kes."))),
    "analis_kepeg": _Job("Analis Kepegawaian", _F, 0.55,
                         ((3, "S1", "", "S.Sos."), (2, "S1", "", "S.AP."), (1, "S1", "", "S.H."),
                          (1, "S2", "", "S.Sos., M.Si."))),
    "pranata_komputer": _Job("Pranata Komputer", _F, 0.4,
                             ((2, "D3", "", "A.Md."), (2, "S1", "", "S.Kom."),
                              (1, "S1", "", "S.T."))),
    "arsiparis": _Job("Arsiparis", _F, 0.6, ((1, "D3", "", "A.Md."), (1, "S1", "", "S.IP."))),
    "perencana": _Job("Perencana", _F, 0.5, ((2, "S1", "", "S.E."), (1, "S2", "", "S.E., M.Si."),
                                             (1, "S1", "", "S.KM."))),
    "analis_keuangan": _Job("Analis Keuangan Pusat dan Daerah", _F, 0.55,
                            ((2, "S1", "", "S.E."), (1, "S1", "", "S.Ak."),
                             (1, "S2", "", "S.E., M.M."))),
    "pengadaan": _Job("Pengelola Pengadaan Barang/Jasa", _F, 0.4,
                      ((1, "S1", "", "S.T."), (1, "S1", "", "S.E."))),
    "pengadm_perkantoran": _Job("Pengadministrasi Perkantoran", _P, 0.55, ((1, "SMA", "", ""),)),
    "pengadm_umum": _Job("Pengadministrasi Umum", _P, 0.5, ((1, "SMA", "", ""),)),
    "operator": _Job("Operator Layanan Operasional", _P, 0.5,
                     ((2, "SMA", "", ""), (1, "D3", "", "A.Md."))),
    "pengolah_data": _Job("Pengolah Data dan Informasi", _P, 0.5,
                          ((1, "D3", "", "A.Md."), (1, "S1", "", "S.Kom."))),
    "penata_layanan": _Job("Penata Layanan Operasional", _P, 0.55,
                           ((2, "S1", "", "S.E."), (1, "S1", "", "S.Sos."),
                            (1, "S1", "", "S.AP."))),
    "bendahara": _Job("Bendahara", _P, 0.65, ((1, "D3", "", "A.Md.Ak."), (2, "S1", "", "S.E."))),
    "pengurus_barang": _Job("Pengurus Barang", _P, 0.4,
                            ((1, "SMA", "", ""), (1, "D3", "", "A.Md."))),
    "pengemudi": _Job("Pengemudi Ambulans", _P, 0.0, ((1, "SMA", "", ""),)),
}  # fmt: skip

# Which jobs a unit's staff hold, with weights.
_MIXES: dict[str, dict[str, float]] = {
    "root": {"adminkes": 3, "epidemiolog": 1, "perencana": 1, "analis_kepeg": 1},
    "sekretariat": {"pengadm_perkantoran": 3, "penata_layanan": 2, "pengemudi": 1},
    "umpeg": {"analis_kepeg": 4, "arsiparis": 2, "pengadm_perkantoran": 3, "pranata_komputer": 2,
              "pengadm_umum": 1, "pengemudi": 1},
    "keuangan": {"bendahara": 3, "analis_keuangan": 3, "pengurus_barang": 2, "penata_layanan": 2,
                 "pengadaan": 1},
    "program": {"perencana": 4, "pengolah_data": 3, "pranata_komputer": 2,
                "pengadm_perkantoran": 1},
    "kesmas": {"nutrisionis": 3, "penyuluh": 3, "sanitarian": 3, "bidan": 2, "adminkes": 2,
               "pengolah_data": 1, "pengadm_perkantoran": 1},
    "p2p": {"epidemiolog": 4, "entomolog": 1, "sanitarian": 2, "perawat": 2, "adminkes": 2,
            "pengolah_data": 1, "pengadm_perkantoran": 1},
    "yankes": {"adminkes": 4, "perawat": 2, "dokter": 1, "perekam_medis": 1, "pengolah_data": 1,
               "penata_layanan": 1},
    "sdk": {"apoteker": 2, "asisten_apoteker": 2, "adminkes": 2, "analis_kepeg": 1,
            "pengadm_perkantoran": 1, "pengurus_barang": 1},
    "puskesmas": {"perawat": 25, "bidan": 22, "dokter": 5, "dokter_gigi": 1.5,
                  "terapis_gigi": 2, "apoteker": 2, "asisten_apoteker": 3, "pranata_lab": 3,
                  "nutrisionis": 3, "sanitarian": 3, "penyuluh": 3, "epidemiolog": 1.5,
                  "perekam_medis": 3, "adminkes": 1.5, "pengadm_perkantoran": 6, "operator": 3,
                  "pengemudi": 2, "pengolah_data": 2, "bendahara": 1, "pengadm_umum": 1},
    "labkesda": {"pranata_lab": 8, "entomolog": 1, "pengadm_perkantoran": 1, "operator": 1},
    "ifk": {"apoteker": 2, "asisten_apoteker": 4, "pengurus_barang": 2, "pengadm_perkantoran": 1,
            "pengemudi": 1},
    "rs_root": {"adminkes": 2, "dokter_rs": 1},
    "rs_tu": {"pengadm_perkantoran": 4, "penata_layanan": 2, "bendahara": 1, "analis_kepeg": 1,
              "pranata_komputer": 1, "pengemudi": 2, "operator": 2, "perencana": 1},
    "rs_medik": {"perawat": 12, "bidan": 3, "dokter_rs": 3, "dokter_gigi": 0.3},
    "rs_penunjang": {"pranata_lab": 3, "radiografer": 2, "apoteker": 1.5, "asisten_apoteker": 2,
                     "nutrisionis": 1.5, "fisioterapis": 1, "perekam_medis": 3,
                     "elektromedis": 0.5, "pengadm_perkantoran": 1},
}  # fmt: skip


@dataclass(frozen=True)
class _Post:
    """A structural post heading a unit: jenis jabatan, eselon code, and realistic bounds."""

    ptype: PositionType
    echelon: str
    ages: tuple[int, int]
    grades: tuple[int, int]  # PNS grade orders (reference.PNS_GRADES), inclusive
    variants: tuple[_Variant, ...]


_KADIS = _Post(
    PositionType.JPT,
    "22",
    (48, 57),
    (14, 16),
    (
        (3, "S2", "dr.", "M.Kes."),
        (2, "S2", "", "S.KM., M.Kes."),
        (1, "S2", "drg.", "M.Kes."),
        (1, "S2", "dr.", "M.M."),
    ),
)
_SEKRETARIS = _Post(
    PositionType.ADMINISTRATOR,
    "31",
    (45, 57),
    (13, 15),
    (
        (2, "S2", "", "S.E., M.M."),
        (2, "S2", "", "S.KM., M.Kes."),
        (1, "S2", "", "S.Sos., M.Si."),
        (1, "S2", "", "S.H., M.H."),
    ),
)
_KABID = _Post(
    PositionType.ADMINISTRATOR,
    "32",
    (44, 57),
    (12, 14),
    (
        (3, "S2", "", "S.KM., M.Kes."),
        (2, "S2", "dr.", "M.Kes."),
        (1, "S2", "apt.", "S.Farm., M.Kes."),
        (1, "S2", "Ns.", "S.Kep., M.Kep."),
    ),
)
_KASUBBAG = _Post(
    PositionType.PENGAWAS,
    "41",
    (36, 56),
    (10, 13),
    (
        (3, "S1", "", "S.E."),
        (2, "S1", "", "S.Sos."),
        (1, "S1", "", "S.AP."),
        (1, "S2", "", "S.E., M.Si."),
        (1, "S1", "", "S.Kom."),
    ),
)
_KASI = _Post(
    PositionType.PENGAWAS,
    "41",
    (36, 56),
    (10, 13),
    (
        (4, "S1", "", "S.KM."),
        (2, "S2", "", "S.KM., M.Kes."),
        (1, "S1", "Ns.", "S.Kep."),
        (1, "S1", "", "S.Gz."),
        (1, "S1", "apt.", "S.Farm."),
        (1, "DR", "dr.", ""),
    ),
)
_KAPUS = _Post(
    PositionType.PENGAWAS,
    "41",
    (35, 56),
    (10, 13),
    (
        (3, "DR", "dr.", ""),
        (2, "S2", "", "S.KM., M.Kes."),
        (1, "DR", "drg.", ""),
        (1, "S1", "Ns.", "S.Kep."),
        (1, "S2", "dr.", "M.Kes."),
    ),
)
_KA_LAB = _Post(
    PositionType.PENGAWAS,
    "41",
    (38, 56),
    (10, 13),
    ((1, "S1", "", "S.Si."), (1, "S2", "", "S.KM., M.Kes."), (1, "DR", "dr.", "")),
)
_KA_IFK = _Post(PositionType.PENGAWAS, "41", (38, 56), (10, 13), ((1, "S1", "apt.", "S.Farm."),))
_DIREKTUR = _Post(
    PositionType.ADMINISTRATOR,
    "31",
    (42, 57),
    (13, 15),
    ((2, "S2", "dr.", "M.Kes."), (1, "S2", "dr.", "M.A.R.S."), (1, "SP", "dr.", "Sp.PD")),
)
_KASI_RS_MEDIK = _Post(
    PositionType.PENGAWAS,
    "41",
    (36, 56),
    (10, 13),
    ((1, "DR", "dr.", ""), (1, "S1", "Ns.", "S.Kep.")),
)
_KASI_RS_PENUNJANG = _Post(PositionType.PENGAWAS, "41", (36, 56), (10, 13),
                           ((1, "S1", "apt.", "S.Farm."), (1, "S1", "", "S.KM.")))  # fmt: skip

_SUBBAGIAN = (
    ("SUBUMPEG", "Subbagian Umum dan Kepegawaian", "umpeg"),
    ("SUBKEU", "Subbagian Keuangan dan Aset", "keuangan"),
    ("SUBPEP", "Subbagian Perencanaan, Evaluasi dan Pelaporan", "program"),
)
_BIDANG = (
    ("BKESMAS", "Bidang Kesehatan Masyarakat", "kesmas", (
        ("SKESGA", "Seksi Kesehatan Keluarga dan Gizi"),
        ("SPROMKES", "Seksi Promosi dan Pemberdayaan Masyarakat"),
        ("SKESLING", "Seksi Kesehatan Lingkungan, Kesehatan Kerja dan Olahraga"))),
    ("BP2P", "Bidang Pencegahan dan Pengendalian Penyakit", "p2p", (
        ("SSURIM", "Seksi Surveilans dan Imunisasi"),
        ("SP2PM", "Seksi Pencegahan dan Pengendalian Penyakit Menular"),
        ("SPTMKJ", "Seksi Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa"))),
    ("BYANKES", "Bidang Pelayanan Kesehatan", "yankes", (
        ("SYANPRIM", "Seksi Pelayanan Kesehatan Primer"),
        ("SYANRUJ", "Seksi Pelayanan Kesehatan Rujukan"),
        ("SFASYAN", "Seksi Fasilitas Pelayanan Kesehatan dan Peningkatan Mutu"))),
    ("BSDK", "Bidang Sumber Daya Kesehatan", "sdk", (
        ("SFARMA", "Seksi Kefarmasian"),
        ("SALKES", "Seksi Alat Kesehatan dan Perbekalan Kesehatan Rumah Tangga"),
        ("SSDMK", "Seksi Sumber Daya Manusia Kesehatan"))),
)  # fmt: skip

# Who may appraise whom (domain.md §2.4): the lowest PositionType.level of a pejabat penilai.
_MIN_APPRAISER_LEVEL = {
    PositionType.ADMINISTRATOR: 4,
    PositionType.PENGAWAS: 3,
    PositionType.PELAKSANA: 2,
}
_JF_MIN_APPRAISER_LEVEL = {
    JfLevel.AHLI_UTAMA: 4,
    JfLevel.AHLI_MADYA: 4,
    JfLevel.AHLI_MUDA: 3,
}

# --------------------------------------------------------------------------------------------
# The plan: units and people, computed without touching the database


@dataclass
class _UnitPlan:
    code: str
    name: str
    kind: str
    parent: _UnitPlan | None
    sort_order: int
    head: _Post | None = None
    head_title: str = ""
    staff_weight: float = 0.0
    mix: str = ""
    head_person: _Person | None = None


@dataclass
class _Person:
    nip: str
    kind: str
    front_title: str
    name: str
    back_title: str
    gender: str
    birth_date: dt.date
    birth_place: str
    grade: str
    grade_since: dt.date
    unit: _UnitPlan
    position: tuple[str, str, str | None, str | None]  # name, type, jf_level, echelon
    position_since: dt.date
    active: bool
    inactive_reason: str
    phone: str
    level: int
    jf_level: JfLevel | None
    supervisor: _Person | None = None
    appraiser: _Person | None = None
    depth: int = 0
    job: str = ""  # key of _JOBS (staff); "" for the head of a unit


@dataclass
class _Plan:
    units: list[_UnitPlan]
    people: list[_Person]
    heads: list[_Person] = field(default_factory=list)


def _place_names(rng: random.Random) -> Iterator[str]:
    """Endless distinct village-like names (Sukamaju, Karangrejo Timur, ...), shuffled."""
    base = [h + t for h in _PLACE_HEADS for t in _PLACE_TAILS]
    rng.shuffle(base)
    for quarter in _PLACE_QUARTERS:
        for name in base:
            yield name + quarter
    n = 2
    while True:
        for name in base:
            yield f"{name} {n}"
        n += 1


def _plan_units(n: int, rng: random.Random) -> list[_UnitPlan]:
    """The unit tree sized so that heads stay a small share of `n` employees."""
    units: list[_UnitPlan] = []

    def add(
        code: str,
        name: str,
        kind: str,
        parent: _UnitPlan | None,
        *,
        head: _Post,
        head_title: str,
        staff_weight: float,
        mix: str,
    ) -> _UnitPlan:
        order = sum(1 for u in units if u.parent is parent)
        unit = _UnitPlan(code, name, kind, parent, order, head, head_title, staff_weight, mix)
        units.append(unit)
        return unit

    root = add("DINKES", DEMO_OFFICE_NAME, "DINAS", None, head=_KADIS,
               head_title="Kepala Dinas Kesehatan", staff_weight=3 if n >= 100 else 0.5,
               mix="root")  # fmt: skip
    if n >= 3:
        sek = add("SEKRET", "Sekretariat", "SEKRETARIAT", root, head=_SEKRETARIS,
                  head_title="Sekretaris Dinas Kesehatan", staff_weight=2,
                  mix="sekretariat")  # fmt: skip
        n_subbag = 0 if n < 12 else 2 if n < 100 else 3
        for code, name, mix in _SUBBAGIAN[:n_subbag]:
            add(code, name, "SUBBAGIAN", sek, head=_KASUBBAG, head_title=f"Kepala {name}",
                staff_weight=7, mix=mix)  # fmt: skip
    n_bidang = 0 if n < 8 else 1 if n < 16 else 2 if n < 40 else 3 if n < 80 else 4
    n_seksi = 0 if n < 16 else 2 if n < 100 else 3
    for code, name, mix, seksi in _BIDANG[:n_bidang]:
        bidang = add(code, name, "BIDANG", root, head=_KABID, head_title=f"Kepala {name}",
                     staff_weight=2, mix=mix)  # fmt: skip
        for s_code, s_name in seksi[:n_seksi]:
            add(s_code, s_name, "SEKSI", bidang, head=_KASI, head_title=f"Kepala {s_name}",
                staff_weight=5, mix=mix)  # fmt: skip
    if n >= 300:
        for code, name, post, weight, mix in (
            ("LABKESDA", "UPT Laboratorium Kesehatan Daerah", _KA_LAB, 12, "labkesda"),
            ("IFK", "UPT Instalasi Farmasi Kabupaten", _KA_IFK, 8, "ifk"),
        ):
            add(code, name, "UPT", root, head=post, head_title=f"Kepala {name}",
                staff_weight=weight, mix=mix)  # fmt: skip
    places = _place_names(rng)
    if n >= 600:
        rs_staff = 0.12 * n
        n_rs = math.ceil(rs_staff / 700)
        per_rs = rs_staff / n_rs
        for i in range(1, n_rs + 1):
            code = "RSUD" if i == 1 else f"RSUD{i}"
            name = "RSUD Kabupaten Contoh" if i == 1 else f"RSUD Pratama {next(places)}"
            rs = add(code, name, "UPT", root, head=_DIREKTUR, head_title=f"Direktur {name}",
                     staff_weight=2, mix="rs_root")  # fmt: skip
            add(
                f"{code}TU",
                f"Subbagian Tata Usaha {name}",
                "SUBBAGIAN",
                rs,
                head=_KASUBBAG,
                head_title=f"Kepala Subbagian Tata Usaha {name}",
                staff_weight=0.15 * per_rs,
                mix="rs_tu",
            )
            add(
                f"{code}YM",
                f"Seksi Pelayanan Medik dan Keperawatan {name}",
                "SEKSI",
                rs,
                head=_KASI_RS_MEDIK,
                head_title=f"Kepala Seksi Pelayanan Medik dan Keperawatan {name}",
                staff_weight=0.65 * per_rs,
                mix="rs_medik",
            )
            add(f"{code}PJ", f"Seksi Penunjang {name}", "SEKSI", rs, head=_KASI_RS_PENUNJANG,
                head_title=f"Kepala Seksi Penunjang {name}", staff_weight=0.2 * per_rs,
                mix="rs_penunjang")  # fmt: skip
    if n >= 30:
        heads = sum(1 for u in units if u.head is not None)
        rest = n - heads - sum(u.staff_weight for u in units)
        for i in range(1, max(1, round(rest / 56)) + 1):
            name = f"UPT Puskesmas {next(places)}"
            add(f"PKM{i:03d}", name, "PUSKESMAS", root, head=_KAPUS, head_title=f"Kepala {name}",
                staff_weight=55 * rng.uniform(0.6, 1.4), mix="puskesmas")  # fmt: skip
    return units


def _allocate(total: int, weights: Sequence[float]) -> list[int]:
    """Split `total` in proportion to `weights` (largest remainder; deterministic)."""
    whole = sum(weights)
    if total <= 0 or whole <= 0:
        return [0] * len(weights)
    exact = [total * w / whole for w in weights]
    counts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (counts[i] - exact[i], i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _plan_office(n: int, rng: random.Random) -> _Plan:
    units = _plan_units(n, rng)
    maker = _PersonMaker(rng)
    heads: list[_Person] = []
    for unit in units:
        if unit.head is not None and len(heads) < n:
            person = maker.head(unit)
            unit.head_person = person
            heads.append(person)
    staff_total = n - len(heads)
    p_pppk = min(0.85, 0.25 * n / staff_total) if staff_total else 0.0
    counts = _allocate(staff_total, [u.staff_weight for u in units])
    staff: list[_Person] = []
    for unit, count in zip(units, counts, strict=True):
        for _ in range(count):
            staff.append(maker.staff(unit, pppk=rng.random() < p_pppk))
    people = heads + staff
    for person in people:
        _link(person)
    return _Plan(units, people, heads)


def _link(person: _Person) -> None:
    """Atasan langsung: the head of the person's unit (a head: of the nearest unit above).
    Pejabat penilai: the nearest superior senior enough for the post (domain.md §2.4)."""
    unit: _UnitPlan | None = person.unit
    if unit is not None and unit.head_person is person:
        unit = unit.parent
    while unit is not None and unit.head_person is None:
        unit = unit.parent
    person.supervisor = unit.head_person if unit is not None else None
    if person.supervisor is None:
        return  # the Kepala Dinas: appraised by the Bupati, outside the register
    person.depth = person.supervisor.depth + 1
    ptype = PositionType(person.position[1])
    need = (
        _JF_MIN_APPRAISER_LEVEL.get(person.jf_level, 2)
        if person.jf_level is not None
        else _MIN_APPRAISER_LEVEL.get(ptype, 4)
    )
    candidate: _Person | None = person.supervisor
    while candidate is not None and candidate.level < need and candidate.supervisor is not None:
        candidate = candidate.supervisor
    person.appraiser = candidate


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


class _PersonMaker:
    """Draws people from the shared random generator, keeping NIPs unique."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.serials: dict[str, int] = {}
        places, weights = zip(*_BIRTH_PLACES, strict=True)
        self.places: tuple[str, ...] = places
        self.place_weights: tuple[int, ...] = weights

    # -- pieces ------------------------------------------------------------------------------

    def _pick(self, variants: Sequence[_Variant]) -> _Variant:
        return self.rng.choices(variants, weights=[v[0] for v in variants])[0]

    def _name(self, female: bool) -> str:
        r = self.rng
        style = r.choices(_NAME_STYLES, weights=[n.weight for n in _NAME_STYLES])[0]
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
        return f"0{r.choice(_PHONE_PREFIXES)}-{digits[:4]}-{digits[4:]}"

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
        self, female: bool, edu: _Edu, age: int | None, min_service: int = 1
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

    def head(self, unit: _UnitPlan) -> _Person:
        post = unit.head
        assert post is not None
        r = self.rng
        female = r.random() < 0.4
        _, edu_code, front, back = self._pick(post.variants)
        edu = _EDU[edu_code]
        birth, tmt, nip = self._pns(female, edu, r.randint(*post.ages), min_service=10)
        order, grade_since, _ = self._pns_grade(tmt, edu.pns_entry, post.grades[1], post.grades[0])
        front, back = self._titles(front, back, female, birth)
        since = self._between(
            max(_add_years(tmt, 8), _add_years(REFERENCE_DATE, -6)),
            REFERENCE_DATE - dt.timedelta(days=60),
        )
        return _Person(
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

    def staff(self, unit: _UnitPlan, *, pppk: bool) -> _Person:
        r = self.rng
        mix = _MIXES[unit.mix]
        job_key = r.choices(list(mix), weights=list(mix.values()))[0]
        job = _JOBS[job_key]
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
        self, unit: _UnitPlan, job: _Job, edu_code: str, female: bool, inactive: bool
    ) -> _Person:
        r = self.rng
        edu = _EDU[edu_code]
        reason = ""
        age: int | None = None
        if inactive:
            reason = r.choices(
                (
                    "pensiun",
                    "Mutasi ke Dinas Pendidikan Kabupaten Contoh",
                    "Mutasi ke luar daerah",
                    "Meninggal dunia",
                    "Tugas belajar",
                    "Cuti di luar tanggungan negara",
                    "Diberhentikan dengan hormat atas permintaan sendiri",
                ),
                weights=(45, 15, 12, 8, 8, 6, 6),
            )[0]
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
        return _Person(
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
        self, unit: _UnitPlan, job: _Job, edu_code: str, female: bool, inactive: bool
    ) -> _Person:
        r = self.rng
        edu = _EDU[edu_code]
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
            reason = r.choice(
                (
                    "Masa perjanjian kerja berakhir",
                    "Mengundurkan diri",
                    "Meninggal dunia",
                    "Diberhentikan dengan hormat atas permintaan sendiri",
                )
            )
        return _Person(
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


# --------------------------------------------------------------------------------------------
# Writing


def _write_units(units: list[_UnitPlan]) -> dict[str, int]:
    """Insert the tree level by level (parents first) and return code -> id."""
    depth: dict[str, int] = {}
    levels: list[list[_UnitPlan]] = []
    for unit in units:  # parents are planned before their children
        if unit.kind not in UNIT_KINDS:
            raise AssertionError(f"unit kind {unit.kind} is not in UNIT_KINDS")
        d = 0 if unit.parent is None else depth[unit.parent.code] + 1
        depth[unit.code] = d
        if d == len(levels):
            levels.append([])
        levels[d].append(unit)
    ids: dict[str, int] = {}
    for level in levels:
        Unit.insert_many(
            [
                {
                    "code": u.code,
                    "name": u.name,
                    "kind": u.kind,
                    "parent": ids[u.parent.code] if u.parent is not None else None,
                    "sort_order": u.sort_order,
                    "active": True,
                }
                for u in level
            ]
        ).execute()
        codes = [u.code for u in level]
        for code, unit_id in (
            Unit.select(Unit.code, Unit.id)
            .where(Unit.code.in_(codes) & (Unit.deleted == False))
            .tuples()
        ):
            ids[code] = unit_id
    return ids


_PositionKey = tuple[str, str, str | None, str | None]


def _write_positions(people: list[_Person]) -> dict[_PositionKey, int]:
    """One Position row per distinct (name, type, jenjang, eselon); existing rows are reused."""

    def existing() -> dict[_PositionKey, int]:
        query = Position.select(
            Position.name, Position.position_type, Position.jf_level, Position.echelon, Position.id
        ).where(Position.deleted == False)
        return {(n, t, j, e): i for n, t, j, e, i in query.tuples()}

    known = existing()
    wanted: dict[_PositionKey, None] = {}
    for person in people:
        if person.position not in known:
            wanted[person.position] = None
    if wanted:
        Position.insert_many(
            [{"name": n, "position_type": t, "jf_level": j, "echelon": e} for n, t, j, e in wanted]
        ).execute()
        known = existing()
    return {p.position: known[p.position] for p in people}


def _write_employees(
    people: list[_Person],
    unit_ids: dict[str, int],
    position_ids: dict[_PositionKey, int],
    report: _Reporter,
) -> dict[int, int]:
    """Insert superiors before the people who report to them, in chunks (progress between).
    The ids are given here (the next free ones, in that order), so a row can name its
    supervisor and appraiser. Returns id(_Person) -> employee id."""
    base = Employee.select(fn.MAX(Employee.id)).scalar() or 0
    ordered = sorted(people, key=lambda p: p.depth)  # stable: the planned order within a depth
    ids = {id(p): base + n for n, p in enumerate(ordered, 1)}
    rows = [_row(p, unit_ids, position_ids, ids) for p in ordered]
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        report(done, N_("demo", "Writing employees"))

    bulk_insert(
        Employee,
        ("id", *_EMPLOYEE_FIELDS),
        [(ids[id(p)], *r) for p, r in zip(ordered, rows, strict=True)],
        step,
        2000,
    )
    return ids


_EMPLOYEE_FIELDS = (
    "nip", "kind", "front_title", "name", "back_title", "gender", "birth_date", "birth_place",
    "grade", "grade_since", "unit", "position", "position_since", "supervisor", "appraiser",
    "active", "inactive_reason", "phone", "email", "notes",
)  # fmt: skip


def _row(
    p: _Person,
    unit_ids: dict[str, int],
    position_ids: dict[_PositionKey, int],
    ids: dict[int, int],
) -> tuple[object, ...]:
    """The values of _EMPLOYEE_FIELDS."""
    return (
        p.nip,
        p.kind,
        p.front_title,
        p.name,
        p.back_title,
        p.gender,
        p.birth_date,
        p.birth_place,
        p.grade,
        p.grade_since,
        unit_ids[p.unit.code],
        position_ids[p.position],
        p.position_since,
        ids[id(p.supervisor)] if p.supervisor is not None else None,
        ids[id(p.appraiser)] if p.appraiser is not None else None,
        p.active,
        p.inactive_reason,
        p.phone,
        "",
        "",
    )


def _ensure_period(year: int) -> int | None:
    """The appraisal year (defaults: quarterly, PermenPANRB 6/2022), unless present."""
    if Period.select().where((Period.year == year) & (Period.deleted == False)).exists():
        return None
    Period(year=year).save()
    return year


def _supervisor_account_holder(plan: _Plan) -> _Person:
    """A Kepala Bidang who appraises several people; in a tiny office, the busiest head."""
    count: dict[int, int] = {}
    for person in plan.people:
        if person.appraiser is not None:
            count[id(person.appraiser)] = count.get(id(person.appraiser), 0) + 1

    def score(head: _Person) -> tuple[int, int]:
        return (int(head.unit.kind == "BIDANG"), count.get(id(head), 0))

    return max(plan.heads, key=score)


def _create_accounts(plan: _Plan) -> tuple[AccountResult, ...]:
    holder = _supervisor_account_holder(plan)
    holder_id = Employee.select(Employee.id).where(Employee.nip == holder.nip).scalar()
    holder_name = format_full_name(holder.front_title, holder.name, holder.back_title)
    results = []
    for account in DEMO_ACCOUNTS:
        if User.select().where(User.username == account.username).exists():
            results.append(AccountResult(account.username, account.role, account.password, False))
            continue
        is_supervisor = account.role == "supervisor"
        full_name = holder_name if is_supervisor else f"Demo {account.role.upper()}"
        auth.create_user(
            account.username,
            account.password,
            account.role,
            holder_id if is_supervisor else None,
            full_name,
        )
        results.append(
            AccountResult(
                account.username,
                account.role,
                account.password,
                True,
                f"{holder_name}, {holder.position[0]}" if is_supervisor else "",
            )
        )
    return tuple(results)


# --------------------------------------------------------------------------------------------
# SKP of the current year: content (Indonesian RHK, IKI and targets per jabatan)
#
# Every RHK carries a theme; a subordinate's RHK supports an RHK of the same theme in their
# pejabat penilai's SKP (any main RHK when there is none), so cascading follows the chain
# Kepala Dinas -> Sekretaris/Kabid/Kapus -> Kasi/Kasubbag -> staff. Themes: D derajat kesehatan
# masyarakat (KIA, gizi, promkes, kesling), P pengendalian penyakit, M mutu dan akses
# pelayanan, S sumber daya kesehatan, T tata kelola (umum, kepegawaian, keuangan, program).


class _Iki(NamedTuple):
    aspect: str
    text: str
    targets: tuple[str, ...]  # candidate target values (numbers, as the editor stores them)
    unit: str


class _Rhk(NamedTuple):
    theme: str
    text: str  # may hold {unit}: the name of the employee's unit
    indicators: tuple[_Iki, ...]
    perspective: str | None = None  # JPT form only


_ASPECT_LETTERS = {"N": "KUANTITAS", "L": "KUALITAS", "W": "WAKTU", "B": "BIAYA"}


def _r(
    theme: str, text: str, *indicators: tuple[str, str, str, str], perspective: str = ""
) -> _Rhk:
    """An RHK from short indicator rows: (aspect letter N/L/W/B, IKI, targets, unit)."""
    return _Rhk(
        theme,
        text,
        tuple(_Iki(_ASPECT_LETTERS[a], t, tuple(v.split()), u) for a, t, v, u in indicators),
        perspective or None,
    )


_TWELVE_MONTHS = ("W", "Waktu penyelesaian", "12", "bulan")

# Structural heads, by unit code (the Dinas seksi) or else by the unit's mix.
_HEAD_RHK: dict[str, tuple[_Rhk, ...]] = {
    "root": (
        _r("D", "Meningkatnya derajat kesehatan masyarakat",
           ("L", "Angka Kematian Ibu", "90 85 80", "per 100.000 kelahiran hidup"),
           ("L", "Angka Kematian Bayi", "12 11 10", "per 1.000 kelahiran hidup"),
           ("L", "Prevalensi stunting pada balita", "16 15 14", "%"),
           perspective="PENERIMA_LAYANAN"),
        _r("P", "Terkendalinya penyakit menular dan tidak menular",
           ("N", "Cakupan imunisasi dasar lengkap", "95", "%"),
           ("L", "Angka keberhasilan pengobatan TBC", "90", "%"),
           ("N", "Persentase penderita hipertensi yang mendapat pelayanan kesehatan sesuai "
                 "standar", "100", "%"),
           perspective="PENERIMA_LAYANAN"),
        _r("M", "Meningkatnya mutu dan akses pelayanan kesehatan",
           ("N", "Persentase fasilitas pelayanan kesehatan yang terakreditasi", "90 95", "%"),
           ("L", "Indeks Kepuasan Masyarakat terhadap pelayanan kesehatan", "82 85", "nilai IKM"),
           perspective="PROSES_BISNIS"),
        _r("S", "Terpenuhinya sumber daya kesehatan sesuai standar",
           ("N", "Persentase Puskesmas dengan sembilan jenis tenaga kesehatan sesuai standar",
            "75 80", "%"),
           ("N", "Persentase ketersediaan obat esensial di Puskesmas", "95", "%"),
           perspective="PENGUATAN_INTERNAL"),
        _r("T", "Meningkatnya akuntabilitas kinerja dan keuangan Dinas Kesehatan",
           ("L", "Nilai evaluasi SAKIP Dinas Kesehatan", "72 75", "nilai"),
           ("B", "Persentase realisasi anggaran Dinas Kesehatan", "95", "%"),
           perspective="ANGGARAN"),
    ),
    "sekretariat": (
        _r("T", "Meningkatnya kualitas perencanaan, evaluasi dan pelaporan kinerja Dinas "
                "Kesehatan",
           ("N", "Jumlah dokumen perencanaan dan pelaporan kinerja yang tersusun", "8 10",
            "dokumen"),
           ("L", "Nilai evaluasi SAKIP", "72 75", "nilai"), _TWELVE_MONTHS),
        _r("T", "Terwujudnya pengelolaan keuangan dan aset yang akuntabel",
           ("B", "Persentase realisasi anggaran", "95", "%"),
           ("N", "Jumlah laporan keuangan yang disampaikan tepat waktu", "12", "laporan")),
        _r("T", "Meningkatnya kualitas pelayanan administrasi umum dan kepegawaian",
           ("N", "Persentase layanan administrasi kepegawaian yang diselesaikan tepat waktu",
            "100", "%"),
           ("L", "Indeks Profesionalitas ASN Dinas Kesehatan", "70 75", "nilai")),
    ),
    "kesmas": (
        _r("D", "Meningkatnya cakupan pelayanan kesehatan ibu dan anak",
           ("N", "Persentase ibu hamil yang mendapatkan pelayanan antenatal sesuai standar",
            "100", "%"),
           ("N", "Persentase persalinan di fasilitas pelayanan kesehatan", "98 100", "%")),
        _r("D", "Menurunnya prevalensi stunting dan masalah gizi masyarakat",
           ("N", "Persentase balita yang ditimbang dan dipantau pertumbuhannya", "85 90", "%"),
           ("L", "Prevalensi balita stunting", "16 15 14", "%")),
        _r("D", "Meningkatnya perilaku hidup bersih dan sehat serta kesehatan lingkungan",
           ("N", "Persentase desa/kelurahan Stop Buang Air Besar Sembarangan (SBS)", "75 80", "%"),
           ("N", "Persentase rumah tangga ber-PHBS", "65 70", "%")),
    ),
    "p2p": (
        _r("P", "Meningkatnya cakupan imunisasi dan kewaspadaan dini penyakit",
           ("N", "Cakupan imunisasi dasar lengkap pada bayi", "95", "%"),
           ("W", "Persentase sinyal kewaspadaan dini (SKDR) yang direspons kurang dari 24 jam",
            "90", "%")),
        _r("P", "Terkendalinya penyakit menular",
           ("N", "Cakupan penemuan dan pengobatan kasus TBC (treatment coverage)", "85 90", "%"),
           ("N", "Persentase ODHIV baru yang mendapat pengobatan ARV", "95", "%")),
        _r("P", "Terkendalinya penyakit tidak menular dan gangguan jiwa",
           ("N", "Persentase penderita hipertensi yang mendapat pelayanan sesuai standar",
            "100", "%"),
           ("N", "Persentase penderita diabetes melitus yang mendapat pelayanan sesuai standar",
            "100", "%"),
           ("N", "Persentase ODGJ berat yang mendapat pelayanan kesehatan jiwa sesuai standar",
            "100", "%")),
    ),
    "yankes": (
        _r("M", "Meningkatnya mutu pelayanan kesehatan primer",
           ("N", "Persentase Puskesmas terakreditasi", "100", "%"),
           ("N", "Persentase Puskesmas yang menerapkan rekam medis elektronik", "90 100", "%")),
        _r("M", "Meningkatnya mutu pelayanan kesehatan rujukan",
           ("L", "Rasio rujukan non-spesialistik dari Puskesmas", "2", "%"),
           ("N", "Persentase rumah sakit yang terakreditasi", "100", "%")),
        _r("M", "Meningkatnya cakupan jaminan kesehatan masyarakat",
           ("N", "Persentase penduduk yang terdaftar sebagai peserta JKN", "95 98", "%")),
    ),
    "sdk": (
        _r("S", "Meningkatnya ketersediaan obat dan perbekalan kesehatan",
           ("N", "Persentase ketersediaan obat esensial di Puskesmas", "95", "%"),
           ("L", "Persentase Puskesmas dengan pelayanan kefarmasian sesuai standar", "80 85", "%")),
        _r("S", "Terjaminnya mutu alat kesehatan dan PKRT",
           ("N", "Persentase alat kesehatan di fasilitas pelayanan kesehatan yang terkalibrasi",
            "85 90", "%")),
        _r("S", "Terpenuhinya sumber daya manusia kesehatan sesuai standar",
           ("N", "Persentase Puskesmas dengan sembilan jenis tenaga kesehatan", "75 80", "%"),
           ("N", "Jumlah tenaga kesehatan yang ditingkatkan kompetensinya", "150 200", "orang")),
    ),
    "SKESGA": (
        _r("D", "Meningkatnya pelayanan kesehatan ibu, bayi dan balita sesuai standar",
           ("N", "Persentase kunjungan neonatal lengkap", "100", "%"),
           ("N", "Persentase balita yang mendapat pelayanan kesehatan sesuai standar", "100", "%"),
           _TWELVE_MONTHS),
        _r("D", "Meningkatnya status gizi masyarakat",
           ("N", "Persentase ibu hamil KEK yang mendapat makanan tambahan", "100", "%"),
           ("L", "Persentase balita gizi buruk yang mendapat perawatan sesuai standar", "100",
            "%")),
    ),
    "SPROMKES": (
        _r("D", "Meningkatnya pemberdayaan masyarakat di bidang kesehatan",
           ("N", "Persentase Posyandu aktif", "80 85", "%"),
           ("N", "Jumlah desa yang melaksanakan Gerakan Masyarakat Hidup Sehat", "40 60", "desa")),
        _r("D", "Meningkatnya promosi kesehatan dan perilaku hidup bersih dan sehat",
           ("N", "Jumlah kampanye dan media promosi kesehatan yang dilaksanakan", "24 36",
            "kegiatan"),
           ("L", "Persentase rumah tangga ber-PHBS", "65 70", "%")),
    ),
    "SKESLING": (
        _r("D", "Meningkatnya kualitas kesehatan lingkungan",
           ("N", "Persentase tempat dan fasilitas umum yang memenuhi syarat kesehatan", "75 80",
            "%"),
           ("N", "Persentase sarana air minum yang diawasi kualitasnya", "80 85", "%")),
        _r("D", "Terlaksananya pembinaan kesehatan kerja dan olahraga",
           ("N", "Jumlah Pos Upaya Kesehatan Kerja yang dibina", "20 30", "pos"),
           ("N", "Persentase anak sekolah yang mendapat pengukuran kebugaran", "50 60", "%")),
    ),
    "SSURIM": (
        _r("P", "Meningkatnya cakupan imunisasi rutin",
           ("N", "Cakupan imunisasi dasar lengkap", "95", "%"),
           ("N", "Persentase desa/kelurahan Universal Child Immunization (UCI)", "95", "%")),
        _r("P", "Terlaksananya surveilans dan respons kejadian luar biasa",
           ("W", "Persentase KLB yang ditanggulangi kurang dari 24 jam", "100", "%"),
           ("L", "Kelengkapan dan ketepatan laporan SKDR mingguan", "90", "%")),
    ),
    "SP2PM": (
        _r("P", "Meningkatnya penemuan dan pengobatan kasus TBC",
           ("N", "Cakupan penemuan dan pengobatan kasus TBC", "85 90", "%"),
           ("L", "Angka keberhasilan pengobatan TBC", "90", "%")),
        _r("P", "Terkendalinya HIV, DBD dan penyakit menular lainnya",
           ("N", "Persentase orang berisiko terinfeksi HIV yang mendapat pemeriksaan", "100", "%"),
           ("L", "Angka bebas jentik", "95", "%")),
    ),
    "SPTMKJ": (
        _r("P", "Meningkatnya pelayanan penyakit tidak menular sesuai standar",
           ("N", "Persentase penduduk usia 15-59 tahun yang mendapat skrining PTM", "100", "%"),
           ("N", "Persentase penderita hipertensi yang mendapat pelayanan sesuai standar",
            "100", "%")),
        _r("P", "Meningkatnya pelayanan kesehatan jiwa",
           ("N", "Persentase ODGJ berat yang mendapat pelayanan sesuai standar", "100", "%")),
    ),
    "SYANPRIM": (
        _r("M", "Meningkatnya mutu pelayanan kesehatan primer",
           ("N", "Jumlah Puskesmas yang dibina mutu dan akreditasinya", "20 25 30", "Puskesmas"),
           ("L", "Persentase Puskesmas yang melaporkan indikator mutu nasional", "100", "%")),
        _r("M", "Terlaksananya pelayanan kesehatan bergerak di daerah terpencil",
           ("N", "Jumlah kegiatan pelayanan kesehatan bergerak", "12 24", "kegiatan")),
    ),
    "SYANRUJ": (
        _r("M", "Meningkatnya mutu sistem rujukan",
           ("N", "Persentase rujukan yang menggunakan SISRUTE", "90", "%"),
           ("L", "Rasio rujukan non-spesialistik dari Puskesmas", "2", "%")),
        _r("M", "Meningkatnya kepesertaan jaminan kesehatan",
           ("N", "Persentase penduduk yang terdaftar sebagai peserta JKN", "95 98", "%")),
    ),
    "SFASYAN": (
        _r("M", "Meningkatnya fasilitas pelayanan kesehatan yang berizin dan terakreditasi",
           ("N", "Persentase fasilitas pelayanan kesehatan yang memiliki izin operasional",
            "100", "%"),
           ("N", "Persentase klinik pratama yang terakreditasi", "60 70", "%")),
    ),
    "SFARMA": (
        _r("S", "Terjaminnya ketersediaan obat dan vaksin",
           ("N", "Persentase ketersediaan obat esensial", "95", "%"),
           ("L", "Persentase Puskesmas yang melaksanakan pelayanan kefarmasian sesuai standar",
            "80 85", "%")),
    ),
    "SALKES": (
        _r("S", "Terjaminnya keamanan alat kesehatan dan PKRT",
           ("N", "Persentase sarana alat kesehatan dan PKRT yang diawasi", "100", "%"),
           ("N", "Jumlah alat kesehatan yang dikalibrasi", "300 400", "unit")),
    ),
    "SSDMK": (
        _r("S", "Terpenuhinya tenaga kesehatan sesuai standar",
           ("N", "Persentase Puskesmas dengan sembilan jenis tenaga kesehatan", "75 80", "%"),
           ("N", "Jumlah tenaga kesehatan yang ditingkatkan kompetensinya", "150 200", "orang"),
           ("L", "Persentase tenaga kesehatan dengan STR dan SIP aktif", "100", "%")),
    ),
    "umpeg": (
        _r("T", "Terselenggaranya pelayanan administrasi umum dan kepegawaian yang tertib",
           ("N", "Persentase usulan layanan kepegawaian yang diproses tepat waktu", "100", "%"),
           ("N", "Jumlah data pegawai yang dimutakhirkan di SIASN", "500 800", "data")),
        _r("T", "Terpeliharanya sarana dan prasarana kantor",
           ("L", "Persentase sarana dan prasarana kantor dalam kondisi baik", "90", "%")),
    ),
    "keuangan": (
        _r("T", "Terwujudnya pengelolaan keuangan yang tertib dan akuntabel",
           ("N", "Persentase SPJ yang diverifikasi tepat waktu", "100", "%"),
           ("W", "Laporan keuangan disampaikan tepat waktu", "12", "bulan"),
           ("B", "Persentase realisasi anggaran", "95", "%")),
        _r("T", "Tertibnya penatausahaan barang milik daerah",
           ("N", "Persentase barang milik daerah yang tercatat dan diinventarisasi", "100", "%")),
    ),
    "program": (
        _r("T", "Tersusunnya dokumen perencanaan dan laporan kinerja yang berkualitas",
           ("N", "Jumlah dokumen perencanaan dan pelaporan yang tersusun", "8 10", "dokumen"),
           ("L", "Nilai evaluasi SAKIP", "72 75", "nilai"), _TWELVE_MONTHS),
        _r("T", "Tersedianya data dan informasi kesehatan yang mutakhir",
           ("N", "Jumlah profil dan buletin data kesehatan yang diterbitkan", "2 4", "dokumen")),
    ),
    "puskesmas": (
        _r("D", "Meningkatnya derajat kesehatan masyarakat di wilayah kerja {unit}",
           ("N", "Persentase ibu hamil yang mendapatkan pelayanan antenatal sesuai standar",
            "100", "%"),
           ("L", "Persentase balita stunting", "16 15 14", "%")),
        _r("P", "Terkendalinya penyakit menular dan tidak menular di wilayah kerja {unit}",
           ("N", "Cakupan imunisasi dasar lengkap", "95", "%"),
           ("N", "Persentase penderita hipertensi yang mendapat pelayanan sesuai standar",
            "100", "%")),
        _r("M", "Meningkatnya mutu pelayanan kesehatan di {unit}",
           ("L", "Indeks Kepuasan Masyarakat", "82 85", "nilai IKM"),
           ("L", "Persentase indikator mutu nasional yang tercapai", "90", "%")),
        _r("S", "Terjaminnya ketersediaan obat dan bahan medis habis pakai di {unit}",
           ("N", "Persentase ketersediaan obat esensial", "95", "%")),
        _r("T", "Terwujudnya tata kelola {unit} yang akuntabel",
           ("B", "Persentase realisasi dana BOK dan kapitasi JKN", "95", "%"),
           ("W", "Laporan kinerja Puskesmas disampaikan tepat waktu", "12", "bulan")),
    ),
    "labkesda": (
        _r("S", "Meningkatnya mutu pelayanan {unit}",
           ("N", "Jumlah sampel yang diperiksa", "10000 12000", "sampel"),
           ("L", "Nilai pemantapan mutu eksternal", "90", "nilai"),
           ("W", "Waktu tunggu hasil pemeriksaan", "2", "hari")),
        _r("P", "Terlaksananya pemeriksaan laboratorium untuk surveilans penyakit",
           ("N", "Persentase spesimen surveilans yang diperiksa tepat waktu", "100", "%")),
        _r("T", "Terwujudnya tata kelola {unit} yang akuntabel",
           ("B", "Persentase realisasi anggaran", "95", "%")),
    ),
    "ifk": (
        _r("S", "Terjaminnya ketersediaan dan distribusi obat serta perbekalan kesehatan",
           ("N", "Persentase ketersediaan obat esensial", "95", "%"),
           ("W", "Persentase distribusi obat ke Puskesmas yang tepat waktu", "100", "%"),
           ("L", "Persentase obat kedaluwarsa di gudang farmasi", "1", "%")),
        _r("T", "Terwujudnya tata kelola {unit} yang akuntabel",
           ("B", "Persentase realisasi anggaran", "95", "%")),
    ),
    "rs_root": (
        _r("M", "Meningkatnya mutu pelayanan {unit}",
           ("L", "Persentase indikator nasional mutu rumah sakit yang tercapai", "90", "%"),
           ("L", "Indeks Kepuasan Masyarakat", "82 85", "nilai IKM"),
           ("N", "Bed Occupancy Rate (BOR)", "70 75", "%")),
        _r("T", "Meningkatnya kinerja keuangan BLUD {unit}",
           ("B", "Rasio pendapatan BLUD terhadap biaya operasional", "80 85", "%")),
    ),
    "rs_tu": (
        _r("T", "Terselenggaranya administrasi umum, kepegawaian dan keuangan yang tertib",
           ("N", "Persentase layanan administrasi yang diselesaikan tepat waktu", "100", "%"),
           ("W", "Laporan keuangan BLUD disampaikan tepat waktu", "12", "bulan")),
    ),
    "rs_medik": (
        _r("M", "Terselenggaranya pelayanan medik dan keperawatan sesuai standar",
           ("L", "Persentase kepatuhan terhadap clinical pathway", "80", "%"),
           ("W", "Waktu tanggap pelayanan dokter di IGD", "5", "menit")),
        _r("M", "Meningkatnya keselamatan pasien",
           ("L", "Persentase kepatuhan identifikasi pasien", "100", "%")),
    ),
    "rs_penunjang": (
        _r("S", "Terselenggaranya pelayanan penunjang medik yang bermutu",
           ("W", "Waktu tunggu hasil pemeriksaan laboratorium", "140", "menit"),
           ("L", "Persentase resep obat yang sesuai formularium", "80", "%")),
    ),
}  # fmt: skip

# Staff, by _JOBS key.
_JOB_RHK: dict[str, tuple[_Rhk, ...]] = {
    "perawat": (
        _r("M", "Terlaksananya asuhan keperawatan sesuai standar",
           ("N", "Jumlah pasien yang mendapat asuhan keperawatan", "900 1000 1200 1500", "pasien"),
           ("L", "Persentase asuhan keperawatan yang terdokumentasi lengkap", "100", "%"),
           _TWELVE_MONTHS),
        _r("D", "Terlaksananya perawatan kesehatan masyarakat (perkesmas)",
           ("N", "Jumlah keluarga rawan yang dibina", "30 40 50", "keluarga"),
           ("L", "Persentase keluarga binaan yang mencapai tingkat kemandirian III", "70", "%")),
        _r("M", "Terlaksananya pelayanan kegawatdaruratan sesuai standar",
           ("N", "Jumlah pasien gawat darurat yang ditangani", "300 400 500", "pasien"),
           ("W", "Waktu tanggap pelayanan gawat darurat", "5", "menit")),
    ),
    "bidan": (
        _r("D", "Terlaksananya pelayanan kesehatan ibu hamil sesuai standar",
           ("N", "Jumlah ibu hamil yang mendapat pelayanan antenatal", "80 100 120 150",
            "ibu hamil"),
           ("L", "Persentase pelayanan antenatal yang sesuai standar", "100", "%"),
           _TWELVE_MONTHS),
        _r("D", "Terlaksananya pertolongan persalinan dan pelayanan nifas sesuai standar",
           ("N", "Jumlah persalinan yang ditolong di fasilitas pelayanan kesehatan", "40 60 80",
            "persalinan"),
           ("L", "Persentase ibu nifas yang mendapat kunjungan nifas lengkap", "100", "%")),
        _r("D", "Terlaksananya pelayanan kesehatan bayi dan balita",
           ("N", "Jumlah bayi yang mendapat kunjungan neonatal lengkap", "40 60 80", "bayi"),
           ("L", "Persentase balita yang dipantau pertumbuhan dan perkembangannya", "90", "%")),
        _r("D", "Terlaksananya pelayanan keluarga berencana",
           ("N", "Jumlah akseptor KB yang dilayani", "100 150 200", "akseptor")),
    ),
    "dokter": (
        _r("M", "Terlaksananya pelayanan medis umum sesuai standar",
           ("N", "Jumlah pasien yang diperiksa dan diobati", "2400 3000 3600", "pasien"),
           ("L", "Rasio rujukan non-spesialistik", "2", "%"), _TWELVE_MONTHS),
        _r("P", "Terlaksananya skrining penyakit tidak menular dan TBC",
           ("N", "Jumlah penduduk yang diskrining", "300 500 700", "orang"),
           ("L", "Persentase terduga TBC yang dirujuk pemeriksaan", "100", "%")),
    ),
    "dokter_rs": (
        _r("M", "Terlaksananya pelayanan medis rawat jalan dan rawat inap sesuai standar",
           ("N", "Jumlah pasien yang dilayani", "2000 2500 3000", "pasien"),
           ("L", "Persentase rekam medis yang terisi lengkap dalam 24 jam", "100", "%"),
           ("W", "Waktu tunggu pelayanan rawat jalan", "60", "menit")),
        _r("M", "Terlaksananya visite pasien rawat inap",
           ("N", "Jumlah visite pasien rawat inap", "700 900", "visite"),
           ("W", "Persentase visite sebelum pukul 14.00", "90", "%")),
    ),
    "dokter_gigi": (
        _r("M", "Terlaksananya pelayanan kesehatan gigi dan mulut sesuai standar",
           ("N", "Jumlah pasien gigi dan mulut yang dilayani", "800 1000 1200", "pasien"),
           ("L", "Persentase tindakan yang sesuai standar", "100", "%")),
        _r("D", "Terlaksananya usaha kesehatan gigi sekolah (UKGS)",
           ("N", "Jumlah sekolah yang dibina UKGS", "5 8 10", "sekolah")),
    ),
    "terapis_gigi": (
        _r("M", "Terlaksananya asuhan kesehatan gigi dan mulut",
           ("N", "Jumlah pasien yang mendapat asuhan kesehatan gigi", "600 800", "pasien"),
           ("L", "Persentase asuhan yang terdokumentasi lengkap", "100", "%")),
        _r("D", "Terlaksananya pemeriksaan kesehatan gigi anak sekolah",
           ("N", "Jumlah siswa yang diperiksa kesehatan giginya", "300 500", "siswa")),
    ),
    "apoteker": (
        _r("S", "Terlaksananya pelayanan kefarmasian sesuai standar",
           ("N", "Jumlah resep yang dikaji dan dilayani", "8000 10000 12000", "resep"),
           ("L", "Persentase kesesuaian resep dengan formularium", "90", "%"),
           ("W", "Waktu tunggu pelayanan resep non-racikan", "15", "menit")),
        _r("S", "Terkelolanya sediaan farmasi dan bahan medis habis pakai",
           ("N", "Jumlah laporan pemakaian dan lembar permintaan obat (LPLPO)", "12", "laporan"),
           ("L", "Persentase ketersediaan obat esensial", "95", "%")),
    ),
    "asisten_apoteker": (
        _r("S", "Terlaksananya penyiapan dan penyerahan obat kepada pasien",
           ("N", "Jumlah resep yang disiapkan", "9000 12000", "resep"),
           ("L", "Persentase obat yang diserahkan tanpa kesalahan", "100", "%")),
        _r("S", "Tertibnya pencatatan persediaan obat",
           ("N", "Jumlah laporan stok obat bulanan", "12", "laporan"),
           ("L", "Persentase kesesuaian kartu stok dengan stok fisik", "100", "%")),
    ),
    "pranata_lab": (
        _r("S", "Terlaksananya pemeriksaan laboratorium klinik sesuai standar",
           ("N", "Jumlah sampel yang diperiksa", "2000 3000 4000", "sampel"),
           ("L", "Persentase hasil yang lolos pemantapan mutu internal", "100", "%"),
           ("W", "Waktu tunggu hasil pemeriksaan", "60", "menit")),
        _r("P", "Terlaksananya pemeriksaan spesimen program TBC dan malaria",
           ("N", "Jumlah sediaan dahak dan darah yang diperiksa", "200 300", "sediaan")),
    ),
    "nutrisionis": (
        _r("D", "Terlaksananya pelayanan gizi masyarakat",
           ("N", "Jumlah balita gizi kurang yang mendapat konseling gizi", "40 60 80", "balita"),
           ("L", "Persentase balita gizi buruk yang mendapat perawatan sesuai standar", "100",
            "%")),
        _r("D", "Terlaksananya pemantauan status gizi",
           ("N", "Jumlah Posyandu yang dipantau data penimbangannya", "20 30 40", "posyandu"),
           _TWELVE_MONTHS),
    ),
    "sanitarian": (
        _r("D", "Terlaksananya inspeksi kesehatan lingkungan",
           ("N", "Jumlah tempat dan fasilitas umum yang diinspeksi", "50 80 100", "lokasi"),
           ("L", "Persentase hasil inspeksi yang ditindaklanjuti", "100", "%")),
        _r("D", "Terlaksananya pemicuan sanitasi total berbasis masyarakat (STBM)",
           ("N", "Jumlah desa yang dipicu STBM", "3 5 8", "desa")),
    ),
    "penyuluh": (
        _r("D", "Terlaksananya penyuluhan kesehatan kepada masyarakat",
           ("N", "Jumlah kegiatan penyuluhan", "48 60 72", "kegiatan"),
           ("L", "Persentase peserta yang memahami materi (nilai post-test)", "80", "%")),
        _r("D", "Terbinanya Posyandu dan upaya kesehatan bersumberdaya masyarakat",
           ("N", "Jumlah UKBM yang dibina", "10 15 20", "UKBM")),
    ),
    "epidemiolog": (
        _r("P", "Terlaksananya surveilans epidemiologi penyakit",
           ("N", "Jumlah laporan SKDR mingguan yang dianalisis", "52", "laporan"),
           ("L", "Kelengkapan dan ketepatan laporan surveilans", "90", "%"),
           ("W", "Waktu respons sinyal kewaspadaan dini", "24", "jam")),
        _r("P", "Terlaksananya penyelidikan epidemiologi",
           ("N", "Jumlah penyelidikan epidemiologi yang dilaksanakan", "6 10 12", "kegiatan")),
    ),
    "perekam_medis": (
        _r("M", "Terkelolanya rekam medis pasien sesuai standar",
           ("N", "Jumlah berkas rekam medis yang dikelola", "8000 12000 15000", "berkas"),
           ("L", "Persentase kelengkapan pengisian rekam medis", "100", "%")),
        _r("M", "Terlaksananya pengodean diagnosis dan tindakan",
           ("N", "Jumlah diagnosis yang dikode dengan ICD-10", "6000 9000", "diagnosis"),
           ("L", "Persentase ketepatan kode diagnosis", "95", "%")),
    ),
    "adminkes": (
        _r("M", "Terlaksananya analisis dan evaluasi program pelayanan kesehatan",
           ("N", "Jumlah dokumen analisis program yang disusun", "4 6 8", "dokumen"),
           ("L", "Persentase rekomendasi yang ditindaklanjuti", "80", "%"), _TWELVE_MONTHS),
        _r("M", "Terlaksananya pembinaan mutu fasilitas pelayanan kesehatan",
           ("N", "Jumlah fasilitas pelayanan kesehatan yang dibina", "10 15 20", "fasyankes")),
    ),
    "radiografer": (
        _r("M", "Terlaksananya pelayanan radiologi sesuai standar",
           ("N", "Jumlah pemeriksaan radiologi", "2000 2500", "pemeriksaan"),
           ("L", "Persentase foto yang diulang (reject rate)", "2", "%"),
           ("W", "Waktu tunggu hasil foto toraks", "3", "jam")),
    ),
    "fisioterapis": (
        _r("M", "Terlaksananya pelayanan fisioterapi",
           ("N", "Jumlah pasien yang mendapat fisioterapi", "900 1200", "pasien"),
           ("L", "Persentase program fisioterapi yang tuntas", "85", "%")),
    ),
    "elektromedis": (
        _r("S", "Terpeliharanya alat kesehatan elektromedis",
           ("N", "Jumlah alat yang dipelihara dan dikalibrasi", "150 200", "unit"),
           ("L", "Persentase alat elektromedis yang laik pakai", "95", "%")),
    ),
    "entomolog": (
        _r("P", "Terlaksananya survei vektor penyakit",
           ("N", "Jumlah survei jentik dan vektor", "12 24", "survei"),
           ("L", "Angka bebas jentik di wilayah survei", "95", "%")),
    ),
    "analis_kepeg": (
        _r("T", "Terlaksananya analisis dan pelayanan administrasi kepegawaian",
           ("N", "Jumlah usulan layanan kepegawaian yang diproses", "150 200 300", "usulan"),
           ("L", "Persentase usulan yang diproses tanpa dikembalikan", "95", "%"),
           ("W", "Lama proses usulan", "3", "hari")),
        _r("T", "Termutakhirnya data kepegawaian di SIASN",
           ("N", "Jumlah data pegawai yang dimutakhirkan", "300 500", "data")),
    ),
    "pranata_komputer": (
        _r("T", "Terkelolanya sistem informasi dan jaringan kantor",
           ("N", "Jumlah aplikasi dan perangkat yang dipelihara", "10 15 20", "unit"),
           ("L", "Persentase ketersediaan layanan jaringan", "98", "%")),
        _r("M", "Terintegrasinya data pelayanan dengan SATUSEHAT",
           ("N", "Jumlah fasilitas pelayanan kesehatan yang didampingi integrasi", "10 20",
            "fasyankes")),
    ),
    "arsiparis": (
        _r("T", "Terkelolanya arsip dinamis sesuai ketentuan",
           ("N", "Jumlah arsip yang ditata dan dideskripsi", "1000 1500", "berkas"),
           ("L", "Persentase arsip yang tertata sesuai klasifikasi", "100", "%")),
    ),
    "perencana": (
        _r("T", "Tersusunnya dokumen perencanaan program dan anggaran",
           ("N", "Jumlah dokumen perencanaan yang disusun", "4 6", "dokumen"),
           ("L", "Persentase kesesuaian program dengan Renstra", "100", "%"), _TWELVE_MONTHS),
        _r("T", "Tersusunnya laporan evaluasi kinerja",
           ("N", "Jumlah laporan evaluasi kinerja triwulanan", "4", "laporan")),
    ),
    "analis_keuangan": (
        _r("T", "Terlaksananya analisis dan verifikasi pertanggungjawaban keuangan",
           ("N", "Jumlah SPJ yang diverifikasi", "600 900", "SPJ"),
           ("L", "Persentase SPJ yang sesuai ketentuan", "100", "%"),
           ("B", "Persentase realisasi anggaran yang dianalisis", "95", "%")),
    ),
    "pengadaan": (
        _r("T", "Terlaksananya pengadaan barang/jasa sesuai ketentuan",
           ("N", "Jumlah paket pengadaan yang diselesaikan", "20 30", "paket"),
           ("L", "Persentase paket pengadaan tanpa sanggahan", "100", "%"),
           ("B", "Efisiensi nilai kontrak terhadap HPS", "5", "%")),
    ),
    "pengadm_perkantoran": (
        _r("T", "Terlaksananya pengadministrasian surat dan dokumen",
           ("N", "Jumlah surat masuk dan keluar yang diadministrasikan", "1200 1500 2000", "surat"),
           ("L", "Persentase surat yang terdistribusi pada hari yang sama", "100", "%"),
           _TWELVE_MONTHS),
        _r("T", "Tertibnya pengarsipan dokumen unit kerja",
           ("N", "Jumlah dokumen yang diarsipkan", "500 800", "dokumen")),
    ),
    "pengadm_umum": (
        _r("T", "Terlaksananya pengadministrasian umum dan kebutuhan kantor",
           ("N", "Jumlah dokumen administrasi umum yang diselesaikan", "300 500", "dokumen"),
           ("L", "Persentase permintaan kebutuhan kantor yang dipenuhi", "95", "%")),
    ),
    "operator": (
        _r("M", "Terlaksananya layanan pendaftaran pasien",
           ("N", "Jumlah pasien yang didaftarkan", "8000 10000 12000", "pasien"),
           ("L", "Persentase data pendaftaran yang lengkap", "100", "%"),
           ("W", "Waktu pendaftaran per pasien", "5", "menit")),
    ),
    "pengolah_data": (
        _r("T", "Tersedianya data dan informasi kesehatan yang mutakhir",
           ("N", "Jumlah laporan data yang diolah", "12 24", "laporan"),
           ("L", "Persentase data yang valid", "95", "%"),
           ("W", "Laporan bulanan disampaikan tepat waktu", "12", "bulan")),
    ),
    "penata_layanan": (
        _r("T", "Terlaksananya penataan layanan operasional kantor",
           ("N", "Jumlah layanan operasional yang ditata", "100 150", "layanan"),
           ("L", "Persentase layanan yang sesuai SOP", "100", "%")),
    ),
    "bendahara": (
        _r("T", "Terlaksananya penatausahaan keuangan sesuai ketentuan",
           ("N", "Jumlah laporan pertanggungjawaban bendahara", "12", "laporan"),
           ("L", "Persentase SPJ tanpa koreksi", "95", "%"),
           ("B", "Persentase penyerapan anggaran", "95", "%")),
    ),
    "pengurus_barang": (
        _r("T", "Terlaksananya penatausahaan barang milik daerah",
           ("N", "Jumlah barang yang dicatat dan diinventarisasi", "300 500", "item"),
           ("L", "Persentase kesesuaian catatan dengan stok fisik", "100", "%"),
           ("W", "Laporan mutasi barang disampaikan tepat waktu", "12", "bulan")),
    ),
    "pengemudi": (
        _r("M", "Terlaksananya layanan transportasi pasien rujukan",
           ("N", "Jumlah pasien rujukan yang diantar", "100 150 200", "pasien"),
           ("L", "Persentase perjalanan tanpa kecelakaan", "100", "%"),
           ("W", "Waktu kesiapan ambulans setelah dihubungi", "10", "menit")),
    ),
}  # fmt: skip

# RHK tambahan (optional, low priority), any jabatan.
_EXTRA_RHK: tuple[_Rhk, ...] = (
    _r("M", "Terlaksananya tugas sebagai anggota tim akreditasi",
       ("N", "Jumlah dokumen akreditasi yang disusun", "5 8 10", "dokumen"),
       ("L", "Persentase elemen penilaian yang terpenuhi", "90", "%")),
    _r("D", "Terlaksananya pendampingan kegiatan Posyandu di desa binaan",
       ("N", "Jumlah kegiatan Posyandu yang didampingi", "12 24", "kegiatan")),
    _r("T", "Terlaksananya tugas sebagai anggota tim pengelola kinerja unit",
       ("N", "Jumlah laporan kinerja unit yang disusun", "4 12", "laporan")),
    _r("P", "Terlaksananya tugas sebagai anggota tim gerak cepat penanggulangan KLB",
       ("N", "Jumlah kejadian yang direspons", "2 4", "kejadian"),
       ("W", "Waktu respons setelah laporan diterima", "24", "jam")),
)  # fmt: skip

_EXPECTATIONS: dict[int, tuple[str, ...]] = {
    1: ("Melayani pasien dengan ramah dan menindaklanjuti keluhan paling lambat 1 x 24 jam",
        "Memberikan informasi pelayanan yang jelas dan mudah dipahami masyarakat"),
    2: ("Menyampaikan laporan kegiatan tepat waktu setiap akhir bulan",
        "Hadir tepat waktu dan mengisi presensi elektronik setiap hari kerja"),
    3: ("Mengikuti pengembangan kompetensi paling sedikit 20 JP dalam setahun",
        "Membagikan pengetahuan hasil pelatihan kepada rekan kerja"),
    4: ("Menjaga suasana kerja yang kondusif dan saling menghargai",
        "Membantu rekan kerja yang membutuhkan tanpa diminta"),
    5: ("Menjaga kerahasiaan data pasien dan dokumen dinas",
        "Menjaga nama baik instansi di media sosial"),
    6: ("Cepat menyesuaikan diri dengan penerapan rekam medis elektronik",
        "Mengusulkan paling sedikit satu inovasi pelayanan dalam setahun"),
    7: ("Aktif bekerja sama lintas program dan lintas sektor",
        "Melibatkan kader dan tokoh masyarakat dalam kegiatan kesehatan"),
}  # fmt: skip

_RESOURCES = {
    "PUSKESMAS": ("Dana BOK dan kapitasi JKN {unit}; obat dan BMHP; alat kesehatan sesuai "
                  "standar Puskesmas",
                  "Sarana dan prasarana {unit}; aplikasi e-Puskesmas dan SATUSEHAT; dukungan "
                  "kader kesehatan desa"),
    "UPT": ("Anggaran {unit}; sarana, prasarana dan alat kesehatan; sistem informasi "
            "manajemen",
            "Dukungan anggaran BLUD/DPA {unit}; tenaga pendukung; perangkat komputer dan "
            "jaringan internet"),
    "": ("Anggaran DPA Dinas Kesehatan; sarana dan prasarana kantor; aplikasi e-Kinerja dan "
         "SIASN",
         "Dukungan anggaran kegiatan {unit}; perangkat komputer dan jaringan internet; data "
         "dari Puskesmas dan rumah sakit"),
}  # fmt: skip
_ACCOUNTABILITY = (
    "Laporan capaian kinerja bulanan kepada pejabat penilai kinerja dan laporan triwulanan "
    "melalui e-Kinerja",
    "Laporan kegiatan setiap bulan dan evaluasi kinerja triwulanan bersama pejabat penilai kinerja",
    "Bukti dukung kinerja diunggah setiap bulan; evaluasi periodik per triwulan",
)
_CONSEQUENCES = (
    "Capaian kinerja menjadi dasar pemberian tambahan penghasilan pegawai (TPP) dan "
    "pengembangan karier sesuai ketentuan",
    "Apabila target tercapai diberikan penghargaan sesuai ketentuan; apabila tidak tercapai "
    "dilakukan pembinaan dan pengembangan kompetensi",
    "Predikat kinerja menjadi dasar pemberian TPP, penghargaan, atau pembinaan sesuai ketentuan",
)
_RETURN_REASONS = (
    "Target kuantitas belum sesuai dengan target {unit}; mohon disesuaikan.",
    "Indikator kualitas belum terukur; cantumkan standar yang digunakan.",
    "RHK belum selaras dengan RHK pimpinan yang diintervensi; mohon diperbaiki.",
    "Target waktu belum sesuai dengan jadwal pelaporan; mohon diperbaiki.",
)

# Shares of the SKP states (issue: "every state"): staff, and heads (who always have one,
# made before their staff's); None is "no SKP yet".
_STAFF_STATES = ((APPROVED, 40), (SUBMITTED, 20), (DRAFT, 20), (RETURNED, 5), (None, 15))
_HEAD_STATES = ((APPROVED, 75), (SUBMITTED, 12), (DRAFT, 8), (RETURNED, 5))


# --------------------------------------------------------------------------------------------
# SKP of the current year: planning (pure, from the shared random generator)


@dataclass
class _SkpRows:
    """The SKP rows of the demo, made in memory before anything is written. Plan and result
    ids are offsets (1, 2, ...) added to the tables' highest id when written; people are
    _Person objects, turned into employee ids when written."""

    # (offset, person, form, status, return_reason, resources, accountability, consequences,
    #  snapshot, approved_at)
    plans: list[tuple] = field(default_factory=list)
    # (offset, plan offset, is_main, sort_order, text, perspective, parent offset or None)
    results: list[tuple] = field(default_factory=list)
    # (result offset, sort_order, aspect, text, target_value, target_unit)
    indicators: list[tuple] = field(default_factory=list)
    # (plan offset, value code, text)
    expectations: list[tuple] = field(default_factory=list)
    # (plan offset, from_status, to_status, reason, at)
    changes: list[tuple] = field(default_factory=list)
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return (
            len(self.plans)
            + len(self.results)
            + len(self.indicators)
            + len(self.expectations)
            + len(self.changes)
        )


def _person_info(person: _Person) -> dict[str, str]:
    """The same shape as plans.snapshot() takes from the register."""
    try:
        grade = reference.grade(person.kind, person.grade).label
    except ValueError:
        grade = person.grade
    return {
        "name": format_full_name(person.front_title, person.name, person.back_title),
        "nip": person.nip,
        "kind": person.kind,
        "grade": grade,
        "position": person.position[0],
        "unit": person.unit.name,
    }


def _setting_of(unit: _UnitPlan) -> tuple[str, str]:
    """("PUSKESMAS" | "UPT" | "", name) of the puskesmas/UPT the unit belongs to (else the
    unit itself): which lampiran texts fit."""
    current: _UnitPlan | None = unit
    while current is not None:
        if current.kind in ("PUSKESMAS", "UPT"):
            return current.kind, current.name
        current = current.parent
    return "", unit.name


def _plan_skps(plan: _Plan, rng: random.Random, year: int) -> _SkpRows:
    """The SKPs of `year`: heads first (always one, mostly approved), then their staff, whose
    every RHK supports an RHK of their pejabat penilai's SKP; inactive people have none."""
    rows = _SkpRows()
    counts = {APPROVED: 0, SUBMITTED: 0, DRAFT: 0, RETURNED: 0, NO_PLAN: 0}
    heads = {id(h) for h in plan.heads} | {
        id(p.appraiser) for p in plan.people if p.appraiser is not None
    }
    # id(person) -> (result offsets by theme, main result offsets) of their SKP
    offered: dict[int, tuple[dict[str, list[int]], list[int]]] = {}
    infos: dict[int, dict[str, str]] = {}
    settings_of: dict[str, tuple[str, str]] = {}
    actor = current_actor()
    now = utcnow()
    start = dt.datetime(year, 1, 2, 1, 0)  # 08.00 WIB on the first working day
    staff_states, staff_weights = zip(*_STAFF_STATES, strict=True)
    head_states, head_weights = zip(*_HEAD_STATES, strict=True)

    def info(person: _Person | None) -> dict[str, str]:
        if person is None:
            return {}
        key = id(person)
        if key not in infos:
            infos[key] = _person_info(person)
        return infos[key]

    def moment(day: int) -> dt.datetime:
        """Office hours (08.00-15.00 WIB, stored as UTC) `day` days after the start; never
        in the future."""
        return min(start + dt.timedelta(days=day, minutes=rng.randrange(420)), now)

    plan_no = result_no = 0
    for person in sorted(plan.people, key=lambda p: p.depth):
        if not person.active:
            continue
        is_head = id(person) in heads
        status: str | None
        if person.appraiser is None:
            status = APPROVED  # the Kepala Dinas: approved by the Bupati, outside the register
        elif is_head:
            status = rng.choices(head_states, weights=head_weights)[0]
        else:
            status = rng.choices(staff_states, weights=staff_weights)[0]
        if status is None:
            counts[NO_PLAN] += 1
            continue
        counts[status] += 1
        plan_no += 1
        form = "JPT" if person.position[1] == PositionType.JPT.value else "STAFF"
        unit = person.unit
        chosen: list[tuple[_Rhk, bool]]  # (RHK, utama)
        if is_head:
            chosen = [(rhk, True) for rhk in _HEAD_RHK.get(unit.code) or _HEAD_RHK[unit.mix]]
        else:
            options = _JOB_RHK[person.job]
            picks: Sequence[int] = range(len(options))
            if len(options) > 2:
                picks = sorted(rng.sample(picks, 3 if rng.random() < 0.35 else 2))
            chosen = [(options[i], True) for i in picks]
            if rng.random() < (0.6 if len(options) == 1 else 0.25):
                chosen.append((rng.choice(_EXTRA_RHK), False))  # an RHK tambahan
        boss = offered.get(id(person.appraiser)) if person.appraiser is not None else None
        themes: dict[str, list[int]] = {}
        mains: list[int] = []
        incomplete = status == DRAFT and rng.random() < 0.35  # typing the last RHK still
        for order, (rhk, is_main) in enumerate(chosen):
            result_no += 1
            parent = None
            if form == "STAFF" and boss is not None:
                pool = boss[0].get(rhk.theme) or boss[1]
                parent = pool[rng.randrange(len(pool))]
            text = rhk.text.format(unit=unit.name) if "{" in rhk.text else rhk.text
            perspective = rhk.perspective if form == "JPT" else None
            rows.results.append(
                (result_no, plan_no, int(is_main), order, text, perspective, parent)
            )
            themes.setdefault(rhk.theme, []).append(result_no)
            if is_main:
                mains.append(result_no)
            if incomplete and order == len(chosen) - 1:
                continue
            for i, iki in enumerate(rhk.indicators):
                value = iki.targets[0] if len(iki.targets) == 1 else rng.choice(iki.targets)
                rows.indicators.append((result_no, i, iki.aspect, iki.text, value, iki.unit))
        if is_head:
            offered[id(person)] = (themes, mains)
        for code in sorted(rng.sample(range(1, 8), rng.choice((1, 2, 2, 3)))):
            rows.expectations.append((plan_no, code, rng.choice(_EXPECTATIONS[code])))
        setting = settings_of.get(unit.code)
        if setting is None:
            setting = settings_of[unit.code] = _setting_of(unit)
        resources = rng.choice(_RESOURCES[setting[0]]).format(unit=setting[1])
        accountability = rng.choice(_ACCOUNTABILITY)
        consequences = rng.choice(_CONSEQUENCES)
        if status == DRAFT and rng.random() < 0.5:
            resources = accountability = consequences = ""  # the lampiran comes last
        day = person.depth * 4 + rng.randrange(4)
        rows.changes.append((plan_no, "", DRAFT, "", moment(day)))
        reason = snapshot = ""
        approved_at = None
        if status != DRAFT:
            day += rng.randint(1, 6)
            rows.changes.append((plan_no, DRAFT, SUBMITTED, "", moment(day)))
        if status in (APPROVED, RETURNED):
            day += rng.randint(1, 7)
            decided = moment(day)
            if status == RETURNED:
                reason = rng.choice(_RETURN_REASONS).format(unit=unit.name)
            rows.changes.append((plan_no, SUBMITTED, status, reason, decided))
            if status == APPROVED:
                approved_at = decided
                appraiser = person.appraiser
                snapshot = json.dumps(
                    {
                        "employee": info(person),
                        "appraiser": info(appraiser),
                        "appraiser_superior": info(appraiser.appraiser if appraiser else None),
                    },
                    ensure_ascii=False,
                    sort_keys=True,
                )
        rows.plans.append(
            (plan_no, person, form, status, reason, resources, accountability, consequences,
             snapshot, approved_at)
        )  # fmt: skip
    rows.changes = [(p, f, t, actor, r, at) for p, f, t, r, at in rows.changes]
    rows.by_status = counts
    return rows


# --------------------------------------------------------------------------------------------
# SKP of the current year: writing


def _indicators_by_plan(rows: _SkpRows) -> dict[int, list[tuple[int, str, str]]]:
    """Plan offset -> (indicator offset, target value, target unit) of its indicators."""
    plan_of = {result[0]: result[1] for result in rows.results}
    out: dict[int, list[tuple[int, str, str]]] = {}
    for no, (result, _order, _aspect, _text, value, unit) in enumerate(rows.indicators, 1):
        out.setdefault(plan_of[result], []).append((no, value, unit))
    return out


def _write_evaluations(
    rows: demo_evaluations.EvaluationRows,
    period_id: int,
    person_ids: dict[int, int],
    plan_base: int,
    indicator_base: int,
    unit_ids: dict[str, int],
    report: _Reporter,
) -> None:
    total = max(rows.total, 1)
    written = 0

    def step(n: int) -> None:
        nonlocal written
        written += n
        report(report.total * written // total, N_("demo", "Writing the evaluations"))

    report(0, N_("demo", "Writing the evaluations"))
    demo_evaluations.write_evaluations(
        rows,
        period_id,
        lambda person: person_ids[id(person)],
        lambda plan_no: plan_base + plan_no,
        lambda indicator_no: indicator_base + indicator_no,
        unit_ids.__getitem__,
        step,
    )


def _snapshot_json(person: _Person) -> str:
    """The snapshot plans.snapshot() takes, from the planned people (an agreed IDP)."""
    appraiser = person.appraiser
    superior = appraiser.appraiser if appraiser is not None else None
    return json.dumps(
        {
            "employee": _person_info(person),
            "appraiser": _person_info(appraiser) if appraiser else {},
            "appraiser_superior": _person_info(superior) if superior else {},
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def _write_development(
    rows: demo_development.DevelopmentRows,
    period_id: int,
    person_ids: dict[int, int],
    evaluation_base: int,
    report: _Reporter,
) -> None:
    total = max(rows.total, 1)
    written = 0

    def step(n: int) -> None:
        nonlocal written
        written += n
        report(report.total * written // total, N_("demo", "Writing the development plans"))

    report(0, N_("demo", "Writing the development plans"))
    demo_development.write_development(
        rows,
        period_id,
        lambda person: person_ids[id(person)],
        lambda evaluation_no: evaluation_base + evaluation_no,
        step,
    )


def _write_skps(
    rows: _SkpRows, period_id: int, person_ids: dict[int, int], report: _Reporter
) -> tuple[int, int]:
    """Write the planned SKPs in the order the foreign keys need (superiors' RHK first).
    Returns the id bases of plans and indicators (id = base + offset)."""
    plan_base = PerformancePlan.select(fn.MAX(PerformancePlan.id)).scalar() or 0
    indicator_base = Indicator.select(fn.MAX(Indicator.id)).scalar() or 0
    if not rows.plans:
        return plan_base, indicator_base
    result_base = PlanResult.select(fn.MAX(PlanResult.id)).scalar() or 0
    total = rows.total
    written = 0

    def step(n: int) -> None:
        nonlocal written
        written += n
        report(report.total * written // total, N_("demo", "Writing the SKPs"))

    report(0, N_("demo", "Writing the SKPs"))
    bulk_insert(
        PerformancePlan,
        ("id", "employee", "period", "approach", "form", "status", "return_reason", "resources",
         "accountability", "consequences", "snapshot", "approved_at"),
        [(plan_base + no, person_ids[id(person)], period_id, "KUANTITATIF", *rest)
         for no, person, *rest in rows.plans],
        step,
    )  # fmt: skip
    bulk_insert(
        PlanResult,
        ("id", "plan", "is_main", "sort_order", "text", "perspective", "parent_result",
         "parent_text"),
        [(result_base + no, plan_base + plan_no, main, order, text, perspective,
          None if parent is None else result_base + parent, "")
         for no, plan_no, main, order, text, perspective, parent in rows.results],
        step,
    )  # fmt: skip
    bulk_insert(
        Indicator,
        ("id", "result", "sort_order", "aspect", "text", "target_value", "target_unit",
         "target_text"),
        [(indicator_base + n, result_base + no, *rest, "")
         for n, (no, *rest) in enumerate(rows.indicators, 1)],
        step,
    )  # fmt: skip
    bulk_insert(
        BehaviourExpectation,
        ("plan", "value_code", "text"),
        [(plan_base + no, code, text) for no, code, text in rows.expectations],
        step,
    )
    bulk_insert(
        PlanStatusChange,
        ("plan", "from_status", "to_status", "actor", "reason", "at"),
        [(plan_base + no, *rest) for no, *rest in rows.changes],
        step,
    )
    return plan_base, indicator_base
