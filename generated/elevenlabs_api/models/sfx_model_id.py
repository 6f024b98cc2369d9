from typing import Literal

SfxModelId = Literal["eleven_text_to_sound_v2"]

SFX_MODEL_ID_VALUES: set[SfxModelId] = {
    "eleven_text_to_sound_v2",
}


def check_sfx_model_id(value: str) -> SfxModelId:
    if value in SFX_MODEL_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SFX_MODEL_ID_VALUES!r}")
