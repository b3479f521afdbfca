"""The unit a batch or a recap is printed for, given by id or code."""

from __future__ import annotations

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.services.register import units as unit_service


def find_unit(unit: str | int) -> tuple[int, str, str]:
    """(id, code, name) of a unit given by id (int) or code (any case)."""
    for row in unit_service.list_units():
        if (isinstance(unit, int) and row.id == unit) or (
            isinstance(unit, str) and row.code.upper() == unit.strip().upper()
        ):
            return row.id, row.code, row.name
    raise InputError(
        N_("printing", "No unit with code {unit} in this database."), "printing", unit=unit
    )
