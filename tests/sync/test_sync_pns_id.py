"""The SIASN PNS ID and incomplete records (issue 19) travel in the sync package: the central
office receives the PNS ID and accepts a record whose golongan is still empty."""

from __future__ import annotations

from desktop_app.models import Employee
from desktop_app.sync.entities import BY_NAME
from tests.sync.conftest import using


def test_the_employee_record_carries_the_pns_id():
    column = next(c for c in BY_NAME["employee"].columns if c.name == "pns_id")
    assert (column.kind, column.null) == ("text", False)


def test_pns_id_and_an_empty_golongan_reach_the_central_office(sites):
    with using(sites.office):
        first, second = Employee.select().order_by(Employee.id).limit(2)
        Employee.update(pns_id="8ae483a5-6652-c6fa-0166-7c0561560957").where(
            Employee.id == first.id
        ).execute()
        second.grade = ""
        second.save()  # stamps a new version, like any write of the services
        first = Employee.get_by_id(first.id)
        first.save()
        nips = (first.nip, second.nip)
    result = sites.import_(sites.export())
    assert result.totals["quarantined"] == 0
    with using(sites.central):
        arrived = {e.nip: e for e in Employee.select().where(Employee.nip.in_(nips))}
        assert arrived[nips[0]].pns_id == "8ae483a5-6652-c6fa-0166-7c0561560957"
        assert arrived[nips[1]].grade == ""
