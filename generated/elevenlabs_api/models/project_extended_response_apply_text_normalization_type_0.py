from typing import Literal

ProjectExtendedResponseApplyTextNormalizationType0 = Literal["apply_english", "auto", "off", "on"]

PROJECT_EXTENDED_RESPONSE_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES: set[
    ProjectExtendedResponseApplyTextNormalizationType0
] = {
    "apply_english",
    "auto",
    "off",
    "on",
}


def check_project_extended_response_apply_text_normalization_type_0(
    value: str,
) -> ProjectExtendedResponseApplyTextNormalizationType0:
    if value in PROJECT_EXTENDED_RESPONSE_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_EXTENDED_RESPONSE_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES!r}"
    )
