from typing import Literal

TwilioRegionId = Literal["au1", "ie1", "us1"]

TWILIO_REGION_ID_VALUES: set[TwilioRegionId] = {
    "au1",
    "ie1",
    "us1",
}


def check_twilio_region_id(value: str) -> TwilioRegionId:
    if value in TWILIO_REGION_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TWILIO_REGION_ID_VALUES!r}")
