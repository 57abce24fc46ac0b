"""The Network tab: persons added from the keyboard, one dragged with the mouse and one moved with
the arrow keys, both found in place after the client file is reopened; the map exported as PNG
and PDF (0600, the client's label and the legend in the PDF, not in its metadata); a tie between
two persons untied after asking (button menu, Menu key, right click on the tie); the map zoomed
by keys, buttons and Ctrl+wheel within its limits without moving anybody."""

import io
import stat

import pdfplumber
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ui_helpers import add_clients, choose, is_closed, open_main_window, visible_dialog, wait_idle

from casedesk.domain import NetworkSector, TieQuality, TieStrength
from casedesk.services.network import PersonDraft
from casedesk.ui import messages
from casedesk.ui.ecomap import MAX_ZOOM, WHEEL_ZOOM_STEP, ZOOM_STEP, PersonItem, TieItem
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
    with qtbot.waitSignal(tab.map_exported, timeout=10_000):
        tab.export_button.click()  # drawn on the database thread, written once drawn
    assert png.read_bytes()[:4] == b"\x89PNG" and stat.S_IMODE(png.stat().st_mode) == 0o600
    image = QImage(str(png))
    assert image.width() > 1000 and image.height() > 800
    dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if QImage.pixelColor(image, x, y).lightness() < 128)
    assert dark > 500, "ink on the map"
    pdf = tmp_path / "map.pdf"
    messages.set_next_answer(pdf)
    with qtbot.waitSignal(tab.map_exported, timeout=10_000):
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


