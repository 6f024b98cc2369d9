from typing import Literal

TtsOptimizeStreamingLatency = Literal[0, 1, 2, 3, 4]

TTS_OPTIMIZE_STREAMING_LATENCY_VALUES: set[TtsOptimizeStreamingLatency] = {
    0,
    1,
    2,
    3,
    4,
}


def check_tts_optimize_streaming_latency(value: int) -> TtsOptimizeStreamingLatency:
    if value in TTS_OPTIMIZE_STREAMING_LATENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TTS_OPTIMIZE_STREAMING_LATENCY_VALUES!r}")
