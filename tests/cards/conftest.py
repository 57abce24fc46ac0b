"""Fixtures for the relapse card, the printed documents and their UI."""

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from card_fixtures import PASSPHRASE

from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft


@pytest.fixture(autouse=True)
def casedesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("CASEDESK_HOME", str(home))
    return home


@pytest.fixture
def desk_path(tmp_path: Path) -> Path:
    return tmp_path / "team.casedesk"


@pytest.fixture
def desk(desk_path: Path) -> Iterator[Desk]:
    opened = Desk.create(desk_path, PASSPHRASE, "Anna Lindqvist", "Streetwork Nord", "de")
    yield opened
    opened.close()


@pytest.fixture
def client_id(desk: Desk) -> str:
    return desk.clients.create(ClientDraft(
        first_name="Jürgen", last_name="Großmann-Øvergaard", alias="Jojo", birth_date=date(1979, 3, 14),
        whereabouts="Hauptbahnhof, Südausgang; nachts Notunterkunft Lehrter Straße", phone="+49 171 555 0101",
        languages="Deutsch, Dansk", emergency_notes="Diabetiker – Insulin im Rucksack.",
        consent_data_processing=True, consent_date=date(2025, 1, 10),
    ))
