"""The ecomap with 40 persons: layout and render (target ≤ 100 ms, median) and drag latency.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ecomap.py [--rounds 20]

A made-up network of 40 persons over the five sectors (every strength, quality and direction,
13 ties among the persons) is measured, each after one warm-up run:
- layout: ``services.ecomap_layout.lay_out`` (placement, separation, every tie's ink);
- scene: the Network tab's scene built from the drawing and painted into a 1000×640 view-sized
  image (what showing the tab costs on the GUI thread once the data is there);
- layout + scene: the two together, against the target;
- drag step: one mouse-move step of a person with 6 ties (``setPos``, the ties reshaped) and the
  repaint of the view, i.e. the latency between a mouse move and the map showing it;
- PDF and PNG: the printed page (ReportLab) and the exported picture.
Prints a table; exits 1 when the target is missed.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_S = 0.100


def network():
    from casedesk.domain import NetworkSector, SupportDirection, TieQuality, TieStrength
    from casedesk.services.network import NetworkView, PersonDraft, PersonView, RelationView

    chance = random.Random(40)
    sectors = [sector.value for sector in NetworkSector]
    persons = tuple(PersonView(f"p{index:02d}", PersonDraft(
        name=f"Person {index}", sector=sectors[index % 5], relationship="Nachbarin im Haus",
        strength=chance.choice(list(TieStrength)).value, quality=chance.choice(list(TieQuality)).value,
        direction=chance.choice(["", *SupportDirection]), importance=chance.randint(1, 3)), None)
        for index in range(40))
    relations = tuple(RelationView(f"r{index}", persons[index].id, persons[(index + 5) % 40].id, "medium",
                                   "supportive") for index in range(0, 39, 3))
    return NetworkView(persons, relations)


def measure(fn: Callable[[], object], rounds: int) -> list[float]:
    fn()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from casedesk.printing.ecomap import ecomap_words, render_ecomap
    from casedesk.services.ecomap_layout import lay_out
    from casedesk.ui.ecomap import EcomapScene, EcomapView, render_png

    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = network()
    words = ecomap_words("de", "Stand 04.05.2026")
    image = QImage(1000, 640, QImage.Format.Format_RGB32)

    def layout():
        return lay_out(view, "Kalle")

    def scene_and_paint(drawing=None):
        scene = EcomapScene()
        scene.show_drawing(drawing or layout(), words, view)
        painter = QPainter(image)
        scene.render(painter)
        painter.end()
        return scene

    drawing = layout()
    shown = EcomapScene()
    shown.show_drawing(drawing, words, view)
    map_view = EcomapView(shown)
    map_view.resize(1000, 640)
    map_view.show()
    app.processEvents()
    busiest = max(shown.persons.values(), key=lambda item: len(item.ties))
    offsets = iter(range(10**9))

    def drag_step():
        step = next(offsets) % 40 - 20
        busiest.setPos(busiest.pos() + QPointF(step * 0.5, 1 if step % 2 else -1))
        map_view.viewport().repaint()

    rows = [
        ("layout", measure(layout, args.rounds)),
        ("scene built and painted", measure(lambda: scene_and_paint(drawing), args.rounds)),
        ("layout + scene", measure(scene_and_paint, args.rounds)),
        (f"drag step ({len(busiest.ties)} ties), repainted", measure(drag_step, args.rounds * 5)),
        ("PDF page", measure(lambda: render_ecomap(drawing, words, io.BytesIO(), "de"), args.rounds)),
        ("PNG export", measure(lambda: render_png(drawing, words), args.rounds)),
    ]
    print(f"{'40 persons, 13 ties among them':38} {'median':>9} {'min':>9} {'max':>9}")
    for name, times in rows:
        print(f"{name:38} {statistics.median(times) * 1000:7.1f} ms {min(times) * 1000:6.1f} ms "
              f"{max(times) * 1000:6.1f} ms")
    total = statistics.median(rows[2][1])
    print(f"target ≤ {TARGET_S * 1000:.0f} ms for layout + scene: {'met' if total <= TARGET_S else 'MISSED'}")
    map_view.close()
    return 0 if total <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
