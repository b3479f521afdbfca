"""The fields a column of a register file can fill and the headers they are known by.

The headers come from the files HR has: our own template (`employee_columns`), the SIASN
"Data Utama" export (NIP_BARU, GOL_AKHIR_NAMA, UNOR_NAMA, ...), SIMPEG import templates,
e-Kinerja exports (snake_case), school (Dapodik) and office staff lists and attendance apps.
They are compared by `header_key`: case, spaces, underscores and punctuation do not matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.i18n import N_

if TYPE_CHECKING:
    from desktop_app.services.register.import_layout import MatchKind

LABEL_CONTEXT = "employee_io"
"""The translation context of every field label (views: QCoreApplication.translate)."""


@dataclass(frozen=True)
class TargetField:
    """A field a column can fill: its `key` (what a mapping holds and --map takes), its user
    label (msgid in LABEL_CONTEXT) and whether a file must have it."""

    key: str
    label: str
    required: bool = False


TARGET_FIELDS: tuple[TargetField, ...] = (
    TargetField("nip", N_("employee_io", "NIP / NI PPPK"), required=True),
    TargetField("name", N_("employee_io", "Name"), required=True),
    TargetField("pns_id", N_("employee_io", "PNS ID (SIASN)")),
    TargetField("kind", N_("employee_io", "Employee type (PNS / PPPK)")),
    TargetField("front_title", N_("employee_io", "Title before the name")),
    TargetField("back_title", N_("employee_io", "Title after the name")),
    TargetField("birth_place", N_("employee_io", "Place of birth")),
    TargetField("birth_date", N_("employee_io", "Date of birth (checked against the NIP)")),
    TargetField("gender", N_("employee_io", "Gender (checked against the NIP)")),
    TargetField("grade", N_("employee_io", "Golongan")),
    TargetField("rank", N_("employee_io", "Rank (pangkat)")),
    TargetField("grade_since", N_("employee_io", "TMT golongan")),
    TargetField("position_name", N_("employee_io", "Jabatan")),
    TargetField("position_type", N_("employee_io", "Jenis jabatan")),
    TargetField("jf_level", N_("employee_io", "Jenjang JF")),
    TargetField("echelon", N_("employee_io", "Eselon")),
    TargetField("position_since", N_("employee_io", "TMT jabatan")),
    TargetField("unit", N_("employee_io", "Unit code")),
    TargetField("unit_name", N_("employee_io", "Unit name")),
    TargetField("supervisor", N_("employee_io", "NIP of the direct superior (atasan langsung)")),
    TargetField("appraiser", N_("employee_io", "NIP of the appraiser (pejabat penilai)")),
    TargetField("active", N_("employee_io", "Status (Aktif / Tidak Aktif)")),
    TargetField("legal_status", N_("employee_io", "Kedudukan hukum")),
    TargetField("inactive_reason", N_("employee_io", "Reason inactive")),
    TargetField("phone", N_("employee_io", "Phone")),
    TargetField("email", N_("employee_io", "E-mail")),
)
_BY_KEY = {f.key: f for f in TARGET_FIELDS}


def target_field(key: str) -> TargetField | None:
    return _BY_KEY.get(key)


def header_key(text: str) -> str:
    """A header compared loosely: letters and digits only, case folded ("NIP_BARU", "Nip Baru"
    and "NIP. BARU" are the same)."""
    return re.sub(r"[^0-9a-z]+", "", (text or "").casefold().replace("\u00a0", " "))


# Headers by field. Our template's own headers (employee_columns) count as exact matches.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "nip": (
        "NIP", "NIP BARU", "NIP 18", "NIP18", "NIP PNS", "NIP NI PPPK", "NI PPPK", "NIPPPK",
        "NIP / NIPPPK", "NIP PPPK", "NOMOR INDUK PEGAWAI", "NIP PEGAWAI", "NO NIP", "NIP ASN",
        "NIP/NIK", "nip_baru", "nip pegawai",
    ),
    "name": (
        "NAMA", "NAMA LENGKAP", "NAMA PEGAWAI", "NAMA ASN", "NAMA PNS", "NAMA GURU",
        "NAMA PTK", "NAMA KARYAWAN", "NAMA LENGKAP DAN GELAR", "NAMA DAN GELAR",
        "NAMA (GELAR)", "NAMA GELAR", "nama_pegawai", "nama_lengkap", "PEGAWAI",
    ),
    "pns_id": ("PNS ID", "ID PNS", "PNS_ID", "ID SIASN", "SIASN ID", "ORANG ID"),
    "kind": (
        "JENIS PEGAWAI", "JENIS PEGAWAI NAMA", "JENIS ASN", "STATUS PEGAWAI",
        "STATUS KEPEGAWAIAN", "STATUS ASN", "STATUS CPNS PNS", "PNS PPPK", "PNS/PPPK",
        "JENIS KEPEGAWAIAN", "status_pegawai",
    ),
    "front_title": ("GELAR DEPAN", "GLR DEPAN", "GELAR DPN", "gelar_depan"),
    "back_title": ("GELAR BELAKANG", "GLR BELAKANG", "GELAR BLK", "gelar_belakang"),
    "birth_place": (
        "TEMPAT LAHIR", "TEMPAT LAHIR NAMA", "TMP LAHIR", "TEMPAT", "tempat_lahir",
        "KOTA LAHIR", "TEMPAT KELAHIRAN",
    ),
    "birth_date": (
        "TANGGAL LAHIR", "TGL LAHIR", "TGL. LAHIR", "TANGGAL LHR", "TGL LHR",
        "tanggal_lahir", "tgl_lahir", "LAHIR", "TANGGAL KELAHIRAN",
        "TGL KELAHIRAN",
    ),
    "gender": ("JENIS KELAMIN", "JK", "L/P", "KELAMIN", "SEX", "jenis_kelamin"),
    "grade": (
        "GOLONGAN", "GOL", "GOL RUANG", "GOLONGAN RUANG", "GOL. RUANG", "GOL AKHIR NAMA",
        "GOL AKHIR", "GOLONGAN AKHIR", "GOL TERAKHIR", "PANGKAT GOL", "PANGKAT/GOL",
        "PANGKAT/GOLONGAN", "PANGKAT / GOL. RUANG", "PANGKAT GOLONGAN", "GOL/RUANG",
        "GOLONGAN/RUANG", "PANGKAT/GOL RUANG", "GOLONGAN PPPK", "golongan_ruang",
        "PANGKAT DAN GOLONGAN", "PANGKAT GOL RUANG", "GOL RUANG AKHIR",
    ),
    "rank": ("PANGKAT", "PANGKAT AKHIR", "NAMA PANGKAT", "PANGKAT TERAKHIR", "pangkat"),
    "grade_since": (
        "TMT GOLONGAN", "TMT GOL", "TMT PANGKAT", "TMT PANGKAT/GOL", "TMT GOL AKHIR",
        "TMT PANGKAT GOLONGAN", "tmt_golongan", "TMT GOLONGAN AKHIR",
        "TMT KEPANGKATAN",
    ),
    "position_name": (
        "JABATAN", "NAMA JABATAN", "JABATAN NAMA", "JABATAN TERAKHIR", "SUB JABATAN",
        "JABATAN SAAT INI", "nama_jabatan", "JABATAN FUNGSIONAL", "JABATAN STRUKTURAL",
        "POSISI", "JABATAN/TUGAS",
    ),
    "position_type": (
        "JENIS JABATAN", "JENIS JABATAN NAMA", "JNS JABATAN", "TIPE JABATAN",
        "KELOMPOK JABATAN", "jenis_jabatan",
    ),
    "jf_level": ("JENJANG", "JENJANG JF", "JENJANG JABATAN", "JENJANG FUNGSIONAL"),
    "echelon": ("ESELON", "ESELON NAMA", "ESELON ID", "ESELON JABATAN"),
    "position_since": ("TMT JABATAN", "TMT JAB", "tmt_jabatan"),
    "unit": ("KODE UNIT", "KODE UNIT KERJA", "KODE UNOR", "ID UNIT", "kode_unit"),
    "unit_name": (
        "UNIT KERJA", "NAMA UNIT", "UNOR NAMA", "UNOR", "UNIT ORGANISASI", "SUB UNIT KERJA",
        "SUB UNIT", "SATUAN KERJA", "SATKER", "UNIT", "BIDANG", "DEPARTEMEN",
        "NAMA UNIT KERJA", "unit_kerja", "nama_unit", "LOKASI KERJA", "TEMPAT TUGAS",
        "SEKOLAH", "NAMA SEKOLAH", "UNOR INDUK NAMA", "SUBUNIT",
    ),
    "supervisor": (
        "NIP ATASAN", "NIP ATASAN LANGSUNG", "ATASAN NIP", "nip_atasan", "NIP ATASAN LANGSUNG",
    ),
    "appraiser": (
        "NIP PENILAI", "NIP PEJABAT PENILAI", "NIP PEJABAT PENILAI KINERJA", "nip_penilai",
        "PENILAI NIP",
    ),
    "active": ("STATUS", "STATUS AKTIF", "AKTIF", "STATUS KERJA"),
    "legal_status": (
        "KEDUDUKAN HUKUM", "KEDUDUKAN HUKUM NAMA", "KEDUDUKAN PEGAWAI", "KEDUDUKAN",
    ),
    "inactive_reason": ("ALASAN TIDAK AKTIF", "ALASAN", "KETERANGAN NONAKTIF"),
    "phone": (
        "TELEPON", "NO TELEPON", "NO HP", "HP", "NOMOR HP", "NO. HP", "NO HANDPHONE",
        "HANDPHONE", "NO TELP", "TELP", "NOMOR TELEPON", "WA", "NO WA", "WHATSAPP",
        "nomor_hp", "no_hp", "TELEPON HP",
    ),
    "email": ("EMAIL", "E-MAIL", "SUREL", "ALAMAT EMAIL", "EMAIL GOV", "EMAIL PRIBADI"),
}  # fmt: skip


def _exact_headers() -> dict[str, str]:
    from desktop_app.services.register.employee_columns import COLUMNS

    found: dict[str, str] = {}
    for column in COLUMNS:
        key = {"unit_name": "unit_name"}.get(column.field, column.field)
        for text in (column.header, column.field, *column.aliases):
            found.setdefault(header_key(text), key)
    return found


_EXACT = _exact_headers()
_SYNONYM: dict[str, str] = {}
for _key, _headers in SYNONYMS.items():
    for _header in _headers:
        _SYNONYM.setdefault(header_key(_header), _key)
for _field in TARGET_FIELDS:
    _EXACT.setdefault(header_key(_field.key), _field.key)


def field_for_header(header: str) -> tuple[str, MatchKind] | None:
    """The field a header names and how (exact: our template's header; synonym)."""
    from desktop_app.services.register.import_layout import MatchKind

    key = header_key(header)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key], MatchKind.EXACT
    if key in _SYNONYM:
        return _SYNONYM[key], MatchKind.SYNONYM
    return None
