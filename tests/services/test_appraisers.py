"""Appraisers beyond the register through the services: officials outside the office (the
Sekda appraising the Kepala Dinas, the Bupati above him), Plt / Plh assignments by date, the
snapshot that freezes them, the status history that records the assignment, the access rules
of the acting official's account, role scope and the refusals."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.errors import FieldErrors, InputError
from desktop_app.models import AuditEntry, Employee, PerformancePlan, PlanStatusChange
from desktop_app.scoring.acting import Term, first_overlap, in_force
from desktop_app.services import auth, periods, session
from desktop_app.services.register import acting, appraiser_chain, employees, officials
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.acting import AssignmentInput
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.register.officials import OfficialInput
from desktop_app.services.session import AccessDenied
from desktop_app.services.skp import plans
from desktop_app.services.skp.plans import PlanInput, ResultInput
from tests.builders import USULAN, approved_skp

PASSWORD = "Rahasia-Kantor-2026"
YEAR = dt.date.today().year
TODAY = dt.date.today()
SEKDA_NIP = "196805121994031004"


@pytest.fixture
def office_people(office):
    """Kadis (head) > Kabid (Kepala Bidang Pelayanan) > two staff; Kasi under Kadis too.
    The Sekda and the Bupati are outside the office."""
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    kadis = employees.save_employee(
        EmployeeInput(
            "197001012000031001",
            "Kadis",
            "IV/c",
            unit,
            position_name="Kepala Dinas Kesehatan",
            position_type="JPT",
            echelon="II.b",
        )
    )
    kabid = employees.save_employee(
        EmployeeInput(
            "197102022000032002",
            "Kabid",
            "IV/a",
            unit,
            supervisor_id=kadis,
            appraiser_id=kadis,
            position_name="Kepala Bidang Pelayanan",
            position_type="ADMINISTRATOR",
            echelon="III.b",
        )
    )
    sekretaris = employees.save_employee(
        EmployeeInput(
            "197203032000031003",
            "Sekretaris",
            "IV/a",
            unit,
            supervisor_id=kadis,
            appraiser_id=kadis,
            position_name="Sekretaris Dinas",
            position_type="ADMINISTRATOR",
            echelon="III.a",
        )
    )
    staff = [
        employees.save_employee(
            EmployeeInput(
                f"19{85 + i:02d}0101201001{1 + i % 2}{i + 1:03d}",
                f"Staf {i}",
                "III/a",
                unit,
                supervisor_id=kabid,
                appraiser_id=kabid,
            )
        )
        for i in range(2)
    ]
    bupati = officials.save_official(
        OfficialInput("Bupati Contoh", "NON_ASN", "Bupati Contoh Raya", "Pemerintah Kab. Contoh")
    )
    sekda = officials.save_official(
        OfficialInput(
            "Sekda Contoh",
            "PNS",
            "Sekretaris Daerah",
            "Pemerintah Kab. Contoh",
            nip="19680512 199403 1 004",
            grade="IV/d",
            front_title="Dr.",
            back_title="M.Si.",
            superior_id=bupati,
        )
    )
    periods.open_period(YEAR)
    return {
        "unit": unit,
        "kadis": kadis,
        "kabid": kabid,
        "sekretaris": sekretaris,
        "staff": staff,
        "sekda": sekda,
        "bupati": bupati,
    }


def _jpt_plan() -> PlanInput:
    result = ResultInput("Meningkatnya derajat kesehatan", True, [USULAN], "PENERIMA_LAYANAN")
    return PlanInput("KUANTITATIF", [result], {})


def _kabid_post(people) -> int:
    return Employee.get_by_id(people["kabid"]).position_id


def _employee(employee_id: int) -> Employee:
    return Employee.get_by_id(employee_id)


# --- officials outside the office --------------------------------------------------------------


def test_the_head_appraised_by_the_sekda_with_the_bupati_above(office_people):
    p = office_people
    officials.set_external_appraiser(p["kadis"], p["sekda"])
    snap = appraiser_chain.snapshot_on(_employee(p["kadis"]), TODAY)
    assert snap.appraiser.name == "Dr. Sekda Contoh, M.Si."
    assert snap.appraiser.nip == SEKDA_NIP
    assert snap.appraiser.grade == "Pembina Utama Madya (IV/d)"
    assert snap.appraiser.position == "Sekretaris Daerah"
    assert snap.appraiser.unit == "Pemerintah Kab. Contoh"
    assert snap.appraiser_superior.name == "Bupati Contoh"
    assert snap.appraiser_superior.kind == "NON_ASN" and snap.appraiser_superior.nip == ""
    # the Kabid's atasan pejabat penilai is now the Sekda (the appraiser of his appraiser)
    kabid = appraiser_chain.snapshot_on(_employee(p["kabid"]), TODAY)
    assert kabid.appraiser.name == "Kadis"
    assert kabid.appraiser_superior.name == "Dr. Sekda Contoh, M.Si."


def test_linking_clears_the_register_appraiser_and_unlinking_leaves_nobody(office_people):
    p = office_people
    officials.set_external_appraiser(p["kabid"], p["sekda"])
    assert _employee(p["kabid"]).appraiser_id is None  # one or the other, never both
    assert officials.external_appraiser(p["kabid"]) == p["sekda"]
    officials.set_external_appraiser(p["kabid"], None)
    assert officials.external_appraiser(p["kabid"]) is None
    assert appraiser_chain.appraiser_on(_employee(p["kabid"]), TODAY) is None


def test_the_approved_skp_keeps_the_sekda_as_he_was(office_people):
    p = office_people
    officials.set_external_appraiser(p["kadis"], p["sekda"])
    plan_id = approved_skp(p["kadis"], YEAR, plan=_jpt_plan())
    data = OfficialInput(
        "Sekda Baru", "PNS", "Sekretaris Daerah", "Pemerintah Kab. Contoh", SEKDA_NIP, "IV/e"
    )
    officials.save_official(data, p["sekda"])
    frozen = json.loads(PerformancePlan.get_by_id(plan_id).snapshot)
    assert frozen["appraiser"]["name"] == "Dr. Sekda Contoh, M.Si."
    assert frozen["appraiser"]["grade"] == "Pembina Utama Madya (IV/d)"
    assert frozen["appraiser_superior"]["name"] == "Bupati Contoh"
    assert plans.get_plan(plan_id).appraiser_name == "Sekda Baru"  # today's register


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": "  "}, "name", "name is empty"),
        ({"kind": "ASN"}, "kind", "Choose PNS, PPPK"),
        ({"nip": ""}, "nip", "needs a NIP"),
        ({"nip": "196805121994131004"}, "nip", "month 13"),
        ({"nip": "197001012000031001"}, "nip", "employee of the office"),
        ({"grade": "IX"}, "grade", "golongan"),
        ({"position": ""}, "position", "position (jabatan) is empty"),
        ({"instansi": ""}, "instansi", "agency (instansi) is empty"),
        ({"back_title": "x" * 51}, "back_title", "At most 50"),
    ],
)
def test_official_refusals_name_the_field_and_save_nothing(office_people, changes, field, message):
    values = {
        "name": "Asisten",
        "kind": "PNS",
        "position": "Asisten Pemerintahan",
        "instansi": "Setda",
        "nip": "196901011995031002",
        "grade": "IV/c",
    }
    values.update(changes)
    before = len(officials.list_officials())
    with pytest.raises(FieldErrors) as caught:
        officials.save_official(OfficialInput(**values))
    assert field in caught.value.errors
    assert message in str(caught.value.errors[field])
    assert len(officials.list_officials()) == before


def test_non_asn_official_takes_no_nip_and_no_grade(office_people):
    with pytest.raises(FieldErrors) as caught:
        officials.save_official(
            OfficialInput("Wali", "NON_ASN", "Wali Kota", "Pemkot", nip=SEKDA_NIP, grade="IV/a")
        )
    assert set(caught.value.errors) == {"nip", "grade"}


def test_a_loop_of_superiors_and_a_duplicate_nip_are_refused(office_people):
    p = office_people
    bupati = officials.get_official(p["bupati"])
    bupati.superior_id = p["sekda"]
    with pytest.raises(FieldErrors, match="above themselves"):
        officials.save_official(bupati, p["bupati"])
    twin = OfficialInput("Kembar", "PNS", "Staf Ahli", "Setda", SEKDA_NIP, "IV/a")
    with pytest.raises(FieldErrors, match="already registered"):
        officials.save_official(twin)


def test_an_official_in_use_cannot_be_deleted(office_people):
    p = office_people
    officials.set_external_appraiser(p["kadis"], p["sekda"])
    with pytest.raises(InputError, match="employees appraised: 1"):
        officials.delete_official(p["sekda"])
    with pytest.raises(InputError, match="officials below: 1"):
        officials.delete_official(p["bupati"])


def test_officials_and_assignments_are_audited(office_people):
    p = office_people
    officials.set_external_appraiser(p["kadis"], p["sekda"])
    acting.save_assignment(
        AssignmentInput(
            _kabid_post(p), "PLH", TODAY, "800/1/2026", TODAY, employee_id=p["sekretaris"]
        )
    )
    entities = {e.entity for e in AuditEntry.select()}
    assert {"external_official", "external_appraiser_link", "acting_assignment"} <= entities


def test_hr_writes_supervisors_and_viewers_only_read(office_people):
    p = office_people
    auth.create_user("admin", PASSWORD, "admin")
    auth.create_user("staffhr", PASSWORD, "hr")
    auth.create_user("kabid", PASSWORD, "supervisor", p["kabid"])
    auth.create_user("lihat", PASSWORD, "viewer")
    for name in ("kabid", "lihat"):
        session.sign_in_as(auth.authenticate(name, PASSWORD))
        assert len(officials.list_officials()) == 2
        assert acting.list_assignments() == []
        with pytest.raises(AccessDenied):
            officials.save_official(OfficialInput("X", "NON_ASN", "Bupati", "Pemkab"))
        with pytest.raises(AccessDenied):
            officials.set_external_appraiser(p["kadis"], p["sekda"])
        with pytest.raises(AccessDenied):
            acting.save_assignment(
                AssignmentInput(_kabid_post(p), "PLT", TODAY, "1", employee_id=p["sekretaris"])
            )
    session.sign_in_as(auth.authenticate("staffhr", PASSWORD))
    officials.set_external_appraiser(p["kadis"], p["sekda"])
    acting.save_assignment(
        AssignmentInput(_kabid_post(p), "PLT", TODAY, "1", employee_id=p["sekretaris"])
    )
    assert len(acting.list_assignments()) == 1


# --- Plt / Plh ---------------------------------------------------------------------------------


def test_the_plt_appraises_the_staff_of_the_post_while_it_runs(office_people):
    p = office_people
    post = _kabid_post(p)
    acting.save_assignment(
        AssignmentInput(
            post,
            "PLT",
            dt.date(2026, 1, 1),
            "821/12/SK/2026",
            dt.date(2026, 6, 30),
            employee_id=p["sekretaris"],
        )
    )
    staff = _employee(p["staff"][0])
    during = appraiser_chain.appraiser_on(staff, dt.date(2026, 3, 15))
    assert during.employee_id == p["sekretaris"] and during.acting == "PLT"
    assert during.person.position == "Kepala Bidang Pelayanan"  # the post acted in
    assert during.person.nip == "197203032000031003"  # the acting official's own NIP
    assert during.acting_note == "Plt. Kepala Bidang Pelayanan: Sekretaris (821/12/SK/2026)"
    # the atasan stays the appraiser of the post holder (the Kadis)
    assert appraiser_chain.superior_on(staff, dt.date(2026, 3, 15)).employee_id == p["kadis"]
    # first and last day included; the day after: the holder again
    assert appraiser_chain.appraiser_on(staff, dt.date(2026, 1, 1)).acting == "PLT"
    assert appraiser_chain.appraiser_on(staff, dt.date(2026, 6, 30)).acting == "PLT"
    after = appraiser_chain.appraiser_on(staff, dt.date(2026, 7, 1))
    assert after.employee_id == p["kabid"] and after.acting == ""
    # the Kabid's own appraiser is not changed by an assignment of his own post
    assert (
        appraiser_chain.appraiser_on(_employee(p["kabid"]), dt.date(2026, 3, 1)).employee_id
        == (p["kadis"])
    )


def test_an_outside_official_can_act_and_prints_plh(office_people):
    p = office_people
    acting.save_assignment(
        AssignmentInput(_kabid_post(p), "PLH", TODAY, "800/9/2026", TODAY, official_id=p["sekda"])
    )
    snap = appraiser_chain.snapshot_on(_employee(p["staff"][1]), TODAY)
    assert snap.appraiser.name == "Dr. Sekda Contoh, M.Si." and snap.appraiser.acting == "PLH"
    assert snap.appraiser.decree == "800/9/2026"
    assert json.loads(snap.to_json())["appraiser"]["acting"] == "PLH"


def test_overlapping_assignments_of_one_post_are_refused(office_people):
    p = office_people
    post = _kabid_post(p)
    first = AssignmentInput(
        post, "PLT", dt.date(2026, 1, 1), "A/1", dt.date(2026, 3, 31), employee_id=p["sekretaris"]
    )
    acting.save_assignment(first)
    clash = AssignmentInput(post, "PLH", dt.date(2026, 3, 31), "B/2", official_id=p["sekda"])
    with pytest.raises(FieldErrors) as caught:
        acting.save_assignment(clash)
    message = str(caught.value.errors["starts"])
    # the English text (the CLI's) names the months in English; the GUI in its language
    assert "already has Plt. Sekretaris" in message and "1 January 2026 – 31 March 2026" in message
    clash.starts = dt.date(2026, 4, 1)  # the day after: allowed
    acting.save_assignment(clash)
    assert len(acting.list_assignments()) == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"position_id": None}, "position"),
        ({"kind": "PJ"}, "kind"),
        ({"employee_id": None}, "who"),
        ({"official_id": 1}, "who"),  # both
        ({"starts": None}, "starts"),
        ({"ends": dt.date(2025, 12, 31)}, "ends"),
        ({"decree": "  "}, "decree"),
        ({"decree": "9" * 101}, "decree"),
    ],
)
def test_assignment_refusals(office_people, changes, field):
    p = office_people
    values = {
        "position_id": _kabid_post(p),
        "kind": "PLT",
        "starts": dt.date(2026, 1, 1),
        "decree": "821/1",
        "ends": None,
        "employee_id": p["sekretaris"],
        "official_id": None,
    }
    values.update(changes)
    with pytest.raises(FieldErrors) as caught:
        acting.save_assignment(AssignmentInput(**values))
    assert field in caught.value.errors
    assert acting.list_assignments() == []


def test_the_holder_cannot_act_in_his_own_post(office_people):
    p = office_people
    with pytest.raises(FieldErrors, match="holds this post"):
        acting.save_assignment(
            AssignmentInput(_kabid_post(p), "PLH", TODAY, "1", employee_id=p["kabid"])
        )


def test_ending_an_assignment_restores_the_normal_appraiser(office_people):
    p = office_people
    assignment = acting.save_assignment(
        AssignmentInput(
            _kabid_post(p), "PLT", TODAY - dt.timedelta(days=10), "1", employee_id=p["sekretaris"]
        )
    )
    staff = _employee(p["staff"][0])
    assert appraiser_chain.appraiser_on(staff, TODAY).employee_id == p["sekretaris"]
    with pytest.raises(FieldErrors, match="before the first day"):
        acting.end_assignment(assignment, TODAY - dt.timedelta(days=11))
    acting.end_assignment(assignment, TODAY - dt.timedelta(days=1))
    assert appraiser_chain.appraiser_on(staff, TODAY).employee_id == p["kabid"]


def test_the_plt_account_approves_the_staff_and_the_history_keeps_the_assignment(office_people):
    p = office_people
    acting.save_assignment(
        AssignmentInput(
            _kabid_post(p),
            "PLT",
            TODAY - dt.timedelta(days=30),
            "821/7/2026",
            TODAY + dt.timedelta(days=30),
            employee_id=p["sekretaris"],
        )
    )
    auth.create_user("admin", PASSWORD, "admin")
    auth.create_user("sekretaris", PASSWORD, "supervisor", p["sekretaris"])
    auth.create_user("kabid", PASSWORD, "supervisor", p["kabid"])
    staff_id = p["staff"][0]
    plan_id = plans.create_plan(staff_id, YEAR)
    plans.save_plan(
        plan_id,
        PlanInput("KUANTITATIF", [ResultInput("Layanan", True, [USULAN], parent_text="Induk")], {}),
    )
    plans.submit(plan_id)
    session.sign_in_as(auth.authenticate("kabid", PASSWORD))  # the holder is away
    with pytest.raises(AccessDenied):
        plans.approve(plan_id)
    session.sign_in_as(auth.authenticate("sekretaris", PASSWORD))
    assert staff_id in {row.employee_id for row in plans.progress(YEAR)}  # in the Plt's list
    plans.approve(plan_id)
    frozen = json.loads(PerformancePlan.get_by_id(plan_id).snapshot)
    assert frozen["appraiser"]["name"] == "Sekretaris"
    assert frozen["appraiser"]["acting"] == "PLT"
    assert frozen["appraiser"]["position"] == "Kepala Bidang Pelayanan"
    assert frozen["appraiser"]["decree"] == "821/7/2026"
    assert frozen["appraiser_superior"]["name"] == "Kadis"
    step = PlanStatusChange.select().where(PlanStatusChange.to_status == "APPROVED").get()
    assert step.actor == "sekretaris"
    assert step.acting == "Plt. Kepala Bidang Pelayanan: Sekretaris (821/7/2026)"
    assert plans.get_plan(plan_id).history[-1].acting == step.acting


# --- the date rule (hypothesis) ------------------------------------------------------------------

_days = st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2027, 12, 31))


@st.composite
def _terms(draw):
    first = draw(_days)
    last = draw(st.one_of(st.none(), st.dates(min_value=first, max_value=dt.date(2027, 12, 31))))
    return Term(first, last)


@given(st.lists(_terms(), max_size=6), _days)
def test_in_force_is_a_term_covering_the_day(terms, day):
    found = in_force(list(enumerate(terms)), day)
    covering = [
        n for n, t in enumerate(terms) if t.first <= day and (t.last is None or day <= t.last)
    ]
    if covering:
        assert found in covering
        assert terms[found].first == max(terms[n].first for n in covering)
    else:
        assert found is None


@given(_terms(), _terms(), _days)
def test_overlap_is_symmetric_and_means_a_shared_day(a, b, day):
    assert a.overlaps(b) == b.overlaps(a)
    if a.covers(day) and b.covers(day):
        assert a.overlaps(b)
    if not a.overlaps(b):
        assert first_overlap(a, [("b", b)]) is None
        assert not (a.covers(day) and b.covers(day))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(st.integers(0, 400), st.integers(0, 60)), min_size=1, max_size=4),
    st.integers(0, 460),
)
def test_accepted_assignments_never_overlap_and_decide_the_appraiser(office_people, spans, probe):
    """Whatever HR types, the saved assignments of one post never share a day, and on any day
    the staff's appraiser is the acting official of the one running, else the holder."""
    p = office_people
    post = _kabid_post(p)
    base = dt.date(2026, 1, 1)
    for row in acting.list_assignments():
        acting.delete_assignment(row.id)
    saved: list[Term] = []
    for start, length in spans:
        term = Term(base + dt.timedelta(days=start), base + dt.timedelta(days=start + length))
        data = AssignmentInput(
            post, "PLT", term.first, f"SK/{start}", term.last, employee_id=p["sekretaris"]
        )
        try:
            acting.save_assignment(data)
        except FieldErrors:
            assert any(term.overlaps(s) for s in saved)
            continue
        assert not any(term.overlaps(s) for s in saved)
        saved.append(term)
    day = base + dt.timedelta(days=probe)
    found = appraiser_chain.appraiser_on(_employee(p["staff"][0]), day)
    if any(t.covers(day) for t in saved):
        assert found.employee_id == p["sekretaris"] and found.acting == "PLT"
    else:
        assert found.employee_id == p["kabid"] and found.acting == ""


