"""Excel (.xlsx) and CSV import and export of the employee register (impor/ekspor data pegawai).

HR keeps the register in Excel. An import is two steps: `read_file` parses and validates every
row (with the rules of `services.employees.validate`) and returns a preview that says, per row,
new / update / unchanged / invalid and why; `apply_import` then writes the valid rows in ONE
transaction (all or nothing), matching existing employees by NIP. Exports write the same columns,
so an exported file imports again as "unchanged".

The column headers are Indonesian and fixed: they are the file format HR staff work with, not
interface text. Columns left out of a file keep the stored values; empty cells clear them.
No Qt here: translatable strings are marked with N_ and reported as ServiceError objects.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from peewee import JOIN

from desktop_app.errors import InputError, ServiceError
from desktop_app.i18n import N_
from desktop_app.models import Employee, Position, Unit
from desktop_app.models.database import write_transaction
from desktop_app.scoring import reference
from desktop_app.scoring.errors import RuleError
from desktop_app.scoring.indonesian_format import parse_month
from desktop_app.scoring.nip import NipInfo, clean_nip, format_nip
from desktop_app.scoring.reference import Gender, JfLevel, PositionType
from desktop_app.services.register import employees, units
from desktop_app.services.register.employees import EmployeeInput
from desktop_app.services.session import Action as SessionAction
from desktop_app.services.session import require
from desktop_app.services.xlsx import atomic_file

Progress = Callable[[int, int], None]
"""progress(done, total): total 0 means "not known yet". It may raise to cancel the work."""

MAX_ROWS = 100_000
MAX_BYTES = 50 * 1024 * 1024
SHEET = "Pegawai"
HELP_SHEET = "Petunjuk"
_CHUNK = 500
_HEADER_SEARCH = 10  # rows looked at for the column names (title rows may come first)


# --- columns -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column of the file: the EmployeeInput field it fills, its Indonesian header (the file
    format), accepted alias headers, and the help shown on the template's Petunjuk sheet."""

    field: str
    header: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    informative: bool = False  # exported for reading; the import ignores it
    width: float = 16
    help: str = ""
    example: str = ""


COLUMNS: tuple[Column, ...] = (
    Column(
        "nip",
        "NIP / NI PPPK",
        ("NIP", "NI PPPK", "NIP PNS", "NIP Baru", "NIP NI PPPK", "NIPPPK"),
        required=True,
        width=22,
        help=N_(
            "employee_io",
            "18 digits (spaces allowed). Format the column as Text so that Excel keeps every "
            "digit. Birth date and gender are taken from the NIP.",
        ),
        example="198609262015051001",
    ),
    Column(
        "kind",
        "Jenis Pegawai",
        ("Jenis ASN", "PNS PPPK"),
        width=13,
        help=N_("employee_io", "PNS or PPPK. Leave it empty to take it from the NIP."),
        example="PNS",
    ),
    Column(
        "front_title",
        "Gelar Depan",
        width=12,
        help=N_("employee_io", "Titles written before the name."),
        example="dr.",
    ),
    Column(
        "name",
        "Nama",
        ("Nama Lengkap", "Nama Pegawai"),
        required=True,
        width=28,
        help=N_("employee_io", "The name without titles."),
        example="Budi Santoso",
    ),
    Column(
        "back_title",
        "Gelar Belakang",
        width=14,
        help=N_("employee_io", "Titles written after the name."),
        example="M.Kes.",
    ),
    Column("birth_place", "Tempat Lahir", width=16, example="Bandung"),
    Column("birth_date", "Tanggal Lahir", informative=True, width=13),
    Column("gender", "Jenis Kelamin", informative=True, width=13),
    Column(
        "grade",
        "Golongan",
        ("Gol", "Golongan Ruang", "Gol Ruang"),
        required=True,
        width=11,
        help=N_("employee_io", "PNS: I/a to IV/e. PPPK: I to XVII. See the lists below."),
        example="III/b",
    ),
    Column(
        "grade_since",
        "TMT Golongan",
        ("TMT Gol",),
        width=14,
        help=N_(
            "employee_io",
            "The date the golongan took effect, e.g. 01-04-2020, 2020-04-01 or 1 April 2020.",
        ),
        example="01-04-2020",
    ),
    Column(
        "position_name",
        "Jabatan",
        ("Nama Jabatan",),
        width=28,
        help=N_("employee_io", "The name of the jabatan."),
        example="Analis Kepegawaian",
    ),
    Column(
        "position_type",
        "Jenis Jabatan",
        width=15,
        help=N_("employee_io", "JPT, Administrator, Pengawas, Pelaksana or Fungsional."),
        example="Fungsional",
    ),
    Column(
        "jf_level",
        "Jenjang JF",
        ("Jenjang", "Jenjang Jabatan"),
        width=14,
        help=N_("employee_io", "Only for Fungsional: see the list below."),
        example="Ahli Pertama",
    ),
    Column(
        "echelon",
        "Eselon",
        width=9,
        help=N_(
            "employee_io",
            "Only for JPT, Administrator and Pengawas: I.a to V.b, or the SIMPEG code (31). "
            "Empty means Non Eselon.",
        ),
    ),
    Column(
        "position_since",
        "TMT Jabatan",
        width=13,
        help=N_("employee_io", "The date the jabatan took effect."),
        example="02-01-2023",
    ),
    Column(
        "unit",
        "Kode Unit",
        ("Kode Unit Kerja", "Kode Unor"),
        required=True,
        width=12,
        help=N_(
            "employee_io",
            "The code of the unit kerja (list below). Add a missing unit in the app first.",
        ),
    ),
    Column("unit_name", "Nama Unit", ("Unit Kerja",), informative=True, width=28),
    Column(
        "supervisor",
        "NIP Atasan Langsung",
        ("NIP Atasan",),
        width=22,
        help=N_(
            "employee_io",
            "NIP of the atasan langsung: someone already in the app or another row of this file.",
        ),
    ),
    Column(
        "appraiser",
        "NIP Pejabat Penilai",
        ("NIP Penilai", "NIP Pejabat Penilai Kinerja"),
        width=22,
        help=N_(
            "employee_io",
            "NIP of the pejabat penilai kinerja (usually the atasan langsung).",
        ),
    ),
    Column(
        "active",
        "Status",
        ("Status Aktif",),
        width=11,
        help=N_("employee_io", "Aktif or Tidak Aktif. Empty means Aktif."),
        example="Aktif",
    ),
    Column(
        "inactive_reason",
        "Alasan Tidak Aktif",
        width=20,
        help=N_("employee_io", "Needed when the status is Tidak Aktif (pensiun, mutasi, ...)."),
    ),
    Column("phone", "Telepon", ("No Telepon", "No HP", "HP", "Telepon HP"), width=16),
    Column("email", "Email", ("E-mail", "Surel"), width=26),
)
COLUMN_BY_FIELD = {c.field: c for c in COLUMNS}
REQUIRED = tuple(c for c in COLUMNS if c.required)
IMPORT_COLUMNS = tuple(c for c in COLUMNS if not c.informative)
_NIP_FIELDS = ("nip", "supervisor", "appraiser")
_DATE_FIELDS = ("grade_since", "position_since")

