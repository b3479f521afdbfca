"""The cells of a register file (.xlsx or .csv) read with hard limits, before anything trusts it.

Outside input is hostile: a 1.5 MB workbook may inflate to gigabytes, a `.csv` may be a link to
`/dev/zero` or a pipe. So the file is opened once, without blocking, and must be a regular file
of at most `MAX_BYTES`; an xlsx's members are checked in the zip directory (`MAX_UNCOMPRESSED`)
and counted again while they inflate; every cell is at most `MAX_CELL_CHARS` characters, a
sheet at most `MAX_COLUMNS` columns and `MAX_SHEET_ROWS` rows. The sheet XML is read with expat
in chunks (no DTD, no entities), so memory stays bounded whatever the file claims.

A formula cell without a saved value reads as `FORMULA_WITHOUT_VALUE`, which the import
reports with its fix (open the file in Excel and save it).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import posixpath
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.parsers import expat

from desktop_app.errors import InputError
from desktop_app.i18n import N_

MAX_BYTES = 50 * 1024 * 1024  # the file on disk
MAX_UNCOMPRESSED = 400 * 1024 * 1024  # all members of an xlsx, inflated
MAX_MEMBERS = 2_000
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_COLUMNS = 1_000
MAX_SHEET_ROWS = 1_048_576  # Excel's last row; blank rows count
MAX_SHARED_STRINGS = 2_000_000
_READ = 64 * 1024
SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")
CSV_SUFFIXES = (".csv", ".txt")
DELIMITERS = (",", ";", "|", "\t")


class _FormulaWithoutValue:
    """A formula whose result was never saved (the file was written by a program, not Excel)."""

    def __repr__(self) -> str:
        return "FORMULA_WITHOUT_VALUE"


FORMULA_WITHOUT_VALUE: Any = _FormulaWithoutValue()

Row = tuple[int, list[Any]]  # (row number in the sheet, 1-based; the cell values)


def fail(msgid: str, **params: Any) -> InputError:
    return InputError(msgid, "employee_io", **params)


@dataclass(frozen=True)
class SheetSource:
    """One sheet (or the one table of a CSV): its name ("" for CSV) and a way to read its rows."""

    name: str
    member: str = ""  # the zip member of an xlsx sheet


@dataclass
class OpenedFile:
    """A register file checked and held in memory (at most MAX_BYTES): its kind, the sheets
    and, for a CSV, the encoding and delimiter found."""

    path: Path
    data: bytes
    is_csv: bool
    sheets: tuple[SheetSource, ...]
    encoding: str = ""
    delimiter: str = ""

    def rows(self, sheet: SheetSource) -> Iterator[Row]:
        if self.is_csv:
            return _csv_rows(self)
        return _XlsxBook(self).rows(sheet)


def open_file(path: Path, max_bytes: int | None = None) -> OpenedFile:
    """Check and read a register file; raises InputError with what to do about it."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise fail(
            N_(
                "employee_io",
                "{name} is not an .xlsx or .csv file. In Excel use Save As and choose "
                "'Excel Workbook (*.xlsx)' or 'CSV'.",
            ),
            name=path.name,
        )
    data = _read_regular(path, MAX_BYTES if max_bytes is None else max_bytes)
    if suffix in CSV_SUFFIXES:
        encoding, text = decode_text(data)
        return OpenedFile(
            path, data, True, (SheetSource(""),), encoding, sniff_delimiter(text[:_READ])
        )
    return OpenedFile(path, data, False, _XlsxBook.check(path, data))


