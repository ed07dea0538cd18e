"""How many numbers a postal code or a set of job trends holds: deterministic per input."""

from __future__ import annotations

from bot.panel.codes import Gender, Operator
from bot.panel.fake.parsing import stable_fraction
from bot.panel.fake.state import FakePanelState

_OPERATOR_SHARE = {Operator.MCI.value: 0.55, Operator.IRANCELL.value: 0.45}
_MALE_SHARE = 0.52


def _postal_base(state: FakePanelState, postalcode: str) -> int:
    """Numbers of both operators and genders under a 5-digit zone or a 10-digit code."""
    if not postalcode.isdigit() or len(postalcode) not in (5, 10):
        return 0
    area = next((area for area in state.areas if area.postalcode == postalcode[:5]), None)
    if len(postalcode) == 5:
        return area.base_count if area else 0
    building = 20 + int(380 * stable_fraction(f"postal:{postalcode}"))
    return building if area else building // 4


def postal_count(state: FakePanelState, *, type: str, gender: str, postalcode: str) -> int:
    """Numbers of `type` (tci/mtn) and `gender` (0 all, 1 male, 2 female) under `postalcode`."""
    share = _OPERATOR_SHARE.get(type.strip())
    if share is None or gender.strip() not in {str(member.value) for member in Gender}:
        return 0
    everyone = round(_postal_base(state, postalcode.strip()) * share)
    male = round(everyone * _MALE_SHARE)
    return {Gender.ALL: everyone, Gender.MALE: male, Gender.FEMALE: everyone - male}[
        Gender(int(gender))
    ]


def trends_count(state: FakePanelState, trend_ids: list[int]) -> int:
    """Sum of the counts of the known trends among `trend_ids` (unknown ids count 0)."""
    wanted = set(trend_ids)
    return sum(trend.count for job in state.jobs for trend in job.trends if trend.id in wanted)
