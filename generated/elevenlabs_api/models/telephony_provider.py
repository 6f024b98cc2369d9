from typing import Literal

TelephonyProvider = Literal["exotel", "sip_trunk", "twilio"]

TELEPHONY_PROVIDER_VALUES: set[TelephonyProvider] = {
    "exotel",
    "sip_trunk",
    "twilio",
}


def check_telephony_provider(value: str) -> TelephonyProvider:
    if value in TELEPHONY_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TELEPHONY_PROVIDER_VALUES!r}")
