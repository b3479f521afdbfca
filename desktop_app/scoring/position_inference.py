"""The jenis jabatan guessed from the name of the jabatan, for register files that have no
jenis jabatan column (issue 19, point 2). The guess is marked as inferred for HR to review.

The rules, in order:
1. a jenjang word at the end (Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula,
   Terampil, Mahir, Penyelia) makes a jabatan fungsional of that jenjang;
2. a name from the SIASN list of jabatan fungsional (`jf_catalogue`) without a jenjang is a
   jabatan fungsional whose jenjang is not known;
3. Kepala Sekolah / Madrasah (Kepsek) -> the jabatan fungsional Guru: since Permendikbud
   6/2018 (and Permendikbudristek 40/2021) a kepala sekolah is a guru given an additional task
   (tugas tambahan), not a structural post; SIASN has no such jabatan, only the JF Guru. The
   guess says so (`extra_task`), the import stores "Guru" (with the jenjang the name gives)
   and warns;
4. Kepala Seksi / Subbagian / Subbidang / UPT -> Pengawas; Kepala Bidang / Bagian and
   Sekretaris -> Administrator; Kepala Dinas / Badan, Sekretaris Daerah, Inspektur -> JPT;
5. anything else -> Pelaksana.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.scoring.jf_catalogue import JF_NAMES
from desktop_app.scoring.reference import JfLevel, PositionType

_NOT_WORD = re.compile(r"[^0-9a-z]+")


def _key(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.replace("\u00a0", " ").casefold()).split())


JENJANG_WORDS: dict[str, JfLevel] = {
    "ahli pertama": JfLevel.AHLI_PERTAMA,
    "ahli muda": JfLevel.AHLI_MUDA,
    "ahli madya": JfLevel.AHLI_MADYA,
    "ahli utama": JfLevel.AHLI_UTAMA,
    "pemula": JfLevel.PEMULA,
    "terampil": JfLevel.TERAMPIL,
    "mahir": JfLevel.MAHIR,
    "penyelia": JfLevel.PENYELIA,
}
_JF_KEYS = frozenset(_key(n) for n in JF_NAMES)
_JENJANG_END = re.compile(r"\b(" + "|".join(JENJANG_WORDS) + r")$")

# (pattern on the key, type); checked in order, the first that matches wins
_STRUCTURAL: tuple[tuple[re.Pattern[str], PositionType], ...] = tuple(
    (re.compile(p), t)
    for p, t in (
        (r"^(kepala|kasi|kasubag|kasubbag|kasubid|kasubbid)\b.*\b(seksi|sub ?bagian|subbag|"
         r"sub ?bidang|subbid|upt|upt[a-z]*|unit pelaksana teknis)\b", PositionType.PENGAWAS),
        (r"^(kasi|kasubag|kasubbag|kasubid|kasubbid|kaupt)\b", PositionType.PENGAWAS),
        (r"^(kepala|kadis|kaban)\b.*\b(dinas|badan)\b", PositionType.JPT),
        (r"^(kadis|kaban|sekretaris daerah|sekda|inspektur|asisten)\b", PositionType.JPT),
        (r"^(kepala|kabid|kabag)\b.*\b(bidang|bagian)\b", PositionType.ADMINISTRATOR),
        (r"^(kabid|kabag|sekretaris|camat)\b", PositionType.ADMINISTRATOR),
    )
)  # fmt: skip


@dataclass(frozen=True)
class PositionGuess:
    """The jenis jabatan (and jenjang) a jabatan name suggests; `jf_level` None for a
    jabatan fungsional means the name gives no jenjang."""

    position_type: PositionType
    jf_level: JfLevel | None = None
    extra_task: bool = False  # a tugas tambahan (Kepala Sekolah) of the JF `GURU`


GURU = "Guru"
_HEAD_OF_SCHOOL = re.compile(
    r"^(?:kepsek|(?:kepala|ka) (?:sekolah|madrasah|sdn?|smpn?|sman?|smkn?|mi|mts|ma)\b)"
)


@lru_cache(maxsize=4096)
def jenjang_of(name: str) -> JfLevel | None:
    """The jenjang a jabatan name ends with ("Guru Ahli Muda" -> AHLI_MUDA), else None."""
    match = _JENJANG_END.search(_key(name))
    return JENJANG_WORDS[match.group(1)] if match else None


@lru_cache(maxsize=4096)
def jf_base(name: str) -> str:
    """The name compared loosely without its jenjang: "Guru Ahli Muda" and "GURU" -> "guru"."""
    key = _key(name)
    match = _JENJANG_END.search(key)
    return key[: match.start()].strip() if match else key


def is_jf_name(name: str) -> bool:
    """True when the name (without its jenjang) is a jabatan fungsional of the SIASN list."""
    return jf_base(name) in _JF_KEYS


@lru_cache(maxsize=4096)
def infer_position(name: str) -> PositionGuess | None:
    """The guess for a jabatan name by the rules above; None for an empty name."""
    key = _key(name)
    if not key:
        return None
    level = jenjang_of(name)
    if _HEAD_OF_SCHOOL.search(key):
        return PositionGuess(PositionType.FUNGSIONAL, level, extra_task=True)
    if level is not None:
        return PositionGuess(PositionType.FUNGSIONAL, level)
    if key in _JF_KEYS:
        return PositionGuess(PositionType.FUNGSIONAL, None)
    for pattern, ptype in _STRUCTURAL:
        if pattern.search(key):
            return PositionGuess(ptype)
    return PositionGuess(PositionType.PELAKSANA)


_TYPE_WORDS: tuple[tuple[str, PositionType | None], ...] = (
    ("fungsional umum", PositionType.PELAKSANA),  # the old name of jabatan pelaksana
    ("fungsional tertentu", PositionType.FUNGSIONAL),
    ("pimpinan tinggi", PositionType.JPT),
    ("jpt", PositionType.JPT),
    ("administrator", PositionType.ADMINISTRATOR),
    ("pengawas", PositionType.PENGAWAS),
    ("pelaksana", PositionType.PELAKSANA),
    ("fungsional", PositionType.FUNGSIONAL),
    ("jf", PositionType.FUNGSIONAL),
    ("struktural", None),  # an eselon post: which one comes from the name
)


@lru_cache(maxsize=4096)
def position_type_words(text: str) -> tuple[bool, PositionType | None]:
    """A jenis jabatan written as SIASN and SIMPEG do ("Jabatan Fungsional Tertentu",
    "Fungsional Umum", "Struktural"): (recognised, type); type None for "Struktural"."""
    key = _key(text)
    for pattern, ptype in _TYPE_PATTERNS:
        if pattern.search(key):
            return True, ptype
    return False, None


_TYPE_PATTERNS = tuple((re.compile(rf"\b{words}\b"), ptype) for words, ptype in _TYPE_WORDS)
