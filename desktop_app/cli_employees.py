"""The register commands of the command line (issue 19, point 9): `employees import FILE`,
`employees export --out FILE` and `employees template --out FILE`.

`employees import` reads the file with the automatic mapping (or the `--map "HEADER=field"`
changes), previews it and, unless `--dry-run`, writes the valid rows in one transaction; units
named in the file and missing from the register are created with `--create-units`, under the
main unit or the `--units-parent CODE`. With
`--json` it prints one JSON object on stdout (the integer counts `rows`, `new`, `updated`,
`unchanged`, `refused`, `skipped`, `incomplete`, the `mapping`, and the refused, skipped and
incomplete rows with their reasons). Exit 0 when the file was read (even with refused rows),
2 when the file itself cannot be used, with the reason on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from desktop_app.errors import InputError

AddDb = Callable[[argparse.ArgumentParser], None]
Opener = Callable[[argparse.Namespace], None]

_opener: list[Opener] = []


def add_commands(sub, add_db: AddDb, opener: Opener) -> None:  # type: ignore[no-untyped-def]
    """Add `employees import|export|template` to the main parser (`opener` opens --db)."""
    _opener[:] = [opener]
    employees = sub.add_parser("employees", help="the employee register (Pegawai): import, export")
    employees_sub = employees.add_subparsers(
        dest="employees_command", required=True, parser_class=type(employees)
    )
    imp = employees_sub.add_parser(
        "import",
        help="import a staff list (.xlsx or .csv: our template, SIASN, SIMPEG, e-Kinerja, ...)",
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="preview only, write nothing")
    imp.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the best one)")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=field",
        help="map a column (by its header or letter) to a field, or to '-' to ignore it; "
        "repeatable. Fields: " + ", ".join(_field_keys()),
    )
    imp.add_argument(
        "--default-unit",
        metavar="CODE",
        help="unit code for rows without a unit (default: the office's main unit)",
    )
    imp.add_argument(
        "--create-units",
        action="store_true",
        help="create the units the file names and the register lacks (under the main unit)",
    )
    imp.add_argument(
        "--units-parent",
        metavar="CODE",
        help="with --create-units: the unit code the created units go under "
        "(default: the office's main unit)",
    )
    imp.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    add_db(imp)
    imp.set_defaults(handler=_cmd_import)

    export = employees_sub.add_parser("export", help="write the register to .xlsx or .csv")
    export.add_argument("--out", required=True, metavar="FILE")
    add_db(export)
    export.set_defaults(handler=_cmd_export)

    template = employees_sub.add_parser("template", help="write a blank import template (.xlsx)")
    template.add_argument("--out", required=True, metavar="FILE")
    add_db(template)
    template.set_defaults(handler=_cmd_template)


def _field_keys() -> list[str]:
    from desktop_app.services.register.import_synonyms import TARGET_FIELDS

    return [f.key for f in TARGET_FIELDS]


def _unit_id(code: str | None) -> int | None:
    if not code:
        return None
    from desktop_app.models import Unit

    found = (
        Unit.select(Unit.id)
        .where((Unit.code == code.strip().upper()) & (Unit.deleted == False))
        .tuples()
        .first()
    )
    if found is None:
        raise InputError("there is no unit with the code {code}", code=code)
    return int(found[0])


def _texts(errors: list[Any]) -> list[str]:
    return [str(e) for e in errors]


def _cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop_app.services.register import import_layout
    from desktop_app.services.register.employee_import_apply import apply_import
    from desktop_app.services.register.employee_import_preview import Action, read_file

    _opener[0](args)
    path = Path(args.file).expanduser()
    default_unit = _unit_id(args.default_unit)
    if args.units_parent and not args.create_units:
        raise InputError("--units-parent names where --create-units puts new units: add both")
    units_parent = _unit_id(args.units_parent)
    layout = import_layout.detect_layout(path, args.sheet)
    mapping = import_layout.mapping_from_pairs(layout, args.map) if args.map else None
    preview = read_file(
        path,
        mapping=mapping,
        sheet=layout.sheet or None,
        default_unit=default_unit,
        create_units=args.create_units,
        unit_parent=units_parent,
        layout=layout,
    )
    counts = {
        "new": preview.count(Action.NEW),
        "updated": preview.count(Action.UPDATE),
        "unchanged": preview.count(Action.UNCHANGED),
    }
    units_created = 0
    if not args.dry_run:
        result = apply_import(preview)
        counts = {"new": result.created, "updated": result.updated, "unchanged": result.unchanged}
        units_created = result.units_created
        if args.map:
            import_layout.remember_mapping(layout, preview.mapping)
    report = _report(preview, counts, args.dry_run, units_created)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_report(report)
    return 0


def _report(
    preview: Any, counts: dict[str, int], dry_run: bool, units_created: int
) -> dict[str, Any]:
    from desktop_app.services.register.employee_import_preview import Action

    layout = preview.layout
    headers = {c.index: (c.header or c.letter) for c in layout.columns} if layout else {}
    refused = [r for r in preview.rows if r.action == Action.INVALID]
    valid = [r for r in preview.rows if r.action != Action.INVALID]
    return {
        "file": str(preview.path),
        "sheet": layout.sheet if layout else "",
        "header_row": layout.header_row if layout else 0,
        "header_depth": layout.header_depth if layout else 0,
        "dry_run": dry_run,
        "rows": len(preview.rows) + len(preview.skipped),
        **counts,
        "refused": len(refused),
        "skipped": len(preview.skipped),
        "incomplete": sum(1 for r in valid if r.missing),
        "warnings": sum(len(r.warnings) for r in preview.rows),
        "units_created": units_created,
        "mapping": {headers.get(i, str(i)): key for i, key in sorted(preview.mapping.items())},
        "ignored_columns": list(preview.ignored_columns),
        "units_not_found": [
            {"name": u.name, "rows": u.rows, "created": u.created and not dry_run}
            for u in preview.units_not_found
        ],
        "refused_rows": [
            {"row": r.row, "nip": r.nip, "name": r.name, "reasons": _texts(r.problems)}
            for r in refused
        ],
        "skipped_rows": [
            {"row": s.row, "name": s.name, "reason": s.reason} for s in preview.skipped
        ],
        "incomplete_rows": [
            {"row": r.row, "nip": r.nip, "name": r.name, "missing": list(r.missing)}
            for r in valid
            if r.missing
        ],
        "warning_rows": [
            {"row": r.row, "nip": r.nip, "warnings": _texts(r.warnings)}
            for r in preview.rows
            if r.warnings
        ],
    }


def _print_report(report: dict[str, Any]) -> None:
    where = f"sheet {report['sheet']}, " if report["sheet"] else ""
    print(f"read {report['file']} ({where}header row {report['header_row']})")
    print("columns: " + ", ".join(f"{h} -> {k}" for h, k in report["mapping"].items()))
    if report["ignored_columns"]:
        print("not imported: " + ", ".join(report["ignored_columns"]))
    verb = "would be" if report["dry_run"] else "were"
    print(
        f"{report['rows']} row(s): {report['new']} new, {report['updated']} updated, "
        f"{report['unchanged']} unchanged, {report['refused']} refused, "
        f"{report['skipped']} skipped (not ASN); {report['incomplete']} incomplete "
        f"record(s) {verb} imported"
    )
    for unit in report["units_not_found"]:
        state = "created" if unit["created"] else "not in the register"
        print(f"unit '{unit['name']}' ({len(unit['rows'])} row(s)): {state}")
    for row in report["refused_rows"]:
        print(f"row {row['row']} refused: " + "; ".join(row["reasons"]))
    for row in report["skipped_rows"]:
        print(f"row {row['row']} skipped: {row['reason']}")
    for row in report["warning_rows"]:
        print(f"row {row['row']} check: " + "; ".join(row["warnings"]))
    for row in report["incomplete_rows"]:
        print(f"row {row['row']} incomplete: " + ", ".join(row["missing"]))


def _cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop_app.models import Employee
    from desktop_app.services.register.employee_export import export_employees

    _opener[0](args)
    out = Path(args.out).expanduser().resolve()
    if not out.parent.is_dir():
        raise InputError("the folder of --out does not exist: {path}", path=str(out.parent))
    ids = [
        i
        for (i,) in Employee.select(Employee.id)
        .where(Employee.deleted == False)
        .order_by(Employee.name, Employee.id)
        .tuples()
    ]
    count = export_employees(out, ids)
    print(f"{count} employee(s) written: {out}")
    return 0


def _cmd_template(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop_app.services.register.employee_export import write_template

    _opener[0](args)
    out = Path(args.out).expanduser().resolve()
    if not out.parent.is_dir():
        raise InputError("the folder of --out does not exist: {path}", path=str(out.parent))
    if out.suffix.lower() != ".xlsx":
        raise InputError("the template is an Excel workbook: give --out a name ending in .xlsx")
    write_template(out)
    print(f"template written: {out}")
    return 0