def _read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES. A device, a pipe, a socket or a link
    to one is refused without reading from it (opened non-blocking, checked on the handle)."""
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
            raise _too_big(path, info.st_size, limit)
        chunks: list[bytes] = []
        total = 0
        while chunk := handle.read(_READ):
            total += len(chunk)
            if total > limit:  # the file grew while read, or lied about its size
                raise _too_big(path, total, limit)
            chunks.append(chunk)
    return b"".join(chunks)


def _too_big(path: Path, size: int, limit: int) -> InputError:
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


def _cell_too_long(sheet: str, where: str, length: int) -> InputError:
    return fail(
        N_(
            "employee_io",
            "A cell of sheet {sheet} ({cell}) holds more than {limit} characters ({length}): "
            "no register value is that long. Remove it and save the file again.",
        ),
        sheet=sheet or "CSV",
        cell=where,
        limit=MAX_CELL_CHARS,
        length=length,
    )


def _too_many_columns(sheet: str, row: int, count: int) -> InputError:
    return fail(
        N_(
            "employee_io",
            "Row {row} of sheet {sheet} has {count} columns; at most {limit} can be read. "
            "Delete the empty columns at the right and save the file again.",
        ),
        sheet=sheet or "CSV",
        row=row,
        count=count,
        limit=MAX_COLUMNS,
    )


def _too_many_rows(sheet: str) -> InputError:
    return fail(
        N_(
            "employee_io",
            "Sheet {sheet} has more than {limit} rows (empty ones included): delete the "
            "empty rows below the data and save the file again.",
        ),
        sheet=sheet or "CSV",
        limit=MAX_SHEET_ROWS,
    )


# --- CSV -------------------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str]:
    """(encoding, text): UTF-8 (with or without BOM), else cp1252, Excel's "CSV" on Windows."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            return "utf-8-sig", data.decode("utf-8-sig")
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252", data.decode("cp1252", errors="replace")


def sniff_delimiter(sample: str) -> str:
    """The delimiter that splits the first lines most evenly into the most columns."""
    lines = [line for line in sample.splitlines()[:30] if line.strip()]

    def score(delimiter: str) -> tuple[int, int]:
        counts = [line.count(delimiter) for line in lines]
        if not counts or max(counts) == 0:
            return (0, 0)
        common = max(set(counts), key=lambda c: (counts.count(c), c))
        return (counts.count(common) * (common > 0), common)

    return max(DELIMITERS, key=score)


def _csv_rows(opened: OpenedFile) -> Iterator[Row]:
    _, text = decode_text(opened.data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=opened.delimiter)
    previous = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS + 1)
    number = 0
    try:
        for number, row in enumerate(reader, 1):
            if number > MAX_SHEET_ROWS:
                raise _too_many_rows("")
            if len(row) > MAX_COLUMNS:
                raise _too_many_columns("", number, len(row))
            for index, cell in enumerate(row):
                if len(cell) > MAX_CELL_CHARS:
                    raise _cell_too_long("", _ref(number, index), len(cell))
            yield number, [_unquoted(cell) for cell in row]
    except csv.Error as err:
        if "field larger" in str(err):
            raise _cell_too_long("", f"row {number + 1}", MAX_CELL_CHARS + 1) from err
        raise broken_file(opened.path, str(err)) from err
    finally:
        csv.field_size_limit(previous)


def _unquoted(cell: str) -> str:
    """A leading apostrophe goes: SIASN writes '1986..., our CSV export '=x against formulas."""
    return cell[1:] if cell.startswith("'") else cell


def _ref(row: int, index: int) -> str:
    return f"{column_letter(index)}{row}"


