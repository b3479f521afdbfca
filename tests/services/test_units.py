"""The unit tree: unique codes, no cycles, empty units only can be removed."""

from __future__ import annotations

import pytest

from desktop_app.errors import FieldErrors, InputError
from desktop_app.services.register import units


def test_tree_and_descendants(office):
    top = units.save_unit(units.UnitInput("dinkes", "Dinas Kesehatan", "DINAS"))
    mid = units.save_unit(units.UnitInput("YANKES", "Bidang Pelayanan", "BIDANG", parent_id=top))
    low = units.save_unit(units.UnitInput("PKM1", "Puskesmas Satu", "PUSKESMAS", parent_id=mid))
    assert units.descendants(top) == {top, mid, low}
    assert units.unit_path(low) == ["Dinas Kesehatan", "Bidang Pelayanan", "Puskesmas Satu"]
    assert {r.code for r in units.list_units()} == {"DINKES", "YANKES", "PKM1"}


def test_duplicate_code_and_cycle_refused(office):
    top = units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
    child = units.save_unit(units.UnitInput("B", "Bidang B", "BIDANG", parent_id=top))
    with pytest.raises(FieldErrors) as info:
        units.save_unit(units.UnitInput("a", "Lain", "DINAS"))
    assert "code" in info.value.errors
    with pytest.raises(FieldErrors) as info:
        units.save_unit(units.UnitInput("A", "Dinas A", "DINAS", parent_id=child), top)
    assert "parent" in info.value.errors


def test_delete_refused_while_not_empty(office):
    top = units.save_unit(units.UnitInput("A", "Dinas A", "DINAS"))
    child = units.save_unit(units.UnitInput("B", "Bidang B", "BIDANG", parent_id=top))
    with pytest.raises(InputError):
        units.delete_unit(top)
    units.delete_unit(child)
    units.delete_unit(top)
    assert units.list_units() == []
