from typing import Literal

ExotelApiSubdomain = Literal["api.exotel.com", "api.in.exotel.com"]

EXOTEL_API_SUBDOMAIN_VALUES: set[ExotelApiSubdomain] = {
    "api.exotel.com",
    "api.in.exotel.com",
}


def check_exotel_api_subdomain(value: str) -> ExotelApiSubdomain:
    if value in EXOTEL_API_SUBDOMAIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXOTEL_API_SUBDOMAIN_VALUES!r}")