def test_a_stored_assignment_ending_before_it_starts_counts_for_no_day(office_people):
    """Never saved by the services, but a package from elsewhere may hold one: the forms still
    print (the holder appraises), nothing stops."""
    from desktop_app.models import ActingAssignment

    p = office_people
    ActingAssignment(
        position=_kabid_post(p),
        kind="PLT",
        employee=p["sekretaris"],
        starts=dt.date(2026, 5, 1),
        ends=dt.date(2026, 4, 1),
        decree="X",
    ).save()
    found = appraiser_chain.appraiser_on(_employee(p["staff"][0]), dt.date(2026, 4, 15))
    assert found.employee_id == p["kabid"] and found.acting == ""
    assert appraiser_chain.acting_staff_ids(p["sekretaris"], dt.date(2026, 4, 15)) == set()


def test_a_head_appraised_outside_the_office_is_not_an_incomplete_record(office_people):
    """The Kepala Dinas has no pejabat penilai in the register: without the Sekda linked he is
    incomplete (data belum lengkap); with the Sekda linked he is complete, in the register
    list, for one record and in the query filter alike."""
    from desktop_app.services.register import completeness, employee_queries

    p = office_people
    head = _employee(p["kadis"])
    assert completeness.APPRAISER in completeness.missing_fields(head)
    officials.set_external_appraiser(p["kadis"], p["sekda"])
    head = _employee(p["kadis"])
    assert completeness.missing_fields(head) == []
    assert completeness.missing_fields(p["kadis"]) == []
    row = next(r for r in employee_queries.list_employees() if r.id == p["kadis"])
    assert row.missing == ()
    incomplete = {e.id for e in Employee.select().where(completeness.incomplete_condition())}
    assert p["kadis"] not in incomplete