POSITION_LABELS = {
    PositionType.JPT: "JPT",
    PositionType.ADMINISTRATOR: "Administrator",
    PositionType.PENGAWAS: "Pengawas",
    PositionType.PELAKSANA: "Pelaksana",
    PositionType.FUNGSIONAL: "Fungsional",
}
STATUS_ACTIVE = "Aktif"
STATUS_INACTIVE = "Tidak Aktif"


def _norm(text: str) -> str:
    """A header or code word compared loosely: case, spaces, / . - _ * : do not matter."""
    return " ".join(re.sub(r"[/._\-*:()]+", " ", text.casefold()).split())


_HEADER_LOOKUP: dict[str, Column] = {}
for _col in COLUMNS:
    for _name in (_col.header, _col.field, *_col.aliases):
        _HEADER_LOOKUP.setdefault(_norm(_name), _col)


# --- results -----------------------------------------------------------------------------


class Action(StrEnum):
    """What importing a row does."""

    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    INVALID = "invalid"


@dataclass
class PreviewRow:
    """One data row of the file: its row number in the sheet, what importing it does, and the
    problems (translatable) that stop it. `changes` names the columns an update changes."""

    row: int
    nip: str
    name: str
    action: Action
    problems: list[ServiceError] = field(default_factory=list)
    changes: tuple[str, ...] = ()


@dataclass
class _Source:
    """The cells of a file by field (only the columns it has), kept so that `apply_import`
    can validate them again."""

    rows: list[tuple[int, dict[str, Any]]]


@dataclass
class ImportPreview:
    """What `read_file` found: every row with its action and problems."""

    path: Path
    rows: list[PreviewRow]
    ignored_columns: list[str]
    source: _Source = field(repr=False)

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def to_write(self) -> int:
        """Rows that importing will add or change."""
        return sum(1 for r in self.rows if r.action in (Action.NEW, Action.UPDATE))


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    skipped: int


class ChangedSincePreviewError(InputError):
    """The register changed between preview and confirmation so that a row became invalid."""


# --- reading cells -----------------------------------------------------------------------


def _fail(msgid: str, **params: Any) -> InputError:
    """A problem in this module's translation context (msgid marked with N_("employee_io"))."""
    return InputError(msgid, "employee_io", **params)


def _problem(column: str, error: ServiceError) -> ServiceError:
    """Prefix a problem with its column, so HR knows which cell to fix."""
    return _fail(N_("employee_io", "{column}: {problem}"), column=column, problem=error)


def _header_of(field_name: str) -> str:
    column = COLUMN_BY_FIELD.get(field_name)
    return column.header if column else field_name


