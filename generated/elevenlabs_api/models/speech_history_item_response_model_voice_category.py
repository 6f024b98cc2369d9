from enum import StrEnum


class SpeechHistoryItemResponseModelVoiceCategory(StrEnum):
    CLONED = "cloned"
    GENERATED = "generated"
    PREMADE = "premade"
    PROFESSIONAL = "professional"

    def __str__(self) -> str:
        return str(self.value)
