from typing import Literal

SFXModelId = Literal["eleven_text_to_sound_v2"]

SFX_MODEL_ID_VALUES: set[SFXModelId] = {
    "eleven_text_to_sound_v2",
}


def check_sfx_model_id(value: str) -> SFXModelId:
    if value in SFX_MODEL_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SFX_MODEL_ID_VALUES!r}")