@pytest.fixture
def indonesian(qapp):
    from desktop_app.i18n import translator

    translator.install("id")
    yield
    translator.install("en")


def _overlap_error(p) -> InputError:
    post = _kabid_post(p)
    acting.save_assignment(
        AssignmentInput(post, "PLT", dt.date(2026, 1, 1), "A/1", employee_id=p["sekretaris"])
    )
    clash = AssignmentInput(post, "PLH", dt.date(2026, 3, 31), "B/2", official_id=p["sekda"])
    with pytest.raises(FieldErrors) as caught:
        acting.save_assignment(clash)
    return caught.value.errors["starts"]


def test_an_overlap_message_names_the_months_in_english_on_the_english_screen(qapp, office_people):
    from desktop_app.views.messages import error_text

    shown = error_text(_overlap_error(office_people))
    assert "from 1 January 2026 until ended" in shown, shown
    assert "Januari" not in shown


def test_an_overlap_message_names_the_months_in_indonesian_on_the_indonesian_screen(
    indonesian, office_people
):
    from desktop_app.views.messages import error_text

    shown = error_text(_overlap_error(office_people))
    assert "1 Januari 2026" in shown and "January" not in shown, shown


# --- the lists show the effective pejabat penilai (issue 20, leftover of points 1-2) ----------


