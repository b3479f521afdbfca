"""The Pegawai guard: a Pegawai session reaches its own record and nobody else's.

On the demo office (40 employees), a head of a bidang signs in with a Pegawai account: every
read and print entry of the services is tried with the ids of one of the people that head
appraises (the worst case: a supervisor's scope would let them in) and must refuse or show
nothing of that person; the same entry with the head's own ids must work (else the test would
pass on an entry that refuses everyone). A planted violation (an entry that skips its check)
makes the guard fail, and every public service function that takes an employee's id or one
of their records' ids must be listed here (a new entry cannot escape the guard).
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

import desktop_app.services as services_package
from desktop_app.errors import InputError, NotFoundError
from desktop_app.models import (
    DailyLogEntry,
    DevelopmentActivity,
    DevelopmentPlan,
    Employee,
    Evaluation,
    PerformanceDialogue,
    PerformancePlan,
    User,
)
from desktop_app.scoring.nip import display_nip
from desktop_app.services import audit, audit_rows, auth, session
from desktop_app.services.archive import appraisals
from desktop_app.services.daily_log import (
    action_plans,
    calendar_view,
    entries,
    evaluation_sums,
    recurring,
)
from desktop_app.services.daily_log import export as log_export
from desktop_app.services.daily_log import reports as log_reports
from desktop_app.services.development import dialogue, follow_up, idp, office_view, records
from desktop_app.services.development import export as development_export
from desktop_app.services.evaluation import (
    acknowledgement,
    annual,
    monitoring,
    monitoring_export,
    notes,
    pppk_recommendation,
    reading,
    siasn_export,
)
from desktop_app.services.register import (
    contracts,
    employee_export,
    employee_queries,
    employees,
    employment_status,
    officials,
    register_history,
)
from desktop_app.services.reports import batch, followup, forms, recaps
from desktop_app.services.session import AccessDenied, Role, Session
from desktop_app.services.skp import (
    cascade,
    plan_flow,
    plans,
    progress,
    progress_export,
    review_comments,
)

REFUSALS = (AccessDenied, NotFoundError)

YEAR_PAST = 2025


@pytest.fixture
def seat(db_path, demo_templates):
    """The demo office; `own` is a head with staff and records, `other` one of their staff."""
    demo_templates.open_copy(db_path, 40, seed=1)
    holder = User.select(User.employee).where(User.username == "supervisor").tuples().first()[0]
    staff = [
        e.id
        for e in Employee.select().where(Employee.appraiser == holder).order_by(Employee.id)
        if PerformancePlan.select().where(PerformancePlan.employee == e.id).exists()
        and Evaluation.select().where(Evaluation.employee == e.id).exists()
    ]
    assert staff, "the demo head appraises people with an SKP and evaluations"
    own, other = _records(holder), _records(staff[0])
    # the other's daily log is shown by its texts (no name or NIP in an entry list)
    other["log_texts"] = sorted(_log_texts(other["employee_id"]) - _log_texts(holder))[:5]
    assert other["log_texts"], "the demo logs the head's staff's work"
    return {"own": own, "other": other}


def _log_texts(employee_id: int) -> set[str]:
    return {
        text
        for (text,) in DailyLogEntry.select(DailyLogEntry.activity)
        .where((DailyLogEntry.employee == employee_id) & (DailyLogEntry.deleted == False))
        .tuples()
        if len(text) > 12
    }


def _first(model, employee_id: int, *where) -> int | None:
    query = model.select(model.id).where((model.employee == employee_id), *where)
    row = query.order_by(model.id).tuples().first()
    return row[0] if row else None


def _records(employee_id: int) -> dict[str, Any]:
    employee = Employee.get_by_id(employee_id)
    evaluation = (
        Evaluation.select()
        .where((Evaluation.employee == employee_id) & (Evaluation.deleted == False))
        .order_by(Evaluation.id)
        .first()
    )
    return {
        "employee_id": employee_id,
        "nip": employee.nip,
        "name": employee.name,
        "uid": employee.uid,
        "unit_id": employee.unit_id,
        "plan_id": _first(PerformancePlan, employee_id),
        "evaluation_id": evaluation.id if evaluation else None,
        "period_key": evaluation.period_key if evaluation else f"{YEAR_PAST}-Q1",
        "idp_id": _first(DevelopmentPlan, employee_id),
        "dialogue_id": _first(PerformanceDialogue, employee_id),
        "activity_id": _first(DevelopmentActivity, employee_id),
        "year": YEAR_PAST,
        "log_day": _log_day(employee_id),
    }


LOG_YEAR, LOG_MONTH, LOG_PERIOD = 2026, 11, "2026-Q4"  # the demo's daily log: its last months


def _log_day(employee_id: int) -> dt.date:
    """A day of the employee's daily log in November 2026 (the demo logs two months)."""
    row = (
        DailyLogEntry.select(DailyLogEntry.day)
        .where(
            (DailyLogEntry.employee == employee_id)
            & (DailyLogEntry.day >= dt.date(LOG_YEAR, LOG_MONTH, 1))
            & (DailyLogEntry.deleted == False)
        )
        .order_by(DailyLogEntry.day)
        .tuples()
        .first()
    )
    return row[0] if row else dt.date(LOG_YEAR, LOG_MONTH, 2)