def _plain(value: Any) -> str:
    """Any cell as stripped text (numbers without a needless .0, dates as ISO)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    quoted = re.fullmatch(r'="(.*)"', text)  # CSV trick to keep text: ="0812..."
    return quoted.group(1).strip() if quoted else text


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_SCIENTIFIC = re.compile(r"\d(?:[.,]\d+)?[eE]\+?\d+")
_NIP_PREFIX = re.compile(r"^(?:nip|ni\s*pppk)\b\.?\s*:?\s*", re.IGNORECASE)


def _nip_text(value: Any) -> str:
    """The NIP in a cell as text; raises InputError when Excel stored it as a lossy number."""
    if isinstance(value, float) and not (value.is_integer() and abs(value) < 2**53):
        raise _lost_digits(f"{value:.15G}")
    text = _NIP_PREFIX.sub("", _plain(value).lstrip("'"))
    if _SCIENTIFIC.fullmatch(text):
        raise _lost_digits(text)
    return text


def _lost_digits(shown: str) -> InputError:
    return _fail(
        N_(
            "employee_io",
            "The NIP was stored as a number by Excel and lost digits ({value}): format the "
            "column as Text and type the NIP again.",
        ),
        value=shown,
    )


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?")
_DMY_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_WORD_DATE = re.compile(r"(\d{1,2})[\s\-]+([A-Za-z]+)\.?[\s\-]+(\d{4})")


def parse_date(value: Any) -> dt.date | None:
    """A date from an Excel date cell, an Excel serial number, 2026-01-31, 31-01-2026,
    31/01/2026 or 31 Januari 2026 (Indonesian or English month names); None when empty."""
    if _is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 < value < 100_000:
        from openpyxl.utils.datetime import from_excel

        return from_excel(value).date()
    text = _plain(value)
    try:
        if match := _ISO_DATE.fullmatch(text):
            year, month, day = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        if match := _DMY_DATE.fullmatch(text):
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        if (match := _WORD_DATE.fullmatch(text)) and (month := parse_month(match.group(2))):
            return dt.date(int(match.group(3)), month, int(match.group(1)))
    except ValueError:
        pass
    raise _fail(
        N_(
            "employee_io",
            "'{value}' is not a date: write it as 31-01-2026, 2026-01-31 or 31 Januari 2026.",
        ),
        value=text,
    )


_KINDS = {"pns": "PNS", "pppk": "PPPK", "p3k": "PPPK"}
_POSITION_TYPES = (
    {_norm(p.value): p for p in PositionType}
    | {_norm(p.label): p for p in PositionType}
    | {
        "jabatan pimpinan tinggi": PositionType.JPT,
        "jabatan administrator": PositionType.ADMINISTRATOR,
        "jabatan pengawas": PositionType.PENGAWAS,
        "jabatan pelaksana": PositionType.PELAKSANA,
        "jabatan fungsional": PositionType.FUNGSIONAL,
        "jf": PositionType.FUNGSIONAL,
    }
)
_JF_LEVELS = {_norm(level.value): level for level in JfLevel}
_NO_ECHELON = {"", "-", "non eselon", "noneselon", "non", "0"}
_STATUS = {
    "aktif": True, "ya": True, "1": True, "active": True,
    "tidak aktif": False, "nonaktif": False, "non aktif": False, "tidak": False,
    "0": False, "inactive": False,
}  # fmt: skip


def _position_type(text: str) -> str:
    if not text:
        return ""
    found = _POSITION_TYPES.get(_norm(text))
    if found is None:
        raise _fail(
            N_(
                "employee_io",
                "'{value}' is not a jenis jabatan: write JPT, Administrator, Pengawas, "
                "Pelaksana or Fungsional.",
            ),
            value=text,
        )
    return found.value


def _jf_level(text: str) -> str | None:
    if not text:
        return None
    found = _JF_LEVELS.get(_norm(text))
    if found is None:
        raise _fail(
            N_(
                "employee_io",
                "'{value}' is not a jenjang JF: write Ahli Pertama, Ahli Muda, Ahli Madya, "
                "Ahli Utama, Pemula, Terampil, Mahir or Penyelia.",
            ),
            value=text,
        )
    return found.value


def _echelon(text: str) -> str | None:
    if _norm(text) in _NO_ECHELON:
        return None
    compact = text.replace(" ", "").replace("/", ".")
    if re.fullmatch(r"[IViv]+\.?[abAB]", compact):
        roman, letter = compact.rstrip("abAB").rstrip("."), compact[-1]
        return f"{roman.upper()}.{letter.lower()}"
    return text  # validate() names an unknown eselon


def _status(text: str) -> bool:
    if not text:
        return True
    found = _STATUS.get(_norm(text))
    if found is None:
        raise _fail(
            N_("employee_io", "'{value}' is not a status: write Aktif or Tidak Aktif."),
            value=text,
        )
    return found


# --- reading files -----------------------------------------------------------------------


def _file_error(path: Path, reason: str) -> InputError:
    return _fail(
        N_(
            "employee_io",
            "The file {name} could not be read ({reason}). Open it in Excel and save it again "
            "as an Excel workbook (.xlsx) or CSV.",
        ),
        name=path.name,
        reason=reason,
    )


def _check_file(path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise _fail(
            N_(
                "employee_io",
                "{name} is not an .xlsx or .csv file. In Excel use Save As and choose "
                "'Excel Workbook (*.xlsx)' or 'CSV'.",
            ),
            name=path.name,
        )
    try:
        size = path.stat().st_size
    except OSError as err:
        raise _fail(
            N_("employee_io", "The file {name} could not be opened: {reason}"),
            name=path.name,
            reason=err.strerror or str(err),
        ) from err
    if size > MAX_BYTES:
        raise _fail(
            N_(
                "employee_io",
                "The file {name} is {size} MB; files up to {limit} MB can be imported. "
                "Split it into smaller files.",
            ),
            name=path.name,
            size=round(size / 1024 / 1024, 1),
            limit=MAX_BYTES // 1024 // 1024,
        )


def _xlsx_rows(path: Path) -> Iterator[tuple[int, Sequence[Any]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about features it drops
            book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise _file_error(path, str(err) or type(err).__name__) from err
    try:
        names = book.sheetnames
        sheet = book[SHEET] if SHEET in names else None
        if sheet is None:
            others = [n for n in names if n != HELP_SHEET]
            sheet = book[others[0] if others else names[0]]
        sheet.reset_dimensions()  # some programs write wrong dimensions; read every row
        yield from enumerate(sheet.iter_rows(values_only=True), 1)
    finally:
        book.close()


def _csv_rows(path: Path) -> Iterator[tuple[int, Sequence[Any]]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Excel's "CSV" is ANSI on Windows
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    yield from enumerate(reader, 1)


@dataclass
class _Header:
    """A row read as column names: the columns found, the unknown ones and the doubled ones."""

    mapping: dict[str, int]
    ignored: list[str]
    doubled: list[tuple[str, int, int]]

    @property
    def missing(self) -> list[str]:
        return [c.header for c in REQUIRED if c.field not in self.mapping]


def _read_header(values: Sequence[Any]) -> _Header:
    header = _Header({}, [], [])
    for index, value in enumerate(values):
        text = _plain(value)
        if not text:
            continue
        column = _HEADER_LOOKUP.get(_norm(text))
        if column is None:
            header.ignored.append(text)
        elif column.field in header.mapping:
            header.doubled.append((column.header, header.mapping[column.field], index))
        else:
            header.mapping[column.field] = index
    return header


def _missing_columns(missing: list[str]) -> InputError:
    return _fail(
        N_(
            "employee_io",
            "The file has no column {columns}. The first row must hold the column names: "
            "save a blank template from the app and copy the data into it.",
        ),
        columns=", ".join(missing),
    )


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _load(path: Path, progress: Progress | None) -> tuple[_Source, list[str]]:
    """The header mapping and the non-empty data rows of a file (cells still raw)."""
    _check_file(path)
    suffix = path.suffix.lower()
    rows_iter = _csv_rows(path) if suffix in (".csv", ".txt") else _xlsx_rows(path)
    mapping: dict[str, int] | None = None
    ignored: list[str] = []
    rows: list[tuple[int, dict[str, Any]]] = []
    tried: list[_Header] = []
    try:
        for number, values in rows_iter:
            if all(_is_blank(v) for v in values):
                continue
            if mapping is None:  # the header; title rows above it are skipped
                header = _read_header(values)
                tried.append(header)
                if header.missing and len(tried) < _HEADER_SEARCH:
                    continue
                if header.missing:
                    break
                if header.doubled:
                    name, first, second = header.doubled[0]
                    raise _fail(
                        N_(
                            "employee_io",
                            "The column {column} appears twice (columns {first} and {second}): "
                            "keep one.",
                        ),
                        column=name,
                        first=_column_letter(first),
                        second=_column_letter(second),
                    )
                mapping, ignored = header.mapping, header.ignored
                continue
            cells = {
                name: (values[index] if index < len(values) else None)
                for name, index in mapping.items()
                if not COLUMN_BY_FIELD[name].informative
            }
            if all(_is_blank(v) for v in cells.values()):
                continue
            rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise _fail(
                    N_(
                        "employee_io",
                        "The file has more than {limit} rows: split it into files of at most "
                        "{limit} rows.",
                    ),
                    limit=MAX_ROWS,
                )
            if progress is not None and len(rows) % _CHUNK == 0:
                progress(len(rows), 0)
    except csv.Error as err:
        raise _file_error(path, str(err)) from err
    finally:
        close = getattr(rows_iter, "close", None)
        if close is not None:
            close()
    if mapping is None and tried:
        raise _missing_columns(min((h.missing for h in tried), key=len))
    if mapping is None:
        raise _fail(
            N_(
                "employee_io",
                "The file {name} is empty. Save a blank template from the app, fill it in and "
                "import that.",
            ),
            name=path.name,
        )
    return _Source(rows), ignored


# --- evaluating rows ---------------------------------------------------------------------


@dataclass
class _Stored:
    id: int
    data: EmployeeInput
    supervisor: str | None  # NIPs of the stored links
    appraiser: str | None


@dataclass
class _Plan:
    """A row on its way to the database: the input, what validate said, and the links by NIP."""

    index: int
    row: int
    nip: str  # 18 digits when the NIP could be cleaned, else the text as written
    data: EmployeeInput
    info: NipInfo | None
    existing: _Stored | None
    links: dict[str, str | None]
    errors: dict[str, ServiceError] = field(default_factory=dict)
    action: Action = Action.INVALID
    changes: tuple[str, ...] = ()

    def preview(self) -> PreviewRow:
        shown = self.info.formatted if self.info is not None else self.nip
        return PreviewRow(
            row=self.row,
            nip=shown,
            name=" ".join(self.data.name.split()),
            action=self.action,
            problems=[_problem(_header_of(k), e) for k, e in self.errors.items()],
            changes=self.changes,
        )


class _Graph:
    """The live register as NIPs: who exists and who reports to whom (one query)."""

    def __init__(self) -> None:
        rows = list(
            Employee.select(Employee.id, Employee.nip, Employee.supervisor, Employee.appraiser)
            .where(Employee.deleted == False)
            .tuples()
        )
        self.nip_of = {r[0]: r[1] for r in rows}
        self.id_of = {r[1]: r[0] for r in rows}
        self.parent: dict[str, dict[str, str | None]] = {
            "supervisor": {r[1]: self.nip_of.get(r[2]) for r in rows},
            "appraiser": {r[1]: self.nip_of.get(r[3]) for r in rows},
        }


def _stored_records(nips: Iterable[str], graph: _Graph) -> dict[str, _Stored]:
    wanted = [n for n in set(nips) if n in graph.id_of]
    found: dict[str, _Stored] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        query = (
            Employee.select(
                Employee.id,
                Employee.nip,
                Employee.kind,
                Employee.front_title,
                Employee.name,
                Employee.back_title,
                Employee.birth_place,
                Employee.grade,
                Employee.grade_since,
                Employee.unit,
                Position.name,
                Position.position_type,
                Position.jf_level,
                Position.echelon,
                Employee.position_since,
                Employee.supervisor,
                Employee.appraiser,
                Employee.active,
                Employee.inactive_reason,
                Employee.phone,
                Employee.email,
                Employee.notes,
            )
            .join(Position, JOIN.LEFT_OUTER, on=(Employee.position == Position.id))
            .where((Employee.nip.in_(chunk)) & (Employee.deleted == False))
            .tuples()
        )
        for r in query:
            data = EmployeeInput(
                nip=r[1],
                kind=r[2],
                front_title=r[3],
                name=r[4],
                back_title=r[5],
                birth_place=r[6],
                grade=r[7],
                grade_since=r[8],
                unit_id=r[9],
                position_name=r[10] or "",
                position_type=r[11] or "",
                jf_level=r[12],
                echelon=r[13],
                position_since=r[14],
                supervisor_id=r[15],
                appraiser_id=r[16],
                active=bool(r[17]),
                inactive_reason=r[18],
                phone=r[19],
                email=r[20],
                notes=r[21],
            )
            found[r[1]] = _Stored(r[0], data, graph.nip_of.get(r[15]), graph.nip_of.get(r[16]))
    return found


def _shown_nip(nip: str) -> str:
    """The NIP grouped for reading when it is valid, else as written."""
    try:
        return format_nip(nip)
    except RuleError:
        return nip


def _row_nip(cells: dict[str, Any]) -> str:
    """The row's NIP as 18 digits when it can be cleaned, else as written ("" if unusable)."""
    try:
        text = _nip_text(cells.get("nip"))
    except InputError:
        return ""
    try:
        return clean_nip(text)
    except RuleError:
        return text


