from typing import Literal

AsrInputFormat = Literal["pcm_16000", "pcm_22050", "pcm_24000", "pcm_44100", "pcm_48000", "pcm_8000", "ulaw_8000"]

ASR_INPUT_FORMAT_VALUES: set[AsrInputFormat] = {
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
}


def check_asr_input_format(value: str) -> AsrInputFormat:
    if value in ASR_INPUT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASR_INPUT_FORMAT_VALUES!r}")
