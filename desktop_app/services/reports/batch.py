"""Printing by NIP (the CLI) and in batches per unit and period, one merged PDF or one file per
employee, for the GUI's worker thread (views.tasks) and `print batch`: which employees, the
access checks, the reading (Dokumen covers a hundred at a time), progress and cancel. The
layout and the writers are printing's (merged.py, separate.py).

Memory: per employee, each document is built, written and dropped; merged, the documents are
laid out a chunk at a time and each chunk's pages are appended to the file at once (merged.py),
so both stay flat whatever the batch size. A cancel or failure leaves nothing: per-employee
files go to a hidden staging folder moved into place at the end, the merged file to
`<name>.part`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.errors import InputError, ServiceError
from desktop_app.i18n import N_
from desktop_app.printing.document import document_document
from desktop_app.printing.evaluation import evaluation_document
from desktop_app.printing.idp import idp_document
from desktop_app.printing.layout import FormDocument, PageSetup, Target, render
from desktop_app.printing.merged import render_merged
from desktop_app.printing.separate import render_separate
from desktop_app.printing.skp import skp_document
from desktop_app.scoring.period_key import LocalPeriod
from desktop_app.services.development import idp as development
from desktop_app.services.development import office_view as development_office
from desktop_app.services.evaluation import evaluations
from desktop_app.services.register import employee_queries
from desktop_app.services.register import units as unit_service
from desktop_app.services.reports import forms, sources
from desktop_app.services.reports.units import find_unit
from desktop_app.services.session import Action, require
from desktop_app.services.skp import plans

Progress = Callable[[int, int], None]
"""progress(done, total) after each document; it may raise to cancel (views.tasks does)."""

FORMS = ("skp", "evaluation", "document", "idp")
YEARLY = frozenset({"skp", "idp"})  # forms of a year: a period key gives its year
_BUILDERS: dict[str, Callable[[int, PageSetup], FormDocument]] = {
    "skp": lambda record, setup: skp_document(forms.skp_report(record), setup),
    "evaluation": lambda record, setup: evaluation_document(forms.evaluation_report(record), setup),
    "document": lambda record, setup: document_document(forms.document_report(record), setup),
    "idp": lambda record, setup: idp_document(forms.idp_report(record), setup),
}
SLUGS = {
    "skp": "skp",
    "evaluation": "evaluasi-kinerja",
    "document": "dokumen-evaluasi",
    "idp": "idp",
}
TITLES = {
    "skp": "Sasaran Kinerja Pegawai",
    "evaluation": "Evaluasi Kinerja Pegawai",
    "document": "Dokumen Evaluasi Kinerja Pegawai",
    "idp": "Rencana Pengembangan Kompetensi Pegawai",
}


class PrintCancelled(ServiceError):
    """The batch was cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__(N_("printing", "Printing was cancelled; no file was written."), "printing")


@dataclass(frozen=True)
class LeftOut:
    """An employee a batch did not print, and why, in words the screens translate (the
    reason is an InputError used as a message: `views.messages.error_text` shows it)."""

    nip: str
    name: str
    unit_name: str
    reason: InputError


NOTHING = {
    "skp": N_("printing", "Nothing to print: no employee of {unit} has an approved SKP for "
              "{period}."),
    "idp": N_("printing", "Nothing to print: no employee of {unit} has an agreed IDP for "
              "{period}."),
    "evaluation": N_("printing", "Nothing to print: no employee of {unit} has a final "
                     "evaluation for {period}."),
}  # fmt: skip
"""The refusal when nobody of the unit has the form (the batch dialog keeps room for it)."""


class NothingToPrint(InputError):
    """No employee of the unit has a form to print: the message names the unit and period,
    `left_out` says who was not printed and why (the screens list them)."""

    def __init__(self, msgid: str, left_out: list[LeftOut], **params: object) -> None:
        super().__init__(msgid, "printing", **params)
        self.left_out = left_out


@dataclass
class BatchResult:
    files: list[Path]
    documents: int
    pages: int
    skipped: list[str] = field(default_factory=list)  # NIPs without a final record
    left_out: list[LeftOut] = field(default_factory=list)  # the same, with names and reasons


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "printing", **params)


