from typing import Literal

FineTuningResponseStateAdditionalPropertyType0 = Literal[
    "delayed", "failed", "fine_tuned", "fine_tuning", "not_started", "queued"
]

FINE_TUNING_RESPONSE_STATE_ADDITIONAL_PROPERTY_TYPE_0_VALUES: set[FineTuningResponseStateAdditionalPropertyType0] = {
    "delayed",
    "failed",
    "fine_tuned",
    "fine_tuning",
    "not_started",
    "queued",
}


def check_fine_tuning_response_state_additional_property_type_0(
    value: str,
) -> FineTuningResponseStateAdditionalPropertyType0:
    if value in FINE_TUNING_RESPONSE_STATE_ADDITIONAL_PROPERTY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNING_RESPONSE_STATE_ADDITIONAL_PROPERTY_TYPE_0_VALUES!r}"
    )
