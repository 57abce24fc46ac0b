"""One client through the whole case-management cycle with the keyboard only: intake, an
assessment, a signed plan, a referral whose help starts, monitoring, evaluation and closure. At
each step the Case tab suggests the next phase from the data and the worker confirms it."""

from datetime import date

from PySide6.QtCore import Qt
from ui_helpers import add_clients, choose, is_closed, open_main_window, visible_dialog, wait_idle

from casedesk.domain import AccessRoute, ClosureReason, GoalLevel, Phase, ReferralState
from casedesk.ui import messages
from casedesk.ui.assessment_dialogs import CompleteDialog, DomainDialog, NewAssessmentDialog
from casedesk.ui.episode_dialogs import ClosureDialog, EvaluationDialog, IntakeDialog, PhaseDialog
from casedesk.ui.plan_dialogs import GoalDialog, SignDialog
from casedesk.ui.referrals_tab import ReferralDialog, ReferralStateDialog, ReleaseOverrideDialog

Yes = messages.StandardButton.Yes
ALT = Qt.KeyboardModifier.AltModifier





def test_one_client_from_intake_to_closure_with_the_keyboard(qtbot, make_controller, desk, desk_path):
    client_id = add_clients(desk)["kalle"]
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    db = controller.db_thread
    window.show_client(client_id)
    wait_idle(qtbot, db)
    client_file = window.client_file
    case, assessment, plan, linking = (client_file.tabs[key] for key in ("episode", "assessment", "plan", "referrals"))

    def show(tab) -> None:
        client_file.show_tab(tab.KEY)
        wait_idle(qtbot, db)
        qtbot.waitUntil(lambda: not tab.is_loading)

    def save_with_return(dialog, widget) -> None:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: is_closed(dialog))
        wait_idle(qtbot, db)

    def confirm_suggested(phase: Phase) -> None:
        show(case)
        qtbot.waitUntil(lambda: case.suggestion is not None and case.suggestion.phase == phase.value)
        case.history.setFocus()
        qtbot.keyClick(case.history, Qt.Key.Key_M, ALT)
        dialog = visible_dialog(qtbot, PhaseDialog)
        assert dialog.form.value("phase") == phase.value and dialog.form.value("reason")
        save_with_return(dialog, dialog.form.widgets["phase"])
        assert desk.clients.get(client_id).phase == phase.value

    # Intake (clarification).
    show(case)
    case.history.setFocus()
    qtbot.keyClick(case.history, Qt.Key.Key_I, ALT)
    dialog = visible_dialog(qtbot, IntakeDialog)
    choose(qtbot, dialog.form.widgets["access_route"], AccessRoute.OUTREACH.value)
    choose(qtbot, dialog.form.widgets["screening_several_domains"], "yes")
    save_with_return(dialog, dialog.form.widgets["screening_several_domains"])

    # Assessment: started, one domain rated, completed.
    show(assessment)
    assessment.new_button.setFocus()
    qtbot.keyClick(assessment.new_button, Qt.Key.Key_Space)
    dialog = visible_dialog(qtbot, NewAssessmentDialog)
    save_with_return(dialog, dialog.form.widgets["due_on"].line)
    confirm_suggested(Phase.ASSESSMENT)
    show(assessment)
    qtbot.waitUntil(lambda: assessment.grid.topLevelItemCount() > 0)
    assessment.grid.setFocus()
    assessment.grid.setCurrentItem(assessment.grid.topLevelItem(0))
    qtbot.keyClick(assessment.grid, Qt.Key.Key_Return)
    dialog = visible_dialog(qtbot, DomainDialog)
    qtbot.keyClicks(dialog.form.widgets["client_view"], "I sleep at friends")
    rating = dialog.form.widgets["rating"]
    rating.setFocus()
    qtbot.keyClick(rating, Qt.Key.Key_Down)
    save_with_return(dialog, rating)
    assessment.complete_button.setFocus()
    qtbot.keyClick(assessment.complete_button, Qt.Key.Key_Space)
    dialog = visible_dialog(qtbot, CompleteDialog)
    save_with_return(dialog, dialog.form.widgets["completed_on"].line)
    confirm_suggested(Phase.PLANNING)

    # Service plan: a macro goal and a meso goal under it, signed by both.
    show(plan)
    plan.goal_tree.setFocus()
    qtbot.keyClick(plan.goal_tree, Qt.Key.Key_Insert)
    dialog = visible_dialog(qtbot, GoalDialog)
    qtbot.keyClicks(dialog.form.widgets["wording"], "Lives in his own flat")
    save_with_return(dialog, dialog.form.widgets["wording"])
    qtbot.waitUntil(lambda: plan.current_goal() is not None)
    plan.goal_tree.setFocus()
    qtbot.keyClick(plan.goal_tree, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    dialog = visible_dialog(qtbot, GoalDialog)
    assert dialog.level == GoalLevel.MESO.value
    qtbot.keyClicks(dialog.form.widgets["wording"], "Debts in order")
    save_with_return(dialog, dialog.form.widgets["wording"])
    qtbot.waitUntil(lambda: plan.sign_button.isEnabled())
    plan.sign_button.setFocus()
    qtbot.keyClick(plan.sign_button, Qt.Key.Key_Space)
    dialog = visible_dialog(qtbot, SignDialog)
    save_with_return(dialog, dialog.form.widgets["worker_signed_on"].line)
    assert desk.plans.current(client_id).frozen
    confirm_suggested(Phase.LINKING)

    # Linking: a referral to a person, without a release (asked, with a reason), until its help starts.
    show(linking)
    linking.list.setFocus()
    qtbot.keyClick(linking.list, Qt.Key.Key_N, ALT)
    dialog = visible_dialog(qtbot, ReferralDialog)
    qtbot.keyClicks(dialog.form.widgets["person"], "Dr. Sommer")
    qtbot.keyClicks(dialog.form.widgets["service"], "GP care")
    qtbot.keyClick(dialog.form.widgets["service"], Qt.Key.Key_Return)
    override = visible_dialog(qtbot, ReleaseOverrideDialog)
    qtbot.keyClicks(override.reason, "agreed in person")
    qtbot.keyClick(override.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db)
    for state in (ReferralState.CONTACTED, ReferralState.ACCEPTED, ReferralState.STARTED):
        qtbot.waitUntil(lambda: linking.state_button.isEnabled())
        linking.list.setFocus()
        qtbot.keyClick(linking.list, Qt.Key.Key_Return)
        dialog = visible_dialog(qtbot, ReferralStateDialog)
        assert dialog.form.value("state") == state.value, "the next step is offered first"
        save_with_return(dialog, dialog.form.widgets["state"])
    assert desk.referrals.for_client(client_id)[0].state == ReferralState.STARTED.value
    confirm_suggested(Phase.MONITORING)

    # Evaluation: the phase moves on from the overview, then the goals are scored.
    client_file.show_tab("overview")
    wait_idle(qtbot, db)
    overview = client_file.overview
    overview.phase_button.setFocus()
    qtbot.keyClick(overview.phase_button, Qt.Key.Key_Space)
    dialog = visible_dialog(qtbot, PhaseDialog)
    choose(qtbot, dialog.form.widgets["phase"], Phase.EVALUATION.value)
    qtbot.keyClicks(dialog.form.widgets["reason"], "help in place, time to look back")
    save_with_return(dialog, dialog.form.widgets["phase"])
    show(case)
    qtbot.waitUntil(lambda: case.evaluation is not None and len(case.evaluation.goals) == 2)
    case.history.setFocus()
    qtbot.keyClick(case.history, Qt.Key.Key_E, ALT)
    dialog = visible_dialog(qtbot, EvaluationDialog)
    choose(qtbot, dialog.form.widgets["attainment_0"], 0)
    choose(qtbot, dialog.form.widgets["attainment_1"], 1)
    save_with_return(dialog, dialog.form.widgets["attainment_1"])

    # Closure with the reason from the list.
    case.close_button.setFocus()
    qtbot.keyClick(case.close_button, Qt.Key.Key_Space)
    dialog = visible_dialog(qtbot, ClosureDialog)
    choose(qtbot, dialog.form.widgets["closure_code"], ClosureReason.GOALS_REACHED.value)
    messages.set_next_answer(Yes)
    save_with_return(dialog, dialog.form.widgets["closure_code"])

    episode = desk.episodes.current(client_id)
    assert (episode.phase, episode.closed_on, episode.closure_code) == ("closed", date.today(), "goals_reached")
    assert episode.intake.access_route == "outreach"
    assert [entry.phase for entry in reversed(episode.history)] == [
        "clarification", "assessment", "planning", "linking", "monitoring", "evaluation", "closed"]
    assert round(desk.episodes.evaluation(client_id).t_score, 1) == 56.2  # 0 and +1, weights 1, rho 0.3
    qtbot.waitUntil(lambda: case.reopen_button.isEnabled())
