from typing import Literal

V1HistoryGetParametersSortDirectionSchema = Literal["asc", "desc"]

V1_HISTORY_GET_PARAMETERS_SORT_DIRECTION_SCHEMA_VALUES: set[V1HistoryGetParametersSortDirectionSchema] = {
    "asc",
    "desc",
}


def check_v1_history_get_parameters_sort_direction_schema(value: str) -> V1HistoryGetParametersSortDirectionSchema:
    if value in V1_HISTORY_GET_PARAMETERS_SORT_DIRECTION_SCHEMA_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_HISTORY_GET_PARAMETERS_SORT_DIRECTION_SCHEMA_VALUES!r}"
    )
