"""What feeds an evaluation besides the pejabat penilai's own judgement: the employee's
self-assessment (penilaian mandiri), notes from peers or subordinates (umpan balik rekan kerja /
bawahan, kept as notes: they never compute a rating), and the library of feedback phrases that
lets a supervisor write umpan balik for thirty people without typing it thirty times.

The phrase library is local to this database (an office's own wording), seeded with the
built-in phrases below, which cannot be deleted but can be complemented.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from desktop_app.errors import InputError, NotFoundError
from desktop_app.i18n import N_
from desktop_app.models import FeedbackPhrase, PeerNote, audit, utcnow
from desktop_app.models.audit import current_actor
from desktop_app.models.database import write_transaction
from desktop_app.scoring.codes import BERAKHLAK
from desktop_app.services.evaluation.states import DRAFT
from desktop_app.services.evaluation.workflow import _live, _not_closed
from desktop_app.services.session import AccessDenied, Action, Role, current, granted
from desktop_app.services.skp import plans

RESULT = "RESULT"  # phrases for the umpan balik on hasil kerja
SOURCES = {
    "PEER": N_("evaluation_notes", "Peer (rekan kerja)"),
    "SUBORDINATE": N_("evaluation_notes", "Subordinate (bawahan)"),
    "OTHER": N_("evaluation_notes", "Other (pengguna layanan, mitra)"),
}
MAX_TEXT = 4000

# Built-in umpan balik (Indonesian: it is written to the employee, not a screen label).
BUILT_IN: dict[str, tuple[str, ...]] = {
    RESULT: (
        "Realisasi melampaui target dengan kualitas yang terjaga; pertahankan.",
        "Target tercapai sesuai rencana dan tepat waktu.",
        "Target tercapai, namun bukti dukung perlu dilengkapi.",
        "Realisasi belum mencapai target; susun langkah perbaikan bersama atasan.",
        "Kualitas hasil perlu ditingkatkan; perhatikan ketelitian dan kelengkapan.",
        "Penyelesaian sering terlambat; atur prioritas dan laporkan kendala lebih awal.",
    ),
    "1": (
        "Melayani dengan ramah, cekatan dan solutif.",
        "Perlu lebih cepat menanggapi kebutuhan pengguna layanan.",
    ),
    "2": (
        "Jujur dan konsisten menjalankan tugas sesuai aturan.",
        "Perlu lebih tertib dalam menggunakan kewenangan dan sumber daya.",
    ),
    "3": (
        "Bertanggung jawab atas hasil kerja dan tuntas menyelesaikannya.",
        "Perlu lebih teliti dan tuntas sebelum menyerahkan hasil kerja.",
    ),
    "4": (
        "Aktif mengembangkan kompetensi dan berbagi pengetahuan dengan rekan.",
        "Perlu meningkatkan kompetensi melalui pelatihan yang direncanakan.",
    ),
    "5": (
        "Menjaga nama baik instansi dan setia pada Pancasila dan UUD 1945.",
        "Perlu lebih menjaga sikap dan ucapan sebagai ASN di ruang publik.",
    ),
    "6": (
        "Cepat menyesuaikan diri dengan perubahan dan proaktif.",
        "Perlu lebih terbuka terhadap cara kerja baru.",
    ),
    "7": (
        "Terbuka bekerja sama dan menggerakkan rekan untuk hasil bersama.",
        "Perlu lebih aktif berkoordinasi dengan unit lain.",
    ),
}


class Phrase(NamedTuple):
    id: int | None  # None for a built-in phrase
    scope: str
    text: str


class PeerNoteRow(NamedTuple):
    id: int
    source: str
    author: str
    text: str
    recorded_by: str
    at: dt.datetime


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "evaluation_notes", **params)


def _text(text: str, msgid: str) -> str:
    text = (text or "").strip()
    if not text:
        raise _error(msgid)
    if len(text) > MAX_TEXT:
        raise _error(
            N_("evaluation_notes", "The text is longer than {limit} characters."), limit=MAX_TEXT
        )
    return text


def _scope(scope: str) -> str:
    scope = str(scope).strip().upper()
    if scope != RESULT and scope not in {str(v.code) for v in BERAKHLAK.data}:
        raise _error(N_("evaluation_notes", "Phrase group '{value}' is not known."), value=scope)
    return scope


# --- self-assessment ---------------------------------------------------------------------------


def save_self_assessment(evaluation_id: int, text: str) -> None:
    """The employee's own account of the period, shown to the penilai. The employee writes it
    (HR or an administrator may record it for them) while the evaluation is a draft; an empty
    text clears it."""
    evaluation = _live(evaluation_id)
    signed_in = current()
    if not (
        signed_in is None
        or signed_in.employee_id == evaluation.employee_id
        or signed_in.role in (Role.ADMIN, Role.HR)
    ):
        raise _error(
            N_(
                "evaluation_notes",
                "Only the employee (or HR for them) writes the self-assessment.",
            )
        )
    text = (text or "").strip()
    if len(text) > MAX_TEXT:
        raise _error(
            N_("evaluation_notes", "The text is longer than {limit} characters."), limit=MAX_TEXT
        )
    with write_transaction():
        evaluation = _live(evaluation_id)
        _not_closed(evaluation)
        if evaluation.status != DRAFT:
            raise _error(
                N_("evaluation_notes", "The evaluation is final: the self-assessment is closed.")
            )
        if evaluation.self_assessment != text:
            evaluation.self_assessment = text
            evaluation.self_assessment_at = utcnow() if text else None
            evaluation.save()


# --- notes from peers and subordinates -------------------------------------------------------


def add_peer_note(evaluation_id: int, source: str, author: str, text: str) -> int:
    """Record the input of a peer, subordinate or other party for the penilai (who, or HR,
    collects it). Kept on the evaluation, audited, never part of the computation."""
    evaluation = _live(evaluation_id)
    plans.require_for(Action.WRITE_APPRAISAL, evaluation.employee_id)
    if source not in SOURCES:
        raise _error(N_("evaluation_notes", "Source '{value}' is not known."), value=source)
    author = _text(author, N_("evaluation_notes", "Write who gave the input."))[:200]
    text = _text(text, N_("evaluation_notes", "Write the input."))
    with write_transaction():
        evaluation = _live(evaluation_id)
        _not_closed(evaluation)
        if evaluation.status != DRAFT:
            raise _error(N_("evaluation_notes", "The evaluation is final: re-open it first."))
        note = PeerNote.create(
            evaluation=evaluation,
            source=source,
            author=author,
            text=text,
            recorded_by=current_actor(),
            at=utcnow(),
        )
    return note.id


def remove_peer_note(note_id: int) -> None:
    """Withdraw a note recorded by mistake (a tombstone; the audit log keeps it)."""
    note = PeerNote.get_or_none((PeerNote.id == note_id) & (PeerNote.deleted == False))
    if note is None:
        raise NotFoundError(
            N_("evaluation_notes", "The note no longer exists."), "evaluation_notes"
        )
    evaluation = _live(note.evaluation_id)
    plans.require_for(Action.WRITE_APPRAISAL, evaluation.employee_id)
    with write_transaction():
        evaluation = _live(note.evaluation_id)
        _not_closed(evaluation)
        if evaluation.status != DRAFT:
            raise _error(N_("evaluation_notes", "The evaluation is final: re-open it first."))
        note.delete_instance()


def peer_notes(evaluation_id: int) -> list[PeerNoteRow]:
    """The input of peers and others on an evaluation. The evaluated employee reads it without
    who gave or recorded it (author and recorded_by empty), unless the office setting
    `peer_names_to_employee` says otherwise (issue 21: peer input by the people themselves)."""
    from desktop_app.services import settings

    evaluation = _live(evaluation_id)
    plans.require_for(Action.READ_APPRAISAL, evaluation.employee_id)
    signed_in = current()
    anonymous = (
        signed_in is not None
        and signed_in.employee_id == evaluation.employee_id
        and not settings.get("peer_names_to_employee")
    )
    return [
        PeerNoteRow(
            n.id,
            n.source,
            "" if anonymous else n.author,
            n.text,
            "" if anonymous else n.recorded_by,
            n.at,
        )
        for n in PeerNote.select()
        .where((PeerNote.evaluation == evaluation_id) & (PeerNote.deleted == False))
        .order_by(PeerNote.at, PeerNote.id)
    ]


# --- the phrase library ----------------------------------------------------------------------


def phrases(scope: str) -> list[Phrase]:
    """Built-in phrases of the group first, then the office's own, alphabetically."""
    scope = _scope(scope)
    own = [
        Phrase(p.id, p.scope, p.text)
        for p in FeedbackPhrase.select()
        .where(FeedbackPhrase.scope == scope)
        .order_by(FeedbackPhrase.text)
    ]
    return [Phrase(None, scope, text) for text in BUILT_IN.get(scope, ())] + own


