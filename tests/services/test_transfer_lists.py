"""The lists after a transfer (issue 20): the row of the SKP the transfer closed shows the
appraiser frozen at its approval (as its form prints), not today's register; the kedudukan
hukum exemption of each SKP is by its own months."""

from __future__ import annotations

import datetime as dt

from desktop_app.services.evaluation import evaluations
from desktop_app.services.evaluation.monitoring import monitoring
from desktop_app.services.register import employment_status
from desktop_app.services.skp import progress as _progress
from tests.services.test_transfers import A, S, _fill, _move, people  # noqa: F401 (the fixture)

YEAR = 2026


def _rows(people):  # noqa: F811
    return [r for r in _progress.progress(YEAR) if r.employee_id == people["budi"]]


def test_the_closed_skp_shows_the_appraiser_it_was_approved_with(people):  # noqa: F811
    _fill(evaluations.open_evaluation(people["budi"], "2026-Q1"), A, S)
    q2 = evaluations.open_evaluation(people["budi"], "2026-Q2")  # a draft, on the old SKP
    _move(people, 6)  # to the Puskesmas under Kapus from July
    rows = _rows(people)
    assert [(r.month_start, r.month_end, r.appraiser_name) for r in rows] == [
        (1, 6, "Kabid"),  # frozen in the approved SKP of January – June
        (7, 12, "Kapus"),  # the draft of July – December: today's register
    ]

    def appraiser(key: str) -> str:
        return next(r.appraiser_name for r in monitoring(key) if r.employee_id == people["budi"])

    assert appraiser("2026-Q1") == "Kabid"  # final: frozen in the evaluation
    assert appraiser("2026-Q2") == "Kabid"  # a draft of the old SKP: the SKP's appraiser
    assert evaluations.get_evaluation(q2).plan_id == rows[0].plan_id
    assert appraiser("2026-Q3") == "Kapus"  # the new SKP's period


def test_cltn_from_july_exempts_only_the_skp_of_july_to_december(people):  # noqa: F811
    _move(people, 6)
    employment_status.save_status(
        people["budi"], employment_status.StatusInput("02", dt.date(2026, 7, 1), None, "SK/1")
    )
    first, second = _rows(people)
    assert first.exemption is None  # January – June: none of its days under CLTN
    assert second.exemption is not None and second.exemption.reason == "CLTN sejak 1 Juli 2026"
    assert (second.exemption.days, second.exemption.period_days) == (184, 184)

    def exempt(key: str) -> bool:
        row = next(r for r in monitoring(key) if r.employee_id == people["budi"])
        return row.exemption is not None

    assert [exempt(k) for k in ("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")] == [
        False,
        False,
        True,
        True,
    ]  # each quarter by its own months
