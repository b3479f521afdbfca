"""The rows of an .xlsx register file read with expat, in chunks, within the limits.

The sheet XML is read with expat (no DTD, no entities) while it inflates, through a stream that
stops at the member's declared size and at `MAX_UNCOMPRESSED` in all, so memory stays bounded
whatever the file claims; rows, columns and cell lengths are counted as they come. This is the
reader for the first rows (the layout) and for every sheet the fast reader (`import_xlsx_fast`)
does not take. A formula cell without a saved value reads as `FORMULA_WITHOUT_VALUE`, which the
import reports with its fix (open the file in Excel and save it).
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO
from xml.parsers import expat

from desktop_app.services.register import import_limits as limits
from desktop_app.services.register.import_limits import broken_file, cell_ref, column_index


class _FormulaWithoutValue:
    """A formula whose result was never saved (the file was written by a program, not Excel)."""

    def __repr__(self) -> str:
        return "FORMULA_WITHOUT_VALUE"


FORMULA_WITHOUT_VALUE: Any = _FormulaWithoutValue()

Row = tuple[int, list[Any]]  # (row number in the sheet, 1-based; the cell values)
_READ = limits.READ


_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DATE_FORMATS = set(range(14, 23)) | {45, 46, 47}
_CELL_REF = re.compile(r"([A-Z]{1,3})(\d+)")
_INTEGER = re.compile(r"-?\d+")


class Limited(io.RawIOBase):
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


class XlsxBook:
    """The parts of a workbook the import needs: sheet names, shared strings, date styles and
    the rows of one sheet, read with expat (handlers, no tree)."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError) as err:
            raise broken_file(self.path, str(err) or "not a zip file") from err
        self.budget = [limits.MAX_UNCOMPRESSED]

    @classmethod
    def check(cls, path: Path, data: bytes) -> list[tuple[str, str]]:
        """The zip directory checked (members, total inflated size) and the sheets listed."""
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError) as err:
            raise broken_file(path, str(err) or "not a zip file") from err
        members = archive.infolist()
        if len(members) > limits.MAX_MEMBERS or (
            sum(m.file_size for m in members) > limits.MAX_UNCOMPRESSED
        ):
            raise limits.inflates_too_much(path)
        return cls(path, data).sheet_list()

    def stream(self, member: str) -> BinaryIO:
        try:
            info = self.zip.getinfo(member)
            raw = self.zip.open(info)
        except (KeyError, zipfile.BadZipFile, NotImplementedError, RuntimeError) as err:
            raise broken_file(self.path, f"{member}: {err}") from err
        limited = Limited(
            raw, self.budget, info.file_size, lambda: limits.inflates_too_much(self.path)
        )
        return io.BufferedReader(limited, _READ)  # type: ignore[arg-type]

    def _parse(self, member: str, parser: Any, sheet: str = "") -> None:
        """Feed a member to an expat parser in chunks; DTDs and entities are refused."""

        def refuse(*_: Any) -> None:
            raise broken_file(self.path, f"{member}: DTD or entity")

        parser.StartDoctypeDeclHandler = refuse
        parser.EntityDeclHandler = refuse
        parser.ExternalEntityRefHandler = refuse
        stream = self.stream(member)
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

    def sheet_list(self) -> list[tuple[str, str]]:
        """(name, zip member) of every worksheet, in the workbook's order."""
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
        sheets: list[tuple[str, str]] = []
        for tag, attrs in self._small_tree("xl/workbook.xml"):
            if tag != "sheet":
                continue
            rid = attrs.get(f"{_NS_REL}}}id", "")
            member = rels.get(rid, "")
            if member in names:
                sheets.append((attrs.get("name", member), member))
        if not sheets:
            raise broken_file(self.path, "no worksheet")
        return sheets

    def _shared_strings(self, sheet: str = "") -> list[str]:
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
                if len(strings) > limits.MAX_SHARED_STRINGS:
                    raise limits.inflates_too_much(self.path)
            elif tag in ("rPh", "phoneticPr"):
                state["skip"] -= 1
            elif tag == "t":
                state["in_t"] = False

        def text(data: str) -> None:
            if state["in_t"]:
                state["length"] += len(data)
                if state["length"] > limits.MAX_CELL_CHARS:
                    raise limits.cell_too_long(sheet, f"text {len(strings) + 1}", state["length"])
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

    def rows(self, sheet: str, member: str) -> Iterator[Row]:
        strings = self._shared_strings(sheet)
        dates = self._date_styles()
        yield from _SheetReader(self, sheet, member, strings, dates).rows()


def _is_date(code: str | None) -> bool:
    if not code:
        return False
    plain = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", code).lower()
    return bool(re.search(r"[dy]", plain)) or (
        "m" in plain and "h" not in plain and "s" not in plain and "0" not in plain
    )


class _SheetReader:
    """One worksheet's rows, parsed with expat in chunks and handed out row by row."""

    def __init__(
        self, book: XlsxBook, sheet: str, member: str, strings: list[str], dates: set[int]
    ) -> None:
        self.book = book
        self.sheet = sheet
        self.member = member
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
            raise broken_file(self.book.path, f"{self.member}: DTD or entity")

        parser.StartDoctypeDeclHandler = refuse
        parser.EntityDeclHandler = refuse
        stream = self.book.stream(self.member)
        try:
            while chunk := stream.read(_READ):
                parser.Parse(chunk, False)
                if self.ready:
                    yield from self.ready
                    self.ready.clear()
            parser.Parse(b"", True)
        except expat.ExpatError as err:
            raise broken_file(self.book.path, f"{self.sheet}: {err}") from err
        except (zipfile.BadZipFile, OSError, EOFError) as err:
            raise broken_file(self.book.path, f"{self.sheet}: {err}") from err
        yield from self.ready
        self.ready.clear()

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        tag = _LOCAL.get(name) or _local(name)
        if tag == "c":  # the most frequent elements first
            match = _CELL_REF.match(attrs.get("r", ""))
            column = column_index(match.group(1)) if match else self.next_column
            if column >= limits.MAX_COLUMNS:
                raise limits.too_many_columns(self.sheet, self.row_number, column + 1)
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
            if self.row_number > limits.MAX_SHEET_ROWS or self.rows_seen > limits.MAX_SHEET_ROWS:
                raise limits.too_many_rows(self.sheet)
            self.cells = {}
            self.next_column = 0
        elif tag == "f" and self.cell is not None:
            self.cell[4] = True

    def _chars(self, data: str) -> None:
        if self.collect:
            self.length += len(data)
            if self.length > limits.MAX_CELL_CHARS:
                where = cell_ref(self.row_number, self.cell[0]) if self.cell else "?"
                raise limits.cell_too_long(self.sheet, where, self.length)
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
            return from_excel(number)
        return int(raw) if _INTEGER.fullmatch(raw.strip()) and len(raw) < 16 else number


_LOCAL: dict[str, str] = {}


def _local(name: str) -> str:
    """The element name without its namespace (cached: a sheet repeats a few names)."""
    local = name.rsplit("}", 1)[-1]
    if len(_LOCAL) < 1000:
        _LOCAL[name] = local
    return local


def from_excel(serial: float) -> dt.datetime:
    """An Excel serial date (1900 system, with Excel's phantom 29 February 1900), to the
    millisecond Excel keeps (a float day fraction is otherwise a microsecond off)."""
    base = dt.datetime(1899, 12, 30) if serial >= 61 else dt.datetime(1899, 12, 31)
    return base + dt.timedelta(milliseconds=round(serial * 86_400_000))