def _form(form: str) -> str:
    if form not in FORMS:
        raise _error(
            N_("printing", "Form '{form}' is not known: use skp, evaluation, document or idp."),
            form=form,
        )
    return form


def _key(form: str, period_key: str) -> str:
    """The normalised period key; the SKP and the IDP take only the year of it."""
    period = evaluations.parse_key(period_key)
    if form in YEARLY:
        return str(period.year)
    return str(period)


def _period_words(form: str, key: str) -> str | LocalPeriod:
    """The period as a message names it: the year of an SKP or IDP ("2026"), an evaluation's
    period in words ("Triwulan I 2026"), never its key."""
    return key if form in YEARLY else LocalPeriod(key)


def record_for(
    form: str, employee_id: int, period_key: str, skp_month: int | None = None
) -> int | None:
    """The plan (skp), IDP or evaluation id the form prints for an employee and period. With
    several SKPs in the year (a transfer) the SKP is the one in force in `skp_month`, by
    default the one in force at year end (docs/multiple_skp.md)."""
    key = _key(form, period_key)
    if form == "skp":
        return plans.plan_id_for(employee_id, int(key), skp_month)
    if form == "idp":
        return development.plan_id_for(employee_id, int(key))
    return evaluations.evaluation_id_for(employee_id, key)


def print_one(
    form: str, nip: str, period_key: str, target: Target, *, skp_month: int | None = None
) -> int:
    """Print one form for the employee with this NIP (spaces allowed) and period; returns the
    page count. Bad NIP, no such employee or nothing to print: InputError. `skp_month`
    chooses among several SKPs of the year (the SKP only)."""
    form = _form(form)
    if skp_month is not None and (form != "skp" or not 1 <= skp_month <= 12):
        raise _error(N_("printing", "The SKP month must be 1 to 12, and only the SKP takes one."))
    employee_id = employee_queries.find_by_nip(nip)
    if employee_id is None:
        raise _error(N_("printing", "No employee with NIP {nip} in this database."), nip=nip)
    key = _key(form, period_key)
    record = record_for(form, employee_id, key, skp_month)
    if record is None and skp_month is not None:
        raise _error(
            N_("printing", "NIP {nip} has no SKP in force in month {month} of {period}."),
            nip=nip,
            month=skp_month,
            period=key,
        )
    if record is None:
        msgid = {
            "skp": N_("printing", "NIP {nip} has no SKP for {period}."),
            "idp": N_("printing", "NIP {nip} has no IDP for {period}."),
        }.get(form, N_("printing", "NIP {nip} has no evaluation for {period}."))
        raise _error(msgid, nip=nip, period=_period_words(form, key))
    setup = sources.page_setup()
    return render(target, [_BUILDERS[form](record, setup)], setup)[0]


def _word(msgid: str, context: str) -> InputError:
    """A status word as a message parameter (translated where it is shown)."""
    return InputError(msgid, context)


def _idp_reason(status: str) -> InputError:
    if status == development.NO_PLAN:
        return _error(N_("printing", "no IDP for the year"))
    word = _word(development.STATUS_LABELS.get(status, status), "development")
    return _error(N_("printing", "IDP not agreed yet (status: {status})"), status=word)


def _skp_reason(status: str) -> InputError:
    if status == plans.NO_PLAN:
        return _error(N_("printing", "no SKP for the year"))
    word = _word(plans.STATUS_LABELS.get(status, status), "plans")
    return _error(N_("printing", "SKP not approved yet (status: {status})"), status=word)


def _evaluation_reason(state: str) -> InputError:
    word = _word(evaluations.MONITORING_LABELS.get(state, state), "evaluations")
    return _error(N_("printing", "evaluation not final yet (status: {status})"), status=word)


