"""Fixtures for tests below the UI: a throwaway CASEDESK_HOME and an open desk in it.

Imported explicitly by the test modules that use them (``from service_fixtures import ...``) so
they cannot collide with the UI fixtures in conftest.py.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest

from casedesk.models import Worker, new_id
from casedesk.paths import data_dir
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def casedesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("CASEDESK_HOME", str(home))
    return home


@pytest.fixture
def desk_path(casedesk_home: Path) -> Path:
    return data_dir() / "test.casedesk"


@pytest.fixture
def desk(desk_path: Path) -> Iterator[Desk]:
    opened = Desk.create(desk_path, PASSPHRASE, worker_name="Anna Test", team="Streetwork", language="de")
    yield opened
    opened.close()


def add_worker(desk: Desk, name: str) -> str:
    """A colleague on the same desk (as sync would bring in), for responsible/deputy mixes."""
    worker_id = new_id()
    with desk.session() as session:
        session.add(Worker(id=worker_id, name=name, team="Streetwork"))
    return worker_id


def add_client(desk: Desk, **fields) -> str:
    return desk.clients.create(ClientDraft(**fields))
