"""Shared test setup: Qt runs offscreen, and every test gets its own CASEDESK_HOME.

Nothing a test does may touch a real worker's desk or settings, so CASEDESK_HOME points into the
test's tmp folder for every test (autouse).
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Must be set before the first QApplication is created (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casedesk.paths import data_dir
from casedesk.services.desk import Desk
from casedesk.ui import messages

# A box a test did not answer takes its default button instead of blocking the whole run.
messages.answer_unprepared_with_default()

TEST_PASSPHRASE = "correct horse battery staple"
TEST_WORKER = "Anna Becker"


@pytest.fixture(autouse=True)
def casedesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("CASEDESK_HOME", str(home))
    return home


@pytest.fixture
def desk_path(casedesk_home: Path) -> Path:
    return data_dir() / "test.casedesk"


@pytest.fixture
def passphrase() -> str:
    """The passphrase of the ``desk`` fixture's desk."""
    return TEST_PASSPHRASE


@pytest.fixture
def desk(desk_path: Path) -> Iterator[Desk]:
    """A fresh, open desk on a tmp path; closed after the test."""
    opened = Desk.create(desk_path, TEST_PASSPHRASE, worker_name=TEST_WORKER, team="Streetwork Nord", language="de")
    yield opened
    opened.close()
