from typing import Literal

FlowsVideoListStatusType0 = Literal["completed", "failed", "generating", "pending"]

FLOWS_VIDEO_LIST_STATUS_TYPE_0_VALUES: set[FlowsVideoListStatusType0] = {
    "completed",
    "failed",
    "generating",
    "pending",
}


def check_flows_video_list_status_type_0(value: str) -> FlowsVideoListStatusType0:
    if value in FLOWS_VIDEO_LIST_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOWS_VIDEO_LIST_STATUS_TYPE_0_VALUES!r}")
