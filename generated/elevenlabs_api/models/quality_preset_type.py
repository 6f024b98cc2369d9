from typing import Literal

QualityPresetType = Literal["high", "standard", "ultra", "ultra_lossless"]

QUALITY_PRESET_TYPE_VALUES: set[QualityPresetType] = {
    "high",
    "standard",
    "ultra",
    "ultra_lossless",
}


def check_quality_preset_type(value: str) -> QualityPresetType:
    if value in QUALITY_PRESET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUALITY_PRESET_TYPE_VALUES!r}")
