"""DESIGN.md "must": no client data in plaintext anywhere on disk.

A full workflow through the service layer with a client whose name, alias and note words exist
nowhere else (contacts, an assessment, a plan goal, a referral, an export to a chosen file, an encrypted backup to a
chosen file and a rolling backup in the data folder), then every file the app could have touched is searched for them byte by byte
(UTF-8 and UTF-16, any letter case): the data and config folders, files created or changed in the
temp folder during the test, and CaseDesk's log/cache/state folders. The export is the one file
that must hold the data: the worker chose it.
"""

# Fixtures are imported from service_fixtures by name, so their parameters "redefine" them.
# ruff: noqa: F811

import os
import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

import platformdirs
import pytest
from service_fixtures import casedesk_home  # noqa: F401
from sqlalchemy import select

from casedesk.models import CaseEpisode, local_now
from casedesk.models.cycle import Assessment, AssessmentDomain, assessment_domain_id
from casedesk.paths import APP_NAME, config_dir, data_dir
from casedesk.services.consents import DisclosureDraft, ReleaseDraft
from casedesk.services.desk import Desk
from casedesk.services.desk_security import BACKUP_SUFFIX
from casedesk.services.dto import ClientDraft, ClientFilter, ContactDraft
from casedesk.services.network import PersonDraft
from casedesk.services.output import JSON_MAGIC, write_document
from casedesk.services.plans import GoalDraft
from casedesk.services.rights import RightsService
from casedesk.services.street import ActivityDraft, CodePersonDraft, RoundDraft

SECRET_NAME = "Zyxwvutsrq"
SECRET_SURNAME = "Qvoxplumbeck"
SECRET_ALIAS = "Glimmerfrosch"
SECRET_NOTE_WORD = "Vexillokrator"
SECRET_ASSESSMENT_WORD = "Quorbelfand"
SECRET_GOAL_WORD = "Wimmeltrax"
SECRET_NETWORK_WORD = "Brommelquist"
SECRETS = (SECRET_NAME, SECRET_SURNAME, SECRET_ALIAS, SECRET_NOTE_WORD, SECRET_ASSESSMENT_WORD, SECRET_GOAL_WORD,
           SECRET_NETWORK_WORD)
PASSPHRASE = "leak test passphrase"
CHUNK = 8 * 2**20


def encodings_of(word: str) -> list[bytes]:
    return [form.lower() for form in (word.encode("utf-8"), word.encode("utf-16-le"), word.encode("utf-16-be"))]


NEEDLES = [needle for secret in SECRETS for needle in encodings_of(secret)]


def snapshot(root: Path) -> dict[Path, int]:
    """Every regular file under ``root`` with its modification time."""
    files = {}
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            try:
                stat = path.lstat()
            except OSError:
                continue
            if path.is_file() and not path.is_symlink():
                files[path] = stat.st_mtime_ns
    return files


def hits_in(path: Path) -> list[str]:
    """Which secrets occur in the file; read in overlapping chunks so any size works."""
    overlap = max(len(needle) for needle in NEEDLES)
    found = set()
    try:
        with path.open("rb") as handle:
            tail = b""
            while chunk := handle.read(CHUNK):
                window = (tail + chunk).lower()
                found.update(needle for needle in NEEDLES if needle in window)
                tail = chunk[-overlap:]
    except OSError:  # vanished or unreadable files of other processes are not ours
        return []
    return sorted({secret for secret in SECRETS for needle in encodings_of(secret) if needle in found})


def scanned_files(roots: list[Path], before: dict[Path, dict[Path, int]]) -> Iterator[Path]:
    for root in roots:
        if not root.exists():
            continue
        earlier = before.get(root, {})
        for path, mtime in snapshot(root).items():
            if earlier.get(path) != mtime:
                yield path


def desk_files(path: Path) -> list[Path]:
    return [file for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if file.exists()]


@pytest.fixture
def watched_roots(casedesk_home: Path) -> dict[Path, dict[Path, int]]:
    """Folders to scan, with what was in them before the test (only new or changed files count)."""
    roots = [data_dir(), config_dir(), Path(tempfile.gettempdir())] + [
        Path(folder(APP_NAME, appauthor=False))
        for folder in (platformdirs.user_log_dir, platformdirs.user_cache_dir, platformdirs.user_state_dir)
    ]
    return {root: snapshot(root) if root.exists() else {} for root in roots}


