"""A walk through every window and dialog of the app, and the checks made at each stop.

``tour(...)`` opens each screen in turn — the first-run wizard page by page, the unlock dialog, the
main window with Today and every tab of a busy client's file, and every dialog the menus and the
client file open — and yields a ``Stop`` for each state a worker can see. The mnemonic test and
the screen-fit test walk the same tour, so a new dialog added here is checked by both.

``mnemonic_clashes``, ``menu_mnemonic_clashes`` and ``screen_fit_problems`` are the checks.
Run as a script, this module walks the tour at a given screen size in the given languages and
prints the problems as JSON (the screen-fit test starts it with an offscreen screen of that size;
one process can have only the screen it started with).
"""

import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabBar,
    QTabWidget,
    QWidget,
    QWizard,
)

WaitUntil = Callable[[Callable[[], bool]], None]

# A window manager's title bar holds an icon and three buttons besides the title (openbox's
# default theme: about 90 px, measured on the screenshots); reserve a little more.
TITLE_BAR_RESERVE_PX = 110
SEEN_PROPERTY = "windowTourSeen"


@dataclass
class Stop:
    """One state of one window: ``where`` names it in failure messages."""

    where: str
    window: QWidget


# --- mnemonics ---------------------------------------------------------------------------------

def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower-cased."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].lower()


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.window() is window