def _may_edit_phrases() -> None:
    if not granted(Action.WRITE_APPRAISAL):
        raise AccessDenied()


def add_phrase(scope: str, text: str) -> int | None:
    """Add a phrase for everyone in this office; an existing phrase is not added twice
    (returns None then)."""
    _may_edit_phrases()
    scope = _scope(scope)
    text = " ".join(_text(text, N_("evaluation_notes", "Write the phrase.")).split())
    if text in BUILT_IN.get(scope, ()):
        return None
    with write_transaction():
        if FeedbackPhrase.get_or_none(
            (FeedbackPhrase.scope == scope) & (FeedbackPhrase.text == text)
        ):
            return None
        return FeedbackPhrase.create(scope=scope, text=text, created_by=current_actor()).id


def remove_phrase(phrase_id: int) -> None:
    """Remove one of the office's own phrases (built-in ones stay)."""
    _may_edit_phrases()
    with write_transaction():
        phrase = FeedbackPhrase.get_or_none(FeedbackPhrase.id == phrase_id)
        if phrase is None:
            raise NotFoundError(
                N_("evaluation_notes", "The phrase no longer exists."), "evaluation_notes"
            )
        phrase.delete_instance()
        audit.append([("delete", "feedback_phrase", phrase.text, {"scope": [phrase.scope, None]})])
