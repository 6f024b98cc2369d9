from typing import Literal

MetricType = Literal[
    "concurrency",
    "concurrency_average",
    "credits",
    "fiat_units_spent",
    "minutes_used",
    "request_count",
    "ttfb_avg",
    "ttfb_p95",
    "tts_characters",
]

METRIC_TYPE_VALUES: set[MetricType] = {
    "concurrency",
    "concurrency_average",
    "credits",
    "fiat_units_spent",
    "minutes_used",
    "request_count",
    "ttfb_avg",
    "ttfb_p95",
    "tts_characters",
}


def check_metric_type(value: str) -> MetricType:
    if value in METRIC_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_TYPE_VALUES!r}")
