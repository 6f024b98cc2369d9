from typing import Literal

MusicOnlyOutputFormats = Literal["mp3_48000_128", "mp3_48000_192", "mp3_48000_240", "mp3_48000_320"]

MUSIC_ONLY_OUTPUT_FORMATS_VALUES: set[MusicOnlyOutputFormats] = {
    "mp3_48000_128",
    "mp3_48000_192",
    "mp3_48000_240",
    "mp3_48000_320",
}


def check_music_only_output_formats(value: str) -> MusicOnlyOutputFormats:
    if value in MUSIC_ONLY_OUTPUT_FORMATS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MUSIC_ONLY_OUTPUT_FORMATS_VALUES!r}")
