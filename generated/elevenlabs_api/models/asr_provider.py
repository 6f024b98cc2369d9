from typing import Literal

ASRProvider = Literal["elevenlabs", "scribe_realtime"]

ASR_PROVIDER_VALUES: set[ASRProvider] = {
    "elevenlabs",
    "scribe_realtime",
}


def check_asr_provider(value: str) -> ASRProvider:
    if value in ASR_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASR_PROVIDER_VALUES!r}")