def _clashes(entries: list[tuple[str, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in entries:
        by_letter.setdefault(letter, []).append(text)
    return [f"Alt+{letter.upper()}: " + " / ".join(repr(text) for text in texts)
            for letter, texts in sorted(by_letter.items()) if len(texts) > 1]


def mnemonic_entries(window: QWidget) -> list[tuple[str, str]]:
    """Every ``&`` letter a worker can press in this window as it is shown now."""
    texts: list[str] = []
    if isinstance(window, QMainWindow):
        texts += [action.text() for action in window.menuBar().actions() if action.isVisible()]
    for tab_bar in window.findChildren(QTabBar):
        if _shown(tab_bar, window):
            texts += [tab_bar.tabText(i) for i in range(tab_bar.count()) if tab_bar.isTabVisible(i)]
    for button in window.findChildren(QAbstractButton):
        if _shown(button, window):
            texts.append(button.text())
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and _shown(label, window):
            texts.append(label.text())
    for box in window.findChildren(QGroupBox):
        if _shown(box, window):
            texts.append(box.title())
    return [(letter, text) for text in texts if (letter := mnemonic(text))]


def mnemonic_clashes(window: QWidget) -> list[str]:
    return _clashes(mnemonic_entries(window))


def _menus(window: QWidget) -> Iterator[tuple[str, QMenu]]:
    """The menu bar's menus and the menus of buttons shown now (such as "More"), with their submenus."""
    pending: list[tuple[str, QMenu]] = []
    if isinstance(window, QMainWindow):
        pending += [(action.text(), action.menu()) for action in window.menuBar().actions() if action.menu()]
    pending += [(button.text(), button.menu()) for button in window.findChildren(QPushButton)
                if button.menu() is not None and _shown(button, window)]
    while pending:
        path, menu = pending.pop()
        yield path, menu
        pending += [(f"{path} › {action.text()}", action.menu()) for action in menu.actions() if action.menu()]


def menu_mnemonic_clashes(window: QWidget) -> list[str]:
    """Clashes among the items of each menu (and submenu) of a window."""
    problems = []
    for path, menu in _menus(window):
        entries = [(letter, action.text()) for action in menu.actions()
                   if action.isVisible() and not action.isSeparator() and (letter := mnemonic(action.text()))]
        problems += [f"menu {path!r}: {clash}" for clash in _clashes(entries)]
    return problems


# --- fitting the screen ------------------------------------------------------------------------

def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _inside_scroll_area(widget: QWidget, window: QWidget) -> bool:
    """Widgets in a scroll area's viewport may lie outside it: scrolling reaches them."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grandparent = parent.parentWidget()
        if isinstance(grandparent, QAbstractScrollArea) and grandparent.viewport() is parent:
            return True
        parent = grandparent
    return False


def _describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = widget.text()
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text!r}" if text else name


def screen_fit_problems(window: QWidget, screen: QRect) -> list[str]:
    """Whatever of this window lies outside ``screen`` or is cut: window, widgets, tabs, title."""
    problems = []
    frame = window.frameGeometry()
    if not screen.contains(frame):
        problems.append(f"the window ({frame.width()}×{frame.height()} at {frame.x()},{frame.y()}) "
                        f"does not fit the screen {screen.width()}×{screen.height()}")
    if isinstance(window, QMainWindow):
        minimum_width = max(window.minimumSizeHint().width(), window.minimumWidth())
        if minimum_width > screen.width():
            problems.append(f"the window's minimum width {minimum_width} px exceeds the screen's {screen.width()}")
    outside = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window) or _inside_scroll_area(widget, window):
            continue
        rect = _global_rect(widget)
        if rect.isEmpty():
            continue
        if not screen.contains(rect) or not _global_rect(window).contains(rect):
            outside.append(_describe(widget))
    if outside:
        problems.append("off-screen or cut off: " + ", ".join(sorted(set(outside))[:12]))
    for tab_bar in window.findChildren(QTabBar):
        if not _shown(tab_bar, window):
            continue
        holder = tab_bar.parentWidget()
        room = holder.width() if isinstance(holder, QTabWidget) else tab_bar.width()
        needed = sum(tab_bar.tabSizeHint(i).width() for i in range(tab_bar.count()) if tab_bar.isTabVisible(i))
        if needed > room:
            tabs = " | ".join(tab_bar.tabText(i) for i in range(tab_bar.count()))
            problems.append(f"tabs need {needed} px but have {room}: {tabs}")
    title_font = QFont(QApplication.font())
    title_font.setBold(True)
    title_width = QFontMetrics(title_font).horizontalAdvance(window.windowTitle()) + TITLE_BAR_RESERVE_PX
    if title_width > frame.width():
        problems.append(f"the title {window.windowTitle()!r} needs {title_width} px, the window is {frame.width()}")
    return problems


# --- the tour ----------------------------------------------------------------------------------

def populate(desk) -> str:
    """A client with contacts, tasks, a release and a relapse card; returns the client's id."""
    from casedesk.domain import ContactType, Phase
    from casedesk.models import local_now
    from casedesk.services.cards import CardDraft, NumberDraft, SituationDraft
    from casedesk.services.dto import ClientDraft, ContactDraft

    now = local_now()
    client_id = desk.clients.create(ClientDraft(
        first_name="Karl-Heinz", last_name="Meier-Oberländer", alias="Kalle", birth_date=date(1971, 1, 1),
        gender="male", languages="de, ar", whereabouts="Hauptbahnhof Südseite, meist vormittags",
        phone="0151 2345 678", no_fixed_abode=True, emergency_notes="Epilepsie",
        consent_data_processing=True, consent_date=date(2024, 3, 4)))
    desk.clients.set_phase(client_id, Phase.MONITORING.value)
    for index, kind in enumerate(ContactType):
        desk.contacts.record(ContactDraft(client_id=client_id, type=kind.value, duration_minutes=15 + index,
                                          place="Hauptbahnhof", note=f"Gespräch {index}\nzweite Zeile",
                                          occurred_at=now - timedelta(days=index + 1)))
    desk.tasks.create(client_id, "Personalausweis beantragen", now + timedelta(hours=3))
    desk.tasks.create(client_id, "Arztbrief abholen", now + timedelta(days=4))
    desk.clients.add_release(client_id, "Jobcenter Mitte", date(2024, 5, 10), date(2026, 5, 10))
    _populate_consent(desk, client_id)
    desk.cards.save(client_id, CardDraft(
        language="de",
        situations=[SituationDraft("Wenn das Geld auf dem Konto ist", ["craving"], "Miete zuerst", "Peter anrufen")],
        important_numbers=[NumberDraft("Streetwork Nord", "0151 2345 000")]))
    _populate_plan(desk, client_id)
    desk.referrals.create(client_id, person="Dr. Sommer", service="Hausärztliche Versorgung",
                          release_override_reason="am Telefon zugestimmt")
    _populate_network(desk, client_id)
    _populate_whereabouts(desk, client_id)
    return client_id


def _populate_whereabouts(desk, client_id: str) -> None:
    from casedesk.services.whereabouts import UsualPlaceDraft

    desk.whereabouts.add_place(client_id, UsualPlaceDraft("substitution_clinic", "Praxis Dr. Sommer, Adalbertstraße 12",
                                                          "Mo–Fr 8:00–10:30, Vergabe um 9", "fragt nach Kalle"))
    desk.whereabouts.add_place(client_id, UsualPlaceDraft("scene", "Kottbusser Tor", "nachmittags"))
    desk.whereabouts.set_description(client_id, "Grüne Armeejacke, grauer Zopf, kleiner schwarzer Hund „Bello“",
                                     date(2024, 3, 4))


def _populate_consent(desk, client_id: str) -> None:
    """A consent, a release with its scope and a disclosure under it."""
    from casedesk.services.consents import DisclosureDraft, ReleaseDraft

    desk.consents.record_consent(client_id, date.today() - timedelta(days=30), "written", "bei der Aufnahme")
    release = desk.consents.add_release(client_id, ReleaseDraft(
        helper="Suchtberatung Mitte", granted_on=date.today() - timedelta(days=30),
        expires_on=date.today() + timedelta(days=20), domains=("housing", "substance_use"),
        information=("case_status", "plan")))
    desk.consents.record_disclosure(client_id, DisclosureDraft(release_id=release, domains=("housing",),
                                                               what="Stand der Wohnungssuche"))


def _populate_network(desk, client_id: str) -> None:
    """Two persons with a tie between them, and a snapshot."""
    from casedesk.services.network import PersonDraft

    sister = desk.network.add_person(client_id, PersonDraft(name="Sabine", relationship="Schwester", strength="strong",
                                                            domains=("housing",)))
    doctor = desk.network.add_person(client_id, PersonDraft(name="Dr. Sommer", kind="formal", sector="institutions",
                                                            relationship="Hausarzt"))
    desk.network.relate(sister, doctor)
    desk.network.snapshot(client_id, "Erstgespräch")


def _populate_plan(desk, client_id: str) -> None:
    """A signed plan version 1 with a macro, a meso and a micro goal and a service, and draft version 2."""
    from casedesk.services.plans import GoalDraft, PlanFieldsDraft, ServiceDraft

    plan_id = desk.plans.create(client_id)
    macro = desk.plans.add_goal(plan_id, "macro", None, GoalDraft(wording="Lebt in einer eigenen Wohnung"))
    meso = desk.plans.add_goal(plan_id, "meso", macro, GoalDraft(
        wording="Schulden sind geordnet", domain="finances", indicator="Schuldenplan liegt vor",
        agreed_by_client=True, realistic_note="Schuldnerberatung hat Plätze", deadline=date(2026, 9, 30),
        responsible="client", scale_0="Plan liegt vor", scale_plus2="Erste Raten gezahlt"))
    desk.plans.add_goal(plan_id, "micro", meso, GoalDraft(wording="Briefe sammeln und mitbringen"))
    desk.plans.add_service(plan_id, ServiceDraft(description="Schuldnerberatung", cost="0 €", payer="Stadt"))
    desk.plans.save_plan_fields(plan_id, PlanFieldsDraft(
        own_activities="Öffnet die Post", network_support="Schwester hilft beim Sortieren",
        contact_dates="dienstags 10 Uhr", review_on=date(2026, 9, 1)))
    desk.plans.sign(plan_id, date(2026, 3, 10), date(2026, 3, 10))
    desk.plans.new_version(plan_id)


def _open(where: str, trigger: Callable[[], object], wait_until: WaitUntil) -> QDialog:
    """Run ``trigger`` and return the dialog it opened (marked as seen, so it is never taken again)."""
    for widget in QApplication.topLevelWidgets():
        widget.setProperty(SEEN_PROPERTY, True)
    trigger()

    def opened() -> list[QDialog]:
        return [widget for widget in QApplication.topLevelWidgets()
                if isinstance(widget, QDialog) and widget.isVisible() and not widget.property(SEEN_PROPERTY)]

    try:
        wait_until(lambda: bool(opened()))
    except Exception as error:
        raise AssertionError(f"{where}: no dialog opened") from error
    return opened()[-1]


def _new_client_like(window, first_name: str, last_name: str) -> None:
    """The new-client dialog with a name already on the desk: its warning of possible duplicates shows."""
    dialog = window.open_new_client_dialog()
    dialog.form.widgets["first_name"].setText(first_name)
    dialog.form.widgets["last_name"].setText(last_name)
    dialog.duplicates.check_now(dialog._duplicate_draft(), lambda _found: None)


def _anonymous_capture(window) -> None:
    """The quick capture for someone new known only by a code, with items handed out."""
    dialog = window.open_quick_capture()
    dialog.client.setText("AB85f")
    dialog.new_code_person.setChecked(True)
    dialog.items.line.setText("10 syringes 1 naloxone")


def _pages(where: str, dialog: QWidget, tabs: QTabWidget) -> Iterator[Stop]:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield Stop(f"{where} › {tabs.tabText(index)}", dialog)


def tour(controller, desk, wizard_path: Path, wait_until: WaitUntil, settle: Callable[[], None]) -> Iterator[Stop]:
    """Every window and dialog, in the language installed now. ``desk`` is an open, empty desk."""
    from casedesk.services.monitoring import RuleSetting
    from casedesk.ui.episode_dialogs import ReopenDialog
    from casedesk.ui.instrument_items_dialog import InstrumentItemsDialog
    from casedesk.ui.monitoring_rules import MonitoringRulesDialog, RuleSettingDialog
    from casedesk.ui.print_actions import MonthPickerDialog
    from casedesk.ui.unlock import UnlockDialog
    from casedesk.ui.wizard import FirstRunWizard

    db_thread = controller.db_thread
    wizard = FirstRunWizard(db_thread, wizard_path, controller.language)
    wizard.show()
    for name in ("welcome", "worker", "passphrase", "ready"):
        if name == "passphrase":
            wizard.worker_page.worker_name.setText("Anna Becker")
        if name == "ready":
            wizard.passphrase_page.passphrase.setText("fünf Wörter sind ein guter Anfang")
            wizard.passphrase_page.repeated.setText("fünf Wörter sind ein guter Anfang")
        if name != "welcome":
            wizard.next()
        settle()
        yield Stop(f"first-run wizard › {name}", wizard)
    wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)
    wizard.done(0)
    wizard.deleteLater()

    unlock = UnlockDialog(db_thread, wizard_path)
    unlock.show()
    unlock.message.setText(unlock.tr("Please enter your passphrase."))
    unlock.message.show()
    settle()
    yield Stop("unlock", unlock)
    unlock.done(0)
    unlock.deleteLater()

    client_id = populate(desk)
    from casedesk.services.street import CodePersonDraft
    from casedesk.ui.client_dialog import ClientDialog
    from casedesk.ui.items_dialog import ItemNameDialog, ItemsDialog
    from casedesk.ui.street import CodePersonDialog

    code_person_id = desk.street.create_code_person(CodePersonDraft(code="KM71m", alias="Kalle", sex="m",
                                                                    birth_year=1971, whereabouts="Kottbusser Tor"))
    controller.adopt_desk(desk)
    wait_until(lambda: controller.main_window is not None)
    window = controller.main_window
    settle()
    yield Stop("main window › Today", window)
    window.show_client(client_id)
    client_file = window.client_file
    for index in range(client_file.count()):
        client_file.setCurrentIndex(index)
        wait_until(lambda: not client_file.is_loading)
        settle()
        yield Stop(f"main window › client file › {client_file.tabText(index)}", window)
    client_file.show_tab("referrals")
    referrals = client_file.tabs["referrals"]
    referrals.pages.setCurrentWidget(referrals.consent)
    wait_until(lambda: referrals.consent.consents.topLevelItemCount() > 0)
    settle()
    yield Stop("main window › client file › Linking › consent and releases", window)
    client_file.show_tab("whereabouts")
    wait_until(lambda: client_file.whereabouts.view is not None and not client_file.whereabouts.is_loading)
    settle()
    yield Stop("main window › client file › Contacts › whereabouts", window)
    client_file.contacts.pages.setCurrentIndex(0)
    client_file.show_tab("contacts")
    wait_until(lambda: not client_file.is_loading)
    contact_id = client_file.contacts.timeline.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole + 1)
    client_file.show_tab("overview")
    settle()

    dialogs: list[tuple[str, Callable[[], object]]] = [
        ("new client", window.new_client_action.trigger),
        ("new client with possible duplicates", lambda: _new_client_like(window, "Karl-Heinz", "Meier-Oberländer")),
        ("edit client", client_file.open_edit_dialog),
        ("change phase", client_file.open_phase_dialog),
        ("record contact", window.quick_capture_action.trigger),
        ("record an anonymous contact", lambda: _anonymous_capture(window)),
        ("street round", window.round_action.trigger),
        ("record activity", window.activity_action.trigger),
        ("code person", lambda: CodePersonDialog(window.desk_handle, code_person_id, window).open()),
        ("code person becomes a client", lambda: ClientDialog(window.desk_handle, None, window,
                                                              promote_id=code_person_id).open()),
        ("harm-reduction items", lambda: ItemsDialog(window.desk_handle, window).show()),
        ("harm-reduction item name", lambda: ItemNameDialog(window.desk_handle, None, window).open()),
        ("edit contact", lambda: client_file.open_contact_dialog(contact_id)),
        ("new task", window.new_task_action.trigger),
        ("release of confidentiality", client_file.open_release_dialog),
        ("consent to data processing", client_file.tabs["referrals"].consent.open_consent_dialog),
        ("withdraw consent", client_file.tabs["referrals"].consent.open_withdraw_dialog),
        ("revoke release", client_file.tabs["referrals"].consent.open_revoke_dialog),
        ("record disclosure", client_file.tabs["referrals"].consent.open_disclosure_dialog),
        ("caseloads", window.caseload_action.trigger),
        ("statistics for funders", window.statistics_action.trigger),
        ("while you were away", window.deputy_work_action.trigger),
        ("record what was shared from a referral", client_file.tabs["referrals"].open_disclosure_dialog),
        ("hand over", client_file.open_handover_dialog),
        ("deputy", client_file.open_deputy_dialog),
        ("erase", client_file.open_erasure_dialog),
        ("copy for the client (Art. 15)", client_file.open_access_copy_dialog),
        ("retention review", window.retention_action.trigger),
        ("merge with: choose the other record", client_file.open_merge_partner_dialog),
        ("merge two records", lambda: client_file.open_merge_dialog(code_person_id)),
        ("access log of a client", client_file.open_access_log),
        ("access log", window.open_access_log),
        ("team phone numbers", window.crisis_lines_action.trigger),
        ("monthly report", lambda: MonthPickerDialog(2025, 3, window).show()),
        ("print preview", lambda: window.print_menu.print_actions.service_plan(client_id)),
        ("plan goal", lambda: client_file.tabs["plan"].open_goal_dialog(
            "meso", None, client_file.tabs["plan"].plan.goals[0].children[0])),
        ("plan details", lambda: client_file.tabs["plan"].open_details_dialog()),
        ("plan service", lambda: client_file.tabs["plan"].open_service_dialog("")),
        ("sign plan", lambda: client_file.tabs["plan"].open_sign_dialog()),
        ("compare plan versions", lambda: client_file.tabs["plan"].open_compare_dialog()),
        ("intake", client_file.case.open_intake_dialog),
        ("re-assess", client_file.case.open_reassess_dialog),
        ("evaluation", client_file.case.open_evaluation_dialog),
        ("close case", client_file.case.open_closure_dialog),
        ("reopen case", lambda: ReopenDialog(window.desk_handle, client_id, window).open()),
        ("new referral", client_file.tabs["referrals"].open_new_referral),
        ("referral state", client_file.tabs["referrals"].open_state_dialog),
        ("helper directory", window.provider_directory_action.trigger),
        ("possible duplicates", window.duplicates_action.trigger),
        ("network person", lambda: client_file.tabs["network"].open_edit_dialog(
            client_file.tabs["network"].network.persons[0].id)),
        ("new network person", client_file.tabs["network"].open_add_dialog),
        ("tie between network persons", client_file.tabs["network"].open_relation_dialog),
        ("take snapshot", client_file.tabs["network"].open_snapshot_dialog),
        ("show snapshot", lambda: (client_file.tabs["network"].snapshot_list.setCurrentRow(0),
                                   client_file.tabs["network"].show_snapshot())),
        ("stage of change", client_file.instruments.open_stage_dialog),
        ("decisional balance", client_file.instruments.open_balance_dialog),
        ("self-efficacy", client_file.instruments.open_efficacy_dialog),
        ("dependence criteria", client_file.instruments.open_dependence_dialog),
        ("record relapse", client_file.instruments.open_relapse_dialog),
        ("self-efficacy items", lambda: InstrumentItemsDialog(window.desk_handle, "de", window).show()),
        ("put off a line of Today", lambda: window.today.open_snooze_dialog(window.today.entries()[0])),
        ("usual place", lambda: client_file.whereabouts.open_place_dialog(
            client_file.whereabouts.selected_place())),
        ("new usual place", lambda: client_file.whereabouts.open_place_dialog(None)),
        ("description the client agreed to", client_file.whereabouts.open_description_dialog),
        ("plan outreach round", window.today.open_round_dialog),
        ("round results", window.today.open_round_results),
        ("monitoring rules", lambda: MonitoringRulesDialog(window.desk_handle, window).show()),
        ("monitoring rule", lambda: RuleSettingDialog(
            window.desk_handle, RuleSetting("release_expiring", True, 30), window).open()),
    ]
    for where, trigger in dialogs:
        dialog = _open(where, trigger, wait_until)
        settle()
        yield Stop(where, dialog)
        dialog.done(0)
        settle()

    settings = _open("settings", window.settings_action.trigger, wait_until)
    for row in range(settings.page_list.count()):
        settings.page_list.setCurrentRow(row)
        settle()
        yield Stop(f"settings › {settings.page_list.item(row).text()}", settings)
    settings.done(0)

    database = _open("database settings", window.database_settings_action.trigger, wait_until)
    wait_until(lambda: database.overview is not None)
    for row in range(database.section_list.count()):
        database.section_list.setCurrentRow(row)
        settle()
        yield Stop(f"database settings › {database.section_list.item(row).text()}", database)
    database.show_section(database.backup)
    for where, trigger in (("back up", database.backup.open_backup_dialog),
                           ("restore a backup", database.backup.open_restore_dialog)):
        dialog = _open(where, trigger, wait_until)
        settle()
        yield Stop(where, dialog)
        dialog.done(0)
        settle()
    database.done(0)
    settle()

    sync = _open("sync", window.sync_action.trigger, wait_until)
    settle()
    yield from _pages("sync", sync, sync.tabs)
    sync.done(0)
    settle()


# --- as a script: the screen-fit walk in a process of its own ------------------------------------

def walk_for_screen_fit(languages: list[str]) -> dict[str, list[str]]:
    """Walk the tour in each language; ``{"<language>: <stop>": [problems]}`` for stops with problems."""
    from casedesk.services.desk import Desk
    from casedesk.ui import messages
    from casedesk.ui.app import CaseDeskController, install_translations
    from casedesk.ui.desk_thread import DatabaseThread
    from casedesk.ui.settings import AppSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    screen = QGuiApplication.primaryScreen().availableGeometry()
    db_thread = DatabaseThread()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
            time.sleep(0.01)

    def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while not (db_thread.pending == 0 and condition()):
            if time.monotonic() > deadline:
                raise TimeoutError("the app did not get there in time")
            app.processEvents()
            time.sleep(0.01)

    results: dict[str, list[str]] = {}
    home = Path(os.environ["CASEDESK_HOME"])
    for language in languages:
        translators = install_translations(app, language)
        folder = home / language
        folder.mkdir(parents=True)
        # Settings of its own per language: the main window must not open at the size it last had.
        os.environ["CASEDESK_HOME"] = str(folder)
        desk = Desk.create(folder / "tour.casedesk", "correct horse battery staple", "Anna Becker",
                           "Streetwork Nord", language)
        controller = CaseDeskController(folder / "tour.casedesk", AppSettings(), db_thread, language)
        for stop in tour(controller, desk, folder / "wizard.casedesk", wait_until, settle):
            problems = screen_fit_problems(stop.window, screen)
            if problems:
                results[f"{language}: {stop.where}"] = problems
        messages.set_next_answer(messages.StandardButton.Yes)  # quitting over anything unsaved
        controller.quit()
        wait_until(lambda: True)
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        settle()
        messages.reset()
        for translator in translators:
            app.removeTranslator(translator)
    db_thread.shutdown()
    return results


def main() -> None:
    results = walk_for_screen_fit(sys.argv[1].split(","))
    sys.stdout.write(json.dumps(results, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    # PySide6 6.12 may abort in the interpreter's last garbage collection (see tests/conftest.py).
    os._exit(0)


if __name__ == "__main__":
    main()