def _appraiser_column(rows) -> dict[int, str]:  # type: ignore[no-untyped-def]
    return {r.employee_id: r.appraiser_name for r in rows}


def test_the_lists_show_the_running_plt_and_the_outside_official(office_people):
    from desktop_app.services.development import office_view
    from desktop_app.services.evaluation import monitoring
    from desktop_app.services.skp import progress

    p = office_people
    today = dt.date.today()
    acting.save_assignment(
        AssignmentInput(
            _kabid_post(p), "PLT", today - dt.timedelta(days=5), "821/12/SK",
            today + dt.timedelta(days=30), employee_id=p["sekretaris"],
        )
    )  # fmt: skip
    officials.set_external_appraiser(p["kadis"], p["sekda"])
    lists = {
        "SKP": _appraiser_column(progress.progress(YEAR)),
        "evaluation": _appraiser_column(monitoring.monitoring(f"{YEAR}-Q1")),
        "IDP": _appraiser_column(office_view.office_view(YEAR)),
    }
    for name, shown in lists.items():
        assert [shown[s] for s in p["staff"]] == ["Plt. Sekretaris"] * 2, name
        assert shown[p["kadis"]] == "Sekda Contoh", name
        assert shown[p["kabid"]] == shown[p["sekretaris"]] == "Kadis", name  # no Plt above
    # the day after the assignment ends: the register's appraiser again
    later = progress.progress(YEAR, day=today + dt.timedelta(days=31))
    assert [_appraiser_column(later)[s] for s in p["staff"]] == ["Kabid"] * 2


