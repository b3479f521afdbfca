"""The kegiatan cells and score fields of the archive appraisal editor: the kind of each
number (typed-input kit, ranges of `scoring.input_ranges` for domain.md §6.1) and how a stored
number is put into a cell and given back to the service exactly."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtGui import QStandardItem

from desktop_app.scoring import input_ranges as ranges
from desktop_app.services.archive import appraisals as legacy
from desktop_app.views.typed_input.delegates import ERROR_ROLE, VALUE_ROLE
from desktop_app.views.typed_input.kinds import WHOLE_RUPIAH, Kind, Refused, number_kind

COLUMN_KINDS: dict[str, Kind] = {
    "angka_kredit": number_kind(3, ranges.check_angka_kredit),
    "kuantitas_target": number_kind(2, ranges.check_archive_target),
    "kuantitas_real": number_kind(2, ranges.check_archive_realisasi),
    "kualitas_target": number_kind(2, ranges.check_kualitas_target),
    "kualitas_real": number_kind(2, ranges.check_kualitas_realisasi),
    "waktu_target": number_kind(2, ranges.check_months_target),
    "waktu_real": number_kind(2, ranges.check_months),
    "biaya_target": WHOLE_RUPIAH.with_check(ranges.check_rupiah_target),
    "biaya_real": WHOLE_RUPIAH,
}
"""The kind of each number column of the kegiatan table (domain.md §6.1)."""
SCORE = number_kind(2, ranges.check_score)
"""A perilaku aspect, 0 to 100; empty while not scored."""
TUGAS_TAMBAHAN = number_kind(0, ranges.check_tugas_tambahan)


def stored_text(value: Any) -> str:
    """A cell's value as the service reads it back exactly ("12,5", "1.500.000")."""
    return "" if value is None else legacy.display_number(legacy.plain_decimal(Decimal(value)))


def typed_cell(item: QStandardItem, kind: Kind, stored: str) -> None:
    """A stored number shown in its kind's form, its value kept beside the text; a value
    the kind cannot show exactly (older data with more decimals) is shown as stored, so
    saving never changes it."""
    value = Decimal(stored) if stored else None
    shown = kind.text(value)
    try:
        exact = kind.read(shown) == value
    except Refused:
        exact = False
    item.setText(shown if exact else legacy.display_number(stored))
    item.setData(value, VALUE_ROLE)
    item.setData("", ERROR_ROLE)
