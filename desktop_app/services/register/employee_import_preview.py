"""The import preview of an employee file (impor data pegawai), step one of two.

HR keeps the register in Excel. `read_file` parses and validates every row (with the rules of
`employee_validation.validate`) and returns a preview that says, per row, new / update /
unchanged / invalid and why; `employee_import_apply.apply_import` then writes the valid rows in
ONE transaction, matching existing employees by NIP. Superiors are named by NIP, in the register
or in another row of the same file.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop_app.errors import ServiceError
from desktop_app.i18n import N_
from desktop_app.scoring import position_inference
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.nip import NipInfo
from desktop_app.scoring.reference import PositionType
from desktop_app.scoring.telephone import parse_telephone
from desktop_app.services.register import employee_validation
from desktop_app.services.register.completeness import missing_by_columns
from desktop_app.services.register.employee_cells import (
    StoredEmployee,
    nip_as_written,
    row_input,
    row_nip,
)
from desktop_app.services.register.employee_columns import (
    Progress,
    fail,
    header_of,
    is_blank,
    plain,
    problem,
)
from desktop_app.services.register.employee_file_reader import SkippedRow, Source, load_rows
from desktop_app.services.register.employee_import_links import check_links, mark_duplicates
from desktop_app.services.register.employee_import_register import (
    RegisterGraph,
    changes,
    stored_records,
)
from desktop_app.services.register.employee_validation import clean_text
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.register.import_layout import FileLayout
from desktop_app.services.register.import_rows import no_jenjang
from desktop_app.services.register.import_statuses import StatusesInForce, status_notice
from desktop_app.services.register.import_units import (
    UnitNotFound,
    UnitResolver,
    default_unit,
    unit_key,
)
from desktop_app.services.session import Action as SessionAction
from desktop_app.services.session import require


class Action(StrEnum):
    """What importing a row does."""

    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    INVALID = "invalid"


@dataclass(slots=True)  # 50,000 of them in a preview
class PreviewRow:
    """One data row of the file: its row number in the sheet, what importing it does, and the
    problems (translatable) that stop it. `changes` names the columns an update changes;
    `warnings` what a clerk should check although the row imports (an inferred jenis jabatan,
    a gelar split off, an ambiguous date, a birth date that contradicts the NIP, ...);
    `missing` the labels (completeness msgids) an imported record will still lack;
    `inferred` the field keys whose value was guessed."""

    row: int
    nip: str
    name: str
    action: Action
    problems: list[ServiceError] = field(default_factory=list)
    changes: tuple[str, ...] = ()
    warnings: list[ServiceError] = field(default_factory=list)
    missing: tuple[str, ...] = ()
    inferred: tuple[str, ...] = ()

    @property
    def incomplete(self) -> bool:
        return bool(self.missing)


@dataclass(frozen=True)
class ImportOptions:
    """The choices of the mapping step: the unit for rows without one (None: the office
    root), whether units named in the file and missing from the register are created, and
    under which unit (None: the office root)."""

    default_unit_id: int | None = None
    create_units: bool = False
    unit_parent_id: int | None = None


@dataclass
class ImportPreview:
    """What `read_file` found: every row with its action, problems and warnings, the rows
    skipped (non-ASN, with the reason), the units named but not in the register, and the
    layout and mapping read."""

    path: Path
    rows: list[PreviewRow]
    ignored_columns: list[str]
    source: Source = field(repr=False)
    skipped: list[SkippedRow] = field(default_factory=list)
    units_not_found: list[UnitNotFound] = field(default_factory=list)
    layout: FileLayout | None = None
    mapping: dict[int, str] = field(default_factory=dict)
    options: ImportOptions = ImportOptions()

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def to_write(self) -> int:
        """Rows that importing will add or change."""
        return sum(1 for r in self.rows if r.action in (Action.NEW, Action.UPDATE))

    @property
    def incomplete(self) -> int:
        """Rows that import as incomplete records (data belum lengkap)."""
        return sum(1 for r in self.rows if r.action != Action.INVALID and r.missing)

    @property
    def with_warnings(self) -> int:
        return sum(1 for r in self.rows if r.warnings)


@dataclass(slots=True)
class RowPlan:
    """A row on its way to the database: the input, what validate said, and the links by NIP."""

    index: int
    row: int
    nip: str  # 18 digits when the NIP could be cleaned, else the text as written
    data: EmployeeInput
    info: NipInfo | None
    existing: StoredEmployee | None
    links: dict[str, str | None]
    errors: dict[str, ServiceError] = field(default_factory=dict)
    action: Action = Action.INVALID
    changes: tuple[str, ...] = ()
    warnings: list[ServiceError] = field(default_factory=list)
    inferred: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)
    written_nip: str = ""  # the cell as the file holds it, shown when it is no NIP
    status_code: str = ""  # a kedudukan hukum to record from the import date (SIASN id)

    def missing(self) -> tuple[str, ...]:
        return missing_by_columns(
            self.data.grade,
            1 if clean_text(self.data.position_name) else None,
            self.data.unit_id,
            self.links.get("appraiser") or self.data.appraiser_id,
            no_jenjang=self.data.position_type == "FUNGSIONAL" and not self.data.jf_level,
        )

    def preview(self) -> PreviewRow:
        shown = self.info.formatted if self.info is not None else (self.nip or self.written_nip)
        return PreviewRow(
            row=self.row,
            nip=shown,
            name=" ".join(self.data.name.split()),
            action=self.action,
            problems=[
                e if k == "row" else problem(self.headers.get(k) or header_of(k), e)
                for k, e in self.errors.items()
            ]
            if self.errors
            else [],  # a problem of the whole row names no column
            changes=self.changes,
            warnings=self.warnings,  # the row's own list (evaluate_rows makes one per row)
            missing=self.missing(),
            inferred=self.inferred,
        )


def _telephone_as_stored(
    data: EmployeeInput, existing: StoredEmployee | None, warnings: list[ServiceError]
) -> EmployeeInput:
    """The telephone in the form the employee form stores ("+62 812-3456-7890"), without the
    apostrophe SIASN puts before it; the stored text is kept when it is the same number
    written another way (a re-import changes nothing); a text that is not an Indonesian number
    is kept as written, with a warning on the row (nothing typed is lost)."""
    text = data.phone.strip().lstrip("'").strip()
    if not text:
        return replace(data, phone="") if data.phone else data  # rare: only blank text
    try:
        stored = parse_telephone(text) or ""
    except RuleError:
        warnings.append(
            fail(
                N_(
                    "employee_io",
                    "The telephone '{text}' is not an Indonesian number: it is imported as "
                    "written; correct it in the employee form.",
                ),
                text=text,
            )
        )
        stored = text
    else:
        before = existing.data.phone if existing is not None else ""
        try:
            if before and parse_telephone(before) == stored:
                stored = before
        except RuleError:
            pass
    if stored == data.phone:
        return data
    changed = object.__new__(EmployeeInput)  # a shallow copy, 50,000 times: no replace()
    changed.__dict__.update(data.__dict__, phone=stored)
    return changed


def _unit_cells(
    cells: dict[str, Any],
    existing: StoredEmployee | None,
    resolver: UnitResolver,
    default_id: int,
    missing: dict[str, UnitNotFound],
    number: int,
    warnings: list[ServiceError],
) -> dict[str, Any]:
    """The row's unit: its code, else its name found in the register, else the default unit
    (with a warning when a name was not found); an existing record keeps its unit when the
    file names none. An empty golongan keeps the stored one too."""
    cells = dict(cells)
    if existing is not None and "grade" in cells and is_blank(cells["grade"]):
        del cells["grade"]
    name = " ".join(plain(cells.pop("unit_name", None)).split())
    if not is_blank(cells.get("unit")):
        return cells
    cells.pop("unit", None)
    if name:
        found = resolver.find(name)
        if found is not None:
            cells["unit_id"] = found
            return cells
        found = resolver.find_longer(name)
        if found is not None:
            cells["unit_id"] = found
            warnings.append(_unit_taken_as(name, resolver.names.get(found, "")))
            return cells
        entry = missing.setdefault(unit_key(name), UnitNotFound(name))
        entry.rows.append(number)
        if not entry.created:
            warnings.append(
                fail(
                    N_(
                        "employee_io",
                        "The unit '{name}' is not in the register: the employee goes to "
                        "{unit}. Let the import create the unit, or move the employee later.",
                    ),
                    name=name,
                    unit=resolver.names.get(default_id, ""),
                )
            )
    if existing is None or name:
        cells["unit_id"] = default_id
    return cells


def _keep_stored_jenjang(
    cells: dict[str, Any], existing: StoredEmployee, warnings: list[ServiceError]
) -> None:
    """A jabatan fungsional written without its jenjang ("Guru") for an employee stored with
    that jabatan and its jenjang ("Guru Ahli Muda"): the stored jabatan and jenjang stay (a
    re-import of a list without jenjang never clears what HR filled in)."""
    stored = existing.data
    if (
        cells.get("position_type") != PositionType.FUNGSIONAL.value
        or not is_blank(cells.get("jf_level"))
        or stored.position_type != PositionType.FUNGSIONAL.value
        or not stored.jf_level
    ):
        return
    name = plain(cells.get("position_name"))
    if position_inference.jf_base(name) != position_inference.jf_base(stored.position_name):
        return
    cells["position_name"] = stored.position_name
    cells["jf_level"] = stored.jf_level
    warning = no_jenjang(" ".join(name.split()))
    if warning in warnings:
        warnings.remove(warning)


@lru_cache(maxsize=256)
def _unit_taken_as(name: str, unit: str) -> ServiceError:
    """One warning per distinct unit name, shared by its rows (never raised, only shown)."""
    return fail(
        N_(
            "employee_io",
            "The unit '{name}' was taken as the register's unit '{unit}' (the same name, "
            "written longer): check it.",
        ),
        name=name,
        unit=unit,
    )


def evaluate_rows(
    source: Source,
    progress: Progress | None = None,
    exclude: frozenset[int] = frozenset(),
    options: ImportOptions = ImportOptions(),
    units_found: list[UnitNotFound] | None = None,
) -> list[RowPlan]:
    """Validate every row against the register and the other rows of the file.

    Rows in `exclude` (indices) count as invalid: `apply_import` leaves out what the preview
    showed as invalid even if it has become valid since. Units named in the file but not in
    the register are added to `units_found` (marked `created` with `options.create_units`).
    """
    graph = RegisterGraph()
    index_ = employee_validation.RegisterIndex.load()
    resolver = UnitResolver.load()
    unit_ids = resolver.by_code
    needs_default = any(is_blank(cells.get("unit")) for _, cells in source.rows)
    default_id = default_unit(resolver, options.default_unit_id) if needs_default else 0
    missing_units: dict[str, UnitNotFound] = {}
    if options.create_units:
        parent = options.unit_parent_id if options.unit_parent_id is not None else resolver.root_id
        for _, cells in source.rows:
            name = " ".join(plain(cells.get("unit_name")).split())
            if (
                name
                and is_blank(cells.get("unit"))
                and resolver.find(name) is None
                and resolver.find_longer(name) is None
            ):
                missing_units.setdefault(unit_key(name), UnitNotFound(name, created=True))
        if missing_units and parent is not None:
            default_id = default_id or parent
    extras = source.extras or [None] * len(source.rows)
    nips = [
        extra.nip[1].nip if extra is not None and extra.nip is not None else row_nip(cells)
        for extra, (_, cells) in zip(extras, source.rows, strict=True)
    ]  # the NIP normalise() parsed, else the cell cleaned
    stored = stored_records(nips, graph)
    statuses = StatusesInForce.load(today := dt.date.today())
    total = len(source.rows)
    plans: list[RowPlan] = []
    for index, (number, raw_cells) in enumerate(source.rows):
        digits = nips[index]
        existing = stored.get(digits)
        extra = extras[index]
        warnings = list(extra.warnings) if extra is not None else []
        cells = _unit_cells(
            raw_cells, existing, resolver, default_id, missing_units, number, warnings
        )
        if existing is not None:
            _keep_stored_jenjang(cells, existing, warnings)
        data, links, errors = row_input(cells, existing, unit_ids)
        data = _telephone_as_stored(data, existing, warnings)
        unlinked = (
            data
            if data.supervisor_id is None and data.appraiser_id is None
            else replace(data, supervisor_id=None, appraiser_id=None)
        )  # the links by NIP are checked against the file below
        info, found = employee_validation.validate(
            unlinked,
            existing.id if existing else None,
            index=index_,
            allow_incomplete=True,
            known_nip=extra.nip if extra is not None else None,
            today=today,
        )
        if extra is not None:
            for key, error in extra.problems.items():
                errors.setdefault(key, error)
        for key, error in found.items():
            errors.setdefault(key, error)
        if index in exclude:
            errors.setdefault(
                "row",
                fail(N_("employee_io", "The row had problems in the preview.")),
            )
        plan = RowPlan(index, number, digits, data, info, existing, links, errors)
        plan.warnings = warnings
        plan.inferred = tuple(extra.inferred) if extra is not None else ()
        plan.headers = source.headers
        if not digits:
            plan.written_nip = nip_as_written(raw_cells.get("nip"))
        code = cells.get("employment_status")
        if code:
            plan.status_code = statuses.to_record(code, existing.id if existing else None)
            if plan.status_code:
                warnings.append(status_notice(code, today))
            else:
                warnings.extend(statuses.warnings_of(code, existing.id if existing else None))
        plans.append(plan)
        if progress is not None and (index + 1) % 200 == 0:
            progress(index + 1, total)
    mark_duplicates(plans)
    check_links(plans, graph)
    for plan in plans:
        if plan.errors or plan.info is None:
            plan.action = Action.INVALID
        elif plan.existing is None:
            plan.action = Action.NEW
        else:
            plan.changes = changes(plan)
            if plan.status_code:
                plan.changes += (plan.headers.get("legal_status") or header_of("legal_status"),)
            plan.action = Action.UPDATE if plan.changes else Action.UNCHANGED
    if progress is not None:
        progress(total, total)
    if units_found is not None:
        units_found.extend(missing_units.values())
    return plans


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """The cycle collector paused while a file's rows are built: 50,000 rows make millions of
    objects, none of them in a cycle, and the collector would walk them all again and again
    (a quarter of the preview's time). It runs as usual afterwards; the objects made meanwhile
    go straight to the oldest generation (freeze, unfreeze), not through one long sweep."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def read_file(
    path: str | Path,
    progress: Progress | None = None,
    *,
    mapping: Mapping[int, str] | None = None,
    sheet: str | None = None,
    default_unit: int | None = None,
    create_units: bool = False,
    unit_parent: int | None = None,
    layout: FileLayout | None = None,
) -> ImportPreview:
    """Parse and validate a .xlsx or .csv file; nothing is written.

    `mapping` (column index -> field key, `import_layout`) replaces the automatic mapping;
    `sheet` the sheet with the most recognised headers; `default_unit` (a unit id) receives
    the rows without a unit (default: the office root); with `create_units` the units named
    in the file and not in the register are created under `unit_parent` (default: the root)
    when the import is applied. `layout` is the one `detect_layout` gave (read again if None).

    Raises InputError for problems with the file as a whole (not readable, too big, a special
    file, NIP or name not mapped); problems and warnings of single rows are in the preview.
    """
    require(SessionAction.WRITE_REGISTER)
    path = Path(path)
    with without_cycle_collection():
        source, ignored = load_rows(path, progress, mapping=mapping, sheet=sheet, layout=layout)
        options = ImportOptions(default_unit, create_units, unit_parent)
        units_found: list[UnitNotFound] = []
        plans = evaluate_rows(source, progress, options=options, units_found=units_found)
        shown = [p.preview() for p in plans]
    return ImportPreview(
        path,
        shown,
        ignored,
        source,
        skipped=list(source.skipped),
        units_not_found=units_found,
        layout=source.layout,
        mapping=dict(source.mapping),
        options=options,
    )
