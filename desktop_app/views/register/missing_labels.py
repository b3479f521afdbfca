"""What an incomplete employee record lacks, in the user's words (data belum lengkap).

The service names what a record lacks (`completeness.missing_fields`, labels that are msgids
of its translation context: golongan, jabatan, unit kerja, pejabat penilai); this module
translates them for the register's column and tooltip and for the check before an SKP or a
print.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from desktop_app.services.register import completeness
from desktop_app.services.register.employee_queries import EmployeeRow


def labels_of(msgids: Iterable[str]) -> tuple[str, ...]:
    """The service's labels in the user's language."""
    return tuple(QCoreApplication.translate(completeness.LABEL_CONTEXT, m) for m in msgids)


def missing_of(employee_id: int) -> list[str]:
    """What the record of `employee_id` lacks, in words (empty when complete)."""
    return list(labels_of(completeness.missing_fields(employee_id)))


def missing_of_rows(rows: Sequence[EmployeeRow]) -> list[tuple[str, ...]]:
    """What each register row lacks, in words, in the order of `rows` (translated once per
    label, not once per row: 50,000 rows)."""
    cache: dict[tuple[str, ...], tuple[str, ...]] = {(): ()}
    out: list[tuple[str, ...]] = []
    for r in rows:
        key = r.missing
        if key not in cache:
            cache[key] = labels_of(key)
        out.append(cache[key])
    return out
