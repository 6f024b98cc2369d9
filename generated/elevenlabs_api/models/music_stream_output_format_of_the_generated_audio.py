from typing import Literal

MusicStreamOutputFormatOfTheGeneratedAudio = Literal[
    "alaw_8000",
    "auto",
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "mp3_48000_128",
    "mp3_48000_192",
    "mp3_48000_240",
    "mp3_48000_320",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_32000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
]

MUSIC_STREAM_OUTPUT_FORMAT_OF_THE_GENERATED_AUDIO_VALUES: set[MusicStreamOutputFormatOfTheGeneratedAudio] = {
    "alaw_8000",
    "auto",
    "mp3_22050_32",
    "mp3_24000_48",
    "mp3_44100_128",
    "mp3_44100_192",
    "mp3_44100_32",
    "mp3_44100_64",
    "mp3_44100_96",
    "mp3_48000_128",
    "mp3_48000_192",
    "mp3_48000_240",
    "mp3_48000_320",
    "opus_48000_128",
    "opus_48000_192",
    "opus_48000_32",
    "opus_48000_64",
    "opus_48000_96",
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_32000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
}


def check_music_stream_output_format_of_the_generated_audio(value: str) -> MusicStreamOutputFormatOfTheGeneratedAudio:
    if value in MUSIC_STREAM_OUTPUT_FORMAT_OF_THE_GENERATED_AUDIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MUSIC_STREAM_OUTPUT_FORMAT_OF_THE_GENERATED_AUDIO_VALUES!r}"
    )
