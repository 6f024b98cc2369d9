from typing import Literal

AnalysisPropertyTypeType0 = Literal["boolean", "integer", "number", "string"]

ANALYSIS_PROPERTY_TYPE_TYPE_0_VALUES: set[AnalysisPropertyTypeType0] = {
    "boolean",
    "integer",
    "number",
    "string",
}


def check_analysis_property_type_type_0(value: str) -> AnalysisPropertyTypeType0:
    if value in ANALYSIS_PROPERTY_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYSIS_PROPERTY_TYPE_TYPE_0_VALUES!r}")
