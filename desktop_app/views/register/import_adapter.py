"""The import service as the import dialog uses it: one place that knows the service's names.

The service (`services.register.import_layout`, `employee_import_preview`,
`employee_import_apply`) finds the layout, reads the rows and writes them; this module turns its
results into what the pages show (labels through Qt translation, counts, unit names) and its
calls into what the dialog needs (a layout with a chosen header row, unit options).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.services.register import (
    completeness,
    employee_import_apply,
    employee_import_preview,
)
from desktop_app.services.register import import_layout as layout_service
from desktop_app.views import messages
from desktop_app.views.register.import_mapping import FieldChoice, MappedColumn

ImportPreview = employee_import_preview.ImportPreview
ImportResult = employee_import_apply.ImportResult
_Action = employee_import_preview.Action
NEW, UPDATE, UNCHANGED, REFUSED, SKIPPED = "new", "update", "unchanged", "refused", "skipped"
_ACTIONS = {
    _Action.NEW: NEW,
    _Action.UPDATE: UPDATE,
    _Action.UNCHANGED: UNCHANGED,
    _Action.INVALID: REFUSED,
}


@dataclass(frozen=True)
class ShownRow:
    """One row of the file as the preview lists it: imported rows and the rows set aside
    (non-ASN) together, with their reasons and warnings already in the user's words."""

    row: int
    nip: str
    name: str
    action: str  # NEW, UPDATE, UNCHANGED, REFUSED or SKIPPED
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    changes: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()


def _tr(msgid: str) -> str:
    return QCoreApplication.translate(layout_service.LABEL_CONTEXT, msgid)


@dataclass
class Layout:
    """A file's layout as the mapping page shows it (the service's layout kept for reading)."""

    found: layout_service.FileLayout
    columns: list[MappedColumn]

    @property
    def path(self) -> Path:
        return self.found.path

    @property
    def sheets(self) -> list[str]:
        return [s.name for s in self.found.sheets]

    @property
    def sheet(self) -> str:
        return self.found.sheet

    @property
    def header_row(self) -> int:
        return self.found.header_row

    @property
    def header_depth(self) -> int:
        return self.found.header_depth


@dataclass(frozen=True)
class UnitOptions:
    """The preview's unit choices: create the units not found under this parent (None: do not
    create them) and the unit of rows without one."""

    create_under: int | None
    default_unit: int | None


@dataclass(frozen=True)
class Counts:
    rows: int
    new: int
    updated: int
    unchanged: int
    refused: int
    skipped: int

    def as_dict(self) -> dict[str, int]:
        return {
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "refused": self.refused,
            "skipped": self.skipped,
        }


def target_fields() -> list[FieldChoice]:
    return [
        FieldChoice(f.key, _tr(f.label), bool(f.required)) for f in layout_service.target_fields()
    ]


def incomplete_labels() -> list[tuple[str, str]]:
    """(field key, label) of the fields an imported record may lack (then it is incomplete)."""
    return [
        ("grade", _tr(completeness.GRADE)),
        ("position_name", _tr(completeness.POSITION)),
        ("appraiser", _tr(completeness.APPRAISER)),
    ]


def _as_layout(found: layout_service.FileLayout) -> Layout:
    columns = [
        MappedColumn(
            c.index,
            c.header,
            tuple(c.samples),
            c.field,
            str(c.match.value) if c.match is not None else "",
        )
        for c in found.columns
    ]
    return Layout(found, columns)


def detect(
    path: str | Path, sheet: str | None = None, header_row: int | None = None, progress: Any = None
) -> Layout:
    """The layout of the file: the sheet and header row found, or those given."""
    found = layout_service.detect_layout(path, sheet=sheet or None)
    if header_row and header_row != found.header_row:
        found = _layout_at_row(found, header_row)
    return _as_layout(found)


class EmptyHeaderRow(Exception):
    """The row chosen as the header holds nothing."""


