"""Demo office plan: the unit tree sized to the number of employees, its heads and staff, and
the atasan and pejabat penilai chains, computed without touching the database."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator, Sequence

from desktop_app.demo.blueprint import OfficePlan, Person, UnitPlan
from desktop_app.demo.catalogue_office import (
    BIDANG,
    DEMO_OFFICE_NAME,
    DIREKTUR,
    JF_MIN_APPRAISER_LEVEL,
    KA_IFK,
    KA_LAB,
    KABID,
    KADIS,
    KAPUS,
    KASI,
    KASI_RS_MEDIK,
    KASI_RS_PENUNJANG,
    KASUBBAG,
    MIN_APPRAISER_LEVEL,
    SEKRETARIS,
    SUBBAGIAN,
    Post,
)
from desktop_app.demo.catalogue_people import PLACE_HEADS, PLACE_QUARTERS, PLACE_TAILS
from desktop_app.demo.people import PersonMaker
from desktop_app.scoring.reference import PositionType


def _place_names(rng: random.Random) -> Iterator[str]:
    """Endless distinct village-like names (Sukamaju, Karangrejo Timur, ...), shuffled."""
    base = [h + t for h in PLACE_HEADS for t in PLACE_TAILS]
    rng.shuffle(base)
    for quarter in PLACE_QUARTERS:
        for name in base:
            yield name + quarter
    n = 2
    while True:
        for name in base:
            yield f"{name} {n}"
        n += 1


def _plan_units(n: int, rng: random.Random) -> list[UnitPlan]:
    """The unit tree sized so that heads stay a small share of `n` employees."""
    units: list[UnitPlan] = []

    def add(
        code: str,
        name: str,
        kind: str,
        parent: UnitPlan | None,
        *,
        head: Post,
        head_title: str,
        staff_weight: float,
        mix: str,
    ) -> UnitPlan:
        order = sum(1 for u in units if u.parent is parent)
        unit = UnitPlan(code, name, kind, parent, order, head, head_title, staff_weight, mix)
        units.append(unit)
        return unit

    root = add("DINKES", DEMO_OFFICE_NAME, "DINAS", None, head=KADIS,
               head_title="Kepala Dinas Kesehatan", staff_weight=3 if n >= 100 else 0.5,
               mix="root")  # fmt: skip
    if n >= 3:
        sek = add("SEKRET", "Sekretariat", "SEKRETARIAT", root, head=SEKRETARIS,
                  head_title="Sekretaris Dinas Kesehatan", staff_weight=2,
                  mix="sekretariat")  # fmt: skip
        n_subbag = 0 if n < 12 else 2 if n < 100 else 3
        for code, name, mix in SUBBAGIAN[:n_subbag]:
            add(code, name, "SUBBAGIAN", sek, head=KASUBBAG, head_title=f"Kepala {name}",
                staff_weight=7, mix=mix)  # fmt: skip
    n_bidang = 0 if n < 8 else 1 if n < 16 else 2 if n < 40 else 3 if n < 80 else 4
    n_seksi = 0 if n < 16 else 2 if n < 100 else 3
    for code, name, mix, seksi in BIDANG[:n_bidang]:
        bidang = add(code, name, "BIDANG", root, head=KABID, head_title=f"Kepala {name}",
                     staff_weight=2, mix=mix)  # fmt: skip
        for s_code, s_name in seksi[:n_seksi]:
            add(s_code, s_name, "SEKSI", bidang, head=KASI, head_title=f"Kepala {s_name}",
                staff_weight=5, mix=mix)  # fmt: skip
    if n >= 300:
        for code, name, post, weight, mix in (
            ("LABKESDA", "UPT Laboratorium Kesehatan Daerah", KA_LAB, 12, "labkesda"),
            ("IFK", "UPT Instalasi Farmasi Kabupaten", KA_IFK, 8, "ifk"),
        ):
            add(code, name, "UPT", root, head=post, head_title=f"Kepala {name}",
                staff_weight=weight, mix=mix)  # fmt: skip
    places = _place_names(rng)
    if n >= 600:
        rs_staff = 0.12 * n
        n_rs = math.ceil(rs_staff / 700)
        per_rs = rs_staff / n_rs
        for i in range(1, n_rs + 1):
            code = "RSUD" if i == 1 else f"RSUD{i}"
            name = "RSUD Kabupaten Contoh" if i == 1 else f"RSUD Pratama {next(places)}"
            rs = add(code, name, "UPT", root, head=DIREKTUR, head_title=f"Direktur {name}",
                     staff_weight=2, mix="rs_root")  # fmt: skip
            add(
                f"{code}TU",
                f"Subbagian Tata Usaha {name}",
                "SUBBAGIAN",
                rs,
                head=KASUBBAG,
                head_title=f"Kepala Subbagian Tata Usaha {name}",
                staff_weight=0.15 * per_rs,
                mix="rs_tu",
            )
            add(
                f"{code}YM",
                f"Seksi Pelayanan Medik dan Keperawatan {name}",
                "SEKSI",
                rs,
                head=KASI_RS_MEDIK,
                head_title=f"Kepala Seksi Pelayanan Medik dan Keperawatan {name}",
                staff_weight=0.65 * per_rs,
                mix="rs_medik",
            )
            add(f"{code}PJ", f"Seksi Penunjang {name}", "SEKSI", rs, head=KASI_RS_PENUNJANG,
                head_title=f"Kepala Seksi Penunjang {name}", staff_weight=0.2 * per_rs,
                mix="rs_penunjang")  # fmt: skip
    if n >= 30:
        heads = sum(1 for u in units if u.head is not None)
        rest = n - heads - sum(u.staff_weight for u in units)
        for i in range(1, max(1, round(rest / 56)) + 1):
            name = f"UPT Puskesmas {next(places)}"
            add(f"PKM{i:03d}", name, "PUSKESMAS", root, head=KAPUS, head_title=f"Kepala {name}",
                staff_weight=55 * rng.uniform(0.6, 1.4), mix="puskesmas")  # fmt: skip
    return units


def _allocate(total: int, weights: Sequence[float]) -> list[int]:
    """Split `total` in proportion to `weights` (largest remainder; deterministic)."""
    whole = sum(weights)
    if total <= 0 or whole <= 0:
        return [0] * len(weights)
    exact = [total * w / whole for w in weights]
    counts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (counts[i] - exact[i], i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def plan_office(n: int, rng: random.Random) -> OfficePlan:
    """The office of `n` people: units, one head per unit, staff shared out by unit weight,
    and everyone's atasan and pejabat penilai."""
    units = _plan_units(n, rng)
    maker = PersonMaker(rng)
    heads: list[Person] = []
    for unit in units:
        if unit.head is not None and len(heads) < n:
            person = maker.head(unit)
            unit.head_person = person
            heads.append(person)
    staff_total = n - len(heads)
    p_pppk = min(0.85, 0.25 * n / staff_total) if staff_total else 0.0
    counts = _allocate(staff_total, [u.staff_weight for u in units])
    staff: list[Person] = []
    for unit, count in zip(units, counts, strict=True):
        for _ in range(count):
            staff.append(maker.staff(unit, pppk=rng.random() < p_pppk))
    people = heads + staff
    for person in people:
        _link(person)
    return OfficePlan(units, people, heads)


def _link(person: Person) -> None:
    """Atasan langsung: the head of the person's unit (a head: of the nearest unit above).
    Pejabat penilai: the nearest superior senior enough for the post (domain.md §2.4)."""
    unit: UnitPlan | None = person.unit
    if unit is not None and unit.head_person is person:
        unit = unit.parent
    while unit is not None and unit.head_person is None:
        unit = unit.parent
    person.supervisor = unit.head_person if unit is not None else None
    if person.supervisor is None:
        return  # the Kepala Dinas: appraised by the Bupati, outside the register
    person.depth = person.supervisor.depth + 1
    ptype = PositionType(person.position[1])
    need = (
        JF_MIN_APPRAISER_LEVEL.get(person.jf_level, 2)
        if person.jf_level is not None
        else MIN_APPRAISER_LEVEL.get(ptype, 4)
    )
    candidate: Person | None = person.supervisor
    while candidate is not None and candidate.level < need and candidate.supervisor is not None:
        candidate = candidate.supervisor
    person.appraiser = candidate