def _menu_texts(menu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def _ties_among(desk, client_id) -> set[frozenset[str]]:
    view = desk.network.network(client_id)
    names = {person.id: person.draft.name for person in view.persons}
    return {frozenset((names[r.person_a_id], names[r.person_b_id])) for r in view.relations}


def test_a_tie_is_untied_after_asking_from_the_button_the_menu_key_and_a_right_click(
        qtbot, make_controller, desk, desk_path):
    client_id = add_clients(desk)["kalle"]
    ids = {name: desk.network.add_person(client_id, PersonDraft(name=name)) for name in ("Anna", "Bert", "Carl")}
    desk.network.relate(ids["Anna"], ids["Bert"], TieStrength.STRONG.value)
    desk.network.relate(ids["Bert"], ids["Carl"], quality=TieQuality.STRESSFUL.value)
    desk.network.relate(ids["Carl"], ids["Anna"])
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    db_thread = controller.db_thread
    tab = _open_network(qtbot, controller.main_window, db_thread, client_id)
    qtbot.waitUntil(lambda: len(tab.network.relations) == 3)
    assert tab.untie_button.isEnabled()

    # The button's menu, from the keyboard: the selected person's ties come first.
    tab.map.setFocus()
    tab.scene.select_person(ids["Anna"])
    tab.untie_button.setFocus()
    qtbot.keyClick(tab.untie_button, Qt.Key.Key_Space)
    menu = tab.untie_menu
    qtbot.waitUntil(menu.isVisible)
    assert _menu_texts(menu) == ["Anna – Bert (strong, supportive)", "Carl – Anna (medium, supportive)",
                                 "Bert – Carl (medium, stressful)"]
    messages.set_next_answer(messages.StandardButton.No)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    wait_idle(qtbot, db_thread)
    assert "Remove the tie between Anna and Bert" in messages.shown[-1][1]
    assert len(_ties_among(desk, client_id)) == 3, "No keeps the tie"
    # Yes, but a sync untied them meanwhile: the worker is told, and the map shows it as it is.
    desk.network.unrelate(tab.relation_between(ids["Anna"], ids["Bert"]).id)
    qtbot.keyClick(tab.untie_button, Qt.Key.Key_Space)
    qtbot.waitUntil(menu.isVisible)
    messages.set_next_answer(messages.StandardButton.Yes)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    wait_idle(qtbot, db_thread)
    qtbot.waitUntil(lambda: len(tab.network.relations) == 2)
    assert "no longer exists" in messages.shown[-1][1]
    assert _ties_among(desk, client_id) == {frozenset(("Bert", "Carl")), frozenset(("Carl", "Anna"))}
    assert len(tab.scene.ties) == 3 + 2, "three ties to the client, two among the persons"

    # The Menu key on the selected person: its context menu, U opens "Untie", Return takes the first.
    opened = []
    tab.context_menu_opened.connect(opened.append)
    tab.map.setFocus()
    tab.scene.select_person(ids["Anna"])
    qtbot.keyClick(tab.map, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: bool(opened) and opened[-1].isVisible())
    context = opened[-1]
    assert _menu_texts(context) == ["&Edit…", "&Tie to…", "&Untie", "&Remove…"]
    untie = next(action.menu() for action in context.actions() if action.text() == "&Untie")
    assert _menu_texts(untie) == ["with Carl (medium, supportive)"]
    messages.set_next_answer(messages.StandardButton.Yes)
    qtbot.keyClick(context, Qt.Key.Key_U)
    qtbot.waitUntil(untie.isVisible)
    qtbot.keyClick(untie, Qt.Key.Key_Return)
    wait_idle(qtbot, db_thread)
    qtbot.waitUntil(lambda: len(tab.network.relations) == 1)
    assert _ties_among(desk, client_id) == {frozenset(("Bert", "Carl"))}

    # A right click on the ink of the tie between Bert and Carl offers to untie just that one.
    tie = next(item for item in tab.scene.ties if item.start is not None)
    start, end = tie.start.pos(), tie.end.pos()

    def topmost(at):
        return next(item for item in tab.map.items(at) if isinstance(item, PersonItem | TieItem))

    # A point of its ink that no person's circle or name covers.
    at = next(at for at in (tab.map.mapFromScene(QPointF(*point)) for line in tie.shape_.polylines
                            for point in line) if topmost(at) is tie)
    corner = QPointF(start.x(), end.y())  # inside the tie's bounding box, far from its ink
    if min(abs(start.x() - end.x()), abs(start.y() - end.y())) > 40:
        assert tie.boundingRect().contains(corner) and not tie.shape().contains(corner)
    assert tab.scene.selected_person_id() == ids["Anna"]
    QApplication.sendEvent(tab.map.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, at, tab.map.viewport().mapToGlobal(at)))
    qtbot.waitUntil(lambda: len(opened) == 2 and opened[-1].isVisible())
    assert _menu_texts(opened[-1]) == ["&Untie Bert and Carl…"]
    messages.set_next_answer(messages.StandardButton.Yes)
    qtbot.keyClick(opened[-1], Qt.Key.Key_U)
    wait_idle(qtbot, db_thread)
    qtbot.waitUntil(lambda: not tab.network.relations)
    assert _ties_among(desk, client_id) == set() and not tab.untie_button.isEnabled()
    assert len(desk.network.network(client_id).persons) == 3, "untying keeps the persons"


