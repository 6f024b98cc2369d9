from typing import Literal

AssetTranscriptionStatusType0 = Literal["completed", "failed", "processing"]

ASSET_TRANSCRIPTION_STATUS_TYPE_0_VALUES: set[AssetTranscriptionStatusType0] = {
    "completed",
    "failed",
    "processing",
}


def check_asset_transcription_status_type_0(value: str) -> AssetTranscriptionStatusType0:
    if value in ASSET_TRANSCRIPTION_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_TRANSCRIPTION_STATUS_TYPE_0_VALUES!r}")
