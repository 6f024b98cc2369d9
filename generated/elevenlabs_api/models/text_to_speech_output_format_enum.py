from typing import Literal

TextToSpeechOutputFormatEnum = Literal[
    "alaw_8000",
    "mp3_22050_32",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_8000",
    "ulaw_8000",
]

TEXT_TO_SPEECH_OUTPUT_FORMAT_ENUM_VALUES: set[TextToSpeechOutputFormatEnum] = {
    "alaw_8000",
    "mp3_22050_32",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_8000",
    "ulaw_8000",
}


def check_text_to_speech_output_format_enum(value: str) -> TextToSpeechOutputFormatEnum:
    if value in TEXT_TO_SPEECH_OUTPUT_FORMAT_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXT_TO_SPEECH_OUTPUT_FORMAT_ENUM_VALUES!r}")