def column_letter(index: int) -> str:
    """Spreadsheet column letters of a 0-based index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- xlsx ------------------------------------------------------------------------------------

_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DATE_FORMATS = set(range(14, 23)) | {45, 46, 47}
_CELL_REF = re.compile(r"([A-Z]{1,3})(\d+)")
_INTEGER = re.compile(r"-?\d+")


class _Limited(io.RawIOBase):
    """A zip member's stream that stops at its declared size and at MAX_UNCOMPRESSED in all:
    the limits hold while inflating, whatever the directory said."""

    def __init__(self, stream: BinaryIO, budget: list[int], declared: int, on_excess: Any) -> None:
        self._stream = stream
        self._budget = budget
        self._left = declared
        self._excess = on_excess

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(min(len(buffer), _READ))
        self._left -= len(data)
        self._budget[0] -= len(data)
        if self._left < 0 or self._budget[0] < 0:
            raise self._excess()
        buffer[: len(data)] = data
        return len(data)


class _XlsxBook:
    """The parts of a workbook the import needs: sheet names, shared strings, date styles and
    the rows of one sheet, read with expat (handlers, no tree)."""

    def __init__(self, opened: OpenedFile) -> None:
        self.opened = opened
        self.path = opened.path
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(opened.data))
        except (zipfile.BadZipFile, ValueError) as err:
            raise broken_file(self.path, str(err) or "not a zip file") from err
        self.budget = [MAX_UNCOMPRESSED]

    @classmethod
    def check(cls, path: Path, data: bytes) -> tuple[SheetSource, ...]:
        """The zip directory checked (members, total inflated size) and the sheets listed."""
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError) as err:
            raise broken_file(path, str(err) or "not a zip file") from err
        members = archive.infolist()
        if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNCOMPRESSED:
            raise cls.inflates_too_much(path)
        book = cls(OpenedFile(path, data, False, ()))
        return book.sheet_list()

    @staticmethod
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

    def _stream(self, member: str) -> BinaryIO:
        try:
            info = self.zip.getinfo(member)
            raw = self.zip.open(info)
        except (KeyError, zipfile.BadZipFile, NotImplementedError, RuntimeError) as err:
            raise broken_file(self.path, f"{member}: {err}") from err
        limited = _Limited(
            raw, self.budget, info.file_size, lambda: self.inflates_too_much(self.path)
        )
        return io.BufferedReader(limited, _READ)  # type: ignore[arg-type]

    def _parse(self, member: str, parser: Any, sheet: str = "") -> None:
        """Feed a member to an expat parser in chunks; DTDs and entities are refused."""

        def refuse(*_: Any) -> None:
            raise broken_file(self.path, f"{member}: DTD or entity")

        parser.StartDoctypeDeclHandler = refuse
        parser.EntityDeclHandler = refuse
        parser.ExternalEntityRefHandler = refuse
        stream = self._stream(member)
        try:
            while chunk := stream.read(_READ):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except expat.ExpatError as err:
            raise broken_file(self.path, f"{member}: {err}") from err
        except (zipfile.BadZipFile, OSError, EOFError) as err:
            raise broken_file(self.path, f"{member}: {err}") from err

    def _small_tree(self, member: str) -> list[tuple[str, dict[str, str]]]:
        """The elements (local name, attributes) of a small part (workbook, rels, styles)."""
        found: list[tuple[str, dict[str, str]]] = []
        parser = expat.ParserCreate(namespace_separator="}")

        def start(name: str, attrs: dict[str, str]) -> None:
            if len(found) > 200_000:
                raise broken_file(self.path, f"{member}: too many elements")
            found.append((name.rsplit("}", 1)[-1], attrs))

        parser.StartElementHandler = start
        self._parse(member, parser)
        return found

    def sheet_list(self) -> tuple[SheetSource, ...]:
        names = set(self.zip.namelist())
        if "xl/workbook.xml" not in names:
            raise broken_file(self.path, "no xl/workbook.xml")
        rels: dict[str, str] = {}
        if "xl/_rels/workbook.xml.rels" in names:
            for tag, attrs in self._small_tree("xl/_rels/workbook.xml.rels"):
                if tag == "Relationship" and "Id" in attrs:
                    target = attrs.get("Target", "")
                    target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                    rels[attrs["Id"]] = posixpath.normpath(target)
        sheets: list[SheetSource] = []
        for tag, attrs in self._small_tree("xl/workbook.xml"):
            if tag != "sheet":
                continue
            rid = attrs.get(f"{_NS_REL}}}id", "")
            member = rels.get(rid, "")
            if member in names:
                sheets.append(SheetSource(attrs.get("name", member), member))
        if not sheets:
            raise broken_file(self.path, "no worksheet")
        return tuple(sheets)

    def _shared_strings(self) -> list[str]:
        member = next((n for n in self.zip.namelist() if n.lower() == "xl/sharedstrings.xml"), None)
        if member is None:
            return []
        strings: list[str] = []
        parts: list[str] = []
        state = {"in_si": False, "in_t": False, "skip": 0, "length": 0}

        def start(name: str, _attrs: dict[str, str]) -> None:
            tag = name.rsplit("}", 1)[-1]
            if tag == "si":
                state["in_si"], state["length"] = True, 0
                parts.clear()
            elif tag in ("rPh", "phoneticPr"):
                state["skip"] += 1
            elif tag == "t" and state["in_si"] and not state["skip"]:
                state["in_t"] = True

        def end(name: str) -> None:
            tag = name.rsplit("}", 1)[-1]
            if tag == "si":
                strings.append("".join(parts))
                state["in_si"] = False
                if len(strings) > MAX_SHARED_STRINGS:
                    raise self.inflates_too_much(self.path)
            elif tag in ("rPh", "phoneticPr"):
                state["skip"] -= 1
            elif tag == "t":
                state["in_t"] = False

        def text(data: str) -> None:
            if state["in_t"]:
                state["length"] += len(data)
                if state["length"] > MAX_CELL_CHARS:
                    raise _cell_too_long("", f"text {len(strings) + 1}", state["length"])
                parts.append(data)

        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = text
        self._parse(member, parser)
        return strings

    def _date_styles(self) -> set[int]:
        """Indices of the cell styles whose number format is a date."""
        if "xl/styles.xml" not in self.zip.namelist():
            return set()
        custom: dict[int, str] = {}
        styles: list[int] = []
        in_xfs = False
        for tag, attrs in self._small_tree("xl/styles.xml"):
            if tag == "numFmt":
                try:
                    custom[int(attrs.get("numFmtId", "-1"))] = attrs.get("formatCode", "")
                except ValueError:
                    continue
            elif tag == "cellXfs":
                in_xfs = True
            elif tag == "xf" and in_xfs:
                try:
                    styles.append(int(attrs.get("numFmtId", "0")))
                except ValueError:
                    styles.append(0)
            elif tag in ("cellStyles", "dxfs"):
                in_xfs = False
        return {
            i for i, fmt in enumerate(styles) if fmt in _DATE_FORMATS or _is_date(custom.get(fmt))
        }

    def rows(self, sheet: SheetSource) -> Iterator[Row]:
        strings = self._shared_strings()
        dates = self._date_styles()
        yield from _SheetReader(self, sheet, strings, dates).rows()


def _is_date(code: str | None) -> bool:
    if not code:
        return False
    plain = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", code).lower()
    return bool(re.search(r"[dy]", plain)) or (
        "m" in plain and "h" not in plain and "s" not in plain and "0" not in plain
    )


class _SheetReader:
    """One worksheet's rows, parsed with expat in chunks and handed out row by row."""

    def __init__(self, book: _XlsxBook, sheet: SheetSource, strings: list[str], dates: set[int]):
        self.book = book
        self.sheet = sheet
        self.strings = strings
        self.dates = dates
        self.ready: list[Row] = []
        self.cells: dict[int, Any] = {}
        self.row_number = 0
        self.rows_seen = 0
        self.cell: list[Any] | None = None
        self.text: list[str] = []
        self.length = 0
        self.collect = False
        self.next_column = 0

    def rows(self) -> Iterator[Row]:
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._chars

        def refuse(*_: Any) -> None:
            raise broken_file(self.book.path, f"{self.sheet.member}: DTD or entity")

        parser.StartDoctypeDeclHandler = refuse
        parser.EntityDeclHandler = refuse
        stream = self.book._stream(self.sheet.member)
        try:
            while chunk := stream.read(_READ):
                parser.Parse(chunk, False)
                if self.ready:
                    yield from self.ready
                    self.ready.clear()
            parser.Parse(b"", True)
        except expat.ExpatError as err:
            raise broken_file(self.book.path, f"{self.sheet.name}: {err}") from err
        except (zipfile.BadZipFile, OSError, EOFError) as err:
            raise broken_file(self.book.path, f"{self.sheet.name}: {err}") from err
        yield from self.ready
        self.ready.clear()

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        tag = _LOCAL.get(name) or _local(name)
        if tag == "c":  # the most frequent elements first
            match = _CELL_REF.match(attrs.get("r", ""))
            column = _column_index(match.group(1)) if match else self.next_column
            if column >= MAX_COLUMNS:
                raise _too_many_columns(self.sheet.name, self.row_number, column + 1)
            self.next_column = column + 1
            self.cell = [column, attrs.get("t", "n"), attrs.get("s"), None, False]
        elif tag == "v" or tag == "t":
            if self.cell is not None:
                self.collect, self.text, self.length = True, [], 0
        elif tag == "row":
            self.rows_seen += 1
            try:
                self.row_number = int(attrs["r"]) if "r" in attrs else self.row_number + 1
            except ValueError:
                self.row_number += 1
            if self.row_number > MAX_SHEET_ROWS or self.rows_seen > MAX_SHEET_ROWS:
                raise _too_many_rows(self.sheet.name)
            self.cells = {}
            self.next_column = 0
        elif tag == "f" and self.cell is not None:
            self.cell[4] = True

    def _chars(self, data: str) -> None:
        if self.collect:
            self.length += len(data)
            if self.length > MAX_CELL_CHARS:
                where = _ref(self.row_number, self.cell[0]) if self.cell else "?"
                raise _cell_too_long(self.sheet.name, where, self.length)
            self.text.append(data)

    def _end(self, name: str) -> None:
        tag = _LOCAL.get(name) or _local(name)
        if tag == "v" and self.cell is not None:
            self.cell[3] = self.text[0] if len(self.text) == 1 else "".join(self.text)
            self.collect = False
        elif tag == "c" and self.cell is not None:
            value = self._value(self.cell)
            if value is not None:
                self.cells[self.cell[0]] = value
            self.cell = None
        elif tag == "t" and self.cell is not None:
            self.cell[3] = (self.cell[3] or "") + "".join(self.text)
            self.collect = False
        elif tag == "row" and self.cells:
            width = max(self.cells) + 1
            self.ready.append((self.row_number, [self.cells.get(i) for i in range(width)]))

    def _value(self, cell: list[Any]) -> Any:
        """A cell's value: [column, type, style, raw text, has a formula]."""
        raw, kind = cell[3], cell[1]
        if raw is None or (raw == "" and cell[4] and kind not in ("s", "str", "inlineStr")):
            # no <v>, or an empty <v/> as openpyxl writes it: no result was ever saved
            return FORMULA_WITHOUT_VALUE if cell[4] else None
        if kind == "s":
            try:
                return self.strings[int(raw)]
            except (ValueError, IndexError):
                return None
        if kind in ("str", "inlineStr"):
            return raw
        if kind == "b":
            return raw.strip() == "1"
        if kind == "e":
            return raw  # #N/A, #REF!: the text Excel shows
        if kind == "d":
            try:
                return dt.datetime.fromisoformat(raw.strip())
            except ValueError:
                return raw
        try:
            number = float(raw)
        except ValueError:
            return raw
        style = cell[2]
        if (
            style is not None
            and style.isdigit()
            and int(style) in self.dates
            and 0 < number < 2_958_466
        ):
            return _from_excel(number)
        return int(raw) if _INTEGER.fullmatch(raw.strip()) and len(raw) < 16 else number


_LOCAL: dict[str, str] = {}


def _local(name: str) -> str:
    """The element name without its namespace (cached: a sheet repeats a few names)."""
    local = name.rsplit("}", 1)[-1]
    if len(_LOCAL) < 1000:
        _LOCAL[name] = local
    return local


def _column_index(letters: str) -> int:
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index - 1


def _from_excel(serial: float) -> dt.datetime:
    """An Excel serial date (1900 system, with Excel's phantom 29 February 1900)."""
    base = dt.datetime(1899, 12, 30) if serial >= 61 else dt.datetime(1899, 12, 31)
    return base + dt.timedelta(days=serial)
