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
import random
import time
from dataclasses import dataclass, field

from peewee import fn

from desktop_app.demo import appraisers as demo_appraisers
from desktop_app.demo import daily_log as demo_daily_log
from desktop_app.demo import development as demo_development
from desktop_app.demo import dialogue as demo_dialogue
from desktop_app.demo import evaluations as demo_evaluations
from desktop_app.demo import past_year as demo_past
from desktop_app.demo import statuses as demo_statuses
from desktop_app.demo import transfers as demo_transfers
from desktop_app.demo.accounts import (
    DEMO_ACCOUNTS,
    SETTING_KEY,
    AccountResult,
    create_accounts,
    create_employee_accounts,
)
from desktop_app.demo.blueprint import REFERENCE_DATE
from desktop_app.demo.catalogue_office import DEMO_OFFICE_CODE, DEMO_OFFICE_NAME
from desktop_app.demo.office_plan import plan_office
from desktop_app.demo.progress import DemoCancelled, Progress, Reporter
from desktop_app.demo.register import ensure_period, write_employees, write_positions, write_units
from desktop_app.demo.skps import (
    SkpRows,
    indicators_by_plan,
    plan_skps,
    snapshot_json,
    write_skps,
)
from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import Employee, Evaluation, Period, Unit
from desktop_app.models.audit import current_actor
from desktop_app.models.database import refresh_office_cache, write_transaction
from desktop_app.services import audit, settings
from desktop_app.services import office as office_service
from desktop_app.services.session import Action, require
from desktop_app.services.skp.plans import APPROVED, DRAFT, NO_PLAN, RETURNED, SUBMITTED

__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_OFFICE_CODE",
    "DEMO_OFFICE_NAME",
    "REFERENCE_DATE",
    "AccountResult",
    "DemoCancelled",
    "DemoResult",
    "Progress",
    "generate_demo",
    "is_empty",
]


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
    appraisers: dict[str, int] = field(default_factory=dict)
    """Officials outside the office, their links and the Plt/Plh written (demo.appraisers)."""
    past_year: dict[str, int] = field(default_factory=dict)
    """The completed previous year (past_year.PastYear.summary): YEAR, SKP (all approved),
    QUARTERS_FINAL, ANNUAL (final), OBJECTIONS (decided), IDP (agreed), REQUIRED, DONE;
    empty when that year existed already."""

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
        if self.past_year:
            n = self.past_year
            lines.append(
                f"  {n['YEAR']} (complete): {n['SKP']} SKP approved, {n['QUARTERS_FINAL']} "
                f"quarterly and {n['ANNUAL']} annual evaluations final ({n['OBJECTIONS']} "
                f"keberatan decided), {n['IDP']} IDP agreed ({n['REQUIRED']} required after a "
                f"poor predikat), {n['DONE']} activities done"
            )
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
        if self.appraisers:
            n = self.appraisers
            lines.append(
                f"  outside:   {n['officials']} officials outside the office (Sekda, Bupati), "
                f"{n['acting']} Plt"
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
    report = Reporter(progress, n_employees)
    report(0, N_("demo", "Planning the office"))
    rng = random.Random(seed)
    plan = plan_office(n_employees, rng)
    today = today or dt.date.today()
    year = today.year
    demo_appraisers.prepare(plan, year)  # the Plt's vacant post; no draw from rng
    past = demo_past.plan_past_year(plan, seed, year - 1, today)  # its own generator
    skps = plan_skps(plan, rng, year)
    evaluation_rows = demo_evaluations.plan_evaluations(
        skps.plans, indicators_by_plan(skps), rng, year, today, current_actor()
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
        snapshot_json,
        previous=past.annual_predikat,
    )
    plans_by_status: dict[str, int] = {}
    evaluations_by_state: dict[str, int] = {}
    development: dict[str, int] = {}
    outside: dict[str, int] = {}
    past_year: dict[str, int] = {}
    past_period_id: int | None = None  # the completed year's period (past.year), once written
    try:
        with write_transaction(), audit.bulk_entry("demo"):
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
            unit_ids = write_units(plan.units)
            report(0, N_("demo", "Writing units and positions"))
            position_ids = write_positions(plan.people)
            person_ids = write_employees(plan.people, unit_ids, position_ids, report)
            demo_past.write_register_history(person_ids.values())  # the post of the past year
            if ensure_period(past.year) is not None:  # a year that existed is left alone
                past_period_id = Period.get(
                    (Period.year == past.year) & (Period.deleted == False)
                ).id
                _write_year(
                    past.skps, past.evaluations, past.development, past_period_id, person_ids,
                    unit_ids, report,
                )  # fmt: skip
                past_year = past.summary
            period_year = ensure_period(year)
            period = Period.get((Period.year == year) & (Period.deleted == False))
            if not period.closed:
                _write_year(
                    skps, evaluation_rows, development_rows, period.id, person_ids, unit_ids,
                    report,
                )  # fmt: skip
                plans_by_status = skps.by_status
                evaluations_by_state = evaluation_rows.by_status
                development = development_rows.summary
            # the demo's pieces add their line after the next one; a piece with past-year data
            # writes it for `past.year` into `past_period_id` (None: that year existed already)
            outside = demo_appraisers.write_appraisers(plan, person_ids, year)
            outside |= demo_daily_log.write_daily_log(plan, person_ids, year, today)
            outside.update(demo_transfers.write_transfer(plan, person_ids, year))
            outside |= demo_dialogue.write_dialogue(plan, person_ids, year, today)
            demo_statuses.write_statuses(plan, person_ids, year)  # kedudukan hukum, stages
            report(n_employees, N_("demo", "Creating the demo accounts"))
            accounts = create_accounts(plan) + create_employee_accounts(plan)
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
        appraisers=outside,
        past_year=past_year,
    )


def _write_year(
    skps: SkpRows,
    evaluation_rows: demo_evaluations.EvaluationRows,
    development_rows: demo_development.DevelopmentRows,
    period_id: int,
    person_ids: dict[int, int],
    unit_ids: dict[str, int],
    report: Reporter,
) -> None:
    """The SKPs, evaluations and development of one appraisal year, in foreign-key order."""
    plan_base, indicator_base = write_skps(skps, period_id, person_ids, report)
    evaluation_base = Evaluation.select(fn.MAX(Evaluation.id)).scalar() or 0
    _write_evaluations(
        evaluation_rows, period_id, person_ids, plan_base, indicator_base, unit_ids, report
    )
    _write_development(development_rows, period_id, person_ids, evaluation_base, report)


def _write_evaluations(
    rows: demo_evaluations.EvaluationRows,
    period_id: int,
    person_ids: dict[int, int],
    plan_base: int,
    indicator_base: int,
    unit_ids: dict[str, int],
    report: Reporter,
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


def _write_development(
    rows: demo_development.DevelopmentRows,
    period_id: int,
    person_ids: dict[int, int],
    evaluation_base: int,
    report: Reporter,
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
