"""Units of a register file found by name (issue 19, point 3): real files name the unit kerja
("SUB BAGIAN UMUM", "Subbag. Umum", "UPT Puskesmas Kota") instead of giving its code.

Names are compared ignoring case, spaces and punctuation, with the common abbreviations
written out (Subbag -> Subbagian, Sek. -> Seksi, Bid. -> Bidang, Kasubag ...). A name that is
no unit of the register is listed; with the user's consent the import creates it under the
office root or a parent the user picks. Rows without a unit go to the default unit (the office
root unless the user picks another).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import Unit

_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"\bsub\s*bag(?:ian)?\b", "subbagian"),
    (r"\bsubag\b", "subbagian"),
    (r"\bsub\s*bid(?:ang)?\b", "subbidang"),
    (r"\bsek(?:si)?\b", "seksi"),
    (r"\bbid(?:ang)?\b", "bidang"),
    (r"\bbag(?:ian)?\b", "bagian"),
    (r"\bsekr?(?:etariat)?\b|\bsetdis\b", "sekretariat"),
    (r"\bu\s*p\s*t\s*d\b", "uptd"),
    (r"\bu\s*p\s*t\b", "upt"),
    (r"\bunit pelaksana teknis daerah\b", "uptd"),
    (r"\bunit pelaksana teknis\b", "upt"),
    (r"\bpusk(?:es)?\b", "puskesmas"),
    (r"\bdis\b", "dinas"),
    (r"\bkab\b", "kabupaten"),
    (r"\bsd\s*n\b", "sd negeri"),
    (r"\bsmp\s*n\b", "smp negeri"),
    (r"\bsma\s*n\b", "sma negeri"),
    (r"\bsmk\s*n\b", "smk negeri"),
)
_COMPILED = tuple((re.compile(p), r) for p, r in _ABBREVIATIONS)


@lru_cache(maxsize=4096)
def unit_key(name: str) -> str:
    """A unit name compared loosely ("SUB BAGIAN UMUM" == "Subbag. Umum" == "subbag umum")."""
    text = (name or "").replace("\u00a0", " ").replace("&", " dan ").casefold()
    text = re.sub(r"[^0-9a-z]+", " ", text)
    text = " ".join(text.split())
    for pattern, replacement in _COMPILED:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


_KIND_WORDS = (
    ("dinas", "DINAS"), ("badan", "BADAN"), ("sekretariat", "SEKRETARIAT"),
    ("bidang", "BIDANG"), ("subbagian", "SUBBAGIAN"), ("seksi", "SEKSI"),
    ("puskesmas", "PUSKESMAS"), ("upt", "UPT"), ("uptd", "UPT"), ("sd", "SEKOLAH"),
    ("smp", "SEKOLAH"), ("sma", "SEKOLAH"), ("smk", "SEKOLAH"), ("sekolah", "SEKOLAH"),
    ("tk", "SEKOLAH"), ("kecamatan", "KECAMATAN"), ("kelurahan", "KELURAHAN"),
)  # fmt: skip


def kind_of(name: str) -> str:
    """The unit kind a new unit gets from the first words of its name."""
    words = unit_key(name).split()
    for word in words[:2]:
        for start, kind in _KIND_WORDS:
            if word == start:
                return kind
    return "LAINNYA"


@dataclass
class UnitNotFound:
    """A unit named in the file that is not in the register: its name as first written, the
    rows that name it, and whether the import creates it."""

    name: str
    rows: list[int] = field(default_factory=list)
    created: bool = False


@dataclass
class UnitResolver:
    """The register's live units by code and by loose name, read once per preview."""

    by_key: dict[str, int]
    by_code: dict[str, int]
    names: dict[int, str]
    root_id: int | None

    @classmethod
    def load(cls) -> UnitResolver:
        rows = list(
            Unit.select(Unit.id, Unit.code, Unit.name, Unit.parent, Unit.sort_order)
            .where(Unit.deleted == False)
            .order_by(Unit.sort_order, Unit.id)
            .tuples()
        )
        by_key: dict[str, int] = {}
        for uid, _code, name, _parent, _order in rows:
            by_key.setdefault(unit_key(name), uid)
        roots = [r[0] for r in rows if r[3] is None]
        return cls(
            by_key,
            {code.upper(): uid for uid, code, *_ in rows},
            {uid: name for uid, _c, name, *_ in rows},
            roots[0] if roots else None,
        )

    def find(self, name: str) -> int | None:
        """The unit a name (or a code written in the name column) means, else None."""
        text = " ".join((name or "").split())
        if not text:
            return None
        return self.by_key.get(unit_key(text)) or self.by_code.get(text.upper())

    def find_longer(self, name: str) -> int | None:
        """The one register unit whose name is this name with more words after it ("Dinas
        Kesehatan" -> "Dinas Kesehatan Kabupaten Contoh"), else None (none, or several)."""
        key = unit_key(" ".join((name or "").split()))
        if not key:
            return None
        found = {uid for other, uid in self.by_key.items() if other.startswith(key + " ")}
        return found.pop() if len(found) == 1 else None


def default_unit(resolver: UnitResolver, chosen: int | None) -> int:
    """The unit rows without a unit go to: the chosen one, else the office root."""
    if chosen is not None:
        if chosen not in resolver.names:
            raise InputError(
                N_("employee_io", "The chosen default unit no longer exists: choose another."),
                "employee_io",
            )
        return chosen
    if resolver.root_id is None:
        raise InputError(
            N_(
                "employee_io",
                "The register has no unit yet: add the office's main unit (Unit Kerja) first, "
                "then import the staff list.",
            ),
            "employee_io",
        )
    return resolver.root_id


def new_code(name: str, taken: set[str]) -> str:
    """A short unused unit code made of the name's initials ("Subbagian Umum" -> "SU"),
    numbered when taken; `taken` (upper case) is updated."""
    words = [w for w in unit_key(name).upper().split() if w]
    base = "".join(w[0] for w in words)[:10] or "UNIT"
    if len(base) < 3 and words:
        base = (base + words[-1][1:])[:6]
    code, number = base, 2
    while code in taken:
        code = f"{base}{number}"
        number += 1
    taken.add(code)
    return code


def create_units(names: list[str], parent_id: int | None) -> dict[str, int]:
    """Create the units (inside the caller's transaction) under `parent_id`; returns their
    ids by `unit_key`."""
    taken = {c.upper() for (c,) in Unit.select(Unit.code).where(Unit.deleted == False).tuples()}
    created: dict[str, int] = {}
    for name in names:
        key = unit_key(name)
        if key in created:
            continue
        unit = Unit(
            code=new_code(name, taken),
            name=" ".join(name.split())[:200],
            kind=kind_of(name),
            parent=parent_id,
        )
        unit.save()
        created[key] = unit.id
    return created
