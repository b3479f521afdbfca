"""Sync at an office: the central office key, writing a package to the stick, the outbox,
and the central office's receipt (design.md "Sync packages").

A package holds every change since the version the central office last acknowledged for
this database (`database_id`), so a lost stick costs nothing: the next package carries the
same changes again. The file is written to `<name>.part`, flushed, fsynced, renamed, read back
and compared with its hash before the export is recorded; a copy stays in the outbox.

The modules: `state` (what the office keeps), `hq_key`, `export`, `outbox` and `receipt`.
The CLI, the views and the bench use the names below.
"""

from desktop_app.services.sync.office.export import (
    ExportResult,
    Progress,
    build_package,
    export_package,
)
from desktop_app.services.sync.office.hq_key import (
    KEY_FILE_LIMIT,
    hq_key,
    parse_hq_key,
    read_hq_key_file,
    set_hq_key,
    signing_fingerprint_text,
)
from desktop_app.services.sync.office.outbox import (
    OUTBOX_KEEP,
    OutboxRow,
    copy_outbox_package,
    outbox,
    outbox_dir,
    outbox_file,
    outbox_quarantined,
)
from desktop_app.services.sync.office.receipt import ReceiptResult, import_receipt
from desktop_app.services.sync.office.state import (
    ACKNOWLEDGED,
    HQ_RECIPIENT,
    HQ_SIGNING,
    SEQUENCE,
    acknowledged_version,
)

__all__ = [
    "ACKNOWLEDGED",
    "HQ_RECIPIENT",
    "HQ_SIGNING",
    "KEY_FILE_LIMIT",
    "OUTBOX_KEEP",
    "SEQUENCE",
    "ExportResult",
    "OutboxRow",
    "Progress",
    "ReceiptResult",
    "acknowledged_version",
    "build_package",
    "copy_outbox_package",
    "export_package",
    "hq_key",
    "import_receipt",
    "outbox",
    "outbox_dir",
    "outbox_file",
    "outbox_quarantined",
    "parse_hq_key",
    "read_hq_key_file",
    "set_hq_key",
    "signing_fingerprint_text",
]
