"""The cycle's printed documents from a desk: service plan, assessment summary, evaluation, read back."""

import io
import os
import stat
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from cycle_fixtures import (
    NETWORK_PERSON,
    NETWORK_SUPPORT,
    OWN_ACTIVITIES,
    PROVIDER,
    SERVICE,
    TEAM_HOUSING_LABEL,
    Cycle,
    add_assessments,
    add_plan,
    client_with_episode,
    evaluate,
)
from printing_fixtures import chars_outside_page, normalized, pdf_text

from casedesk.domain import ClosureReason, ContactType, GoalStatus, LifeDomain
from casedesk.printing._document import MARGIN_X
from casedesk.printing.content import CLOSURE_CODES, CONTACT_TYPES, GOAL_STATUSES
from casedesk.printing.labels import LABELS, label
from casedesk.services.desk import Desk
from casedesk.services.errors import NotFound
from casedesk.services.goal_attainment import goal_attainment_t_score
from casedesk.services.printing import PrintService


@pytest.fixture
def cycle(desk: Desk) -> Cycle:
    return client_with_episode(desk)


def _pdf(desk: Desk, render: str, *args: object) -> bytes:
    printer = PrintService(desk)
    return printer.to_bytes(getattr(printer, render), *args)


def _positions(text: str, parts: list[str]) -> list[int]:
    """Where each part starts in the normalised text; -1 when missing."""
    flat = normalized(text)
    return [flat.find(normalized(part)) for part in parts]


def test_the_printing_vocabulary_is_the_domains():
    assert GOAL_STATUSES == tuple(status.value for status in GoalStatus)
    # A contact type the printing does not know made every document with such a contact fail.
    assert set(CONTACT_TYPES) == {kind.value for kind in ContactType}
    assert CLOSURE_CODES == tuple(reason.value for reason in ClosureReason)
    for language in LABELS:
        assert [d for d in LifeDomain if f"domain.{d.value}" not in LABELS[language]] == []


def test_t_score_matches_the_worked_example():
    assert goal_attainment_t_score([(1, 1)] * 3) == pytest.approx(63.7, abs=0.05)
    assert goal_attainment_t_score([(0, 1), (0, 2)]) == 50
    assert goal_attainment_t_score([(-2, 1)]) == pytest.approx(30)
    assert goal_attainment_t_score([]) is None
    with pytest.raises(ValueError):
        goal_attainment_t_score([(3, 1)])


def test_plan_prints_the_latest_version_with_the_goal_tree_in_order(desk: Desk, cycle: Cycle):
    add_plan(desk, cycle, meso_goals=4, steps=2)

    content = desk.documents.service_plan(cycle.client_id, "de")
    text = pdf_text(_pdf(desk, "service_plan_pdf", cycle.client_id, "de"))

    assert content.version == 2
    numbered = [(content.macro_goal.number, content.macro_goal.text)] + [(g.number, g.text) for g in content.goals]
    assert numbered == cycle.printed_goals
    positions = _positions(text, [wording for _, wording in cycle.printed_goals])
    assert -1 not in positions and positions == sorted(positions)
    assert "ALTE VERSION" not in text
    # The team's own label for housing; built-in names for the rest.
    assert [group.life_domain for group in content.goal_groups] == [
        TEAM_HOUSING_LABEL, "Körperliche Gesundheit", "Suchtmittelkonsum", "Finanzen und Schulden"]
    responsible = {goal.responsible for goal in [content.macro_goal, *content.goals]}
    assert {NETWORK_PERSON, PROVIDER, "KlientIn", "Anna Becker"} <= responsible
    assert all(normalized(part) in normalized(text) for part in (
        NETWORK_PERSON, PROVIDER, "Jobcenter Mitte", "45 € je Stunde", "03.09.2025",
        label("de", "plan.signed_on", date="04.03.2025"), label("de", "plan.agreed"), label("de", "plan.not_agreed")))


def test_subsidiarity_own_activities_and_network_before_the_services(desk: Desk, cycle: Cycle):
    add_plan(desk, cycle, meso_goals=1, steps=1)
    text = pdf_text(_pdf(desk, "service_plan_pdf", cycle.client_id, "de"))
    positions = _positions(text, [OWN_ACTIVITIES, NETWORK_SUPPORT, label("de", "plan.services"), SERVICE])
    assert -1 not in positions and positions == sorted(positions)


def test_plan_in_danish(desk: Desk, cycle: Cycle):
    add_plan(desk, cycle, meso_goals=2, steps=1)
    text = normalized(pdf_text(_pdf(desk, "service_plan_pdf", cycle.client_id, "da")))
    for key in ("plan.title", "plan.network_support", "plan.services", "plan.own_activities", "plan.macro_goal",
                "plan.sign_client", "domain.finances", "goal_status.in_progress", "client"):
        assert normalized(LABELS["da"][key]) in text, key
    assert normalized(TEAM_HOUSING_LABEL) in text


