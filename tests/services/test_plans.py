"""SKP through the services: periods, drafting, the workflow with its locks and reasons, who may
approve, cascading, copying last year's SKP, giving one RHK to several people, progress."""

from __future__ import annotations

import json

import pytest

from desktop_app.errors import FieldErrors, InputError
from desktop_app.models import PlanResult
from desktop_app.services import auth, periods, session
from desktop_app.services.register import employees
from desktop_app.services.register import units as unit_service
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.session import AccessDenied
from desktop_app.services.skp import plans
from desktop_app.services.skp.plans import IndicatorInput, PlanInput, ResultInput

PASSWORD = "Rahasia-Kantor-2026"
YEAR = 2026


@pytest.fixture
def office_staff(office):
    unit = unit_service.save_unit(unit_service.UnitInput("DINKES", "Dinas Kesehatan", "DINAS"))
    kadis = employees.save_employee(
        EmployeeInput(
            "197001012000031001", "Kadis", "IV/c", unit, position_name="Kepala Dinas",
            position_type="JPT", echelon="22",
        )
    )  # fmt: skip
    kabid = employees.save_employee(
        EmployeeInput(
            "197102022000032002", "Kabid", "IV/a", unit, supervisor_id=kadis,
            appraiser_id=kadis, position_name="Kepala Bidang", position_type="ADMINISTRATOR",
            echelon="32",
        )
    )  # fmt: skip
    budi = employees.save_employee(
        EmployeeInput(
            "198609262015051001", "Budi", "III/b", unit, supervisor_id=kabid,
            appraiser_id=kabid, position_name="Analis", position_type="PELAKSANA",
        )
    )  # fmt: skip
    ani = employees.save_employee(
        EmployeeInput(
            "199001152015032002", "Ani", "III/a", unit, supervisor_id=kabid, appraiser_id=kabid
        )
    )
    other = employees.save_employee(
        EmployeeInput(
            "198501012010011003", "Lain", "III/c", unit, supervisor_id=kadis, appraiser_id=kadis
        )
    )
    periods.open_period(YEAR)
    periods.open_period(YEAR - 1)
    auth.create_user("admin", PASSWORD, "admin")
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    auth.create_user("kabid", PASSWORD, "supervisor", kabid)
    session.sign_in_as(None)
    return {"unit": unit, "kadis": kadis, "kabid": kabid, "budi": budi, "ani": ani, "other": other}


def _complete(parent_id: int | None = None, text: str = "Layanan kepegawaian tepat waktu"):
    return PlanInput(
        "KUANTITATIF",
        [
            ResultInput(
                text,
                True,
                [
                    IndicatorInput("KUANTITAS", "Jumlah usulan diproses", "120", "usulan"),
                    IndicatorInput("WAKTU", "Lama proses", "3", "hari"),
                ],
                parent_result_id=parent_id,
                parent_text="" if parent_id else "Terselenggaranya layanan",
            )
        ],
        {1: "Menjawab surat dalam 2 hari"},
        "Aplikasi SIASN",
        "Laporan triwulan",
        "Sesuai ketentuan TPP",
    )


def test_period_is_opened_once_and_a_closed_year_is_locked(office_staff):
    with pytest.raises(InputError, match="open already"):
        periods.open_period(YEAR)
    plan_id = plans.create_plan(office_staff["budi"], YEAR)
    periods.set_closed(YEAR, True)
    with pytest.raises(InputError, match="closed"):
        plans.save_plan(plan_id, _complete())
    with pytest.raises(InputError, match="closed"):
        plans.create_plan(office_staff["ani"], YEAR)
    assert plans.get_plan(plan_id).period_closed


def test_one_plan_per_employee_and_year(office_staff):
    plans.create_plan(office_staff["budi"], YEAR)
    with pytest.raises(InputError, match="already has an SKP"):
        plans.create_plan(office_staff["budi"], YEAR)
    assert plans.create_plan(office_staff["budi"], YEAR - 1)