def _row_input(
    cells: dict[str, Any],
    stored: _Stored | None,
    unit_ids: dict[str, int],
) -> tuple[EmployeeInput, dict[str, str | None], dict[str, ServiceError]]:
    """Turn the cells of one row into an EmployeeInput on top of the stored record (columns
    not in the file keep their values); returns the input, the links by NIP and the problems
    found while reading the cells."""
    errors: dict[str, ServiceError] = {}
    if stored is not None:
        data = replace(stored.data, kind=None)
        links = {"supervisor": stored.supervisor, "appraiser": stored.appraiser}
    else:
        data = EmployeeInput(nip="", name="", grade="", unit_id=None)
        links = {"supervisor": None, "appraiser": None}
    values: dict[str, Any] = {}
    for name, raw in cells.items():
        try:
            if name in _NIP_FIELDS:
                text = _nip_text(raw)
                if name == "nip":
                    values["nip"] = text
                else:
                    links[name] = _superior_nip(text)
            elif name in _DATE_FIELDS:
                values[name] = parse_date(raw)
            elif name == "kind":
                text = _plain(raw)
                values["kind"] = _KINDS.get(text.casefold(), text) or None
            elif name == "position_type":
                values[name] = _position_type(_plain(raw))
            elif name == "jf_level":
                values[name] = _jf_level(_plain(raw))
            elif name == "echelon":
                values[name] = _echelon(_plain(raw))
            elif name == "active":
                values[name] = _status(_plain(raw))
            elif name == "unit":
                values["unit_id"] = _unit_id(_plain(raw), unit_ids)
            else:
                values[name] = _text_field(name, _plain(raw))
        except ServiceError as err:
            errors[name] = err
            if name == "unit":
                values["unit_id"] = None
        except RuleError as err:
            errors[name] = employees.rule_error(err)
    if "nip" in errors:
        values["nip"] = ""
    if "nip" in cells and not values.get("nip") and "nip" not in errors:
        errors["nip"] = _fail(
            N_("employee_io", "The NIP is empty: every row needs the employee's NIP / NI PPPK.")
        )
    return replace(data, **values), links, errors


