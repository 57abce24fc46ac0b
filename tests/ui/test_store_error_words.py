"""Each way a desk cannot be opened has its own words; only damage sends the worker to a backup."""

from pathlib import Path

import pytest

from casedesk.cli.common import open_error_message
from casedesk.services.errors import (
    DeskDamaged,
    DeskInUse,
    DeskNotFound,
    DeskReadOnly,
    DeskTooNew,
    DiskFull,
    FolderInTheWay,
    NotADesk,
    WrongPassphrase,
)
from casedesk.ui.errors import desk_open_error_text

ERRORS = [WrongPassphrase(), DeskDamaged("page 7"), NotADesk(""), DeskTooNew("9999"), FolderInTheWay(""),
          DeskReadOnly(""), DiskFull(5_000_000), DeskInUse(""), DeskNotFound("")]


@pytest.mark.parametrize("words", [desk_open_error_text, lambda error: open_error_message(error, Path("d"))],
                         ids=["window", "cli"])
def test_every_failure_has_its_own_words_and_only_damage_mentions_a_backup(qapp, words) -> None:
    texts = [words(error) for error in ERRORS]
    assert len(set(texts)) == len(texts)
    assert [("backup" in text) for text in texts] == [isinstance(error, DeskDamaged) for error in ERRORS]
    assert "5 MB" in texts[ERRORS.index(next(e for e in ERRORS if isinstance(e, DiskFull)))]
