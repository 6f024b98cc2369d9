from typing import Literal

ToolExecutionTaskSupportType0 = Literal["forbidden", "optional", "required"]

TOOL_EXECUTION_TASK_SUPPORT_TYPE_0_VALUES: set[ToolExecutionTaskSupportType0] = {
    "forbidden",
    "optional",
    "required",
}


def check_tool_execution_task_support_type_0(value: str) -> ToolExecutionTaskSupportType0:
    if value in TOOL_EXECUTION_TASK_SUPPORT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_EXECUTION_TASK_SUPPORT_TYPE_0_VALUES!r}")
