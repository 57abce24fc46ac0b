"""The ecomap's layout: sectors, rings by strength, saved places kept, Hartman's lines, the page."""

import io
import math
import random

import pdfplumber
import pytest
from pypdf import PdfReader

from casedesk.domain import NetworkKind, NetworkSector, SupportDirection, TieQuality, TieStrength
from casedesk.printing.ecomap import ecomap_words, render_ecomap
from casedesk.services.ecomap_layout import (
    CLIENT_RADIUS,
    RING_RADIUS,
    SECTOR_ORDER,
    lay_out,
    sector_spans,
    tie_shape,
    tie_style,
)
from casedesk.services.network import NetworkView, PersonDraft, PersonView, RelationView

STRONG, MEDIUM, WEAK = TieStrength.STRONG.value, TieStrength.MEDIUM.value, TieStrength.WEAK.value


def person(person_id: str, sector: str = NetworkSector.FAMILY.value, position=None, **fields) -> PersonView:
    return PersonView(person_id, PersonDraft(name=person_id.capitalize(), sector=sector, **fields), position)


def angle_of(x: float, y: float) -> float:
    """Clockwise from the top, in degrees 0 … 360."""
    return math.degrees(math.atan2(x, -y)) % 360


def in_span(angle: float, start: float, span: float) -> bool:
    return (angle - start) % 360 <= span


def forty_persons() -> NetworkView:
    chance = random.Random(7)
    sectors = [sector.value for sector in NetworkSector]
    persons = tuple(person(f"p{index:02d}", chance.choice(sectors), strength=chance.choice([STRONG, MEDIUM, WEAK]),
                           quality=chance.choice(list(TieQuality)).value, importance=chance.randint(1, 3),
                           direction=chance.choice(["", *SupportDirection]), relationship="Nachbarin von oben")
                    for index in range(40))
    relations = tuple(RelationView(f"r{index}", persons[index].id, persons[index + 1].id, WEAK,
                                   TieQuality.SUPPORTIVE.value) for index in range(0, 39, 3))
    return NetworkView(persons, relations)


def test_persons_go_into_their_sector_and_strong_ties_sit_closer():
    view = NetworkView((person("anna", strength=STRONG), person("bert", strength=WEAK),
                        person("carl", NetworkSector.INSTITUTIONS.value, kind=NetworkKind.FORMAL.value),
                        person("dora", NetworkSector.SCENE.value)), ())
    drawing = lay_out(view, "Kalle")
    spans = sector_spans(view)
    nodes = {node.person_id: node for node in drawing.nodes}
    for node in drawing.nodes:
        assert in_span(angle_of(node.x, node.y), *spans[node.sector]), node
    distance = {key: math.hypot(node.x, node.y) for key, node in nodes.items()}
    assert distance["anna"] == pytest.approx(RING_RADIUS[STRONG])
    assert distance["bert"] == pytest.approx(RING_RADIUS[WEAK])
    assert distance["anna"] < distance["carl"] < distance["bert"]
    assert nodes["carl"].formal and not nodes["anna"].formal
    # The sectors go round once, clockwise from the top, family first.
    assert [sector.key for sector in drawing.sectors] == [sector.value for sector in SECTOR_ORDER]
    assert sum(span for _start, span in spans.values()) == pytest.approx(360)


def test_a_saved_place_is_kept_and_the_others_do_not_move_for_it():
    free = NetworkView((person("anna"), person("bert", strength=STRONG)), ())
    placed = NetworkView((person("anna", position=(300, -20)), person("bert", strength=STRONG)), ())
    before = {node.person_id: (node.x, node.y) for node in lay_out(free, "K").nodes}
    after = {node.person_id: (node.x, node.y) for node in lay_out(placed, "K").nodes}
    assert after["anna"] == (300, -20)
    assert after["bert"] == before["bert"]
    assert lay_out(placed, "K").bounds[2] >= 300 + 20


def test_importance_sets_the_circle_and_pulls_a_person_a_little_closer():
    view = NetworkView((person("anna", importance=3), person("bert", importance=1)), ())
    nodes = {node.person_id: node for node in lay_out(view, "K").nodes}
    assert nodes["anna"].radius > nodes["bert"].radius
    assert math.hypot(nodes["anna"].x, nodes["anna"].y) < math.hypot(nodes["bert"].x, nodes["bert"].y)


def test_forty_persons_do_not_sit_on_each_other():
    drawing = lay_out(forty_persons(), "Kalle")
    assert len(drawing.nodes) == 40
    nodes = drawing.nodes
    for index, first in enumerate(nodes):
        for second in nodes[index + 1:]:
            gap = math.hypot(first.x - second.x, first.y - second.y) - first.radius - second.radius
            assert gap > 4, (first.person_id, second.person_id, gap)
    left, top, right, bottom = drawing.bounds
    for node in nodes:
        assert left < node.x - node.radius and node.x + node.radius < right
        assert top < node.y - node.radius and node.y + node.radius < bottom


