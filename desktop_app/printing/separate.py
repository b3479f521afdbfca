"""One PDF file per document (a batch printed per employee): every file goes to a hidden
staging folder and is moved into place only when all are written, so a cancel or failure
leaves nothing.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from desktop_app.printing.layout import FormDocument, PageSetup, atomic_output, render

_MAX_PENDING = 8


def render_separate(
    folder: Path,
    docs: Iterable[FormDocument],
    setup: PageSetup,
    name_of: Callable[[FormDocument], str],
) -> tuple[list[Path], int]:
    """Write each document to `folder / name_of(document)`; returns the files and the page
    count. Writing and fsync run in a small thread pool while the next document is laid out
    (fsync releases the GIL), at most a few documents' bytes waiting at a time."""
    staging = Path(tempfile.mkdtemp(prefix=".cetak-", suffix=".part", dir=folder))
    written: list[Path] = []
    pages = 0
    try:
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="print-writer") as pool:
            pending: deque[Future[None]] = deque()
            for document in docs:
                buffer = io.BytesIO()
                pages += render(buffer, [document], setup)[0]
                path = staging / name_of(document)
                pending.append(pool.submit(_write, path, buffer.getvalue()))
                written.append(path)
                while len(pending) > _MAX_PENDING:
                    pending.popleft().result()
            for future in pending:
                future.result()
        final = []
        for path in written:
            target = folder / path.name
            os.replace(path, target)
            final.append(target)
        return final, pages
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write(path: Path, data: bytes) -> None:
    with atomic_output(path) as stream:
        stream.write(data)
