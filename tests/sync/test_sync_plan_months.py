"""The SKP's month range travels in the sync package (docs/multiple_skp.md): the central
office receives it, refuses a broken one, and a package of an office before 0013 (without the
columns) reads as January to December."""

from __future__ import annotations

import msgspec

from desktop_app.models import PerformancePlan
from desktop_app.sync import record_rules
from desktop_app.sync.entities import BY_NAME, record_type
from tests.sync.conftest import using

ENTITY = BY_NAME["performance_plan"]


def test_old_packages_read_as_the_whole_year():
    fields = {f.name: f.default for f in msgspec.structs.fields(record_type(ENTITY))}
    assert (fields["month_start"], fields["month_end"]) == (1, 12)


def _values(**changes):
    base = {c.name: c.default for c in ENTITY.columns}
    base.update(changes)
    return [base[c.name] for c in ENTITY.columns]


def test_broken_ranges_are_refused_by_the_central_rules():
    check = record_rules.checker(ENTITY, {})
    assert check(_values(month_start=1, month_end=12)) is None
    assert check(_values(month_start=8, month_end=12)) is None
    assert check(_values(month_start=1, month_end=13)) == "month_end 13 is not a month (1 to 12)"
    assert check(_values(month_start=0, month_end=7)) == "month_start 0 is not a month (1 to 12)"
    assert check(_values(month_start=9, month_end=7)) == "month_start 9 is after month_end 7"


def test_the_months_reach_the_central_office(sites):
    with using(sites.office):
        plan = PerformancePlan.select().order_by(PerformancePlan.id).first()
        plan.month_end = 7
        plan.save()
        uid = plan.uid
    result = sites.import_(sites.export())
    assert result.totals["quarantined"] == 0
    with using(sites.central):
        arrived = PerformancePlan.get(PerformancePlan.uid == uid)
        assert (arrived.month_start, arrived.month_end) == (1, 7)
