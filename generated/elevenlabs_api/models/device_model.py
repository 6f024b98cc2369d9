from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..types import (
    INT,
    NULL,
    STR,
    UNSET,
    Field,
    Lazy,
    Unset,
    union,
)


@_attrs_define(slots=False)
class DeviceModel(Lazy):
    """Device information.

    Spec: https://schema.ocsf.io/1.6.0/objects/device

    Attributes:
        ip: IP address
        hostname: Device hostname
        type_id: Device type ID (99 = Unknown) Defaults to 99 on the server.
    """

    ip: None | str | Unset = UNSET

    hostname: None | str | Unset = UNSET

    type_id: int | Unset = UNSET

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("ip", "ip", union(STR, NULL)),
        Field("hostname", "hostname", union(STR, NULL)),
        Field("type_id", "type_id", INT),
    )
