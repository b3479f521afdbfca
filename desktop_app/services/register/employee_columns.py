"""The columns of the employee register file (impor/ekspor data pegawai): the file format.

The column headers are Indonesian and fixed: they are the file format HR staff work with, not
interface text. A header row is recognised loosely (case, spaces and punctuation do not matter,
alias headers are accepted). Shared by the import and the export, with the file's message helpers
(translation context "employee_io"). No Qt here: translatable strings are marked with N_.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop_app.errors import InputError, ServiceError, _english
from desktop_app.i18n import N_
from desktop_app.scoring.reference import PositionType

Progress = Callable[[int, int], None]
"""progress(done, total): total 0 means "not known yet". It may raise to cancel the work."""

SHEET = "Pegawai"
HELP_SHEET = "Petunjuk"
CHUNK = 500


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
        width=12,
        help=N_(
            "employee_io",
            "The code of the unit (list below). Empty: the unit chosen for the import, or "
            "the unit named in the column 'Unit Kerja'.",
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
            "NIP of the direct superior: someone already in the app or another row of this file.",
        ),
    ),
    Column(
        "appraiser",
        "NIP Pejabat Penilai",
        ("NIP Penilai", "NIP Pejabat Penilai Kinerja"),
        width=22,
        help=N_(
            "employee_io",
            "NIP of the appraiser (usually the direct superior).",
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
    Column(
        "pns_id",
        "PNS ID",
        ("ID PNS", "PNS ID SIASN"),
        width=36,
        help=N_(
            "employee_io",
            "The PNS ID SIASN shows for the employee (its external key for SIASN uploads). "
            "Optional.",
        ),
    ),
)
COLUMN_BY_FIELD = {c.field: c for c in COLUMNS}
IMPORT_COLUMNS = tuple(c for c in COLUMNS if not c.informative)
NIP_FIELDS = ("nip", "supervisor", "appraiser")
DATE_FIELDS = ("grade_since", "position_since")

POSITION_LABELS = {
    PositionType.JPT: "JPT",
    PositionType.ADMINISTRATOR: "Administrator",
    PositionType.PENGAWAS: "Pengawas",
    PositionType.PELAKSANA: "Pelaksana",
    PositionType.FUNGSIONAL: "Fungsional",
}
STATUS_ACTIVE = "Aktif"
STATUS_INACTIVE = "Tidak Aktif"


def norm(text: str) -> str:
    """A header or code word compared loosely: case, spaces, / . - _ * : do not matter."""
    return " ".join(re.sub(r"[/._\-*:()]+", " ", text.casefold()).split())


def column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


class RowError(InputError):
    """An InputError whose English text is made only when asked for: a preview of 50,000
    rows holds tens of thousands of warnings and problems that are shown (translated from
    `msgid` and `params`) for the few rows a clerk looks at, and mostly never printed."""

    def __init__(self, msgid: str, context: str = "employee_io", **params: Any) -> None:
        self.msgid = msgid
        self.context = context
        self.params = params

    def __str__(self) -> str:
        return self.msgid.format(**{k: _english(v) for k, v in self.params.items()})


def fail(msgid: str, **params: Any) -> InputError:
    """A problem with the file, in the translation context of the employee file (msgid marked
    with N_("employee_io"), the context of every employee_* file module)."""
    return RowError(msgid, "employee_io", **params)


def problem(column: str, error: ServiceError) -> ServiceError:
    """Prefix a problem with its column, so HR knows which cell to fix."""
    return fail(N_("employee_io", "{column}: {problem}"), column=column, problem=error)


def header_of(field_name: str) -> str:
    column = COLUMN_BY_FIELD.get(field_name)
    return column.header if column else field_name


_QUOTED = re.compile(r'="(.*)"')


def plain(value: Any) -> str:
    """Any cell as stripped text (numbers without a needless .0, dates as ISO)."""
    if value is None:
        return ""
    if type(value) is str:  # the common case first: 50,000 rows have a million cells
        text = value.strip()
        if not text.startswith('="'):
            return text
        quoted = _QUOTED.fullmatch(text)  # CSV trick to keep text: ="0812..."
        return quoted.group(1).strip() if quoted else text
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    quoted = _QUOTED.fullmatch(text)
    return quoted.group(1).strip() if quoted else text


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
