from typing import Literal

BillingPeriod = Literal["3_month_period", "6_month_period", "annual_period", "monthly_period"]

BILLING_PERIOD_VALUES: set[BillingPeriod] = {
    "3_month_period",
    "6_month_period",
    "annual_period",
    "monthly_period",
}


def check_billing_period(value: str) -> BillingPeriod:
    if value in BILLING_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_PERIOD_VALUES!r}")
