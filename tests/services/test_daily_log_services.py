"""The daily log (Progres Harian) and rencana aksi through the services: saved as typed,
each refusal by field with nothing stored, the warnings (450 minutes, overlaps), the reason
for a day outside the current period, copy of the last day, recurring activities, the role
scope (a Pegawai never reads another's log), the audit trail and the month calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.errors import FieldErrors, InputError
from desktop_app.models import ActionPlan, AuditEntry, DailyLogEntry
from desktop_app.scoring.daily_log import DayState
from desktop_app.services.daily_log import (
    action_plans,
    calendar_view,
    entries,
    holidays,
    recurring,
)
from desktop_app.services.daily_log.entries import EntryInput
from desktop_app.services.daily_log.periods import period_of
from desktop_app.services.daily_log.recurring import RecurringInput
from desktop_app.services.session import AccessDenied
from tests import daily_log_office
from tests.daily_log_office import action, sign_in

TODAY = dt.date.today()


@pytest.fixture
def log(office):
    return daily_log_office.build()


def _key() -> str:
    return str(period_of(TODAY))


def _entry(employee_id, action_id, **changes) -> EntryInput:
    values = dict(
        employee_id=employee_id,
        day=TODAY,
        starts=dt.time(8, 0),
        ends=dt.time(9, 30),
        activity="  Imunisasi   bayi di posyandu  ",
        kind="PLAN",
        action_plan_id=action_id,
        realisasi=5,
        unit="bayi",
    )
    values.update(changes)
    return EntryInput(**values)


def test_action_plan_proposed_by_the_employee_agreed_by_the_appraiser(log):
    sign_in("budi")
    action_id = action(log, log.budi, _key(), "  Imunisasi  di posyandu ")
    rows = action_plans.list_action_plans(log.budi, _key())
    assert [(r.text, r.target, r.unit, r.status) for r in rows] == [
        ("Imunisasi di posyandu", 30, "bayi", "PROPOSED")
    ]
    with pytest.raises(AccessDenied):
        action_plans.agree(log.budi, _key())  # nobody agrees their own
    sign_in("kasi")  # not Budi's appraiser
    with pytest.raises(AccessDenied):
        action_plans.agree(log.budi, _key())
    sign_in("kabid")
    assert action_plans.agree(log.budi, _key()) == 1
    assert ActionPlan.get_by_id(action_id).status == "AGREED"
    assert ActionPlan.get_by_id(action_id).agreed_by == "kabid"
    sign_in("budi")  # a change needs the agreement again
    action_plans.save_action_plan(
        action_plans.ActionPlanInput(log.results[log.budi], _key(), "Imunisasi", 40, "bayi"),
        action_id,
    )
    assert ActionPlan.get_by_id(action_id).status == "PROPOSED"


def test_action_plan_refusals_name_each_field(log):
    sign_in("budi")
    with pytest.raises(FieldErrors) as caught:
        action_plans.save_action_plan(
            action_plans.ActionPlanInput(log.results[log.budi], _key(), " ", 0, "")
        )
    assert set(caught.value.errors) == {"text", "target", "unit"}
    with pytest.raises(AccessDenied):  # another employee's RHK
        action_plans.save_action_plan(
            action_plans.ActionPlanInput(log.results[log.pia], _key(), "X", 1, "dok")
        )
    assert ActionPlan.select().count() == 0


def test_entry_saved_as_typed_and_audited(log):
    sign_in("budi")
    action_id = action(log, log.budi, _key())
    saved = entries.save_entry(_entry(log.budi, action_id))
    assert saved.warnings == []
    [row] = entries.list_day(log.budi, TODAY)
    assert (row.starts, row.ends, row.minutes) == ("08:00", "09:30", 90)
    assert row.activity == "Imunisasi bayi di posyandu"
    assert row.action_text == "Imunisasi di posyandu"
    audit = AuditEntry.select().where(AuditEntry.entity == "daily_log_entry").get()
    assert audit.actor == "budi"


def test_each_wrong_field_is_named_and_nothing_is_stored(log):
    sign_in("budi")
    action_id = action(log, log.budi, _key())
    bad = _entry(
        log.budi,
        None,
        day=TODAY + dt.timedelta(days=1),
        starts=dt.time(10, 0),
        ends=dt.time(9, 0),
        activity=" ",
        realisasi=-1,
        evidence_link="javascript:alert(1)",
    )
    with pytest.raises(FieldErrors) as caught:
        entries.save_entry(bad)
    assert set(caught.value.errors) == {
        "day",
        "ends",
        "activity",
        "action_plan",
        "realisasi",
        "evidence_link",
    }
    task = _entry(log.budi, action_id, kind="TASK", task_giver="  ")
    with pytest.raises(FieldErrors) as caught:
        entries.save_entry(task)
    assert set(caught.value.errors) == {"task_giver"}
    assert DailyLogEntry.select().count() == 0


def test_warnings_above_450_minutes_and_for_overlaps(log):
    sign_in("budi")
    action_id = action(log, log.budi, _key())
    entries.save_entry(_entry(log.budi, action_id, starts=dt.time(7, 0), ends=dt.time(12, 0)))
    saved = entries.save_entry(
        _entry(log.budi, action_id, starts=dt.time(11, 0), ends=dt.time(14, 0))
    )
    words = [str(w) for w in saved.warnings]
    assert any("more than 450" in w for w in words)
    assert any("07:00–12:00 and 11:00–14:00 overlap" in w for w in words)
    assert DailyLogEntry.select().count() == 2  # saved with the warning


def test_a_day_outside_the_current_period_needs_a_reason(log):
    sign_in("budi")
    action_id = action(log, log.budi, _key())
    before = period_of(TODAY).first_day - dt.timedelta(days=1)
    with pytest.raises(FieldErrors) as caught:
        entries.save_entry(_entry(log.budi, action_id, day=before))
    assert set(caught.value.errors) == {"late_reason"}
    saved = entries.save_entry(
        _entry(log.budi, action_id, day=before, late_reason="Lupa mengisi saat dinas luar")
    )
    assert DailyLogEntry.get_by_id(saved.id).late_reason == "Lupa mengisi saat dinas luar"


def test_a_pegawai_never_reads_or_writes_another_persons_log(log):
    sign_in("pia")
    pia_action = action(log, log.pia, _key())
    entries.save_entry(_entry(log.pia, pia_action))
    sign_in("budi")
    with pytest.raises(AccessDenied):
        entries.list_day(log.pia, TODAY)
    with pytest.raises(AccessDenied):
        entries.list_month(log.pia, TODAY.year, TODAY.month)
    with pytest.raises(AccessDenied):
        entries.save_entry(_entry(log.pia, pia_action))
    with pytest.raises(AccessDenied):
        action_plans.list_action_plans(log.pia, _key())
    assert [s.id for s in calendar_view.staff_choices()] == [log.budi]
    assert calendar_view.month_calendar([log.pia], TODAY.year, TODAY.month) == []
    sign_in("kasi")  # another unit's supervisor
    with pytest.raises(AccessDenied):
        entries.list_day(log.pia, TODAY)
    sign_in("staffhr")  # HR reads, never writes
    assert len(entries.list_day(log.pia, TODAY)) == 1
    with pytest.raises(AccessDenied):
        entries.save_entry(_entry(log.pia, pia_action))


def test_supervisor_comments_and_writes_their_own(log):
    sign_in("pia")
    saved = entries.save_entry(_entry(log.pia, action(log, log.pia, _key())))
    with pytest.raises(AccessDenied):
        entries.comment_entry(saved.id, "Bagus")
    sign_in("kabid")
    entries.comment_entry(saved.id, "  Lampirkan   foto kegiatan ")
    row = entries.get_entry(saved.id)
    assert (row.comment, row.comment_by) == ("Lampirkan foto kegiatan", "kabid")
    own = action(log, log.kabid, _key())
    assert entries.save_entry(_entry(log.kabid, own)).id


def test_copy_the_last_logged_day_and_recurring(log, monkeypatch):
    sign_in("budi")
    action_id = action(log, log.budi, _key())
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    if monday - dt.timedelta(days=3) not in period_of(TODAY):
        monday += dt.timedelta(days=7) if monday + dt.timedelta(days=7) <= TODAY else 0
    friday = monday - dt.timedelta(days=3)
    reason = "" if friday in period_of(TODAY) else "Menyusul"
    entries.save_entry(_entry(log.budi, action_id, day=friday, late_reason=reason))
    entries.save_entry(
        _entry(
            log.budi,
            action_id,
            day=friday,
            starts=dt.time(10),
            ends=dt.time(11),
            late_reason=reason,
        )
    )
    assert entries.previous_logged_day(log.budi, monday) == friday
    assert entries.copy_day(log.budi, friday, monday, reason) == 2
    assert [r.starts for r in entries.list_day(log.budi, monday)] == ["08:00", "10:00"]
    recurring.save_recurring(
        RecurringInput(
            log.budi,
            "Apel pagi",
            dt.time(7, 30),
            dt.time(8, 0),
            "TASK",
            None,
            "Kepala Puskesmas",
            1,
            "kegiatan",
            "1",
        )
    )
    assert recurring.add_to_day(log.budi, monday, reason) == 1
    assert recurring.add_to_day(log.budi, monday, reason) == 0  # never twice
    with pytest.raises(InputError):
        entries.copy_day(log.budi, monday - dt.timedelta(days=30), monday)


def test_month_calendar_filled_partly_empty_with_holidays_and_leave(log, monkeypatch):
    year = TODAY.year
    monkeypatch.setattr(calendar_view, "local_today", lambda: dt.date(year, 12, 31))
    sign_in(None)
    first = dt.date(year, 12, 1)
    days = [first + dt.timedelta(days=n) for n in range(31)]
    work = [d for d in days if d.weekday() < 5]
    holidays.save_holiday(work[0], "Libur nasional")
    holidays.save_holiday(work[1], "Cuti tahunan", log.budi)
    with pytest.raises(InputError):
        holidays.save_holiday(work[0], "Lagi")
    action_id = action(log, log.budi, f"{year}-Q4")
    for d, (a, b) in ((work[2], (8, 15)), (work[3], (8, 10))):
        DailyLogEntry.create(
            employee=log.budi,
            day=d,
            starts=f"{a:02d}:00",
            ends=f"{b:02d}:00",
            activity="x",
            kind="PLAN",
            action_plan=action_id,
        )
    [month] = calendar_view.month_calendar([log.budi], year, 12)
    states = {d: s for d, s, _m in month.days}
    assert states[work[0]] == DayState.HOLIDAY
    assert states[work[1]] == DayState.LEAVE
    assert states[work[2]] == DayState.FILLED
    assert states[work[3]] == DayState.PARTLY
    assert states[work[4]] == DayState.EMPTY
    assert (month.working, month.filled, month.partly) == (len(work) - 2, 1, 1)
    assert month.empty == len(work) - 4


def test_the_log_feeds_the_evaluation_accept_or_override(log, monkeypatch):
    from desktop_app.models import LogDecision, Realisation
    from desktop_app.services.daily_log import evaluation_sums
    from desktop_app.services.evaluation import evaluations

    key = period_of(TODAY)
    sign_in("budi")
    serving = action(log, log.budi, str(key))
    other_unit = action(log, log.budi, str(key), "Laporan", 3, "dokumen")
    entries.save_entry(_entry(log.budi, serving, realisasi=7))
    entries.save_entry(_entry(log.budi, serving, starts=dt.time(10), ends=dt.time(11), realisasi=5))
    entries.save_entry(
        _entry(log.budi, other_unit, starts=dt.time(13), ends=dt.time(14), realisasi=2)
    )
    sign_in("kabid")
    evaluation_id = evaluations.open_evaluation(log.budi, str(key))
    [line] = evaluation_sums.log_sums(evaluation_id)
    assert (line.total, line.unit, len(line.entries)) == (12, "bayi", 2)
    assert evaluation_sums.accept(evaluation_id, line.indicator_id) == "12 bayi"
    assert Realisation.get(Realisation.evaluation == evaluation_id).realisasi == "12 bayi"
    with pytest.raises(InputError):
        evaluation_sums.override(evaluation_id, line.indicator_id, "15 bayi", " ")
    evaluation_sums.override(evaluation_id, line.indicator_id, "15 bayi", "Dua sesi tak tercatat")
    [line] = evaluation_sums.log_sums(evaluation_id)
    assert (line.decision, line.decided_value, line.realisasi) == (
        "OVERRIDDEN",
        "15 bayi",
        "15 bayi",
    )
    assert [d.decision for d in LogDecision.select().order_by(LogDecision.id)] == [
        "ACCEPTED",
        "OVERRIDDEN",
    ]
    sign_in("budi")
    with pytest.raises(AccessDenied):
        evaluation_sums.accept(evaluation_id, line.indicator_id)


def test_a_file_as_bukti_dukung_is_kept_in_the_data_folder(log, tmp_path):
    import hashlib

    from desktop_app import paths
    from desktop_app.models import DailyLogEntry
    from desktop_app.services import stored_files

    sign_in("budi")
    saved = entries.save_entry(_entry(log.budi, action(log, log.budi, _key())))
    source = tmp_path / "foto posyandu.jpg"
    source.write_bytes(b"\xff\xd8 foto")
    stored = entries.attach_evidence(saved.id, source)
    assert stored.read_bytes() == source.read_bytes()
    assert stored.is_relative_to(paths.data_dir() / entries.EVIDENCE_FOLDER)
    row = DailyLogEntry.get_by_id(saved.id)
    assert row.evidence_sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert entries.evidence_file(saved.id) == stored
    DailyLogEntry.update(evidence_path="../../etc/passwd").where(
        DailyLogEntry.id == saved.id
    ).execute()  # as a hostile package could leave it
    with pytest.raises(InputError):
        entries.evidence_file(saved.id)
    with pytest.raises(InputError):
        entries.attach_evidence(saved.id, tmp_path / "missing.pdf")
    assert stored_files.confined("daily_log/x", entries.EVIDENCE_FOLDER) is not None
    sign_in("pia")
    with pytest.raises(AccessDenied):
        entries.attach_evidence(saved.id, source)


def test_the_appraiser_agrees_every_period_with_the_skp(log):
    sign_in("budi")
    first, last = f"{log.year}-Q1", f"{log.year}-Q4"
    a, b = action(log, log.budi, first), action(log, log.budi, last)
    with pytest.raises(AccessDenied):
        action_plans.agree_year(log.budi, log.year)
    sign_in("kabid")
    assert action_plans.agree_year(log.budi, log.year) == 2
    assert {ActionPlan.get_by_id(i).status for i in (a, b)} == {"AGREED"}
    with pytest.raises(InputError):
        action_plans.agree_year(log.budi, log.year)  # nothing left to agree
