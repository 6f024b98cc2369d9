from typing import Literal

UsageAggregationInterval = Literal["cumulative", "day", "hour", "month", "week"]

USAGE_AGGREGATION_INTERVAL_VALUES: set[UsageAggregationInterval] = {
    "cumulative",
    "day",
    "hour",
    "month",
    "week",
}


def check_usage_aggregation_interval(value: str) -> UsageAggregationInterval:
    if value in USAGE_AGGREGATION_INTERVAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_AGGREGATION_INTERVAL_VALUES!r}")
