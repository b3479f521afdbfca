"""The whole of a plain worksheet read by calamine (`python-calamine`, Rust): fifteen times
faster than the expat reader of `import_xlsx`, which a 50,000-row staff list needs (issue 19:
a preview in at most 10 s).

calamine inflates and parses by itself, so the limits are held BEFORE it parses: every member
is inflated once through `import_xlsx.Limited` (the declared sizes and `MAX_UNCOMPRESSED`
enforced while inflating, as for expat) and the sheet and shared strings are scanned as bytes:
row and column references within the limits, a dense area calamine can hold, no text run
longer than a cell may be, no DTD. A sheet that is not plain -- a formula (whose saved value
must be checked), an error or ISO-date cell, a cell without a reference, anything at or over a
limit -- returns None and is read by expat, which gives the exact refusal. Cell lengths are
checked again on the values calamine returns (rich text joins several runs).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from desktop_app.errors import InputError
from desktop_app.services.register import import_limits as limits
from desktop_app.services.register.import_xlsx import XlsxBook, from_excel

FAST_MAX_BYTES = 150 * 1024 * 1024  # the sheet and shared strings, inflated
FAST_MAX_CELLS = 4_000_000  # the dense area (rows x columns) calamine holds
_SCAN = 1024 * 1024

Row = tuple[int, list[Any]]

# Byte scans at C speed (a regex with a literal prefix, `in`, `count`): a 38 MB sheet in well
# under a second. Whatever they cannot vouch for sends the sheet to expat.
_NOT_PLAIN = (b"<!", b't="e"', b't="d"', b"<c>")  # DTD or CDATA, error, ISO date
_FORMULA = re.compile(rb"<f[\s/>]")
_CELL_WITHOUT_REF = re.compile(rb'<c (?!r=")')
_COLUMN = re.compile(rb'<c r="([A-Z]{1,3})')
_ROW_NUMBER = re.compile(rb'<row r="(\d{1,9})"')
_PARTS = ("xl/workbook.xml", "xl/styles.xml")  # what calamine parses besides the sheet
_BLOCK = 16 * 1024  # a text run of MAX_CELL_CHARS holds a whole aligned block without "<"


class _Scan:
    """What the byte scan of one member found."""

    def __init__(self, sheet: bool) -> None:
        self.sheet = sheet
        self.plain = True
        self.default_namespace = not sheet  # the sheet's elements carry no prefix
        self.rows = self.strings = self.max_row = self.max_cell_row = 0
        self.columns: set[bytes] = set()

    def height(self) -> int:
        """The last row calamine may place a cell in: exact for rows and for cells below
        every row of as many digits; else up to the largest number of that many digits."""
        top = max(self.max_row, self.rows)
        return max(10 ** len(str(top)) - 1, self.max_cell_row)

    def count(self, part: bytes, long_run: int) -> None:
        if any(marker in part for marker in _NOT_PLAIN) or _FORMULA.search(part):
            self.plain = False
            return
        blocks = range(0, len(part), _BLOCK)
        if any(part.find(b"<", at, at + _BLOCK) < 0 for at in blocks) and re.search(
            rb"[^<]{%d}" % long_run, part
        ):  # the slow search only when a block has no "<"
            self.plain = False
            return
        if not self.sheet:
            self.strings += part.count(b"<si>") + part.count(b"<si ")
            return
        if b"<sheetData" in part:
            self.default_namespace = True
        if _CELL_WITHOUT_REF.search(part):
            self.plain = False
            return
        self.rows += part.count(b"<row")
        numbers = _ROW_NUMBER.findall(part)
        if numbers:
            self.max_row = max(self.max_row, max(map(int, numbers)))
        self.columns.update(_COLUMN.findall(part))
        digits = len(str(max(self.max_row, self.rows))) + 1
        below = re.findall(rb'<c r="[A-Z]{1,3}(\d{%d,9})"' % digits, part)
        if below:
            self.max_cell_row = max(self.max_cell_row, max(map(int, below)))


def _scan(book: XlsxBook, member: str, sheet: bool, long_run: int) -> _Scan:
    """Inflate a member through the limits; for the sheet and shared strings, count in bytes
    what calamine would build. Raises the refusals of `import_xlsx` (too big, broken)."""
    found = _Scan(sheet)
    carry = b""
    try:
        stream = book.stream(member)
        while True:
            chunk = stream.read(_SCAN)
            buffer = carry + chunk if carry else chunk
            cut = buffer.rfind(b">") + 1 if chunk else len(buffer)
            part, carry = buffer[:cut], buffer[cut:]
            if found.plain and part:
                found.count(part, long_run)
            if len(carry) > 4 * limits.MAX_CELL_CHARS + 1024:
                found.plain = False
                carry = b""
            if not chunk:
                return found
    except (zipfile.BadZipFile, OSError, EOFError) as err:
        raise limits.broken_file(book.path, f"{member}: {err}") from err


def _sheet_fits(scan: _Scan) -> bool:
    if not scan.plain or not scan.default_namespace:
        return False
    width = max((limits.column_index(c.decode()) for c in scan.columns), default=-1) + 1
    return (
        width <= limits.MAX_COLUMNS
        and scan.rows <= limits.MAX_SHEET_ROWS
        and scan.max_row <= limits.MAX_SHEET_ROWS
        and scan.max_cell_row <= limits.MAX_SHEET_ROWS
        and scan.height() * max(width, 1) <= FAST_MAX_CELLS
    )


def fast_rows(book: XlsxBook, data: bytes, sheet: str, member: str) -> Iterator[Row] | None:
    """Every non-empty row of a plain sheet, as `import_xlsx` reads it; None when the sheet is
    not plain or calamine is missing (the caller reads it with expat)."""
    try:
        import python_calamine
    except ImportError:  # pragma: no cover - pinned in pyproject.toml
        return None
    names = book.zip.namelist()
    strings = next((n for n in names if n.lower() == "xl/sharedstrings.xml"), None)
    sizes = sum(book.zip.getinfo(n).file_size for n in (member, strings) if n)
    if sizes > FAST_MAX_BYTES:
        return None
    long_run = limits.MAX_CELL_CHARS + 1
    fits = True
    for name in names:  # all inflated once: a member that lies about its size is caught here
        scan = _scan(book, name, name == member, long_run)
        if name == member:
            fits = fits and _sheet_fits(scan)
        elif name == strings or name in _PARTS or name.endswith(".rels"):
            fits = fits and scan.plain and scan.strings <= limits.MAX_SHARED_STRINGS
    if not fits:
        return None
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        found = workbook.get_sheet_by_name(sheet)
        if found.start is None:
            return iter(())
        rows = found.iter_rows()
    except Exception:  # calamine's own errors: expat then names the problem
        return None
    return _rows(rows, found.start[1], sheet)


def _rows(grid: Iterator[list[Any]], left: int, sheet: str) -> Iterator[Row]:
    """calamine's rows (from the first row, from the `left`-most column used) as the expat
    reader gives them: empty cells None, trailing empty cells and empty rows left out, whole
    numbers of up to 15 digits as int, dates as datetime. Row by row: a 50,000-row sheet is
    never held twice as Python objects."""
    longest = limits.MAX_CELL_CHARS
    pad = [None] * left
    for number, values in enumerate(grid, 1):
        end = len(values)
        while end and values[end - 1] == "":
            end -= 1
        if not end:
            continue
        cells = values[:end] if end < len(values) else values
        if all(type(value) is str for value in cells) and max(map(len, cells)) <= longest:
            if "" in cells:  # the common row, text only: empty cells as None, nothing else
                cells = [value or None for value in cells]
            yield number, (pad + cells if left else cells)
            continue
        for index, value in enumerate(cells):
            kind = type(value)
            if kind is str:
                if not value:
                    cells[index] = None
                elif len(value) > longest:
                    raise _too_long(sheet, number, left + index, len(value))
            elif kind is float:
                if value.is_integer() and abs(value) < 1e15:
                    cells[index] = int(value)
            elif kind is dt.date:
                cells[index] = dt.datetime(value.year, value.month, value.day)
            elif kind is dt.time:
                seconds = value.hour * 3600 + value.minute * 60 + value.second
                cells[index] = from_excel(seconds / 86400)
            elif kind is dt.timedelta:
                cells[index] = from_excel(value.total_seconds() / 86400)
        yield number, (pad + cells if left else cells)


def _too_long(sheet: str, number: int, index: int, length: int) -> InputError:
    return limits.cell_too_long(sheet, limits.cell_ref(number, index), length)
