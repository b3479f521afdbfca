"""The Qt binding itself must be sound: PySide6-Essentials 6.12.0 dropped a reference to
True/None on every signal emitted from Python and aborted the program after about a thousand
emits (the register's sort emits two per click). Pinned to 6.11.3; these tests keep it so."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    number = Signal(int)
    thing = Signal(object)


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="True/None are immortal from Python 3.12 (PEP 683)"
)
def test_python_signal_emits_keep_reference_counts_of_singletons(qapp):
    emitter = _Emitter()
    got: list[int] = []
    emitter.number.connect(got.append)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for i in range(300):
        emitter.number.emit(i)
        emitter.number.emit(i)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert len(got) == 600
    assert [a - b for a, b in zip(after, before, strict=True)] == [0, 0, 0]


def test_python_signal_emits_keep_the_reference_count_of_their_argument(qapp):
    emitter = _Emitter()
    payload = object()
    seen: list[bool] = []
    emitter.thing.connect(lambda value: seen.append(value is payload))
    before = sys.getrefcount(payload)
    for _ in range(600):
        emitter.thing.emit(payload)
    assert seen == [True] * 600
    assert sys.getrefcount(payload) == before
