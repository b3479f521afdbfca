"""Export of the employee register to .xlsx or .csv, and the blank import template.

Exports write the columns of the import, so an exported file imports again as "unchanged".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from peewee import JOIN

from desktop_app.i18n import N_
from desktop_app.models import Employee, Position, Unit
from desktop_app.scoring import reference
from desktop_app.scoring.nip import display_nip
from desktop_app.scoring.reference import Gender, JfLevel, PositionType
from desktop_app.services.register import units
from desktop_app.services.register.employee_columns import (
    CHUNK,
    COLUMNS,
    HELP_SHEET,
    IMPORT_COLUMNS,
    NIP_FIELDS,
    POSITION_LABELS,
    SHEET,
    STATUS_ACTIVE,
    STATUS_INACTIVE,
    Column,
    Progress,
    column_letter,
    fail,
)
from desktop_app.services.register.employee_file_reader import MAX_ROWS
from desktop_app.services.session import Action as SessionAction
from desktop_app.services.session import require
from desktop_app.services.xlsx import atomic_file, csv_writer, text_sheet


def _label(describe: Callable[[str], str], code: str | None) -> str:
    """The label HR reads for a stored code; the code itself if it is not known."""
    if not code:
        return ""
    try:
        return describe(code)
    except (ValueError, KeyError):
        return code


def _export_records(employee_ids: Sequence[int]) -> Iterator[dict[str, Any]]:
    sup = Employee.alias("sup")
    appr = Employee.alias("appr")
    by_id: dict[int, tuple[Any, ...]] = {}
    wanted = list(dict.fromkeys(employee_ids))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        query = (
            Employee.select(
                Employee.id,
                Employee.nip,
                Employee.kind,
                Employee.front_title,
                Employee.name,
                Employee.back_title,
                Employee.birth_place,
                Employee.birth_date,
                Employee.gender,
                Employee.grade,
                Employee.grade_since,
                Position.name,
                Position.position_type,
                Position.jf_level,
                Position.echelon,
                Employee.position_since,
                Unit.code,
                Unit.name,
                sup.nip,
                appr.nip,
                Employee.active,
                Employee.inactive_reason,
                Employee.phone,
                Employee.email,
                Employee.pns_id,
            )
            .join(Unit, on=(Employee.unit == Unit.id))
            .switch(Employee)
            .join(Position, JOIN.LEFT_OUTER, on=(Employee.position == Position.id))
            .switch(Employee)
            .join(sup, JOIN.LEFT_OUTER, on=(Employee.supervisor == sup.id))
            .switch(Employee)
            .join(appr, JOIN.LEFT_OUTER, on=(Employee.appraiser == appr.id))
            .where((Employee.id.in_(chunk)) & (Employee.deleted == False))
            .tuples()
        )
        for r in query:
            by_id[r[0]] = r
    for emp_id in employee_ids:
        r = by_id.get(emp_id)
        if r is None:
            continue
        yield {
            "nip": r[1],
            "kind": r[2],
            "front_title": r[3],
            "name": r[4],
            "back_title": r[5],
            "birth_place": r[6],
            "birth_date": r[7],
            "gender": _label(lambda v: Gender(v).label, r[8]),
            "grade": r[9],
            "grade_since": r[10],
            "position_name": r[11] or "",
            "position_type": _label(lambda v: POSITION_LABELS[PositionType(v)], r[12]),
            "jf_level": _label(lambda v: JfLevel(v).label, r[13]),
            "echelon": _label(lambda v: reference.echelon(v).label, r[14]),
            "position_since": r[15],
            "unit": r[16],
            "unit_name": r[17],
            "supervisor": r[18] or "",
            "appraiser": r[19] or "",
            "active": STATUS_ACTIVE if r[20] else STATUS_INACTIVE,
            "inactive_reason": r[21] if not r[20] else "",
            "phone": r[22],
            "email": r[23],
            "pns_id": r[24],
        }


def _export_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise fail(
            N_("employee_io", "Export to a file ending in .xlsx or .csv, not {name}."),
            name=path.name,
        )
    return suffix


def export_employees(
    path: str | Path, employee_ids: Sequence[int], progress: Progress | None = None
) -> int:
    """Write the given employees, in the given order, to .xlsx or .csv (by the extension);
    returns the number of rows written. Streams, so 50,000 employees are fine. Only roles
    that may read the whole register may export it."""
    require(SessionAction.READ_ALL)
    path = Path(path)
    suffix = _export_format(path)
    records = _export_records(employee_ids)
    with atomic_file(path) as part:
        if suffix == ".csv":
            count = _write_csv(part, records, len(employee_ids), progress)
        else:
            count = _write_xlsx(part, records, len(employee_ids), progress)
    return count


def _write_csv(
    part: Path, records: Iterable[dict[str, Any]], total: int, progress: Progress | None
) -> int:
    """Semicolon-separated UTF-8 with BOM, as Indonesian Excel expects. NIPs are written grouped
    with spaces, so Excel keeps them as text instead of rounding them to 15 digits."""
    count = 0
    with part.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv_writer(fh, delimiter=";")
        writer.writerow([c.header for c in COLUMNS])
        for record in records:
            row = []
            for column in COLUMNS:
                value = record[column.field]
                if column.field in NIP_FIELDS and value:
                    value = display_nip(value)
                elif isinstance(value, dt.date):
                    value = value.isoformat()
                row.append("" if value is None else value)
            writer.writerow(row)
            count += 1
            if progress is not None and count % CHUNK == 0:
                progress(count, total)
    return count


def _write_xlsx(
    part: Path, records: Iterable[dict[str, Any]], total: int, progress: Progress | None
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = text_sheet(book, SHEET)
    _prepare_sheet(sheet, COLUMNS)
    sheet.append(_header_cells(sheet, COLUMNS))
    count = 0
    for record in records:
        row: list[Any] = []
        for column in COLUMNS:
            value = record[column.field]
            if not value and value != 0:
                row.append(None)
            elif column.field in (*NIP_FIELDS, "pns_id") or (
                isinstance(value, str) and value[0] == "="
            ):
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # text, never a number or a formula
                cell.number_format = "@"
                row.append(cell)
            elif isinstance(value, dt.date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "DD-MM-YYYY"
                row.append(cell)
            else:
                row.append(value)
        sheet.append(row)
        count += 1
        if progress is not None and count % CHUNK == 0:
            progress(count, total)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"
    book.save(part)
    return count


def _prepare_sheet(sheet: Any, columns: Sequence[Column]) -> None:
    from openpyxl.utils import get_column_letter

    sheet.freeze_panes = "A2"
    for index, column in enumerate(columns, 1):
        dimension = sheet.column_dimensions[get_column_letter(index)]
        dimension.width = column.width
        if column.field in (*NIP_FIELDS, "pns_id"):
            dimension.number_format = "@"


def _header_cells(sheet: Any, columns: Sequence[Column]) -> list[Any]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    cells = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font = Font(bold=True, italic=column.informative)
        colour = "FCE4D6" if column.required else ("EDEDED" if column.informative else "DDEBF7")
        cell.fill = PatternFill("solid", fgColor=colour)
        cells.append(cell)
    return cells


def _same(context: str, text: str) -> str:
    return text


def write_template(path: str | Path, translate: Callable[[str, str], str] = _same) -> None:
    """A blank import file: the "Pegawai" sheet with the header row (required columns shaded)
    and a "Petunjuk" sheet explaining each column with the valid values and this office's unit
    codes. `translate(context, text)` puts the instructions in the user's language."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")

    def t(text: str) -> str:
        return translate("employee_io", text)

    book = Workbook(write_only=True)
    sheet = text_sheet(book, SHEET)
    _prepare_sheet(sheet, IMPORT_COLUMNS)
    lists = {
        "kind": ["PNS", "PPPK"],
        "position_type": list(POSITION_LABELS.values()),
        "jf_level": [level.label for level in JfLevel],
        "echelon": [e.label for e in reference.ECHELONS],
        "active": [STATUS_ACTIVE, STATUS_INACTIVE],
    }
    for index, column in enumerate(IMPORT_COLUMNS):
        if column.field in lists:
            rule = DataValidation(
                type="list",
                formula1='"' + ",".join(lists[column.field]) + '"',
                allow_blank=True,
                showErrorMessage=True,
                errorStyle="warning",
            )
            letter = column_letter(index)
            rule.add(f"{letter}2:{letter}{MAX_ROWS + 1}")
            sheet.data_validations.append(rule)
    sheet.append(_header_cells(sheet, IMPORT_COLUMNS))

    bold = Font(bold=True)
    title = Font(bold=True, size=14)
    shade = PatternFill("solid", fgColor="DDEBF7")
    help_sheet = text_sheet(book, HELP_SHEET)
    for letter, width in zip("ABCD", (24, 10, 80, 22), strict=True):
        help_sheet.column_dimensions[letter].width = width

    def line(*values: Any, font: Any = None, fill: Any = None) -> None:
        from openpyxl.cell import WriteOnlyCell

        cells = []
        for value in values:
            cell = WriteOnlyCell(help_sheet, value=value)
            cell.data_type = "s"
            if font is not None:
                cell.font = font
            if fill is not None:
                cell.fill = fill
            cells.append(cell)
        help_sheet.append(cells)

    line(t("How to fill in the employee import file"), font=title)
    for note in (
        N_(
            "employee_io",
            "Fill in one row per employee on the sheet Pegawai. Keep the first row with the "
            "column names; the shaded columns (NIP / NI PPPK, Nama) are required. A row "
            "without Golongan, Jabatan or NIP Pejabat Penilai is imported as incomplete (Data "
            "belum lengkap); a row without Kode Unit goes to the unit chosen for the import.",
        ),
        N_(
            "employee_io",
            "Before anything is saved the app shows every row with its problems. After you "
            "confirm, either all valid rows are saved or none.",
        ),
        N_(
            "employee_io",
            "Importing again updates the employees with the same NIP. Columns left out of "
            "the file keep their values; empty cells clear them.",
        ),
    ):
        line(t(note))
    line()
    line(t("Column"), t("Required"), t("What to write"), t("Example"), font=bold, fill=shade)
    for column in IMPORT_COLUMNS:
        line(
            column.header,
            t("yes") if column.required else "",
            t(column.help) if column.help else "",
            column.example,
        )
    sections: list[tuple[str, list[tuple[str, str]]]] = [
        (
            N_("employee_io", "Golongan PNS"),
            [(g.code, g.rank or "") for g in reference.PNS_GRADES],
        ),
        (N_("employee_io", "Golongan PPPK"), [(g.code, "") for g in reference.PPPK_GRADES]),
        (
            N_("employee_io", "Jenis Jabatan"),
            [(label, ptype.label) for ptype, label in POSITION_LABELS.items()],
        ),
        (N_("employee_io", "Jenjang JF"), [(level.label, "") for level in JfLevel]),
        (
            N_("employee_io", "Eselon"),
            [(e.label, e.code) for e in reference.ECHELONS],
        ),
        (
            N_("employee_io", "Unit codes of this office"),
            [(u.code, u.name) for u in units.list_units()],
        ),
    ]
    for heading, entries in sections:
        line()
        line(t(heading), font=bold, fill=shade)
        for code, label in entries:
            line(code, "", label)
    with atomic_file(path) as part:
        book.save(part)
