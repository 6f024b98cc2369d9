from typing import Literal

Currency = Literal["eur", "inr", "pln", "usd"]

CURRENCY_VALUES: set[Currency] = {
    "eur",
    "inr",
    "pln",
    "usd",
}


def check_currency(value: str) -> Currency:
    if value in CURRENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CURRENCY_VALUES!r}")
