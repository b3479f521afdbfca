"""Sync at the central office (kantor pusat): its identity, importing the offices' packages
with a dry run first, receipts, the state per office, the quarantine and the merge queue
(design.md "Import at the central office").

Every refusal raises a `PackageError`/`InputError` before anything is written; an applied
import is one transaction (a killed process leaves the database as it was). The dry run runs
the same code and rolls back, so its summary is exactly what applying would do.

The modules: `identity` (keys and their safekeeping), `reading` (a package before it is
trusted), `importing` (dry run and apply), `receipt_writer`, `office_state` and `queues`
(quarantine and merge queue). The CLI, the views and the bench use the names below.
"""

# The names are imported on first use (PEP 562): the main window asks `is_central()` at every
# start, which must not import the whole import machinery (about 0.3 s, issue 26).
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# light, and eager: its module name is also one of its functions (`identity`)
from desktop_app.services.sync.central.identity import (
    CENTRAL_CODE,
    IDENTITY_EXPORTED,
    export_identity,
    hq_init,
    hq_key,
    identity,
    identity_exported_at,
    is_central,
    write_key_file,
)

_WHERE = {  # name -> the module that defines it, imported on first use
    "ImportResult": "importing",
    "Progress": "importing",
    "import_many": "importing",
    "import_order": "importing",
    "import_package": "importing",
    "preview_many": "importing",
    "OfficeStatus": "office_state",
    "import_history": "office_state",
    "office_status": "office_state",
    "offices": "office_state",
    "MergeRow": "queues",
    "merge_queue": "queues",
    "merge_queue_details": "queues",
    "quarantine_list": "queues",
    "resolve_merge": "queues",
    "PackageInfo": "reading",
    "inspect": "reading",
}

if TYPE_CHECKING:
    from desktop_app.services.sync.central.importing import (
        ImportResult,
        Progress,
        import_many,
        import_order,
        import_package,
        preview_many,
    )
    from desktop_app.services.sync.central.office_state import (
        OfficeStatus,
        import_history,
        office_status,
        offices,
    )
    from desktop_app.services.sync.central.queues import (
        MergeRow,
        merge_queue,
        merge_queue_details,
        quarantine_list,
        resolve_merge,
    )
    from desktop_app.services.sync.central.reading import PackageInfo, inspect


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "CENTRAL_CODE",
    "IDENTITY_EXPORTED",
    "ImportResult",
    "MergeRow",
    "OfficeStatus",
    "PackageInfo",
    "Progress",
    "export_identity",
    "hq_init",
    "hq_key",
    "identity",
    "identity_exported_at",
    "import_history",
    "import_many",
    "import_order",
    "import_package",
    "inspect",
    "is_central",
    "merge_queue",
    "merge_queue_details",
    "office_status",
    "offices",
    "preview_many",
    "quarantine_list",
    "resolve_merge",
    "write_key_file",
]