def test_draft_is_saved_whole_and_keeps_row_identity(office_staff):
    plan_id = plans.create_plan(office_staff["budi"], YEAR)
    plans.save_plan(plan_id, _complete())
    detail = plans.get_plan(plan_id)
    assert detail.form == "STAFF" and detail.editable
    result = detail.data.results[0]
    assert [i.target_value for i in result.indicators] == ["120", "3"]
    uid = PlanResult.get_by_id(result.id).uid
    result.text = "Layanan kepegawaian lebih cepat"
    result.indicators.pop()
    plans.save_plan(plan_id, detail.data)
    again = plans.get_plan(plan_id)
    assert again.data.results[0].text == "Layanan kepegawaian lebih cepat"
    assert len(again.data.results[0].indicators) == 1
    assert PlanResult.get_by_id(result.id).uid == uid  # same record, changed
    assert again.data.expectations == {1: "Menjawab surat dalam 2 hari"}


def test_incomplete_plan_cannot_be_submitted_and_says_why(office_staff):
    plan_id = plans.create_plan(office_staff["budi"], YEAR)
    with pytest.raises(InputError, match="no main RHK"):
        plans.submit(plan_id)
    data = _complete()
    data.results[0].indicators[0].target_value = "banyak"
    with pytest.raises(FieldErrors, match="not a number"):  # never stored, even in a draft
        plans.save_plan(plan_id, data)
    data.results[0].indicators[0].target_value = ""
    data.results[0].parent_text = ""
    plans.save_plan(plan_id, data)
    found = " ".join(str(p) for p in plans.problems(plan_id))
    assert "no target" in found and "superior's RHK" in found
    assert plans.get_plan(plan_id).status == plans.DRAFT


def test_draft_to_approved_with_cascade_link_snapshot_and_lock(office_staff):
    kabid_plan = plans.create_plan(office_staff["kabid"], YEAR)
    data = _complete(text="Meningkatnya kualitas layanan ASN")
    data.results[0].parent_text = "Sasaran Kepala Dinas"
    plans.save_plan(kabid_plan, data)
    parent = plans.get_plan(kabid_plan).data.results[0].id
    plan_id = plans.create_plan(office_staff["budi"], YEAR)
    assert [c.id for c in plans.get_plan(plan_id).parent_choices] == [parent]
    plans.save_plan(plan_id, _complete(parent))
    session.sign_in_as(auth.authenticate("kabid", PASSWORD))
    plans.submit(plan_id)
    plans.approve(plan_id)
    detail = plans.get_plan(plan_id)
    assert detail.status == plans.APPROVED and not detail.editable
    assert [(s.from_status, s.to_status) for s in detail.history] == [
        ("", "DRAFT"),
        ("DRAFT", "SUBMITTED"),
        ("SUBMITTED", "APPROVED"),
    ]
    assert detail.history[-1].actor == "kabid"
    snap = json.loads(plans._live_plan(plan_id).snapshot)
    assert snap["employee"]["nip"] == "198609262015051001"
    assert snap["appraiser"]["name"] == "Kabid" and snap["appraiser_superior"]["name"] == "Kadis"
    assert "Penata Muda Tingkat I" in snap["employee"]["grade"]
    with pytest.raises(InputError, match="locked"):
        plans.save_plan(plan_id, _complete(parent))
    matrix = plans.cascade(office_staff["kabid"], YEAR)
    assert [s.employee_name for s in matrix.supporting[parent]] == ["Budi"]


def test_return_needs_a_reason_and_reopen_is_recorded(office_staff):
    plan_id = plans.create_plan(office_staff["budi"], YEAR)
    plans.save_plan(plan_id, _complete())
    plans.submit(plan_id)
    with pytest.raises(InputError, match="reason"):
        plans.return_plan(plan_id, "   ")
    plans.return_plan(plan_id, "Target kuantitas terlalu rendah")
    detail = plans.get_plan(plan_id)
    assert detail.status == plans.RETURNED and detail.editable
    assert detail.return_reason == "Target kuantitas terlalu rendah"
    plans.save_plan(plan_id, _complete())
    plans.submit(plan_id)
    plans.approve(plan_id)
    plans.reopen(plan_id, "Perubahan struktur organisasi")
    detail = plans.get_plan(plan_id)
    assert detail.status == plans.RETURNED
    assert detail.history[-1].reason == "Perubahan struktur organisasi"
    assert detail.history[-1].from_status == plans.APPROVED


