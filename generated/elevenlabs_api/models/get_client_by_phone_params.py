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
class GetClientByPhoneParams(Lazy, AdditionalProperties[Any]):
    """Look up a client by their exact phone number.

    Attributes:
        smb_tool_type:  Default: 'get_client_by_phone'.
    """

    smb_tool_type: Literal["get_client_by_phone"] | Unset = _attrs_field(
        default="get_client_by_phone",
        kw_only=True,
        validator=types.tag("GetClientByPhoneParams", "smb_tool_type", "get_client_by_phone"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("get_client_by_phone")),
        Field("additional_properties", None, dict_of(ANY)),
    )
