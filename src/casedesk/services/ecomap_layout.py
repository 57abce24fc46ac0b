"""Lays out a client's network as an ecomap (Hartman 1978), for the screen and the printed page.

Contract:
- The client sits at (0, 0); the sectors (family, friends, neighbourhood, scene, institutions)
  go clockwise from the top, each as wide as its persons need (an empty sector keeps a little room).
- A person the worker placed stays where they were put. Every other person goes into their sector:
  strong ties closest to the client, weak ties furthest, the more important a little closer, the
  most important first along the arc; where a ring of the sector is crowded, its persons alternate
  between staggered rings so names do not overlap.
- Circle size shows importance (1 … 3); a formal person is drawn with a double ring.
- Lines (``tie_style`` and ``tie_shape``): strong solid and thick, medium solid, weak thin and
  dashed, ambivalent dash-dot, stressful jagged, broken off with a gap between two bars; arrows
  where support goes (to the client, from the client, both ways). Only black ink and patterns.
- ``tie_shape`` is pure and cheap (a few dozen points): the screen calls it again while a person is
  dragged, so what is drawn during a drag is what the page prints.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from casedesk.domain import NetworkKind, NetworkSector, SupportDirection, TieQuality, TieStrength
from casedesk.printing.ecomap import (
    EcomapDrawing,
    EcomapNode,
    EcomapSector,
    EcomapTie,
    LegendEntry,
    Point,
    TieShape,
)
from casedesk.services.network import NetworkView, PersonView

#: Clockwise from the top: the informal sectors side by side, the institutions last.
SECTOR_ORDER = (NetworkSector.FAMILY, NetworkSector.FRIENDS, NetworkSector.NEIGHBOURHOOD, NetworkSector.SCENE,
                NetworkSector.INSTITUTIONS)
CLIENT_RADIUS = 42.0
PERSON_RADIUS = {1: 15.0, 2: 20.0, 3: 26.0}
RING_RADIUS = {TieStrength.STRONG.value: 150.0, TieStrength.MEDIUM.value: 240.0, TieStrength.WEAK.value: 330.0}
#: How much closer each step of importance above "important" brings a person.
IMPORTANCE_PULL = 10.0
#: The staggered rings of a crowded ring lie this far apart.
STAGGER = 36.0
#: The room along the arc a person's circle and name need (scene units).
PERSON_ROOM = 100.0
SECTOR_LABEL_RADIUS = 425.0
BOUNDARY = (58.0, 375.0)
#: An empty sector keeps this much weight, so its name stays readable and a person fits later.
EMPTY_SECTOR_WEIGHT = 1.5
NAME_SIZE = 13.0
RELATIONSHIP_SIZE = 11.0
#: Laid-out circles keep at least this much room between them (the name below a circle needs it).
MIN_GAP = 26.0
SEPARATION_ROUNDS = 30
#: Room around the outermost circles for their names below them and the sector names.
MARGIN = 48.0

WIDTH = {TieStrength.STRONG.value: 4.5, TieStrength.MEDIUM.value: 2.2, TieStrength.WEAK.value: 1.2}
DASH = (9.0, 6.0)
DASH_DOT = (12.0, 4.0, 2.5, 4.0)
ZIGZAG_STEP, ZIGZAG_AMPLITUDE = 9.0, 5.0
GAP, GAP_BAR = 16.0, 14.0
ARROW_LENGTH, ARROW_WIDTH = 13.0, 10.0


@dataclass(frozen=True)
class TieStyle:
    width: float
    #: "solid", "dashed", "dash_dot", "jagged" or "gap".
    pattern: str
    #: Arrowheads at the line's start (the client's or first person's end) and at its end.
    arrow_at_start: bool = False
    arrow_at_end: bool = False


def tie_style(strength: str, quality: str, direction: str = "") -> TieStyle:
    """Hartman's line for a tie that runs from the client (start) to the person (end)."""
    width = WIDTH.get(strength, WIDTH[TieStrength.MEDIUM.value])
    if quality == TieQuality.BROKEN_OFF.value:
        pattern, width = "gap", WIDTH[TieStrength.MEDIUM.value]
    elif quality == TieQuality.STRESSFUL.value:
        pattern, width = "jagged", max(width * 0.7, 1.2)
    elif quality == TieQuality.AMBIVALENT.value:
        pattern = "dash_dot"
    elif strength == TieStrength.WEAK.value:
        pattern = "dashed"
    else:
        pattern = "solid"
    to_client = direction in (SupportDirection.TO_CLIENT.value, SupportDirection.BOTH.value)
    from_client = direction in (SupportDirection.FROM_CLIENT.value, SupportDirection.BOTH.value)
    return TieStyle(width, pattern, arrow_at_start=to_client, arrow_at_end=from_client)