def test_supervisor_cannot_approve_or_read_someone_elses_subordinate(office_staff):
    mine = plans.create_plan(office_staff["budi"], YEAR)
    theirs = plans.create_plan(office_staff["other"], YEAR)
    for plan_id in (mine, theirs):
        plans.save_plan(plan_id, _complete())
        plans.submit(plan_id)
    session.sign_in_as(auth.authenticate("kabid", PASSWORD))
    with pytest.raises(AccessDenied):
        plans.approve(theirs)
    with pytest.raises(AccessDenied):
        plans.get_plan(theirs)
    with pytest.raises(AccessDenied):
        plans.create_plan(office_staff["kadis"], YEAR - 1)
    plans.approve(mine)
    assert plans.get_plan(mine).status == plans.APPROVED
    assert {r.name for r in plans.progress(YEAR)} == {"Kabid", "Budi", "Ani"}


def test_hr_drafts_but_cannot_approve(office_staff):
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    auth.create_user("hrd", PASSWORD, "hr")
    session.sign_in_as(auth.authenticate("hrd", PASSWORD))
    plan_id = plans.create_plan(office_staff["budi"], YEAR)
    plans.save_plan(plan_id, _complete())
    plans.submit(plan_id)
    with pytest.raises(AccessDenied):
        plans.approve(plan_id)


def test_copy_last_years_plan_as_a_new_draft(office_staff):
    old = plans.create_plan(office_staff["budi"], YEAR - 1)
    plans.save_plan(old, _complete())
    plans.submit(old)
    plans.approve(old)
    new = plans.copy_from_year(office_staff["budi"], YEAR - 1, YEAR)
    detail = plans.get_plan(new)
    assert detail.status == plans.DRAFT and detail.year == YEAR
    assert detail.data.results[0].text == "Layanan kepegawaian tepat waktu"
    assert [i.text for i in detail.data.results[0].indicators] == [
        "Jumlah usulan diproses",
        "Lama proses",
    ]
    assert detail.data.resources == "Aplikasi SIASN"
    old_ids = {r.id for r in plans.get_plan(old).data.results}
    assert not old_ids & {r.id for r in detail.data.results}  # new records, not shared
    with pytest.raises(InputError, match="no SKP of 2020"):
        plans.copy_from_year(office_staff["budi"], 2020, YEAR)


def test_one_rhk_given_to_several_subordinates_at_once(office_staff):
    kabid_plan = plans.create_plan(office_staff["kabid"], YEAR)
    plans.save_plan(kabid_plan, _complete(text="Tertib administrasi kepegawaian"))
    parent = plans.get_plan(kabid_plan).data.results[0].id
    plans.create_plan(office_staff["budi"], YEAR)  # Budi has a draft, Ani has none yet
    given = plans.assign_result(parent, [office_staff["budi"], office_staff["ani"]])
    assert given == 2
    assert plans.assign_result(parent, [office_staff["budi"]]) == 0  # not twice
    matrix = plans.cascade(office_staff["kabid"], YEAR)
    assert sorted(s.employee_name for s in matrix.supporting[parent]) == ["Ani", "Budi"]
    assert matrix.unsupported == [] and matrix.unlinked == []


def test_cascade_shows_unsupported_and_unlinked_results(office_staff):
    kabid_plan = plans.create_plan(office_staff["kabid"], YEAR)
    data = _complete(text="RHK A")
    data.results.append(ResultInput("RHK B", True, [IndicatorInput("KUALITAS", "Mutu", "90")]))
    plans.save_plan(kabid_plan, data)
    plan_id = plans.create_plan(office_staff["budi"], YEAR)
    plans.save_plan(plan_id, _complete(text="RHK lepas"))  # free text, no link yet
    matrix = plans.cascade(office_staff["kabid"], YEAR)
    assert [c.text for c in matrix.unsupported] == ["RHK A", "RHK B"]
    assert [u.text for u in matrix.unlinked] == ["RHK lepas"]


