from typing import Literal

TranscriptionWordType = Literal["spacing", "word"]

TRANSCRIPTION_WORD_TYPE_VALUES: set[TranscriptionWordType] = {
    "spacing",
    "word",
}


def check_transcription_word_type(value: str) -> TranscriptionWordType:
    if value in TRANSCRIPTION_WORD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSCRIPTION_WORD_TYPE_VALUES!r}")