def _layout_at_row(found: layout_service.FileLayout, header_row: int) -> layout_service.FileLayout:
    """The layout with the header in `header_row` (one row, or two when the row below
    completes a merged header better), as `detect_layout` would have found it there.

    Adapter: `detect_layout` has no parameter for the header row yet, so this uses its
    helpers (the same matching and remembered mappings)."""
    from desktop_app.services.register import import_sources

    opened = import_sources.open_file(found.path)
    sheet = next(s for s in opened.sheets if s.name == found.sheet)
    rows = layout_service._head_rows(opened, sheet, header_row + 2 + layout_service.SAMPLES)
    by_number = dict(rows)
    values = by_number.get(header_row)
    if values is None:
        raise EmptyHeaderRow(header_row)
    best = layout_service._Candidate(sheet, header_row, 1, layout_service._headers(values, None))
    best.fields = layout_service._assign(best.headers)
    below = by_number.get(header_row + 1)
    if below is not None:
        two = layout_service._Candidate(
            sheet, header_row, 2, layout_service._headers(values, below)
        )
        two.fields = layout_service._assign(two.headers)
        if two.score > best.score:
            best = two
    return layout_service._layout(opened, best, rows, found.sheets)


def missing_required(layout: Layout, mapping: dict[int, str]) -> list[str]:
    """The labels of the required fields (NIP, name) no column fills."""
    return [_tr(f.label) for f in layout.found.missing_required(mapping)]


def read(
    layout: Layout, mapping: dict[int, str], options: UnitOptions, progress: Any
) -> ImportPreview:
    """Every row checked with this mapping and these unit choices; nothing written."""
    found = layout.found
    return employee_import_preview.read_file(
        found.path,
        progress,
        mapping=mapping,
        sheet=found.sheet or None,
        default_unit=options.default_unit,
        create_units=options.create_under is not None,
        unit_parent=options.create_under,
        layout=found,
    )


def apply(preview: ImportPreview, progress: Any) -> ImportResult:
    return employee_import_apply.apply_import(preview, progress)


def remember(layout: Layout, mapping: dict[int, str]) -> None:
    layout_service.remember_mapping(layout.found, mapping)


def root_unit_id(units: Sequence[Any]) -> int | None:
    """The office's root unit: the first unit without a parent in the register."""
    ids = {u.id for u in units}
    roots = [u for u in units if u.parent_id not in ids]
    return roots[0].id if roots else None


# --- the preview's parts ------------------------------------------------------------------


def rows_of(preview: ImportPreview) -> list[ShownRow]:
    """The rows read and the rows set aside, by row number."""
    missing_words = {m: _tr(m) for r in preview.rows for m in r.missing}
    shown = [
        ShownRow(
            r.row,
            r.nip,
            r.name,
            _ACTIONS[r.action],
            tuple(messages.error_text(p) for p in r.problems),
            tuple(messages.error_text(w) for w in r.warnings),
            tuple(r.changes),
            tuple(missing_words[m] for m in r.missing),
        )
        for r in preview.rows
    ]
    shown += [ShownRow(s.row, "", s.name, SKIPPED, (_tr(s.reason),)) for s in preview.skipped]
    shown.sort(key=lambda r: r.row)
    return shown


def units_not_found(preview: ImportPreview) -> list[str]:
    return [u.name for u in preview.units_not_found]


def counts(preview: ImportPreview) -> Counts:
    return Counts(
        rows=len(preview.rows) + len(preview.skipped),
        new=preview.count(_Action.NEW),
        updated=preview.count(_Action.UPDATE),
        unchanged=preview.count(_Action.UNCHANGED),
        refused=preview.count(_Action.INVALID),
        skipped=len(preview.skipped),
    )


def incomplete(preview: ImportPreview) -> int:
    return preview.incomplete


def to_write(preview: ImportPreview | None) -> int:
    return preview.to_write if preview is not None else 0


def result_counts(result: ImportResult) -> dict[str, int]:
    return {
        "created": result.created,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "refused": result.skipped,
        "skipped": result.non_asn,
        "units_created": result.units_created,
        "incomplete": result.incomplete,
    }