def test_progress_counts_every_state(office_staff):
    drafted = plans.create_plan(office_staff["budi"], YEAR)
    plans.save_plan(drafted, _complete())
    rows = {r.name: r for r in plans.progress(YEAR)}
    assert rows["Budi"].status == plans.DRAFT and rows["Budi"].results == 1
    assert rows["Ani"].status == plans.NO_PLAN and rows["Ani"].plan_id is None
    assert len(rows) == 5


def test_a_closed_year_stops_the_workflow_too(office_staff):
    plan_id = plans.create_plan(office_staff["budi"], YEAR)
    plans.save_plan(plan_id, _complete())
    periods.set_closed(YEAR, True)
    with pytest.raises(InputError, match="closed"):
        plans.submit(plan_id)
    with pytest.raises(InputError, match="reason"):
        periods.set_closed(YEAR, False)  # re-opening a closed year needs a reason (issue 20)
    periods.set_closed(YEAR, False, "Koreksi data")
    plans.submit(plan_id)
    periods.set_closed(YEAR, True)
    for step in (plans.approve, lambda p: plans.return_plan(p, "Alasan")):
        with pytest.raises(InputError, match="closed"):
            step(plan_id)
    assert plans.get_plan(plan_id).status == plans.SUBMITTED


def test_links_and_assignments_stay_within_the_appraisers_own_plan(office_staff):
    lain_plan = plans.create_plan(office_staff["other"], YEAR)
    plans.save_plan(lain_plan, _complete(text="RAHASIA milik Lain"))
    foreign = plans.get_plan(lain_plan).data.results[0].id
    budi_plan = plans.create_plan(office_staff["budi"], YEAR)
    with pytest.raises(InputError, match="not in the appraiser's SKP"):
        plans.save_plan(budi_plan, _complete(foreign))
    session.sign_in_as(auth.authenticate("kabid", PASSWORD))
    with pytest.raises(AccessDenied):
        plans.assign_result(foreign, [office_staff["budi"]])
    assert all(r.text != "RAHASIA milik Lain" for r in plans.get_plan(budi_plan).data.results)
    session.sign_in_as(None)
    kabid_plan = plans.create_plan(office_staff["kabid"], YEAR)
    plans.save_plan(kabid_plan, _complete(text="RHK Kabid"))
    own = plans.get_plan(kabid_plan).data.results[0].id
    with pytest.raises(InputError, match="appraised by the owner"):
        plans.assign_result(own, [office_staff["other"]])  # Lain is not the Kabid's


def test_cascade_shows_no_one_outside_the_viewers_reach(office_staff):
    kabid_plan = plans.create_plan(office_staff["kabid"], YEAR)
    plans.save_plan(kabid_plan, _complete(text="RHK Kabid"))
    parent = plans.get_plan(kabid_plan).data.results[0].id
    plans.save_plan(plans.create_plan(office_staff["budi"], YEAR), _complete(parent))
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    auth.create_user("kadis", PASSWORD, "supervisor", office_staff["kadis"])
    session.sign_in_as(auth.authenticate("kadis", PASSWORD))
    matrix = plans.cascade(office_staff["kabid"], YEAR)  # the Kabid is the Kadis's appraisee
    # and as atasan pejabat penilai of Budi the Kadis reads Budi's SKP too
    assert [s.employee_name for s in matrix.supporting[parent]] == ["Budi"]
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    auth.create_user("lain", PASSWORD, "supervisor", office_staff["other"])
    session.sign_in_as(auth.authenticate("lain", PASSWORD))
    with pytest.raises(session.AccessDenied):  # outside Lain's reach altogether
        plans.cascade(office_staff["kabid"], YEAR)
    with pytest.raises(session.AccessDenied):
        plans.subordinates(office_staff["kabid"])
    session.sign_in_as(auth.authenticate("kabid", PASSWORD))
    assert [
        s.employee_name for s in plans.cascade(office_staff["kabid"], YEAR).supporting[parent]
    ] == ["Budi"]