def _sign_in_as_pegawai(employee_id: int) -> None:
    session.sign_in_as(Session(999, "pegawai", Role.EMPLOYEE, employee_id, "Pegawai"))


def _text_of(result: Any, folder: Path) -> str:
    """What a call showed: its value's repr and the text of every file it wrote."""
    parts = [repr(result)]
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".pdf":
            parts += [page.extract_text() or "" for page in PdfReader(path).pages]
        elif path.suffix == ".xlsx":
            book = openpyxl.load_workbook(path, read_only=True)
            for sheet in book.worksheets:
                for row in sheet.iter_rows(values_only=True):
                    parts.append(" ".join(str(v) for v in row if v is not None))
    return "\n".join(parts)


def _mentions(text: str, person: dict[str, Any]) -> bool:
    return (
        person["nip"] in text
        or display_nip(person["nip"]) in text
        or person["name"] in text
        or any(log in text for log in person.get("log_texts", ()))
    )


Entry = Callable[[dict[str, Any], Path], Any]

# name -> call(ids, folder): every read and print entry that takes a person or their record
ENTRIES: dict[str, Entry] = {
    "employees.get_employee": lambda r, f: employees.get_employee(r["employee_id"]),
    "employees.record_uid": lambda r, f: employees.record_uid(r["employee_id"]),
    "employee_queries.list_employees": lambda r, f: employee_queries.list_employees(),
    "employee_queries.supervisor_chain": lambda r, f: employee_queries.supervisor_chain(
        r["employee_id"]
    ),
    "employee_queries.chain_preview": lambda r, f: employee_queries.chain_preview(r["employee_id"]),
    "employee_queries.employees_by_ids": lambda r, f: employee_queries.employees_by_ids(
        [r["employee_id"]]
    ),
    "employee_export.export_employees": lambda r, f: employee_export.export_employees(
        f / "e.xlsx", [r["employee_id"]]
    ),
    "contracts.list_contracts": lambda r, f: contracts.list_contracts(r["employee_id"]),
    "employment_status.list_statuses": lambda r, f: employment_status.list_statuses(
        r["employee_id"]
    ),
    "audit.history": lambda r, f: audit.history(r["uid"]),
    "audit_rows.history_rows": lambda r, f: audit_rows.history_rows(r["uid"]),
    "audit.search": lambda r, f: audit.search(),
    "plans.get_plan": lambda r, f: plans.get_plan(r["plan_id"]),
    "review_comments.review_comments": lambda r, f: review_comments.review_comments(r["plan_id"]),
    "plan_flow.plans_in_year": lambda r, f: [
        plans.get_plan(p[0]) for p in plan_flow.plans_in_year(r["employee_id"], r["year"])
    ],
    "plan_flow.superior_results": lambda r, f: plan_flow.superior_results(
        r["employee_id"], r["year"]
    ),
    "cascade.cascade": lambda r, f: cascade.cascade(r["employee_id"], r["year"]),
    "progress.progress": lambda r, f: progress.progress(r["year"]),
    "progress_export.export_progress": lambda r, f: progress_export.export_progress(
        f / "p.xlsx", progress.progress(r["year"]), r["year"]
    ),
    "reading.get_evaluation": lambda r, f: reading.get_evaluation(r["evaluation_id"]),
    "acknowledgement.reading": lambda r, f: acknowledgement.reading(r["evaluation_id"]),
    "reading.get_evaluation_covers": lambda r, f: reading.get_evaluation_covers(
        [r["evaluation_id"]]
    ),
    "annual.annual_summary": lambda r, f: annual.annual_summary(r["employee_id"], r["year"]),
    "notes.peer_notes": lambda r, f: notes.peer_notes(r["evaluation_id"]),
    "monitoring.monitoring": lambda r, f: monitoring.monitoring(r["period_key"]),
    "monitoring_export.export_monitoring": lambda r, f: monitoring_export.export_monitoring(
        f / "m.xlsx", r["period_key"]
    ),
    "siasn_export.export_siasn": lambda r, f: siasn_export.export_siasn(f / "s.xlsx", r["year"]),
    "idp.get_plan": lambda r, f: idp.get_plan(r["idp_id"]),
    "idp.idp_document": lambda r, f: idp.idp_document(r["employee_id"], r["year"]),
    "records.activities": lambda r, f: records.activities(r["employee_id"], r["year"]),
    "records.get_activity": lambda r, f: records.get_activity(r["activity_id"]),
    "records.jp_progress": lambda r, f: records.jp_progress(r["employee_id"], r["year"]),
    "follow_up.follow_up": lambda r, f: follow_up.follow_up(r["employee_id"], r["year"]),
    "follow_up.evaluation_facts": lambda r, f: follow_up.evaluation_facts(
        r["employee_id"], r["year"]
    ),
    "dialogue.list_dialogues": lambda r, f: dialogue.list_dialogues(r["employee_id"], r["year"]),
    "dialogue.get_dialogue": lambda r, f: dialogue.get_dialogue(r["dialogue_id"]),
    "dialogue.follow_up_lines": lambda r, f: dialogue.follow_up_lines(r["employee_id"], r["year"]),
    "office_view.office_view": lambda r, f: office_view.office_view(r["year"]),
    "development_export.export_development": lambda r, f: development_export.export_development(
        f / "d.xlsx", r["year"]
    ),
    "appraisals.list_appraisals": lambda r, f: appraisals.list_appraisals(r["year"]),
    "forms.build_skp": lambda r, f: forms.build_skp(f / "skp.pdf", r["plan_id"]),
    "forms.build_evaluation": lambda r, f: forms.build_evaluation(f / "ev.pdf", r["evaluation_id"]),
    "forms.build_document": lambda r, f: forms.build_document(f / "doc.pdf", r["evaluation_id"]),
    "forms.build_idp": lambda r, f: forms.build_idp(f / "idp.pdf", r["idp_id"]),
    "forms.build_idp_for": lambda r, f: forms.build_idp_for(
        f / "idp2.pdf", r["employee_id"], r["year"]
    ),
    "batch.print_one": lambda r, f: batch.print_one(
        "evaluation", r["nip"], r["period_key"], f / "one.pdf"
    ),
    "batch.print_batch": lambda r, f: batch.print_batch(
        r["unit_id"], r["period_key"], f, merged=True, form="evaluation"
    ),
    "followup.print_dialogues": lambda r, f: followup.print_dialogues(
        r["nip"], str(r["year"]), f / "dlg.pdf"
    ),
    "forms.skp_report": lambda r, f: forms.skp_report(r["plan_id"]),
    "forms.evaluation_report": lambda r, f: forms.evaluation_report(r["evaluation_id"]),
    "forms.document_report": lambda r, f: forms.document_report(r["evaluation_id"]),
    "forms.idp_report": lambda r, f: forms.idp_report(r["idp_id"]),
    "forms.idp_report_for": lambda r, f: forms.idp_report_for(r["employee_id"], r["year"]),
    "followup.dialogue_report": lambda r, f: followup.dialogue_report(r["dialogue_id"]),
    "plans.problems": lambda r, f: plans.problems(r["plan_id"]),
    "idp.problems": lambda r, f: idp.problems(r["idp_id"]),
    "cascade.subordinates": lambda r, f: cascade.subordinates(r["employee_id"]),
    "dialogue.evaluation_choices": lambda r, f: dialogue.evaluation_choices(r["employee_id"]),
    "dialogue.plan_choices": lambda r, f: dialogue.plan_choices(r["employee_id"]),
    "dialogue.snapshot_of": lambda r, f: dialogue.snapshot_of(r["dialogue_id"]),
    "dialogue.missing_counselling": lambda r, f: dialogue.missing_counselling(
        r["year"], [r["employee_id"]]
    ),
    "follow_up.propose_gaps": lambda r, f: follow_up.propose_gaps(r["employee_id"], r["year"]),
    "follow_up.new_proposals": lambda r, f: follow_up.new_proposals(r["idp_id"]),
    "pppk_recommendation.advice_for": lambda r, f: pppk_recommendation.advice_for(
        [r["employee_id"]], r["year"]
    ),
    "pppk_recommendation.for_monitoring": lambda r, f: pppk_recommendation.for_monitoring(
        r["period_key"], [r["employee_id"]]
    ),
    "employment_status.names_of": lambda r, f: employment_status.names_of([r["employee_id"]]),
    "officials.external_appraiser": lambda r, f: officials.external_appraiser(r["employee_id"]),
    "recaps.build_recap": lambda r, f: recaps.build_recap(
        f / "recap.pdf", "distribution", r["period_key"]
    ),
    # the daily log (Progres Harian) and rencana aksi
    "action_plans.list_action_plans": lambda r, f: action_plans.list_action_plans(
        r["employee_id"], LOG_PERIOD
    ),
    "action_plans.results_for": lambda r, f: action_plans.results_for(r["employee_id"], LOG_PERIOD),
    "calendar_view.month_calendar": lambda r, f: calendar_view.month_calendar(
        [r["employee_id"]], LOG_YEAR, LOG_MONTH
    ),
    "entries.list_between": lambda r, f: entries.list_between(
        r["employee_id"], dt.date(LOG_YEAR, LOG_MONTH, 1), dt.date(LOG_YEAR, LOG_MONTH, 30)
    ),
    "entries.list_day": lambda r, f: entries.list_day(r["employee_id"], r["log_day"]),
    "entries.list_month": lambda r, f: entries.list_month(r["employee_id"], LOG_YEAR, LOG_MONTH),
    "entries.previous_logged_day": lambda r, f: entries.previous_logged_day(
        r["employee_id"], dt.date(LOG_YEAR, 12, 3)
    ),
    "entries.warnings_of": lambda r, f: entries.warnings_of(r["employee_id"], r["log_day"]),
    "evaluation_sums.log_sums": lambda r, f: evaluation_sums.log_sums(r["evaluation_id"]),
    "export.export_month": lambda r, f: log_export.export_month(
        r["employee_id"], LOG_YEAR, LOG_MONTH, f / "log.xlsx"
    ),
    "export.export_by_nip": lambda r, f: log_export.export_by_nip(
        r["nip"], f"{LOG_YEAR}-{LOG_MONTH:02d}", f / "log-nip.xlsx"
    ),
    "daily_log.reports.month_report": lambda r, f: log_reports.month_report(
        r["employee_id"], LOG_YEAR, LOG_MONTH
    ),
    "daily_log.reports.print_month": lambda r, f: log_reports.print_month(
        r["employee_id"], LOG_YEAR, LOG_MONTH, f / "log.pdf"
    ),
    "recurring.list_recurring": lambda r, f: recurring.list_recurring(r["employee_id"]),
    "register_history.history": lambda r, f: register_history.history(r["employee_id"]),
}