def test_the_lists_ask_for_the_acting_appraisers_in_bulk(office_people, monkeypatch):
    from desktop_app.services.skp import progress

    p = office_people
    today = dt.date.today()
    acting.save_assignment(
        AssignmentInput(_kabid_post(p), "PLH", today, "SP/1", today, official_id=p["sekda"])
    )
    calls: list[int] = []
    original = appraiser_chain.appraiser_on
    monkeypatch.setattr(
        appraiser_chain, "appraiser_on", lambda *a, **k: calls.append(1) or original(*a, **k)
    )
    shown = _appraiser_column(progress.progress(YEAR))
    assert [shown[s] for s in p["staff"]] == ["Plh. Sekda Contoh"] * 2
    assert calls == []  # not one chain walk per row


def test_a_plt_in_their_own_appraisers_post_shows_who_appraises_them(office_people):
    from desktop_app.services.skp import progress

    p = office_people
    today = dt.date.today()
    acting.save_assignment(
        AssignmentInput(_kabid_post(p), "PLT", today, "SK/9", employee_id=p["staff"][0])
    )
    shown = _appraiser_column(progress.progress(YEAR))
    assert shown[p["staff"][1]] == "Plt. Staf 0"
    assert shown[p["staff"][0]] == "Kadis"  # one level up, as the chain and the forms say
