from typing import Literal

TestRunMetadataTestTypeType0 = Literal["llm", "simulation", "tool_call"]

TEST_RUN_METADATA_TEST_TYPE_TYPE_0_VALUES: set[TestRunMetadataTestTypeType0] = {
    "llm",
    "simulation",
    "tool_call",
}


def check_test_run_metadata_test_type_type_0(value: str) -> TestRunMetadataTestTypeType0:
    if value in TEST_RUN_METADATA_TEST_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEST_RUN_METADATA_TEST_TYPE_TYPE_0_VALUES!r}")
