from typing import Literal

RenderStatusType0 = Literal["complete", "failed", "processing"]

RENDER_STATUS_TYPE_0_VALUES: set[RenderStatusType0] = {
    "complete",
    "failed",
    "processing",
}


def check_render_status_type_0(value: str) -> RenderStatusType0:
    if value in RENDER_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RENDER_STATUS_TYPE_0_VALUES!r}")