def _text_field(name: str, text: str) -> str:
    """Free text, refused when longer than the database column holds."""
    field_ = Position.name if name == "position_name" else Employee._meta.fields.get(name)
    limit = getattr(field_, "max_length", None)
    length = len(" ".join(text.split()))
    if limit is not None and length > limit:
        raise _fail(
            N_("employee_io", "The text has {count} characters; at most {limit} fit: shorten it."),
            count=length,
            limit=limit,
        )
    return text


def _superior_nip(text: str) -> str | None:
    return clean_nip(text) if text else None  # raises NipError naming the wrong part


def _unit_id(code: str, unit_ids: dict[str, int]) -> int | None:
    if not code:
        raise _fail(N_("employee_io", "The unit code is empty: every employee needs a unit."))
    found = unit_ids.get(code.strip().upper())
    if found is None:
        raise _fail(
            N_(
                "employee_io",
                "Unit code '{code}' is not in this office's register: use a code from the "
                "Petunjuk sheet of the template, or add the unit first.",
            ),
            code=code,
        )
    return found


def _canon(data: EmployeeInput, kind: str, links: dict[str, str | None]) -> dict[str, Any]:
    """The values `employees.apply_input` would store, to tell an update from no change."""

    def clean(text: str | None) -> str:
        return " ".join((text or "").split())

    position: dict[str, Any] = {
        "position_name": "",
        "position_type": "",
        "jf_level": None,
        "echelon": None,
    }
    if clean(data.position_name):
        ptype = PositionType(data.position_type)
        position = {
            "position_name": clean(data.position_name),
            "position_type": ptype.value,
            "jf_level": data.jf_level if ptype == PositionType.FUNGSIONAL else None,
            "echelon": reference.echelon(data.echelon).code if data.echelon else None,
        }
    return {
        "kind": kind,
        "front_title": clean(data.front_title),
        "name": clean(data.name),
        "back_title": clean(data.back_title),
        "birth_place": clean(data.birth_place),
        "grade": reference.grade(kind, data.grade).code,
        "grade_since": data.grade_since,
        **position,
        "position_since": data.position_since,
        "unit": data.unit_id,
        "supervisor": links["supervisor"],
        "appraiser": links["appraiser"],
        "active": data.active,
        "inactive_reason": clean(data.inactive_reason) if not data.active else "",
        "phone": clean(data.phone),
        "email": data.email.strip(),
    }


