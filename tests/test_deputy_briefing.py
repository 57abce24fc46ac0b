"""A deputy for a period on one desk: who deputises today, what a deputy did while the case
manager was away, and the deputy's first-day pages (one per client), read back from the PDF."""

# ruff: noqa: F811
import io
from datetime import date, datetime, timedelta

import pypdf
import pytest
from service_fixtures import add_client, add_worker, casedesk_home, desk, desk_path  # noqa: F401
from sqlalchemy import update

from casedesk.models import Client, Contact
from casedesk.services.dto import ContactDraft
from casedesk.services.errors import ValidationFailed

TODAY = date.today()


def _held_by(desk, client_id: str, responsible: str, deputy: str, starts_on, ends_on) -> None:
    with desk.session() as session:
        session.execute(update(Client).where(Client.id == client_id).values(
            responsible_worker_id=responsible, deputy_worker_id=deputy, deputy_from=starts_on, deputy_until=ends_on))


def test_a_deputy_deputises_on_the_days_of_the_period_only(desk):
    me, ben = desk.identity.worker_id, add_worker(desk, "Ben")
    clients = {name: add_client(desk, first_name=name) for name in ("Jens", "Mette", "Ole", "Kalle")}
    _held_by(desk, clients["Jens"], ben, me, TODAY - timedelta(days=2), TODAY + timedelta(days=2))
    _held_by(desk, clients["Mette"], ben, me, TODAY + timedelta(days=1), None)
    _held_by(desk, clients["Ole"], ben, me, None, TODAY - timedelta(days=1))
    _held_by(desk, clients["Kalle"], ben, me, None, None)
    assert [p.display_name for p in desk.handover.deputised_by_me()] == ["Jens", "Kalle"]
    assert [p.display_name for p in desk.handover.deputised_by_me(TODAY + timedelta(days=3))] == ["Kalle", "Mette"]


def test_a_period_that_ends_before_it_starts_is_refused(desk):
    ben = add_worker(desk, "Ben")
    jens = add_client(desk, first_name="Jens")
    with pytest.raises(ValidationFailed) as refused:
        desk.handover.set_deputy(jens, ben, TODAY, TODAY - timedelta(days=1))
    assert refused.value.problems == {"deputy_until": "before_start"}
    # Removing the deputy forgets the period too.
    desk.handover.set_deputy(jens, ben, TODAY, TODAY + timedelta(days=7))
    desk.handover.set_deputy(jens, None, TODAY, TODAY + timedelta(days=7))
    assignment = desk.workers.assignment(jens)
    assert (assignment.deputy_worker_id, assignment.deputy_from, assignment.deputy_until) == (None, None, None)


def test_back_from_absence_lists_what_the_deputy_recorded_during_the_period(desk):
    ben = add_worker(desk, "Ben")
    jens = add_client(desk, first_name="Jens")
    mette = add_client(desk, first_name="Mette")
    desk.handover.set_deputy(jens, ben, TODAY - timedelta(days=14), TODAY - timedelta(days=3))
    desk.handover.set_deputy(mette, ben, TODAY - timedelta(days=60), TODAY - timedelta(days=40))

    def contact(client_id, days_ago, note, by):
        contact_id = desk.contacts.record(ContactDraft(
            client_id=client_id, note=note, occurred_at=datetime.combine(TODAY - timedelta(days=days_ago),
                                                                         datetime.min.time()) + timedelta(hours=10)))
        with desk.session() as session:
            session.execute(update(Contact).where(Contact.id == contact_id).values(worker_id=by))

    contact(jens, 10, "Hausbesuch", ben)
    contact(jens, 20, "vor der Vertretung", ben)
    contact(jens, 8, "meine eigene Notiz", desk.identity.worker_id)
    contact(mette, 50, "zu lange her", ben)
    desk.referrals.create(jens, person="Schuldnerberatung Nord", service="Termin vereinbaren",
                          release_override_reason="mündlich erlaubt")
    back = desk.handover.back_from_absence()
    assert [(w.period.display_name, [note for _, _, note in w.contacts]) for w in back] == [("Jens", ["Hausbesuch"])]
    # The referral was made by this desk's worker, not the deputy.
    assert back[0].referrals == ()


def _pages(data: bytes) -> list[str]:
    return [page.extract_text().replace("\u00a0", " ") for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def test_the_deputy_briefing_has_a_page_per_client_with_what_the_first_day_needs(desk):
    me, ben = desk.identity.worker_id, add_worker(desk, "Ben")
    jens = add_client(desk, first_name="Jens", whereabouts="Bahnhofsmission")
    kalle = add_client(desk, first_name="Kalle", whereabouts="Park am Fluss")
    add_client(desk, first_name="Mette")
    desk.referrals.create(jens, person="Suchtberatung Mitte", service="Erstgespräch",
                          release_override_reason="mündlich erlaubt")
    desk.handover.handover_client(jens, ben, "Jens braucht montags Begleitung zum Amt.")
    desk.handover.handover_client(kalle, ben)
    _held_by(desk, jens, ben, me, TODAY - timedelta(days=1), TODAY + timedelta(days=9))
    _held_by(desk, kalle, ben, me, TODAY, None)
    content = desk.documents.handover_summary(jens, "de")
    assert content.handover_note == "Jens braucht montags Begleitung zum Amt."
    out = io.BytesIO()
    desk.printing.deputy_briefing_pdf("de", out)
    pages = _pages(out.getvalue())
    assert len(pages) >= 2
    jens_page = next(page for page in pages if "Bahnhofsmission" in page)
    assert "Übergabenotiz" in jens_page and "Jens braucht montags Begleitung zum Amt." in jens_page
    assert "Suchtberatung Mitte" in jens_page and "Laufende Vermittlungen" in jens_page
    assert "Vertretung vom" in jens_page and "Nächster Kontakt fällig bis" in jens_page
    assert any("Park am Fluss" in page and "bis auf Weiteres" in page for page in pages)
    assert not any("Mette" in page for page in pages)
    metadata = pypdf.PdfReader(io.BytesIO(out.getvalue())).metadata
    assert not any(name in str(value) for value in metadata.values() for name in ("Jens", "Kalle"))


def test_no_one_to_deputise_for_prints_one_page_that_says_so(desk):
    out = io.BytesIO()
    desk.printing.deputy_briefing_pdf("da", out)
    assert _pages(out.getvalue())[0].count("I dag er du ikke stedfortræder for nogen.") == 1
