from typing import Literal

FineTuningResponseModelStateAdditionalPropertyType0 = Literal[
    "delayed", "failed", "fine_tuned", "fine_tuning", "not_started", "queued"
]

FINE_TUNING_RESPONSE_MODEL_STATE_ADDITIONAL_PROPERTY_TYPE_0_VALUES: set[
    FineTuningResponseModelStateAdditionalPropertyType0
] = {
    "delayed",
    "failed",
    "fine_tuned",
    "fine_tuning",
    "not_started",
    "queued",
}


def check_fine_tuning_response_model_state_additional_property_type_0(
    value: str,
) -> FineTuningResponseModelStateAdditionalPropertyType0:
    if value in FINE_TUNING_RESPONSE_MODEL_STATE_ADDITIONAL_PROPERTY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINE_TUNING_RESPONSE_MODEL_STATE_ADDITIONAL_PROPERTY_TYPE_0_VALUES!r}"
    )