# read entries a Pegawai may not use even for their own record: the office's tools
OWN_REFUSED = {
    "employee_export.export_employees": "the register export is HR's",
    "audit.history": "the audit trail is HR's and the administrator's",
    "audit_rows.history_rows": "the audit trail is HR's and the administrator's",
    "audit.search": "the audit trail is HR's and the administrator's",
    "batch.print_batch": "printing a whole unit is HR's",
}


def _outcome(entry: Entry, ids: dict[str, Any], folder: Path) -> tuple[str, str]:
    """("refused", why), ("answered", message: an InputError such as "nothing to print",
    which shows nothing of anyone) or ("shown", everything the call showed)."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        result = entry(ids, folder)
    except REFUSALS as err:
        return "refused", str(err)
    except InputError as err:
        return "answered", str(err)
    return "shown", _text_of(result, folder)


def guard_violations(
    entries: dict[str, Entry], own: dict[str, Any], other: dict[str, Any], folder: Path
) -> list[str]:
    """The entries that show the other person to the Pegawai, or refuse the Pegawai their own."""
    problems = []
    for name, entry in entries.items():
        state, text = _outcome(entry, other, folder / name / "other")
        if state == "shown" and _mentions(text, other):
            problems.append(f"{name}: shows {other['name']} to another employee's Pegawai session")
        state, text = _outcome(entry, own, folder / name / "own")
        if (state == "refused") is not (name in OWN_REFUSED):
            problems.append(f"{name}: {state} for the Pegawai's own record ({text[:80]})")
    return problems


def test_a_pegawai_reaches_nobody_elses_record(seat, tmp_path):
    _sign_in_as_pegawai(seat["own"]["employee_id"])
    problems = guard_violations(ENTRIES, seat["own"], seat["other"], tmp_path)
    assert problems == [], "\n".join(problems)


def test_the_guard_fails_on_a_planted_violation(seat, tmp_path, monkeypatch):
    """An entry that forgets its check is caught (the guard is not vacuous)."""
    _sign_in_as_pegawai(seat["own"]["employee_id"])
    monkeypatch.setattr(plans, "require_for", lambda action, employee_id: None)
    found = guard_violations(
        {"plans.get_plan": ENTRIES["plans.get_plan"]}, seat["own"], seat["other"], tmp_path
    )
    assert found == [
        f"plans.get_plan: shows {seat['other']['name']} to another employee's Pegawai session"
    ]


def test_the_guard_sees_a_daily_log_shown_to_another(seat, tmp_path, monkeypatch):
    """The daily log's check planted away: its lists, exports and prints leak, and the guard
    says so by the entries' texts (an entry list carries no name or NIP)."""
    from desktop_app.services.daily_log import access

    _sign_in_as_pegawai(seat["own"]["employee_id"])
    monkeypatch.setattr(access, "require_read", lambda employee_id: None)
    monkeypatch.setattr(access, "may_read", lambda employee_id: True)
    log_entries = {
        name: ENTRIES[name]
        for name in ("entries.list_month", "entries.list_day", "export.export_month")
    }
    found = guard_violations(log_entries, seat["own"], seat["other"], tmp_path)
    assert [f.split(":")[0] for f in found] == list(log_entries)


