"""The numbers of the RHK (rencana hasil kerja) of an SKP as the official form prints them:
the section letter (A. UTAMA, B. TAMBAHAN) and the place within the section, "A.1", "A.2",
"B.1". One numbering for the editor, the PDF and the messages, whatever order the RHK are
stored in (a Tambahan between two Utama keeps B.1, the Utama after it is A.2)."""

from __future__ import annotations

from collections.abc import Iterable

MAIN, EXTRA = "A", "B"  # Utama, Tambahan


def section_letter(is_main: bool) -> str:
    return MAIN if is_main else EXTRA


def rhk_numbers(is_main: Iterable[bool]) -> list[str]:
    """The label of each RHK, in the given order: [True, True, False, True] ->
    ["A.1", "A.2", "B.1", "A.3"]."""
    counts = {MAIN: 0, EXTRA: 0}
    labels: list[str] = []
    for main in is_main:
        letter = section_letter(bool(main))
        counts[letter] += 1
        labels.append(f"{letter}.{counts[letter]}")
    return labels


def number_in_section(label: str) -> int:
    """The place within its section of a label from rhk_numbers: "B.2" -> 2 (the PDF's "No"
    column, under the section's heading)."""
    return int(label.split(".", 1)[1])
