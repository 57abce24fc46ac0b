"""The Case tab from the keyboard: intake, the phase the data suggests (confirmed, never moved by
itself), evaluation with goal attainment, closure with a reason from the list and an after-care
call, and re-opening as a new episode."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import add_clients, choose, is_closed, open_main_window, visible_dialog, wait_idle

from casedesk.domain import AccessRoute, ClosureReason, GoalLevel, Phase
from casedesk.services.plans import GoalDraft
from casedesk.ui import messages
from casedesk.ui.case_tab import CaseTab
from casedesk.ui.episode_dialogs import (
    ClosureDialog,
    EvaluationDialog,
    IntakeDialog,
    PhaseDialog,
    ReopenDialog,
)

Yes = messages.StandardButton.Yes




def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)



def _save_with_return(qtbot, db_thread, dialog, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)


def test_case_tab_from_intake_to_closure_and_reopening(qtbot, make_controller, desk, desk_path):
    client_id = add_clients(desk)["kalle"]
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    db_thread = controller.db_thread
    window.show_client(client_id)
    wait_idle(qtbot, db_thread)
    window.client_file.show_tab(CaseTab.KEY)
    wait_idle(qtbot, db_thread)
    tab: CaseTab = window.client_file.tabs[CaseTab.KEY]
    assert window.client_file.currentWidget() is tab
    assert not tab.suggestion_frame.isVisibleTo(tab) and not tab.reopen_button.isEnabled()

    # Intake: Alt+I opens it; access route, referrer, agreement.
    tab.history.setFocus()
    _press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    dialog = visible_dialog(qtbot, IntakeDialog)
    choose(qtbot, dialog.form.widgets["access_route"], AccessRoute.REFERRED.value)
    assert dialog.form.widgets["referred_by"].isEnabled()
    qtbot.keyClicks(dialog.form.widgets["referred_by"], "Jobcenter Mitte")
    choose(qtbot, dialog.form.widgets["screening_client_agrees"], "yes")
    _save_with_return(qtbot, db_thread, dialog, dialog.form.widgets["referred_by"])
    intake = desk.episodes.current(client_id).intake
    assert (intake.access_route, intake.referred_by, intake.screening_client_agrees) == (
        "referred", "Jobcenter Mitte", True)
    qtbot.waitUntil(lambda: "Jobcenter Mitte" in tab.summary_labels["access"].text())

    # A completed assessment: the tab suggests planning; nothing moves until the worker confirms.
    assessment_id = desk.assessments.start(client_id)
    desk.assessments.complete(assessment_id, date.today())
    window.client_file.tabs[CaseTab.KEY].mark_stale()
    qtbot.waitUntil(lambda: tab.suggestion_frame.isVisibleTo(tab))
    assert desk.clients.get(client_id).phase == Phase.CLARIFICATION.value
    assert "Service planning" in tab.suggestion_button.text()
    tab.history.setFocus()
    _press(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    dialog = visible_dialog(qtbot, PhaseDialog)
    assert dialog.form.value("phase") == Phase.PLANNING.value
    assert "completed" in dialog.form.value("reason")
    _save_with_return(qtbot, db_thread, dialog, dialog.form.widgets["phase"])
    assert desk.clients.get(client_id).phase == Phase.PLANNING.value
    qtbot.waitUntil(lambda: not tab.suggestion_frame.isVisibleTo(tab))

    # Evaluation: the plan's goals scored from the keyboard; the T-score shows.
    plan_id = desk.plans.create(client_id)
    macro = desk.plans.add_goal(plan_id, GoalLevel.MACRO.value, None, GoalDraft(wording="Lives in his own flat"))
    desk.plans.add_goal(plan_id, GoalLevel.MESO.value, macro, GoalDraft(wording="Debts in order", domain="finances"))
    desk.plans.sign(plan_id, date.today(), date.today())
    tab.mark_stale()
    qtbot.waitUntil(lambda: tab.evaluation is not None and len(tab.evaluation.goals) == 2)
    tab.history.setFocus()
    _press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    dialog = visible_dialog(qtbot, EvaluationDialog)
    choose(qtbot, dialog.form.widgets["attainment_0"], 1)
    choose(qtbot, dialog.form.widgets["attainment_1"], 1)
    qtbot.keyClicks(dialog.form.widgets["comment_1"], "paid off")
    _save_with_return(qtbot, db_thread, dialog, dialog.form.widgets["comment_1"])
    evaluation = desk.episodes.evaluation(client_id)
    assert [goal.draft.attainment for goal in evaluation.goals] == [1, 1]
    qtbot.waitUntil(lambda: "T-score" in tab.summary_labels["evaluation"].text())

    # Closure: a reason from the list, confirmed; an after-care call task four weeks on.
    tab.history.setFocus()
    tab.close_button.setFocus()
    _press(qtbot, Qt.Key.Key_Space)
    dialog = visible_dialog(qtbot, ClosureDialog)
    qtbot.keyClick(dialog.form.widgets["closure_code"], Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.form.problem_labels["closure_code"].isVisibleTo(dialog)
    choose(qtbot, dialog.form.widgets["closure_code"], ClosureReason.GOALS_REACHED.value)
    messages.set_next_answer(Yes)
    _save_with_return(qtbot, db_thread, dialog, dialog.form.widgets["closure_code"])
    episode = desk.episodes.current(client_id)
    assert (episode.phase, episode.closure_code) == (Phase.CLOSED.value, ClosureReason.GOALS_REACHED.value)
    [task] = desk.tasks.for_client(client_id)
    assert (task.due_at.date() - date.today()).days == 28
    qtbot.waitUntil(lambda: tab.reopen_button.isEnabled())
    assert not tab.close_button.isEnabled()

    # Reopening: a new episode, the closed one stays in the history.
    tab.reopen_button.setFocus()
    _press(qtbot, Qt.Key.Key_Space)
    dialog = visible_dialog(qtbot, ReopenDialog)
    qtbot.keyClicks(dialog.form.widgets["reason"], "came back to the drop-in")
    dialog.buttons.setFocus()
    dialog.save()
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)
    current, older = desk.episodes.episodes(client_id)
    assert current.phase == Phase.CLARIFICATION.value and older.closure_code == ClosureReason.GOALS_REACHED.value
    qtbot.waitUntil(lambda: tab.history.topLevelItemCount() == 2)
