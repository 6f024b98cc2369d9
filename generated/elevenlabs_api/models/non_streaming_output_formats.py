from typing import Literal

NonStreamingOutputFormats = Literal[
    "wav_16000", "wav_22050", "wav_24000", "wav_32000", "wav_44100", "wav_48000", "wav_8000"
]

NON_STREAMING_OUTPUT_FORMATS_VALUES: set[NonStreamingOutputFormats] = {
    "wav_16000",
    "wav_22050",
    "wav_24000",
    "wav_32000",
    "wav_44100",
    "wav_48000",
    "wav_8000",
}


def check_non_streaming_output_formats(value: str) -> NonStreamingOutputFormats:
    if value in NON_STREAMING_OUTPUT_FORMATS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NON_STREAMING_OUTPUT_FORMATS_VALUES!r}")
