"""Demo data: a valid, realistic and reproducible office, written all or nothing."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest
from peewee import JOIN

from desktop_app import cli
from desktop_app.demo import accounts as demo_accounts
from desktop_app.demo import appraisers as demo_appraisers
from desktop_app.demo import catalogue_office, catalogue_skp
from desktop_app.demo import generator as demo
from desktop_app.errors import InputError
from desktop_app.models import (
    AuditEntry,
    BehaviourExpectation,
    Employee,
    Evaluation,
    EvaluationStatusChange,
    Indicator,
    Office,
    OrgResult,
    PerformancePlan,
    Period,
    PlanResult,
    PlanStatusChange,
    Position,
    Realisation,
    Setting,
    Unit,
    User,
)
from desktop_app.models.base import current_office_code
from desktop_app.models.database import close_database
from desktop_app.scoring import Predikat, predikat, reference
from desktop_app.scoring.codes import BERAKHLAK, SKP_ASPECTS, SKP_PERSPECTIVES
from desktop_app.scoring.nip import parse_nip
from desktop_app.scoring.reference import EmployeeKind, JfLevel, PositionType
from desktop_app.services import auth, session
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import employee_validation, employees, units
from desktop_app.services.skp import plans
from desktop_app.services.workflow import take_snapshot

# Lowest PositionType.level of the pejabat penilai (domain.md §2.4).
NEEDED_APPRAISER = {"ADMINISTRATOR": 4, "PENGAWAS": 3, "PELAKSANA": 2}
NEEDED_APPRAISER_JF = {"AHLI_UTAMA": 4, "AHLI_MADYA": 4, "AHLI_MUDA": 3}


def register() -> dict[int, dict]:
    """Every employee with its unit and position, by id."""
    rows = (
        Employee.select(
            Employee,
            Unit.code.alias("unit_code"),
            Unit.kind.alias("unit_kind"),
            Position.name.alias("position_name"),
            Position.position_type,
            Position.jf_level,
            Position.echelon,
        )
        .join(Unit, on=(Employee.unit == Unit.id))
        .switch(Employee)
        .join(Position, on=(Employee.position == Position.id))
        .dicts()
    )
    return {row["id"]: row for row in rows}


def unit_parents() -> dict[int, int | None]:
    return dict(Unit.select(Unit.id, Unit.parent).tuples())


def ancestors(unit_id: int, parents: dict[int, int | None]) -> list[int]:
    found = []
    current = parents[unit_id]
    while current is not None:
        found.append(current)
        current = parents[current]
    return found


def level(row: dict) -> int:
    return PositionType(row["position_type"]).level


@pytest.fixture
def demo300(db_path: Path, demo_templates) -> demo.DemoResult:
    return demo_templates.open_copy(db_path, 300, seed=3)


def test_counts_units_period_and_mix(demo300):
    assert Employee.select().count() == 300 == demo300.employees
    counted = {k: Employee.select().where(Employee.kind == k).count() for k in ("PNS", "PPPK")}
    assert counted["PNS"] and counted["PPPK"]
    assert 0.15 <= counted["PPPK"] / 300 <= 0.35
    assert (counted["PNS"], counted["PPPK"]) == (demo300.pns, demo300.pppk)
    codes = [u.code for u in Unit.select()]
    assert len(codes) == len(set(codes)) == demo300.units
    assert all(c == c.upper() and len(c) <= 10 and c.isalnum() for c in codes)
    assert {u.kind for u in Unit.select()} <= set(units.UNIT_KINDS)
    assert {"DINAS", "BIDANG", "SEKSI", "PUSKESMAS"} <= {u.kind for u in Unit.select()}
    assert Unit.select().where(Unit.parent.is_null()).count() == 1
    keys = list(
        Position.select(
            Position.name, Position.position_type, Position.jf_level, Position.echelon
        ).tuples()
    )
    assert len(keys) == len(set(keys)) == demo300.positions
    assert Period.select().where(Period.year == dt.date.today().year).count() == 1
    assert demo_accounts.is_demo()


def test_every_nip_parses_and_matches_the_record(demo300):
    for e in Employee.select():
        info = parse_nip(e.nip)
        assert info.kind.value == e.kind
        assert info.gender.value == e.gender
        assert info.birth_date == e.birth_date
        assert info.warnings == (), (e.nip, info.warnings)
        assert not info.part_time
        if e.kind == "PNS":
            assert info.tmt <= demo.REFERENCE_DATE
            assert e.grade_since >= info.tmt
            assert e.position_since >= info.tmt
        else:
            assert 2019 <= info.appointment_year <= demo.REFERENCE_DATE.year
            assert e.grade_since.year == info.appointment_year


def test_grades_are_valid_and_rise_with_service(demo300):
    short, long = [], []
    for e in Employee.select():
        grade = reference.grade(EmployeeKind(e.kind), e.grade)
        assert grade.code == e.grade
        if e.kind == "PNS":
            years = (demo.REFERENCE_DATE - parse_nip(e.nip).tmt).days / 365.25
            if years < 10:
                short.append(grade.order)
            elif years >= 20:
                long.append(grade.order)
    assert short and long
    assert sum(long) / len(long) > sum(short) / len(short) + 1


def test_supervisor_chains_follow_units_and_jabatan_levels(demo300):
    rows = register()
    parents = unit_parents()
    tops = [r for r in rows.values() if r["supervisor"] is None]
    assert len(tops) == 1 and tops[0]["position_type"] == "JPT" and tops[0]["echelon"] == "22"
    assert tops[0]["appraiser"] is None
    for row in rows.values():
        seen = {row["id"]}
        current = row["supervisor"]
        while current is not None:  # no cycles, and the chain ends at the Kepala Dinas
            assert current not in seen
            seen.add(current)
            last = current
            current = rows[current]["supervisor"]
        if row["supervisor"] is None:
            continue
        assert last == tops[0]["id"]
        boss = rows[row["supervisor"]]
        assert boss["unit"] in [row["unit"], *ancestors(row["unit"], parents)]
        assert level(boss) > level(row)
        appraiser = rows[row["appraiser"]]
        assert row["appraiser"] in seen  # the pejabat penilai is up the same chain
        needed = (
            NEEDED_APPRAISER_JF.get(row["jf_level"], 2)
            if row["jf_level"]
            else NEEDED_APPRAISER[row["position_type"]]
        )
        assert level(appraiser) >= needed
        assert level(appraiser) > level(row)
    usual = sum(1 for r in rows.values() if r["supervisor"] == r["appraiser"])
    assert usual > 0.6 * len(rows)


def test_positions_carry_eselon_or_jenjang(demo300):
    for row in register().values():
        ptype = row["position_type"]
        if ptype in ("JPT", "ADMINISTRATOR", "PENGAWAS"):
            assert reference.echelon(row["echelon"]).label in ("II.b", "III.a", "III.b", "IV.a")
            assert row["jf_level"] is None
            assert row["position_name"].startswith(("Kepala", "Sekretaris", "Direktur"))
        elif ptype == "FUNGSIONAL":
            jf = JfLevel(row["jf_level"])
            assert row["position_name"].endswith(jf.label) and row["echelon"] is None
        else:
            assert ptype == "PELAKSANA" and row["jf_level"] is None and row["echelon"] is None
    names = {row["position_name"] for row in register().values()}
    assert any(n.startswith("Kepala Bidang") for n in names)
    assert any(n.startswith("Kepala Seksi") for n in names)
    assert any(n.startswith("Perawat ") for n in names)


def test_inactive_records_have_reasons(demo300):
    inactive = list(Employee.select().where(Employee.active == False))
    assert inactive and len(inactive) == demo300.inactive
    assert all(e.inactive_reason.strip() for e in inactive)
    assert (
        Employee.select()
        .where((Employee.active == True) & (Employee.inactive_reason != ""))
        .count()
        == 0
    )


def test_generated_employees_pass_the_register_validation(demo300):
    ids = [i for (i,) in Employee.select(Employee.id).order_by(Employee.id).tuples()]
    sample = ids[:25] + ids[25::7]
    for emp_id in sample:
        data = employees.get_employee(emp_id)
        info, errors = employee_validation.validate(data, emp_id)
        assert errors == {}, (data.nip, {k: str(v) for k, v in errors.items()})
        assert info is not None and info.nip == data.nip


def _snapshot() -> list[tuple]:
    sup = Employee.alias()
    return list(
        Employee.select(
            Employee.nip,
            Employee.front_title,
            Employee.name,
            Employee.back_title,
            Employee.grade,
            Employee.grade_since,
            Employee.position_since,
            Employee.birth_place,
            Employee.phone,
            Employee.active,
            Employee.inactive_reason,
            Unit.code,
            Position.name,
            sup.nip,
        )
        .join(Unit, on=(Employee.unit == Unit.id))
        .switch(Employee)
        .join(Position, on=(Employee.position == Position.id))
        .switch(Employee)
        .join(sup, join_type=JOIN.LEFT_OUTER, on=(Employee.supervisor == sup.id))
        .order_by(Employee.id)
        .tuples()
    )


SEEDS = (("a", 7), ("b", 7), ("c", 8))
"""Three demo builds of 150 people: two of one seed, one of another (each a build of its own,
made once per test run and read by both determinism tests)."""


def _built(tmp_path, database_templates, take, order=SEEDS):  # type: ignore[no-untyped-def]
    """`take()` of each of the SEEDS' builds, in SEEDS' order whatever `order` they are
    visited in (two xdist workers visiting in opposite orders build two at once)."""
    found = {}
    try:
        for name, seed in order:
            database_templates.open_copy(
                tmp_path / f"{name}.db",
                f"demo-determinism-{name}-{dt.date.today().isoformat()}",
                lambda seed=seed: demo.generate_demo(150, seed=seed),
            )
            found[name] = take()
            close_database()
    finally:
        close_database()
    return [found[name] for name, _seed in SEEDS]


def test_same_seed_same_office_other_seed_other_office(tmp_path, database_templates):
    snapshots = _built(
        tmp_path,
        database_templates,
        lambda: (
            list(Unit.select(Unit.code, Unit.name, Unit.kind).order_by(Unit.id).tuples()),
            _snapshot(),
        ),
    )
    assert snapshots[0] == snapshots[1]
    assert snapshots[0][1] != snapshots[2][1]
    assert [r[0] for r in snapshots[0][1]] != [r[0] for r in snapshots[2][1]]


def test_refuses_a_database_that_holds_data(office):
    units.save_unit(units.UnitInput("UMUM", "Bagian Umum", "LAINNYA"))
    audit_before = AuditEntry.select().count()
    assert not demo.is_empty()
    with pytest.raises(InputError) as info:
        demo.generate_demo(50)
    assert "already holds" in str(info.value)
    assert info.value.context == "demo"
    assert Employee.select().count() == 0 and User.select().count() == 0
    assert AuditEntry.select().count() == audit_before
    assert not demo_accounts.is_demo()


def test_makes_the_demo_office_when_there_is_none(db_path):
    assert Office.select().count() == 0 and demo.is_empty() and not demo_accounts.is_demo()
    result = demo.generate_demo(40)
    office = Office.get(Office.is_self == True)
    assert (office.code, office.name) == ("DEMO01", "Dinas Kesehatan Kabupaten Contoh")
    assert result.office_created and result.office_code == "DEMO01"
    assert {e.office_code for e in Employee.select()} == {"DEMO01"}
    assert not demo.is_empty()


def test_keeps_an_existing_office(office):
    result = demo.generate_demo(40)
    assert not result.office_created and result.office_code == "TST01"
    assert Office.select().count() == 1
    assert {u.office_code for u in Unit.select()} == {"TST01"}


def test_accounts_sign_in_and_the_supervisor_appraises_people(demo300):
    for account in demo.DEMO_ACCOUNTS:
        assert auth.password_problems(account.password, account.username) == []
        session = auth.authenticate(account.username, account.password)
        assert session.role.value == account.role
        assert account.username in demo300.summary()
        assert account.password in demo300.summary()
    assert {a.role for a in demo.DEMO_ACCOUNTS} == {"admin", "hr", "supervisor", "viewer"}
    user = User.get(User.username == "supervisor")
    boss = Employee.get_by_id(user.employee_id)
    assert boss.position.name.startswith("Kepala Bidang")
    assert Employee.select().where(Employee.appraiser == boss.id).count() >= 3
    # every employee of the supervisor's unit and the units below it has a Pegawai account
    # (issue 21), listed in the summary with the one demo password
    staff = demo_accounts.employee_accounts()
    assert staff and {a.password for a in staff} == {demo_accounts.EMPLOYEE_PASSWORD}
    below = units.descendants(boss.unit_id)
    expected = {
        e.id
        for e in Employee.select().where(Employee.unit.in_(sorted(below)) & Employee.active)
        if e.id != boss.id
    }
    for account in staff:
        signed = auth.authenticate(account.username, account.password)
        assert signed.role.value == "employee" and signed.employee_id in expected
        assert account.username in demo300.summary()
    assert len(staff) == len(expected)
    assert User.select().where(User.employee.is_null(False)).count() == 1 + len(staff)


@pytest.mark.parametrize(
    "step", ["Writing employees", "Writing the SKPs", "Writing the evaluations"]
)
def test_cancelling_writes_nothing(db_path, step):
    calls = []

    def progress(done: int, total: int, text: str) -> bool:
        calls.append((done, total, text))
        return not text.startswith(step)

    with pytest.raises(demo.DemoCancelled):
        demo.generate_demo(80, progress=progress, today=dt.date(dt.date.today().year, 11, 23))
    assert calls and all(total == 80 and 0 <= done <= total for done, total, _ in calls)
    assert calls[-1][2] == step
    assert demo.is_empty()
    for model in (Office, Unit, Position, Employee, Period, User, AuditEntry, PerformancePlan,
                  PlanResult, Indicator, BehaviourExpectation, PlanStatusChange, Evaluation,
                  Realisation, OrgResult):  # fmt: skip
        assert model.select().count() == 0, model
    assert Setting.select().where(Setting.key == "demo").count() == 0
    assert current_office_code() == ""
    result = demo.generate_demo(20, progress=lambda done, total, text: True)  # still usable
    assert result.employees == 20


@pytest.mark.parametrize("n", [1, 2, 5, 9, 17, 31])
def test_tiny_offices_are_complete(db_path, n):
    demo.generate_demo(n, seed=n)
    rows = register()
    assert len(rows) == n
    assert sum(1 for r in rows.values() if r["supervisor"] is None) == 1
    for row in rows.values():
        if row["supervisor"] is not None:
            assert level(rows[row["supervisor"]]) > level(row)
    staff = demo_accounts.employee_accounts()
    assert User.select().count() == 4 + len(staff)
    assert User.select().where(User.role == "employee").count() == len(staff)


def test_cli_fills_then_leaves_a_filled_database_alone(tmp_path, capsys):
    path = tmp_path / "cli.db"
    try:
        assert cli.run(["demo", "--employees", "50", "--db", str(path)]) == 0
        out = capsys.readouterr().out
        for account in demo.DEMO_ACCOUNTS:
            assert account.username in out and account.password in out
        assert "50" in out and "DEMO01" in out
        counts = (Employee.select().count(), AuditEntry.select().count())
        assert counts[0] == 50

        assert cli.run(["demo", "--if-empty", "--employees", "50", "--db", str(path)]) == 0
        assert "unchanged" in capsys.readouterr().out
        assert (Employee.select().count(), AuditEntry.select().count()) == counts

        assert cli.run(["demo", "--employees", "50", "--db", str(path)]) == 2
        assert "already holds" in capsys.readouterr().err
        assert (Employee.select().count(), AuditEntry.select().count()) == counts
    finally:
        close_database()


# --- SKPs of the current year ------------------------------------------------------------------

YEAR = dt.date.today().year


def _plans(year: int = YEAR) -> dict[int, PerformancePlan]:
    """employee id -> SKP of the demo year (or of `year`): the one in force at year end (the
    demo's transferred employee has two, docs/multiple_skp.md)."""
    return {
        p.employee_id: p
        for p in PerformancePlan.select()
        .join(Period)
        .where(Period.year == year)
        .order_by(PerformancePlan.month_start)
    }


def test_skps_in_every_state_with_the_planned_shares(demo300):
    rows = register()
    by_employee = _plans()
    active = [r for r in rows.values() if r["active"]]
    states = Counter(
        by_employee[r["id"]].status if r["id"] in by_employee else plans.NO_PLAN for r in active
    )
    assert set(states) == {
        plans.APPROVED,
        plans.SUBMITTED,
        plans.DRAFT,
        plans.RETURNED,
        plans.NO_PLAN,
    }
    assert states == Counter(demo300.plans_by_status)
    share = {k: v / len(active) for k, v in states.items()}
    assert 0.30 <= share[plans.APPROVED] <= 0.55
    assert 0.10 <= share[plans.SUBMITTED] <= 0.30
    assert 0.10 <= share[plans.DRAFT] <= 0.30
    assert 0.01 <= share[plans.RETURNED] <= 0.10
    assert 0.07 <= share[plans.NO_PLAN] <= 0.25
    assert "SKP:" in demo300.summary() and "approved" in demo300.summary()
    assert not any(by_employee.get(r["id"]) for r in rows.values() if not r["active"])
    appraisers = {r["appraiser"] for r in rows.values() if r["appraiser"] is not None}
    assert appraisers and all(a in by_employee for a in appraisers)  # heads always have one
    for plan in by_employee.values():
        history = list(
            PlanStatusChange.select()
            .where(PlanStatusChange.plan == plan)
            .order_by(PlanStatusChange.id)
        )
        steps = [(c.from_status, c.to_status) for c in history]
        expected = {
            plans.DRAFT: [("", "DRAFT")],
            plans.SUBMITTED: [("", "DRAFT"), ("DRAFT", "SUBMITTED")],
            plans.APPROVED: [("", "DRAFT"), ("DRAFT", "SUBMITTED"), ("SUBMITTED", "APPROVED")],
            plans.RETURNED: [("", "DRAFT"), ("DRAFT", "SUBMITTED"), ("SUBMITTED", "RETURNED")],
        }[plan.status]
        assert steps == expected
        assert [c.at for c in history] == sorted(c.at for c in history)
        assert all(c.at.year == YEAR for c in history)
        if plan.status == plans.RETURNED:
            assert plan.return_reason.strip() and history[-1].reason == plan.return_reason
        else:
            assert plan.return_reason == ""
            # the SKP after a transfer notes it on its first step ("Mutasi: SKP sebelumnya …")
            notes = [c.reason for c in history if c.reason]
            assert notes == ([] if plan.month_start == 1 else [history[0].reason])


@pytest.mark.parametrize("year", [YEAR, YEAR - 1], ids=["current year", "past year"])
def test_each_subordinate_rhk_supports_an_rhk_of_their_appraiser(demo300, year):
    # the demo holds the completed past year too (issue 20, point 8): each year's cascade
    # links the SKPs of that year
    rows = register()
    by_employee = _plans(year)
    first_step = dict(
        PlanStatusChange.select(PlanStatusChange.plan, PlanStatusChange.at)
        .where(PlanStatusChange.from_status == "")
        .tuples()
    )
    owner = {p.id: p.employee_id for p in by_employee.values()}
    results = [r for r in PlanResult.select() if r.plan_id in owner]
    result_plan = {r.id: r.plan_id for r in results}
    # an earlier SKP of a transfer keeps the links to its old appraiser: not checked here
    results = [r for r in results if r.plan_id in owner]
    # the past year's appraiser is the one its approved SKP froze: the demo's transfer of this
    # year changed the register's appraiser of one employee after that year
    by_nip = {row["nip"]: row["id"] for row in rows.values()}
    linked = 0
    for result in results:
        employee = rows[owner[result.plan_id]]
        plan = by_employee[employee["id"]]
        appraiser = employee["appraiser"]
        if year != YEAR and plan.form != "JPT":
            appraiser = by_nip[json.loads(plan.snapshot)["appraiser"]["nip"]]
        if plan.form == "JPT":
            assert employee["position_type"] == "JPT" and employee["appraiser"] is None
            assert result.parent_result_id is None and result.perspective in SKP_PERSPECTIVES.data
            continue
        assert result.perspective is None
        assert result.parent_result_id is not None  # every RHK of the STAFF form is linked
        parent_plan = result_plan[result.parent_result_id]
        assert owner[parent_plan] == appraiser  # the appraiser's SKP, same year
        assert parent_plan == by_employee[appraiser].id
        assert parent_plan < plan.id and first_step[parent_plan] <= first_step[plan.id]
        linked += 1
    assert linked > 200


def test_approved_plans_are_complete_and_carry_the_snapshot(demo300):
    approved = [p for p in _plans().values() if p.status == plans.APPROVED]
    assert len(approved) > 50
    for plan in approved:
        assert plans.problems(plan.id) == []
        # as the chain gives it on the day of approval (a Plt ran then: not today's appraiser)
        on_the_day = take_snapshot(plan.employee, demo_appraisers._day(plan.approved_at))
        assert json.loads(plan.snapshot) == on_the_day.as_dict()
        decided = (
            PlanStatusChange.select()
            .where((PlanStatusChange.plan == plan) & (PlanStatusChange.to_status == "APPROVED"))
            .get()
        )
        assert plan.approved_at == decided.at
        assert plan.resources and plan.accountability and plan.consequences
    kadis = Employee.get(Employee.supervisor.is_null())
    snapshot = json.loads(_plans()[kadis.id].snapshot)
    assert snapshot["employee"]["nip"] == kadis.nip  # appraised by the Sekda, Bupati above
    assert snapshot["appraiser"]["nip"] == demo_appraisers.SEKDA["nip"]
    assert snapshot["appraiser"]["position"] == "Sekretaris Daerah"
    assert snapshot["appraiser_superior"]["name"] == "H. Rahmat Hidayat, S.H., M.H."
    assert snapshot["appraiser_superior"]["kind"] == "NON_ASN"
    under_plt = [p for p in approved if "acting" in json.loads(p.snapshot)["appraiser"]]
    assert under_plt and all(p.approved_at.month <= 4 for p in under_plt)
    others = [p for p in _plans().values() if p.status in (plans.SUBMITTED, plans.RETURNED)]
    assert others and all(plans.problems(p.id) == [] for p in others)  # they were submitted
    assert all(p.snapshot == "" and p.approved_at is None for p in others)
    drafts = [p for p in _plans().values() if p.status == plans.DRAFT]
    assert any(plans.problems(p.id) for p in drafts)  # some are still being typed


def test_skp_content_fits_the_jabatan(demo300):
    kadis = Employee.get(Employee.supervisor.is_null())
    detail = plans.get_plan(plans.plan_id_for(kadis.id, YEAR))
    assert detail.form == "JPT" and detail.status == plans.APPROVED
    assert detail.data.results[0].text == "Meningkatnya derajat kesehatan masyarakat"
    assert {r.perspective for r in detail.data.results} == set(SKP_PERSPECTIVES.data)
    nurses = [
        p for e, p in _plans().items() if Employee.get_by_id(e).position.name.startswith("Perawat")
    ]
    assert nurses
    texts = {r.text for p in nurses for r in PlanResult.select().where(PlanResult.plan == p)}
    assert "Terlaksananya asuhan keperawatan sesuai standar" in texts
    indicators = list(Indicator.select())
    assert {i.aspect for i in indicators} == set(SKP_ASPECTS.data)
    assert all(i.text and float(i.target_value.replace(",", ".")) >= 0 for i in indicators)
    assert {(i.target_value, i.target_unit) for i in indicators} >= {("100", "%"), ("12", "bulan")}
    codes = {v.code for v in BERAKHLAK.data}
    expectations = list(BehaviourExpectation.select())
    assert expectations and {e.value_code for e in expectations} <= codes
    assert all(e.text.strip() for e in expectations)
    assert PlanResult.select().where(PlanResult.is_main == 0).exists()  # some RHK tambahan


def test_the_demo_supervisor_sees_the_cascade_of_their_bidang(demo300):
    account = next(a for a in demo.DEMO_ACCOUNTS if a.role == "supervisor")
    session.sign_in_as(auth.authenticate(account.username, account.password))
    boss = session.current().employee_id
    matrix = plans.cascade(boss, YEAR)
    assert matrix.columns and matrix.unlinked == []
    supporting = [s for column in matrix.columns for s in matrix.supporting[column.id]]
    assert len(supporting) >= 3
    staff = {e for e, _ in plans.subordinates(boss)}
    assert {s.employee_id for s in supporting} <= staff
    rows = plans.progress(YEAR)
    # their staff, and as atasan pejabat penilai the people their staff appraise
    second = {
        e.id for e in Employee.select().where(Employee.appraiser.in_(staff) & Employee.active)
    }
    assert second and {r.employee_id for r in rows} == staff | {boss} | second


def _skp_snapshot() -> list[tuple]:
    parent_owner = Employee.alias()
    parent = PlanResult.alias()
    parent_plan = PerformancePlan.alias()
    results = list(
        PlanResult.select(
            Employee.nip,
            PlanResult.is_main,
            PlanResult.sort_order,
            PlanResult.text,
            PlanResult.perspective,
            parent.text,
            parent_owner.nip,
        )
        .join(PerformancePlan)
        .join(Employee)
        .switch(PlanResult)
        .join(parent, JOIN.LEFT_OUTER, on=(PlanResult.parent_result == parent.id))
        .join(parent_plan, JOIN.LEFT_OUTER, on=(parent.plan == parent_plan.id))
        .join(parent_owner, JOIN.LEFT_OUTER, on=(parent_plan.employee == parent_owner.id))
        .order_by(PlanResult.id)
        .tuples()
    )
    plans_ = list(
        PerformancePlan.select(
            Employee.nip,
            PerformancePlan.status,
            PerformancePlan.return_reason,
            PerformancePlan.resources,
            PerformancePlan.accountability,
            PerformancePlan.consequences,
            PerformancePlan.snapshot,
        )
        .join(Employee)
        .order_by(PerformancePlan.id)
        .tuples()
    )
    indicators = list(
        Indicator.select(
            Indicator.aspect, Indicator.text, Indicator.target_value, Indicator.target_unit
        )
        .order_by(Indicator.id)
        .tuples()
    )
    expectations = list(
        BehaviourExpectation.select(BehaviourExpectation.value_code, BehaviourExpectation.text)
        .order_by(BehaviourExpectation.id)
        .tuples()
    )
    return [plans_, results, indicators, expectations]


def test_same_seed_same_skps_other_seed_other_skps(tmp_path, database_templates):
    found = _built(tmp_path, database_templates, _skp_snapshot, order=SEEDS[::-1])
    assert found[0] == found[1]
    assert found[0][0] != found[2][0]


def test_every_jabatan_and_unit_has_skp_content():
    assert set(catalogue_office.JOBS) <= set(catalogue_skp.JOB_RHK)
    assert set(catalogue_office.MIXES) <= set(catalogue_skp.HEAD_RHK)
    templates = [
        r
        for group in (*catalogue_skp.HEAD_RHK.values(), *catalogue_skp.JOB_RHK.values())
        for r in group
    ]
    templates += catalogue_skp.EXTRA_RHK
    for rhk in templates:
        assert rhk.theme in "DPMST" and rhk.indicators, rhk.text
        assert rhk.perspective is None or rhk.perspective in SKP_PERSPECTIVES.data
        for iki in rhk.indicators:
            assert iki.aspect in SKP_ASPECTS.data and iki.targets and iki.unit
            assert all(float(t) >= 0 for t in iki.targets)
    assert all(r.perspective for r in catalogue_skp.HEAD_RHK["root"])  # the JPT form


# --- evaluations of the ended quarters -------------------------------------------------------


@pytest.fixture
def demo_november(db_path: Path, demo_templates) -> demo.DemoResult:
    """The demo as it looks on 23 November: Q1-Q3 have ended, Q4 has not."""
    return demo_templates.open_copy(db_path, 300, seed=3, today=dt.date(YEAR, 11, 23))


def test_evaluations_cover_the_ended_quarters_of_approved_skps(demo_november):
    # the current year's (the completed past year has its own tests: test_demo_past_year)
    rows = list(Evaluation.select().where(Evaluation.period_key.startswith(str(YEAR))))
    assert {e.period_key for e in rows} == {f"{YEAR}-Q1", f"{YEAR}-Q2", f"{YEAR}-Q3"}
    approved = {
        p.id: p for p in PerformancePlan.select().where(PerformancePlan.status == plans.APPROVED)
    }
    indicators = {
        i.id: i.result.plan_id for i in Indicator.select(Indicator, PlanResult).join(PlanResult)
    }
    for e in rows:
        assert e.plan_id in approved and approved[e.plan_id].employee_id == e.employee_id
        if e.rating_hasil and e.rating_perilaku:
            assert e.predikat == predikat(e.rating_hasil, e.rating_perilaku).value
        else:
            assert e.predikat is None and e.status == "DRAFT"
        if e.status == "FINAL":
            assert json.loads(e.snapshot)["employee"]["nip"] == e.employee.nip
            assert e.finalized_at is not None
    for r in Realisation.select():
        assert indicators[r.indicator_id] == r.evaluation.plan_id and r.realisasi
    by_key = Counter((e.period_key, e.status) for e in rows)
    final, draft = by_key[(f"{YEAR}-Q1", "FINAL")], by_key[(f"{YEAR}-Q1", "DRAFT")]
    assert final / (final + draft) > 0.9  # the older quarters are nearly done
    states = Counter(demo_november.evaluations_by_state)
    assert all(states[s] > 0 for s in ("FINAL", "RATED", "PARTIAL", "NONE"))
    assert OrgResult.select().where(OrgResult.period_key == f"{YEAR}-Q1").count() > 10


def test_one_part_of_the_office_breaks_the_pattern(demo_november):
    rows = units.list_units()
    root = next(u for u in rows if u.parent_id is None)
    broken = []
    for unit in rows:
        if unit.parent_id != root.id:
            continue
        summary = evaluations.distribution(
            units.descendants(unit.id, rows), f"{YEAR}-Q1", include_drafts=True
        )
        if summary.total and summary.findings:
            broken.append((unit.kind, summary.counts))
    assert len(broken) == 1
    kind, counts = broken[0]
    assert kind == "PUSKESMAS"
    assert counts[Predikat.SANGAT_BAIK] > sum(counts.values()) / 2


def test_keberatan_one_decided_and_one_waiting(demo_november):

    objected = list(
        Evaluation.select().where(
            (Evaluation.objection != "") & Evaluation.period_key.startswith(f"{YEAR}-")
        )
    )  # the current year's; the past year's annual ones are in test_demo_past_year
    assert len(objected) == 2
    decided = [e for e in objected if e.decision]
    waiting = [e for e in objected if not e.decision]
    assert len(decided) == 1 and len(waiting) == 1 and waiting[0].explanation
    for e in objected:
        assert e.status == "FINAL"
        assert e.objection_at - e.finalized_at <= dt.timedelta(days=14)
        steps = [
            c.to_status
            for c in EvaluationStatusChange.select()
            .where(EvaluationStatusChange.evaluation == e)
            .order_by(EvaluationStatusChange.at)
        ]
        assert steps[:4] == ["DRAFT", "FINAL", "OBJECTION", "EXPLANATION"]
    assert decided[0].predikat != "SANGAT_BAIK" and "Rating tetap" in decided[0].decision
