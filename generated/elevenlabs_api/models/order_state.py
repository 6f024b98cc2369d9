from typing import Literal

OrderState = Literal["accepted", "cancelled", "cancelling", "done", "expired", "open", "paid", "rejected", "submitted"]

ORDER_STATE_VALUES: set[OrderState] = {
    "accepted",
    "cancelled",
    "cancelling",
    "done",
    "expired",
    "open",
    "paid",
    "rejected",
    "submitted",
}


def check_order_state(value: str) -> OrderState:
    if value in ORDER_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_STATE_VALUES!r}")
