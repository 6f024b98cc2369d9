from typing import Literal

TtsOutputFormat = Literal["pcm_16000", "pcm_22050", "pcm_24000", "pcm_44100", "pcm_48000", "pcm_8000", "ulaw_8000"]

TTS_OUTPUT_FORMAT_VALUES: set[TtsOutputFormat] = {
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
}


def check_tts_output_format(value: str) -> TtsOutputFormat:
    if value in TTS_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TTS_OUTPUT_FORMAT_VALUES!r}")
