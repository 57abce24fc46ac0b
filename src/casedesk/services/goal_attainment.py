"""Goal attainment scaling (Kiresuk & Sherman 1968): the episode's T-score from its scored goals.

Pure arithmetic, no database: the evaluation screen, the printed evaluation and any statistics
compute the score here, so the formula lives in one place.
"""

from collections.abc import Iterable
from math import sqrt
from typing import Protocol

from casedesk.domain import GOAL_ATTAINMENT_LEVELS, GOAL_ATTAINMENT_RHO


def goal_attainment_t_score(pairs: Iterable[tuple[int, int]], rho: float = GOAL_ATTAINMENT_RHO) -> float | None:
    """T = 50 + 10·Σwᵢxᵢ / √((1−ρ)Σwᵢ² + ρ(Σwᵢ)²) over ``(attainment, weight)`` pairs.

    Attainment is −2 … +2 (0 = the expected outcome). None when no goal has a positive weight,
    since the score is then undefined. Three goals of weight 1 all at +1 give 63.7.
    """
    weighted = squares = total = 0.0
    for attainment, weight in pairs:
        if attainment not in GOAL_ATTAINMENT_LEVELS:
            raise ValueError(f"goal attainment {attainment!r} is outside -2 … +2")
        if weight < 0:
            raise ValueError(f"goal weight {weight!r} is negative")
        weighted += weight * attainment
        squares += weight * weight
        total += weight
    if total <= 0:
        return None
    return 50 + 10 * weighted / sqrt((1 - rho) * squares + rho * total * total)


class _Scored(Protocol):
    attainment: int | None
    weight: int


def scored_pairs(goals: Iterable[_Scored]) -> list[tuple[int, int]]:
    """The ``(attainment, weight)`` pairs of the goals that have been scored (a plan's goals)."""
    return [(goal.attainment, goal.weight) for goal in goals if goal.attainment is not None]
