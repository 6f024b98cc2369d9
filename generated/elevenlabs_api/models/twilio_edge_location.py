from typing import Literal

TwilioEdgeLocation = Literal[
    "ashburn", "dublin", "frankfurt", "roaming", "sao-paulo", "singapore", "sydney", "tokyo", "umatilla"
]

TWILIO_EDGE_LOCATION_VALUES: set[TwilioEdgeLocation] = {
    "ashburn",
    "dublin",
    "frankfurt",
    "roaming",
    "sao-paulo",
    "singapore",
    "sydney",
    "tokyo",
    "umatilla",
}


def check_twilio_edge_location(value: str) -> TwilioEdgeLocation:
    if value in TWILIO_EDGE_LOCATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TWILIO_EDGE_LOCATION_VALUES!r}")
