from typing import Literal

TextNormalisationType = Literal["elevenlabs", "system_prompt"]

TEXT_NORMALISATION_TYPE_VALUES: set[TextNormalisationType] = {
    "elevenlabs",
    "system_prompt",
}


def check_text_normalisation_type(value: str) -> TextNormalisationType:
    if value in TEXT_NORMALISATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXT_NORMALISATION_TYPE_VALUES!r}")
