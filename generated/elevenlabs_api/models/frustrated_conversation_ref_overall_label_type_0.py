from typing import Literal

FrustratedConversationRefOverallLabelType0 = Literal["negative", "neutral", "positive"]

FRUSTRATED_CONVERSATION_REF_OVERALL_LABEL_TYPE_0_VALUES: set[FrustratedConversationRefOverallLabelType0] = {
    "negative",
    "neutral",
    "positive",
}


def check_frustrated_conversation_ref_overall_label_type_0(value: str) -> FrustratedConversationRefOverallLabelType0:
    if value in FRUSTRATED_CONVERSATION_REF_OVERALL_LABEL_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FRUSTRATED_CONVERSATION_REF_OVERALL_LABEL_TYPE_0_VALUES!r}"
    )
