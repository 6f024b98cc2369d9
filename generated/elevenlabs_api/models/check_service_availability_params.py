from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class CheckServiceAvailabilityParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'check_service_availability'.
    """

    smb_tool_type: Literal["check_service_availability"] | Unset = _attrs_field(
        default="check_service_availability",
        kw_only=True,
        validator=types.tag("CheckServiceAvailabilityParams", "smb_tool_type", "check_service_availability"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("check_service_availability")),
        Field("additional_properties", None, dict_of(ANY)),
    )
