from enum import StrEnum


class EvaluationSuccessResult(StrEnum):
    FAILURE = "failure"
    SUCCESS = "success"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
