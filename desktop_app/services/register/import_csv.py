"""The rows of a CSV register file: its encoding and delimiter found, its limits held.

Excel's "CSV" on Windows is cp1252 with `;` in Indonesian locales; SIASN exports are UTF-8
(sometimes with a BOM) with `,`, `;`, `|` or tab, and put an apostrophe before NIPs.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop_app.services.register import import_limits as limits

DELIMITERS = (",", ";", "|", "\t")

Row = tuple[int, list[Any]]  # (row number in the file, 1-based; the cell values)


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


def csv_rows(path: Path, data: bytes, delimiter: str) -> Iterator[Row]:
    """The rows of a CSV held in memory, each cell without its leading apostrophe."""
    _, text = decode_text(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous = csv.field_size_limit()
    csv.field_size_limit(limits.MAX_CELL_CHARS + 1)
    max_rows, max_columns, max_chars = (
        limits.MAX_SHEET_ROWS,
        limits.MAX_COLUMNS,
        limits.MAX_CELL_CHARS,
    )
    number = 0
    try:
        for number, row in enumerate(reader, 1):
            if number > max_rows:
                raise limits.csv_too_many_rows(path)
            if len(row) > max_columns:
                raise limits.csv_too_many_columns(path, number, len(row))
            if row and max(map(len, row)) > max_chars:
                for index, cell in enumerate(row):
                    if len(cell) > max_chars:
                        raise limits.csv_cell_too_long(
                            path, limits.cell_ref(number, index), len(cell)
                        )
            yield number, [cell[1:] if cell[:1] == "'" else cell for cell in row]
    except csv.Error as err:
        if "field larger" in str(err):
            raise limits.csv_cell_too_long(path, f"row {number + 1}", max_chars + 1) from err
        raise limits.broken_file(path, str(err)) from err
    finally:
        csv.field_size_limit(previous)