def tie_shape(style: TieStyle, start: Point, start_radius: float, end: Point, end_radius: float) -> TieShape:
    """The ink of a tie between two circles: from edge to edge, with its pattern and arrowheads."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    if length <= start_radius + end_radius + 1:
        return TieShape(style.width, (), ())
    ux, uy = dx / length, dy / length
    begin, finish = start_radius, length - end_radius
    heads = []
    if style.arrow_at_start:
        heads.append(_arrowhead(start, (ux, uy), begin, 1))
        begin += ARROW_LENGTH * 0.8
    if style.arrow_at_end:
        heads.append(_arrowhead(start, (ux, uy), finish, -1))
        finish -= ARROW_LENGTH * 0.8

    def point(along: float, aside: float = 0.0) -> Point:
        return (round(start[0] + ux * along - uy * aside, 2), round(start[1] + uy * along + ux * aside, 2))

    lines: list[tuple[Point, ...]] = []
    if finish - begin <= 1:
        pass
    elif style.pattern == "jagged":
        steps = max(2, int((finish - begin) / ZIGZAG_STEP))
        step = (finish - begin) / steps
        lines.append(tuple(point(begin + i * step, 0 if i in (0, steps) else ZIGZAG_AMPLITUDE * (1 if i % 2 else -1))
                           for i in range(steps + 1)))
    elif style.pattern == "gap":
        middle = (begin + finish) / 2
        half = min(GAP / 2, (finish - begin) / 4)
        lines.append((point(begin), point(middle - half)))
        lines.append((point(middle + half), point(finish)))
        for at in (middle - half, middle + half):
            lines.append((point(at, -GAP_BAR / 2), point(at, GAP_BAR / 2)))
    elif style.pattern in ("dashed", "dash_dot"):
        pattern = DASH if style.pattern == "dashed" else DASH_DOT
        at, index = begin, 0
        while at < finish:
            on = pattern[index % len(pattern)]
            lines.append((point(at), point(min(at + on, finish))))
            at += on + pattern[(index + 1) % len(pattern)]
            index += 2
    else:
        lines.append((point(begin), point(finish)))
    return TieShape(style.width, tuple(lines), tuple(heads))


def _arrowhead(start: Point, unit: Point, tip_along: float, pointing: int) -> tuple[Point, ...]:
    """A filled triangle whose tip touches a circle's edge; ``pointing`` 1: its base lies further
    from the start than its tip (it points back to the start), -1: it points away from it."""
    ux, uy = unit
    tip = (start[0] + ux * tip_along, start[1] + uy * tip_along)
    base = tip_along + pointing * ARROW_LENGTH
    bx, by = start[0] + ux * base, start[1] + uy * base
    half = ARROW_WIDTH / 2
    return tuple((round(x, 2), round(y, 2)) for x, y in (tip, (bx - uy * half, by + ux * half),
                                                          (bx + uy * half, by - ux * half)))


def person_radius(importance: int) -> float:
    return PERSON_RADIUS.get(importance, PERSON_RADIUS[2])


def sector_spans(view: NetworkView) -> dict[str, tuple[float, float]]:
    """Each sector's (start, span) in degrees, clockwise from the top (0° points up)."""
    counts = {sector.value: 0 for sector in SECTOR_ORDER}
    for person in view.persons:
        if person.draft.sector in counts:
            counts[person.draft.sector] += 1
    weights = {key: count + EMPTY_SECTOR_WEIGHT for key, count in counts.items()}
    total = sum(weights.values())
    spans, start = {}, -weights[SECTOR_ORDER[0].value] / total * 180.0
    for sector in SECTOR_ORDER:
        span = weights[sector.value] / total * 360.0
        spans[sector.value] = (start, span)
        start += span
    return spans


