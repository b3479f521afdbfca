"""The kedudukan hukum a register file names (SIASN's KEDUDUKAN HUKUM NAMA), recorded from
the import date (issue 19): what the register already holds decides whether a row records
one. A re-import of the same file records nothing again; a status already recorded from
today on is never overwritten by the file (a warning says so).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import EmploymentStatus
from desktop_app.scoring.employment_status import BY_CODE, Spell, first_overlap
from desktop_app.scoring.indonesian_format import format_date
from desktop_app.services.register.employee_columns import fail


@dataclass
class StatusesInForce:
    """The live statuses of the register's employees that hold on or after `today`."""

    today: dt.date
    spells: dict[int, list[Spell]]

    @classmethod
    def load(cls, today: dt.date) -> StatusesInForce:
        spells: dict[int, list[Spell]] = {}
        query = EmploymentStatus.select(
            EmploymentStatus.employee, EmploymentStatus.code, EmploymentStatus.starts,
            EmploymentStatus.ends,
        ).where(
            (EmploymentStatus.deleted == False)
            & (EmploymentStatus.ends.is_null(True) | (EmploymentStatus.ends >= today))
        )  # fmt: skip
        for employee_id, code, starts, ends in query.tuples():
            spells.setdefault(employee_id, []).append(Spell(code, starts, ends))
        return cls(today, spells)

    def _clash(self, code: str, employee_id: int | None) -> Spell | None:
        if employee_id is None:
            return None
        return first_overlap(Spell(code, self.today), self.spells.get(employee_id, ()))

    def to_record(self, code: str, employee_id: int | None) -> str:
        """The SIASN id to record for the row from today, or "" when the register already
        holds a status from today on (the same one: a re-import; another: a warning)."""
        return "" if self._clash(code, employee_id) is not None else code

    def warnings_of(self, code: str, employee_id: int | None) -> list[InputError]:
        """The warning of a row whose status is not recorded because another one is."""
        clash = self._clash(code, employee_id)
        if clash is None or (clash.code == code and clash.first <= self.today):
            return []  # nothing in the way, or the same status already in force
        return [
            fail(
                N_(
                    "employee_io",
                    "The kedudukan hukum {status} was not recorded: {recorded} is recorded "
                    "from {first}. Change it in the register (Kedudukan hukum...) if the "
                    "file is right.",
                ),
                status=BY_CODE[code].name,
                recorded=BY_CODE[clash.code].name if clash.code in BY_CODE else clash.code,
                first=format_date(clash.first),
            )
        ]


@lru_cache(maxsize=64)
def status_notice(code: str, today: dt.date) -> InputError:
    """The row's notice that its kedudukan hukum is recorded from the import date (the SIASN
    Data Utama export has no TMT of it): one object per status and day, only shown."""
    return fail(
        N_(
            "employee_io",
            "The kedudukan hukum {status} is recorded from {first}, the day of the import (the "
            "file gives no first day): correct the first day in the register (Kedudukan "
            "hukum...) if it started earlier.",
        ),
        status=BY_CODE[code].name,
        first=format_date(today),
    )


def record(employee_id: int, code: str, today: dt.date | None = None) -> None:
    """Record the status from `today` (inside the import's transaction), through the
    register's own service: validated, audited, synced like one typed in."""
    from desktop_app.services.register import employment_status

    employment_status.save_status(
        employee_id, employment_status.StatusInput(code, today or dt.date.today())
    )
