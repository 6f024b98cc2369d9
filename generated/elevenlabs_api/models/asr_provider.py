from typing import Literal

AsrProvider = Literal["elevenlabs", "scribe_realtime"]

ASR_PROVIDER_VALUES: set[AsrProvider] = {
    "elevenlabs",
    "scribe_realtime",
}


def check_asr_provider(value: str) -> AsrProvider:
    if value in ASR_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASR_PROVIDER_VALUES!r}")
