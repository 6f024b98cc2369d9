from typing import Literal

GenesysRegion = Literal[
    "ap_northeast_1",
    "ap_northeast_2",
    "ap_northeast_3",
    "ap_south_1",
    "ap_southeast_1",
    "ap_southeast_2",
    "ca_central_1",
    "eu_central_1",
    "eu_central_2",
    "eu_west_1",
    "eu_west_2",
    "me_central_1",
    "mx_central_1",
    "sa_east_1",
    "us_east_1",
    "us_east_2",
    "us_west_2",
]

GENESYS_REGION_VALUES: set[GenesysRegion] = {
    "ap_northeast_1",
    "ap_northeast_2",
    "ap_northeast_3",
    "ap_south_1",
    "ap_southeast_1",
    "ap_southeast_2",
    "ca_central_1",
    "eu_central_1",
    "eu_central_2",
    "eu_west_1",
    "eu_west_2",
    "me_central_1",
    "mx_central_1",
    "sa_east_1",
    "us_east_1",
    "us_east_2",
    "us_west_2",
}


def check_genesys_region(value: str) -> GenesysRegion:
    if value in GENESYS_REGION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GENESYS_REGION_VALUES!r}")