def test_the_guard_fails_when_the_scope_leaks(seat, tmp_path, monkeypatch):
    """The scope of the lists planted back to a supervisor's (own + staff): the lists leak."""
    _sign_in_as_pegawai(seat["own"]["employee_id"])
    signed = session.current()
    monkeypatch.setattr(
        session._current,
        "session",
        Session(signed.user_id, signed.username, Role.SUPERVISOR, signed.employee_id),
    )
    found = guard_violations(
        {"employee_queries.list_employees": ENTRIES["employee_queries.list_employees"]},
        seat["own"],
        seat["other"],
        tmp_path,
    )
    assert len(found) == 1 and "list_employees: shows" in found[0]


def test_writes_on_another_persons_record_are_refused(seat):
    own, other = seat["own"], seat["other"]
    _sign_in_as_pegawai(own["employee_id"])
    writes: list[Callable[[], Any]] = [
        lambda: plans.create_plan(other["employee_id"], 2027),
        lambda: plans.submit(other["plan_id"]),
        lambda: plans.approve(other["plan_id"]),
        lambda: plans.return_plan(other["plan_id"], "Perbaiki"),
        lambda: idp.create_plan(other["employee_id"], 2027),
        lambda: records.record_activity(other["employee_id"], 2026, None),
        lambda: appraisals.open_appraisal(other["employee_id"], 2020),
        lambda: employees.set_active(other["employee_id"], False, "Mutasi"),
        lambda: auth.list_users(),
        lambda: acknowledgement.acknowledge(other["evaluation_id"]),
    ]
    for write in writes:
        with pytest.raises(REFUSALS):
            write()
    with pytest.raises(InputError, match="Only the employee"):  # refused with its reason
        notes.save_self_assessment(other["evaluation_id"], "Saya sudah bekerja baik.")
    session.sign_in_as(None)
    assert plan_flow.plans_in_year(other["employee_id"], 2027) == []


# parameters that name a person or one of their records
_PERSONAL = ("employee_id", "employee_ids", "plan_id", "evaluation_id", "evaluation_ids",
             "dialogue_id", "activity_id", "record_uid", "nip", "appraisal_id")  # fmt: skip


def _personal_functions() -> set[str]:
    found = set()
    for info in pkgutil.walk_packages(services_package.__path__, "desktop_app.services."):
        module = importlib.import_module(info.name)
        for name, func in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(func):
                continue
            if func.__module__ != module.__name__:
                continue
            if set(inspect.signature(func).parameters) & set(_PERSONAL):
                found.add(f"{module.__name__.removeprefix('desktop_app.services.')}.{name}")
    return found


def test_every_personal_read_is_known_to_the_guard():
    """A new service function that takes a person's id is either a guarded read entry or named
    in KNOWN (below) with the reason it needs no entry here."""
    unknown = sorted(
        name
        for name in _personal_functions()
        if not any(name.endswith(entry) for entry in ENTRIES)
        and not any(name.startswith(prefix) or name == prefix for prefix in KNOWN)
    )
    assert unknown == []
    assert all(KNOWN.values())


_WRITE = "a write: refused by its check (test_writes_on_another_persons_record_are_refused)"
_LOOKUP = "finds a record's id, never its content: the entry that opens the id is guarded"
_PART = "a building block of a guarded entry, not called by any screen or command itself"
_CHECK = "the access check itself (session, plan_flow), exercised by every entry"

