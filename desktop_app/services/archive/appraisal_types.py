"""The data of an archive appraisal as the services give it: a stored kegiatan, everything
the dialog shows, and one employee of the year's archive list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

from desktop_app.scoring.archive import NUMBER_FIELDS, ActivityInput, LegacyInput, display_number
from desktop_app.scoring.workflow import StatusStep

__all__ = ["ActivityRow", "LegacyDetail", "LegacyRow", "StatusStep"]


class ActivityRow(NamedTuple):
    """A stored kegiatan; numbers are stored decimals ("1500000", "12.5"; "" not given):
    show them with `display_number`."""

    id: int
    text: str
    kuantitas_target: str
    kuantitas_real: str
    output_unit: str
    kualitas_target: str
    kualitas_real: str
    waktu_target: str
    waktu_real: str
    biaya_target: str
    biaya_real: str
    angka_kredit: str
    nilai_capaian: str  # "" while the row is incomplete


@dataclass
class LegacyDetail:
    id: int
    employee_id: int
    employee_name: str
    employee_nip: str
    position_name: str
    unit_name: str
    appraiser_name: str
    year: int
    regime: str
    regime_label: str
    status: str
    structural: bool
    perilaku: dict[str, str]
    tugas_tambahan: int
    kreativitas: str
    with_peers: bool
    innovation: bool
    notes: str
    activities: list[ActivityRow]
    nilai_skp: str | None  # stored decimals ("91.71")
    nilai_perilaku: str | None
    nilai_prestasi: str | None
    sebutan: str | None
    skp_sebutan: str | None  # PP 46 forms band each element too
    perilaku_sebutan: str | None
    angka_kredit_total: str | None
    history: list[StatusStep]
    snapshot: dict[str, Any]
    finalized_at: dt.datetime | None
    editable: bool
    period_closed: bool

    @property
    def data(self) -> LegacyInput:
        """The editable content as it would be typed (decimal comma), for `save_appraisal`."""
        return LegacyInput(
            [
                ActivityInput(
                    a.text,
                    output_unit=a.output_unit,
                    id=a.id,
                    **{name: display_number(getattr(a, name)) for name in NUMBER_FIELDS},
                )
                for a in self.activities
            ],
            self.structural,
            {key: display_number(value) for key, value in self.perilaku.items()},
            self.tugas_tambahan,
            self.kreativitas,
            self.with_peers,
            self.innovation,
            self.notes,
        )


class LegacyRow(NamedTuple):
    """One employee in the year's archive list."""

    employee_id: int
    name: str
    nip: str
    unit_id: int
    unit_name: str
    appraiser_name: str
    appraisal_id: int | None
    state: str  # NOT_STARTED, DRAFT or FINAL
    nilai: str | None  # prestasi kerja / nilai kinerja
    sebutan: str | None
