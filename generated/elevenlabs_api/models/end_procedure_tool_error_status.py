from typing import Literal

EndProcedureToolErrorStatus = Literal["invalid_id", "not_found"]

END_PROCEDURE_TOOL_ERROR_STATUS_VALUES: set[EndProcedureToolErrorStatus] = {
    "invalid_id",
    "not_found",
}


def check_end_procedure_tool_error_status(value: str) -> EndProcedureToolErrorStatus:
    if value in END_PROCEDURE_TOOL_ERROR_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {END_PROCEDURE_TOOL_ERROR_STATUS_VALUES!r}")
