from typing import Literal

AnalysisScope = Literal["agent", "conversation"]

ANALYSIS_SCOPE_VALUES: set[AnalysisScope] = {
    "agent",
    "conversation",
}


def check_analysis_scope(value: str) -> AnalysisScope:
    if value in ANALYSIS_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYSIS_SCOPE_VALUES!r}")
