"""How the demo generator reports progress and is cancelled: the callback type the CLI and the
GUI pass in, and the error a False answer raises."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.errors import ServiceError
from desktop_app.i18n import N_

Progress = Callable[[int, int, str], bool]
"""progress(done, total, text) -> keep going; returning False cancels (nothing is written).
`total` is the number of employees; `text` is an English msgid of context "demo" (N_-marked),
for the GUI to translate. Each step counts from 0 to `total` again ("Writing employees", then
"Writing the SKPs")."""


class DemoCancelled(ServiceError):
    """The progress callback asked to stop; the transaction was rolled back."""

    def __init__(self) -> None:
        super().__init__(
            N_("demo", "Making the demo data was cancelled; nothing was written."), "demo"
        )


class Reporter:
    """Calls the progress callback and turns a False answer into DemoCancelled."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total

    def __call__(self, done: int, text: str) -> None:
        if self.progress is not None and self.progress(done, self.total, text) is False:
            raise DemoCancelled()
