from typing import Literal

InteractionBudget = Literal["10_minutes", "1_hour", "5_minutes", "realtime"]

INTERACTION_BUDGET_VALUES: set[InteractionBudget] = {
    "10_minutes",
    "1_hour",
    "5_minutes",
    "realtime",
}


def check_interaction_budget(value: str) -> InteractionBudget:
    if value in INTERACTION_BUDGET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTERACTION_BUDGET_VALUES!r}")
