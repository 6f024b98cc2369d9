from typing import Literal

CharacterRefreshPeriod = Literal["3_month_period", "6_month_period", "annual_period", "monthly_period"]

CHARACTER_REFRESH_PERIOD_VALUES: set[CharacterRefreshPeriod] = {
    "3_month_period",
    "6_month_period",
    "annual_period",
    "monthly_period",
}


def check_character_refresh_period(value: str) -> CharacterRefreshPeriod:
    if value in CHARACTER_REFRESH_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHARACTER_REFRESH_PERIOD_VALUES!r}")
