"""Every demo employee has a synthetic SIASN PNS ID (issue 25 point 4): 32 hex digits, unique,
the same for the same seed, and marked as a demo ID so that it is never taken for a real one."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from desktop_app.demo.register import DEMO_PNS_ID_PREFIX, demo_pns_id
from desktop_app.models import Employee
from desktop_app.models.database import close_database

DAY = dt.date(2026, 11, 23)


def _ids(demo_templates, path: Path, seed: int) -> dict[str, str]:
    demo_templates.open_copy(path, 40, seed=seed, today=DAY)
    try:
        return dict(Employee.select(Employee.nip, Employee.pns_id).tuples())
    finally:
        close_database()


def test_every_demo_employee_has_a_unique_synthetic_pns_id(demo_templates, tmp_path):
    ids = _ids(demo_templates, tmp_path / "a.db", 5)
    assert len(ids) >= 40
    assert all(re.fullmatch(r"[0-9A-F]{32}", v) for v in ids.values()), ids
    assert all(v.startswith(DEMO_PNS_ID_PREFIX) for v in ids.values())
    assert len(set(ids.values())) == len(ids)  # the register refuses a PNS ID held twice
    assert all(v == demo_pns_id(nip) for nip, v in ids.items())


def test_the_same_seed_gives_the_same_ids_and_another_seed_others(demo_templates, tmp_path):
    from desktop_app.demo import generator as demo
    from desktop_app.models.database import open_database

    first = _ids(demo_templates, tmp_path / "a.db", 5)
    open_database(tmp_path / "again.db")  # built anew, not the cached template
    try:
        demo.generate_demo(40, seed=5, today=DAY)
        again = dict(Employee.select(Employee.nip, Employee.pns_id).tuples())
    finally:
        close_database()
    other = _ids(demo_templates, tmp_path / "b.db", 9)
    assert again == first
    assert not set(other.values()) & set(first.values())
