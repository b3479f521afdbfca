"""Applying a return package of the central office at the office (issue 25): choose the file,
see the dry run, confirm, apply; then the proposals for HR (proposals_dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop_app.errors import ServiceError
from desktop_app.i18n.translator import tr_
from desktop_app.services.sync.office import returns
from desktop_app.views.sync import common as sync_common
from desktop_app.views.sync.folders import RECEIPT_KEY, STICK_KEY, remember, remembered


def _counts(result: returns.ReturnApplied) -> str:
    c = result.counts
    text = tr_(
        "ReturnActions",
        "Organisation predikat set: {predikat}\nProposals for HR: {proposals}\n"
        "Known already: {unchanged}\nQuarantined (not for a record of this office, or not "
        "applicable here): {quarantined}",
    ).format(**c)
    if result.receipt_note:
        text += "\n" + tr_("ReturnActions", "Acknowledgement not applied: {reason}").format(
            reason=result.receipt_note
        )
    if result.codetable_version:
        text += "\n" + tr_(
            "ReturnActions", "The central office uses code tables {version}."
        ).format(version=result.codetable_version)
    return text


def apply_return(parent: QWidget) -> returns.ReturnApplied | None:
    """Ask for the file, show the dry run, apply after confirmation; None when nothing was
    applied (cancelled, refused or applied before)."""
    name = sync_common.ask_open_file(
        parent,
        tr_("ReturnActions", "Apply a return package of the central office"),
        remembered(RECEIPT_KEY) or remembered(STICK_KEY),
        tr_("ReturnActions", "Return packages (*.kret);;All files (*)"),
    )
    if not name:
        return None
    title = tr_("ReturnActions", "Return package of the central office")
    try:
        dry = returns.import_return(name, dry_run=True)
    except ServiceError as err:
        sync_common.show_error(parent, err)
        return None
    remember(RECEIPT_KEY, str(Path(name).parent))
    if dry.already:
        sync_common.info(
            parent,
            title,
            tr_(
                "ReturnActions", "Return package {sequence} was applied before: nothing changed."
            ).format(sequence=dry.sequence),
        )
        return None
    question = tr_(
        "ReturnActions",
        "Return package {sequence} will change this database:\n\n{counts}\n\nApply it?",
    ).format(sequence=dry.sequence, counts=_counts(dry))
    if not sync_common.confirm(parent, title, question):
        return None
    try:
        result = returns.import_return(name)
    except ServiceError as err:
        sync_common.show_error(parent, err)
        return None
    sync_common.info(
        parent,
        title,
        tr_("ReturnActions", "Return package {sequence} applied.\n\n{counts}").format(
            sequence=result.sequence, counts=_counts(result)
        ),
    )
    return result
