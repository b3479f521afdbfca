"""The questions asked before a workflow step that cannot simply be undone: Ajukan (submit),
Setujui (approve, agree), Tetapkan final (make final), and the words of the reason asked before
Kembalikan (return) or re-opening. Each says what will happen: who gets the document next and
what becomes read-only. Esc or No cancels and nothing changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.i18n.translator import tr_


def run_box(box: QMessageBox) -> None:
    """Show the question modally (tests replace this with a click on one of its buttons)."""
    box.exec()


def confirm_step(parent: QWidget | None, title: str, text: str, accept: str) -> bool:
    """Ask before a step: `accept` (for example "Submit") does it, No or Esc does nothing.
    No is the default button, so a hurried Enter does not take the step."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("workflowStepBox")
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(tr_("WorkflowSteps", "No"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    run_box(box)
    return box.clickedButton() is yes


def _appraiser(d: Any) -> str:
    return d.appraiser_name or tr_("WorkflowSteps", "the appraiser (pejabat penilai)")


# --- SKP -------------------------------------------------------------------------------------


def submit_skp(parent: QWidget | None, d: Any) -> bool:
    return confirm_step(
        parent,
        tr_("WorkflowSteps", "Submit the SKP"),
        tr_(
            "WorkflowSteps",
            "Submit the SKP {year} of {name} to {appraiser} for approval?\n\nWhile it waits "
            "nobody can change it; {appraiser} approves it or returns it with a reason.",
        ).format(year=d.year, name=d.employee_name, appraiser=_appraiser(d)),
        tr_("WorkflowSteps", "Submit"),
    )


def approve_skp(parent: QWidget | None, d: Any) -> bool:
    return confirm_step(
        parent,
        tr_("WorkflowSteps", "Approve the SKP"),
        tr_(
            "WorkflowSteps",
            "Approve the SKP {year} of {name}?\n\nThe approved SKP becomes read-only: the "
            "evaluations of the year are made on it. Changing it later needs a re-opening "
            "with a reason, kept in its history.",
        ).format(year=d.year, name=d.employee_name),
        tr_("WorkflowSteps", "Approve"),
    )


def return_skp_question(d: Any) -> str:
    return tr_(
        "WorkflowSteps",
        "The SKP goes back to {name} as a draft, to be changed and submitted again.\n"
        "What should {name} change?",
    ).format(name=d.employee_name)


def reopen_skp_question(d: Any) -> str:
    return tr_(
        "WorkflowSteps",
        "The approved SKP goes back to draft: it can be changed, then must be submitted and "
        "approved again.\nWhy must the approved SKP change?",
    )


# --- evaluation and archive appraisal ------------------------------------------------------


def finalize_evaluation(parent: QWidget | None, d: Any) -> bool:
    predikat = d.predikat.label if getattr(d, "predikat", None) is not None else "—"
    return confirm_step(
        parent,
        tr_("WorkflowSteps", "Make the evaluation final"),
        tr_(
            "WorkflowSteps",
            "Make the evaluation of {name} for {period} final?\n\nThe predikat ({predikat}) "
            "is fixed and the evaluation becomes read-only; it prints as final. Changing it "
            "later needs a re-opening with a reason, kept in its history.",
        ).format(
            name=d.employee_name,
            period=f"{d.period_label} {d.year}",
            predikat=predikat,
        ),
        tr_("WorkflowSteps", "Make final"),
    )


def reopen_evaluation_question() -> str:
    return tr_(
        "WorkflowSteps",
        "The final evaluation goes back to draft: its predikat is not final until it is made "
        "final again.\nWhy must the final evaluation change?",
    )


def finalize_archive(parent: QWidget | None, d: Any) -> bool:
    return confirm_step(
        parent,
        tr_("WorkflowSteps", "Make the archive appraisal final"),
        tr_(
            "WorkflowSteps",
            "Make the archive appraisal {year} of {name} final?\n\nIts scores are fixed and "
            "it becomes read-only. Changing it later needs a re-opening with a reason, kept "
            "in its history.",
        ).format(year=d.year, name=d.employee_name),
        tr_("WorkflowSteps", "Make final"),
    )


def reopen_archive_question() -> str:
    return tr_(
        "WorkflowSteps",
        "The final appraisal goes back to draft: its scores are not final until it is made "
        "final again.\nWhy must the final appraisal change?",
    )


# --- IDP -------------------------------------------------------------------------------------


def submit_idp(parent: QWidget | None, d: Any) -> bool:
    return confirm_step(
        parent,
        tr_("WorkflowSteps", "Submit the IDP"),
        tr_(
            "WorkflowSteps",
            "Submit the IDP {year} of {name} to {appraiser} for agreement?\n\nSubmitting "
            "records that {name} agrees with it. While it waits nobody can change it; "
            "{appraiser} agrees to it or returns it with a reason.",
        ).format(year=d.year, name=d.employee_name, appraiser=_appraiser(d)),
        tr_("WorkflowSteps", "Submit"),
    )


def agree_idp(parent: QWidget | None, d: Any) -> bool:
    return confirm_step(
        parent,
        tr_("WorkflowSteps", "Agree to the IDP"),
        tr_(
            "WorkflowSteps",
            "Agree to the IDP {year} of {name}?\n\nThe agreed IDP is locked: afterwards only "
            "what was done is recorded. Changing the plan later needs a re-opening with a "
            "reason, kept in its history.",
        ).format(year=d.year, name=d.employee_name),
        tr_("WorkflowSteps", "Agree"),
    )


def return_idp_question(d: Any) -> str:
    return tr_(
        "WorkflowSteps",
        "The IDP goes back to {name} as a draft, to be changed and submitted again.\n"
        "What must the employee change?",
    ).format(name=d.employee_name)


def reopen_idp_question() -> str:
    return tr_(
        "WorkflowSteps",
        "The agreed IDP goes back to draft: it can be changed, then must be submitted and "
        "agreed again.\nWhy must the agreed IDP change?",
    )
