from typing import Literal

ReaderResourceResponseModelResourceTypeType0 = Literal["collection", "read"]

READER_RESOURCE_RESPONSE_MODEL_RESOURCE_TYPE_TYPE_0_VALUES: set[ReaderResourceResponseModelResourceTypeType0] = {
    "collection",
    "read",
}


def check_reader_resource_response_model_resource_type_type_0(
    value: str,
) -> ReaderResourceResponseModelResourceTypeType0:
    if value in READER_RESOURCE_RESPONSE_MODEL_RESOURCE_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READER_RESOURCE_RESPONSE_MODEL_RESOURCE_TYPE_TYPE_0_VALUES!r}"
    )
