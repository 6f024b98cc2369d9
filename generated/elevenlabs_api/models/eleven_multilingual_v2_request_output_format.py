from typing import Literal

ElevenMultilingualV2RequestOutputFormat = Literal[
    "mp3_22050_32", "mp3_24000_48", "mp3_44100_128", "mp3_44100_192", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96"
]

ELEVEN_MULTILINGUAL_V2_REQUEST_OUTPUT_FORMAT_VALUES: set[ElevenMultilingualV2RequestOutputFormat] = {
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
}


def check_eleven_multilingual_v2_request_output_format(value: str) -> ElevenMultilingualV2RequestOutputFormat:
    if value in ELEVEN_MULTILINGUAL_V2_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ELEVEN_MULTILINGUAL_V2_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
