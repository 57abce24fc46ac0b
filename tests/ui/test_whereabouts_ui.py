"""The Whereabouts tab and the outreach round from the keyboard (issue 14, points 4-5)."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from service_fixtures import add_worker
from ui_helpers import add_clients, is_closed, make_overdue, open_main_window, visible_dialog, wait_idle

from casedesk.domain import ContactType, UsualPlaceKind
from casedesk.models import Contact, local_now
from casedesk.services.dto import ContactDraft
from casedesk.ui import messages
from casedesk.ui.document_preview import DocumentPreviewDialog
from casedesk.ui.whereabouts import (
    DescriptionDialog,
    RoundPlanDialog,
    RoundResultsDialog,
    UsualPlaceDialog,
    WhereaboutsTab,
)

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_whereabouts_tab_shows_the_trail_and_keeps_usual_places_from_the_keyboard(
        qtbot, make_controller, desk, desk_path):
    client_id = add_clients(desk)["kalle"]
    colleague = add_worker(desk, "Ben Kollege")
    now = local_now()
    desk.contacts.record(ContactDraft(client_id=client_id, type="street", place="Hauptbahnhof",
                                      occurred_at=now - timedelta(days=3)))
    seen = desk.contacts.record(ContactDraft(client_id=client_id, type="street", place="Kottbusser Tor",
                                             occurred_at=now - timedelta(days=1)))
    with desk.session() as session:
        session.get(Contact, seen).worker_id = colleague
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window, db_thread = controller.main_window, controller.db_thread
    window.show_client(client_id)
    wait_idle(qtbot, db_thread)
    window.client_file.show_tab(WhereaboutsTab.KEY)
    wait_idle(qtbot, db_thread)
    tab: WhereaboutsTab = window.client_file.whereabouts
    assert window.client_file.currentWidget() is window.client_file.contacts and tab.isVisible()
    trail = [[tab.trail.topLevelItem(row).text(column) for column in range(1, 4)]
             for row in range(tab.trail.topLevelItemCount())]
    assert trail == [["Kottbusser Tor", "Ben Kollege", "seen"], ["Hauptbahnhof", desk.identity.name, "seen"]]
    assert tab.places_empty.isVisibleTo(tab) and not tab.edit_button.isEnabled()

    # Insert on the list adds a place: the kind, the place, its hours; Return saves.
    tab.places.setFocus()
    qtbot.keyClick(tab.places, Qt.Key.Key_Insert)
    dialog = visible_dialog(qtbot, UsualPlaceDialog)
    kind = dialog.form.widgets["kind"]
    kind.setFocus()
    for _ in range(2):  # scene → shelter → substitution clinic
        qtbot.keyClick(kind, Qt.Key.Key_Down)
    assert kind.currentData() == UsualPlaceKind.SUBSTITUTION_CLINIC.value
    qtbot.keyClicks(dialog.form.widgets["name"], "Praxis Dr. Sommer")
    qtbot.keyClicks(dialog.form.widgets["hours"], "Mo-Fr 8-10")
    qtbot.keyClick(dialog.form.widgets["hours"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)
    qtbot.waitUntil(lambda: tab.places.topLevelItemCount() == 1)
    assert [tab.places.topLevelItem(0).text(c) for c in range(3)] == [
        "Substitution clinic", "Praxis Dr. Sommer", "Mo-Fr 8-10"]

    # Return on it edits it.
    tab.places.setFocus()
    tab.places.setCurrentItem(tab.places.topLevelItem(0))
    qtbot.keyClick(tab.places, Qt.Key.Key_Return)
    dialog = visible_dialog(qtbot, UsualPlaceDialog)
    hours = dialog.form.widgets["hours"]
    hours.selectAll()
    qtbot.keyClicks(hours, "Mo-Fr 8-11, Vergabe 9 Uhr")
    qtbot.keyClick(hours, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)
    [place] = desk.whereabouts.usual_places(client_id)
    assert place.draft.hours == "Mo-Fr 8-11, Vergabe 9 Uhr"
    qtbot.waitUntil(lambda: tab.places.topLevelItem(0).text(2) == "Mo-Fr 8-11, Vergabe 9 Uhr")

    # The description the client agreed to: Alt+P, type, Tab to the date (today), Return.
    qtbot.keyClick(tab.places, Qt.Key.Key_P, ALT)
    dialog = visible_dialog(qtbot, DescriptionDialog)
    text = dialog.form.widgets["agreed_description"]
    qtbot.keyClicks(text, "green jacket, a dog")
    date_edit = dialog.form.widgets["description_agreed_on"]
    date_edit.setFocus()
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)
    view = desk.whereabouts.view(client_id)
    assert (view.agreed_description, view.description_agreed_on) == ("green jacket, a dog", local_now().date())
    qtbot.waitUntil(lambda: "green jacket, a dog" in tab.description_label.text())

    # Delete removes it, after asking.
    tab.places.setFocus()
    messages.set_next_answer(messages.StandardButton.Yes)
    qtbot.keyClick(tab.places, Qt.Key.Key_Delete)
    wait_idle(qtbot, db_thread)
    assert desk.whereabouts.usual_places(client_id) == []
    qtbot.waitUntil(lambda: tab.places.topLevelItemCount() == 0)


def test_an_outreach_round_from_today_printed_then_its_results_ticked(qtbot, make_controller, desk, desk_path):
    clients = add_clients(desk)
    make_overdue(desk, clients["kalle"], days_ago=9)
    make_overdue(desk, clients["mette"], days_ago=10)
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window, db_thread = controller.main_window, controller.db_thread
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    wait_idle(qtbot, db_thread)
    today = window.today
    assert {e.client_id for e in today.entries()} == {clients["kalle"], clients["mette"]}

    today.overdue.setFocus()
    qtbot.keyClick(today.overdue, Qt.Key.Key_R, ALT)
    plan = visible_dialog(qtbot, RoundPlanDialog)
    wait_idle(qtbot, db_thread)
    qtbot.waitUntil(lambda: plan.clients.topLevelItemCount() == 2)
    assert set(plan.chosen_ids()) == {clients["kalle"], clients["mette"]}, "the overdue are ticked"
    # Both due since midnight (the episodes opened today): by name. Space unticks Kalle, Down, Space
    # unticks Mette, Space ticks her again.
    assert plan.clients.hasFocus()
    qtbot.keyClick(plan.clients, Qt.Key.Key_Space)
    assert plan.chosen_ids() == [clients["mette"]]
    qtbot.keyClick(plan.clients, Qt.Key.Key_Down)
    qtbot.keyClick(plan.clients, Qt.Key.Key_Space)
    assert plan.chosen_ids() == [] and not plan.print_button.isEnabled()
    qtbot.keyClick(plan.clients, Qt.Key.Key_Space)
    qtbot.keyClick(plan.clients, Qt.Key.Key_Up)
    qtbot.keyClick(plan.clients, Qt.Key.Key_Space)
    assert plan.chosen_ids() == [clients["kalle"], clients["mette"]]
    qtbot.keyClick(plan.clients, Qt.Key.Key_Return)
    wait_idle(qtbot, db_thread)
    preview = visible_dialog(qtbot, DocumentPreviewDialog)
    wait_idle(qtbot, db_thread)
    planned = desk.whereabouts.planned_round()
    assert planned is not None and [client_id for client_id, _name in planned.clients] == [
        clients["kalle"], clients["mette"]]
    preview.close()
    qtbot.waitUntil(lambda: is_closed(preview))

    # After the round: Kalle met at the Vaerestedet, Mette not found.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    today.overdue.setFocus()
    qtbot.keyClick(today.overdue, Qt.Key.Key_S, ALT)
    results = visible_dialog(qtbot, RoundResultsDialog)
    wait_idle(qtbot, db_thread)
    qtbot.waitUntil(lambda: len(results.rows) == 2)
    (first_id, first_outcome, first_place, _note), (second_id, second_outcome, _place, second_note) = results.rows
    assert (first_id, second_id) == (clients["kalle"], clients["mette"])
    qtbot.waitUntil(first_outcome.hasFocus)
    qtbot.keyClick(first_outcome, Qt.Key.Key_Down)  # met
    qtbot.keyClick(first_outcome, Qt.Key.Key_Tab)
    assert first_place.hasFocus()
    first_place.selectAll()
    qtbot.keyClicks(first_place, "Vaerestedet")
    second_outcome.setFocus()
    qtbot.keyClick(second_outcome, Qt.Key.Key_Down)
    qtbot.keyClick(second_outcome, Qt.Key.Key_Down)  # not met
    qtbot.keyClicks(second_note, "an der Praxis gefragt")
    qtbot.keyClick(second_note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(results))
    wait_idle(qtbot, db_thread)
    timeline = {client_id: desk.contacts.timeline(client_id, limit=1)[0] for client_id in clients.values()
                if client_id != clients["jonas"]}
    assert (timeline[clients["kalle"]].type, timeline[clients["kalle"]].place,
            timeline[clients["kalle"]].duration_minutes) == (ContactType.STREET.value, "Vaerestedet", 10)
    assert (timeline[clients["mette"]].type, timeline[clients["mette"]].note) == (
        ContactType.ATTEMPT.value, "an der Praxis gefragt")
    assert "1 met, 1 not met" in today.task_status.text()
    assert desk.whereabouts.planned_round() is None
    # Both count for the contact rules: Today has no line left for them.
    qtbot.waitUntil(lambda: not today.is_loading)
    today.refresh()
    wait_idle(qtbot, db_thread)
    assert today.entries() == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, RoundResultsDialog) and w.isVisible()]
