"""The client's copy of their data (GDPR Art. 15, issue 13 point 6), read back from the PDF."""

from __future__ import annotations

import io
import os
import stat
from datetime import date, datetime, timedelta

import pypdf
import pytest
from cycle_fixtures import Cycle, add_assessments, add_plan, client_with_episode
from printing_fixtures import normalized

from casedesk.models import CaseEpisode, Client, Contact, Worker
from casedesk.models.network import NetworkPerson
from casedesk.printing.access_copy import _WORDS
from casedesk.services.consents import DisclosureDraft, ReleaseDraft
from casedesk.services.desk import Desk
from casedesk.services.errors import NotFound
from casedesk.services.output import write_document
from casedesk.services.rights import RightsService

TODAY = date.today()
SECRET_NOTE = "Sie erzählt von ihrem Nachbarn Herrn Quast, der ihr Geld leiht."
WITNESS = "Herr Quast"
RECIPIENT = "Jobcenter Mitte – Fallmanagement"
SHARED = "Stand der Wohnungssuche für den Antrag auf Mietübernahme"


def rich_client(desk: Desk, languages: str = "") -> Cycle:
    """A client with every part the copy prints: episode, contacts, assessments, plan, release,
    disclosures under a release and without one, a network person."""
    cycle = client_with_episode(desk)
    add_assessments(desk, cycle)
    add_plan(desk, cycle, meso_goals=2, steps=1)
    with desk.session() as session:
        client = session.get(Client, cycle.client_id)
        client.languages = languages
        client.phone = "+49 170 1234567"
        client.whereabouts = "Vormittags am Kontaktladen, nachmittags am Bahnhof"
        client.gender = "female"
        for days, kind, place in ((60, "street", "Bahnhof"), (30, "counselling", "Kontaktladen"),
                                  (3, "phone", "")):
            session.add(Contact(client_id=cycle.client_id, occurred_at=datetime.now() - timedelta(days=days),
                                duration_minutes=25, type=kind, place=place, topics="Wohnen, Schulden",
                                participants=WITNESS, note=SECRET_NOTE))
        session.add(NetworkPerson(client_id=cycle.client_id, name="Jonas Kowalski", relationship="Bruder",
                                  kind="informal", sector="family"))
        episode = session.get(CaseEpisode, cycle.episode_id)
        episode.access_route, episode.referred_by = "referred", "Bahnhofsmission"
    desk.consents.record_consent(cycle.client_id, TODAY - timedelta(days=50), "written")
    release = desk.consents.add_release(cycle.client_id, ReleaseDraft(
        helper=RECIPIENT, granted_on=TODAY - timedelta(days=40), expires_on=TODAY + timedelta(days=300),
        domains=("housing",), information=("case_status",)))
    desk.consents.record_disclosure(cycle.client_id, DisclosureDraft(
        release_id=release, domains=("housing",), information=("case_status",), what=SHARED,
        occurred_at=datetime.now() - timedelta(days=20)))
    desk.consents.record_disclosure(cycle.client_id, DisclosureDraft(
        recipient="Rettungsdienst", information=("health",), what="Allergie gegen Penicillin",
        occurred_at=datetime.now() - timedelta(days=10), beyond_scope_ok=True))
    return cycle


def _text(pdf: bytes) -> str:
    return normalized("\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages))


@pytest.fixture
def cycle(desk: Desk) -> Cycle:
    return rich_client(desk)


def test_the_copy_has_every_section_and_the_recipients_from_the_disclosure_log(desk: Desk, cycle: Cycle, language):
    pdf = RightsService(desk).access_copy_bytes(cycle.client_id, language)
    text = _text(pdf)
    words = _WORDS[language]
    for key in ("title", "s.person", "s.episodes", "s.contacts", "s.assessments", "s.plans", "s.consents",
                "s.network", "s.purposes", "automated", "s.categories", "s.recipients", "s.retention", "s.rights", "s.source"):
        assert normalized(words[key]) in text, key
    for lead, _body in words["rights"]:
        assert normalized(lead) in text
    # The recipients: who received what under which release, and the one shared without a release.
    assert normalized(RECIPIENT) in text and normalized(SHARED) in text
    assert "Rettungsdienst" in text and normalized(words["basis.none"]) in text
    assert normalized(words["basis.release"].split("{")[0]) in text
    # The data: the client, the plan's goals, the team's name for a domain, the provider, the network.
    for part in ("Maria", "Kowalski-Ærø", "M0:", "Jonas Kowalski", "Bahnhofsmission", "+49 170 1234567"):
        assert normalized(part) in text, part
    # Contact notes and the others present name third parties (Art. 15(4)): left out, and said so.
    assert "Quast" not in text
    assert normalized(words["contacts.note"][:40]) in text
    assert "10" in text and normalized(words["years.n"].format(n=10)) in text


def test_the_copy_speaks_the_clients_language_unless_told_otherwise(desk: Desk):
    cycle = rich_client(desk, languages="ar, Dansk")
    rights = RightsService(desk)
    assert rights.client_language(cycle.client_id) == "da"
    danish = _text(rights.access_copy_bytes(cycle.client_id))
    assert normalized("Indsigt i dine oplysninger") in danish and "Datatilsynet" in danish
    assert normalized("Auskunft über Ihre Daten") not in danish
    german = _text(rights.access_copy_bytes(cycle.client_id, "de"))
    assert normalized("Auskunft über Ihre Daten") in german and "Indsigt" not in german
    # Without a language of the three, the desk's language (German here).
    with desk.session() as session:
        session.get(Client, cycle.client_id).languages = "ar"
    assert normalized("Auskunft über Ihre Daten") in _text(rights.access_copy_bytes(cycle.client_id))


def test_the_retention_paragraph_names_the_day_the_data_go(desk: Desk, cycle: Cycle):
    with desk.session() as session:
        session.get(CaseEpisode, cycle.episode_id).closed_on = date(2024, 5, 2)
        session.get(CaseEpisode, cycle.episode_id).phase = "closed"
    content = RightsService(desk).access_copy(cycle.client_id, "en")
    assert content.retention_years == 10
    text = _text(RightsService(desk).access_copy_bytes(cycle.client_id, "en"))
    assert normalized("2 May 2024") in text and normalized("2 May 2034") in text


def test_no_client_data_in_the_metadata_and_saved_only_user_readable(desk: Desk, cycle: Cycle, tmp_path):
    pdf = RightsService(desk).access_copy_bytes(cycle.client_id, "de")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    assert "Maria" not in metadata and "Kowalski" not in metadata
    assert "Auskunft über Ihre Daten" in metadata
    # The running header names the client on every page (loose pages find their owner).
    assert all("Kowalski" in page.extract_text() for page in reader.pages)
    out = tmp_path / "kopie.pdf"
    write_document(out, pdf, overwrite=False)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_an_erased_or_unknown_client_has_no_copy(desk: Desk, cycle: Cycle):
    with pytest.raises(NotFound):
        RightsService(desk).access_copy("no-such-client", "de")
    desk.erasure.erase_client(cycle.client_id)
    with pytest.raises(NotFound):
        RightsService(desk).access_copy(cycle.client_id, "de")


def test_the_case_manager_and_provider_are_named(desk: Desk, cycle: Cycle):
    with desk.session() as session:
        me = session.get(Worker, desk.identity.worker_id)
        session.get(Client, cycle.client_id).responsible_worker_id = me.id
    content = RightsService(desk).access_copy(cycle.client_id, "de")
    assert content.personal.case_manager == desk.identity.name
    assert content.prepared_by == desk.identity.name