def test_a_plan_of_40_goals_spans_pages_without_cut_text(desk: Desk, cycle: Cycle):
    add_plan(desk, cycle, meso_goals=13, steps=2)  # 1 macro + 13 meso + 26 micro
    assert len(cycle.printed_goals) == 40
    pdf = _pdf(desk, "service_plan_pdf", cycle.client_id, "de")

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 4
    assert chars_outside_page(pdf) == []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            assert [c["text"] for c in page.chars if c["x0"] < MARGIN_X - 0.5
                    or c["x1"] > page.width - MARGIN_X + 0.5] == []
    text = pdf_text(pdf)
    positions = _positions(text, [wording for _, wording in cycle.printed_goals])
    assert -1 not in positions and positions == sorted(positions)
    assert normalized(label("de", "plan.sign_case_manager")) in normalized(text)


def test_plan_pdf_names_no_client_in_its_metadata(desk: Desk, cycle: Cycle):
    add_plan(desk, cycle, meso_goals=1, steps=1)
    for render in ("service_plan_pdf", "evaluation_pdf"):
        metadata = pypdf.PdfReader(io.BytesIO(_pdf(desk, render, cycle.client_id, "de"))).metadata
        assert not any("Kowalski" in str(value) or "Maria" in str(value) for value in metadata.values())


def test_assessment_summary_of_the_latest_or_a_chosen_assessment(desk: Desk, cycle: Cycle):
    add_assessments(desk, cycle)
    latest = pdf_text(_pdf(desk, "assessment_pdf", cycle.client_id, "de", None))
    flat = normalized(latest)
    assert normalized("„Ich will endlich wieder eine eigene Tür zum Abschließen.“") in flat
    assert "ALT:" not in latest
    for expected in ("schwere Beeinträchtigung", "mäßige Beeinträchtigung", "nicht eingeschätzt",
                     "1 – am wichtigsten", "Bruder mit Auto.", "Wohnungsnotfallhilfe im Bezirk.",
                     "Mietschulden aus dem letzten Vertrag.", "Wohnungslos seit acht Monaten",
                     label("de", "assessment.resources_community"), "05.03.2025", "17.03.2025",
                     "Finanzen und Schulden", "Freizeit"):
        assert normalized(expected) in flat, expected
    # The overview lists every domain, the details only those with findings.
    assert _positions(latest, ["Freizeit"])[0] < _positions(latest, [label("de", "assessment.domains")])[0]

    earlier = pdf_text(_pdf(desk, "assessment_pdf", cycle.client_id, "da", cycle.assessment_ids[0]))
    assert "»ALT: alles in Ordnung«" in earlier.replace("\n", " ")
    assert normalized(label("da", "assessment.not_completed")) in normalized(earlier)
    assert normalized("svær begrænsning") in normalized(earlier)


def test_assessment_summary_needs_an_assessment(desk: Desk, cycle: Cycle):
    with pytest.raises(NotFound):
        _pdf(desk, "assessment_pdf", cycle.client_id, "de", None)


def test_evaluation_prints_attainment_t_score_and_closure(desk: Desk, cycle: Cycle):
    add_plan(desk, cycle, meso_goals=3, steps=1)
    evaluate(desk, cycle, {"M0:": 1, "M1:": 1, "M2:": 1})

    content = desk.documents.evaluation(cycle.client_id, "de")
    text = pdf_text(_pdf(desk, "evaluation_pdf", cycle.client_id, "de"))
    flat = normalized(text)

    assert content.t_score == pytest.approx(63.69, abs=0.01)
    assert [goal.number for goal in content.goals] == [number for number, _ in cycle.printed_goals]
    assert normalized(label("de", "evaluation.t_score_value", score="63,7", scored=3, goals=7)) in flat
    for expected in ("+1 · mehr als erwartet", "KOMMENTAR M1:", label("de", "evaluation.not_scored"),
                     "„Ohne den Bruder und Sie hätte ich das nicht geschafft.“",
                     "Ziele erreicht – regulärer Abschluss", "10.11.2025", "03.11.2025", "Nachsorge-Anruf"):
        assert normalized(expected) in flat, expected
    danish = normalized(pdf_text(_pdf(desk, "evaluation_pdf", cycle.client_id, "da")))
    assert normalized("63,7 (3 af 7 mål vurderet)") in danish
    assert normalized("Mål nået – planmæssig afslutning") in danish


def test_evaluation_of_an_open_episode_without_scores(desk: Desk, cycle: Cycle):
    text = normalized(pdf_text(_pdf(desk, "evaluation_pdf", cycle.client_id, "en")))
    assert normalized(label("en", "evaluation.t_score_none")) in text
    assert normalized(label("en", "evaluation.not_closed")) in text
    assert normalized(label("en", "evaluation.no_goals")) in text


@pytest.mark.parametrize(("document", "expected"), [
    ("plan", "Hilfeplan"), ("assessment", "Assessment – Zusammenfassung"), ("evaluation", "Evaluation")])
def test_cli_writes_each_cycle_document_0600(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, desk: Desk,
                                            desk_path: Path, passphrase: str, cycle: Cycle, document: str,
                                            expected: str):
    from casedesk.cli import main

    add_plan(desk, cycle, meso_goals=2, steps=1)
    add_assessments(desk, cycle)
    desk.close()
    out = tmp_path / f"{document}.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO(passphrase + "\n"))
    assert main(["print", document, "Kowalski", "--out", str(out), "--desk", str(desk_path),
                 "--passphrase-stdin", "--language", "de"]) == 0
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    text = pdf_text(out.read_bytes())
    assert expected in text and "Kowalski" in text
