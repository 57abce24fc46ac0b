"""The Linking tab from the keyboard: a new referral to a helper of the directory without a
release of confidentiality (asked, with a required reason), then its state moved on, and a
failed state that asks for the alternative."""

from PySide6.QtCore import Qt
from ui_helpers import add_clients, choose, is_closed, open_main_window, visible_dialog, wait_idle

from casedesk.domain import ReferralState
from casedesk.services.providers import ProviderDraft
from casedesk.ui.referrals_tab import ReferralDialog, ReferralsTab, ReferralStateDialog, ReleaseOverrideDialog


def test_refer_without_a_release_asks_for_a_reason_then_the_state_moves_on(qtbot, make_controller, desk,
                                                                              desk_path):
    client_id = add_clients(desk)["kalle"]
    provider_id = desk.providers.create(ProviderDraft(institution="Suchtberatung Nord", service_type="counselling"))
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    db_thread = controller.db_thread
    window.show_client(client_id)
    wait_idle(qtbot, db_thread)
    window.client_file.show_tab(ReferralsTab.KEY)
    wait_idle(qtbot, db_thread)
    tab: ReferralsTab = window.client_file.tabs[ReferralsTab.KEY]
    assert tab.empty_note.isVisibleTo(tab) and not tab.state_button.isEnabled()

    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    dialog = visible_dialog(qtbot, ReferralDialog)
    choose(qtbot, dialog.form.widgets["provider_id"], provider_id)
    qtbot.keyClicks(dialog.form.widgets["service"], "outpatient counselling")
    qtbot.keyClick(dialog.form.widgets["service"], Qt.Key.Key_Return)
    override = visible_dialog(qtbot, ReleaseOverrideDialog)
    assert not override.refer_button.isEnabled(), "referring anyway needs a reason"
    qtbot.keyClicks(override.reason, "agreed on the phone")
    qtbot.keyClick(override.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)
    [referral] = desk.referrals.for_client(client_id)
    assert (referral.state, referral.release_override_reason) == (ReferralState.PREPARED.value, "agreed on the phone")
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1)

    # Return on the referral: its next state is offered first.
    tab.list.setFocus()
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    qtbot.keyClick(tab.list, Qt.Key.Key_Return)
    dialog = visible_dialog(qtbot, ReferralStateDialog)
    assert dialog.form.value("state") == ReferralState.CONTACTED.value
    assert not dialog.form.widgets["alternative"].isEnabled()
    qtbot.keyClick(dialog.form.widgets["state"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)
    assert desk.referrals.get(referral.id).state == ReferralState.CONTACTED.value

    # A failed state asks for the alternative before it is saved.
    qtbot.waitUntil(lambda: tab.state_button.isEnabled())
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_Return)
    dialog = visible_dialog(qtbot, ReferralStateDialog)
    choose(qtbot, dialog.form.widgets["state"], ReferralState.UNAVAILABLE.value)
    assert dialog.form.widgets["alternative"].isEnabled()
    qtbot.keyClick(dialog.form.widgets["state"], Qt.Key.Key_Return)
    wait_idle(qtbot, db_thread)
    assert dialog.isVisible() and dialog.form.problem_labels["alternative"].isVisibleTo(dialog)
    qtbot.keyClicks(dialog.form.widgets["alternative"], "waiting list at Caritas")
    qtbot.keyClick(dialog.form.widgets["alternative"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)
    entry = desk.referrals.get(referral.id)
    assert (entry.state, entry.alternative) == (ReferralState.UNAVAILABLE.value, "waiting list at Caritas")
    assert [change.state for change in entry.history] == ["prepared", "contacted", "unavailable"]
    qtbot.waitUntil(lambda: not tab.state_button.isEnabled())
