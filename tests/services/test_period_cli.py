"""The period commands (issue 20, Deliver 5) on a real SQLite file: `period list`, `period
deadline`, `period close`, `period reopen`; every change is audited and in the period's
history; exit 2 with the reason for an unknown period, a bad date, a missing reason and a
period closed already, and nothing is written then."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app import cli
from desktop_app.models import AuditEntry, PeriodClosure, PeriodStage
from desktop_app.services import period_stages, periods

YEAR = 2026


@pytest.fixture
def year_db(office, db_path):
    periods.open_period(YEAR)
    return db_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_deadline_close_and_reopen_through_the_cli(year_db, capsys):
    db = ("--db", str(year_db))
    code, out, _ = run(capsys, "period", "deadline", "--period", "2026-q1", "--date",
                       "2026-04-15", *db)  # fmt: skip
    assert code == 0 and "2026-Q1" in out and "2026-04-15" in out
    assert period_stages.deadline_of(periods.period_for(YEAR), "2026-Q1") == dt.date(2026, 4, 15)
    code, out, _ = run(capsys, "period", "deadline", "--period", "2026-SKP", "--date",
                       "2026-01-31", *db)  # fmt: skip
    assert code == 0
    assert period_stages.deadline_of(periods.period_for(YEAR), "SKP") == dt.date(2026, 1, 31)

    code, out, _ = run(capsys, "period", "close", "--period", "2026-Q1", *db)
    assert code == 0 and "closed" in out
    assert period_stages.stage_closed(periods.period_for(YEAR), "2026-Q1")

    code, out, _ = run(capsys, "period", "list", *db)
    assert code == 0
    line = next(x for x in out.splitlines() if x.strip().startswith("2026-Q1"))
    assert "2026-04-15" in line and line.rstrip().endswith("closed")
    q2 = next(x for x in out.splitlines() if x.strip().startswith("2026-Q2"))
    assert "deadline -" in q2 and q2.rstrip().endswith("open")

    code, out, _ = run(capsys, "period", "reopen", "--period", "2026-Q1", "--reason",
                       "  Nilai salah ketik  ", *db)  # fmt: skip
    assert code == 0 and "re-opened" in out
    assert not period_stages.stage_closed(periods.period_for(YEAR), "2026-Q1")
    history = period_stages.history(YEAR)
    assert [(h.action, h.reason) for h in history] == [
        ("REOPEN", "Nilai salah ketik"),
        ("CLOSE", ""),
    ]
    assert history[0].by_name.startswith("cli:")  # who did it, though no one signed in
    closures = AuditEntry.select().where(AuditEntry.entity == PeriodClosure._meta.table_name)
    actors = {e.actor for e in closures}
    assert actors and all(a.startswith("cli:") for a in actors)
    assert (
        AuditEntry.select()
        .where(
            (AuditEntry.entity == PeriodStage._meta.table_name)
            & (AuditEntry.actor.startswith("cli:"))
        )
        .count()
        >= 3
    )


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (("deadline", "--period", "2026-Q5", "--date", "2026-04-15"), "must be a stage"),
        (("deadline", "--period", "2027-Q1", "--date", "2027-04-15"), "not been opened"),
        (("deadline", "--period", "2026-S1", "--date", "2026-04-15"), "not a stage of 2026"),
        (("deadline", "--period", "2026-Q1", "--date", "15-04-2026"), "YYYY-MM-DD"),
        (("deadline", "--period", "2026-Q1", "--date", "2026-02-30"), "YYYY-MM-DD"),
        (("deadline", "--period", "2026-Q1", "--date", "2025-12-31"), "must fall between"),
        (("close", "--period", "2026-SKP"), "close the year instead"),
        (("close", "--period", "bulan lalu"), "must be a stage"),
        (("reopen", "--period", "2026-Q2", "--reason", "x"), "is not closed"),
    ],
)
def test_bad_input_exits_2_with_the_reason_and_writes_nothing(year_db, capsys, argv, reason):
    before = PeriodStage.select().count(), PeriodClosure.select().count()
    code, _, err = run(capsys, "period", *argv, "--db", str(year_db))
    assert code == 2
    assert reason in err and "Traceback" not in err
    assert (PeriodStage.select().count(), PeriodClosure.select().count()) == before


def test_closed_twice_and_reopen_without_a_reason_are_refused(year_db, capsys):
    db = ("--db", str(year_db))
    assert run(capsys, "period", "close", "--period", "2026", *db)[0] == 0
    code, _, err = run(capsys, "period", "close", "--period", "2026", *db)
    assert code == 2 and "closed already" in err
    code, _, err = run(capsys, "period", "reopen", "--period", "2026", "--reason", "   ", *db)
    assert code == 2 and "Give the reason" in err
    with pytest.raises(SystemExit) as exited:  # argparse: the option is required
        cli.run(["period", "reopen", "--period", "2026", *db])
    assert exited.value.code == 2 and "--reason" in capsys.readouterr().err
    assert period_stages.stage_closed(periods.period_for(YEAR), "2026")
    assert PeriodClosure.select().count() == 1


def test_clear_and_list_of_one_year(year_db, capsys):
    db = ("--db", str(year_db))
    run(capsys, "period", "deadline", "--period", "2026", "--date", "2027-01-31", *db)
    code, out, _ = run(capsys, "period", "deadline", "--period", "2026", "--clear", *db)
    assert code == 0 and "removed" in out
    assert period_stages.deadline_of(periods.period_for(YEAR), "2026") is None
    code, _, err = run(capsys, "period", "list", "--year", "2030", *db)
    assert code == 2 and "2030" in err
    code, out, _ = run(capsys, "period", "list", "--year", "2026", *db)
    assert code == 0 and out.splitlines()[0] == "2026 (open)"
    assert [x.split()[0] for x in out.splitlines()[1:]] == [
        "2026-SKP", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026",
    ]  # fmt: skip
