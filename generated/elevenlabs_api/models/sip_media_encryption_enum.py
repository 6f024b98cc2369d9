from typing import Literal

SipMediaEncryptionEnum = Literal["allowed", "disabled", "required"]

SIP_MEDIA_ENCRYPTION_ENUM_VALUES: set[SipMediaEncryptionEnum] = {
    "allowed",
    "disabled",
    "required",
}


def check_sip_media_encryption_enum(value: str) -> SipMediaEncryptionEnum:
    if value in SIP_MEDIA_ENCRYPTION_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIP_MEDIA_ENCRYPTION_ENUM_VALUES!r}")
