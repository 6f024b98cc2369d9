from typing import Literal

AgentSortBy = Literal["call_count_7d", "created_at", "name"]

AGENT_SORT_BY_VALUES: set[AgentSortBy] = {
    "call_count_7d",
    "created_at",
    "name",
}


def check_agent_sort_by(value: str) -> AgentSortBy:
    if value in AGENT_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_SORT_BY_VALUES!r}")
