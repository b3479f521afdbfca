"""Several people on one office database (PostgreSQL mode, design.md "One office, many
people"): an editor remembers the version of the record it loaded, and its save is refused
when someone else saved that record meanwhile, saying who and when, instead of overwriting
their change unseen (optimistic locking on the record's `version`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import base
from desktop_app.models.base import StaleRecordError, db

T = TypeVar("T")
TABLES = frozenset({"employee", "performance_plan", "evaluation"})


class ChangedMeanwhileError(InputError):
    """The record changed after it was loaded; nothing was saved. Reload to see it."""

    def __init__(self, by: str, at: dt.datetime | None) -> None:
        when = at.strftime("%d-%m-%Y %H:%M") + " UTC" if at is not None else "?"
        super().__init__(
            N_(
                "concurrency",
                "{by} changed this record at {when}, after you opened it. Nothing was saved, "
                "so their change is kept. Reload to see it, then make your change again.",
            ),
            "concurrency",
            by=by or "?",
            when=when,
        )
        self.by = by
        self.at = at


def version_of(table: str, record_id: int) -> int | None:
    """The stored version of a record (what an editor remembers when it loads one)."""
    if table not in TABLES:
        raise ValueError(table)
    row = db.execute_sql(f'SELECT version FROM "{table}" WHERE id = ?', (record_id,)).fetchone()
    return int(row[0]) if row else None


class Guard:
    """What an editor holds: the record and the version it loaded."""

    def __init__(self, table: str, record_id: int) -> None:
        self.table = table
        self.record_id = record_id
        self.version = version_of(table, record_id)

    def reload(self) -> None:
        self.version = version_of(self.table, self.record_id)

    def run(self, write: Callable[[], T]) -> T:
        """Run the service call `write` refusing a save over a newer version; afterwards the
        guard holds the version this save stored."""
        with _expecting(self) as versions:
            result = write()
        self.version = versions.get((self.table, self.record_id), self.version)
        return result


@contextmanager
def _expecting(guard: Guard) -> Iterator[dict[tuple[str, int], int]]:
    key = (guard.table, guard.record_id)
    versions = base.expect_versions({key: guard.version} if guard.version is not None else {})
    try:
        yield versions
    except StaleRecordError as err:
        raise ChangedMeanwhileError(err.by, err.at) from None
    finally:
        base.expect_versions({})
