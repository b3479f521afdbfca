"""The TARGET cell of the SKP: a number stored as "1250.75" is printed as the office writes
it, "1.250,75" (found in the walkthrough of issue 18: the screen said 95,5 and the printed SKP
95.5)."""

# ruff: noqa: F811  (the `staff` fixture of test_skp is imported and used by name)
from __future__ import annotations

import pytest

from desktop_app.printing.skp import target_text
from desktop_app.services import auth, session
from desktop_app.services.reports import forms
from desktop_app.services.skp import plans
from tests.views.keyboard import pdf_text
from tests.views.test_skp import PASSWORD, staff  # noqa: F401 (the fixture)


@pytest.mark.parametrize(
    ("stored", "printed"),
    [
        ("95.5", "95,5 persen"),
        ("1250.75", "1.250,75 persen"),
        ("1500000", "1.500.000 persen"),
        ("0.125", "0,125 persen"),  # no decimal dropped
        ("12", "12 persen"),
        ("abc", "abc persen"),  # not a stored number: as written (the service refuses it)
    ],
)
def test_a_stored_target_is_printed_with_indonesian_separators(stored, printed):
    assert target_text("", stored, "persen") == printed


def test_a_written_target_is_printed_as_written():
    assert target_text("Laporan tepat waktu", "12.5", "persen") == "Laporan tepat waktu"


def test_the_printed_skp_shows_the_target_as_the_screen_does(staff):
    session.sign_in_as(auth.authenticate("admin", PASSWORD))
    plan_id = staff["kabid_plan"]
    data = plans.get_plan(plan_id).data
    data.results[0].indicators[0].target_value = "1250.75"
    data.results[0].indicators[0].target_unit = "km"  # a measure: decimals (a count is whole)
    plans.save_plan(plan_id, data)
    text = pdf_text(forms.build_skp, plan_id)
    assert "1.250,75" in text
    assert "1250.75" not in text
