from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
)


@_attrs_define(slots=False)
class PingPingEvent(Lazy, AdditionalProperties[Any]):
    """Ping event data

    Attributes:
        event_id: Unique identifier for the ping event.
        ping_ms: Measured round-trip latency in milliseconds.
    """

    event_id: int | Unset = UNSET

    ping_ms: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("event_id", "event_id", INT),
        Field("ping_ms", "ping_ms", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )
