"""The dialogs of the program, each built as a user reaches it: signed in with a role that
can open it, filled with the largest record of the demo database (the SKP with the most
indicators, the IDP with the most gaps, ...). `CASES` maps a dialog class name to a function
of a scratch folder that returns the dialog (tests/views/test_dialog_geometry.py opens them
all)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from peewee import fn
from PySide6.QtWidgets import QDialog

# ---------------------------------------------------------------- the data


PASSWORD = "Rahasia-Geometri-2026"


def _sign_in(role: str, employee_id: int | None = None) -> None:
    from desktop_app.services import auth, session

    session.sign_in_as(None)
    if employee_id is None:
        accounts = {"admin": "admin", "hr": "hrd", "viewer": "viewer"}
        passwords = {
            "admin": "Kunci-Utama-2026",
            "hrd": "Kepegawaian-2026",
            "viewer": "Lihat-Saja-2026",
        }
        user = accounts[role]
        session.sign_in_as(auth.authenticate(user, passwords[user]))
        return
    name = f"penilai{employee_id}"
    from desktop_app.models import User

    if not User.select().where(User.username == name).exists():
        session.sign_in_as(auth.authenticate("admin", "Kunci-Utama-2026"))
        auth.create_user(name, PASSWORD, "supervisor", employee_id)
        session.sign_in_as(None)
    session.sign_in_as(auth.authenticate(name, PASSWORD))


def _largest_plan() -> tuple[int, int]:
    """(plan id, appraiser id) of the SKP with the most indicators."""
    from desktop_app.models import Employee, Indicator, PerformancePlan, PlanResult

    row = (
        PerformancePlan.select(PerformancePlan.id, Employee.appraiser, fn.COUNT(Indicator.id))
        .join(Employee, on=PerformancePlan.employee == Employee.id)
        .switch(PerformancePlan)
        .join(PlanResult)
        .join(Indicator)
        .where(Employee.appraiser.is_null(False))
        .group_by(PerformancePlan.id)
        .order_by(fn.COUNT(Indicator.id).desc())
        .tuples()
        .first()
    )
    return row[0], row[1]


def _largest_evaluation() -> tuple[int, int]:
    from desktop_app.models import Employee, Evaluation, Realisation

    row = (
        Evaluation.select(Evaluation.id, Employee.appraiser, fn.COUNT(Realisation.id))
        .join(Employee, on=Evaluation.employee == Employee.id)
        .switch(Evaluation)
        .join(Realisation)
        .where(Employee.appraiser.is_null(False) & (Evaluation.status == "DRAFT"))
        .group_by(Evaluation.id)
        .order_by(fn.COUNT(Realisation.id).desc())
        .tuples()
        .first()
    )
    return row[0], row[1]


def _largest_idp() -> tuple[int, int]:
    from desktop_app.models import DevelopmentGap, DevelopmentPlan, Employee

    row = (
        DevelopmentPlan.select(DevelopmentPlan.id, Employee.appraiser, fn.COUNT(DevelopmentGap.id))
        .join(Employee, on=DevelopmentPlan.employee == Employee.id)
        .switch(DevelopmentPlan)
        .join(DevelopmentGap)
        .where(Employee.appraiser.is_null(False) & (DevelopmentPlan.status == "DRAFT"))
        .group_by(DevelopmentPlan.id)
        .order_by(fn.COUNT(DevelopmentGap.id).desc())
        .tuples()
        .first()
    )
    return row[0], row[1]


def _first_employee() -> tuple[int, str, str]:
    from desktop_app.models import Employee

    person = Employee.select().where(Employee.active == True).order_by(Employee.id).first()
    return person.id, person.name, person.uid


# ---------------------------------------------------------------- the cases


def _verify_code(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.admin.verify_code_dialog import VerifyCodeDialog

    _sign_in("admin")
    return VerifyCodeDialog()


def _history(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.admin.audit_views import HistoryDialog

    _sign_in("admin")
    _id, name, uid = _first_employee()
    return HistoryDialog(uid, name)


def _audit(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.admin.audit_views import AuditViewer

    _sign_in("admin")
    return AuditViewer()


def _backup_key(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.admin.backup_key_dialog import BackupKeyDialog

    _sign_in("admin")
    sheet = tmp / "kunci-cadangan.pdf"
    sheet.write_bytes(b"%PDF-1.4\n")
    return BackupKeyDialog(sheet)


def _office(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.admin.office_dialog import OfficeDialog

    _sign_in("admin")
    return OfficeDialog()


def _user_form(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.admin.users_dialog import UserForm

    _sign_in("admin")
    return UserForm()


def _reset_password(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.models import User
    from desktop_app.views.admin.users_dialog import ResetPasswordDialog

    _sign_in("admin")
    longest = max((u.username for u in User.select()), key=len)  # as picked in UsersDialog
    return ResetPasswordDialog(longest)


def _users(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.admin.users_dialog import UsersDialog

    _sign_in("admin")
    return UsersDialog()


def _staff_accounts(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.admin.staff_accounts_dialog import StaffAccountsDialog

    _sign_in("hr")
    return StaffAccountsDialog()


def _preferences(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.admin.preferences_dialog import PreferencesDialog

    _sign_in("admin")
    return PreferencesDialog()


def _periods(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.admin.periods_dialog import PeriodsDialog

    _sign_in("admin")
    return PeriodsDialog()


def _distribution(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.evaluation.distribution_panel import DistributionDialog

    _sign_in("hr")
    return DistributionDialog("2026-Q1")


def _evaluation(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.evaluation.editor import EvaluationEditor

    evaluation_id, appraiser = _largest_evaluation()
    _sign_in("supervisor", appraiser)
    return EvaluationEditor(evaluation_id)


def _skp(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.skp.editor import SkpEditor

    plan_id, appraiser = _largest_plan()
    _sign_in("supervisor", appraiser)
    return SkpEditor(plan_id)


def _assign(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.models import Employee, PlanResult
    from desktop_app.views.skp.cascade_dialog import AssignDialog

    plan_id, appraiser = _largest_plan()
    _sign_in("supervisor", appraiser)
    result = PlanResult.select().where(PlanResult.plan == plan_id).first()
    people = [(e.id, e.name) for e in Employee.select().where(Employee.appraiser == appraiser)]
    return AssignDialog(result.id, result.text, people)


def _cascade(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.models import Employee
    from desktop_app.views.skp.cascade_dialog import CascadeDialog

    _plan, appraiser = _largest_plan()
    _sign_in("supervisor", appraiser)
    head = Employee.get_by_id(appraiser)
    return CascadeDialog(head.id, head.name, 2026)


def _idp(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.development.editor import IdpEditor

    plan_id, appraiser = _largest_idp()
    _sign_in("supervisor", appraiser)
    return IdpEditor(plan_id)


def _realisation(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.development.dialogs import RealisationDialog

    _sign_in("hr")
    return RealisationDialog("Catat pengembangan", lambda data: None)


def _import(tmp):  # type: ignore[no-untyped-def]
    """A SIASN "Data Utama" export (tests/data/register_files.py) opened by HR: the mapping
    step is checked here (a step the user passes through), the preview step is returned."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop_app.views.register import import_adapter
    from desktop_app.views.register.import_dialog import ImportDialog
    from tests.data.register_files import write_siasn_csv
    from tests.views.test_dialog_geometry import geometry_problems

    _sign_in("hr")
    path = write_siasn_csv(tmp / "Data Utama SIASN.csv", delimiter=";")
    dialog = ImportDialog(import_adapter.detect(path))
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    assert dialog.stack.currentIndex() == 0 and dialog.next_button.isEnabled()
    assert geometry_problems(dialog) == [], "the mapping step"
    QTest.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 1, "the preview step"
    return dialog


def _richest_official() -> int:
    """The official outside the office with a superior (the Sekda of the demo)."""
    from desktop_app.models import ExternalOfficial

    return (
        ExternalOfficial.select()
        .where(ExternalOfficial.superior.is_null(False))
        .order_by(ExternalOfficial.id)
        .first()
        .id
    )


def _officials(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.register.officials_dialog import OfficialsDialog

    _sign_in("hr")
    return OfficialsDialog()


def _official_form(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.services.register import officials
    from desktop_app.views.register.officials_dialog import OfficialForm

    _sign_in("hr")
    return OfficialForm(officials.list_officials(), _richest_official())


def _link_form(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.services.register import officials
    from desktop_app.views.register.officials_dialog import LinkForm

    _sign_in("hr")
    return LinkForm(officials.list_officials())


def _acting(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.register.acting_dialog import ActingDialog

    _sign_in("hr")
    return ActingDialog()


def _period_stages(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.services import periods
    from desktop_app.views.admin.period_stages_dialog import PeriodStagesDialog

    _sign_in("hr")
    return PeriodStagesDialog(periods.list_periods()[0].year)  # the demo's: Q1 closed


def _employment_status(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.models import Employee, EmploymentStatus
    from desktop_app.views.register.status_dialog import EmploymentStatusDialog

    _sign_in("hr")
    row = EmploymentStatus.select().first()  # the demo's employee on CLTN
    person = Employee.get_by_id(row.employee_id)
    return EmploymentStatusDialog(person.id, person.full_name)


def _first_assignment() -> int:
    from desktop_app.services.register import acting

    return acting.list_assignments()[0].id


def _assignment_form(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.register.acting_dialog import AssignmentForm

    _sign_in("hr")
    return AssignmentForm(_first_assignment())


def _end_form(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.register.acting_dialog import EndForm

    _sign_in("hr")
    return EndForm(_first_assignment())


def _transfer(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.skp.transfer_dialog import TransferDialog

    plan_id, _appraiser = _largest_plan()  # the most RHK to tick
    from desktop_app.models import PerformancePlan

    plan = PerformancePlan.get_by_id(plan_id)
    _sign_in("hr")
    return TransferDialog(plan.employee_id, plan.period.year)


def _unit_form(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.services.register import units
    from desktop_app.views.register.unit_dialog import UnitForm

    _sign_in("admin")
    rows = units.list_units()
    return UnitForm(rows, rows[-1].id)


def _units(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.register.unit_dialog import UnitsDialog

    _sign_in("admin")
    return UnitsDialog()


def _employee(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.services.register.employee_queries import list_employees
    from desktop_app.views.register.employee_dialog import EmployeeDialog

    _sign_in("admin")
    rows = list_employees()
    # the one whose chain of superiors (shown whole, wrapped, under the appraiser) is longest
    widest = max(rows, key=lambda row: _chain_length(row.id))
    return EmployeeDialog(rows, widest.id)


def _chain_length(employee_id: int) -> int:
    from desktop_app.models import Employee
    from desktop_app.services.register.employee_queries import chain_preview

    supervisor_id = Employee.get_by_id(employee_id).supervisor_id
    links = chain_preview(supervisor_id) if supervisor_id else []
    return sum(len(link.name) + len(link.position_name or "") + 6 for link in links)


def _first_run(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.auth_dialogs import FirstRunDialog

    return FirstRunDialog()


def _sign_in_dialog(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.auth_dialogs import SignInDialog

    return SignInDialog()


def _server_connection(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.models.engines import ServerTarget
    from desktop_app.views.server_dialog import ServerConnectionDialog

    return ServerConnectionDialog(None, ServerTarget("kinerja", "kinerja", "192.168.1.10", 5432))


def _change_password(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.auth_dialogs import ChangePasswordDialog

    _sign_in("admin")
    return ChangePasswordDialog("admin", forced=True)


def _saved(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.print_feedback import SavedDialog

    lines = [
        f"Pegawai {n} (19800101 201001 1 {n:03d}), Sekretariat: evaluasi belum final"
        for n in range(300)
    ]
    return SavedDialog(
        "Cetak untuk unit",
        "15 dokumen, 40 halaman disimpan sebagai " + str(tmp / "Cetakan" / "DINKES.pdf"),
        tmp,
        offer_folder=True,
        listing_title="Tidak dicetak (300):",
        listing=lines,
    )


def _batch(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.print_actions import BatchDialog

    _sign_in("hr")
    return BatchDialog("2026-Q1")


def _quarantined(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.sync.quarantined_dialog import QuarantinedDialog

    _sign_in("admin")
    _id, _name, uid = _first_employee()
    rows = [{"entity": "employee", "uid": uid, "reason": "parent missing"}] * 200
    return QuarantinedDialog("Catatan dikarantina", "200 catatan tidak diambil.", rows)


def _sync(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.sync.office_dialog import SyncDialog

    _sign_in("admin")
    return SyncDialog()


def _hq_key(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.sync.hq_key_dialog import HqKeyDialog

    _sign_in("admin")
    return HqKeyDialog()


def _legacy(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.services import periods
    from desktop_app.services.archive import appraisals as legacy
    from desktop_app.views.archive.dialog import LegacyAppraisalDialog

    _sign_in("admin")
    periods.open_period(2018, regime="PP_46_2011")
    employee_id, _name, _uid = _first_employee()
    return LegacyAppraisalDialog(legacy.open_appraisal(employee_id, 2018))


def _richest_dialogue() -> tuple[int, int, str]:
    """(record id, employee id, name) of the demo's konseling kinerja with an IDP linked."""
    from desktop_app.models import PerformanceDialogue

    row = (
        PerformanceDialogue.select()
        .where(PerformanceDialogue.development_plan.is_null(False))
        .order_by(PerformanceDialogue.id)
        .first()
    )
    return row.id, row.employee_id, row.employee.full_name


def _dialogues(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.development.dialogue_dialog import DialogueDialog

    _sign_in("hr")
    _, employee_id, name = _richest_dialogue()
    return DialogueDialog(employee_id, name, 2026)


def _dialogue_form(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.development.dialogue_dialog import DialogueForm

    _sign_in("hr")
    record, employee_id, _ = _richest_dialogue()
    return DialogueForm(employee_id, record)


def _first_contract() -> tuple[int, int, str]:
    """(contract id, employee id, name) of the PPPK with the most contract periods."""
    from peewee import fn

    from desktop_app.models import Employee, PppkContract

    employee_id, _ = (
        PppkContract.select(PppkContract.employee, fn.COUNT(PppkContract.id))
        .group_by(PppkContract.employee)
        .order_by(fn.COUNT(PppkContract.id).desc(), PppkContract.employee)
        .tuples()
        .first()
    )
    contract = PppkContract.select().where(PppkContract.employee == employee_id).first()
    return contract.id, employee_id, Employee.get_by_id(employee_id).full_name


def _contracts(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.register.contracts_dialog import ContractsDialog

    _sign_in("hr")
    _, employee_id, name = _first_contract()
    return ContractsDialog(employee_id, name)


def _register_history(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.models import Employee, EmployeeHistory
    from desktop_app.views.register.history_dialog import RegisterHistoryDialog

    _sign_in("hr")
    row = EmployeeHistory.select().where(EmployeeHistory.valid_to.is_null(False)).first()
    employee = Employee.get_by_id(row.employee_id) if row else Employee.select().first()
    return RegisterHistoryDialog(employee.id, employee.full_name)


def _contract_form(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.register.contracts_dialog import ContractForm

    _sign_in("hr")
    contract, employee_id, _ = _first_contract()
    return ContractForm(employee_id, contract)


def _proposals(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.models import ReturnProposal
    from desktop_app.models.database import write_transaction
    from desktop_app.views.sync.proposals_dialog import ProposalsDialog

    _sign_in("admin")
    _id, _name, uid = _first_employee()
    with write_transaction():
        for n in range(200):  # the longest lists and values a central office sends
            ReturnProposal.create(
                uid=f"00000000-0000-4000-8000-{n:012d}",
                return_sequence=1,
                kind=("pns_id", "name", "grade", "merge")[n % 4],
                target_uid=str(uid),
                value="A5EB03E23D0CF6A0E040640A040252AD" if n % 4 == 0 else "Nama Lengkap " * 4,
                old_value="DE30" + "0" * 28,
                note="Keputusan rapat BKPSDM " * 3,
                status="PENDING" if n % 3 else "REJECTED",
                reason="" if n % 3 else "Nama di SK sudah benar " * 3,
            )
    return ProposalsDialog()


def _busiest_log() -> tuple[int, int, dt.date]:
    """(employee id, their appraiser, the day) of the demo's day with the most log entries."""
    from desktop_app.models import DailyLogEntry, Employee

    employee_id, day, _ = (
        DailyLogEntry.select(DailyLogEntry.employee, DailyLogEntry.day, fn.COUNT(DailyLogEntry.id))
        .join(Employee)
        .where(Employee.appraiser.is_null(False) & (DailyLogEntry.kind == "PLAN"))
        .group_by(DailyLogEntry.employee, DailyLogEntry.day)
        .order_by(fn.COUNT(DailyLogEntry.id).desc(), DailyLogEntry.day.desc())
        .tuples()
        .first()
    )
    return employee_id, Employee.get_by_id(employee_id).appraiser_id, day


def _entry_form(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.models import DailyLogEntry
    from desktop_app.views.daily_log.entry_form import EntryForm

    employee_id, appraiser, day = _busiest_log()
    _sign_in("supervisor", appraiser)
    entry = DailyLogEntry.get((DailyLogEntry.employee == employee_id) & (DailyLogEntry.day == day))
    return EntryForm(employee_id, day, entry.id)


def _comment(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.daily_log.comment_dialog import CommentDialog

    return CommentDialog("Bukti dukung belum lengkap: lampirkan foto kegiatan. " * 4)


def _action_plans(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.daily_log.action_plan_dialog import ActionPlanDialog

    employee_id, appraiser, day = _busiest_log()
    _sign_in("supervisor", appraiser)
    return ActionPlanDialog(employee_id, "Pegawai", day)


def _calendar(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.daily_log.calendar_dialog import CalendarDialog

    _sign_in("hr")
    _employee_id, _appraiser, day = _busiest_log()
    return CalendarDialog(day.year, day.month)


def _holidays(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.views.daily_log.holiday_dialog import HolidayDialog

    _sign_in("hr")
    return HolidayDialog(2026)


def _log_sums(tmp):  # type: ignore[no-untyped-def]
    from desktop_app.models import ActionPlan, Evaluation, PerformancePlan, PlanResult
    from desktop_app.views.daily_log.log_sums import LogSumsDialog

    _sign_in("admin")
    plan_id = (
        PlanResult.select(PlanResult.plan)
        .join(ActionPlan)
        .switch(PlanResult)
        .join(PerformancePlan)
        .where(PerformancePlan.status == "APPROVED")
        .tuples()
        .first()[0]
    )
    evaluation = Evaluation.select().where(Evaluation.plan == plan_id).first()
    if evaluation is None:
        from desktop_app.services.evaluation import evaluations

        employee_id = PerformancePlan.get_by_id(plan_id).employee_id
        evaluation = Evaluation.get_by_id(evaluations.open_evaluation(employee_id, "2026-Q4"))
    return LogSumsDialog(evaluation.id, True)


CASES: dict[str, Callable[[Path], QDialog]] = {
    "VerifyCodeDialog": _verify_code,
    "HistoryDialog": _history,
    "AuditViewer": _audit,
    "BackupKeyDialog": _backup_key,
    "OfficeDialog": _office,
    "UserForm": _user_form,
    "ResetPasswordDialog": _reset_password,
    "UsersDialog": _users,
    "PreferencesDialog": _preferences,
    "PeriodsDialog": _periods,
    "DistributionDialog": _distribution,
    "EvaluationEditor": _evaluation,
    "SkpEditor": _skp,
    "AssignDialog": _assign,
    "CascadeDialog": _cascade,
    "IdpEditor": _idp,
    "RealisationDialog": _realisation,
    "ImportDialog": _import,
    "OfficialsDialog": _officials,
    "OfficialForm": _official_form,
    "LinkForm": _link_form,
    "ActingDialog": _acting,
    "PeriodStagesDialog": _period_stages,
    "EmploymentStatusDialog": _employment_status,
    "AssignmentForm": _assignment_form,
    "EndForm": _end_form,
    "TransferDialog": _transfer,
    "UnitForm": _unit_form,
    "UnitsDialog": _units,
    "EmployeeDialog": _employee,
    "FirstRunDialog": _first_run,
    "SignInDialog": _sign_in_dialog,
    "ChangePasswordDialog": _change_password,
    "ServerConnectionDialog": _server_connection,
    "SavedDialog": _saved,
    "BatchDialog": _batch,
    "QuarantinedDialog": _quarantined,
    "SyncDialog": _sync,
    "HqKeyDialog": _hq_key,
    "LegacyAppraisalDialog": _legacy,
    "DialogueDialog": _dialogues,
    "DialogueForm": _dialogue_form,
    "ContractsDialog": _contracts,
    "ContractForm": _contract_form,
    "RegisterHistoryDialog": _register_history,
    "RecordListDialog": _officials,  # the base of the list dialogs: its widest one
    "ProposalsDialog": _proposals,
    "StaffAccountsDialog": _staff_accounts,
    "EntryForm": _entry_form,
    "CommentDialog": _comment,
    "ActionPlanDialog": _action_plans,
    "CalendarDialog": _calendar,
    "HolidayDialog": _holidays,
    "LogSumsDialog": _log_sums,
}
