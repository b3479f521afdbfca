"""What the two Excel exports of the evaluations share: who may export, the file name check,
the office line and the Indonesian words of the monitoring states (the files are office
documents and a file format, not interface text, so the words are fixed)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.services import office, session
from desktop_app.services.evaluation.states import (
    FINALISED,
    NO_EVALUATION,
    NO_PLAN,
    NO_REALISATION,
    NOT_RATED,
    RATED,
)
from desktop_app.services.session import Action, require

STATE_WORDS = {
    NO_PLAN: "Belum ada SKP yang disetujui",
    NO_EVALUATION: "Belum dimulai",
    NO_REALISATION: "Realisasi belum lengkap",
    NOT_RATED: "Belum dinilai",
    RATED: "Sudah dinilai",
    FINALISED: "Final",
}  # the Indonesian words of evaluations.MONITORING_LABELS, as the screen shows them


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "evaluation_io", **params)


def check_access() -> None:
    """Reading appraisals, checked against the user's own record (a supervisor exports the
    people they appraise, which the queries already limit them to)."""
    current = session.current()
    require(Action.READ_APPRAISAL, current.employee_id if current is not None else None)


def xlsx_path(path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise _error(
            N_("evaluation_io", "Export to a file ending in .xlsx, not {name}."), name=path.name
        )
    return path


def office_line() -> str:
    info = office.current_office()
    return info.name if info is not None else ""