def _changes(plan: _Plan) -> tuple[str, ...]:
    assert plan.existing is not None and plan.info is not None
    kind = plan.info.kind.value
    new = _canon(plan.data, kind, plan.links)
    try:
        old = _canon(
            plan.existing.data,
            kind,
            {"supervisor": plan.existing.supervisor, "appraiser": plan.existing.appraiser},
        )
    except ValueError:  # a stored value that is no longer valid: the import repairs it
        return tuple(_header_of(k) for k in new)
    return tuple(_header_of(k) for k in new if new[k] != old[k])


def _evaluate(
    source: _Source, progress: Progress | None = None, exclude: frozenset[int] = frozenset()
) -> list[_Plan]:
    """Validate every row against the register and the other rows of the file.

    Rows in `exclude` (indices) count as invalid: `apply_import` leaves out what the preview
    showed as invalid even if it has become valid since.
    """
    graph = _Graph()
    index_ = employees.RegisterIndex.load()
    unit_ids = {
        code.upper(): uid
        for uid, code in Unit.select(Unit.id, Unit.code).where(Unit.deleted == False).tuples()
    }
    nips = [_row_nip(cells) for _, cells in source.rows]
    stored = _stored_records(nips, graph)
    total = len(source.rows)
    plans: list[_Plan] = []
    for index, (number, cells) in enumerate(source.rows):
        digits = nips[index]
        existing = stored.get(digits)
        data, links, errors = _row_input(cells, existing, unit_ids)
        info, found = employees.validate(
            replace(data, supervisor_id=None, appraiser_id=None),
            existing.id if existing else None,
            index=index_,
        )
        for key, error in found.items():
            errors.setdefault(key, error)
        if index in exclude:
            errors.setdefault(
                "row",
                _fail(N_("employee_io", "The row had problems in the preview.")),
            )
        plans.append(_Plan(index, number, digits, data, info, existing, links, errors))
        if progress is not None and (index + 1) % 200 == 0:
            progress(index + 1, total)
    _mark_duplicates(plans)
    _check_links(plans, graph)
    for plan in plans:
        if plan.errors or plan.info is None:
            plan.action = Action.INVALID
        elif plan.existing is None:
            plan.action = Action.NEW
        else:
            plan.changes = _changes(plan)
            plan.action = Action.UPDATE if plan.changes else Action.UNCHANGED
    if progress is not None:
        progress(total, total)
    return plans


