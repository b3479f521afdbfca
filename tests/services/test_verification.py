"""Verification codes on printed forms (issue 17, point 5): issued for frozen records only,
checked against the database (valid / changed since printing / not valid), printed as text
and as a QR code in the PDF, and checked from the command line and the dialog."""

from __future__ import annotations

import datetime as dt
import io
import re
import sqlite3

import pypdf
import pytest

from desktop_app import cli
from desktop_app.models import DevelopmentPlan, Evaluation, PerformancePlan
from desktop_app.models.database import close_database, open_database
from desktop_app.services import verification
from desktop_app.services.reports import forms
from desktop_app.services.verification import Outcome

TODAY = dt.date(dt.date.today().year, 11, 23)


@pytest.fixture
def demo(tmp_path, demo_templates):
    path = tmp_path / "office.db"
    demo_templates.open_copy(path, 40, seed=5, today=TODAY)
    yield path
    close_database()


def _first(model, status: str) -> int:
    return model.select(model.id).where(model.status == status).order_by(model.id).first().id


def _pdf(build, record_id: int) -> pypdf.PdfReader:
    buffer = io.BytesIO()
    build(buffer, record_id)
    return pypdf.PdfReader(io.BytesIO(buffer.getvalue()))


def _code_in(reader: pypdf.PdfReader) -> str | None:
    found = re.search(r"Kode verifikasi: (\S+)", reader.pages[-1].extract_text())
    return found[1] if found else None


def _rects(page) -> int:
    return page.get_contents().get_data().count(b" re")


@pytest.mark.parametrize(
    ("build", "model", "status"),
    [
        (forms.build_skp, PerformancePlan, "APPROVED"),
        (forms.build_evaluation, Evaluation, "FINAL"),
        (forms.build_document, Evaluation, "FINAL"),
        (forms.build_idp, DevelopmentPlan, "AGREED"),
    ],
)
def test_a_frozen_form_carries_a_code_and_a_qr_that_verify(demo, build, model, status):
    record_id = _first(model, status)
    reader = _pdf(build, record_id)
    code = _code_in(reader)
    assert code is not None and len(code.replace("-", "")) <= 22
    assert all(_code_in_page(p) == code for p in reader.pages)  # on every page's footer
    # the QR (vector modules) is drawn on the last page only
    assert _rects(reader.pages[-1]) > _rects(reader.pages[0]) + 50 or len(reader.pages) == 1
    assert _rects(reader.pages[-1]) > 100
    verdict = verification.check(code)
    assert verdict.outcome is Outcome.VALID and verdict.record_id == record_id
    assert verification.check(code.lower().replace("-", " ")).outcome is Outcome.VALID


def _code_in_page(page) -> str | None:
    found = re.search(r"Kode verifikasi: (\S+)", page.extract_text())
    return found[1] if found else None


def test_a_draft_gets_no_code(demo):
    plan_id = _first(PerformancePlan, "DRAFT")
    reader = _pdf(forms.build_skp, plan_id)
    assert _code_in(reader) is None and "DRAF" in reader.pages[-1].extract_text()
    assert verification.issue(verification.SKP, plan_id) == ""


def test_tampered_snapshot_or_rating_makes_the_code_say_changed(demo):
    evaluation_id = _first(Evaluation, "FINAL")
    code = verification.issue(verification.EVALUATION, evaluation_id)
    assert verification.check(code).outcome is Outcome.VALID
    close_database()
    con = sqlite3.connect(demo)
    con.execute(
        "UPDATE evaluation SET snapshot = replace(snapshot, '\"', '\"') || ' ' WHERE id = ?",
        (evaluation_id,),
    )
    con.commit()
    con.close()
    open_database(demo)
    # the paper matches an earlier state of the record (its digest is in the audit trail)
    assert verification.check(code).outcome is Outcome.CHANGED
    from desktop_app.services import audit_verify

    assert [e for e, _uid in audit_verify.check().changed] == ["evaluation"]
    close_database()
    con = sqlite3.connect(demo)
    con.execute(
        "UPDATE evaluation SET snapshot = rtrim(snapshot, ' ') WHERE id = ?", (evaluation_id,)
    )
    con.commit()
    con.close()
    open_database(demo)
    assert verification.check(code).outcome is Outcome.VALID  # back as printed


def test_a_record_changed_through_the_program_after_printing_is_reported(demo):
    evaluation_id = _first(Evaluation, "FINAL")
    code = verification.issue(verification.DOCUMENT, evaluation_id)
    evaluation = Evaluation.get_by_id(evaluation_id)
    evaluation.notes = "Catatan yang ditulis sesudah dicetak"
    evaluation.save()  # audited: its earlier digest stays in the audit trail
    verdict = verification.check(code)
    assert verdict.outcome is Outcome.CHANGED and verdict.employee