KNOWN: dict[str, str] = {
    "daily_log.access.": _CHECK,
    "daily_log.action_plans.agree": _WRITE,
    "daily_log.action_plans.agree_year": _WRITE,
    "daily_log.entries.copy_day": _WRITE,
    "daily_log.evaluation_sums.accept": _WRITE,
    "daily_log.evaluation_sums.override": _WRITE,
    "daily_log.export.employee_by_nip": _LOOKUP,
    "daily_log.holidays.save_holiday": _WRITE,
    "daily_log.periods.plan_for": _LOOKUP,
    "daily_log.recurring.add_to_day": _WRITE,
    "register.import_statuses.record": "a write inside the register import (WRITE_REGISTER)",
    "register.register_history.appraisers_on": _PART,
    "register.register_history.ensure_started": _PART,
    "register.register_history.post_on": _PART,
    "register.register_history.withdraw_transfer": _WRITE,
    "skp.frozen_people.frozen_evaluation_appraisers": _PART,
    "skp.transfer_people.kept_people_of": _PART,
    "skp.transfer_undo.": "WRITE_REGISTER: the transfer's undo is HR's (refused to a Pegawai)",
    "skp.transfers.register_state": _PART,
    "skp.transfers.restore_register": _WRITE,
    "sync.central.return_writer.target_of": "the central office's lookup (no Pegawai there)",
    "accounts.usernames.derive_username": "a pure rule on a name and NIP the caller holds",
    "archive.appraisals.get_appraisal": "checks as plans.get_plan (the demo has no archive)",
    "archive.appraisals.appraisal_id_for": _LOOKUP,
    "archive.appraisals.open_appraisal": _WRITE,
    "archive.appraisals.save_appraisal": _WRITE,
    "archive.appraisals.finalize": _WRITE,
    "archive.appraisals.reopen": _WRITE,
    "auth.create_user": "MANAGE_USERS: the administrator's",
    "development.dialogue.save_dialogue": _WRITE,
    "development.dialogue.delete_dialogue": _WRITE,
    "development.dialogue.may_write": _CHECK,
    "development.follow_up.predikat_by_employee": _PART,
    "development.idp.agree": _WRITE,
    "development.idp.create_plan": _WRITE,
    "development.idp.reopen": _WRITE,
    "development.idp.return_plan": _WRITE,
    "development.idp.save_plan": _WRITE,
    "development.idp.submit": _WRITE,
    "development.idp.plan_id_for": _LOOKUP,
    "development.idp_content.activity_rows": _PART,
    "development.idp_flow.": _CHECK,
    "development.records.attach_certificate": _WRITE,
    "development.records.cancel_activity": _WRITE,
    "development.records.complete_activity": _WRITE,
    "development.records.record_activity": _WRITE,
    "development.records.remove_activity": _WRITE,
    "development.records.reset_activity": _WRITE,
    "evaluation.editing.": _WRITE,
    "evaluation.acknowledgement.acknowledge": _WRITE,
    "evaluation.notes.add_peer_note": _WRITE,
    "evaluation.notes.save_self_assessment": _WRITE,
    "evaluation.reading.evaluation_id_for": _LOOKUP,
    "evaluation.reading.plan_indicators": _PART,
    "evaluation.workflow.decide_objection": _WRITE,
    "evaluation.workflow.explain_objection": _WRITE,
    "evaluation.workflow.file_objection": _WRITE,
    "evaluation.workflow.finalize": _WRITE,
    "evaluation.workflow.open_evaluation": _WRITE,
    "evaluation.workflow.reopen": _WRITE,
    "evaluation.workflow.atasan_of": _CHECK,
    "periods.id_in_year": _LOOKUP,
    "register.appraiser_chain.": _CHECK + " (who appraises whom)",
    "register.completeness.externally_appraised": _PART,
    "register.contracts.contracts_by_employee": _PART,
    "register.employee_queries.find_by_nip": _LOOKUP,
    "register.employee_validation.validate": _WRITE,
    "register.employees.save_employee": _WRITE,
    "register.employees.set_active": _WRITE,
    "register.employment_status.exemptions": _PART,
    "register.employment_status.save_status": _WRITE,
    "register.officials.set_external_appraiser": _WRITE,
    "reports.batch.record_for": _LOOKUP,
    "reports.sources.": _PART,
    "session.": _CHECK,
    "skp.plan_flow.appraiser_of": _CHECK,
    "skp.plan_flow.register_appraiser_of": _CHECK,
    "skp.plan_flow.require_for": _CHECK,
    "skp.plan_flow.superior_of": _CHECK,
    "skp.plan_flow.plan_id_for": _LOOKUP,
    "skp.plan_flow.plan_in_force": _LOOKUP,
    "skp.plan_flow.results_choices": "RHK texts to link to: a superior's RHK are to be seen",
    "skp.plans.approve": _WRITE,
    "skp.plans.assign_result": _WRITE,
    "skp.plans.copy_from_year": _WRITE,
    "skp.plans.create_plan": _WRITE,
    "skp.plans.reopen": _WRITE,
    "skp.plans.return_plan": _WRITE,
    "skp.plans.save_plan": _WRITE,
    "skp.plans.submit": _WRITE,
    "skp.plans.snapshot": _PART,
    "skp.transfers.transfer_start": _WRITE,
    "skp.review_comments.return_with_comments": _WRITE,
}
