"""The Network tab: persons added from the keyboard, one dragged with the mouse and one moved with
the arrow keys, both found in place after the client file is reopened; the map exported as PNG
and PDF (0600, the client's label and the legend in the PDF, not in its metadata)."""

import io
import stat

import pdfplumber
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from ui_helpers import add_clients, choose, is_closed, open_main_window, visible_dialog, wait_idle

from casedesk.domain import NetworkSector, TieStrength
from casedesk.services.network import PersonDraft
from casedesk.ui import messages
from casedesk.ui.network_dialogs import PersonDialog, RelationDialog, SnapshotDialog, TakeSnapshotDialog
from casedesk.ui.network_tab import NetworkTab


def _open_network(qtbot, window, db_thread, client_id) -> NetworkTab:
    window.show_client(client_id)
    wait_idle(qtbot, db_thread)
    window.client_file.show_tab(NetworkTab.KEY)
    wait_idle(qtbot, db_thread)
    return window.client_file.tabs[NetworkTab.KEY]


def _add_person(qtbot, tab, db_thread, name, sector, strength) -> None:
    tab.map.setFocus()
    qtbot.keyClick(tab.map, Qt.Key.Key_Insert)
    dialog = visible_dialog(qtbot, PersonDialog)
    qtbot.keyClicks(dialog.form.widgets["name"], name)
    choose(qtbot, dialog.form.widgets["sector"], sector)
    choose(qtbot, dialog.form.widgets["strength"], strength)
    check = next(iter(dialog.domain_checks.values()))
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.form.widgets["name"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)


def _place(desk, client_id, name):
    return next(p.position for p in desk.network.network(client_id).persons if p.draft.name == name)


def test_persons_added_dragged_and_moved_by_key_stay_in_place_and_the_map_exports(
        qtbot, make_controller, desk, desk_path, tmp_path):
    ids = add_clients(desk)
    client_id = ids["kalle"]
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    db_thread = controller.db_thread
    tab = _open_network(qtbot, window, db_thread, client_id)
    assert tab.empty_note.isVisibleTo(tab)

    _add_person(qtbot, tab, db_thread, "Anna", NetworkSector.FAMILY.value, TieStrength.STRONG.value)
    _add_person(qtbot, tab, db_thread, "Bert", NetworkSector.FRIENDS.value, TieStrength.WEAK.value)
    qtbot.waitUntil(lambda: len(tab.scene.persons) == 2)
    persons = {p.draft.name: p for p in desk.network.network(client_id).persons}
    assert persons["Anna"].draft.domains and persons["Anna"].position is None
    anna, bert = tab.scene.persons[persons["Anna"].id], tab.scene.persons[persons["Bert"].id]

    # Drag Anna with the mouse.
    viewport = tab.map.viewport()
    start = tab.map.mapFromScene(anna.pos())
    end = start + QPoint(70, 40)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):
        QTest.mouseMove(viewport, start + (end - start) * step / 10)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    wait_idle(qtbot, db_thread)
    dragged = (round(anna.x()), round(anna.y()))
    assert dragged != (round(anna.node.x), round(anna.node.y)), "Anna moved"
    # The desk is read here only while its thread is idle: the test's reads share its connection.
    qtbot.waitUntil(lambda: db_thread.pending == 0 and _place(desk, client_id, "Anna") == dragged)
    expected = tab.map.mapToScene(end) - tab.map.mapToScene(start) + QPointF(anna.node.x, anna.node.y)
    assert abs(dragged[0] - expected.x()) <= 2 and abs(dragged[1] - expected.y()) <= 2

    # Bert with the keyboard: Tab walks to him, the arrow keys move him.
    tab.map.setFocus()
    for _ in range(3):
        if tab.scene.selected_person_id() == bert.person_id:
            break
        qtbot.keyClick(tab.map, Qt.Key.Key_Tab)
    assert tab.scene.selected_person_id() == bert.person_id
    before = (bert.x(), bert.y())
    qtbot.keyClick(tab.map, Qt.Key.Key_Right)
    qtbot.keyClick(tab.map, Qt.Key.Key_Right)
    qtbot.keyClick(tab.map, Qt.Key.Key_Down)
    moved = (round(before[0] + 40), round(before[1] + 20))
    assert (round(bert.x()), round(bert.y())) == moved
    qtbot.waitUntil(lambda: not tab.map._save_timer.isActive() and db_thread.pending == 0
                    and _place(desk, client_id, "Bert") == moved, timeout=10_000)
    wait_idle(qtbot, db_thread)

    # Reopen the client file: both where they were put.
    window.show_client(ids["mette"])
    wait_idle(qtbot, db_thread)
    tab = _open_network(qtbot, window, db_thread, client_id)
    qtbot.waitUntil(lambda: len(tab.scene.persons) == 2)
    anna, bert = tab.scene.persons[persons["Anna"].id], tab.scene.persons[persons["Bert"].id]
    assert (round(anna.x()), round(anna.y())) == dragged
    assert (round(bert.x()), round(bert.y())) == moved

    # Return edits the selected person.
    tab.map.setFocus()
    tab.scene.select_person(bert.person_id)
    qtbot.keyClick(tab.map, Qt.Key.Key_Return)
    dialog = visible_dialog(qtbot, PersonDialog)
    assert dialog.form.value("name") == "Bert"
    dialog.form.widgets["relationship"].setFocus()
    qtbot.keyClicks(dialog.form.widgets["relationship"], "old friend")
    qtbot.keyClick(dialog.form.widgets["relationship"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)
    qtbot.waitUntil(lambda: tab.scene.persons[persons["Bert"].id].node.relationship == "old friend")

    # Export as PNG and as PDF.
    png = tmp_path / "map.png"
    messages.set_next_answer(png)
    tab.export_button.click()
    assert png.read_bytes()[:4] == b"\x89PNG" and stat.S_IMODE(png.stat().st_mode) == 0o600
    image = QImage(str(png))
    assert image.width() > 1000 and image.height() > 800
    dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if QImage.pixelColor(image, x, y).lightness() < 128)
    assert dark > 500, "ink on the map"
    pdf = tmp_path / "map.pdf"
    messages.set_next_answer(pdf)
    tab.export_button.click()
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    data = pdf.read_bytes()
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert metadata.title == "Ecomap" and "Kalle" not in str(dict(metadata))
    with pdfplumber.open(io.BytesIO(data)) as document:
        text = document.pages[0].extract_text()
    for word in ("Kalle", "Anna", "Bert", "Legend", "strong tie", "broken off", "FAMILY"):
        assert word in text, word


