from typing import Literal

LoadMemoryEntryToolErrorStatus = Literal["invalid_id", "not_found"]

LOAD_MEMORY_ENTRY_TOOL_ERROR_STATUS_VALUES: set[LoadMemoryEntryToolErrorStatus] = {
    "invalid_id",
    "not_found",
}


def check_load_memory_entry_tool_error_status(value: str) -> LoadMemoryEntryToolErrorStatus:
    if value in LOAD_MEMORY_ENTRY_TOOL_ERROR_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOAD_MEMORY_ENTRY_TOOL_ERROR_STATUS_VALUES!r}")
