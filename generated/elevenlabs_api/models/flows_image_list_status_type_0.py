from typing import Literal

FlowsImageListStatusType0 = Literal["completed", "failed", "generating", "pending"]

FLOWS_IMAGE_LIST_STATUS_TYPE_0_VALUES: set[FlowsImageListStatusType0] = {
    "completed",
    "failed",
    "generating",
    "pending",
}


def check_flows_image_list_status_type_0(value: str) -> FlowsImageListStatusType0:
    if value in FLOWS_IMAGE_LIST_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOWS_IMAGE_LIST_STATUS_TYPE_0_VALUES!r}")
