from typing import Literal

SampleConfigDbModelParentTypeType0 = Literal["collection", "read"]

SAMPLE_CONFIG_DB_MODEL_PARENT_TYPE_TYPE_0_VALUES: set[SampleConfigDbModelParentTypeType0] = {
    "collection",
    "read",
}


def check_sample_config_db_model_parent_type_type_0(value: str) -> SampleConfigDbModelParentTypeType0:
    if value in SAMPLE_CONFIG_DB_MODEL_PARENT_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAMPLE_CONFIG_DB_MODEL_PARENT_TYPE_TYPE_0_VALUES!r}")
