"""Where CaseDesk keeps its files.

``CASEDESK_HOME`` overrides the platform folders so tests, demos and benchmarks never touch a
real worker's desk.
"""

import os
from pathlib import Path

import platformdirs

APP_NAME = "CaseDesk"
DESK_FILE_NAME = "desk.casedesk"


def data_dir() -> Path:
    home = os.environ.get("CASEDESK_HOME")
    path = Path(home) / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def config_dir() -> Path:
    home = os.environ.get("CASEDESK_HOME")
    path = Path(home) / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_desk_path() -> Path:
    return data_dir() / DESK_FILE_NAME