def test_a_full_workflow_leaves_no_plaintext_client_data_on_disk(watched_roots: dict[Path, dict[Path, int]]) -> None:
    path = data_dir() / "desk.casedesk"
    desk = Desk.create(path, PASSPHRASE, worker_name="Anna Test", team="Streetwork", language="de")
    client_id = desk.clients.create(ClientDraft(
        first_name=SECRET_NAME, last_name=SECRET_SURNAME, alias=SECRET_ALIAS, whereabouts="Kottbusser Tor",
        emergency_notes=f"{SECRET_NOTE_WORD} im Notfall", phone="0151 2345678"))
    now = local_now()
    for days in (3, 1, 0):
        desk.contacts.record(ContactDraft(
            client_id=client_id, occurred_at=now - timedelta(days=days), type="street", duration_minutes=15,
            place="Kottbusser Tor", note=f"Sprach über {SECRET_NOTE_WORD} und den Jobcenter-Termin.",
            follow_up_title=f"{SECRET_NOTE_WORD} nachfragen", follow_up_due=now + timedelta(days=2)))
    for typed in (SECRET_NAME[:3], SECRET_SURNAME, SECRET_ALIAS[:5], SECRET_NOTE_WORD):
        assert [c.id for c in desk.clients.list(ClientFilter(text=typed))] == [client_id]
    assert desk.clients.get(client_id).draft.alias == SECRET_ALIAS
    assert len(desk.contacts.timeline(client_id)) == 3
    assert desk.tasks.for_client(client_id)
    _cycle(desk, client_id)
    _street(desk)
    _whereabouts(desk, client_id)
    # Found through the assessment and the goal: their words are in the encrypted index too.
    assert [c.id for c in desk.clients.list(ClientFilter(text=SECRET_ASSESSMENT_WORD))] == [client_id]
    assert [c.id for c in desk.clients.list(ClientFilter(text=SECRET_GOAL_WORD))] == [client_id]
    desk.today.overview()
    # The export is written where the worker chose: that file holds the data, nothing else may.
    export = Path(tempfile.gettempdir()) / f"casedesk-leak-export-{os.getpid()}.json"
    write_document(export, desk.export.client_json(client_id), overwrite=True, magic=JSON_MAGIC)

    # Documents printed to files the worker chose (the client's Art. 15 copy, a handover summary):
    # 0600, and the client's data only there.
    documents = []
    for name, render in (("copy", lambda out: RightsService(desk).access_copy_pdf(client_id, "de", out)),
                         ("summary", lambda out: desk.printing.handover_pdf(client_id, "de", out))):
        buffer = BytesIO()
        render(buffer)
        document = Path(tempfile.gettempdir()) / f"casedesk-leak-{name}-{os.getpid()}.pdf"
        write_document(document, buffer.getvalue(), overwrite=True)
        documents.append(document)
    assert {document.stat().st_mode & 0o777 for document in documents} == {0o600}

    # A backup to a chosen file and a rolling backup in the data folder: encrypted, 0600.
    backup = Path(tempfile.gettempdir()) / f"casedesk-leak-backup-{os.getpid()}{BACKUP_SUFFIX}"
    desk.security.backup(backup, overwrite=True)
    rolling = desk.security.rolling_backup_if_due()
    assert rolling is not None and rolling.parent == data_dir() / "backups"
    assert {file: file.stat().st_mode & 0o777 for file in (backup, rolling)} == {backup: 0o600, rolling: 0o600}
    assert not backup.read_bytes().startswith(b"SQLite format 3")

    # While unlocked, the desk and its WAL/SHM companions are private and encrypted too.
    open_files = desk_files(path)
    assert len(open_files) == 3
    assert {file: file.stat().st_mode & 0o777 for file in open_files} == dict.fromkeys(open_files, 0o600)
    leaks_while_open = {str(file): hits_in(file) for file in open_files if hits_in(file)}
    assert leaks_while_open == {}

    desk.close()  # what locking does

    for file in desk_files(path):
        assert file.stat().st_mode & 0o777 == 0o600
    assert not path.read_bytes().startswith(b"SQLite format 3")
    scanned = list(scanned_files(list(watched_roots), watched_roots))
    assert path in scanned
    assert export in scanned
    assert backup in scanned and rolling in scanned
    assert set(documents) <= set(scanned)
    try:
        assert hits_in(export) == sorted(SECRETS)
        chosen = {export, *documents}
        leaks = {str(file): hits_in(file) for file in scanned if file not in chosen and hits_in(file)}
    finally:
        for written in (export, backup, *documents):
            written.unlink()
    assert leaks == {}


