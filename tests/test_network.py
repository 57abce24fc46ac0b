"""The client's network: persons, ties, places on the map, snapshots, and the figures on small
graphs computed by hand."""

import pytest
from service_fixtures import add_client, desk  # noqa: F401 (fixture)

from casedesk.domain import NetworkKind, NetworkSector, TieQuality, TieStrength
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.services.network import NetworkView, PersonDraft, PersonView, RelationView, network_figures
from casedesk.services.providers import ProviderDraft

INFORMAL, FORMAL = NetworkKind.INFORMAL.value, NetworkKind.FORMAL.value


def person(person_id: str, kind: str = INFORMAL, **fields) -> PersonView:
    return PersonView(person_id, PersonDraft(name=person_id.capitalize(), kind=kind, **fields), None)


def tie(first: str, second: str, quality: str = TieQuality.SUPPORTIVE.value) -> RelationView:
    return RelationView(f"{first}-{second}", first, second, TieStrength.MEDIUM.value, quality)


def problems_of(call) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as raised:
        call()
    return raised.value.problems


def test_figures_of_a_path_with_a_bridge_an_isolate_and_a_strained_tie():
    # anna – ben – carl: ben bridges; dora is tied to nobody; erik (formal) is stressful.
    view = NetworkView(
        persons=(person("anna"), person("ben"), person("carl"), person("dora"),
                 person("erik", FORMAL, quality=TieQuality.STRESSFUL.value)),
        relations=(tie("anna", "ben"), tie("ben", "carl")))
    figures = network_figures(view)
    assert (figures.size, figures.informal, figures.formal) == (5, 4, 1)
    assert figures.informal_share == pytest.approx(0.8)
    assert figures.density == pytest.approx(2 / 10)  # 2 ties of 5·4/2 possible
    assert figures.bridges == ("Ben",)
    assert set(figures.isolated) == {"Dora", "Erik"}
    assert figures.strained == ("Erik",)


def test_a_broken_off_tie_does_not_hold_the_network_together_and_the_busiest_bridge_comes_first():
    # Two bridges: ben joins anna to the rest, carl joins ben's side to dora and erik.
    view = NetworkView(
        persons=tuple(person(name) for name in ("anna", "ben", "carl", "dora", "erik", "fritz")),
        relations=(tie("anna", "ben"), tie("ben", "carl"), tie("carl", "dora"), tie("carl", "erik"),
                   tie("dora", "erik"), tie("erik", "fritz", TieQuality.BROKEN_OFF.value)))
    figures = network_figures(view)
    assert figures.bridges == ("Carl", "Ben")
    assert figures.isolated == ("Fritz",)


def test_figures_without_persons_or_without_ties_among_them():
    empty = network_figures(NetworkView((), ()))
    assert (empty.size, empty.informal_share, empty.density, empty.bridges) == (0, None, None, ())
    alone = network_figures(NetworkView((person("anna"), person("ben")), ()))
    assert alone.density == 0 and alone.isolated == (), "no ties recorded: nobody stands out as isolated"


def test_persons_are_added_checked_moved_and_removed_with_their_ties(desk):  # noqa: F811
    client_id = add_client(desk, first_name="Kim")
    assert problems_of(lambda: desk.network.add_person(client_id, PersonDraft(name=" ", sector="moon"))) == {
        "name": "required", "sector": "unknown"}
    sister = desk.network.add_person(client_id, PersonDraft(
        name="Sabine", sector=NetworkSector.FAMILY.value, relationship="sister", strength=TieStrength.STRONG.value,
        domains=("housing", "finances", "housing"), phone="0171 222 333", importance=3))
    doctor = desk.network.add_person(client_id, PersonDraft(name="Dr. Sommer", kind=FORMAL,
                                                            sector=NetworkSector.INSTITUTIONS.value))
    relation = desk.network.relate(sister, doctor, quality=TieQuality.AMBIVALENT.value)
    assert desk.network.relate(doctor, sister, quality=TieQuality.STRESSFUL.value) == relation, "one tie per pair"
    assert problems_of(lambda: desk.network.relate(sister, sister)) == {"person_b_id": "same_person"}
    desk.network.move(sister, (140, -60))
    view = desk.network.network(client_id)
    assert view.person(sister).position == (140, -60) and view.person(doctor).position is None
    assert view.person(sister).draft.domains == ("finances", "housing")
    assert [r.quality for r in view.relations] == ["stressful"]
    assert view.person(sister).draft.phone == "0171 222 333"
    desk.network.remove_person(doctor)
    view = desk.network.network(client_id)
    assert [p.id for p in view.persons] == [sister] and view.relations == ()
    with pytest.raises(NotFound):
        desk.network.move(doctor, (0, 0))


def test_a_snapshot_keeps_the_map_as_it_was(desk):  # noqa: F811
    client_id = add_client(desk, first_name="Kim")
    sister = desk.network.add_person(client_id, PersonDraft(name="Sabine"))
    desk.network.move(sister, (10, 20))
    snapshot_id = desk.network.snapshot(client_id, "after intake")
    desk.network.update_person(sister, PersonDraft(name="Sabine", quality=TieQuality.BROKEN_OFF.value))
    desk.network.add_person(client_id, PersonDraft(name="Peter", sector=NetworkSector.FRIENDS.value))
    [entry] = desk.network.snapshots(client_id)
    assert (entry.id, entry.label, entry.persons) == (snapshot_id, "after intake", 1)
    then = desk.network.snapshot_view(snapshot_id)
    assert [(p.draft.name, p.draft.quality, p.position) for p in then.persons] == [("Sabine", "supportive", (10, 20))]
    assert len(desk.network.network(client_id).persons) == 2


def test_phone_numbers_for_the_relapse_card_strong_ties_first_and_none_broken_off(desk):  # noqa: F811
    client_id = add_client(desk, first_name="Kim")
    provider = desk.providers.create(ProviderDraft(institution="Schuldnerberatung Nord", phone="030 1"))
    add = desk.network.add_person
    add(client_id, PersonDraft(name="Peter", relationship="friend", strength=TieStrength.WEAK.value, phone="0170 3"))
    add(client_id, PersonDraft(name="Sabine", relationship="sister", strength=TieStrength.STRONG.value,
                               phone=" 0171 222 333 "))
    add(client_id, PersonDraft(name="Frau Yilmaz", kind=FORMAL, sector=NetworkSector.INSTITUTIONS.value,
                               provider_id=provider, phone="030 2"))
    add(client_id, PersonDraft(name="Vater", strength=TieStrength.STRONG.value, phone="0172 9",
                               quality=TieQuality.BROKEN_OFF.value))
    add(client_id, PersonDraft(name="Micha", strength=TieStrength.STRONG.value))
    numbers = desk.network.phone_numbers(client_id)
    assert [(n.name, n.role, n.phone) for n in numbers] == [
        ("Sabine", "sister", "0171 222 333"), ("Frau Yilmaz", "Schuldnerberatung Nord", "030 2"),
        ("Peter", "friend", "0170 3")]
    assert numbers[0].label == "Sabine (sister)"
    assert desk.network.phone_numbers(add_client(desk, first_name="Jo")) == []