def test_forged_and_mistyped_codes_are_not_valid(demo):
    plan_id = _first(PerformancePlan, "APPROVED")
    code = verification.issue(verification.SKP, plan_id)
    last = code[-1]
    wrong = code[:-1] + ("A" if last != "A" else "B")
    assert verification.check(wrong).outcome is Outcome.INVALID
    other = _first(PerformancePlan, "DRAFT")
    assert verification.check(f"S{other}" + code[code.index("-") :]).outcome is Outcome.INVALID
    for junk in ("", "hello", "S1-", "X1-AAAA-AAAA-AAAA-AAAA", "S" + "9" * 40 + "-AAAA"):
        assert verification.check(junk).outcome is Outcome.INVALID


def test_verify_code_command(demo, capsys):
    code = verification.issue(verification.IDP, _first(DevelopmentPlan, "AGREED"))
    close_database()
    assert cli.run(["verify-code", code, "--db", str(demo)]) == 0
    assert "valid:" in capsys.readouterr().out
    assert cli.run(["verify-code", "S1-AAAA-AAAA-AAAA-AAAA", "--db", str(demo)]) == 1
    assert "not valid" in capsys.readouterr().err


def test_verdict_names_the_period_and_the_grouped_nip(demo, capsys):
    """The review: a quarterly evaluation's verdict said "2026", the NIP ungrouped."""
    from desktop_app.models import Employee
    from desktop_app.scoring.nip import display_nip
    from desktop_app.scoring.period_key import PeriodKey

    row = (
        Evaluation.select()
        .where(Evaluation.status == "FINAL", Evaluation.period_key.contains("-Q"))
        .order_by(Evaluation.id)
        .first()
    )
    key = PeriodKey.parse(row.period_key)
    nip = Employee.get_by_id(row.employee_id).nip
    for kind in (verification.EVALUATION, verification.DOCUMENT):
        verdict = verification.check(verification.issue(kind, row.id))
        assert verdict.outcome is Outcome.VALID
        assert verdict.period == f"{key.label} {key.year}"  # "Triwulan I 2026"
        assert display_nip(nip) in verdict.employee and " " in display_nip(nip)
    plan = _first(PerformancePlan, "APPROVED")
    assert verification.check(verification.issue(verification.SKP, plan)).period == str(
        PerformancePlan.get_by_id(plan).period.year
    )
    code = verification.issue(verification.EVALUATION, row.id)
    close_database()
    assert cli.run(["verify-code", code, "--db", str(demo)]) == 0
    out = capsys.readouterr().out
    assert f"{key.label} {key.year}" in out and display_nip(nip) in out


def test_example_code_has_the_issued_format():
    assert verification.EXAMPLE_CODE == "E3-L2TT-N4T5-V7XE-S3PQ"
    assert verification._CODE.match(verification.normalise(verification.EXAMPLE_CODE))


@pytest.mark.parametrize("room", [300 * 72 / 25.4, 17.2 * 72 / 25.4])
def test_the_qr_lies_inside_the_body_margins_clear_of_the_footer(room):
    """The review: a 9 mm QR with ~1 mm of quiet zone, 4.6 mm from the paper's edge and past
    the body's right margin. Now 15 mm, 4 modules of quiet zone, inside the margins; on a full
    last page (room: what the frame has left) only its lower quiet zone reaches the margin."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    from desktop_app.printing import layout
    from desktop_app.printing import verification as printed

    code = "E3-L2TT-N4T5-V7XE-S3PQ"
    frame = A4[0] - 2 * layout.MARGIN_X
    qr = printed.VerificationQr(code, layout.QR_SPILL)
    width, height = qr.wrap(frame, room)
    assert width == frame and height <= room
    quiet = printed.QUIET_MODULES * qr.side / len(printed.qr_modules(code))
    assert qr.side >= 15 * mm
    left = layout.MARGIN_X + qr.x_modules - quiet  # the quiet zone's outer edges
    right = layout.MARGIN_X + qr.x_modules + qr.side + quiet
    assert left >= layout.MARGIN_X and right <= A4[0] - layout.MARGIN_X + 1e-6
    assert height + qr.below == pytest.approx(qr.side + 2 * quiet)
    bottom_of_body = layout.MARGIN_BOTTOM + room - height  # where the flowable's box starts
    assert bottom_of_body - qr.below >= layout.FOOTER_Y + 4 * mm - 1e-6  # above "Halaman"