def test_the_map_zooms_by_keys_buttons_and_wheel_within_limits_and_no_person_moves(
        qtbot, make_controller, desk, desk_path):
    client_id = add_clients(desk)["kalle"]
    for index, name in enumerate(("Anna", "Bert", "Carl", "Dora")):
        person = desk.network.add_person(client_id, PersonDraft(name=name, sector=list(NetworkSector)[index].value))
        if name != "Dora":  # Dora where the layout puts her
            desk.network.move(person, (60 * index - 120, 40 * index - 160))
    stored = {p.id: p.position for p in desk.network.network(client_id).persons}
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    db_thread = controller.db_thread
    tab = _open_network(qtbot, controller.main_window, db_thread, client_id)
    qtbot.waitUntil(lambda: len(tab.scene.persons) == 4)
    view = tab.map
    moved = []
    tab.scene.person_moved.connect(lambda *args: moved.append(args))
    places = {pid: (item.x(), item.y()) for pid, item in tab.scene.persons.items()}
    fit = view.transform().m11()
    assert view.zoom == 1 and not view.zoom_out_button.isEnabled()

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(ZOOM_STEP) and view.transform().m11() == pytest.approx(fit * ZOOM_STEP)
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # the unshifted key on US layouts
    assert view.zoom == pytest.approx(ZOOM_STEP ** 2)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(ZOOM_STEP)
    # From elsewhere in the tab too; and never past the limits.
    tab.export_button.setFocus()
    for _ in range(20):
        qtbot.keyClick(tab.export_button, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(MAX_ZOOM) and not view.zoom_in_button.isEnabled()
    qtbot.keyClick(tab.export_button, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 1 and view.transform().m11() == pytest.approx(fit)
    for _ in range(3):
        qtbot.keyClick(tab.export_button, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 1, "the whole map is the smallest"

    # Ctrl+wheel zooms about the mouse: the scene point under it stays under it (once the map is
    # larger than the view both ways; before, the map stays centred).
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    under = QPoint(view.viewport().width() // 3, view.viewport().height() // 3)
    before = view.mapToScene(under)
    for _ in range(2):
        QApplication.sendEvent(view.viewport(), QWheelEvent(
            QPointF(under), QPointF(view.viewport().mapToGlobal(under)), QPoint(), QPoint(0, 120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False))
    wheeled = ZOOM_STEP ** 2 * WHEEL_ZOOM_STEP ** 2
    assert view.zoom == pytest.approx(wheeled)
    after = view.mapToScene(under)
    assert abs(after.x() - before.x()) < 2 and abs(after.y() - before.y()) < 2
    assert view.fit_button.isEnabled()

    # Zoomed in, the arrow keys still move a person by scene units, and a reload keeps the zoom.
    view.setFocus()
    tab.scene.select_person(next(iter(places)))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: bool(moved), timeout=5_000)
    first = next(iter(places))
    assert moved == [(first, round(places[first][0] + 20), round(places[first][1]))]
    wait_idle(qtbot, db_thread)
    tab.reload()
    wait_idle(qtbot, db_thread)
    assert view.zoom == pytest.approx(wheeled)

    # Zooming moved nobody else: the scene and the desk have the places they had.
    assert {pid: (item.x(), item.y()) for pid, item in tab.scene.persons.items() if pid != first} == {
        pid: place for pid, place in places.items() if pid != first}
    now = {p.id: p.position for p in desk.network.network(client_id).persons}
    assert {pid: place for pid, place in now.items() if pid != first} == {
        pid: place for pid, place in stored.items() if pid != first}
    view.fit_button.click()
    assert view.zoom == 1


def test_the_png_is_drawn_off_the_gui_thread_exactly_as_on_it(qapp):
    """``render_png`` uses no scene or widget: on a worker thread it draws the same picture."""
    from concurrent.futures import ThreadPoolExecutor

    from casedesk.services.ecomap_layout import lay_out
    from casedesk.services.network import NetworkView, PersonView, RelationView
    from casedesk.ui.ecomap import render_png, screen_words

    persons = tuple(PersonView(f"p{index}", PersonDraft(
        name=f"Person {index}", sector=list(NetworkSector)[index % 5].value, relationship="Nachbarin",
        strength=list(TieStrength)[index % 3].value, quality=list(TieQuality)[index % 4].value), None)
        for index in range(12))
    view = NetworkView(persons, (RelationView("r", "p0", "p5", TieStrength.STRONG.value, TieQuality.STRESSFUL.value),))
    drawing, words = lay_out(view, "Kalle"), screen_words("As of today")
    on_gui_thread = render_png(drawing, words)
    with ThreadPoolExecutor(max_workers=2) as pool:
        off = [future.result() for future in [pool.submit(render_png, drawing, words) for _ in range(2)]]
    assert off == [on_gui_thread, on_gui_thread]
    image = QImage.fromData(on_gui_thread)
    assert image.width() > 1000 and image.height() > 800