def _cycle(desk: Desk, client_id: str) -> None:
    """An assessment, a plan goal and a referral carrying the client's secret words."""
    today = date.today()
    with desk.session() as session:
        episode_id = session.scalar(select(CaseEpisode.id).where(CaseEpisode.client_id == client_id))
        assessment = Assessment(client_id=client_id, episode_id=episode_id, started_on=today,
                                due_on=today + timedelta(days=42), note=f"{SECRET_SURNAME} erste Einschätzung")
        session.add(assessment)
        session.flush()
        session.add(AssessmentDomain(
            id=assessment_domain_id(assessment.id, "finances"), client_id=client_id, assessment_id=assessment.id,
            domain="finances", rating=3, client_view=f"{SECRET_ALIAS} will schuldenfrei werden",
            problems=f"{SECRET_ASSESSMENT_WORD} beim Stromanbieter", resources_private=f"Schwester {SECRET_NAME}"))
    plan_id = desk.plans.create(client_id, today=today)
    desk.plans.add_goal(plan_id, "macro", None, GoalDraft(wording=f"{SECRET_GOAL_WORD} ohne neue Schulden"))
    desk.referrals.create(client_id, person="Frau Berater", service=f"Schuldnerberatung für {SECRET_NAME}",
                          release_override_reason="mündlich zugestimmt", on=today)
    sister = desk.network.add_person(client_id, PersonDraft(name=f"{SECRET_NETWORK_WORD} (Schwester)",
                                                            phone="0171 555 0101", note=f"kennt {SECRET_ALIAS}"))
    desk.network.move(sister, (40, -20))
    desk.network.snapshot(client_id, "nach der Aufnahme")
    desk.consents.record_consent(client_id, today, "written", note=f"{SECRET_ALIAS} hat unterschrieben")
    release = desk.consents.add_release(client_id, ReleaseDraft(helper=f"Dr. {SECRET_SURNAME}", granted_on=today,
                                                                domains=("finances",)))
    desk.consents.record_disclosure(client_id, DisclosureDraft(release_id=release, domains=("finances",),
                                                               what=f"Schulden von {SECRET_NAME}"))
    desk.instruments.record_stage(client_id, "contemplation", today, note=f"{SECRET_NETWORK_WORD} hilft")
    desk.instruments.record_relapse(client_id, today, f"Assessment {SECRET_SURNAME}", f"Kontakt {SECRET_SURNAME}")


def _street(desk: Desk) -> None:
    """A code person met on the street (found by code and alias), a round and an activity with notes."""
    person = desk.street.create_code_person(CodePersonDraft(code="ZQ88m", alias=f"{SECRET_ALIAS} vom Bahnhof",
                                                            sex="m", birth_year=1988))
    desk.contacts.record(ContactDraft(client_id=person, note=f"{SECRET_NOTE_WORD} wollte Naloxon",
                                      items={"naloxone": 1, "syringes": 10}))
    assert person in {c.id for c in desk.clients.list(ClientFilter(text="ZQ88m"))}
    now = local_now()
    desk.street.record_round(RoundDraft(started_at=now - timedelta(hours=2), duration_minutes=60, place="Görli",
                                        people={"m:27-39": 4}, talks=2, note=f"{SECRET_SURNAME} war nicht da"))
    desk.street.record_activity(ActivityDraft(kind="network", occurred_at=now - timedelta(hours=1),
                                              duration_minutes=30, note=f"Netzwerk wegen {SECRET_NAME}"))


def _whereabouts(desk: Desk, client_id: str) -> None:
    """Usual places, the agreed description and an outreach round: printed into memory, results recorded."""
    from io import BytesIO

    from casedesk.services.whereabouts import RoundResult, UsualPlaceDraft

    desk.whereabouts.add_place(client_id, UsualPlaceDraft("substitution_clinic", f"Praxis {SECRET_SURNAME}",
                                                          "Mo–Fr 8–10", f"fragt nach {SECRET_ALIAS}"))
    desk.whereabouts.set_description(client_id, f"Hund {SECRET_NOTE_WORD}", local_now().date())
    desk.whereabouts.plan_round([client_id])
    assert desk.whereabouts.round_sheet_pdf([client_id], "de", BytesIO()) == 1
    desk.whereabouts.record_round([RoundResult(client_id, False, f"Bahnhof bei {SECRET_ALIAS}",
                                               f"{SECRET_NOTE_WORD} nicht da")])


def test_the_scanner_would_find_a_leak(watched_roots: dict[Path, dict[Path, int]]) -> None:
    """Guards the test above against passing because the scan looks nowhere."""
    leaked = Path(tempfile.gettempdir()) / f"casedesk-leak-probe-{os.getpid()}.txt"
    leaked.write_bytes(f"note: {SECRET_NOTE_WORD.upper()}".encode("utf-16-le"))
    (config_dir() / "settings.ini").write_text(f"last_client={SECRET_ALIAS}")
    try:
        found = {file: hits_in(file) for file in scanned_files(list(watched_roots), watched_roots)}
        assert found[leaked] == [SECRET_NOTE_WORD]
        assert found[config_dir() / "settings.ini"] == [SECRET_ALIAS]
    finally:
        leaked.unlink()
