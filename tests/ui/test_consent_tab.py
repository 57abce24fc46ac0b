"""Consent and releases from the keyboard: a consent recorded and withdrawn, a release for a helper
of the directory with its scope ticked by Space, a disclosure under it whose scope shows when the
release is chosen, one beyond the release refused until confirmed; Tools › Caseloads… and the
warning before a handover past the team's limit."""

from datetime import date

from PySide6.QtCore import Qt
from ui_helpers import add_clients, choose, is_closed, open_main_window, visible_dialog, wait_idle

from casedesk.models import Worker
from casedesk.services.consents import ReleaseDraft
from casedesk.services.dto import ClientDraft, ContactDraft
from casedesk.services.providers import ProviderDraft
from casedesk.ui import messages
from casedesk.ui.caseload_view import CaseloadDialog
from casedesk.ui.consent_tab import (
    ConsentDialog,
    DisclosureDialog,
    ScopedReleaseDialog,
    WithdrawConsentDialog,
)
from casedesk.ui.document_preview import DocumentPreviewDialog
from casedesk.ui.referrals_tab import ReferralsTab

ALT = Qt.KeyboardModifier.AltModifier


def _consent_page(qtbot, controller, desk, client_id):
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.show_client(client_id)
    wait_idle(qtbot, controller.db_thread)
    window.client_file.show_tab(ReferralsTab.KEY)
    tab: ReferralsTab = window.client_file.tabs[ReferralsTab.KEY]
    tab.pages.setCurrentWidget(tab.consent)
    wait_idle(qtbot, controller.db_thread)
    return window, tab.consent


