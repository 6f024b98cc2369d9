from typing import Literal

TestRunStatus = Literal["failed", "passed", "pending"]

TEST_RUN_STATUS_VALUES: set[TestRunStatus] = {
    "failed",
    "passed",
    "pending",
}


def check_test_run_status(value: str) -> TestRunStatus:
    if value in TEST_RUN_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEST_RUN_STATUS_VALUES!r}")
