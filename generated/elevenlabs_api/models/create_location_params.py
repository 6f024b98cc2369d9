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
class CreateLocationParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'create_location'.
    """

    smb_tool_type: Literal["create_location"] | Unset = _attrs_field(
        default="create_location",
        kw_only=True,
        validator=types.tag("CreateLocationParams", "smb_tool_type", "create_location"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("create_location")),
        Field("additional_properties", None, dict_of(ANY)),
    )
