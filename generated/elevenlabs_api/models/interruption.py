from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, INT, AdditionalProperties, Field, Lazy, const, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class Interruption(Lazy, AdditionalProperties[Any]):
    """Schema for interruption events

    Attributes:
        interruption_event: Interruption event data
    """

    type_: Literal["interruption"] = _attrs_field(
        default="interruption",
        kw_only=True,
        alias="type",
        validator=types.tag("Interruption", "type", "interruption"),
    )

    interruption_event: InterruptionInterruptionEvent | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("interruption"), required=True),
        Field("interruption_event", "interruption_event", object_of("InterruptionInterruptionEvent")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(Interruption, type_="type")


@_attrs_define(slots=False)
class InterruptionInterruptionEvent(Lazy, AdditionalProperties[Any]):
    """Interruption event data

    Attributes:
        event_id: ID of the event that was interrupted.
    """

    event_id: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("event_id", "event_id", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )
