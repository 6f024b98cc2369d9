from enum import StrEnum


class WhatsAppConversationInfoDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
