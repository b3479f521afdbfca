"""The follow-up forms: the signed record of a dialog kinerja / konseling kinerja
(printing/dialogue.py) and HR's list of PPPK contract recommendations per unit
(printing/pppk_recommendations.py), for the screens and the CLI's `print dialogue` and
`print pppk-recommendations`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop_app.errors import InputError
from desktop_app.i18n import N_
from desktop_app.models import PerformanceDialogue
from desktop_app.printing.dialogue import DialogueReport, build_dialogues
from desktop_app.printing.layout import PageSetup, Target
from desktop_app.printing.pppk_recommendations import (
    PppkLine,
    PppkReport,
    build_pppk,
    estimated_pages,
)
from desktop_app.scoring.nip import display_nip
from desktop_app.scoring.pppk_contract import (
    REASON_PRINTED,
    RECOMMENDATION_PRINTED,
    WORK_TIME_PRINTED,
)
from desktop_app.services import office as office_service
from desktop_app.services.development import dialogue
from desktop_app.services.evaluation import evaluations, pppk_recommendation
from desktop_app.services.register import employee_queries
from desktop_app.services.register import units as unit_service
from desktop_app.services.reports import sources
from desktop_app.services.reports.units import find_unit
from desktop_app.services.session import Action, require


def _error(msgid: str, **params: object) -> InputError:
    return InputError(msgid, "printing", **params)


def dialogue_report(dialogue_id: int) -> DialogueReport:
    """One record as printed (read access checked by the dialogue service)."""
    data = dialogue.get_dialogue(dialogue_id)
    snapshot = dialogue.snapshot_of(dialogue_id)
    row = PerformanceDialogue.get_by_id(dialogue_id)
    follows = next(
        (r.follows for r in dialogue.list_dialogues(data.employee_id) if r.id == dialogue_id), ""
    )
    info = office_service.current_office()
    return DialogueReport(
        kind=data.kind,
        employee=sources.person(snapshot.get("employee")),
        appraiser=sources.person(snapshot.get("appraiser")),
        held_on=data.held_on,
        others=tuple(data.others),
        topic=data.topic,
        agreement=data.agreement,
        follow_up_on=data.follow_up_on,
        follows=follows,
        instansi=info.name if info else "",
        created=row.updated_at,
    )


def build_dialogue(
    target: Target, dialogue_ids: Sequence[int], *, setup: PageSetup | None = None
) -> int:
    """Write the records (one after the other) to `target`; returns the page count. Like
    every form of one employee it needs read access to their appraisal only."""
    if not dialogue_ids:
        raise _error(N_("printing", "There is no dialogue record to print."))
    reports = [dialogue_report(n) for n in dialogue_ids]
    return build_dialogues(target, reports, setup or sources.page_setup())


def print_dialogues(nip: str, period_key: str, target: Target) -> int:
    """Every dialogue record of the employee with this NIP held in the period (a year or a
    period key), oldest first; InputError when there is none."""
    employee_id = employee_queries.find_by_nip(nip)
    if employee_id is None:
        raise _error(N_("printing", "No employee with NIP {nip} in this database."), nip=nip)
    period = evaluations.parse_key(period_key)
    rows = [
        r
        for r in dialogue.list_dialogues(employee_id, period.year)
        if period.first_day <= r.held_on <= period.last_day
    ]
    if not rows:
        raise _error(
            N_("printing", "NIP {nip} has no dialogue or counselling record in {period}."),
            nip=nip,
            period=str(period),
        )
    return build_dialogue(target, [r.id for r in reversed(rows)])


def pppk_report(year: int, unit: str | int | None = None) -> PppkReport:
    """HR's list of the PPPK contracts in question for `year` (one unit and its sub-units,
    or every unit) with their recommendations."""
    require(Action.READ_ALL)
    unit_ids = None
    if unit is not None:
        unit_id = find_unit(unit)[0]
        unit_ids = unit_service.descendants(unit_id)
    lines = []
    for line in pppk_recommendation.advice_lines(year, unit_ids):
        advice = line.advice
        reason = REASON_PRINTED[advice.reason.value].format(
            predikat=advice.predikat.label if advice.predikat else "",
            period=pppk_recommendation.period_words(advice.period_key) if advice.period_key else "",
        )
        lines.append(
            PppkLine(
                unit=line.unit_name,
                name=line.name,
                nip_text=display_nip(line.nip),
                starts=line.contract.starts,
                ends=line.contract.ends,
                work_time=WORK_TIME_PRINTED.get(line.contract.work_time, line.contract.work_time),
                results=pppk_recommendation.results_words(line.results) or "-",
                recommendation=RECOMMENDATION_PRINTED[advice.recommendation.value],
                reason=reason,
            )
        )
    info = office_service.current_office()
    return PppkReport(year, info.name if info else "", tuple(lines), sources.data_as_of())


def build_pppk_recommendations(
    target: Target,
    year: int,
    *,
    unit: str | int | None = None,
    setup: PageSetup | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write HR's list to `target`; returns the page count. `progress(done, total)` follows
    the reading and each page (3,000 PPPK take about ten seconds) and may raise to cancel:
    the PDF is then not written at all (printing.layout.atomic_output)."""
    require(Action.PRINT)
    if progress is not None:
        progress(0, 1)
    report = pppk_report(year, unit)
    on_page = None
    if progress is not None:
        total = estimated_pages(report) + 1
        progress(1, total)

        def on_page(pages: int) -> None:
            progress(min(1 + pages, total - 1), total)

    return build_pppk(target, report, setup or sources.page_setup(), on_page)
