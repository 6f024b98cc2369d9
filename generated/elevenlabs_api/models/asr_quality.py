from typing import Literal

AsrQuality = Literal["high"]

ASR_QUALITY_VALUES: set[AsrQuality] = {
    "high",
}


def check_asr_quality(value: str) -> AsrQuality:
    if value in ASR_QUALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASR_QUALITY_VALUES!r}")
