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
class DeleteClientInteractionParams(Lazy, AdditionalProperties[Any]):
    """Attributes:
    smb_tool_type:  Default: 'delete_client_interaction'.
    """

    smb_tool_type: Literal["delete_client_interaction"] | Unset = _attrs_field(
        default="delete_client_interaction",
        kw_only=True,
        validator=types.tag("DeleteClientInteractionParams", "smb_tool_type", "delete_client_interaction"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("smb_tool_type", "smb_tool_type", const("delete_client_interaction")),
        Field("additional_properties", None, dict_of(ANY)),
    )
