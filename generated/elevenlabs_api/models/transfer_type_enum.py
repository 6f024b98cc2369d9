from typing import Literal

TransferTypeEnum = Literal["blind", "conference", "sip_refer"]

TRANSFER_TYPE_ENUM_VALUES: set[TransferTypeEnum] = {
    "blind",
    "conference",
    "sip_refer",
}


def check_transfer_type_enum(value: str) -> TransferTypeEnum:
    if value in TRANSFER_TYPE_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSFER_TYPE_ENUM_VALUES!r}")
