"""The Assessment tab from the keyboard: start an assessment, fill a life domain, read it in the
grid, complete it (then it is read only), start a re-assessment and compare the two."""

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import add_clients, is_closed, open_main_window, visible_dialog, wait_idle

from casedesk.domain import ASSESSMENT_TIME_BOX_DAYS, LifeDomain, Role
from casedesk.ui.assessment_dialogs import (
    CHANGED_MARK,
    CompareDialog,
    CompleteDialog,
    DomainDialog,
    NewAssessmentDialog,
)
from casedesk.ui.assessment_tab import AssessmentTab
from casedesk.ui.life_domains_dialog import DomainNameDialog


def _press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _start_assessment(qtbot, db_thread, tab: AssessmentTab) -> None:
    _press(qtbot, tab.new_button)
    dialog = visible_dialog(qtbot, NewAssessmentDialog)
    qtbot.keyClick(dialog.form.widgets["due_on"].line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)


def _fill_housing(qtbot, db_thread, tab: AssessmentTab, client_view: str, rating_steps: int) -> None:
    tab.grid.setFocus()
    tab.grid.setCurrentItem(tab.grid.topLevelItem(0))
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)
    dialog = visible_dialog(qtbot, DomainDialog)
    widgets = dialog.form.widgets
    widgets["client_view"].clear()
    qtbot.keyClicks(widgets["client_view"], client_view)
    widgets["problems"].clear()
    qtbot.keyClicks(widgets["problems"], "rent arrears")
    rating = widgets["rating"]
    rating.setFocus()
    for _step in range(rating_steps):
        qtbot.keyClick(rating, Qt.Key.Key_Down)
    qtbot.keyClick(rating, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)


def test_assess_a_domain_from_the_keyboard_then_reassess_and_compare(qtbot, make_controller, desk, desk_path):
    client_id = add_clients(desk)["kalle"]
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.show_client(client_id)
    wait_idle(qtbot, controller.db_thread)
    window.client_file.show_tab("assessment")
    wait_idle(qtbot, controller.db_thread)
    tab: AssessmentTab = window.client_file.tabs["assessment"]
    assert tab.empty_hint.isVisibleTo(tab) and not tab.edit_button.isEnabled()

    _start_assessment(qtbot, controller.db_thread, tab)
    (first,) = desk.assessments.for_client(client_id)
    assert first.due_on == date.today() + timedelta(days=ASSESSMENT_TIME_BOX_DAYS)
    qtbot.waitUntil(lambda: tab.grid.topLevelItemCount() == len(LifeDomain))
    assert "due by" in tab.time_box.text()

    # Down twice from "not assessed": rating 1 (mild impairment).
    _fill_housing(qtbot, controller.db_thread, tab, "I sleep at friends", rating_steps=2)
    housing = desk.assessments.assessment(first.id).finding(LifeDomain.HOUSING.value)
    assert (housing.draft.client_view, housing.draft.problems, housing.draft.rating) == (
        "I sleep at friends", "rent arrears", 1)
    qtbot.waitUntil(lambda: tab.grid.topLevelItem(0).text(2) == "■□□□ 1")
    row = tab.grid.topLevelItem(0)
    assert row.text(1) == "mild impairment" and row.text(5) == "rent arrears"
    assert tab.grid.topLevelItem(1).text(1) == "not assessed"

    _press(qtbot, tab.complete_button)
    complete = visible_dialog(qtbot, CompleteDialog)
    qtbot.keyClick(complete.form.widgets["completed_on"].line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(complete))
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: tab.assessment is not None and tab.assessment.completed)
    assert tab.frozen_hint.isVisibleTo(tab) and not tab.edit_button.isEnabled()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)
    assert not any(isinstance(w, DomainDialog) and w.isVisible() for w in QApplication.topLevelWidgets())

    # A re-assessment copies the texts; a worse rating this time.
    _start_assessment(qtbot, controller.db_thread, tab)
    qtbot.waitUntil(lambda: tab.picker.count() == 2 and not tab.assessment.completed)
    assert tab.grid.topLevelItem(0).text(5) == "rent arrears" and tab.grid.topLevelItem(0).text(2) == "—"
    _fill_housing(qtbot, controller.db_thread, tab, "I have a room", rating_steps=4)
    newer, older = desk.assessments.for_client(client_id)
    assert older.finding(LifeDomain.HOUSING.value).draft.rating == 1, "the first assessment is kept"
    assert newer.finding(LifeDomain.HOUSING.value).draft.rating == 3

    _press(qtbot, tab.compare_button)
    compare = visible_dialog(qtbot, CompareDialog)
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: compare.changes.topLevelItemCount() > 0)
    housing_item = compare.changes.topLevelItem(0)
    assert CHANGED_MARK in housing_item.text(3) and housing_item.font(0).bold()
    fields = {housing_item.child(i).text(0): housing_item.child(i) for i in range(housing_item.childCount())}
    assert fields["Rating"].text(1) == "mild impairment" and fields["Rating"].text(2) == "severe impairment"
    assert CHANGED_MARK in fields["Rating"].text(3) and fields["Client's view"].text(3)
    assert fields["Problems"].text(3) == "" and not fields["Problems"].font(0).bold()
    assert CHANGED_MARK not in compare.changes.topLevelItem(1).text(3)
    assert "1 life domain" in compare.summary.text()
    qtbot.keyClick(compare.changes, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: is_closed(compare))


def test_a_team_lead_renames_a_domain_and_the_grid_uses_the_new_name(qtbot, make_controller, desk, desk_path):
    client_id = add_clients(desk)["kalle"]
    desk.assessments.start(client_id)
    desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    assert window.life_domains_action in window.tools_menu.actions()
    dialog = window.open_life_domains_dialog()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == len(LifeDomain))
    dialog.list.setFocus()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    name = visible_dialog(qtbot, DomainNameDialog)
    qtbot.keyClicks(name.form.widgets["label"], "Housing and shelter")
    qtbot.keyClick(name.form.widgets["label"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(name))
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: dialog.list.topLevelItem(0).text(0) == "Housing and shelter")
    assert desk.assessments.life_domains()[0] == (LifeDomain.HOUSING.value, "Housing and shelter")
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)

    window.show_client(client_id)
    wait_idle(qtbot, controller.db_thread)
    window.client_file.show_tab("assessment")
    wait_idle(qtbot, controller.db_thread)
    tab: AssessmentTab = window.client_file.tabs["assessment"]
    qtbot.waitUntil(lambda: tab.grid.topLevelItemCount() > 0)
    assert tab.grid.topLevelItem(0).text(0) == "Housing and shelter"


def test_a_caseworker_gets_no_life_domain_settings(qtbot, make_controller, desk, desk_path):
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    assert not hasattr(controller.main_window, "life_domains_action")
