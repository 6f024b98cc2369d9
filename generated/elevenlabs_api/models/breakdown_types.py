from typing import Literal

BreakdownTypes = Literal[
    "all_api_keys",
    "api_keys",
    "groups",
    "has_api_key",
    "model",
    "none",
    "product_type",
    "region",
    "reporting_workspace_id",
    "request_queue",
    "request_source",
    "resource",
    "subresource_id",
    "user",
    "voice",
    "voice_multiplier",
]

BREAKDOWN_TYPES_VALUES: set[BreakdownTypes] = {
    "all_api_keys",
    "api_keys",
    "groups",
    "has_api_key",
    "model",
    "none",
    "product_type",
    "region",
    "reporting_workspace_id",
    "request_queue",
    "request_source",
    "resource",
    "subresource_id",
    "user",
    "voice",
    "voice_multiplier",
}


def check_breakdown_types(value: str) -> BreakdownTypes:
    if value in BREAKDOWN_TYPES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BREAKDOWN_TYPES_VALUES!r}")
