from typing import Literal

SeverityId = Literal[0, 1, 2, 3, 4, 5, 6, 99]

SEVERITY_ID_VALUES: set[SeverityId] = {
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    99,
}


def check_severity_id(value: int) -> SeverityId:
    if value in SEVERITY_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEVERITY_ID_VALUES!r}")
