from typing import Literal

TestType = Literal["folder", "llm", "simulation", "tool"]

TEST_TYPE_VALUES: set[TestType] = {
    "folder",
    "llm",
    "simulation",
    "tool",
}


def check_test_type(value: str) -> TestType:
    if value in TEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEST_TYPE_VALUES!r}")