def test_hartmans_lines():
    strong = tie_style(STRONG, TieQuality.SUPPORTIVE.value)
    medium = tie_style(MEDIUM, TieQuality.SUPPORTIVE.value)
    weak = tie_style(WEAK, TieQuality.SUPPORTIVE.value)
    assert (strong.pattern, medium.pattern, weak.pattern) == ("solid", "solid", "dashed")
    assert strong.width > medium.width > weak.width
    assert tie_style(MEDIUM, TieQuality.STRESSFUL.value).pattern == "jagged"
    assert tie_style(MEDIUM, TieQuality.BROKEN_OFF.value).pattern == "gap"
    assert tie_style(MEDIUM, TieQuality.AMBIVALENT.value).pattern == "dash_dot"
    to_client = tie_style(MEDIUM, TieQuality.SUPPORTIVE.value, SupportDirection.TO_CLIENT.value)
    both = tie_style(MEDIUM, TieQuality.SUPPORTIVE.value, SupportDirection.BOTH.value)
    assert (to_client.arrow_at_start, to_client.arrow_at_end) == (True, False)
    assert (both.arrow_at_start, both.arrow_at_end) == (True, True)


def test_a_tie_runs_from_edge_to_edge_and_its_pattern_is_in_the_ink():
    start, end = (0.0, 0.0), (200.0, 0.0)
    solid = tie_shape(tie_style(MEDIUM, TieQuality.SUPPORTIVE.value), start, CLIENT_RADIUS, end, 20)
    assert solid.polylines == (((CLIENT_RADIUS, 0.0), (180.0, 0.0)),)
    dashed = tie_shape(tie_style(WEAK, TieQuality.SUPPORTIVE.value), start, CLIENT_RADIUS, end, 20)
    assert len(dashed.polylines) > 5 and all(len(line) == 2 for line in dashed.polylines)
    jagged = tie_shape(tie_style(MEDIUM, TieQuality.STRESSFUL.value), start, CLIENT_RADIUS, end, 20)
    [zigzag] = jagged.polylines
    assert len(zigzag) > 10 and max(y for _x, y in zigzag) > 3 and min(y for _x, y in zigzag) < -3
    broken = tie_shape(tie_style(MEDIUM, TieQuality.BROKEN_OFF.value), start, CLIENT_RADIUS, end, 20)
    first, second, *bars = broken.polylines
    assert first[1][0] < second[0][0], "a gap between the two halves"
    assert len(bars) == 2 and all(bar[0][0] == bar[1][0] for bar in bars)
    arrow = tie_shape(tie_style(MEDIUM, TieQuality.SUPPORTIVE.value, SupportDirection.TO_CLIENT.value),
                      start, CLIENT_RADIUS, end, 20)
    [head] = arrow.arrowheads
    assert head[0] == (CLIENT_RADIUS, 0.0), "the tip touches the client's circle"
    assert all(x > CLIENT_RADIUS for x, _y in head[1:])
    # Circles that overlap leave nothing to draw.
    assert tie_shape(tie_style(MEDIUM, TieQuality.SUPPORTIVE.value), start, 30, (40.0, 0.0), 20).polylines == ()


def test_the_page_carries_the_client_the_sectors_and_the_legend_and_no_name_in_its_metadata():
    view = forty_persons()
    out = io.BytesIO()
    render_ecomap(lay_out(view, "Kalle"), ecomap_words("de", "Stand 04.05.2026"), out, "de")
    out.seek(0)
    metadata = PdfReader(out).metadata
    assert (metadata.title, metadata.author, metadata.creator) == ("Ecomap", "CaseDesk", "CaseDesk")
    assert "Kalle" not in " ".join(str(value) for value in metadata.values())
    out.seek(0)
    with pdfplumber.open(out) as pdf:
        [page] = pdf.pages
        text = page.extract_text()
        assert page.width > page.height, "landscape"
        drawn = len(page.curves) + len(page.lines)
    for word in ("Netzwerkkarte", "Kalle", "FAMILIE", "INSTITUTIONEN", "Legende", "starke Beziehung",
                 "belastend", "abgebrochen", "Doppelter Kreis"):
        assert word in text, word
    assert drawn > 100


def test_casedesk_print_ecomap_writes_the_pdf_and_the_png(monkeypatch, desk, desk_path, passphrase, tmp_path):
    from casedesk.cli import main
    from casedesk.services.dto import ClientDraft

    client_id = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier", alias="Kalle"))
    for name, sector in (("Anna", "family"), ("Suchtberatung", "institutions")):
        desk.network.add_person(client_id, PersonDraft(name=name, sector=sector))
    desk.close()
    for name in ("map.pdf", "map.png"):
        monkeypatch.setattr("sys.stdin", io.StringIO(passphrase + "\n"))
        out = tmp_path / name
        assert main(["print", "ecomap", "Kalle", "--out", str(out), "--language", "da", "--desk", str(desk_path),
                     "--passphrase-stdin"]) == 0
        assert out.stat().st_mode & 0o777 == 0o600
    with pdfplumber.open(tmp_path / "map.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    assert all(word in text for word in ("Netværkskort", "Kalle", "Anna", "FAMILIE", "Signaturforklaring"))
    assert PdfReader(tmp_path / "map.pdf").metadata.title == "Ecomap"
    png = (tmp_path / "map.png").read_bytes()
    assert png[:4] == b"\x89PNG" and len(png) > 20_000 and b"Kalle" not in png
