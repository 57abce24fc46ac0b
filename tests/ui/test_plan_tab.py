"""The Plan tab from the keyboard: a macro, a meso and a micro goal, the SMART check, signing
freezes the plan (progress stays editable), and a new version opens for changes."""

from datetime import date

from PySide6.QtCore import Qt
from ui_helpers import add_clients, is_closed, open_main_window, visible_dialog, wait_idle

from casedesk.domain import GoalLevel, GoalStatus
from casedesk.ui import messages
from casedesk.ui.plan_dialogs import GoalDialog, SignDialog
from casedesk.ui.plan_tab import PlanTab

Yes = messages.StandardButton.Yes




def _type_goal(qtbot, db_thread, dialog: GoalDialog, wording: str, indicator: str = "") -> None:
    qtbot.keyClicks(dialog.form.widgets["wording"], wording)
    if indicator:
        qtbot.keyClicks(dialog.form.widgets["indicator"], indicator)
    qtbot.keyClick(dialog.form.widgets["wording"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)


def test_three_goal_levels_from_the_keyboard_then_sign_and_version(qtbot, make_controller, desk, desk_path):
    client_id = add_clients(desk)["kalle"]
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.show_client(client_id)
    wait_idle(qtbot, controller.db_thread)
    window.client_file.show_tab("plan")
    wait_idle(qtbot, controller.db_thread)
    tab: PlanTab = window.client_file.tabs["plan"]
    assert window.client_file.currentWidget() is tab
    assert tab.plan is None and tab.new_goal_button.isEnabled()

    # Ins on an empty plan starts version 1 and asks for the macro goal.
    tab.goal_tree.setFocus()
    qtbot.keyClick(tab.goal_tree, Qt.Key.Key_Insert)
    dialog = visible_dialog(qtbot, GoalDialog)
    assert dialog.level == GoalLevel.MACRO.value
    _type_goal(qtbot, controller.db_thread, dialog, "Lives in his own flat", "a tenancy of his own")
    plan = desk.plans.current(client_id)
    assert plan.version == 1 and [goal.draft.wording for goal in plan.goals] == ["Lives in his own flat"]

    # Shift+Ins under the macro goal: a meso goal with its life domain.
    qtbot.waitUntil(lambda: tab.current_goal() is not None)
    tab.goal_tree.setFocus()
    qtbot.keyClick(tab.goal_tree, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    dialog = visible_dialog(qtbot, GoalDialog)
    assert dialog.level == GoalLevel.MESO.value
    domain = dialog.form.widgets["domain"]
    domain.setFocus()
    while domain.currentData() != "finances":
        qtbot.keyClick(domain, Qt.Key.Key_Down)
    _type_goal(qtbot, controller.db_thread, dialog, "Debts in order")
    qtbot.waitUntil(lambda: tab.current_goal() is not None and tab.current_goal().level == GoalLevel.MESO.value)

    tab.goal_tree.setFocus()
    qtbot.keyClick(tab.goal_tree, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    dialog = visible_dialog(qtbot, GoalDialog)
    assert dialog.level == GoalLevel.MICRO.value
    _type_goal(qtbot, controller.db_thread, dialog, "Collect the letters")

    macro = desk.plans.current(client_id).goals[0]
    (meso,) = macro.children
    (micro,) = meso.children
    assert (meso.draft.wording, meso.draft.domain, micro.draft.wording) == (
        "Debts in order", "finances", "Collect the letters")
    items = tab._all_items()
    assert [item.text(0) for item in items] == ["Lives in his own flat", "Debts in order", "Collect the letters"]
    assert items[2].text(5) == "missing: M A R T", "the SMART column names the missing parts"
    assert "measurable" in items[2].toolTip(5)
    assert not tab.sub_goal_button.isEnabled(), "no goal under a step"

    # Enter edits the selected goal.
    tab.goal_tree.setCurrentItem(items[2])
    qtbot.keyClick(tab.goal_tree, Qt.Key.Key_Return)
    dialog = visible_dialog(qtbot, GoalDialog)
    assert dialog.goal_id == micro.id
    qtbot.keyClicks(dialog.form.widgets["indicator"], "all letters in one folder")
    qtbot.keyClick(dialog.form.widgets["indicator"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, controller.db_thread)
    assert desk.plans.current(client_id).goals[0].children[0].children[0].draft.indicator == "all letters in one folder"

    # Sign: both dates (today by default) freeze the version.
    tab.sign_button.setFocus()
    qtbot.keyClick(tab.sign_button, Qt.Key.Key_Space)
    sign = visible_dialog(qtbot, SignDialog)
    sign.form.widgets["client_signed_on"].set_value(date(2026, 3, 10))
    qtbot.keyClick(sign.form.widgets["worker_signed_on"].line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(sign))
    wait_idle(qtbot, controller.db_thread)
    plan = desk.plans.current(client_id)
    assert plan.frozen and plan.client_signed_on == date(2026, 3, 10) and plan.worker_signed_on == date.today()
    qtbot.waitUntil(lambda: tab.plan is not None and tab.plan.frozen)
    assert tab.frozen_hint.isVisibleTo(tab)
    assert not any(b.isEnabled() for b in (tab.new_goal_button, tab.sub_goal_button, tab.remove_button,
                                           tab.sign_button))
    qtbot.keyClick(tab.goal_tree, Qt.Key.Key_Delete)
    assert len(desk.plans.current(client_id).all_goals()) == 3, "Del does nothing on a signed plan"

    # Progress stays editable: the dialog offers only status and attainment.
    tab.goal_tree.setFocus()
    tab.goal_tree.setCurrentItem(tab._all_items()[1])
    qtbot.keyClick(tab.goal_tree, Qt.Key.Key_Return)
    dialog = visible_dialog(qtbot, GoalDialog)
    assert not dialog.form.widgets["wording"].isEnabled()
    status = dialog.form.widgets["status"]
    assert status.isEnabled()
    status.setFocus()
    while status.currentData() != GoalStatus.IN_PROGRESS.value:
        qtbot.keyClick(status, Qt.Key.Key_Down)
    qtbot.keyClick(status, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, controller.db_thread)
    assert desk.plans.current(client_id).goals[0].children[0].draft.status == GoalStatus.IN_PROGRESS.value

    # A new version is a draft again; version 1 stays signed.
    messages.set_next_answer(Yes)
    tab.make_new_version()
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: tab.plan is not None and tab.plan.version == 2)
    assert tab.new_goal_button.isEnabled() and not tab.frozen_hint.isVisibleTo(tab)
    assert tab.compare_action.isEnabled()
    assert [v.frozen for v in desk.plans.versions(client_id)] == [False, True]


def test_del_asks_first_help_started_shows_and_versions_compare(qtbot, make_controller, desk, desk_path):
    from casedesk.domain import ReferralState
    from casedesk.models import Referral
    from casedesk.services.plans import GoalDraft
    from casedesk.ui.plan_dialogs import CompareDialog

    client_id = add_clients(desk)["kalle"]
    plan_id = desk.plans.create(client_id)
    macro = desk.plans.add_goal(plan_id, "macro", None, GoalDraft(wording="Lives in his own flat"))
    meso = desk.plans.add_goal(plan_id, "meso", macro, GoalDraft(wording="Debts in order", domain="finances"))
    desk.plans.add_goal(plan_id, "micro", meso, GoalDraft(wording="Collect the letters"))
    meso_lineage = desk.plans.plan(plan_id).goals[0].children[0].lineage_id
    with desk.session() as session:
        session.add(Referral(client_id=client_id, goal_lineage_id=meso_lineage, state=ReferralState.STARTED.value,
                             state_on=date.today()))
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    controller.main_window.show_client(client_id)
    wait_idle(qtbot, controller.db_thread)
    client_file = controller.main_window.client_file
    client_file.show_tab("plan")
    wait_idle(qtbot, controller.db_thread)
    tab: PlanTab = client_file.tabs["plan"]
    items = tab._all_items()
    assert [item.text(6) for item in items] == ["", "yes", ""], "the meso goal's referral has started"

    tab.goal_tree.setFocus()
    tab.goal_tree.setCurrentItem(items[1])
    messages.set_next_answer(messages.StandardButton.No)
    qtbot.keyClick(tab.goal_tree, Qt.Key.Key_Delete)
    wait_idle(qtbot, controller.db_thread)
    assert len(desk.plans.plan(plan_id).all_goals()) == 3, "No keeps the goal"
    messages.set_next_answer(Yes)
    qtbot.keyClick(tab.goal_tree, Qt.Key.Key_Delete)
    wait_idle(qtbot, controller.db_thread)
    assert [goal.draft.wording for goal in desk.plans.plan(plan_id).all_goals()] == ["Lives in his own flat"]
    qtbot.waitUntil(lambda: len(tab._all_items()) == 1)

    desk.plans.sign(plan_id, date.today(), date.today())
    new_id = desk.plans.new_version(plan_id)
    desk.plans.update_goal(desk.plans.plan(new_id).goals[0].id, GoalDraft(wording="Lives on his own"))
    tab.reload()
    wait_idle(qtbot, controller.db_thread)
    assert tab.plan.id == new_id and tab.version_picker.count() == 2
    tab.open_compare_dialog()
    compare = visible_dialog(qtbot, CompareDialog)
    row = compare.changes.topLevelItem(0)
    assert (row.text(0), row.text(2), row.text(3)) == ("Lives on his own", "changed", "wording")
    compare.done(0)

    # Picking version 1 shows it signed, read only.
    tab.version_picker.setFocus()
    qtbot.keyClick(tab.version_picker, Qt.Key.Key_Down)
    wait_idle(qtbot, controller.db_thread)
    assert tab.plan.id == plan_id and tab.plan.frozen
    assert not tab.edit_button.isEnabled() and not tab.new_goal_button.isEnabled()


def test_the_goal_dialog_offers_the_clients_network_persons_as_responsible(qtbot, make_controller, desk, desk_path):
    from casedesk.services.network import PersonDraft

    client_id = add_clients(desk)["kalle"]
    desk.network.add_person(client_id, PersonDraft(name="Sabine Meier", relationship="Schwester"))
    desk.plans.create(client_id)
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.show_client(client_id)
    wait_idle(qtbot, controller.db_thread)
    window.client_file.show_tab("plan")
    wait_idle(qtbot, controller.db_thread)
    tab: PlanTab = window.client_file.tabs["plan"]
    qtbot.waitUntil(lambda: tab.plan is not None)
    tab.goal_tree.setFocus()
    qtbot.keyClick(tab.goal_tree, Qt.Key.Key_Insert)
    dialog = visible_dialog(qtbot, GoalDialog)
    person = dialog.form.widgets["responsible_name"]
    completer = person.completer()
    completer.setCompletionPrefix("sab")
    assert completer.currentCompletion() == "Sabine Meier"
    dialog.done(0)
