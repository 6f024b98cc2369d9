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
class SearchClientsParams(Lazy, AdditionalProperties[Any]):
    """Search for clients by name, phone number, or email.

    Attributes:
        smb_tool_type:  Default: 'search_clients'.
    """

    smb_tool_type: Literal["search_clients"] | Unset = _attrs_field(
        default="search_clients",
        kw_only=True,
        validator=types.tag("SearchClientsParams", "smb_tool_type", "search_clients"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("search_clients")),
        Field("additional_properties", None, dict_of(ANY)),
    )
