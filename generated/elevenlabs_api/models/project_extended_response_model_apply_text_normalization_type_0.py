from typing import Literal

ProjectExtendedResponseModelApplyTextNormalizationType0 = Literal["apply_english", "auto", "off", "on"]

PROJECT_EXTENDED_RESPONSE_MODEL_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES: set[
    ProjectExtendedResponseModelApplyTextNormalizationType0
] = {
    "apply_english",
    "auto",
    "off",
    "on",
}


def check_project_extended_response_model_apply_text_normalization_type_0(
    value: str,
) -> ProjectExtendedResponseModelApplyTextNormalizationType0:
    if value in PROJECT_EXTENDED_RESPONSE_MODEL_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_EXTENDED_RESPONSE_MODEL_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES!r}"
    )
