from typing import Literal

OrderItemKind = Literal["dub", "subtitles", "transcription"]

ORDER_ITEM_KIND_VALUES: set[OrderItemKind] = {
    "dub",
    "subtitles",
    "transcription",
}


def check_order_item_kind(value: str) -> OrderItemKind:
    if value in ORDER_ITEM_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_ITEM_KIND_VALUES!r}")
