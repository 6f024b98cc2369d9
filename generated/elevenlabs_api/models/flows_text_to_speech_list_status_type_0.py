from typing import Literal

FlowsTextToSpeechListStatusType0 = Literal["completed", "failed", "generating", "pending"]

FLOWS_TEXT_TO_SPEECH_LIST_STATUS_TYPE_0_VALUES: set[FlowsTextToSpeechListStatusType0] = {
    "completed",
    "failed",
    "generating",
    "pending",
}


def check_flows_text_to_speech_list_status_type_0(value: str) -> FlowsTextToSpeechListStatusType0:
    if value in FLOWS_TEXT_TO_SPEECH_LIST_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOWS_TEXT_TO_SPEECH_LIST_STATUS_TYPE_0_VALUES!r}")
