from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, INT, AdditionalProperties, Field, Lazy, const, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class Ping(Lazy, AdditionalProperties[Any]):
    """Schema for ping messages

    Attributes:
        ping_event: Ping event data
    """

    type_: Literal["ping"] = _attrs_field(
        default="ping",
        kw_only=True,
        alias="type",
        validator=types.tag("Ping", "type", "ping"),
    )

    ping_event: PingPingEvent | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("ping"), required=True),
        Field("ping_event", "ping_event", object_of("PingPingEvent")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(Ping, type_="type")


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
