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
class ListLocationsParams(Lazy, AdditionalProperties[Any]):
    """Params + Reception-proxied ``run()`` for list_locations.

    Attributes:
        smb_tool_type:  Default: 'list_locations'.
    """

    smb_tool_type: Literal["list_locations"] | Unset = _attrs_field(
        default="list_locations",
        kw_only=True,
        validator=types.tag("ListLocationsParams", "smb_tool_type", "list_locations"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("list_locations")),
        Field("additional_properties", None, dict_of(ANY)),
    )
