from typing import Literal

StartProcedureToolErrorStatus = Literal["already_active", "invalid_name", "not_found"]

START_PROCEDURE_TOOL_ERROR_STATUS_VALUES: set[StartProcedureToolErrorStatus] = {
    "already_active",
    "invalid_name",
    "not_found",
}


def check_start_procedure_tool_error_status(value: str) -> StartProcedureToolErrorStatus:
    if value in START_PROCEDURE_TOOL_ERROR_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_PROCEDURE_TOOL_ERROR_STATUS_VALUES!r}")
