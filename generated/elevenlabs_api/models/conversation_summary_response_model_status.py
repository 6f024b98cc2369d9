from enum import StrEnum


class ConversationSummaryResponseModelStatus(StrEnum):
    DONE = "done"
    FAILED = "failed"
    INITIATED = "initiated"
    IN_PROGRESS = "in-progress"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
