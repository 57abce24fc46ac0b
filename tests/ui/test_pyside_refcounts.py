"""PySide6 6.12.0 dropped a reference to ``True`` on every signal emit: after enough emits Python
frees ``True`` and the app aborts ("bool_dealloc"), mid-session on a busy desk. The project pins
PySide6 below 6.12; this fails on a release that brings the fault back."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    carrying = Signal(object, object)


def test_emitting_signals_leaves_the_reference_counts_of_true_and_none_alone(qtbot) -> None:
    emitter = _Emitter()
    emitter.plain.connect(lambda: None)
    emitter.carrying.connect(lambda _changes, _initiator: None)
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(500):
        emitter.plain.emit()
        emitter.carrying.emit(1, None)
    # A few references may come and go elsewhere; the fault took one per emit.
    assert abs(sys.getrefcount(True) - true_before) < 50
    assert abs(sys.getrefcount(None) - none_before) < 50
