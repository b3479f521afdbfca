"""Demo development: the IDPs of the current year and the 20 JP record of the demo office.

Everyone with a final poor predikat (Butuh Perbaikan or worse) in the ended quarters gets a
required IDP made after that evaluation, with the gaps the evaluations propose
(`development_rules.propose`, as the service does) and the suggested coaching or mentoring by
the atasan langsung; some of those are still waiting for agreement. About half of the others
have an IDP made in January with one or two competences of their job. Planned activities
whose dates have passed were mostly done (with certificate numbers, sometimes the duration in
minutes) or a few cancelled; many people also attended a seminar, an e-learning course or a
sosialisasi nobody planned. So the office has people above 20 JP and many below it.

Everything is drawn from the caller's random generator; only what has already happened
depends on today.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from peewee import fn

from desktop_app.models import (
    DevelopmentActivity,
    DevelopmentGap,
    DevelopmentPlan,
    DevelopmentStatusChange,
    utcnow,
)
from desktop_app.models.bulk import bulk_insert
from desktop_app.models.register import format_full_name
from desktop_app.scoring import MIN_JP_PER_YEAR, Predikat, Rating, jenis_diklat, jp_from_minutes
from desktop_app.scoring import idp as rules
from desktop_app.scoring.idp import EvaluationFacts, GapInput
from desktop_app.scoring.period_key import Frequency, PeriodKey
from desktop_app.services.development.idp import (
    AGREED,
    CANCELLED,
    DONE,
    DRAFT,
    PLANNED,
    RETURNED,
    SUBMITTED,
    jp_text,
)
from desktop_app.services.evaluation.evaluations import FINAL
from desktop_app.services.evaluation.values import stored

if TYPE_CHECKING:
    from desktop_app.demo.blueprint import Person

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


class _Course(NamedTuple):
    """A development activity an office of the health service plans or attends."""

    jenis: int
    title: str
    provider: str
    code: str  # for certificate numbers
    jp: tuple[int, ...]
    cost: tuple[int, ...]  # rupiah per person


_TECHNICAL = (
    _Course(8, "Bimbingan Teknis Aplikasi e-Kinerja BKN", "BKN Kantor Regional", "BKN",
            (16, 24), (1_500_000, 2_250_000)),
    _Course(3, "Pelatihan Teknis Pelayanan Prima", "Bapelkes Provinsi", "BAPELKES", (30, 40),
            (3_500_000, 4_750_000)),
    _Course(17, "Pelatihan Jarak Jauh Manajemen Data Kesehatan", "Kemenkes - Plataran Sehat",
            "PLATARAN", (32, 40), (0, 450_000)),
    _Course(8, "Bimbingan Teknis Penyusunan SKP dan Matriks Peran Hasil", "BKPSDM Kabupaten",
            "BKPSDM", (8, 16), (350_000, 600_000)),
    _Course(4, "Workshop Penyusunan Laporan Kinerja (LKjIP)", "Bagian Organisasi Setda",
            "ORG", (12, 16), (750_000,)),
    _Course(16, "E-Learning Literasi Digital ASN", "LAN RI - ASN Unggul", "LAN", (10, 20), (0,)),
    _Course(11, "Kursus Bahasa Inggris untuk Pelayanan Kesehatan", "UPT Bahasa Universitas",
            "BAHASA", (24, 36), (1_200_000, 1_800_000)),
    _Course(3, "Pelatihan Pengelolaan Keuangan Daerah Berbasis Akrual", "BPSDM Provinsi",
            "BPSDM", (32, 40), (4_000_000, 5_250_000)),
)  # fmt: skip
_MANAGERIAL = (
    _Course(5, "Pelatihan Kepemimpinan Pengawas (PKP)", "BPSDM Provinsi", "BPSDM", (80,),
            (12_500_000, 14_000_000)),
    _Course(20, "Patok Banding Manajemen Puskesmas Berprestasi", "Dinas Kesehatan Provinsi",
            "DINKESPROV", (16, 24), (3_000_000, 4_500_000)),
    _Course(4, "Workshop Perencanaan dan Penganggaran Berbasis Kinerja", "Bappeda Kabupaten",
            "BAPPEDA", (16,), (900_000,)),
)  # fmt: skip
_SOCIAL = (
    _Course(6, "Pelatihan Komunikasi Efektif dan Pelayanan Berbasis Budaya Lokal",
            "Bapelkes Provinsi", "BAPELKES", (24, 30), (2_500_000, 3_200_000)),
    _Course(23, "Komunitas Belajar Tenaga Kesehatan", "Puskesmas", "KOMBEL", (6, 8), (0,)),
)  # fmt: skip
_UNPLANNED = (
    _Course(9, "Seminar Kesehatan Masyarakat", "Dinas Kesehatan Provinsi", "SEM", (3, 4, 6),
            (0, 250_000)),
    _Course(16, "E-Learning Anti Korupsi", "KPK - ACLC", "ACLC", (2, 4, 8), (0,)),
    _Course(7, "Sosialisasi Disiplin dan Kode Etik ASN", "BKPSDM Kabupaten", "BKPSDM", (3, 4),
            (0,)),
    _Course(9, "Webinar Penanganan Stunting Terintegrasi", "Kemenkes RI", "WEB", (2, 3), (0,)),
    _Course(22, "Belajar Mandiri: Modul Tata Naskah Dinas", "LAN RI - ASN Unggul", "LAN", (4, 6),
            (0,)),
)  # fmt: skip
_COURSES = {rules.TEKNIS: _TECHNICAL, rules.MANAJERIAL: _MANAGERIAL, rules.SOSIAL_KULTURAL: _SOCIAL}

# (competence type, competence, gap, goal, indicator) for IDPs without a poor predikat
_COMPETENCES = (
    (rules.TEKNIS, "Pengelolaan data dan pelaporan elektronik",
     "Laporan bulanan masih disusun manual dan sering terlambat.",
     "Menyusun laporan melalui aplikasi tepat waktu.",
     "Laporan bulanan terkirim melalui aplikasi sebelum tanggal 5."),
    (rules.TEKNIS, "Pelayanan prima kepada masyarakat",
     "Keluhan pengguna layanan tentang waktu tunggu belum tertangani.",
     "Menerapkan standar pelayanan dan menindaklanjuti keluhan.",
     "Nilai IKM unit minimal 85."),
    (rules.TEKNIS, "Penyusunan SKP dan rencana aksi",
     "Indikator kinerja belum terukur.",
     "Menyusun IKI yang terukur dan selaras dengan atasan.",
     "SKP disetujui tanpa dikembalikan."),
    (rules.SOSIAL_KULTURAL, "Komunikasi efektif dengan masyarakat",
     "Penyuluhan belum menyesuaikan bahasa dan budaya setempat.",
     "Menyampaikan informasi kesehatan yang mudah dipahami.",
     "Umpan balik peserta penyuluhan baik."),
    (rules.TEKNIS, "Penguasaan bahasa Inggris untuk layanan",
     "Belum dapat membaca pedoman teknis berbahasa Inggris.",
     "Memahami pedoman teknis berbahasa Inggris.",
     "Lulus kursus dengan nilai minimal B."),
)  # fmt: skip
_HEAD_COMPETENCES = (
    (rules.MANAJERIAL, "Kepemimpinan dan manajemen kinerja tim",
     "Dialog kinerja dengan bawahan belum rutin.",
     "Melaksanakan dialog kinerja dan umpan balik berkelanjutan tiap bulan.",
     "Seluruh bawahan menerima umpan balik tiap triwulan."),
    (rules.MANAJERIAL, "Perencanaan dan penganggaran berbasis kinerja",
     "Rencana kegiatan belum terhubung dengan capaian kinerja unit.",
     "Menyusun rencana kegiatan yang mengacu pada IKU.",
     "Dokumen perencanaan unit disetujui tepat waktu."),
)  # fmt: skip
_GOALS = (
    "Meningkatkan kompetensi untuk mendukung target SKP tahun berjalan.",
    "Menyiapkan diri untuk kenaikan jenjang jabatan fungsional.",
    "Meningkatkan mutu layanan kepada masyarakat.",
    "",
)
_RETURN = "Lengkapi jadwal dan indikator keberhasilan tiap kompetensi."
_STATES = ((AGREED, 55), (SUBMITTED, 15), (DRAFT, 25), (RETURNED, 5))
_REQUIRED_STATES = ((AGREED, 50), (SUBMITTED, 20), (DRAFT, 25), (RETURNED, 5))


@dataclass
class DevelopmentRows:
    """Rows made in memory; plan and gap offsets (1, 2, ...) become ids when written."""

    # (offset, person, status, required, required_reason, goals, notes, return_reason,
    #  snapshot, submitted_at, agreed_at)
    plans: list[tuple] = field(default_factory=list)
    # (offset, plan offset, sort, type, origin, competence, gap, goal, indicator, source,
    #  evaluation offset or None)
    gaps: list[tuple] = field(default_factory=list)
    # (person, plan offset or None, gap offset or None, sort, status, jenis, label, jalur,
    #  title, provider, planned_start, planned_end, jp_planned, cost_planned, start, end,
    #  minutes, jp, cost_actual, certificate_no)
    activities: list[tuple] = field(default_factory=list)
    changes: list[tuple] = field(default_factory=list)  # (plan offset, from, to, reason, at)
    summary: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.plans) + len(self.gaps) + len(self.activities) + len(self.changes)


def _facts(rows: Sequence[tuple], behaviours: dict[int, list[tuple[int, str]]],
           results: dict[int, list[str]]) -> dict[int, list[EvaluationFacts]]:  # fmt: skip
    """id(person) -> the facts of their final evaluations (offsets as evaluation ids)."""
    out: dict[int, list[EvaluationFacts]] = {}
    for no, person, plan_no, key, status, hasil, perilaku, predikat, *_ in rows:
        if status != FINAL:
            continue
        values = tuple((code, None, text) for code, text in behaviours.get(no, []))
        out.setdefault(id(person), []).append(
            EvaluationFacts(no, key, stored(Rating, hasil), stored(Rating, perilaku),
                            stored(Predikat, predikat), values,
                            tuple(results.get(plan_no, ())))
        )  # fmt: skip
    return out


class _Planner:
    def __init__(
        self, rng: random.Random, year: int, today: dt.date, actor: str, closed: bool = False
    ) -> None:
        self.rng = rng
        self.closed = closed
        self.year = year
        self.today = today
        self.actor = actor
        self.now = utcnow()
        self.rows = DevelopmentRows()
        self.plan_no = self.gap_no = 0
        self.serial = 0

    def moment(self, day: dt.date) -> dt.datetime:
        """Office hours on `day` (stored as UTC), never in the future."""
        at = dt.datetime.combine(day, dt.time(1)) + dt.timedelta(minutes=self.rng.randrange(420))
        return min(at, self.now)

    def certificate(self, course: _Course, end: dt.date) -> str:
        self.serial += 1
        return f"{self.serial:04d}/{course.code}/{_ROMAN[end.month - 1]}/{end.year}"

    def schedule(self, jp: int, earliest: dt.date, soon: bool = False) -> tuple[dt.date, dt.date]:
        """Working days for `jp` JP (8 JP a day), starting between `earliest` and November
        (within six weeks when `soon`: coaching after a poor predikat)."""
        first = max(earliest.toordinal(), dt.date(self.year, 1, 15).toordinal())
        last = max(first, dt.date(self.year, 11, 20).toordinal())
        if soon:
            first += 7
            last = max(first, min(last, first + 35))
        start = dt.date.fromordinal(self.rng.randint(first, last))
        while start.weekday() >= 5:
            start += dt.timedelta(days=1)
        days = max(1, math.ceil(jp / 8))
        end = start + dt.timedelta(days=days - 1 + 2 * ((days - 1) // 5))
        return start, min(end, dt.date(self.year, 12, 31))

    def activity(
        self,
        person: Person,
        plan: int | None,
        gap: int | None,
        order: int,
        course: _Course,
        earliest: dt.date,
        done_share: float,
        *,
        title: str = "",
        provider: str = "",
        soon: bool = False,
    ) -> None:
        rng = self.rng
        jp = rng.choice(course.jp)
        cost = rng.choice(course.cost)
        start, end = self.schedule(jp, earliest, soon)
        row = jenis_diklat(course.jenis)
        status, real = PLANNED, (None, None, None, "", None, "")
        if end < self.today:
            roll = rng.random()
            if roll < done_share:
                status = DONE
                minutes = None
                if jp <= 8 and rng.random() < 0.4:
                    minutes = jp * 45 - rng.choice((0, 0, 15, 30))
                earned = jp_from_minutes(minutes) if minutes is not None else Decimal(jp)
                spent = int(round(cost * rng.uniform(0.85, 1.0), -3)) if cost else 0
                real = (start, end, minutes, jp_text(earned), spent, self.certificate(course, end))
            elif roll < done_share + 0.06 and plan is not None:
                status = CANCELLED
        self.rows.activities.append(
            (person, plan, gap, order, status, row.id, row.label, row.jalur,
             title or course.title, provider or course.provider, start, end, str(jp) if plan
             else "", cost if plan else 0, *real)
        )  # fmt: skip

    def unplanned(self, person: Person) -> None:
        """Short activities nobody planned, already done."""
        rng = self.rng
        last = min(self.today - dt.timedelta(days=1), dt.date(self.year, 12, 31))
        first = dt.date(self.year, 1, 10)
        if last < first:
            return
        for course in rng.sample(_UNPLANNED, rng.choice((1, 1, 2, 3))):
            jp = rng.choice(course.jp)
            end = dt.date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))
            minutes = jp * 45 if rng.random() < 0.5 else None
            if minutes is not None and rng.random() < 0.5:
                minutes += rng.choice((-20, -10, 10, 25))
            earned = jp_from_minutes(minutes) if minutes is not None else Decimal(jp)
            row = jenis_diklat(course.jenis)
            cost = rng.choice(course.cost)
            self.rows.activities.append(
                (person, None, None, 0, DONE, row.id, row.label, row.jalur, course.title,
                 course.provider, None, None, "", 0, end, end, minutes, jp_text(earned), cost,
                 self.certificate(course, end))
            )  # fmt: skip

    def plan(
        self,
        person: Person,
        status: str,
        created: dt.date,
        gaps: list[GapInput],
        follow: rules.FollowUp,
        snapshot: Callable[[Person], str],
    ) -> None:
        rng = self.rng
        self.plan_no += 1
        no = self.plan_no
        when = self.moment(created)
        self.rows.changes.append((no, "", DRAFT, "", when))
        submitted = agreed = None
        reason = ""
        if status != DRAFT:
            when = submitted = min(when + dt.timedelta(days=rng.randint(1, 6)), self.now)
            self.rows.changes.append((no, DRAFT, SUBMITTED, "", when))
        if status in (AGREED, RETURNED):
            when = min(when + dt.timedelta(days=rng.randint(1, 7)), self.now)
            if status == RETURNED:
                reason = _RETURN
            else:
                agreed = when
            self.rows.changes.append((no, SUBMITTED, status, reason, when))
        self.rows.plans.append(
            (no, person, status, follow.required, rules.required_reason(follow),
             rng.choice(_GOALS), "", reason, snapshot(person) if agreed else "", submitted,
             agreed)
        )  # fmt: skip
        gap_offsets = []
        for order, gap in enumerate(gaps):
            self.gap_no += 1
            gap_offsets.append(self.gap_no)
            self.rows.gaps.append(
                (self.gap_no, no, order, gap.competence_type, gap.origin, gap.competence,
                 gap.gap, gap.goal, gap.indicator, gap.source, gap.evaluation_id)
            )  # fmt: skip
        done_share = 0.85 if status == AGREED else 0.4
        if self.closed:  # a past year: the follow-up of a poor predikat was all done
            done_share = 1.0 if follow.required else 0.92
        order = 0
        supervisor = person.supervisor
        boss = (
            format_full_name(supervisor.front_title, supervisor.name, supervisor.back_title)
            if supervisor
            else ""
        )
        for jenis in follow.suggestions:
            origins = rules.suggestion_origins(jenis)
            gap = next(
                (o for g, o in zip(gaps, gap_offsets, strict=True) if g.origin.startswith(origins)),
                None,
            )
            course = _Course(jenis, "", "", "COACH", (4, 6, 8), (0,))
            self.activity(person, no, gap, order, course, created, done_share,
                          title=rules.suggestion_title(jenis, boss),
                          provider=(supervisor or person).unit.name, soon=True)  # fmt: skip
            order += 1
        for gap, offset in zip(gaps, gap_offsets, strict=True):
            pool = _COURSES[gap.competence_type]
            if gap.origin and rng.random() < 0.5:
                continue  # coaching / mentoring is enough for this one
            self.activity(person, no, offset, order, rng.choice(pool), created, done_share)
            order += 1
        if order == 0 or rng.random() < 0.3:
            self.activity(person, no, None, order, rng.choice(_TECHNICAL), created, done_share)


def plan_development(
    people: Sequence[Person],
    skp_results: Sequence[tuple],
    evaluation_rows: Sequence[tuple],
    behaviours: Sequence[tuple],
    rng: random.Random,
    year: int,
    today: dt.date,
    actor: str,
    snapshot: Callable[[Person], str],
    *,
    closed: bool = False,
    previous: dict[int, Predikat] | None = None,
) -> DevelopmentRows:
    """The IDPs and the JP record of `year` for the active `people`. `skp_results` are the
    demo's RHK rows (offset, plan offset, is_main, order, text, ...); `evaluation_rows` and
    `behaviours` those of `demo_evaluations` (offsets as evaluation ids).

    `closed`: a past year, every IDP agreed and its activities done. `previous`: id(person) ->
    the previous year's annual predikat; a poor one makes this year's IDP required (the
    follow-up of the annual evaluation, as `services.development.follow_up` reads it)."""
    planner = _Planner(rng, year, today, actor, closed)
    before = str(year - 1)
    previous = previous or {}
    results: dict[int, list[str]] = {}
    for _no, plan_no, is_main, _order, text, *_ in skp_results:
        if is_main:
            results.setdefault(plan_no, []).append(text)
    written: dict[int, list[tuple[int, str]]] = {}
    for no, code, text in behaviours:
        written.setdefault(no, []).append((code, text))
    facts = _facts(evaluation_rows, written, results)
    finalized = {row[0]: row[10] for row in evaluation_rows}
    sequence = [str(year - 1), *(str(q) for q in PeriodKey.of_year(year, Frequency.QUARTERLY))]
    heads = {id(p.supervisor) for p in people if p.supervisor is not None}
    counts = dict.fromkeys((AGREED, SUBMITTED, DRAFT, RETURNED), 0)
    required = 0
    for person in people:
        if not person.active:
            continue
        mine = facts.get(id(person), [])
        last_year = {before: previous[id(person)]} if id(person) in previous else {}
        follow = rules.follow_up(
            sequence, {**last_year, **{f.period_key: f.predikat for f in mine}}
        )
        plan_follow = follow
        if follow.required:
            required += 1
            if follow.poor[0][0] == before:  # made after the annual evaluation, in January
                made = dt.datetime(year, 1, 20, 1)
            else:
                first_poor = next(f for f in mine if f.period_key == follow.poor[0][0])
                made = finalized[first_poor.evaluation_id]
            created = (made.date() if made else dt.date(year, 4, 1)) + dt.timedelta(
                days=rng.randint(2, 12)
            )
            created = min(created, today)
            # the IDP holds what the evaluations showed when it was made; a later poor
            # predikat is left for the editor's "propose" button
            known = [
                f
                for f in mine
                if finalized[f.evaluation_id] is None
                or finalized[f.evaluation_id].date() <= created
            ]
            gaps = rules.propose(known, person.position[1])
            plan_follow = rules.follow_up(
                sequence, {**last_year, **{f.period_key: f.predikat for f in known}}
            )
            status = rng.choices(*zip(*_REQUIRED_STATES, strict=True))[0]
            if closed:
                status = AGREED
        elif rng.random() < 0.5:
            pool = _HEAD_COMPETENCES if id(person) in heads else _COMPETENCES
            picks = rng.sample(pool, rng.choice((1, 1, 2)))
            gaps = [GapInput(c, g, goal, ind, kind) for kind, c, g, goal, ind in picks]
            created = min(dt.date(year, 1, 8) + dt.timedelta(days=rng.randint(0, 40)), today)
            status = rng.choices(*zip(*_STATES, strict=True))[0]
            if closed:
                status = AGREED
        else:
            gaps = []
            status = ""
        if status:
            counts[status] += 1
            planner.plan(person, status, created, gaps, plan_follow, snapshot)
        if rng.random() < 0.8:
            planner.unplanned(person)
    rows = planner.rows
    done: dict[int, Decimal] = {}
    for a in rows.activities:
        if a[4] == DONE:
            done[id(a[0])] = done.get(id(a[0]), Decimal(0)) + Decimal(a[17])
    active = [p for p in people if p.active]
    rows.summary = {
        **counts,
        "REQUIRED": required,
        "DONE": sum(1 for a in rows.activities if a[4] == DONE),
        "UNDER_MINIMUM": sum(1 for p in active if done.get(id(p), 0) < MIN_JP_PER_YEAR),
    }
    rows.changes = [(p, f, t, actor, r, at) for p, f, t, r, at in rows.changes]
    return rows


def write_development(
    rows: DevelopmentRows,
    period_id: int,
    employee_id: Callable[[Person], int],
    evaluation_id: Callable[[int], int],
    step: Callable[[int], None],
) -> None:
    """Write the planned IDPs, their gaps and history, and every activity."""
    if not rows.plans and not rows.activities:
        return
    plan_base = DevelopmentPlan.select(fn.MAX(DevelopmentPlan.id)).scalar() or 0
    gap_base = DevelopmentGap.select(fn.MAX(DevelopmentGap.id)).scalar() or 0
    bulk_insert(
        DevelopmentPlan,
        ("id", "employee", "period", "status", "required", "required_reason", "goals", "notes",
         "return_reason", "snapshot", "submitted_at", "agreed_at"),
        [(plan_base + no, employee_id(person), period_id, *rest)
         for no, person, *rest in rows.plans],
        step,
    )  # fmt: skip
    bulk_insert(
        DevelopmentGap,
        ("id", "plan", "sort_order", "competence_type", "origin", "competence", "gap", "goal",
         "indicator", "source", "evaluation"),
        [(gap_base + no, plan_base + plan, *rest,
          evaluation_id(evaluation) if evaluation is not None else None)
         for no, plan, *rest, evaluation in rows.gaps],
        step,
    )  # fmt: skip
    bulk_insert(
        DevelopmentActivity,
        ("employee", "period", "plan", "gap", "sort_order", "status", "jenis_diklat",
         "jenis_label", "jalur", "title", "provider", "planned_start", "planned_end",
         "jp_planned", "cost_planned", "start_date", "end_date", "minutes", "jp", "cost_actual",
         "certificate_no"),
        [(employee_id(person), period_id, None if plan is None else plan_base + plan,
          None if gap is None else gap_base + gap, *rest)
         for person, plan, gap, *rest in rows.activities],
        step,
    )  # fmt: skip
    bulk_insert(
        DevelopmentStatusChange,
        ("plan", "from_status", "to_status", "actor", "reason", "at"),
        [(plan_base + no, *rest) for no, *rest in rows.changes],
        step,
    )