def _mark_duplicates(plans: list[_Plan]) -> None:
    by_nip: dict[str, list[_Plan]] = {}
    for plan in plans:
        if plan.nip:
            by_nip.setdefault(plan.nip, []).append(plan)
    for nip, group in by_nip.items():
        if len(group) < 2:
            continue
        rows = ", ".join(str(p.row) for p in group)
        for plan in group:
            plan.errors["nip"] = _fail(
                N_(
                    "employee_io",
                    "NIP {nip} appears more than once in the file (rows {rows}): keep one row "
                    "per employee.",
                ),
                nip=_shown_nip(nip),
                rows=rows,
            )


def _check_links(plans: list[_Plan], graph: _Graph) -> None:
    """Superiors named by NIP must be in the register or a valid row of the file, and the
    register overlaid with the file must have no circles. Each pass judges every row against
    the same picture; passes repeat until stable, because a row that fails can make the rows
    that name it fail."""
    by_nip: dict[str, _Plan] = {}
    for plan in plans:
        by_nip.setdefault(plan.nip, plan)
    valid = {p.index for p in plans if not p.errors and p.info is not None}

    def parent_of(attr: str, nip: Any) -> str | None:
        plan = by_nip.get(nip)
        if plan is not None and plan.index in valid:
            return plan.links[attr]
        return graph.parent[attr].get(nip)

    while True:
        found: dict[int, dict[str, ServiceError]] = {}
        for plan in plans:
            if plan.index not in valid:
                continue
            errors = _missing_superiors(plan, by_nip, valid, graph)
            if not errors:
                errors = employees.link_errors(plan.nip, plan.links, parent_of)
            if errors:
                found[plan.index] = errors
        if not found:
            return
        for index, errors in found.items():
            plans[index].errors.update(errors)
            valid.discard(index)


def _missing_superiors(
    plan: _Plan, by_nip: dict[str, _Plan], valid: set[int], graph: _Graph
) -> dict[str, ServiceError]:
    errors: dict[str, ServiceError] = {}
    for attr, target in plan.links.items():
        if target is None or target == plan.nip or target in graph.id_of:
            continue
        other = by_nip.get(target)
        if other is not None and other.index in valid:
            continue
        if other is not None:
            errors[attr] = _fail(
                N_(
                    "employee_io",
                    "{nip} is row {row} of this file, which has problems and will not "
                    "be imported: fix that row first.",
                ),
                nip=_shown_nip(target),
                row=other.row,
            )
        else:
            errors[attr] = _fail(
                N_(
                    "employee_io",
                    "{nip} is neither in the register nor in this file: add that person "
                    "first, or leave the cell empty.",
                ),
                nip=_shown_nip(target),
            )
    return errors


def read_file(path: str | Path, progress: Progress | None = None) -> ImportPreview:
    """Parse and validate a .xlsx or .csv file; nothing is written.

    Raises InputError for problems with the file as a whole (not readable, too big, a required
    column missing); problems of single rows are in the preview.
    """
    require(SessionAction.WRITE_REGISTER)
    path = Path(path)
    source, ignored = _load(path, progress)
    plans = _evaluate(source, progress)
    return ImportPreview(path, [p.preview() for p in plans], ignored, source)


# --- applying ----------------------------------------------------------------------------


def apply_import(preview: ImportPreview, progress: Progress | None = None) -> ImportResult:
    """Write the valid rows of a preview in one transaction: all of them or, on any failure,
    none. The rows are validated again first, since the register may have changed; if a row
    the preview showed as valid is no longer valid, nothing is written."""
    require(SessionAction.WRITE_REGISTER)
    excluded = frozenset(i for i, r in enumerate(preview.rows) if r.action == Action.INVALID)
    with write_transaction():
        plans = _evaluate(preview.source, exclude=excluded)
        broken = [p for p in plans if p.index not in excluded and p.action == Action.INVALID]
        if broken:
            first = broken[0].preview()
            raise ChangedSincePreviewError(
                N_(
                    "employee_io",
                    "The register changed after the preview: {count} row(s) can no longer be "
                    "imported (row {row}: {problem}). Nothing was imported: open the file again.",
                ),
                context="employee_io",
                count=len(broken),
                row=first.row,
                problem=first.problems[0],
            )
        todo = [p for p in plans if p.action in (Action.NEW, Action.UPDATE)]
        created, updated = _write(todo, progress)
    valid = sum(1 for p in plans if p.action != Action.INVALID)
    return ImportResult(created, updated, valid - created - updated, len(plans) - valid)


