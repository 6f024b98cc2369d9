from enum import StrEnum


class SpeechHistoryItemResponseModelSource(StrEnum):
    AN = "AN"
    CONVAI = "ConvAI"
    DUBBING = "Dubbing"
    PD = "PD"
    PLAYAPI = "PlayAPI"
    PROJECTS = "Projects"
    STS = "STS"
    TTS = "TTS"
    VOICEGENERATION = "VoiceGeneration"

    def __str__(self) -> str:
        return str(self.value)
