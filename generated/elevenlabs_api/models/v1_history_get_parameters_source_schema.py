from typing import Literal

V1HistoryGetParametersSourceSchema = Literal["STS", "TTS"]

V1_HISTORY_GET_PARAMETERS_SOURCE_SCHEMA_VALUES: set[V1HistoryGetParametersSourceSchema] = {
    "STS",
    "TTS",
}


def check_v1_history_get_parameters_source_schema(value: str) -> V1HistoryGetParametersSourceSchema:
    if value in V1_HISTORY_GET_PARAMETERS_SOURCE_SCHEMA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_HISTORY_GET_PARAMETERS_SOURCE_SCHEMA_VALUES!r}")
