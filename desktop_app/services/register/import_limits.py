"""The limits of a register file read for import, and the refusals that name them.

Outside input is hostile: a 1.5 MB workbook may inflate to gigabytes, a `.csv` may be a link to
`/dev/zero` or a pipe. So the file is opened once, without blocking, and must be a regular file
of at most `MAX_BYTES`; an xlsx's members at most `MAX_UNCOMPRESSED` inflated; every cell at
most `MAX_CELL_CHARS` characters, a sheet at most `MAX_COLUMNS` columns and `MAX_SHEET_ROWS`
rows. The readers (`import_csv`, `import_xlsx`, `import_xlsx_fast`) read the limits from this
module at call time, so a test can lower one.

A refusal names what the clerk sees: the sheet and cell of a workbook, the file of a CSV (a CSV
has no sheet).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from desktop_app.errors import InputError
from desktop_app.i18n import N_

MAX_BYTES = 50 * 1024 * 1024  # the file on disk
MAX_UNCOMPRESSED = 400 * 1024 * 1024  # all members of an xlsx, inflated
MAX_MEMBERS = 2_000
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_COLUMNS = 1_000
MAX_SHEET_ROWS = 1_048_576  # Excel's last row; blank rows count
MAX_SHARED_STRINGS = 2_000_000
READ = 64 * 1024


def fail(msgid: str, **params: Any) -> InputError:
    return InputError(msgid, "employee_io", **params)


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. A device, a pipe, a socket or a
    link to one is refused without reading from it (opened non-blocking, checked on the
    handle)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        raise fail(
            N_("employee_io", "The file {name} could not be opened: {reason}"),
            name=path.name,
            reason=err.strerror or str(err),
        ) from err
    try:
        info = os.fstat(fd)
        regular = stat.S_ISREG(info.st_mode)
    except OSError:
        regular = False
    if not regular:
        os.close(fd)
        raise fail(
            N_(
                "employee_io",
                "{name} is not an ordinary file (it is a device, a pipe or a link to "
                "one): save the data as an .xlsx or .csv file and import that.",
            ),
            name=path.name,
        )
    with os.fdopen(fd, "rb", buffering=0) as handle:
        if info.st_size > limit:
            raise too_big(path, info.st_size, limit)
        chunks: list[bytes] = []
        total = 0
        while chunk := handle.read(READ):
            total += len(chunk)
            if total > limit:  # the file grew while read, or lied about its size
                raise too_big(path, total, limit)
            chunks.append(chunk)
    return b"".join(chunks)


def too_big(path: Path, size: int, limit: int) -> InputError:
    return fail(
        N_(
            "employee_io",
            "The file {name} is {size} MB; files up to {limit} MB can be imported. "
            "Split it into smaller files.",
        ),
        name=path.name,
        size=round(size / 1024 / 1024, 1),
        limit=round(limit / 1024 / 1024, 1) if limit % (1024 * 1024) else limit // 1024 // 1024,
    )


def broken_file(path: Path, reason: str) -> InputError:
    return fail(
        N_(
            "employee_io",
            "The file {name} could not be read ({reason}). Open it in Excel and save it again "
            "as an Excel workbook (.xlsx) or CSV.",
        ),
        name=path.name,
        reason=reason,
    )


def inflates_too_much(path: Path) -> InputError:
    return fail(
        N_(
            "employee_io",
            "The workbook {name} unpacks to more than {limit} MB: it holds far more than a "
            "staff list. Copy the staff rows into a new workbook and import that.",
        ),
        name=path.name,
        limit=MAX_UNCOMPRESSED // 1024 // 1024,
    )


def cell_too_long(sheet: str, where: str, length: int) -> InputError:
    """A workbook cell over the limit, by sheet and cell reference."""
    return fail(
        N_(
            "employee_io",
            "A cell of sheet {sheet} ({cell}) holds more than {limit} characters ({length}): "
            "no register value is that long. Remove it and save the file again.",
        ),
        sheet=sheet,
        cell=where,
        limit=MAX_CELL_CHARS,
        length=length,
    )


def csv_cell_too_long(path: Path, where: str, length: int) -> InputError:
    """A CSV cell over the limit, by file name and cell reference."""
    return fail(
        N_(
            "employee_io",
            "A cell of the file {name} ({cell}) holds more than {limit} characters ({length}): "
            "no register value is that long. Remove it and save the file again.",
        ),
        name=path.name,
        cell=where,
        limit=MAX_CELL_CHARS,
        length=length,
    )


def too_many_columns(sheet: str, row: int, count: int) -> InputError:
    return fail(
        N_(
            "employee_io",
            "Row {row} of sheet {sheet} has {count} columns; at most {limit} can be read. "
            "Delete the empty columns at the right and save the file again.",
        ),
        sheet=sheet,
        row=row,
        count=count,
        limit=MAX_COLUMNS,
    )


def csv_too_many_columns(path: Path, row: int, count: int) -> InputError:
    return fail(
        N_(
            "employee_io",
            "Row {row} of the file {name} has {count} columns; at most {limit} can be read. "
            "Delete the empty columns at the right and save the file again.",
        ),
        name=path.name,
        row=row,
        count=count,
        limit=MAX_COLUMNS,
    )


def too_many_rows(sheet: str) -> InputError:
    return fail(
        N_(
            "employee_io",
            "Sheet {sheet} has more than {limit} rows (empty ones included): delete the "
            "empty rows below the data and save the file again.",
        ),
        sheet=sheet,
        limit=MAX_SHEET_ROWS,
    )


def csv_too_many_rows(path: Path) -> InputError:
    return fail(
        N_(
            "employee_io",
            "The file {name} has more than {limit} rows (empty ones included): delete the "
            "empty rows below the data and save the file again.",
        ),
        name=path.name,
        limit=MAX_SHEET_ROWS,
    )


def cell_ref(row: int, index: int) -> str:
    return f"{column_letter(index)}{row}"


def column_letter(index: int) -> str:
    """Spreadsheet column letters of a 0-based index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """The 0-based index of spreadsheet column letters (A -> 0, AA -> 26)."""
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index - 1