def test_consent_release_and_disclosure_by_keyboard(qtbot, make_controller, desk, desk_path):
    client_id = add_clients(desk)["kalle"]
    provider_id = desk.providers.create(ProviderDraft(institution="Suchtberatung Nord", service_type="counselling"))
    controller = make_controller(desk_path)
    _window, page = _consent_page(qtbot, controller, desk, client_id)
    db_thread = controller.db_thread

    page.consents.setFocus()
    qtbot.keyClick(page.consents, Qt.Key.Key_N, ALT)
    dialog = visible_dialog(qtbot, ConsentDialog)
    choose(qtbot, dialog.form.widgets["form"], "oral")
    qtbot.keyClick(dialog.form.widgets["form"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)
    qtbot.waitUntil(lambda: page.consents.topLevelItemCount() == 1)
    [consent] = desk.consents.consents(client_id)
    assert (consent.form, consent.given_on) == ("oral", date.today())

    page.consents.setFocus()
    page.consents.setCurrentItem(page.consents.topLevelItem(0))
    qtbot.keyClick(page.consents, Qt.Key.Key_W, ALT)
    dialog = visible_dialog(qtbot, WithdrawConsentDialog)
    qtbot.keyClick(dialog.form.widgets["on"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)
    assert desk.consents.consents(client_id)[0].withdrawn_on == date.today()

    # A release for the directory's helper: the scope is ticked with Space in the lists.
    qtbot.keyClick(page.consents, Qt.Key.Key_L, ALT)
    dialog = visible_dialog(qtbot, ScopedReleaseDialog)
    qtbot.waitUntil(lambda: dialog.form.widgets["provider_id"].findData(provider_id) >= 0
                    and dialog.scope.domains.count() > 0)
    choose(qtbot, dialog.form.widgets["provider_id"], provider_id)
    # Saving without a scope says what is missing and keeps the dialog.
    qtbot.keyClick(dialog.form.widgets["provider_id"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.scope_problem.isVisibleTo(dialog))
    assert not is_closed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_D, ALT)
    assert dialog.scope.domains.hasFocus()
    dialog.scope.domains.setCurrentRow(0)  # housing
    qtbot.keyClick(dialog.scope.domains, Qt.Key.Key_Space)
    qtbot.keyClick(dialog, Qt.Key.Key_K, ALT)
    assert dialog.scope.information.hasFocus()
    dialog.scope.information.setCurrentRow(1)  # case status
    qtbot.keyClick(dialog.scope.information, Qt.Key.Key_Space)
    assert dialog.scope.value() == (("housing",), ("case_status",))
    qtbot.keyClick(dialog.form.widgets["provider_id"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)
    [release] = desk.consents.releases(client_id)
    assert (release.provider_id, release.scope.domains, release.scope.information) == (
        provider_id, ("housing",), ("case_status",))

    # The disclosure: the release's scope shows and is ticked; more than it covers is refused
    # until the worker says why.
    qtbot.waitUntil(lambda: page.releases.topLevelItemCount() == 1)
    qtbot.keyClick(page.consents, Qt.Key.Key_D, ALT)
    dialog = visible_dialog(qtbot, DisclosureDialog)
    assert dialog.form.value("release_id") == release.id
    assert "Suchtberatung Nord" in dialog.release_scope.text()
    assert dialog.scope.value() == (("housing",), ("case_status",))
    qtbot.keyClicks(dialog.form.widgets["what"], "Wartet auf Wohnung")
    dialog.scope.domains.setFocus()
    dialog.scope.domains.setCurrentRow(3)  # substance use: not in the release
    qtbot.keyClick(dialog.scope.domains, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.form.widgets["occurred_at"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog))
    assert not is_closed(dialog) and desk.consents.disclosures(client_id) == []
    qtbot.keyClick(dialog, Qt.Key.Key_B, ALT)
    qtbot.waitUntil(lambda: dialog.form.value("beyond_scope_ok") is True)
    qtbot.keyClick(dialog.form.widgets["occurred_at"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, db_thread)
    [disclosure] = desk.consents.disclosures(client_id)
    assert (disclosure.recipient, disclosure.release_id, disclosure.what) == (
        "Suchtberatung Nord", release.id, "Wartet auf Wohnung")
    assert set(disclosure.domains) == {"housing", "substance_use"}
    qtbot.waitUntil(lambda: page.disclosures.topLevelItemCount() == 1)


def test_caseloads_view_and_the_warning_before_a_handover(qtbot, make_controller, desk, desk_path):
    clients = add_clients(desk)
    with desk.session() as session:
        session.add(Worker(id="w-ben", name="Ben Kollege", team="Streetwork"))
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.caseload_action.trigger()
    dialog = visible_dialog(qtbot, CaseloadDialog)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1)
    assert dialog.table.topLevelItem(0).text(1) == str(len(clients))
    assert not dialog.limit_row.isVisibleTo(dialog), "a caseworker sees the limit, a lead sets it"
    # Print… previews the report (on the database thread).
    qtbot.keyClick(dialog, Qt.Key.Key_P, ALT)
    preview = visible_dialog(qtbot, DocumentPreviewDialog)
    preview.done(0)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: is_closed(dialog))

    # Ben holds eight clients already: handing him one more asks first; No keeps the client.
    for index in range(8):
        other = desk.clients.create(ClientDraft(first_name=f"B{index}"))
        desk.handover.handover_client(other, "w-ben")
    client_id = next(iter(clients.values()))
    window.show_client(client_id)
    wait_idle(qtbot, controller.db_thread)
    handover = window.client_file.open_handover_dialog()
    qtbot.waitUntil(lambda: handover.workers.isEnabled() and handover.workers.findData("w-ben") >= 0)
    choose(qtbot, handover.workers, "w-ben")
    messages.reset()
    messages.set_next_answer(False)  # "Assign anyway?" No
    handover.ok_button.setFocus()
    qtbot.keyClick(handover.ok_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(messages.shown) == 1)
    wait_idle(qtbot, controller.db_thread)
    title, text = messages.shown[0]
    assert title == "Caseload limit" and "Ben Kollege" in text and "9" in text and "8" in text
    assert desk.workers.assignment(client_id).responsible_worker_id != "w-ben"
    assert not is_closed(handover)
    handover.reject()


def test_what_was_shared_from_a_referral_names_it_and_its_release(qtbot, make_controller, desk, desk_path):
    client_id = add_clients(desk)["kalle"]
    provider_id = desk.providers.create(ProviderDraft(institution="Jobcenter Mitte"))
    other = desk.consents.add_release(client_id, ReleaseDraft(helper="Dr. Sommer", granted_on=date.today(),
                                                              domains=("physical_health",)))
    release = desk.consents.add_release(client_id, ReleaseDraft(provider_id=provider_id, granted_on=date.today(),
                                                                domains=("finances",)))
    referral = desk.referrals.create(client_id, provider_id, service="Beratung")
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.show_client(client_id)
    wait_idle(qtbot, controller.db_thread)
    window.client_file.show_tab(ReferralsTab.KEY)
    tab: ReferralsTab = window.client_file.tabs[ReferralsTab.KEY]
    qtbot.waitUntil(lambda: tab.disclose_button.isEnabled())
    tab.disclose_button.setFocus()
    qtbot.keyClick(tab.disclose_button, Qt.Key.Key_Space)
    dialog = visible_dialog(qtbot, DisclosureDialog)
    assert dialog.form.value("release_id") == release != other
    assert dialog.scope.value() == (("finances",), ())
    qtbot.keyClicks(dialog.form.widgets["what"], "Mietschulden")
    qtbot.keyClick(dialog.form.widgets["occurred_at"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, controller.db_thread)
    [disclosure] = desk.consents.disclosures(client_id)
    assert (disclosure.referral_id, disclosure.release_id, disclosure.recipient) == (referral, release,
                                                                                    "Jobcenter Mitte")


def test_what_was_shared_in_a_contact_is_recorded_from_the_timeline(qtbot, make_controller, desk, desk_path):
    client_id = add_clients(desk)["kalle"]
    release = desk.consents.add_release(client_id, ReleaseDraft(helper="Dr. Sommer", granted_on=date.today(),
                                                                domains=("physical_health",)))
    contact_id = desk.contacts.record(ContactDraft(client_id=client_id, type="helper_conference",
                                                   note="Fallbesprechung mit Dr. Sommer"))
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    window.show_client(client_id)
    wait_idle(qtbot, controller.db_thread)
    window.client_file.show_tab("contacts")
    contacts = window.client_file.contacts
    qtbot.waitUntil(lambda: contacts.timeline.topLevelItemCount() == 1)
    contacts.timeline.setFocus()
    qtbot.keyClick(contacts.timeline, Qt.Key.Key_Down)
    assert contacts.disclosure_button.isEnabled()
    contacts.disclosure_button.setFocus()
    qtbot.keyClick(contacts.disclosure_button, Qt.Key.Key_Space)
    dialog = visible_dialog(qtbot, DisclosureDialog)
    choose(qtbot, dialog.form.widgets["release_id"], release)
    qtbot.keyClicks(dialog.form.widgets["what"], "Befund vom Krankenhaus")
    qtbot.keyClick(dialog.form.widgets["occurred_at"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_closed(dialog))
    wait_idle(qtbot, controller.db_thread)
    [disclosure] = desk.consents.disclosures(client_id)
    assert (disclosure.contact_id, disclosure.release_id, disclosure.what) == (contact_id, release,
                                                                              "Befund vom Krankenhaus")
