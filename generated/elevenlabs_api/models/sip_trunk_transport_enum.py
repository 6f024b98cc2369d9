from typing import Literal

SIPTrunkTransportEnum = Literal["auto", "tcp", "tls", "udp"]

SIP_TRUNK_TRANSPORT_ENUM_VALUES: set[SIPTrunkTransportEnum] = {
    "auto",
    "tcp",
    "tls",
    "udp",
}


def check_sip_trunk_transport_enum(value: str) -> SIPTrunkTransportEnum:
    if value in SIP_TRUNK_TRANSPORT_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIP_TRUNK_TRANSPORT_ENUM_VALUES!r}")
