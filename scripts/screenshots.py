"""Screenshots of the main screens with a made-up caseload, for review and documentation.

    xvfb-run -a -s "-screen 0 1280x720x24" sh -c 'openbox & python scripts/screenshots.py [FOLDER] [--language de|da|en]'

FOLDER defaults to ./screenshots. Runs in a throwaway CASEDESK_HOME, so no real desk is touched.
Windows keep the size the app gives them, as a worker on that screen would see them. Under X11
each shot is the whole screen, with the window manager's title bars (a cut title shows); without
a display it falls back to Qt's offscreen platform and grabs the window alone.
"""

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

PASSPHRASE = "fünf Wörter sind ein guter Anfang"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("screenshots"))
    parser.add_argument("--language", choices=("de", "da", "en"), default="de")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="casedesk-shots-") as home:
        os.environ["CASEDESK_HOME"] = home
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return take_screenshots(args.folder, args.language)


def take_screenshots(folder: Path, language: str) -> int:
    # Imported here: CASEDESK_HOME and the Qt platform must be set first.
    from PySide6.QtCore import QDate
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QWidget

    from casedesk.domain import ContactType
    from casedesk.paths import default_desk_path
    from casedesk.ui.app import CaseDeskController, install_translations
    from casedesk.ui.desk_thread import DatabaseThread
    from casedesk.ui.icons import app_icon
    from casedesk.ui.network_dialogs import PersonDialog
    from casedesk.ui.settings import AppSettings

    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    install_translations(app, language)
    settings = AppSettings()
    db_thread = DatabaseThread()

    def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the app did not get there in time")
            app.processEvents()
            time.sleep(0.01)

    def settle() -> None:
        wait_until(lambda: db_thread.pending == 0)
        for _ in range(5):
            app.processEvents()
            time.sleep(0.02)

    whole_screen = QGuiApplication.platformName() == "xcb"

    def shot(widget: QWidget, name: str) -> None:
        settle()
        path = folder / f"{name}.png"
        if whole_screen:
            widget.raise_()
            widget.activateWindow()
            settle()
            time.sleep(0.2)
            settle()
            QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
        else:
            widget.grab().save(str(path))
        print(path)

    desk_path = default_desk_path()

    # First run: the wizard, page by page.
    controller = CaseDeskController(desk_path, settings, db_thread, language)
    controller.start()
    wizard = controller.wizard
    wizard.show()
    shot(wizard, "01-wizard-welcome")
    wizard.next()
    wizard.worker_page.worker_name.setText("Anna Becker")
    wizard.worker_page.team.setText("Streetwork Nord")
    shot(wizard, "02-wizard-worker")
    wizard.next()
    wizard.passphrase_page.passphrase.setText("kurz123")
    shot(wizard, "03-wizard-passphrase-weak")
    wizard.passphrase_page.passphrase.setText(PASSPHRASE)
    wizard.passphrase_page.repeated.setText(PASSPHRASE)
    shot(wizard, "04-wizard-passphrase-strong")
    wizard.next()
    shot(wizard, "05-wizard-ready")
    wizard.close()
    controller.wizard = None

    populate(desk_path)

    controller = CaseDeskController(desk_path, settings, db_thread, language)
    controller.start()
    unlock = controller.unlock_dialog
    unlock.passphrase.setText("falsch geraten")
    unlock.buttons.accepted.emit()
    wait_until(lambda: unlock.message.isVisible())
    shot(unlock, "06-unlock-wrong-passphrase")
    unlock.passphrase.setText(PASSPHRASE)
    unlock.buttons.accepted.emit()
    wait_until(lambda: controller.main_window is not None)
    window = controller.main_window
    settle()
    shot(window, "07-main-today")

    client_list = window.client_list
    row = next(i for i, c in enumerate(client_list.model.clients()) if c.alias == "Kalle")
    client_list.view.selectRow(row)
    settle()
    shot(window, "08-main-client-overview")
    window.client_file.show_tab("contacts")
    window.client_file.contacts.timeline.setCurrentItem(window.client_file.contacts.timeline.topLevelItem(0))
    shot(window, "09-client-contacts")
    window.client_file.show_tab("tasks")
    shot(window, "10-client-tasks")
    window.client_file.show_tab("relapse_card")
    settle()
    time.sleep(0.5)
    settle()
    shot(window, "16-client-relapse-card")
    client_file = window.client_file
    for number, key in enumerate(("episode", "assessment", "plan", "referrals", "network")):
        client_file.show_tab(key)
        wait_until(lambda: not client_file.is_loading)
        shot(window, f"21{'abcde'[number]}-client-{key}")
    network_tab = client_file.tabs["network"]
    network_tab.map.setFocus()
    network_tab.scene.select_person(network_tab.scene.ordered_persons()[0].person_id)
    network_tab.map.edit_requested.emit(network_tab.scene.selected_person_id())
    wait_until(lambda: any(isinstance(w, PersonDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    person_dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PersonDialog) and w.isVisible())
    settle()
    shot(person_dialog, "21f-network-person")
    person_dialog.done(0)
    client_file.show_tab("instruments")
    wait_until(lambda: not client_file.is_loading)
    shot(window, "21g-client-instruments")
    for name, opener in (("22a-intake", client_file.case.open_intake_dialog),
                         ("22b-evaluation", client_file.case.open_evaluation_dialog),
                         ("22c-closure", client_file.case.open_closure_dialog),
                         ("22d-reassess", client_file.case.open_reassess_dialog),
                         ("22e-helper-directory", window.open_provider_directory),
                         ("22f-dependence", client_file.instruments.open_dependence_dialog),
                         ("22g-relapse", client_file.instruments.open_relapse_dialog)):
        dialog = opener()
        settle()
        time.sleep(0.3)
        shot(dialog, name)
        dialog.done(0)
    client_file.show_tab("overview")

    previews = []
    window.print_menu.print_actions.preview_opened.connect(previews.append)
    window.print_menu.print_actions.service_plan(window.client_file.client_id)
    wait_until(lambda: bool(previews))
    settle()
    time.sleep(0.5)
    settle()
    shot(previews[0], "17-print-preview-service-plan")
    previews[0].done(0)

    sync_dialog = window.open_sync_dialog()
    wait_until(lambda: bool(sync_dialog.last_sync_label.text()))
    shot(sync_dialog, "18-sync-not-set-up")
    sync_dialog.tabs.setCurrentIndex(sync_dialog.CONFLICTS_TAB)
    shot(sync_dialog, "18b-sync-conflicts")
    sync_dialog.tabs.setCurrentIndex(sync_dialog.REFUSED_TAB)
    shot(sync_dialog, "18c-sync-refused")
    sync_dialog.done(0)

    handover = window.client_file.open_handover_dialog()
    settle()
    shot(handover, "19-handover")
    handover.done(0)
    erasure = window.client_file.open_erasure_dialog()
    erasure.typed_name.setText("Karl Meier")
    settle()
    shot(erasure, "20-erasure")
    erasure.done(0)

    capture = window.open_quick_capture()
    wait_until(lambda: capture.clients_loaded)
    capture.type.setCurrentIndex(capture.type.findData(ContactType.STREET.value))
    capture.duration.setValue(20)
    capture.place.setText("Hauptbahnhof, Südausgang")
    capture.note.setPlainText("Wirkt erschöpft, hat seit zwei Nächten draußen geschlafen. "
                              "Schlafsack und Kaffee gebracht. Will morgen zur Notschlafstelle.")
    capture.follow_up_title.setText("Platz in der Notschlafstelle anfragen")
    shot(capture, "11-quick-capture")
    capture.done(0)

    dialog = window.open_new_client_dialog()
    dialog.form.widgets["birth_date"].set_value(QDate.currentDate().addDays(10).toPython())
    dialog.form.widgets["phone"].setText("bitte anrufen")
    dialog.buttons.accepted.emit()
    shot(dialog, "12-new-client-validation")
    dialog.done(0)

    window.client_list.search.setText("Sør")
    settle()
    time.sleep(0.3)
    shot(window, "13-search")
    window.client_list.search.clear()

    settings_dialog = window.open_settings()
    shot(settings_dialog, "14-settings-general")
    settings_dialog.page_list.setCurrentRow(1)
    shot(settings_dialog, "15-settings-security")
    settings_dialog.done(0)

    controller.quit()
    settle()
    db_thread.shutdown()
    return 0


def populate(path: Path) -> None:
    """A small, made-up German/Danish caseload."""
    from casedesk.domain import ContactType, Phase
    from casedesk.models import local_now
    from casedesk.services.cards import CardDraft, NumberDraft, SituationDraft
    from casedesk.services.desk import Desk
    from casedesk.services.dto import ClientDraft, ContactDraft

    desk = Desk.create(path, PASSPHRASE, "Anna Becker", "Streetwork Nord", "de")
    now = local_now()
    clients = [
        (ClientDraft(first_name="Karl", last_name="Meier", alias="Kalle", birth_date=date(1971, 1, 1),
                     birth_date_approximate=True, gender="männlich", languages="Deutsch",
                     whereabouts="Hauptbahnhof Südseite, meist vormittags; abends Suppenküche St. Petri",
                     phone="0151 2345 678", no_fixed_abode=True,
                     emergency_notes="Epilepsie – Medikamente in der Substitutionsambulanz",
                     consent_data_processing=True, consent_date=date(2024, 3, 4)),
         Phase.MONITORING, 9),
        (ClientDraft(first_name="Mette", last_name="Sørensen", birth_date=date(1984, 6, 12), gender="kvinde",
                     languages="Dansk, Deutsch", whereabouts="Værestedet Istedgade, tirsdag og torsdag",
                     phone="+45 20 12 34 56", address="Halmtorvet 7, 1700 København V",
                     consent_data_processing=True, consent_date=date(2024, 9, 1)),
         Phase.PLANNING, 2),
        (ClientDraft(first_name="Jonas", last_name="Albrecht", alias="Joni", birth_date=date(1996, 11, 3),
                     languages="Deutsch, Englisch", whereabouts="Notschlafstelle Nord, Zimmer 4",
                     no_fixed_abode=True, consent_data_processing=True, consent_date=date(2025, 1, 15)),
         Phase.MONITORING, 12),
        (ClientDraft(alias="Stumpen", gender="männlich", whereabouts="Szene am Stadtpark, Kiosk"),
         Phase.CLARIFICATION, None),
        (ClientDraft(first_name="Birgitte", last_name="Holm", birth_date=date(1962, 2, 28),
                     languages="Dansk", whereabouts="Eget værelse, Sundholmsvej", phone="31 45 67 89",
                     address="Sundholmsvej 40, 2300 København S", consent_data_processing=True),
         Phase.LINKING, 4),
        (ClientDraft(first_name="Ayşe", last_name="Demir", birth_date=date(1990, 5, 1), languages="Türkisch, Deutsch",
                     whereabouts="Frauenhaus (Adresse vertraulich)", consent_data_processing=True),
         Phase.ASSESSMENT, 1),
    ]
    notes = [
        (ContactType.STREET, 15, "Hauptbahnhof", "Kurz gesprochen, wirkt stabil. Fragt nach Kleiderkammer."),
        (ContactType.ACCOMPANIMENT, 120, "Jobcenter Mitte", "Zum Termin begleitet, Antrag auf Bürgergeld abgegeben."),
        (ContactType.PHONE, 10, "", "Rückruf wegen Termin bei der Schuldnerberatung."),
        (ContactType.COUNSELLING, 45, "Büro", ("Beratungsgespräch zu Rückfall am Wochenende; Risikosituationen "
                                               "besprochen, Karte soll aktualisiert werden.")),
    ]
    for draft, phase, days_since_contact in clients:
        client_id = desk.clients.create(draft)
        desk.clients.set_phase(client_id, phase.value)
        if days_since_contact is None:
            continue
        for index, (kind, minutes, place, note) in enumerate(notes):
            desk.contacts.record(ContactDraft(
                client_id=client_id, type=kind.value, duration_minutes=minutes, place=place, note=note,
                occurred_at=now - timedelta(days=days_since_contact + 6 * index, hours=index)))
        if draft.alias == "Kalle":
            desk.cards.save(client_id, CardDraft(
                language="de",
                situations=[
                    SituationDraft("Wenn am Monatsanfang das Geld auf dem Konto ist",
                                   ["craving", "group_pressure"],
                                   "Miete zuerst überweisen, mit Peter ins Schwimmbad",
                                   "Streetwork-Team oder Peter anrufen"),
                    SituationDraft("Streit mit meiner Schwester", ["conflicts", "unpleasant_feelings"],
                                   "Spazieren gehen, es aufschreiben", "Bezugsperson in der Notschlafstelle"),
                ],
                important_numbers=[NumberDraft("Streetwork Nord", "0151 2345 000"),
                                   NumberDraft("Telefonseelsorge", "0800 111 0 111"),
                                   NumberDraft("Peter (Freund)", "0176 555 12 34")]))
            desk.clients.add_release(client_id, "Substitutionsambulanz Dr. Sommer", date(2024, 3, 4), None)
            desk.clients.add_release(client_id, "Jobcenter Mitte", date(2024, 5, 10), date(2026, 5, 10))
            desk.tasks.create(client_id, "Personalausweis beantragen – Termin Bürgeramt", now + timedelta(hours=3))
            desk.tasks.create(client_id, "Arztbrief bei Dr. Sommer abholen", now + timedelta(days=4))
            _populate_cycle(desk, client_id)
        if draft.first_name == "Mette":
            desk.tasks.create(client_id, "Netværksmøde med kommunen forberede", now - timedelta(hours=2))
    desk.close()



def _populate_cycle(desk, client_id: str) -> None:
    """Kalle's cycle: intake, a completed assessment, a signed plan, referrals, a partial evaluation."""
    from casedesk.domain import AccessRoute, ConsentForm, GoalLevel, ReferralState
    from casedesk.services.assessments import DomainDraft
    from casedesk.services.episodes import EvaluationDraft, GoalScore, IntakeDraft
    from casedesk.services.plans import GoalDraft, PlanFieldsDraft, ServiceDraft
    from casedesk.services.providers import ProviderDraft

    today = date.today()
    desk.episodes.save_intake(client_id, IntakeDraft(
        access_route=AccessRoute.OUTREACH.value, screening_several_domains=True, screening_several_helpers=True,
        screening_client_agrees=True, screening_appropriate=True,
        screening_note="Wohnung, Schulden und Substitution; Jobcenter und Ambulanz beteiligt",
        intake_agreed_on=today - timedelta(days=80), intake_agreement="Wöchentliches Treffen am Bahnhof, Begleitung zu Ämtern",
        consent_recorded_on=today - timedelta(days=80), consent_form=ConsentForm.WRITTEN.value))
    assessment_id = desk.assessments.start(client_id, started_on=today - timedelta(days=70))
    for domain, rating, client_view, problems in (
            ("housing", 3, "Ich will nicht mehr draußen schlafen.", "Keine Wohnung, Schufa-Eintrag"),
            ("finances", 2, "Die Briefe mache ich nicht mehr auf.", "Mietschulden, Handyvertrag"),
            ("substance_use", 2, "Ich bin im Programm, das läuft.", "Beikonsum am Wochenende")):
        desk.assessments.save_domain(assessment_id, domain, DomainDraft(
            client_view=client_view, professional_view="Hoher Bedarf, Motivation vorhanden", rating=rating,
            resources_personal="Zuverlässig bei Terminen", resources_private="Freund Peter",
            problems=problems, client_priority=1 if domain == "housing" else 2))
    desk.assessments.complete(assessment_id, today - timedelta(days=50))
    plan_id = desk.plans.create(client_id)
    macro = desk.plans.add_goal(plan_id, GoalLevel.MACRO.value, None, GoalDraft(
        wording="Herr M. lebt in einer eigenen Wohnung und kommt mit seinem Geld aus."))
    housing = desk.plans.add_goal(plan_id, GoalLevel.MESO.value, macro, GoalDraft(
        wording="Herr M. hat bis zum Sommer einen Mietvertrag.", domain="housing", indicator="Mietvertrag liegt vor",
        agreed_by_client=True, realistic_note="Wohnungsnotfallhilfe hat Plätze", deadline=today + timedelta(days=120),
        responsible="client", scale_minus1="Noch im Notquartier", scale_0="Mietvertrag", scale_plus1="Mietvertrag und Möbel"))
    desk.plans.add_goal(plan_id, GoalLevel.MICRO.value, housing, GoalDraft(
        wording="Wohnberechtigungsschein beantragen", deadline=today - timedelta(days=5), responsible="client"))
    desk.plans.add_goal(plan_id, GoalLevel.MESO.value, macro, GoalDraft(
        wording="Die Schulden sind geordnet.", domain="finances", indicator="Schuldenplan",
        agreed_by_client=True, realistic_note="Termin bei der Schuldnerberatung", deadline=today + timedelta(days=60),
        responsible="case_manager"))
    desk.plans.add_service(plan_id, ServiceDraft(description="Schuldnerberatung", cost="0 €", payer="Stadt"))
    desk.plans.save_plan_fields(plan_id, PlanFieldsDraft(
        own_activities="Öffnet die Post mit Peter", network_support="Peter hilft beim Sortieren",
        contact_dates="dienstags 10 Uhr am Bahnhof", review_on=today + timedelta(days=130)))
    desk.plans.sign(plan_id, today - timedelta(days=40), today - timedelta(days=40))
    provider = desk.providers.create(ProviderDraft(
        institution="Schuldnerberatung Caritas", service_type="Schuldnerberatung", contact_person="Frau Yilmaz",
        phone="030 1234 567", opening_hours="Mo–Do 9–15 Uhr"))
    referral = desk.referrals.create(client_id, provider, service="Schuldnerberatung",
                                     on=today - timedelta(days=35), release_override_reason="mündlich zugestimmt")
    for state, days in ((ReferralState.CONTACTED, 33), (ReferralState.ACCEPTED, 30), (ReferralState.STARTED, 20)):
        desk.referrals.move(referral, state.value, today - timedelta(days=days))
    other = desk.referrals.create(client_id, person="Wohnungsnotfallhilfe Mitte", service="Wohnungssuche",
                                  follow_up_on=today + timedelta(days=3), on=today - timedelta(days=10),
                                  release_override_reason="mündlich zugestimmt")
    desk.referrals.move(other, ReferralState.CONTACTED.value, today - timedelta(days=8))
    for days, stage in ((75, "precontemplation"), (60, "contemplation"), (30, "preparation"), (12, "action")):
        desk.instruments.record_stage(client_id, stage, today - timedelta(days=days))
    desk.instruments.record_self_efficacy(client_id, today - timedelta(days=60), [2, 2, 1, 2, 3, 2, 2, 2, 3, 2])
    desk.instruments.record_self_efficacy(client_id, today - timedelta(days=10), [3, 3, 2, 3, 3, 3, 2, 3, 3, 3])
    desk.instruments.record_dependence(client_id, today - timedelta(days=70), "Alkohol",
                                       {"craving", "loss_of_control", "withdrawal", "tolerance"})
    desk.instruments.record_relapse(client_id, today - timedelta(days=40), "Neues Assessment nach dem Rückfall",
                                    "Kontakt nach dem Rückfall", note="Wochenende mit alten Bekannten")
    goals = desk.plans.current(client_id).all_goals()
    desk.episodes.save_evaluation(client_id, EvaluationDraft(today, "Es hilft, dass jemand mitgeht.", tuple(
        GoalScore(goal.id, score, "") for goal, score in zip(goals, (0, 1, -1), strict=False))))
    _populate_network(desk, client_id, provider)


def _populate_network(desk, client_id: str, provider: str) -> None:
    """Kalle's network: family, friends, the scene, a neighbour and the helpers, some ties among them."""
    from casedesk.services.network import PersonDraft

    people = {}
    for name, sector, kind, relationship, strength, quality, direction, importance in (
            ("Sabine", "family", "informal", "Schwester", "strong", "supportive", "to_client", 3),
            ("Vater", "family", "informal", "Vater", "weak", "broken_off", "", 2),
            ("Peter", "friends", "informal", "alter Schulfreund", "strong", "supportive", "both", 3),
            ("Micha", "scene", "informal", "Trinkkumpel", "medium", "stressful", "", 2),
            ("Jenny", "scene", "informal", "Bekannte vom Platz", "weak", "ambivalent", "", 1),
            ("Frau Krüger", "neighbourhood", "informal", "Nachbarin", "medium", "supportive", "to_client", 1),
            ("Dr. Sommer", "institutions", "formal", "Hausarzt", "medium", "supportive", "to_client", 2),
            ("Frau Yilmaz", "institutions", "formal", "Schuldnerberatung", "weak", "supportive", "to_client", 2),
            ("Jobcenter", "institutions", "formal", "Sachbearbeiter", "weak", "stressful", "", 1)):
        people[name] = desk.network.add_person(client_id, PersonDraft(
            name=name, sector=sector, kind=kind, relationship=relationship, strength=strength, quality=quality,
            direction=direction, importance=importance,
            provider_id=provider if name == "Frau Yilmaz" else None))
    desk.network.relate(people["Sabine"], people["Peter"])
    desk.network.relate(people["Micha"], people["Jenny"], "strong")
    desk.network.snapshot(client_id, "Erstgespräch")


if __name__ == "__main__":
    sys.exit(main())

