from typing import Literal

ASRQuality = Literal["high"]

ASR_QUALITY_VALUES: set[ASRQuality] = {
    "high",
}


def check_asr_quality(value: str) -> ASRQuality:
    if value in ASR_QUALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASR_QUALITY_VALUES!r}")