def test_delete_asks_a_tie_between_two_and_a_snapshot_shown_read_only(qtbot, make_controller, desk, desk_path):
    client_id = add_clients(desk)["kalle"]
    for name in ("Anna", "Bert", "Carl"):
        desk.network.add_person(client_id, PersonDraft(name=name))
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    db_thread = controller.db_thread
    tab = _open_network(qtbot, window, db_thread, client_id)
    qtbot.waitUntil(lambda: len(tab.scene.persons) == 3)
    assert "Size:</b> 3" in tab.figures_label.text()

    tab.relate_button.click()
    dialog = visible_dialog(qtbot, RelationDialog)
    qtbot.keyClick(dialog.form.widgets["person_a_id"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)
    qtbot.waitUntil(lambda: len(tab.network.relations) == 1)
    assert len(tab.scene.ties) == 4

    tab.snapshot_button.click()
    dialog = visible_dialog(qtbot, TakeSnapshotDialog)
    qtbot.keyClicks(dialog.form.widgets["label"], "first meeting")
    qtbot.keyClick(dialog.form.widgets["label"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)
    qtbot.waitUntil(lambda: tab.snapshot_list.count() == 1)

    # Delete asks; No keeps the person, Yes removes them (the snapshot still has three).
    tab.map.setFocus()
    first = tab.scene.ordered_persons()[0].person_id
    tab.scene.select_person(first)
    messages.set_next_answer(messages.StandardButton.No)
    qtbot.keyClick(tab.map, Qt.Key.Key_Delete)
    wait_idle(qtbot, db_thread)
    assert len(desk.network.network(client_id).persons) == 3
    messages.set_next_answer(messages.StandardButton.Yes)
    qtbot.keyClick(tab.map, Qt.Key.Key_Delete)
    wait_idle(qtbot, db_thread)
    qtbot.waitUntil(lambda: len(tab.scene.persons) == 2)

    tab.snapshot_list.setFocus()
    tab.snapshot_list.setCurrentRow(0)
    qtbot.keyClick(tab.snapshot_list, Qt.Key.Key_Return)
    shown = visible_dialog(qtbot, SnapshotDialog)
    wait_idle(qtbot, db_thread)
    assert len(shown.scene.persons) == 3 and shown.view.read_only
    person = next(iter(shown.scene.persons.values()))
    assert not person.flags() & person.GraphicsItemFlag.ItemIsMovable
    shown.done(0)