def _polar(radius: float, degrees: float) -> Point:
    angle = math.radians(degrees)
    return (round(radius * math.sin(angle), 2), round(-radius * math.cos(angle), 2))


def automatic_positions(view: NetworkView) -> dict[str, Point]:
    """Where each person without a saved place goes (saved places are not moved)."""
    spans = sector_spans(view)
    groups: dict[tuple[str, str], list[PersonView]] = {}
    for person in view.persons:
        if person.position is None:
            sector = person.draft.sector if person.draft.sector in spans else NetworkSector.INSTITUTIONS.value
            strength = person.draft.strength if person.draft.strength in RING_RADIUS else TieStrength.MEDIUM.value
            groups.setdefault((sector, strength), []).append(person)
    positions: dict[str, Point] = {}
    for (sector, strength), persons in groups.items():
        persons.sort(key=lambda p: (-p.draft.importance, p.draft.name.casefold(), p.id))
        start, span = spans[sector]
        ring = RING_RADIUS[strength]
        arc = ring * math.radians(span)
        rings = max(1, math.ceil(len(persons) * PERSON_ROOM / max(arc, 1.0)))
        # The most important in the middle of the arc, the others alternately to either side.
        slots = sorted(range(len(persons)), key=lambda slot: abs(slot - (len(persons) - 1) / 2))
        for person, slot in zip(persons, slots):
            angle = start + span * (slot + 0.5) / len(persons)
            offset = (slot % rings - (rings - 1) / 2) * STAGGER
            radius = ring + offset - (person.draft.importance - 2) * IMPORTANCE_PULL
            positions[person.id] = _polar(radius, angle)
    _separate(view, positions)
    return positions


def _separate(view: NetworkView, positions: dict[str, Point]) -> None:
    """Push laid-out circles apart where staggered rings of neighbouring strengths meet; saved
    places stay. A few rounds over 40 persons take about a millisecond."""
    radius = {person.id: person_radius(person.draft.importance) for person in view.persons}
    placed = {person.id: person.position for person in view.persons if person.position is not None}
    moving = list(positions)
    every = [*moving, *placed]
    points = {**{key: tuple(map(float, value)) for key, value in placed.items()}, **positions}
    for _round in range(SEPARATION_ROUNDS):
        moved = False
        for index, first in enumerate(every):
            for second in every[index + 1:]:
                (x1, y1), (x2, y2) = points[first], points[second]
                distance = math.hypot(x2 - x1, y2 - y1) or 0.01
                overlap = radius[first] + radius[second] + MIN_GAP - distance
                if overlap <= 0:
                    continue
                ux, uy = (x2 - x1) / distance, (y2 - y1) / distance
                share = 0.5 if first in positions and second in positions else 1.0
                if first in positions:
                    points[first] = _off_the_client(x1 - ux * overlap * share, y1 - uy * overlap * share)
                if second in positions:
                    points[second] = _off_the_client(x2 + ux * overlap * share, y2 + uy * overlap * share)
                moved = True
        if not moved:
            break
    for key in moving:
        positions[key] = (round(points[key][0], 2), round(points[key][1], 2))


