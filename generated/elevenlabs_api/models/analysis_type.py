from typing import Literal

AnalysisType = Literal["data_collection", "evaluation_criteria"]

ANALYSIS_TYPE_VALUES: set[AnalysisType] = {
    "data_collection",
    "evaluation_criteria",
}


def check_analysis_type(value: str) -> AnalysisType:
    if value in ANALYSIS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYSIS_TYPE_VALUES!r}")