def _write(todo: list[_Plan], progress: Progress | None) -> tuple[int, int]:
    """Save the rows, superiors first so that links to new rows of the file get their ids."""
    ids = _Graph().id_of
    new_nips = {p.nip for p in todo if p.existing is None}
    tombs = dict(
        Employee.select(Employee.nip, Employee.id).where(Employee.deleted == True).tuples()
    )
    created = updated = done = 0
    pending = list(todo)
    second_pass: list[_Plan] = []
    while pending:
        ready = [p for p in pending if all(t not in new_nips or t in ids for t in p.links.values())]
        if not ready:  # atasan and pejabat penilai name each other: link them in a second pass
            ready = second_pass = pending
        saved = {id(p) for p in ready}
        for plan in ready:
            changed, was_new = _save(plan, ids, tombs)
            created += int(changed and was_new)
            updated += int(changed and not was_new)
            done += 1
            if progress is not None:
                progress(done, len(todo))
        pending = [p for p in pending if id(p) not in saved]
    for plan in second_pass:
        _save(plan, ids, tombs)
    return created, updated


def _save(plan: _Plan, ids: dict[str, int], tombs: dict[str, int]) -> tuple[bool, bool]:
    """Create or update one employee; returns (something changed, it is a new record).

    Unchanged records are not saved, so their version stays (sync sends nothing for them).
    """
    assert plan.info is not None
    data = replace(
        plan.data,
        supervisor_id=ids.get(plan.links["supervisor"] or ""),
        appraiser_id=ids.get(plan.links["appraiser"] or ""),
    )
    emp_id = plan.existing.id if plan.existing is not None else ids.get(plan.info.nip)
    if emp_id is not None:
        employee = Employee.get_by_id(emp_id)
        before: dict[str, Any] | None = dict(employee.__data__)
    else:
        tomb = tombs.get(plan.info.nip)  # a deleted record comes back (the NIP is unique)
        employee = Employee.get_by_id(tomb) if tomb is not None else Employee()
        employee.deleted = False
        before = None
    employees.apply_input(employee, data, plan.info)
    if before is not None and all(employee.__data__.get(k) == v for k, v in before.items()):
        return False, False
    employee.save()
    ids[plan.info.nip] = employee.id
    return True, emp_id is None


# --- export and template -----------------------------------------------------------------


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
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
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
        }


def _export_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise _fail(
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


def _grouped(nip: str) -> str:
    """18 digits grouped 8-6-1-3 (as printed), without judging them: exports never fail."""
    if len(nip) == 18 and nip.isdigit():
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    return nip


def _write_csv(
    part: Path, records: Iterable[dict[str, Any]], total: int, progress: Progress | None
) -> int:
    """Semicolon-separated UTF-8 with BOM, as Indonesian Excel expects. NIPs are written grouped
    with spaces, so Excel keeps them as text instead of rounding them to 15 digits."""
    count = 0
    with part.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow([c.header for c in COLUMNS])
        for record in records:
            row = []
            for column in COLUMNS:
                value = record[column.field]
                if column.field in _NIP_FIELDS and value:
                    value = _grouped(value)
                elif isinstance(value, dt.date):
                    value = value.isoformat()
                row.append("" if value is None else value)
            writer.writerow(row)
            count += 1
            if progress is not None and count % _CHUNK == 0:
                progress(count, total)
    return count


def _write_xlsx(
    part: Path, records: Iterable[dict[str, Any]], total: int, progress: Progress | None
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET)
    _prepare_sheet(sheet, COLUMNS)
    sheet.append(_header_cells(sheet, COLUMNS))
    count = 0
    for record in records:
        row: list[Any] = []
        for column in COLUMNS:
            value = record[column.field]
            if not value and value != 0:
                row.append(None)
            elif column.field in _NIP_FIELDS or (isinstance(value, str) and value[0] == "="):
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
        if progress is not None and count % _CHUNK == 0:
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
        if column.field in _NIP_FIELDS:
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
    sheet = book.create_sheet(SHEET)
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
            letter = _column_letter(index)
            rule.add(f"{letter}2:{letter}{MAX_ROWS + 1}")
            sheet.data_validations.append(rule)
    sheet.append(_header_cells(sheet, IMPORT_COLUMNS))

    bold = Font(bold=True)
    title = Font(bold=True, size=14)
    shade = PatternFill("solid", fgColor="DDEBF7")
    help_sheet = book.create_sheet(HELP_SHEET)
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
            "column names; the shaded columns (NIP / NI PPPK, Nama, Golongan, Kode Unit) are "
            "required.",
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
