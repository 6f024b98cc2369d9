from typing import Literal

SipTrunkTransportEnum = Literal["auto", "tcp", "tls", "udp"]

SIP_TRUNK_TRANSPORT_ENUM_VALUES: set[SipTrunkTransportEnum] = {
    "auto",
    "tcp",
    "tls",
    "udp",
}


def check_sip_trunk_transport_enum(value: str) -> SipTrunkTransportEnum:
    if value in SIP_TRUNK_TRANSPORT_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIP_TRUNK_TRANSPORT_ENUM_VALUES!r}")
