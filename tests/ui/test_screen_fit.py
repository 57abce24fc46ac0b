"""Every window and dialog fits a small laptop's screen (1280×720 and 1366×768) in every language.

Qt's offscreen platform takes its screen from a JSON file (``offscreen:configfile=…``), and one
process keeps the screen it started with, so the tour (window_tour.py) runs in a process of its
own per screen size and reports what lies outside the screen, which tabs do not fit their bar
and which titles are cut.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LANGUAGES = ("de", "da", "en")
SCREENS = ((1280, 720), (1366, 768))
TOUR = Path(__file__).with_name("window_tour.py")


def offscreen_screen(folder: Path, width: int, height: int) -> str:
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": f"laptop-{width}x{height}", "x": 0, "y": 0,
                                               "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


@pytest.fixture(scope="module", params=SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def problems_on_screen(request, tmp_path_factory) -> tuple[tuple[int, int], dict[str, list[str]]]:
    width, height = request.param
    folder = tmp_path_factory.mktemp(f"screen-{width}x{height}")
    env = dict(os.environ, QT_QPA_PLATFORM=offscreen_screen(folder, width, height),
               CASEDESK_HOME=str(folder / "home"))
    result = subprocess.run([sys.executable, str(TOUR), ",".join(LANGUAGES)], env=env, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-4000:]
    return (width, height), json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_fits_the_screen(problems_on_screen, language):
    (width, height), problems = problems_on_screen
    mine = {where: found for where, found in problems.items() if where.startswith(f"{language}: ")}
    report = "\n".join(f"{where}: {problem}" for where, found in sorted(mine.items()) for problem in found)
    assert not mine, f"at {width}×{height}:\n{report}"
