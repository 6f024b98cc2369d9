from typing import Literal

TestSharingMode = Literal["all", "shared_with_me"]

TEST_SHARING_MODE_VALUES: set[TestSharingMode] = {
    "all",
    "shared_with_me",
}


def check_test_sharing_mode(value: str) -> TestSharingMode:
    if value in TEST_SHARING_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEST_SHARING_MODE_VALUES!r}")
