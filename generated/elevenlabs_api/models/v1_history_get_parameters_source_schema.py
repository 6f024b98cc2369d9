from enum import StrEnum


class V1HistoryGetParametersSourceSchema(StrEnum):
    STS = "STS"
    TTS = "TTS"

    def __str__(self) -> str:
        return str(self.value)
