from typing import Literal

ElevenFlashV25RequestOutputFormat = Literal[
    "mp3_22050_32", "mp3_24000_48", "mp3_44100_128", "mp3_44100_192", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96"
]

ELEVEN_FLASH_V25_REQUEST_OUTPUT_FORMAT_VALUES: set[ElevenFlashV25RequestOutputFormat] = {
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
}


def check_eleven_flash_v25_request_output_format(value: str) -> ElevenFlashV25RequestOutputFormat:
    if value in ELEVEN_FLASH_V25_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ELEVEN_FLASH_V25_REQUEST_OUTPUT_FORMAT_VALUES!r}")
