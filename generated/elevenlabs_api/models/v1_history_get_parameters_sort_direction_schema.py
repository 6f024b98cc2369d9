from enum import StrEnum


class V1HistoryGetParametersSortDirectionSchema(StrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