def batch_records(unit_ids: set[int], form: str, key: str) -> tuple[list[int], list[LeftOut]]:
    """The records to print (final evaluations / approved SKPs / agreed IDPs) of the units'
    active employees, in unit and name order, and the employees left out with the reason."""
    records: list[int] = []
    left: list[LeftOut] = []
    if form == "idp":
        for row in development_office.office_view(int(key), unit_ids):
            if row.plan_status == development.AGREED and row.plan_id is not None:
                records.append(row.plan_id)
            else:
                left.append(LeftOut(row.nip, row.name, row.unit_name, _idp_reason(row.plan_status)))
    elif form == "skp":
        for row in plans.progress(int(key), unit_ids):
            if row.status == plans.APPROVED and row.plan_id is not None:
                records.append(row.plan_id)
            else:
                left.append(LeftOut(row.nip, row.name, row.unit_name, _skp_reason(row.status)))
    else:
        for row in evaluations.monitoring(key, unit_ids):
            if row.state == evaluations.FINALISED and row.evaluation_id is not None:
                records.append(row.evaluation_id)
            else:
                left.append(
                    LeftOut(row.nip, row.name, row.unit_name, _evaluation_reason(row.state))
                )
    return records, left


def print_batch(
    unit_code_or_id: str | int,
    period_key: str,
    out_dir: str | os.PathLike[str],
    *,
    merged: bool,
    form: str = "document",
    include_subunits: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BatchResult:
    """Print `form` for every active employee of the unit (and its sub-units) with a final
    evaluation for the period (an approved SKP or an agreed IDP of the year, for "skp" and
    "idp"), into `out_dir`: one merged PDF `<UNIT>_<form>_<period>.pdf`, or one
    `<NIP>_<form>_<period>.pdf` each.
    `progress(done, total)` follows each document and may raise to cancel; `cancelled()` is
    polled too (PrintCancelled). Needs the PRINT permission (HR, admin; the CLI)."""
    require(Action.PRINT)
    form = _form(form)
    key = _key(form, period_key)
    unit_id, unit_code, unit_name = find_unit(unit_code_or_id)
    unit_ids = unit_service.descendants(unit_id) if include_subunits else {unit_id}
    records, left_out = batch_records(unit_ids, form, key)
    skipped = [person.nip for person in left_out]
    if not records:
        nothing = NOTHING.get(form, NOTHING["evaluation"])
        raise NothingToPrint(nothing, left_out, unit=unit_name, period=_period_words(form, key))
    folder = Path(out_dir)
    if not folder.is_dir():
        raise _error(N_("printing", "The folder {path} does not exist."), path=str(folder))
    setup = sources.page_setup()
    total = len(records)

    def documents() -> Iterator[FormDocument]:
        built = _documents_of(form, records, setup)
        for done in range(total):
            if cancelled is not None and cancelled():
                raise PrintCancelled()
            if progress is not None:
                progress(done, total)
            yield next(built)
        if progress is not None:
            progress(total, total)

    slug = f"{SLUGS[form]}_{key}"
    if merged:
        path = folder / f"{_safe(unit_code)}_{slug}.pdf"
        counts = render_merged(
            path,
            documents(),
            setup,
            title=f"{TITLES[form]} {key} – {unit_name}",
            subject=f"{TITLES[form]} {key}, {unit_name}: {total} pegawai",
            keywords=f"{TITLES[form]}; {key}; {unit_code}",
        )
        return BatchResult([path], len(counts), sum(counts), skipped, left_out)
    return _separate(folder, slug, documents(), setup, skipped, left_out)


_COVERS = 100  # Dokumen Evaluasi read per round of queries


def _documents_of(form: str, records: list[int], setup: PageSetup) -> Iterator[FormDocument]:
    """The forms of `records`, built one at a time as the layout asks for them; the Dokumen
    Evaluasi (the annual batch HR prints most) have their data read a hundred at a time."""
    if form != "document":
        for record in records:
            yield _BUILDERS[form](record, setup)
        return
    for start in range(0, len(records), _COVERS):
        for detail in evaluations.get_evaluation_covers(records[start : start + _COVERS]):
            yield document_document(forms.document_of(detail), setup)


def _separate(
    folder: Path,
    slug: str,
    docs: Iterator[FormDocument],
    setup: PageSetup,
    skipped: list[str],
    left_out: list[LeftOut],
) -> BatchResult:
    """One file per document, moved into place only when all are written (separate.py)."""
    files, pages = render_separate(
        folder, docs, setup, lambda document: f"{_safe(document.nip)}_{slug}.pdf"
    )
    return BatchResult(files, len(files), pages, skipped, left_out)


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text) or "unit"