def _off_the_client(x: float, y: float) -> Point:
    """No closer to the client than a strong tie's ring, less the stagger: the arrows need room."""
    distance = math.hypot(x, y) or 0.01
    least = RING_RADIUS[TieStrength.STRONG.value] - STAGGER
    return (x, y) if distance >= least else (x * least / distance, y * least / distance)


def legend() -> tuple[LegendEntry, ...]:
    samples = (
        ("strong", tie_style(TieStrength.STRONG.value, TieQuality.SUPPORTIVE.value)),
        ("medium", tie_style(TieStrength.MEDIUM.value, TieQuality.SUPPORTIVE.value)),
        ("weak", tie_style(TieStrength.WEAK.value, TieQuality.SUPPORTIVE.value)),
        ("ambivalent", tie_style(TieStrength.MEDIUM.value, TieQuality.AMBIVALENT.value)),
        ("stressful", tie_style(TieStrength.MEDIUM.value, TieQuality.STRESSFUL.value)),
        ("broken_off", tie_style(TieStrength.MEDIUM.value, TieQuality.BROKEN_OFF.value)),
        ("to_client", tie_style(TieStrength.MEDIUM.value, TieQuality.SUPPORTIVE.value,
                                SupportDirection.TO_CLIENT.value)),
        ("both", tie_style(TieStrength.MEDIUM.value, TieQuality.SUPPORTIVE.value, SupportDirection.BOTH.value)),
    )
    # The client's end at the left: "to the client" points to the left.
    return tuple(LegendEntry(key, tie_shape(style, (0.0, 0.0), 0.0, (60.0, 0.0), 0.0)) for key, style in samples)


def lay_out(view: NetworkView, client_label: str) -> EcomapDrawing:
    spans = sector_spans(view)
    automatic = automatic_positions(view)
    nodes = []
    for person in view.persons:
        x, y = person.position if person.position is not None else automatic[person.id]
        relationship = person.draft.relationship or person.provider_name
        nodes.append(EcomapNode(person.id, person.draft.name, relationship, float(x), float(y),
                                person_radius(person.draft.importance),
                                person.draft.kind == NetworkKind.FORMAL.value, person.draft.sector))
    by_id = {node.person_id: node for node in nodes}
    ties = [EcomapTie(None, person.id, tie_shape(
        tie_style(person.draft.strength, person.draft.quality, person.draft.direction),
        (0.0, 0.0), CLIENT_RADIUS, (by_id[person.id].x, by_id[person.id].y), by_id[person.id].radius))
        for person in view.persons]
    for relation in view.relations:
        first, second = by_id.get(relation.person_a_id), by_id.get(relation.person_b_id)
        if first is None or second is None:
            continue
        ties.append(EcomapTie(first.person_id, second.person_id, tie_shape(
            tie_style(relation.strength, relation.quality), (first.x, first.y), first.radius,
            (second.x, second.y), second.radius)))
    sectors = tuple(EcomapSector(key, _polar(SECTOR_LABEL_RADIUS, start + span / 2),
                                 (_polar(BOUNDARY[0], start), _polar(BOUNDARY[1], start)))
                    for key, (start, span) in spans.items())
    return EcomapDrawing(client_label=client_label, client_radius=CLIENT_RADIUS, nodes=tuple(nodes),
                         ties=tuple(ties), sectors=sectors, bounds=drawing_bounds(nodes),
                         legend=legend(), name_size=NAME_SIZE, relationship_size=RELATIONSHIP_SIZE)


def drawing_bounds(nodes) -> tuple[float, float, float, float]:
    """Around the sector names and every circle with the name beneath it."""
    reach = SECTOR_LABEL_RADIUS + 20
    left, top, right, bottom = -reach - MARGIN, -reach, reach + MARGIN, reach
    for node in nodes:
        left = min(left, node.x - node.radius - MARGIN)
        right = max(right, node.x + node.radius + MARGIN)
        top = min(top, node.y - node.radius - 8)
        bottom = max(bottom, node.y + node.radius + MARGIN)
    return (left, top, right, bottom)
